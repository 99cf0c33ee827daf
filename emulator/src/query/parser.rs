//! The `q` parser: Auth0 user search v3 (Lucene query string) text → [`Expr`].
//!
//! A hand-written recursive-descent parser that scans characters directly (the value after `field:` may contain
//! `:`, e.g. ISO timestamps, so tokenising depends on context). Positions are 0-based character offsets into `q`.
//!
//! Grammar (whitespace between tokens is free):
//! ```text
//! query   := or? EOF                          empty query = match everything
//! or      := and ( ("OR" | "||")? and )*      juxtaposition is Lucene's default operator OR
//! and     := unary ( ("AND" | "&&") unary )*
//! unary   := "NOT" unary | "-" primary | "+" primary | primary
//! primary := "(" or ")" | FIELD ":" value | PHRASE | TERM
//! value   := "(" or ")" | PHRASE | RANGE | TERM     the group's terms default to FIELD
//! RANGE   := ("[" | "{") bound "TO" bound ("]" | "}")     bound := TERM | PHRASE | "*"
//! ```

use super::QueryError;

/// A parsed query.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// Matches every user (empty query, bare `*`, `*:*`).
    All,
    /// A Lucene boolean clause list (terms joined by `OR` or juxtaposition, with `+`/`-`/`NOT` prefixes).
    /// Matches when every `Must` matches, no `MustNot` matches, and — only if there is no `Must` — at least one
    /// `Should` matches. A list of only `MustNot` clauses matches everything else.
    Clauses(Vec<Clause>),
    /// Every operand matches (`a AND b AND c`).
    And(Vec<Expr>),
    /// The operand does not match (`NOT` / `-` inside an `AND` chain).
    Not(Box<Expr>),
    /// One field (or, without a field, the default fields) compared with one value.
    Term(Term),
}

/// One entry of [`Expr::Clauses`].
#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    pub occur: Occur,
    pub expr: Expr,
}

/// How a clause takes part in a Lucene clause list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Occur {
    /// Plain term: at least one of them must match (unless a `Must` exists).
    Should,
    /// `+term`: must match.
    Must,
    /// `-term` / `NOT term`: must not match.
    MustNot,
}

/// `field:value`, or a bare value when `field` is `None`.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// Dotted field path as written (`email`, `app_metadata.plan`), `None` for a bare term.
    pub field: Option<String>,
    /// Where the field name starts (or the value, for bare terms).
    pub field_position: usize,
    pub value: Value,
    /// Where the value starts; errors about the value point here.
    pub position: usize,
}

/// The right-hand side of a term.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A word or a `"phrase"`, unescaped. In v3 both match the whole field value.
    Exact(String),
    /// A word with unescaped `*` / `?` wildcards.
    Pattern(Vec<PatternPart>),
    /// `[a TO b]`, `{a TO b}`, mixed, with `*` for an open bound.
    Range { lower: Bound, upper: Bound },
    /// `_exists_:field` or `field:*`.
    Exists,
}

/// One piece of a wildcard pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternPart {
    /// A literal character (including escaped `\*`, `\?`).
    Lit(char),
    /// `*`: zero or more characters.
    Any,
    /// `?`: exactly one character.
    One,
}

/// One end of a range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bound {
    /// `*`
    Open,
    /// `[v` or `v]`
    Inclusive(String),
    /// `{v` or `v}`
    Exclusive(String),
}

/// Parentheses deeper than this are refused (keeps recursion and the generated SQL bounded).
const MAX_DEPTH: usize = 32;
/// More terms than this are refused (keeps the number of SQL parameters well under SQLite's limits).
const MAX_TERMS: usize = 256;

/// One scanned character of a term: the character and whether it was backslash-escaped.
#[derive(Debug, Clone, Copy)]
struct TChar {
    c: char,
    escaped: bool,
}

fn text_of(t: &[TChar]) -> String {
    t.iter().map(|t| t.c).collect()
}

/// Parses `q` into an [`Expr`].
pub fn parse(q: &str) -> Result<Expr, QueryError> {
    let mut p = Parser {
        chars: q.chars().collect(),
        pos: 0,
        depth: 0,
        terms: 0,
    };
    p.skip_ws();
    if p.at_end() {
        return Ok(Expr::All);
    }
    let e = p.parse_or(None)?;
    p.skip_ws();
    if let Some(c) = p.peek() {
        return Err(if c == ')' {
            p.err_at(
                p.pos,
                "unbalanced parenthesis: this ')' has no matching '('",
            )
        } else {
            p.err_at(p.pos, format!("unexpected '{c}'"))
        });
    }
    Ok(e)
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
    depth: usize,
    terms: usize,
}

/// Characters that end an unquoted term (besides whitespace).
fn is_term_stop(c: char) -> bool {
    matches!(c, '(' | ')' | '"' | '[' | ']' | '{' | '}' | '^' | '~')
}

impl Parser {
    fn err_at(&self, position: usize, message: impl Into<String>) -> QueryError {
        QueryError {
            position,
            message: message.into(),
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn at_end(&self) -> bool {
        self.pos >= self.chars.len()
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.pos += 1;
        }
    }

    /// True if the operator word `op` starts at the cursor and is followed by a boundary.
    fn at_op(&self, op: &str) -> bool {
        let mut i = self.pos;
        for oc in op.chars() {
            if self.chars.get(i) != Some(&oc) {
                return false;
            }
            i += 1;
        }
        match self.chars.get(i) {
            None => true,
            Some(&c) => c.is_whitespace() || c == '(' || c == ')' || c == '"',
        }
    }

    /// Which binary/unary operator word starts at the cursor, if any.
    fn which_op(&self) -> Option<&'static str> {
        ["AND", "OR", "NOT", "&&", "||"]
            .into_iter()
            .find(|op| self.at_op(op))
    }

    /// After an operator at `op_pos`, there must be an operand.
    fn require_operand(&mut self, op: &str, op_pos: usize) -> Result<(), QueryError> {
        self.skip_ws();
        match self.peek() {
            None | Some(')') => Err(self.err_at(
                op_pos,
                format!("operator '{op}' must be followed by a search term"),
            )),
            _ => Ok(()),
        }
    }

    fn parse_or(&mut self, df: Option<&(String, usize)>) -> Result<Expr, QueryError> {
        let mut clauses = Vec::new();
        loop {
            clauses.push(self.parse_and(df)?);
            self.skip_ws();
            match self.peek() {
                None | Some(')') => break,
                _ => {}
            }
            if self.at_op("OR") || self.at_op("||") {
                let op_pos = self.pos;
                let op = if self.at_op("OR") { "OR" } else { "||" };
                self.pos += 2;
                self.require_operand(op, op_pos)?;
            }
        }
        if clauses.len() == 1
            && clauses[0].occur != Occur::MustNot
            && let Some(c) = clauses.pop()
        {
            return Ok(c.expr);
        }
        Ok(Expr::Clauses(clauses))
    }

    fn parse_and(&mut self, df: Option<&(String, usize)>) -> Result<Clause, QueryError> {
        let first = self.parse_unary(df)?;
        self.skip_ws();
        if !(self.at_op("AND") || self.at_op("&&")) {
            return Ok(first);
        }
        let mut all = vec![clause_to_expr(first)];
        loop {
            self.skip_ws();
            let op = if self.at_op("AND") {
                "AND"
            } else if self.at_op("&&") {
                "&&"
            } else {
                break;
            };
            let op_pos = self.pos;
            self.pos += op.len();
            self.require_operand(op, op_pos)?;
            all.push(clause_to_expr(self.parse_unary(df)?));
        }
        Ok(Clause {
            occur: Occur::Should,
            expr: Expr::And(all),
        })
    }

    fn parse_unary(&mut self, df: Option<&(String, usize)>) -> Result<Clause, QueryError> {
        self.skip_ws();
        if self.at_op("NOT") {
            let op_pos = self.pos;
            self.pos += 3;
            self.require_operand("NOT", op_pos)?;
            let inner = self.parse_unary(df)?;
            return Ok(Clause {
                occur: Occur::MustNot,
                expr: clause_to_expr(inner),
            });
        }
        let occur = match self.peek() {
            Some('-') => Occur::MustNot,
            Some('+') => Occur::Must,
            _ => Occur::Should,
        };
        if occur != Occur::Should {
            let op_pos = self.pos;
            match self.chars.get(self.pos + 1) {
                Some(c) if !c.is_whitespace() && *c != ')' => self.pos += 1,
                _ => {
                    let op = if occur == Occur::Must { "+" } else { "-" };
                    return Err(self.err_at(
                        op_pos,
                        format!("operator '{op}' must be directly followed by a search term"),
                    ));
                }
            }
        }
        let expr = self.parse_primary(df)?;
        Ok(Clause { occur, expr })
    }

    fn parse_primary(&mut self, df: Option<&(String, usize)>) -> Result<Expr, QueryError> {
        self.skip_ws();
        let start = self.pos;
        let Some(c) = self.peek() else {
            return Err(self.err_at(start, "expected a search term"));
        };
        if let Some(op) = self.which_op() {
            return Err(self.err_at(
                start,
                format!("unexpected operator '{op}': it must stand between two search terms"),
            ));
        }
        match c {
            '(' => self.parse_group(df),
            ')' => Err(self.err_at(
                start,
                "unbalanced parenthesis: this ')' has no matching '('",
            )),
            '"' => {
                let s = self.scan_phrase()?;
                self.term(df, start, Value::Exact(s), start)
            }
            '[' | '{' => match df {
                Some(_) => {
                    let v = self.parse_range()?;
                    self.term(df, start, v, start)
                }
                None => Err(self.err_at(
                    start,
                    "a range needs a field name, e.g. logins_count:[1 TO 5]",
                )),
            },
            ']' | '}' => Err(self.err_at(
                start,
                format!("unbalanced bracket: this '{c}' closes no range"),
            )),
            ':' => Err(self.err_at(start, "missing field name before ':'")),
            '^' => Err(self.err_at(start, "boosts ('^') are not supported")),
            '~' => Err(self.err_at(
                start,
                "fuzzy and proximity searches ('~') are not supported",
            )),
            _ => {
                let term = self.scan_term(false)?;
                if self.peek() == Some(':') {
                    let colon = self.pos;
                    self.pos += 1;
                    let field = self.field_name(&term, start)?;
                    self.parse_value(field, start, colon)
                } else {
                    let v = term_value(&term);
                    self.term(df, start, v, start)
                }
            }
        }
    }

    fn parse_group(&mut self, df: Option<&(String, usize)>) -> Result<Expr, QueryError> {
        let open = self.pos;
        self.pos += 1;
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err_at(
                open,
                format!("parentheses nest deeper than {MAX_DEPTH} levels"),
            ));
        }
        self.skip_ws();
        if self.peek() == Some(')') {
            return Err(self.err_at(open, "empty parentheses"));
        }
        if self.at_end() {
            return Err(self.err_at(open, "unbalanced parenthesis: this '(' is never closed"));
        }
        let e = self.parse_or(df)?;
        self.skip_ws();
        if self.peek() != Some(')') {
            return Err(self.err_at(open, "unbalanced parenthesis: this '(' is never closed"));
        }
        self.pos += 1;
        self.depth -= 1;
        Ok(e)
    }

    fn term(
        &mut self,
        df: Option<&(String, usize)>,
        start: usize,
        value: Value,
        position: usize,
    ) -> Result<Expr, QueryError> {
        self.terms += 1;
        if self.terms > MAX_TERMS {
            return Err(self.err_at(start, format!("more than {MAX_TERMS} search terms")));
        }
        Ok(match (df, value) {
            (None, Value::Exists) => Expr::All,
            (df, value) => Expr::Term(Term {
                field: df.map(|(f, _)| f.clone()),
                field_position: df.map_or(start, |(_, p)| *p),
                value,
                position,
            }),
        })
    }

    /// Validates a field name scanned before ':'.
    fn field_name(&self, term: &[TChar], start: usize) -> Result<String, QueryError> {
        if let Some(i) = term
            .iter()
            .position(|t| !t.escaped && (t.c == '*' || t.c == '?'))
        {
            if term.len() == 1 && term[0].c == '*' {
                // `*:*` and `*:value` are handled by the caller through the "*" field.
                return Ok("*".to_string());
            }
            return Err(self.err_at(start + i, "wildcards in field names are not supported"));
        }
        let name = text_of(term);
        if name.split('.').any(str::is_empty) {
            return Err(self.err_at(start, format!("invalid field name '{name}'")));
        }
        // `"` and `\` cannot be expressed in a SQLite JSON path label; no Auth0 field contains them.
        if let Some(i) = name
            .chars()
            .position(|c| c == '"' || c == '\\' || c.is_control())
        {
            return Err(self.err_at(start + i, format!("invalid field name '{name}'")));
        }
        if name.split('.').count() > 10 {
            return Err(self.err_at(start, "field paths may have at most 10 levels"));
        }
        Ok(name)
    }

    fn parse_value(
        &mut self,
        field: String,
        field_pos: usize,
        colon: usize,
    ) -> Result<Expr, QueryError> {
        self.skip_ws();
        let start = self.pos;
        let missing = QueryError {
            position: colon,
            message: format!("missing value after '{field}:'"),
        };
        let Some(c) = self.peek() else {
            return Err(missing);
        };
        if field == "_exists_" || field == "_missing_" {
            let name_start = self.pos;
            let name = match c {
                '"' => self.scan_phrase()?,
                c if is_term_stop(c) => {
                    return Err(self.err_at(start, format!("'{field}:' needs a field name")));
                }
                _ => {
                    let t = self.scan_term(true)?;
                    self.field_name(&t, name_start)?
                }
            };
            if name == "*"
                || name.split('.').any(str::is_empty)
                || name
                    .chars()
                    .any(|c| c == '"' || c == '\\' || c.is_control())
            {
                return Err(self.err_at(start, format!("invalid field name '{name}'")));
            }
            let e = self.term(
                Some(&(name, name_start)),
                name_start,
                Value::Exists,
                name_start,
            )?;
            return Ok(if field == "_missing_" {
                Expr::Not(Box::new(e))
            } else {
                e
            });
        }
        if field == "*" {
            // `*:*` matches everything; `*:value` means "any field", which v3 does not offer.
            if c == '*'
                && self
                    .chars
                    .get(self.pos + 1)
                    .is_none_or(|n| n.is_whitespace() || *n == ')')
            {
                self.pos += 1;
                self.terms += 1;
                return Ok(Expr::All);
            }
            return Err(self.err_at(field_pos, "wildcards in field names are not supported"));
        }
        let df = (field, field_pos);
        match c {
            ')' => Err(missing),
            '(' => self.parse_group(Some(&df)),
            '"' => {
                let s = self.scan_phrase()?;
                self.term(Some(&df), field_pos, Value::Exact(s), start)
            }
            '[' | '{' => {
                let v = self.parse_range()?;
                self.term(Some(&df), field_pos, v, start)
            }
            ']' | '}' => Err(self.err_at(
                start,
                format!("unbalanced bracket: this '{c}' closes no range"),
            )),
            '^' => Err(self.err_at(start, "boosts ('^') are not supported")),
            '~' => Err(self.err_at(
                start,
                "fuzzy and proximity searches ('~') are not supported",
            )),
            _ => {
                let t = self.scan_term(true)?;
                let v = term_value(&t);
                self.term(Some(&df), field_pos, v, start)
            }
        }
    }

    /// `[a TO b]`, `{a TO b}`, mixed. Cursor on the opening bracket.
    fn parse_range(&mut self) -> Result<Value, QueryError> {
        let open = self.pos;
        let inclusive_low = self.chars[open] == '[';
        self.pos += 1;
        let unclosed = |p: &Parser| {
            p.err_at(
                open,
                format!(
                    "unbalanced bracket: this '{}' is never closed",
                    p.chars[open]
                ),
            )
        };
        self.skip_ws();
        if self.at_end() {
            return Err(unclosed(self));
        }
        let lower = self.range_bound()?;
        self.skip_ws();
        if self.at_end() {
            return Err(unclosed(self));
        }
        if !self.at_op("TO") {
            return Err(self.err_at(self.pos, "expected 'TO' in range"));
        }
        self.pos += 2;
        self.skip_ws();
        if self.at_end() {
            return Err(unclosed(self));
        }
        let upper = self.range_bound()?;
        self.skip_ws();
        let inclusive_high = match self.peek() {
            Some(']') => true,
            Some('}') => false,
            None => return Err(unclosed(self)),
            Some(_) => {
                return Err(self.err_at(self.pos, "expected ']' or '}' to close the range"));
            }
        };
        self.pos += 1;
        let mk = |b: Option<String>, inclusive: bool| match b {
            None => Bound::Open,
            Some(v) if inclusive => Bound::Inclusive(v),
            Some(v) => Bound::Exclusive(v),
        };
        Ok(Value::Range {
            lower: mk(lower, inclusive_low),
            upper: mk(upper, inclusive_high),
        })
    }

    /// One range bound: `*` (open, `None`), a phrase or a term.
    fn range_bound(&mut self) -> Result<Option<String>, QueryError> {
        let start = self.pos;
        match self.peek() {
            Some('"') => return self.scan_phrase().map(Some),
            Some(c) if is_term_stop(c) => {
                return Err(self.err_at(start, "expected a range bound"));
            }
            _ => {}
        }
        let t = self.scan_term(true)?;
        if t.len() == 1 && t[0].c == '*' && !t[0].escaped {
            return Ok(None);
        }
        if let Some(i) = t
            .iter()
            .position(|t| !t.escaped && (t.c == '*' || t.c == '?'))
        {
            return Err(self.err_at(start + i, "wildcards are not allowed in range bounds"));
        }
        Ok(Some(text_of(&t)))
    }

    /// An unquoted term. Stops at whitespace, structure characters and (unless `allow_colon`) ':'.
    fn scan_term(&mut self, allow_colon: bool) -> Result<Vec<TChar>, QueryError> {
        let mut out = Vec::new();
        while let Some(c) = self.peek() {
            if c.is_whitespace() || is_term_stop(c) || (c == ':' && !allow_colon) {
                break;
            }
            if c == '\\' {
                let Some(&n) = self.chars.get(self.pos + 1) else {
                    return Err(self.err_at(self.pos, "dangling escape character '\\'"));
                };
                out.push(TChar {
                    c: n,
                    escaped: true,
                });
                self.pos += 2;
            } else {
                out.push(TChar { c, escaped: false });
                self.pos += 1;
            }
        }
        match self.peek() {
            Some('^') => Err(self.err_at(self.pos, "boosts ('^') are not supported")),
            Some('~') => Err(self.err_at(
                self.pos,
                "fuzzy and proximity searches ('~') are not supported",
            )),
            _ => Ok(out),
        }
    }

    /// A `"quoted phrase"`; cursor on the opening quote.
    fn scan_phrase(&mut self) -> Result<String, QueryError> {
        let open = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            match self.peek() {
                None => {
                    return Err(self.err_at(open, "unbalanced quote: this '\"' is never closed"));
                }
                Some('"') => {
                    self.pos += 1;
                    break;
                }
                Some('\\') => {
                    let Some(&n) = self.chars.get(self.pos + 1) else {
                        return Err(self.err_at(self.pos, "dangling escape character '\\'"));
                    };
                    out.push(n);
                    self.pos += 2;
                }
                Some(c) => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
        match self.peek() {
            Some('~') => Err(self.err_at(
                self.pos,
                "fuzzy and proximity searches ('~') are not supported",
            )),
            Some('^') => Err(self.err_at(self.pos, "boosts ('^') are not supported")),
            _ => Ok(out),
        }
    }
}

/// `NOT x` / `-x` inside an AND chain becomes `Not(x)`; `+x` is just `x` there.
fn clause_to_expr(c: Clause) -> Expr {
    match c.occur {
        Occur::MustNot => Expr::Not(Box::new(c.expr)),
        _ => c.expr,
    }
}

/// Classifies a scanned term: `*` alone → exists, unescaped `*`/`?` → pattern, else exact text.
fn term_value(t: &[TChar]) -> Value {
    if t.len() == 1 && t[0].c == '*' && !t[0].escaped {
        return Value::Exists;
    }
    if t.iter().any(|t| !t.escaped && (t.c == '*' || t.c == '?')) {
        return Value::Pattern(
            t.iter()
                .map(|t| match (t.c, t.escaped) {
                    ('*', false) => PatternPart::Any,
                    ('?', false) => PatternPart::One,
                    (c, _) => PatternPart::Lit(c),
                })
                .collect(),
        );
    }
    Value::Exact(text_of(t))
}

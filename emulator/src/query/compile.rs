//! Compiles a parsed `q` ([`Expr`]) into a SQL `WHERE` fragment over `users`, every value a bound parameter.
//!
//! Field mapping:
//! - normalized fields (`email`, `name`, `given_name`, `family_name`, `nickname`, `username`) → their indexed
//!   `*_lc` generated columns, the value ASCII-lower-cased (SQLite's `lower()` folds ASCII only);
//! - `email.domain` → the part of `email_lc` after `@`; `user_id` → the primary key; `identities.connection` →
//!   the `connection` column; `created_at` → its indexed column; other known root scalars → `json_extract`;
//! - everything else (`app_metadata.*`, `user_metadata.*`, `identities.*`, unknown paths) → a walk through the
//!   JSON with `json_each` that steps into arrays transparently (Auth0: "ignore the array level").

use rusqlite::types::Value as Sql;

use super::parser::{Bound, Clause, Expr, Occur, PatternPart, Term, Value};
use super::{QueryError, SqlFilter};

/// Fields searched by a bare term, with whether they are case-folded.
const BARE_FIELDS: &[(&str, bool)] = &[
    ("email_lc", true),
    ("name_lc", true),
    ("given_name_lc", true),
    ("family_name_lc", true),
    ("nickname_lc", true),
    ("username_lc", true),
    ("user_id", false),
];

const USER_METADATA_REFUSAL: &str =
    "Range and wildcard searches are not available on user_metadata fields";

/// How a field is stored and compared.
enum Kind {
    /// Text expression; `fold` = compare ASCII-lower-cased.
    Text { expr: String, fold: bool },
    /// ISO-8601 text compared as dates (a partial date matches everything it is a prefix of).
    Date(String),
    /// A JSON number.
    Number(String),
    /// A JSON boolean at this `$.path` of `doc`.
    Bool(&'static str),
    /// Any other path: walked through `doc` with `json_each`.
    Path {
        segments: Vec<String>,
        user_metadata: bool,
    },
}

fn resolve(field: &str) -> Kind {
    let text = |expr: &str, fold: bool| Kind::Text {
        expr: expr.to_string(),
        fold,
    };
    match field {
        "email" | "name" | "given_name" | "family_name" | "nickname" | "username" => {
            text(&format!("{field}_lc"), true)
        }
        "email.domain" => text(
            "(CASE WHEN instr(email_lc, '@') > 0 THEN substr(email_lc, instr(email_lc, '@') + 1) END)",
            true,
        ),
        "user_id" => text("user_id", false),
        "identities.connection" => text("connection", false),
        "phone_number" | "last_ip" | "picture" | "locale" => {
            text(&format!("json_extract(doc, '$.{field}')"), false)
        }
        "created_at" => Kind::Date("created_at".into()),
        "updated_at" | "last_login" | "last_password_reset" => {
            Kind::Date(format!("json_extract(doc, '$.{field}')"))
        }
        "logins_count" => Kind::Number("json_extract(doc, '$.logins_count')".into()),
        "blocked" => Kind::Bool("$.blocked"),
        "email_verified" => Kind::Bool("$.email_verified"),
        "phone_verified" => Kind::Bool("$.phone_verified"),
        _ => Kind::Path {
            segments: field.split('.').map(str::to_string).collect(),
            user_metadata: field == "user_metadata" || field.starts_with("user_metadata."),
        },
    }
}

/// See [`super::sort_column`].
pub fn sort_column(field: &str) -> Option<String> {
    match field {
        "app_metadata" | "user_metadata" | "identities" => return None,
        f if f.starts_with("app_metadata.")
            || f.starts_with("user_metadata.")
            || f.starts_with("identities.") && f != "identities.connection" =>
        {
            return None;
        }
        _ => {}
    }
    match resolve(field) {
        Kind::Text { expr, .. } | Kind::Date(expr) | Kind::Number(expr) => Some(expr),
        Kind::Bool(path) => Some(format!("json_extract(doc, '{path}')")),
        Kind::Path { .. } => None,
    }
}

pub fn compile_expr(e: &Expr) -> Result<SqlFilter, QueryError> {
    let mut c = Compiler { params: Vec::new() };
    let sql = c.expr(e)?;
    Ok(SqlFilter {
        sql,
        params: c.params,
    })
}

struct Compiler {
    params: Vec<Sql>,
}

impl Compiler {
    /// Binds a parameter and returns its `?N` placeholder.
    fn param(&mut self, v: Sql) -> String {
        self.params.push(v);
        format!("?{}", self.params.len())
    }

    fn text(&mut self, s: impl Into<String>) -> String {
        self.param(Sql::Text(s.into()))
    }

    fn expr(&mut self, e: &Expr) -> Result<String, QueryError> {
        Ok(match e {
            Expr::All => "1".to_string(),
            Expr::Term(t) => self.term(t)?,
            Expr::Not(inner) => not(&self.expr(inner)?),
            Expr::And(items) => {
                let parts = items
                    .iter()
                    .map(|i| self.expr(i))
                    .collect::<Result<Vec<_>, _>>()?;
                format!("({})", parts.join(" AND "))
            }
            Expr::Clauses(clauses) => self.clauses(clauses)?,
        })
    }

    fn clauses(&mut self, clauses: &[Clause]) -> Result<String, QueryError> {
        let (mut must, mut should, mut must_not) = (Vec::new(), Vec::new(), Vec::new());
        let has_must = clauses.iter().any(|c| c.occur == Occur::Must);
        for c in clauses {
            if has_must && c.occur == Occur::Should {
                // Only compiled for its errors: it cannot change which users match, and its parameters must not
                // be bound.
                let mut scratch = Compiler { params: Vec::new() };
                scratch.expr(&c.expr)?;
                continue;
            }
            let sql = self.expr(&c.expr)?;
            match c.occur {
                Occur::Must => must.push(sql),
                Occur::Should => should.push(sql),
                Occur::MustNot => must_not.push(not(&sql)),
            }
        }
        // Lucene: with a required clause, optional ones only affect scoring, not which documents match.
        let mut parts = if !must.is_empty() {
            must
        } else if !should.is_empty() {
            vec![format!("({})", should.join(" OR "))]
        } else {
            Vec::new()
        };
        parts.extend(must_not);
        if parts.is_empty() {
            return Ok("1".into());
        }
        Ok(format!("({})", parts.join(" AND ")))
    }

    fn term(&mut self, t: &Term) -> Result<String, QueryError> {
        let Some(field) = &t.field else {
            return self.bare(t);
        };
        match resolve(field) {
            Kind::Text { expr, fold } => self.text_term(&expr, fold, t),
            Kind::Date(expr) => self.date_term(&expr, field, t),
            Kind::Number(expr) => self.number_term(&expr, field, t),
            Kind::Bool(path) => self.bool_term(path, field, t),
            Kind::Path {
                segments,
                user_metadata,
            } => self.path_term(&segments, user_metadata, t),
        }
    }

    /// A bare term: any of the normalized fields, username or user_id.
    fn bare(&mut self, t: &Term) -> Result<String, QueryError> {
        let mut parts = Vec::new();
        match &t.value {
            Value::Exact(v) => {
                let folded = self.text(v.to_ascii_lowercase());
                let exact = self.text(v.clone());
                for (col, fold) in BARE_FIELDS {
                    parts.push(format!("{col} = {}", if *fold { &folded } else { &exact }));
                }
            }
            Value::Pattern(p) => {
                check_wildcard(p, t.position)?;
                for (col, fold) in BARE_FIELDS {
                    parts.push(self.pattern(col, p, *fold));
                }
            }
            Value::Range { .. } => {
                return Err(err(
                    t.position,
                    "a range needs a field name, e.g. logins_count:[1 TO 5]",
                ));
            }
            Value::Exists => return Ok("1".into()),
        }
        Ok(format!("({})", parts.join(" OR ")))
    }

    fn text_term(&mut self, expr: &str, fold: bool, t: &Term) -> Result<String, QueryError> {
        let f = |s: &str| {
            if fold {
                s.to_ascii_lowercase()
            } else {
                s.to_string()
            }
        };
        Ok(match &t.value {
            Value::Exact(v) => format!("{expr} = {}", self.text(f(v))),
            Value::Pattern(p) => {
                check_wildcard(p, t.position)?;
                self.pattern(expr, p, fold)
            }
            Value::Range { lower, upper } => {
                let lower = map_bound(lower, |s| Ok(Sql::Text(f(s))))?;
                let upper = map_bound(upper, |s| Ok(Sql::Text(f(s))))?;
                self.range(expr, lower, upper)
            }
            Value::Exists => format!("{expr} IS NOT NULL"),
        })
    }

    /// `expr` matched against a wildcard pattern: an index range for the literal prefix, plus `GLOB` when the
    /// pattern is more than a prefix.
    fn pattern(&mut self, expr: &str, p: &[PatternPart], fold: bool) -> String {
        let p: Vec<PatternPart> = p
            .iter()
            .map(|x| match x {
                PatternPart::Lit(c) if fold => PatternPart::Lit(c.to_ascii_lowercase()),
                x => x.clone(),
            })
            .collect();
        let prefix: String = p
            .iter()
            .map_while(|x| match x {
                PatternPart::Lit(c) => Some(*c),
                _ => None,
            })
            .collect();
        let rest = &p[prefix.chars().count()..];
        let only_stars = rest.iter().all(|x| *x == PatternPart::Any);
        let mut parts = Vec::new();
        if prefix.is_empty() {
            parts.push(format!("{expr} IS NOT NULL"));
        } else {
            let succ = successor(&prefix);
            parts.push(format!("{expr} >= {}", self.text(prefix)));
            if let Some(s) = succ {
                parts.push(format!("{expr} < {}", self.text(s)));
            }
        }
        if !only_stars {
            parts.push(format!("{expr} GLOB {}", self.text(glob(&p))));
        }
        format!("({})", parts.join(" AND "))
    }

    fn range(
        &mut self,
        expr: &str,
        lower: Option<(Sql, bool)>,
        upper: Option<(Sql, bool)>,
    ) -> String {
        let mut parts = Vec::new();
        if let Some((v, incl)) = lower {
            let op = if incl { ">=" } else { ">" };
            parts.push(format!("{expr} {op} {}", self.param(v)));
        }
        if let Some((v, incl)) = upper {
            let op = if incl { "<=" } else { "<" };
            parts.push(format!("{expr} {op} {}", self.param(v)));
        }
        if parts.is_empty() {
            parts.push(format!("{expr} IS NOT NULL"));
        }
        format!("({})", parts.join(" AND "))
    }

    fn date_term(&mut self, expr: &str, field: &str, t: &Term) -> Result<String, QueryError> {
        Ok(match &t.value {
            Value::Exact(v) => {
                let v = date_value(v, field, t.position)?;
                let mut parts = vec![format!("{expr} >= {}", self.text(v.clone()))];
                if let Some(s) = successor(&v) {
                    parts.push(format!("{expr} < {}", self.text(s)));
                }
                format!("({})", parts.join(" AND "))
            }
            Value::Pattern(p) => {
                check_wildcard(p, t.position)?;
                self.pattern(expr, p, false)
            }
            Value::Range { lower, upper } => {
                // A partial date stands for the whole period it names: `[2023-01 TO 2023-02]` runs from the first
                // instant of January to the last of February; `{2023-01-15 TO …` starts after that whole day.
                let mut parts = Vec::new();
                match lower {
                    Bound::Open => {}
                    Bound::Inclusive(v) => {
                        let v = date_value(v, field, t.position)?;
                        parts.push(format!("{expr} >= {}", self.text(v)));
                    }
                    Bound::Exclusive(v) => {
                        let v = date_value(v, field, t.position)?;
                        match successor(&v) {
                            Some(s) => parts.push(format!("{expr} >= {}", self.text(s))),
                            None => parts.push("0".into()),
                        }
                    }
                }
                match upper {
                    Bound::Open => {}
                    Bound::Inclusive(v) => {
                        let v = date_value(v, field, t.position)?;
                        if let Some(s) = successor(&v) {
                            parts.push(format!("{expr} < {}", self.text(s)));
                        }
                    }
                    Bound::Exclusive(v) => {
                        let v = date_value(v, field, t.position)?;
                        parts.push(format!("{expr} < {}", self.text(v)));
                    }
                }
                if parts.is_empty() {
                    parts.push(format!("{expr} IS NOT NULL"));
                }
                format!("({})", parts.join(" AND "))
            }
            Value::Exists => format!("{expr} IS NOT NULL"),
        })
    }

    fn number_term(&mut self, expr: &str, field: &str, t: &Term) -> Result<String, QueryError> {
        let num = |s: &str| {
            number(s).ok_or_else(|| err(t.position, format!("{field} expects a number, not '{s}'")))
        };
        Ok(match &t.value {
            Value::Exact(v) => format!("{expr} = {}", self.param(num(v)?)),
            Value::Pattern(_) => {
                return Err(err(
                    t.position,
                    format!("wildcards are not supported on the numeric field {field}"),
                ));
            }
            Value::Range { lower, upper } => {
                let lower = map_bound(lower, num)?;
                let upper = map_bound(upper, num)?;
                self.range(expr, lower, upper)
            }
            Value::Exists => format!("{expr} IS NOT NULL"),
        })
    }

    fn bool_term(&mut self, path: &str, field: &str, t: &Term) -> Result<String, QueryError> {
        // `path` comes from the fixed field table, never from the query.
        Ok(match &t.value {
            Value::Exact(v) if v == "true" || v == "false" => {
                format!("json_type(doc, '{path}') = '{v}'")
            }
            Value::Exists => format!("json_type(doc, '{path}') IN ('true', 'false')"),
            Value::Exact(v) => {
                return Err(err(
                    t.position,
                    format!("{field} expects true or false, not '{v}'"),
                ));
            }
            Value::Pattern(_) | Value::Range { .. } => {
                return Err(err(
                    t.position,
                    format!("{field} is a boolean: search it with {field}:true or {field}:false"),
                ));
            }
        })
    }

    /// A JSON path walked with `json_each`, one join per segment. Each step yields the members of an array, or the
    /// value itself otherwise, so arrays anywhere on the path are transparent. Only objects are stepped into.
    fn path_term(
        &mut self,
        segments: &[String],
        user_metadata: bool,
        t: &Term,
    ) -> Result<String, QueryError> {
        let leaf = "j".to_string() + &segments.len().to_string();
        let cond = match &t.value {
            Value::Exact(v) => {
                let mut alts = vec![format!(
                    "({leaf}.type = 'text' AND {leaf}.atom = {})",
                    self.text(v.clone())
                )];
                if let Some(n) = number(v) {
                    alts.push(format!(
                        "({leaf}.type IN ('integer', 'real') AND {leaf}.atom = {})",
                        self.param(n)
                    ));
                }
                if v == "true" || v == "false" {
                    alts.push(format!("{leaf}.type = '{v}'"));
                }
                format!("({})", alts.join(" OR "))
            }
            Value::Pattern(p) => {
                if user_metadata {
                    return Err(err(t.position, USER_METADATA_REFUSAL));
                }
                check_wildcard(p, t.position)?;
                format!(
                    "({leaf}.type = 'text' AND {leaf}.atom GLOB {})",
                    self.text(glob(p))
                )
            }
            Value::Range { lower, upper } => {
                if user_metadata {
                    return Err(err(t.position, USER_METADATA_REFUSAL));
                }
                let numeric = [lower, upper].iter().all(|b| match b {
                    Bound::Open => true,
                    Bound::Inclusive(v) | Bound::Exclusive(v) => number(v).is_some(),
                });
                let atom = format!("{leaf}.atom");
                if numeric {
                    let lower = map_bound(lower, |s| Ok(number(s).unwrap_or(Sql::Null)))?;
                    let upper = map_bound(upper, |s| Ok(number(s).unwrap_or(Sql::Null)))?;
                    let r = self.range(&atom, lower, upper);
                    format!("({leaf}.type IN ('integer', 'real') AND {r})")
                } else {
                    let lower = map_bound(lower, |s| Ok(Sql::Text(s.to_string())))?;
                    let upper = map_bound(upper, |s| Ok(Sql::Text(s.to_string())))?;
                    let r = self.range(&atom, lower, upper);
                    format!("({leaf}.type = 'text' AND {r})")
                }
            }
            // Null values, empty objects and empty arrays are not indexed by Auth0, so they do not "exist".
            Value::Exists => format!(
                "({leaf}.type <> 'null' AND NOT ({leaf}.type = 'object' AND {leaf}.value = '{{}}'))"
            ),
        };
        let mut from = Vec::new();
        let mut prev = "doc".to_string();
        for (i, seg) in segments.iter().enumerate() {
            let p = self.text(format!("$.\"{seg}\""));
            let step = format!(
                "CASE json_type({prev}, {p}) WHEN 'array' THEN json_extract({prev}, {p}) \
                 ELSE '[' || ({prev} -> {p}) || ']' END"
            );
            let alias = format!("j{}", i + 1);
            if i == 0 {
                from.push(format!("json_each({step}) AS {alias}"));
            } else {
                from.push(format!(
                    "json_each(CASE WHEN {prev_alias}.type = 'object' THEN {step} END) AS {alias}",
                    prev_alias = format_args!("j{i}")
                ));
            }
            prev = format!("{alias}.value");
        }
        let exists = format!("EXISTS (SELECT 1 FROM {} WHERE {cond})", from.join(", "));
        // Cheap pre-filter before walking the JSON: a plain text value (no character a JSON writer escapes, not
        // spelling a number or boolean) can only match if it appears verbatim in the document text.
        if let Value::Exact(v) = &t.value
            && !v.is_empty()
            && number(v).is_none()
            && v != "true"
            && v != "false"
            && !v.chars().any(|c| c == '"' || c == '\\' || c.is_control())
        {
            let needle = self.text(v.clone());
            return Ok(format!("(instr(doc, {needle}) > 0 AND {exists})"));
        }
        Ok(exists)
    }
}

fn err(position: usize, message: impl Into<String>) -> QueryError {
    QueryError {
        position,
        message: message.into(),
    }
}

/// `NOT x` that treats SQL `NULL` (a missing field) as "does not match", so `NOT email:x` finds users without email.
fn not(sql: &str) -> String {
    format!("(NOT coalesce({sql}, 0))")
}

fn map_bound(
    b: &Bound,
    f: impl Fn(&str) -> Result<Sql, QueryError>,
) -> Result<Option<(Sql, bool)>, QueryError> {
    Ok(match b {
        Bound::Open => None,
        Bound::Inclusive(v) => Some((f(v)?, true)),
        Bound::Exclusive(v) => Some((f(v)?, false)),
    })
}

/// Auth0: a prefix match (`j*`) may be of any length; every other use of wildcards needs 3 literal characters.
fn check_wildcard(p: &[PatternPart], position: usize) -> Result<(), QueryError> {
    let literals = p
        .iter()
        .filter(|x| matches!(x, PatternPart::Lit(_)))
        .count();
    let first_wild = p
        .iter()
        .position(|x| !matches!(x, PatternPart::Lit(_)))
        .unwrap_or(p.len());
    let prefix_only = p[first_wild..].iter().all(|x| *x == PatternPart::Any);
    if prefix_only || literals >= 3 {
        Ok(())
    } else {
        Err(err(
            position,
            "wildcard searches other than prefix matches need at least 3 literal characters \
             (name:*usa is allowed, name:*sa is not)",
        ))
    }
}

/// The pattern as a SQLite `GLOB` pattern, escaping GLOB's metacharacters in literals.
fn glob(p: &[PatternPart]) -> String {
    let mut out = String::new();
    for x in p {
        match x {
            PatternPart::Any => out.push('*'),
            PatternPart::One => out.push('?'),
            PatternPart::Lit('*') => out.push_str("[*]"),
            PatternPart::Lit('?') => out.push_str("[?]"),
            PatternPart::Lit('[') => out.push_str("[[]"),
            PatternPart::Lit(c) => out.push(*c),
        }
    }
    out
}

/// The smallest string greater than every string that starts with `s` (in UTF-8 byte order, which is code point
/// order), or `None` if there is none.
fn successor(s: &str) -> Option<String> {
    let mut chars: Vec<char> = s.chars().collect();
    while let Some(last) = chars.pop() {
        let mut next = last as u32 + 1;
        if (0xD800..=0xDFFF).contains(&next) {
            next = 0xE000;
        }
        if let Some(c) = char::from_u32(next) {
            chars.push(c);
            return Some(chars.into_iter().collect());
        }
    }
    None
}

/// A plain decimal number (`3`, `-2`, `1.5`, `1e3`) as an integer or real parameter.
fn number(s: &str) -> Option<Sql> {
    let body = s.strip_prefix('-').unwrap_or(s);
    let valid = !body.is_empty()
        && body.starts_with(|c: char| c.is_ascii_digit())
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'));
    if !valid {
        return None;
    }
    if let Ok(i) = s.parse::<i64>() {
        return Some(Sql::Integer(i));
    }
    s.parse::<f64>()
        .ok()
        .filter(|f| f.is_finite())
        .map(Sql::Real)
}

/// A date as Auth0 stores it (`2023-01-25T19:00:26.187Z`), or a prefix of that form (`2023`, `2023-01-25`).
fn date_value(v: &str, field: &str, position: usize) -> Result<String, QueryError> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(v) {
        return Ok(crate::iso(t.with_timezone(&chrono::Utc)));
    }
    let partial = v.len() >= 4
        && v.chars().take(4).all(|c| c.is_ascii_digit())
        && v.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | 'T' | ':' | '.' | 'Z'));
    if partial {
        return Ok(v.trim_end_matches('Z').to_string());
    }
    Err(err(
        position,
        format!("{field} expects a date such as 2023-01-25 or 2023-01-25T19:00:26.187Z, not '{v}'"),
    ))
}

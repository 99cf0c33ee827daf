//! Auth0's user search v3 query language (`q`): a parser to an AST and a compiler to a SQL `WHERE` fragment
//! over the `users` table with bound parameters.
//!
//! - [`parse`] turns `q` into an [`Expr`] (see `parser.rs` for the grammar).
//! - [`compile`] parses and compiles to a [`SqlFilter`]: `sql` is a boolean expression over the unqualified columns
//!   of `users` (`user_id`, `connection`, `doc`, the generated `*_lc` and `created_at` columns). Its parameters are
//!   numbered `?1 … ?N` with `N == params.len()`, so a caller may append plain `?` parameters (SQLite numbers them
//!   `N+1, N+2, …`) or use `?{N+1}` explicitly.
//! - [`sort_column`] maps `sort=field:1|-1` fields to an `ORDER BY` expression.
//!
//! The syntax and the choices made where Auth0 is silent are documented in `emulator/README.md`
//! ("Query syntax (q)").

mod compile;
mod parser;
#[cfg(test)]
mod tests;

pub use parser::{Bound, Clause, Expr, Occur, PatternPart, Term, Value, parse};

/// A query the parser or compiler refuses; the HTTP layer answers 400 with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    /// 0-based character (not byte) offset into `q` of the offending character.
    pub position: usize,
    /// What is wrong, without the position (see `Display` for the full sentence).
    pub message: String,
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at position {}", self.message, self.position)
    }
}

impl std::error::Error for QueryError {}

/// A compiled query: a `WHERE` fragment and its bound parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct SqlFilter {
    pub sql: String,
    pub params: Vec<rusqlite::types::Value>,
}

/// Parses and compiles `q` into a `WHERE` fragment over `users`. An empty `q` matches every user (`sql` = `1`).
pub fn compile(q: &str) -> Result<SqlFilter, QueryError> {
    let expr = parse(q)?;
    compile::compile_expr(&expr)
}

/// The SQL expression to `ORDER BY` for `sort=field:1|-1`, or `None` if the field cannot be sorted on (metadata,
/// arrays, unknown fields). Normalized text fields sort case-insensitively through their `_lc` columns.
pub fn sort_column(field: &str) -> Option<String> {
    compile::sort_column(field)
}

/// Whether `sort=field:1|-1` may name `field` (see [`sort_column`]).
pub fn can_sort(field: &str) -> bool {
    compile::sort_column(field).is_some()
}

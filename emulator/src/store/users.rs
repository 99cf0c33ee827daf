//! The `users` table: one row per user, `doc` being the user exactly as the Management API returns it (never a
//! password); the bcrypt hash lives in `password_hash`. Uniqueness of email and username per connection is the
//! job of the unique indexes, so concurrent creates of one email yield exactly one row.

use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, ErrorCode, OptionalExtension, params, params_from_iter};

use super::{Result, Store};
use crate::query::SqlFilter;

/// A row to insert.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub user_id: String,
    pub connection: String,
    pub password_hash: Option<String>,
    /// JSON text of the user object.
    pub doc: String,
}

/// A stored user.
#[derive(Debug, Clone)]
pub struct UserRow {
    pub user_id: String,
    pub connection: String,
    pub password_hash: Option<String>,
    pub doc: String,
}

/// Outcome of a write that a unique index may refuse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Write {
    Done,
    /// Another user already has this id, or this email/username in the same connection.
    Conflict,
    /// No user with this id.
    NotFound,
}

fn is_unique_violation(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == ErrorCode::ConstraintViolation)
}

/// The order of a search: a `sort=field:1|-1` field (one that [`crate::query::can_sort`] accepts) and direction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sort {
    pub field: String,
    pub descending: bool,
}

/// A search over `users`, in the API's terms; [`Store::users_search`] turns it into SQL.
#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    /// The compiled `q` (from [`crate::query::compile`]).
    pub query: Option<SqlFilter>,
    /// Only users of this connection (by name).
    pub connection: Option<String>,
    /// `None`: creation order.
    pub sort: Option<Sort>,
    /// 0-based page index; the window starts at `page * per_page`.
    pub page: u32,
    pub per_page: u32,
    /// Also count every match.
    pub with_total: bool,
}

impl UserFilter {
    /// The `WHERE` clause (empty when nothing filters) and its parameters.
    fn where_clause(&self) -> (String, Vec<SqlValue>) {
        let mut clauses = Vec::new();
        let mut params = Vec::new();
        if let Some(q) = &self.query {
            clauses.push(q.sql.clone());
            params.extend(q.params.iter().cloned());
        }
        if let Some(c) = &self.connection {
            // The query's parameters are numbered ?1..?N; a plain `?` continues after them.
            clauses.push("connection = ?".to_string());
            params.push(SqlValue::Text(c.clone()));
        }
        if clauses.is_empty() {
            (String::new(), params)
        } else {
            (format!(" WHERE ({})", clauses.join(") AND (")), params)
        }
    }

    /// The `ORDER BY` list: the sort column (from the query compiler's trusted expressions), ties by id.
    fn order_by(&self) -> String {
        match &self.sort {
            Some(s) => {
                let dir = if s.descending { "DESC" } else { "ASC" };
                match crate::query::sort_column(&s.field) {
                    Some(col) => format!("{col} {dir}, user_id {dir}"),
                    None => format!("user_id {dir}"),
                }
            }
            None => "created_at ASC, user_id ASC".to_string(),
        }
    }
}

/// Page of documents and (if asked) the total number of matches.
#[derive(Debug, Clone)]
pub struct Page {
    pub docs: Vec<String>,
    pub total: Option<u64>,
}

/// One user by id.
pub fn get(conn: &Connection, user_id: &str) -> Result<Option<UserRow>> {
    let mut st = conn.prepare_cached(
        "SELECT user_id, connection, password_hash, doc FROM users WHERE user_id = ?1",
    )?;
    Ok(st
        .query_row([user_id], |r| {
            Ok(UserRow {
                user_id: r.get(0)?,
                connection: r.get(1)?,
                password_hash: r.get(2)?,
                doc: r.get(3)?,
            })
        })
        .optional()?)
}

/// Inserts one user; [`Write::Conflict`] when the id, or the email/username in that connection, is taken.
pub fn insert(conn: &Connection, u: &NewUser) -> Result<Write> {
    let mut st = conn.prepare_cached(
        "INSERT INTO users (user_id, connection, password_hash, doc) VALUES (?1, ?2, ?3, ?4)",
    )?;
    match st.execute(params![u.user_id, u.connection, u.password_hash, u.doc]) {
        Ok(_) => Ok(Write::Done),
        Err(e) if is_unique_violation(&e) => Ok(Write::Conflict),
        Err(e) => Err(e.into()),
    }
}

/// Replaces a user's document (and, when `Some`, its password hash).
pub fn update(
    conn: &Connection,
    user_id: &str,
    doc: &str,
    password_hash: Option<&str>,
) -> Result<Write> {
    let res = match password_hash {
        Some(h) => conn
            .prepare_cached("UPDATE users SET doc = ?2, password_hash = ?3 WHERE user_id = ?1")?
            .execute(params![user_id, doc, h]),
        None => conn
            .prepare_cached("UPDATE users SET doc = ?2 WHERE user_id = ?1")?
            .execute(params![user_id, doc]),
    };
    match res {
        Ok(0) => Ok(Write::NotFound),
        Ok(_) => Ok(Write::Done),
        Err(e) if is_unique_violation(&e) => Ok(Write::Conflict),
        Err(e) => Err(e.into()),
    }
}

impl Store {
    /// The stored JSON of one user (the fast path of `GET /users/{id}`).
    pub fn user_doc(&self, user_id: &str) -> Result<Option<String>> {
        self.read(|c| {
            let mut st = c.prepare_cached("SELECT doc FROM users WHERE user_id = ?1")?;
            Ok(st.query_row([user_id], |r| r.get(0)).optional()?)
        })
    }

    /// One user with its connection and password hash.
    pub fn user(&self, user_id: &str) -> Result<Option<UserRow>> {
        self.with(|c| get(c, user_id))
    }

    /// Inserts one user; [`Write::Conflict`] when taken.
    pub fn user_insert(&self, u: &NewUser) -> Result<Write> {
        self.with(|c| insert(c, u))
    }

    /// Deletes a user; true when there was one.
    pub fn user_delete(&self, user_id: &str) -> Result<bool> {
        self.with(|c| {
            let n = c
                .prepare_cached("DELETE FROM users WHERE user_id = ?1")?
                .execute([user_id])?;
            Ok(n > 0)
        })
    }

    /// Reads a user, lets `f` compute its new document (and maybe hash), and writes it, all in one transaction.
    /// `f` returns `Err(E)` to abort without writing.
    pub fn user_modify<E>(
        &self,
        user_id: &str,
        f: impl FnOnce(&UserRow) -> std::result::Result<(String, Option<String>), E>,
    ) -> Result<std::result::Result<(Write, String), E>> {
        self.transaction(|tx| {
            let Some(row) = get(tx, user_id)? else {
                return Ok(Ok((Write::NotFound, String::new())));
            };
            let (doc, hash) = match f(&row) {
                Ok(v) => v,
                Err(e) => return Ok(Err(e)),
            };
            let w = update(tx, user_id, &doc, hash.as_deref())?;
            Ok(Ok((w, doc)))
        })
    }

    /// Users whose email, lower-cased, equals `email_lc` (every connection), oldest first.
    pub fn users_by_email(&self, email_lc: &str) -> Result<Vec<String>> {
        self.read(|c| {
            let mut st = c.prepare_cached(
                "SELECT doc FROM users WHERE email_lc = ?1 ORDER BY created_at, user_id",
            )?;
            let docs = st
                .query_map([email_lc], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?;
            Ok(docs)
        })
    }

    /// Runs a search: one page of documents and, if asked, the total number of matches.
    pub fn users_search(&self, f: &UserFilter) -> Result<Page> {
        let (where_sql, params) = f.where_clause();
        let order = f.order_by();
        let limit = f.per_page;
        let offset = u64::from(f.page) * u64::from(f.per_page);
        self.read(|c| {
            // Auth0 answers a search that runs past ~2 s with a 503; SQLite is interrupted at the budget.
            let started = std::time::Instant::now();
            let budget = self.search_budget();
            c.progress_handler(10_000, Some(move || started.elapsed() > budget))?;
            let result = search_on(c, &where_sql, &params, &order, limit, offset, f.with_total);
            c.progress_handler(0, None::<fn() -> bool>)?;
            match result {
                Err(super::StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)))
                    if e.code == rusqlite::ErrorCode::OperationInterrupted =>
                {
                    Err(super::StoreError::SearchTimeout(budget))
                }
                other => other,
            }
        })
    }
}

/// How long one search may run by default (Auth0: about 2 s, then 503).
pub const SEARCH_BUDGET: std::time::Duration = std::time::Duration::from_secs(2);

fn search_on(
    c: &Connection,
    where_sql: &str,
    params: &[rusqlite::types::Value],
    order: &str,
    limit: u32,
    offset: u64,
    with_total: bool,
) -> Result<Page> {
    let total = if with_total {
        let sql = format!("SELECT count(*) FROM users{where_sql}");
        let mut st = c.prepare_cached(&sql)?;
        let n: i64 = st.query_row(params_from_iter(params.iter()), |r| r.get(0))?;
        Some(n.max(0) as u64)
    } else {
        None
    };
    let sql =
        format!("SELECT doc FROM users{where_sql} ORDER BY {order} LIMIT {limit} OFFSET {offset}");
    let mut st = c.prepare_cached(&sql)?;
    let docs = st
        .query_map(params_from_iter(params.iter()), |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(Page { docs, total })
}

impl Store {
    /// Inserts many users in one transaction with one prepared statement, skipping any whose id, or email or
    /// username in the same connection, already exists. Returns how many were inserted.
    pub fn users_insert_many(&self, users: &[NewUser]) -> Result<usize> {
        self.transaction(|tx| {
            let mut st = tx.prepare_cached(
                "INSERT OR IGNORE INTO users (user_id, connection, password_hash, doc) VALUES (?1, ?2, ?3, ?4)",
            )?;
            let mut n = 0;
            for u in users {
                n += st.execute(params![u.user_id, u.connection, u.password_hash, u.doc])?;
            }
            Ok(n)
        })
    }

    /// Number of users.
    pub fn users_count(&self) -> Result<u64> {
        self.with(|c| {
            let n: i64 = c.query_row("SELECT count(*) FROM users", [], |r| r.get(0))?;
            Ok(n.max(0) as u64)
        })
    }
}

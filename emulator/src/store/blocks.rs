//! Brute-force protection (Auth0's default mode, `count_per_identifier_and_ip`): consecutive failed password
//! logins of one user from one IP are counted; at [`MAX_ATTEMPTS`] that IP is blocked for that user until an
//! admin clears it (`DELETE /user-blocks…`) or the password changes. A successful login resets the count.

use rusqlite::{Connection, params};
use serde_json::{Value, json};

use super::Result;

/// Auth0's default `max_attempts`.
pub const MAX_ATTEMPTS: i64 = 10;

/// Whether `user_id` is blocked from `ip`.
pub fn is_blocked(conn: &Connection, user_id: &str, ip: &str) -> Result<bool> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM login_failures WHERE user_id = ?1 AND ip = ?2 AND blocked_at IS NOT NULL",
        params![user_id, ip],
        |r| r.get(0),
    )?;
    Ok(n > 0)
}

/// Counts a failed login; returns whether this one tripped the block.
pub fn record_failure(
    conn: &Connection,
    user_id: &str,
    ip: &str,
    identifier: &str,
    connection: &str,
    now: &str,
) -> Result<bool> {
    conn.execute(
        "INSERT INTO login_failures (user_id, ip, identifier, connection, failures) VALUES (?1, ?2, ?3, ?4, 1)
         ON CONFLICT (user_id, ip) DO UPDATE SET failures = failures + 1, identifier = ?3",
        params![user_id, ip, identifier, connection],
    )?;
    let n = conn.execute(
        "UPDATE login_failures SET blocked_at = ?3
         WHERE user_id = ?1 AND ip = ?2 AND blocked_at IS NULL AND failures >= ?4",
        params![user_id, ip, now, MAX_ATTEMPTS],
    )?;
    Ok(n == 1)
}

/// A successful login: the count starts again (a block stays).
pub fn reset_failures(conn: &Connection, user_id: &str, ip: &str) -> Result<()> {
    conn.execute(
        "DELETE FROM login_failures WHERE user_id = ?1 AND ip = ?2 AND blocked_at IS NULL",
        params![user_id, ip],
    )?;
    Ok(())
}

/// The blocks of a user as `GET /user-blocks/{id}` lists them: `{identifier, ip, connection}`.
pub fn blocks_of_user(conn: &Connection, user_id: &str) -> Result<Vec<Value>> {
    query_blocks(conn, "user_id = ?1", user_id)
}

/// The blocks of every user an identifier (email, username or phone) names.
pub fn blocks_of_identifier(conn: &Connection, identifier: &str) -> Result<Vec<Value>> {
    query_blocks(conn, "lower(identifier) = lower(?1)", identifier)
}

fn query_blocks(conn: &Connection, cond: &str, arg: &str) -> Result<Vec<Value>> {
    let sql = format!(
        "SELECT identifier, ip, connection FROM login_failures WHERE {cond} AND blocked_at IS NOT NULL
         ORDER BY blocked_at"
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([arg], |r| {
        Ok(json!({
            "identifier": r.get::<_, String>(0)?,
            "ip": r.get::<_, String>(1)?,
            "connection": r.get::<_, String>(2)?,
        }))
    })?;
    Ok(rows.collect::<std::result::Result<Vec<_>, _>>()?)
}

/// Lifts a user's blocks (and their failure counts); the number of blocks lifted.
pub fn clear_user(conn: &Connection, user_id: &str) -> Result<usize> {
    let blocked = blocks_of_user(conn, user_id)?.len();
    conn.execute("DELETE FROM login_failures WHERE user_id = ?1", [user_id])?;
    Ok(blocked)
}

/// Lifts the blocks of every user an identifier names.
pub fn clear_identifier(conn: &Connection, identifier: &str) -> Result<usize> {
    let blocked = blocks_of_identifier(conn, identifier)?.len();
    conn.execute(
        "DELETE FROM login_failures WHERE lower(identifier) = lower(?1)",
        [identifier],
    )?;
    Ok(blocked)
}

impl super::Store {
    pub fn is_login_blocked(&self, user_id: &str, ip: &str) -> Result<bool> {
        self.with(|c| is_blocked(c, user_id, ip))
    }

    /// See [`record_failure`].
    pub fn record_login_failure(
        &self,
        user_id: &str,
        ip: &str,
        identifier: &str,
        connection: &str,
        now: &str,
    ) -> Result<bool> {
        self.with(|c| record_failure(c, user_id, ip, identifier, connection, now))
    }

    pub fn reset_login_failures(&self, user_id: &str, ip: &str) -> Result<()> {
        self.with(|c| reset_failures(c, user_id, ip))
    }

    pub fn user_blocks(&self, user_id: &str) -> Result<Vec<Value>> {
        self.with(|c| blocks_of_user(c, user_id))
    }

    pub fn identifier_blocks(&self, identifier: &str) -> Result<Vec<Value>> {
        self.with(|c| blocks_of_identifier(c, identifier))
    }

    pub fn clear_user_blocks(&self, user_id: &str) -> Result<usize> {
        self.with(|c| clear_user(c, user_id))
    }

    pub fn clear_identifier_blocks(&self, identifier: &str) -> Result<usize> {
        self.with(|c| clear_identifier(c, identifier))
    }
}

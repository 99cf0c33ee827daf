//! Logins of database users through the Authentication API: finding the user a username/email names in a
//! connection, and recording a successful login in the user's document.

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value;

use super::Result;

/// A user that may log in with a password.
#[derive(Debug, Clone)]
pub struct LoginUser {
    pub user_id: String,
    /// bcrypt hash (or an imported custom hash, stored as JSON); `None` for users without a password.
    pub password_hash: Option<String>,
    pub doc: Value,
}

/// The strategy of the connection named `name`, if it exists.
pub fn connection_strategy(conn: &Connection, name: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT strategy FROM connections WHERE name = ?1",
            [name],
            |r| r.get(0),
        )
        .optional()?)
}

/// The user of `connection` whose email or username is `login` (compared lower-cased, as Auth0 does).
pub fn find_login_user(
    conn: &Connection,
    connection: &str,
    login: &str,
) -> Result<Option<LoginUser>> {
    let login = login.to_lowercase();
    let row: Option<(String, Option<String>, String)> = conn
        .query_row(
            "SELECT user_id, password_hash, doc FROM users
             WHERE connection = ?1 AND (email_lc = ?2 OR username_lc = ?2)
             ORDER BY email_lc = ?2 DESC LIMIT 1",
            params![connection, login],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    row.map(|(user_id, password_hash, doc)| {
        Ok(LoginUser {
            user_id,
            password_hash,
            doc: serde_json::from_str(&doc)?,
        })
    })
    .transpose()
}

/// A user's document by id.
pub fn user_doc(conn: &Connection, user_id: &str) -> Result<Option<Value>> {
    let doc: Option<String> = conn
        .query_row("SELECT doc FROM users WHERE user_id = ?1", [user_id], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(doc.map(|d| serde_json::from_str(&d)).transpose()?)
}

/// Records a successful login as Auth0 does: `logins_count` + 1, `last_login`, `last_ip`, and `updated_at`
/// (Auth0 counts a login as a profile update). Returns the updated document.
pub fn record_login(
    conn: &Connection,
    user_id: &str,
    ip: &str,
    now: &str,
) -> Result<Option<Value>> {
    conn.execute(
        "UPDATE users SET doc = json_set(doc,
             '$.logins_count', coalesce(json_extract(doc, '$.logins_count'), 0) + 1,
             '$.last_login', ?2,
             '$.last_ip', ?3,
             '$.updated_at', ?2)
         WHERE user_id = ?1",
        params![user_id, now, ip],
    )?;
    user_doc(conn, user_id)
}

/// Replaces an imported custom password hash by `new_hash` (bcrypt), as Auth0 does at the first successful login.
/// Only when the stored hash is still `old_hash`, so a password changed meanwhile is never overwritten.
/// Returns whether the hash was replaced.
pub fn replace_password_hash(
    conn: &Connection,
    user_id: &str,
    old_hash: &str,
    new_hash: &str,
) -> Result<bool> {
    let n = conn.execute(
        "UPDATE users SET password_hash = ?3 WHERE user_id = ?1 AND password_hash = ?2",
        params![user_id, old_hash, new_hash],
    )?;
    Ok(n == 1)
}

impl super::Store {
    /// The strategy of the connection named `name`, if it exists.
    pub fn connection_strategy(&self, name: &str) -> Result<Option<String>> {
        self.with(|c| connection_strategy(c, name))
    }

    /// The user of `connection` whose email or username is `login` (see [`find_login_user`]).
    pub fn login_user(&self, connection: &str, login: &str) -> Result<Option<LoginUser>> {
        self.with(|c| find_login_user(c, connection, login))
    }

    /// A user's document by id, parsed.
    pub fn user_value(&self, user_id: &str) -> Result<Option<Value>> {
        self.with(|c| user_doc(c, user_id))
    }

    /// See [`record_login`].
    pub fn record_login(&self, user_id: &str, ip: &str, now: &str) -> Result<Option<Value>> {
        self.with(|c| record_login(c, user_id, ip, now))
    }

    /// See [`replace_password_hash`].
    pub fn replace_password_hash(
        &self,
        user_id: &str,
        old_hash: &str,
        new_hash: &str,
    ) -> Result<bool> {
        self.with(|c| replace_password_hash(c, user_id, old_hash, new_hash))
    }
}

//! Users' refresh tokens: issued by the password grant with `offline_access` for an API that allows it,
//! exchanged by the `refresh_token` grant, listed and revoked through the Management API. A revoked token is
//! deleted: it is then unknown, as Auth0 answers.

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::Result;

/// What a refresh token stands for.
#[derive(Debug, Clone)]
pub struct RefreshGrant {
    pub id: String,
    pub user_id: String,
    pub client_id: String,
    pub audience: String,
    pub scope: String,
}

fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Stores a new refresh token; returns the token (shown once, to the client).
pub fn issue(
    conn: &Connection,
    user_id: &str,
    client_id: &str,
    audience: &str,
    scope: &str,
    now: &str,
) -> Result<String> {
    let token = crate::random_id("", 48);
    let id = crate::random_id("", 24);
    conn.execute(
        "INSERT INTO refresh_tokens (id, token_hash, user_id, client_id, audience, scope, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![id, hash(&token), user_id, client_id, audience, scope, now],
    )?;
    Ok(token)
}

/// The grant of a (not revoked) refresh token.
pub fn find(conn: &Connection, token: &str) -> Result<Option<RefreshGrant>> {
    Ok(conn
        .query_row(
            "SELECT id, user_id, client_id, audience, scope FROM refresh_tokens WHERE token_hash = ?1",
            [hash(token)],
            |r| {
                Ok(RefreshGrant {
                    id: r.get(0)?,
                    user_id: r.get(1)?,
                    client_id: r.get(2)?,
                    audience: r.get(3)?,
                    scope: r.get(4)?,
                })
            },
        )
        .optional()?)
}

fn item(r: &rusqlite::Row<'_>) -> rusqlite::Result<Value> {
    Ok(json!({
        "id": r.get::<_, String>(0)?,
        "user_id": r.get::<_, String>(1)?,
        "created_at": r.get::<_, String>(2)?,
        "idle_expires_at": null,
        "expires_at": null,
        "client_id": r.get::<_, String>(3)?,
        "session_id": null,
        "rotating": false,
        "resource_servers": [{"audience": r.get::<_, String>(4)?, "scopes": r.get::<_, String>(5)?}],
    }))
}

/// A user's refresh tokens, oldest first, as `GET /users/{id}/refresh-tokens` lists them.
pub fn of_user(conn: &Connection, user_id: &str) -> Result<Vec<Value>> {
    let mut stmt = conn.prepare(
        "SELECT id, user_id, created_at, client_id, audience, scope FROM refresh_tokens
         WHERE user_id = ?1 ORDER BY created_at, rowid",
    )?;
    let rows = stmt.query_map([user_id], item)?;
    Ok(rows.collect::<std::result::Result<Vec<_>, _>>()?)
}

/// One refresh token by id.
pub fn by_id(conn: &Connection, id: &str) -> Result<Option<Value>> {
    Ok(conn
        .query_row(
            "SELECT id, user_id, created_at, client_id, audience, scope FROM refresh_tokens WHERE id = ?1",
            [id],
            item,
        )
        .optional()?)
}

pub fn revoke(conn: &Connection, id: &str) -> Result<usize> {
    Ok(conn.execute("DELETE FROM refresh_tokens WHERE id = ?1", [id])?)
}

pub fn revoke_user(conn: &Connection, user_id: &str) -> Result<usize> {
    Ok(conn.execute("DELETE FROM refresh_tokens WHERE user_id = ?1", [user_id])?)
}

impl super::Store {
    pub fn issue_refresh_token(
        &self,
        user_id: &str,
        client_id: &str,
        audience: &str,
        scope: &str,
        now: &str,
    ) -> Result<String> {
        self.with(|c| issue(c, user_id, client_id, audience, scope, now))
    }

    pub fn refresh_grant(&self, token: &str) -> Result<Option<RefreshGrant>> {
        self.with(|c| find(c, token))
    }

    pub fn refresh_tokens_of(&self, user_id: &str) -> Result<Vec<Value>> {
        self.with(|c| of_user(c, user_id))
    }

    pub fn refresh_token(&self, id: &str) -> Result<Option<Value>> {
        self.with(|c| by_id(c, id))
    }

    pub fn revoke_refresh_token(&self, id: &str) -> Result<usize> {
        self.with(|c| revoke(c, id))
    }

    pub fn revoke_refresh_tokens_of(&self, user_id: &str) -> Result<usize> {
        self.with(|c| revoke_user(c, user_id))
    }
}

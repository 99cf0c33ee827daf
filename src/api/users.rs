//! Typed `/api/v2/users` and `/api/v2/users-by-email` calls. Users stay `serde_json::Value`: a0 prints the
//! API's own objects, so nothing is lost or renamed on the way through.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use reqwest::Method;
use serde::Deserialize;
use serde_json::Value;

use super::client::{Body, Request};
use super::{Client, Error};

/// Characters escaped in a path segment: everything but unreserved characters (so `auth0|123` → `auth0%7C123`).
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Auth0's per-page maximum for `/users`.
pub const MAX_PER_PAGE: u32 = 100;
/// Auth0 returns at most this many results of one search, whatever the paging.
pub const SEARCH_CAP: u32 = 1000;

/// `users/<percent-encoded id>`.
pub fn user_path(id: &str) -> String {
    format!("users/{}", utf8_percent_encode(id, SEGMENT))
}

/// One page request to `GET /users`.
#[derive(Debug, Clone, Default)]
pub struct ListParams {
    pub q: Option<String>,
    pub sort: Option<String>,
    pub page: u32,
    pub per_page: u32,
}

/// A page of users with totals (`include_totals=true`).
#[derive(Debug, Clone, Deserialize)]
pub struct UsersPage {
    #[serde(default)]
    pub total: u64,
    #[serde(default)]
    pub users: Vec<Value>,
}

/// `GET /users?include_totals=true&search_engine=v3&…`.
pub async fn list(client: &Client, p: &ListParams) -> Result<UsersPage, Error> {
    let mut query: Vec<(&str, String)> = vec![
        ("include_totals", "true".into()),
        ("search_engine", "v3".into()),
        ("page", p.page.to_string()),
        ("per_page", p.per_page.to_string()),
    ];
    if let Some(q) = &p.q {
        query.push(("q", q.clone()));
    }
    if let Some(s) = &p.sort {
        query.push(("sort", s.clone()));
    }
    let v = client.send(Method::GET, "users", &query, None).await?;
    match v {
        // Tolerate a server that ignores include_totals and answers with the plain array.
        Value::Array(users) => Ok(UsersPage {
            total: users.len() as u64,
            users,
        }),
        other => serde_json::from_value(other).map_err(|e| Error::Decode {
            url: "users".into(),
            reason: e.to_string(),
        }),
    }
}

/// `GET /users/{id}`.
pub async fn get(client: &Client, id: &str) -> Result<Value, Error> {
    client.send(Method::GET, &user_path(id), &[], None).await
}

/// `GET /users-by-email?email=…` (may return several users, one per connection).
pub async fn by_email(client: &Client, email: &str) -> Result<Vec<Value>, Error> {
    let v = client
        .send(
            Method::GET,
            "users-by-email",
            &[("email", email.to_owned())],
            None,
        )
        .await?;
    match v {
        Value::Array(a) => Ok(a),
        Value::Null => Ok(Vec::new()),
        other => Ok(vec![other]),
    }
}

/// `POST /users`.
pub async fn create(client: &Client, body: &Value) -> Result<Value, Error> {
    client.send(Method::POST, "users", &[], Some(body)).await
}

/// `PATCH /users/{id}` with exactly `body`, waiting out up to `rate_limit_waits` 429s.
pub async fn patch_with(
    client: &Client,
    id: &str,
    body: &Value,
    rate_limit_waits: u32,
) -> Result<Value, Error> {
    let path = user_path(id);
    client
        .execute(Request {
            query: &[],
            body: Body::Json(body),
            rate_limit_waits,
            ..Request::new(Method::PATCH, &path)
        })
        .await?
        .json()
}

/// `DELETE /users/{id}`, waiting out up to `rate_limit_waits` 429s. Auth0 answers 204 even when the user is
/// already gone.
pub async fn delete_with(client: &Client, id: &str, rate_limit_waits: u32) -> Result<(), Error> {
    let path = user_path(id);
    client
        .execute(Request {
            rate_limit_waits,
            ..Request::new(Method::DELETE, &path)
        })
        .await?;
    Ok(())
}

/// Whose brute-force blocks: a user id, or an identifier (email, username or phone) that may name several.
#[derive(Debug, Clone)]
pub enum BlockedWho<'a> {
    User(&'a str),
    Identifier(&'a str),
}

impl BlockedWho<'_> {
    fn path_and_query(&self) -> (String, Vec<(&'static str, String)>) {
        match self {
            BlockedWho::User(id) => (
                format!("user-blocks/{}", utf8_percent_encode(id, SEGMENT)),
                Vec::new(),
            ),
            BlockedWho::Identifier(i) => (
                "user-blocks".to_owned(),
                vec![("identifier", (*i).to_owned())],
            ),
        }
    }
}

/// `GET /user-blocks[/{id}]`: the brute-force blocks (`{identifier, ip, connection}`).
pub async fn blocks(client: &Client, who: &BlockedWho<'_>) -> Result<Vec<Value>, Error> {
    let (path, query) = who.path_and_query();
    let v = client.send(Method::GET, &path, &query, None).await?;
    Ok(match v.get("blocked_for") {
        Some(Value::Array(a)) => a.clone(),
        _ => Vec::new(),
    })
}

/// `DELETE /user-blocks[/{id}]`: lifts the brute-force blocks (not the admin block, `blocked: true`).
pub async fn clear_blocks(client: &Client, who: &BlockedWho<'_>) -> Result<(), Error> {
    let (path, query) = who.path_and_query();
    client
        .send(Method::DELETE, &path, &query, None)
        .await
        .map(|_| ())
}

/// `POST /tickets/password-change` or `/tickets/email-verification` (`kind`): the ticket's URL.
pub async fn ticket(client: &Client, kind: &str, body: &Value) -> Result<String, Error> {
    let v = client
        .send(Method::POST, &format!("tickets/{kind}"), &[], Some(body))
        .await?;
    v.get("ticket")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| Error::Decode {
            url: format!("tickets/{kind}"),
            reason: "no `ticket` in the answer".into(),
        })
}

/// `POST /jobs/verification-email`: the job that sends a user the verification email.
pub async fn send_verification_email(client: &Client, user_id: &str) -> Result<Value, Error> {
    client
        .send(
            Method::POST,
            "jobs/verification-email",
            &[],
            Some(&serde_json::json!({ "user_id": user_id })),
        )
        .await
}

/// `GET /users/{id}/authentication-methods`: every enrolled MFA method (pages of 100).
pub async fn authentication_methods(client: &Client, user_id: &str) -> Result<Vec<Value>, Error> {
    let path = format!("{}/authentication-methods", user_path(user_id));
    let mut out = Vec::new();
    for page in 0.. {
        let v = client
            .send(
                Method::GET,
                &path,
                &[
                    ("page", page.to_string()),
                    ("per_page", "100".to_owned()),
                    ("include_totals", "true".to_owned()),
                ],
                None,
            )
            .await?;
        let items = match v.get("authenticators") {
            Some(Value::Array(a)) => a.clone(),
            _ => Vec::new(),
        };
        let total = v.get("total").and_then(Value::as_u64).unwrap_or(0) as usize;
        let n = items.len();
        out.extend(items);
        if n < 100 || out.len() >= total {
            break;
        }
    }
    Ok(out)
}

/// `DELETE /users/{id}/authentication-methods`: every MFA method goes; the user enrolls again at next login.
pub async fn delete_authentication_methods(client: &Client, user_id: &str) -> Result<(), Error> {
    let path = format!("{}/authentication-methods", user_path(user_id));
    client
        .send(Method::DELETE, &path, &[], None)
        .await
        .map(|_| ())
}

/// `POST /users/{id}/multifactor/actions/invalidate-remember-browser`.
pub async fn invalidate_remember_browser(client: &Client, user_id: &str) -> Result<(), Error> {
    let path = format!(
        "{}/multifactor/actions/invalidate-remember-browser",
        user_path(user_id)
    );
    client
        .send(Method::POST, &path, &[], None)
        .await
        .map(|_| ())
}

/// `GET /users/{id}/refresh-tokens`: every refresh token of a user (cursor pages of 100).
pub async fn refresh_tokens(client: &Client, user_id: &str) -> Result<Vec<Value>, Error> {
    let path = format!("{}/refresh-tokens", user_path(user_id));
    let mut out = Vec::new();
    let mut from: Option<String> = None;
    loop {
        let mut query = vec![("take", "100".to_owned())];
        if let Some(f) = &from {
            query.push(("from", f.clone()));
        }
        let v = client.send(Method::GET, &path, &query, None).await?;
        if let Some(Value::Array(a)) = v.get("tokens") {
            out.extend(a.iter().cloned());
        }
        match v.get("next").and_then(Value::as_str) {
            Some(n) if !n.is_empty() && from.as_deref() != Some(n) => from = Some(n.to_owned()),
            _ => break,
        }
    }
    Ok(out)
}

/// Revokes one refresh token (`DELETE /refresh-tokens/{id}`), or all of a user's
/// (`DELETE /users/{id}/refresh-tokens`).
pub async fn revoke_refresh_tokens(
    client: &Client,
    user_id: &str,
    id: Option<&str>,
) -> Result<(), Error> {
    let path = match id {
        Some(id) => format!("refresh-tokens/{}", utf8_percent_encode(id, SEGMENT)),
        None => format!("{}/refresh-tokens", user_path(user_id)),
    };
    client
        .send(Method::DELETE, &path, &[], None)
        .await
        .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_ids_are_percent_encoded_in_paths() {
        assert_eq!(user_path("auth0|63d1"), "users/auth0%7C63d1");
        assert_eq!(user_path("a/b c"), "users/a%2Fb%20c");
    }
}

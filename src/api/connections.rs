//! Typed `/api/v2/connections` calls (used to offer a connection when `users create` prompts).

use reqwest::Method;
use serde::Deserialize;

use super::{Client, Error};

/// The parts of a connection a0 uses.
#[derive(Debug, Clone, Deserialize)]
pub struct Connection {
    pub name: String,
    #[serde(default)]
    pub strategy: String,
    /// Strategy options; for a database connection its password policy (`passwordPolicy`,
    /// `password_complexity_options`).
    #[serde(default)]
    pub options: serde_json::Value,
}

impl Connection {
    /// Whether users can be created in it with `POST /users` (database or passwordless).
    pub fn accepts_created_users(&self) -> bool {
        matches!(self.strategy.as_str(), "auth0" | "email" | "sms")
    }
}

/// `GET /connections` (first 100; a tenant with more database connections is unusual).
pub async fn list(client: &Client) -> Result<Vec<Connection>, Error> {
    let v = client
        .send(
            Method::GET,
            "connections",
            &[("per_page", "100".to_owned()), ("page", "0".to_owned())],
            None,
        )
        .await?;
    let arr = match v {
        serde_json::Value::Object(mut m) => m.remove("connections").unwrap_or_default(),
        other => other,
    };
    serde_json::from_value(arr).map_err(|e| Error::Decode {
        url: "connections".into(),
        reason: e.to_string(),
    })
}

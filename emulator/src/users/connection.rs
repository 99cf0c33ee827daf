//! What a user's connection decides: whether it holds users itself (database, passwordless), whether it needs
//! usernames, and the provider prefix of its user ids.

use serde_json::Value;

use crate::store::connections::ConnectionRow;

/// How a connection may hold users.
pub fn is_database(c: &ConnectionRow) -> bool {
    c.strategy == "auth0"
}

/// Passwordless connections (`email`, `sms`).
pub fn is_passwordless(c: &ConnectionRow) -> bool {
    matches!(c.strategy.as_str(), "email" | "sms")
}

pub(super) fn requires_username(c: &ConnectionRow) -> bool {
    c.options()
        .get("requires_username")
        .and_then(Value::as_bool)
        .unwrap_or(false)
}

/// The id prefix (`provider`) of users of a connection: `auth0`, `email`, `sms`, or the strategy.
pub fn provider_of(c: &ConnectionRow) -> &str {
    c.strategy.as_str()
}

//! Seeding: bulk-import-format users inserted at start-up (`--seed`, tests).

use serde_json::{Map, Value, json};

use super::connection::{is_database, is_passwordless, provider_of};
use super::ids::new_object_id;
use super::picture::default_picture;
use super::projection::normalize;
use super::schema::{is_email, is_phone};
use crate::store::connections::ConnectionRow;
use crate::store::users::NewUser;
use crate::store::{Store, StoreError};

fn str_of<'a>(obj: &'a Map<String, Value>, k: &str) -> Option<&'a str> {
    obj.get(k).and_then(Value::as_str)
}

/// Why [`seed_users`] refused its input.
#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("seed user #{index}: {message}")]
    Invalid { index: usize, message: String },
}

const IMPORT_KEYS: &[&str] = &[
    "email",
    "email_verified",
    "phone_number",
    "phone_verified",
    "user_id",
    "username",
    "given_name",
    "family_name",
    "name",
    "nickname",
    "picture",
    "blocked",
    "password_hash",
    "custom_password_hash",
    "app_metadata",
    "user_metadata",
    "mfa_factors",
    // Not in Auth0's import schema: which connection to put the user in (default Username-Password-Authentication).
    "connection",
];

/// Turns one bulk-import-format user into a row for `conn` (validation per the import schema).
pub fn import_user(
    u: &Value,
    conn: &ConnectionRow,
    now: &str,
    unix: i64,
) -> Result<NewUser, String> {
    let obj = u.as_object().ok_or("expected a JSON object")?;
    if let Some(k) = obj.keys().find(|k| !IMPORT_KEYS.contains(&k.as_str())) {
        return Err(format!("Additional properties not allowed: {k}"));
    }
    let email = obj
        .get("email")
        .and_then(Value::as_str)
        .ok_or("Missing required property: email")?;
    if !is_email(email) {
        return Err(format!(
            "Object didn't pass validation for format email: {email}"
        ));
    }
    for k in ["email_verified", "phone_verified", "blocked"] {
        if obj.get(k).is_some_and(|v| !v.is_boolean()) {
            return Err(format!("{k}: expected a boolean"));
        }
    }
    for k in [
        "user_id",
        "username",
        "given_name",
        "family_name",
        "name",
        "nickname",
        "picture",
        "phone_number",
        "password_hash",
    ] {
        if obj.get(k).is_some_and(|v| !v.is_string()) {
            return Err(format!("{k}: expected a string"));
        }
    }
    for k in ["app_metadata", "user_metadata", "custom_password_hash"] {
        if obj.get(k).is_some_and(|v| !v.is_object()) {
            return Err(format!("{k}: expected an object"));
        }
    }
    if let Some(p) = str_of(obj, "phone_number")
        && !is_phone(p)
    {
        return Err(format!(
            "String does not match pattern ^\\+[0-9]{{1,15}}$: {p}"
        ));
    }
    if let Some(h) = str_of(obj, "password_hash")
        && !(h.starts_with("$2a$") || h.starts_with("$2b$") || h.starts_with("$2y$"))
    {
        return Err("password_hash: expected a bcrypt hash ($2a$/$2b$)".into());
    }
    if obj.contains_key("password_hash") && obj.contains_key("custom_password_hash") {
        return Err("password_hash and custom_password_hash are mutually exclusive".into());
    }
    let email = email.to_lowercase();
    let provider = provider_of(conn).to_string();
    let raw_id = match str_of(obj, "user_id") {
        Some(id) if !id.is_empty() => id
            .strip_prefix(&format!("{provider}|"))
            .unwrap_or(id)
            .to_string(),
        _ => new_object_id(unix),
    };
    let user_id = format!("{provider}|{raw_id}");
    let mut doc = Map::new();
    for k in [
        "email_verified",
        "phone_number",
        "phone_verified",
        "username",
        "given_name",
        "family_name",
        "name",
        "nickname",
        "picture",
        "blocked",
        "app_metadata",
        "user_metadata",
    ] {
        if let Some(v) = obj.get(k) {
            doc.insert(k.into(), v.clone());
        }
    }
    doc.insert("email".into(), json!(email));
    doc.entry("email_verified").or_insert(json!(false));
    doc.entry("name").or_insert(json!(email));
    let local = email.split('@').next().unwrap_or_default().to_string();
    doc.entry("nickname").or_insert(json!(local));
    if !doc.contains_key("picture") {
        doc.insert(
            "picture".into(),
            json!(default_picture("secure.gravatar.com", Some(&email), &email)),
        );
    }
    doc.insert("created_at".into(), json!(now));
    doc.insert("updated_at".into(), json!(now));
    doc.insert("user_id".into(), json!(user_id));
    doc.insert(
        "identities".into(),
        json!([{ "connection": conn.name, "user_id": raw_id, "provider": provider, "isSocial": false }]),
    );
    let password_hash = match (obj.get("password_hash"), obj.get("custom_password_hash")) {
        (Some(Value::String(h)), _) => Some(h.clone()),
        (_, Some(c)) => Some(c.to_string()),
        _ => None,
    };
    Ok(NewUser {
        user_id,
        connection: conn.name.clone(),
        password_hash,
        doc: Value::Object(normalize(doc)).to_string(),
    })
}

/// Inserts bulk-import-format users (Auth0's import schema, plus an optional `connection` name; default
/// `Username-Password-Authentication`) in one transaction, skipping users whose id, email or username already
/// exists. `password_hash` (bcrypt) is kept as is. Returns how many were inserted.
pub fn seed_users(store: &Store, users: &[Value]) -> Result<usize, SeedError> {
    let now = crate::now_iso();
    let unix = chrono::Utc::now().timestamp();
    let mut rows = Vec::with_capacity(users.len());
    let mut conns: std::collections::HashMap<String, ConnectionRow> = Default::default();
    for (index, u) in users.iter().enumerate() {
        let name = u
            .get("connection")
            .and_then(Value::as_str)
            .unwrap_or("Username-Password-Authentication")
            .to_string();
        if !conns.contains_key(&name) {
            let Some(c) = store.connection_by_name(&name)? else {
                return Err(SeedError::Invalid {
                    index,
                    message: format!("connection {name:?} does not exist"),
                });
            };
            if !is_database(&c) && !is_passwordless(&c) {
                return Err(SeedError::Invalid {
                    index,
                    message: format!(
                        "connection {name:?} is not a database or passwordless connection"
                    ),
                });
            }
            conns.insert(name.clone(), c);
        }
        let conn = &conns[&name];
        let row = import_user(u, conn, &now, unix)
            .map_err(|message| SeedError::Invalid { index, message })?;
        rows.push(row);
    }
    Ok(store.users_insert_many(&rows)?)
}

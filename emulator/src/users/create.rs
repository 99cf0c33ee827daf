//! `POST /users`: validating a body and building the new user's document.

use serde_json::{Map, Value, json};

use super::RuleError;
use super::connection::{is_database, is_passwordless, provider_of, requires_username};
use super::ids::new_object_id;
use super::password::password_is_strong;
use super::picture::{Initials, gravatar};
use super::projection::normalize;
use super::schema::{CREATE_PROPS, check_schema};
use crate::store::StoreError;
use crate::store::connections::ConnectionRow;

/// A validated `POST /users` body, ready to store (the password still in clear, to be hashed by the caller).
#[derive(Debug)]
pub struct NewUserPlan {
    pub user_id: String,
    pub connection: String,
    pub password: Option<String>,
    /// The user object as the API returns it.
    pub doc: Map<String, Value>,
}

/// Validates a `POST /api/v2/users` body. `lookup` finds a connection by name. `now` is the ISO creation
/// time and `unix` the same instant in seconds (for the id).
pub fn plan_create(
    body: &Value,
    lookup: impl FnOnce(&str) -> Result<Option<ConnectionRow>, StoreError>,
    now: &str,
    unix: i64,
) -> Result<Result<NewUserPlan, RuleError>, StoreError> {
    if let Err(e) = check_schema(body, CREATE_PROPS, false) {
        return Ok(Err(e));
    }
    let Some(obj) = body.as_object() else {
        return Ok(Err(RuleError::root(
            "Expected type object but found type null",
        )));
    };
    let Some(conn_name) = obj.get("connection").and_then(Value::as_str) else {
        return Ok(Err(RuleError::root(
            "Missing required property: connection",
        )));
    };
    let Some(conn) = lookup(conn_name)? else {
        return Ok(Err(RuleError::inexistent_connection()));
    };
    Ok(create_with_connection(obj, &conn, now, unix))
}

fn str_of<'a>(obj: &'a Map<String, Value>, k: &str) -> Option<&'a str> {
    obj.get(k).and_then(Value::as_str)
}

fn create_with_connection(
    obj: &Map<String, Value>,
    conn: &ConnectionRow,
    now: &str,
    unix: i64,
) -> Result<NewUserPlan, RuleError> {
    if !is_database(conn) && !is_passwordless(conn) {
        return Err(RuleError::bad(
            "Connection does not support user creation through the API. It must either be a database or passwordless connection.",
            "operation_not_supported",
        ));
    }
    let email = str_of(obj, "email").map(str::to_lowercase);
    let password = str_of(obj, "password");
    let username = str_of(obj, "username");
    let phone = str_of(obj, "phone_number");
    match conn.strategy.as_str() {
        "auth0" => {
            if email.is_none() {
                return Err(RuleError::root("Missing required property: email"));
            }
            if password.is_none() {
                return Err(RuleError::root("Missing required property: password"));
            }
            if requires_username(conn) && username.is_none() {
                return Err(RuleError::root("Missing required property: username"));
            }
        }
        "email" if email.is_none() => {
            return Err(RuleError::root("Missing required property: email"));
        }
        "sms" if phone.is_none() => {
            return Err(RuleError::root("Missing required property: phone_number"));
        }
        _ => {}
    }
    if username.is_some() && !requires_username(conn) {
        return Err(RuleError::invalid_body(
            "Cannot set username for connection without requires_username",
        ));
    }
    if password.is_some() && !is_database(conn) {
        return Err(RuleError::invalid_body(
            "Password is only valid for auth0 connection strategy",
        ));
    }
    if let Some(pw) = password
        && !password_is_strong(conn.options(), pw)
    {
        return Err(RuleError::weak_password());
    }

    let provider = provider_of(conn).to_string();
    let raw_id = match str_of(obj, "user_id") {
        Some(id) if !id.is_empty() => id.to_string(),
        _ => new_object_id(unix),
    };
    let user_id = format!("{provider}|{raw_id}");

    let mut doc = Map::new();
    for k in [
        "blocked",
        "email_verified",
        "phone_number",
        "phone_verified",
        "given_name",
        "family_name",
        "name",
        "nickname",
        "picture",
        "username",
        "user_metadata",
        "app_metadata",
    ] {
        if let Some(v) = obj.get(k) {
            doc.insert(k.into(), v.clone());
        }
    }
    if let Some(e) = &email {
        doc.insert("email".into(), json!(e));
    }
    if email.is_some() && !doc.contains_key("email_verified") {
        doc.insert("email_verified".into(), json!(false));
    }
    if phone.is_some() && !doc.contains_key("phone_verified") && conn.strategy == "sms" {
        doc.insert("phone_verified".into(), json!(false));
    }
    let fallback = email
        .clone()
        .or_else(|| phone.map(str::to_string))
        .unwrap_or_default();
    if !doc.contains_key("name") {
        doc.insert("name".into(), json!(fallback));
    }
    if !doc.contains_key("nickname") {
        let nick = email
            .as_deref()
            .and_then(|e| e.split('@').next())
            .map(str::to_string)
            .unwrap_or_else(|| fallback.clone());
        doc.insert("nickname".into(), json!(nick));
    }
    if !doc.contains_key("picture") {
        let basis = email.clone().unwrap_or_else(|| fallback.clone());
        doc.insert(
            "picture".into(),
            json!(gravatar(
                "s.gravatar.com",
                email.as_deref().unwrap_or(""),
                &basis,
                Initials::AsciiOrA
            )),
        );
    }
    doc.insert("created_at".into(), json!(now));
    doc.insert("updated_at".into(), json!(now));
    doc.insert("user_id".into(), json!(user_id));
    doc.insert(
        "identities".into(),
        json!([{
            "connection": conn.name,
            "user_id": raw_id,
            "provider": provider,
            "isSocial": false,
        }]),
    );
    Ok(NewUserPlan {
        user_id,
        connection: conn.name.clone(),
        password: password.map(str::to_string),
        doc: normalize(doc),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db_conn() -> ConnectionRow {
        ConnectionRow {
            id: "con_x".into(),
            name: "Username-Password-Authentication".into(),
            strategy: "auth0".into(),
            doc: json!({"options": {"passwordPolicy": "good", "password_complexity_options": {"min_length": 8}}}),
        }
    }

    #[test]
    fn create_defaults_name_nickname_picture_and_identity() {
        let body = json!({"connection": "Username-Password-Authentication", "email": "Chuck.N@Example.com", "password": "Passw0rd!"});
        let plan = plan_create(
            &body,
            |_| Ok(Some(db_conn())),
            "2023-01-25T19:00:26.539Z",
            1674673226,
        )
        .unwrap()
        .unwrap();
        assert!(plan.user_id.starts_with("auth0|63d17c4a"));
        assert_eq!(plan.user_id.len(), "auth0|".len() + 24);
        assert_eq!(plan.doc["email"], "chuck.n@example.com");
        assert_eq!(plan.doc["name"], "chuck.n@example.com");
        assert_eq!(plan.doc["nickname"], "chuck.n");
        assert_eq!(plan.doc["email_verified"], false);
        assert!(!plan.doc.contains_key("blocked"));
        assert!(
            plan.doc["picture"]
                .as_str()
                .unwrap()
                .starts_with("https://s.gravatar.com/avatar/")
        );
        assert!(
            plan.doc["picture"]
                .as_str()
                .unwrap()
                .ends_with("avatars%2Fch.png")
        );
        assert_eq!(plan.doc["identities"][0]["isSocial"], false);
        assert!(!Value::Object(plan.doc).to_string().contains("Passw0rd"));
    }

    #[test]
    fn unknown_property_is_named() {
        let body = json!({"connection": "x", "foo": 1});
        let e = plan_create(&body, |_| Ok(None), "t", 0)
            .unwrap()
            .unwrap_err();
        assert_eq!(
            e.message,
            "Payload validation error: 'Additional properties not allowed: foo'."
        );
    }
}

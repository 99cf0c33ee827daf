//! `PATCH /users/{id}`: validating a body and applying it (one-level metadata merge, upstream-owned
//! attributes, password policy).

use serde_json::{Map, Value, json};

use super::RuleError;
use super::connection::{is_database, is_passwordless, requires_username};
use super::password::password_is_strong;
use super::projection::normalize;
use super::schema::{PATCH_PROPS, check_schema};
use crate::store::connections::ConnectionRow;

/// Root attributes an upstream identity provider owns when `set_user_root_attributes` is `on_each_login`.
const UPSTREAM_ROOT_ATTRIBUTES: &[&str] =
    &["family_name", "given_name", "name", "nickname", "picture"];

/// One-level merge of a metadata patch into `current`: keys set to `null` are removed, others replaced whole;
/// an empty patch object clears everything.
pub fn merge_metadata(current: Option<&Value>, patch: &Map<String, Value>) -> Map<String, Value> {
    if patch.is_empty() {
        return Map::new();
    }
    let mut out = current
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    for (k, v) in patch {
        if v.is_null() {
            out.remove(k);
        } else {
            out.insert(k.clone(), v.clone());
        }
    }
    out
}

/// True when the PATCH body touches anything other than `app_metadata` (a caller holding only
/// `update:users_app_metadata` may not).
pub fn patch_needs_update_users(body: &Value) -> bool {
    body.as_object()
        .is_some_and(|o| o.keys().any(|k| k != "app_metadata"))
}

/// Checks a `PATCH /api/v2/users/{id}` body on its own (schema, formats, forbidden combinations).
pub fn validate_patch(body: &Value) -> Result<(), RuleError> {
    check_schema(body, PATCH_PROPS, true)?;
    let Some(obj) = body.as_object() else {
        return Ok(());
    };
    let has = |k: &str| obj.get(k).is_some_and(|v| !v.is_null());
    for (a, b) in [
        ("password", "email"),
        ("password", "email_verified"),
        ("username", "email"),
        ("username", "email_verified"),
        ("username", "password"),
    ] {
        if has(a) && has(b) {
            return Err(RuleError::invalid_body(format!(
                "Cannot update {a} and {b} simultaneously."
            )));
        }
    }
    Ok(())
}

/// What a PATCH changes besides the document.
#[derive(Debug)]
pub struct PatchPlan {
    pub doc: Map<String, Value>,
    /// A new password in clear, to be hashed by the caller.
    pub new_password: Option<String>,
}

/// Whether the connection's flexible identifiers make the email optional
/// (`options.attributes.email.signup.status` is `optional`, or email is not an identifier).
fn email_is_optional(c: &ConnectionRow) -> bool {
    let email = c.options().pointer("/attributes/email");
    email
        .and_then(|e| e.pointer("/signup/status"))
        .and_then(Value::as_str)
        == Some("optional")
        || email
            .and_then(|e| e.pointer("/identifier/active"))
            .and_then(Value::as_bool)
            == Some(false)
}

/// Applies a validated PATCH body to the stored user `doc` of connection `conn`.
pub fn apply_patch(
    doc: &Map<String, Value>,
    body: &Value,
    conn: Option<&ConnectionRow>,
    now: &str,
) -> Result<PatchPlan, RuleError> {
    let empty = Map::new();
    let obj = body.as_object().unwrap_or(&empty);
    if let Some(c) = conn {
        let sync = c
            .options()
            .get("set_user_root_attributes")
            .and_then(Value::as_str);
        let upstream = !is_database(c) && !is_passwordless(c);
        if upstream && matches!(sync, None | Some("on_each_login")) {
            let touched: Vec<&str> = UPSTREAM_ROOT_ATTRIBUTES
                .iter()
                .copied()
                .filter(|k| obj.contains_key(*k))
                .collect();
            if !touched.is_empty() {
                return Err(RuleError::invalid_body(format!(
                    "The following user attributes cannot be updated: {}. The connection must either be a database connection (using the Auth0 store), a passwordless connection (email or sms) or has disabled 'Sync user profile attributes at each login'.",
                    touched.join(", ")
                )));
            }
            if obj.get("email").is_some_and(|v| !v.is_null()) {
                return Err(RuleError::invalid_body(
                    "Cannot update email for non-database user.",
                ));
            }
        }
        // A database user signs in with their email (and a passwordless email user receives codes at it):
        // Auth0 refuses to remove it (wording chosen here, see emulator/README.md) unless the connection's
        // flexible identifiers make the email optional.
        if obj.get("email").is_some_and(Value::is_null)
            && (is_database(c) || c.name == "email")
            && doc.get("email").is_some()
            && !email_is_optional(c)
        {
            return Err(RuleError::invalid_body(
                "The email attribute cannot be removed: it identifies the user in this connection. Set a \
                 different email instead.",
            ));
        }
        if obj.get("username").is_some_and(|v| !v.is_null()) && !requires_username(c) {
            return Err(RuleError::invalid_body(
                "Cannot set username for connection without requires_username",
            ));
        }
    }
    let mut new_password = None;
    if let Some(pw) = obj.get("password").and_then(Value::as_str) {
        if conn.is_some_and(|c| !is_database(c)) {
            return Err(RuleError::invalid_body(
                "Password is only valid for auth0 connection strategy",
            ));
        }
        let options = conn
            .map(ConnectionRow::options)
            .cloned()
            .unwrap_or(Value::Null);
        if !password_is_strong(&options, pw) {
            return Err(RuleError::weak_password());
        }
        new_password = Some(pw.to_string());
    }

    let mut out = doc.clone();
    let old_email = doc.get("email").and_then(Value::as_str).map(str::to_string);
    for (k, v) in obj {
        match k.as_str() {
            "user_metadata" | "app_metadata" => {
                let Some(patch) = v.as_object() else {
                    // `null`: leave the metadata as it is.
                    continue;
                };
                let merged = merge_metadata(out.get(k), patch);
                if merged.is_empty() && k == "app_metadata" {
                    out.remove(k);
                } else {
                    out.insert(k.clone(), Value::Object(merged));
                }
            }
            "password" | "verify_email" | "verify_phone_number" | "connection" | "client_id" => {}
            "email" => match v.as_str() {
                Some(e) => {
                    out.insert(k.clone(), json!(e.to_lowercase()));
                }
                None => {
                    out.remove(k);
                }
            },
            _ => {
                if v.is_null() {
                    out.remove(k);
                } else {
                    out.insert(k.clone(), v.clone());
                }
            }
        }
    }
    let new_email = out.get("email").and_then(Value::as_str).map(str::to_string);
    if new_email != old_email && !obj.contains_key("email_verified") && new_email.is_some() {
        out.insert("email_verified".into(), json!(false));
    }
    if new_password.is_some() {
        out.insert("last_password_reset".into(), json!(now));
    }
    out.insert("updated_at".into(), json!(now));
    Ok(PatchPlan {
        doc: normalize(out),
        new_password,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_is_one_level_and_null_removes_and_empty_clears() {
        let cur = json!({"a": 1, "b": {"x": 1}, "c": 3});
        let m = merge_metadata(
            Some(&cur),
            json!({"b": {"y": 2}, "c": null}).as_object().unwrap(),
        );
        assert_eq!(Value::Object(m), json!({"a": 1, "b": {"y": 2}}));
        assert!(merge_metadata(Some(&cur), &Map::new()).is_empty());
    }
}

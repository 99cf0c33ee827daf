//! APIs (resource servers): the `POST`/`PATCH` body rules, the defaults Auth0 fills in, the key order of the
//! object, the system Management API, and the APIs of the config file.

use serde_json::{Map, Value, json};

use super::schema::{Kind, Prop, check_object, check_value, on_property};
use crate::config::ApiConfig;
use crate::users::RuleError;

pub const TOKEN_DIALECTS: &[&str] = &[
    "access_token",
    "access_token_authz",
    "rfc9068_profile",
    "rfc9068_profile_authz",
];
const SIGNING_ALGS: &[&str] = &["HS256", "RS256", "RS512", "PS256"];
/// Auth0's entity limit: scopes per API.
pub const MAX_SCOPES: usize = 1000;
/// Default `token_lifetime` (24 h) and `token_lifetime_for_web` (2 h).
pub const DEFAULT_TOKEN_LIFETIME: i64 = 86_400;
const DEFAULT_TOKEN_LIFETIME_FOR_WEB: i64 = 7_200;

const NAME_DESC: &str =
    "Friendly name for this resource server. Can not contain `<` or `>` characters.";
const SCOPES_DESC: &str = "List of permissions (scopes) that this API uses.";

fn props(create: bool) -> Vec<Prop> {
    let mut v = vec![
        Prop {
            name: "name",
            kind: Kind::Str {
                min: 1,
                max: Some(200),
                no_angle: true,
            },
            desc: NAME_DESC,
        },
        Prop {
            name: "scopes",
            kind: Kind::Any,
            desc: SCOPES_DESC,
        },
        Prop {
            name: "signing_alg",
            kind: Kind::Enum(SIGNING_ALGS),
            desc: "Algorithm used to sign JWTs. Can be `HS256` (default) or `RS256`. `PS256` available via addon.",
        },
        Prop {
            name: "signing_secret",
            kind: Kind::Str {
                min: 16,
                max: None,
                no_angle: false,
            },
            desc: "Secret used to sign tokens when using symmetric algorithms (HS256).",
        },
        Prop {
            name: "allow_offline_access",
            kind: Kind::Bool,
            desc: "Whether refresh tokens can be issued for this API (true) or not (false).",
        },
        Prop {
            name: "allow_online_access",
            kind: Kind::Bool,
            desc: "Whether Online Refresh Tokens can be issued for this API (true) or not (false).",
        },
        Prop {
            name: "allow_online_access_with_ephemeral_sessions",
            kind: Kind::Bool,
            desc: "Whether Online Refresh Tokens can be issued even when sessions are configured as ephemeral (true) or not (false).",
        },
        Prop {
            name: "token_lifetime",
            kind: Kind::Int {
                min: 0,
                max: Some(2_592_000),
            },
            desc: "Expiration value (in seconds) for access tokens issued for this API from the token endpoint.",
        },
        Prop {
            name: "token_lifetime_for_web",
            kind: Kind::Int {
                min: 0,
                max: Some(2_592_000),
            },
            desc: "Expiration value (in seconds) for access tokens issued for this API via Implicit or Hybrid Flows.",
        },
        Prop {
            name: "token_dialect",
            kind: Kind::Enum(TOKEN_DIALECTS),
            desc: "Dialect of issued access token.",
        },
        Prop {
            name: "skip_consent_for_verifiable_first_party_clients",
            kind: Kind::Bool,
            desc: "Whether to skip user consent for applications flagged as first party (true) or not (false).",
        },
        Prop {
            name: "enforce_policies",
            kind: Kind::Bool,
            desc: "Whether to enforce authorization policies (true) or to ignore them (false).",
        },
        Prop {
            name: "token_encryption",
            kind: Kind::ObjectOrNull,
            desc: "Token encryption configuration.",
        },
        Prop {
            name: "consent_policy",
            kind: Kind::EnumOrNull(&["transactional-authorization-with-mfa"]),
            desc: "Consent policy.",
        },
        Prop {
            name: "authorization_details",
            kind: Kind::ArrayOrNull,
            desc: "Authorization details.",
        },
        Prop {
            name: "proof_of_possession",
            kind: Kind::ObjectOrNull,
            desc: "Proof-of-Possession configuration for access tokens",
        },
        Prop {
            name: "subject_type_authorization",
            kind: Kind::Object,
            desc: "Defines application access permission for a resource server",
        },
        Prop {
            name: "authorization_policy",
            kind: Kind::ObjectOrNull,
            desc: "Authorization policy.",
        },
    ];
    if create {
        v.insert(
            1,
            Prop {
                name: "identifier",
                kind: Kind::Str {
                    min: 1,
                    max: Some(600),
                    no_angle: false,
                },
                desc: "Unique identifier for the API used as the audience parameter on authorization calls. Can not be changed once set.",
            },
        );
    }
    v
}

fn check_scopes(v: &Value) -> Result<(), RuleError> {
    let Value::Array(items) = v else {
        return check_value(
            Kind::Strings {
                min: 0,
                item_min: 0,
            },
            v,
            "scopes",
            SCOPES_DESC,
        );
    };
    if items.len() > MAX_SCOPES {
        return Err(on_property(
            &format!("Array is too long ({}), maximum {MAX_SCOPES}", items.len()),
            "scopes",
            SCOPES_DESC,
        ));
    }
    let scope_props = [
        Prop {
            name: "value",
            kind: Kind::Str {
                min: 1,
                max: Some(280),
                no_angle: false,
            },
            desc: "Value of this scope.",
        },
        Prop {
            name: "description",
            kind: Kind::Str {
                min: 0,
                max: Some(500),
                no_angle: false,
            },
            desc: "User-friendly description of this scope.",
        },
    ];
    for (i, item) in items.iter().enumerate() {
        // Errors inside an item name its path, e.g. `scopes[2].value`.
        check_object(item, &scope_props, &["value"]).map_err(|e| {
            RuleError::invalid_body(
                e.message
                    .replace("on property value", &format!("on property scopes[{i}].value"))
                    .replace(
                        "on property description",
                        &format!("on property scopes[{i}].description"),
                    )
                    .replace(
                        "Payload validation error: 'Missing required property: value'.",
                        &format!(
                            "Payload validation error: 'Missing required property: value' on property scopes[{i}] ({SCOPES_DESC})."
                        ),
                    ),
            )
        })?;
    }
    Ok(())
}

fn check_subject_type(v: &Value) -> Result<(), RuleError> {
    let desc = "Defines application access permission for a resource server";
    let Some(obj) = v.as_object() else {
        return Ok(());
    };
    for (k, sub) in obj {
        let allowed: &[&str] = match k.as_str() {
            "user" => &["allow_all", "deny_all", "require_client_grant"],
            "client" => &["deny_all", "require_client_grant"],
            other => {
                return Err(on_property(
                    &format!("Additional properties not allowed: {other}"),
                    "subject_type_authorization",
                    desc,
                ));
            }
        };
        let path = format!("subject_type_authorization.{k}");
        check_value(Kind::Object, sub, &path, desc)?;
        if let Some(p) = sub.get("policy") {
            check_value(
                Kind::Enum(allowed),
                p,
                &format!("{path}.policy"),
                "Defines the policy",
            )?;
        }
    }
    Ok(())
}

/// Checks a `POST /resource-servers` body (`CreateResourceServerRequestContent`).
pub fn validate_create(body: &Value) -> Result<(), RuleError> {
    let obj = check_object(body, &props(true), &["identifier"])?;
    check_extras(obj)
}

/// Checks a `PATCH /resource-servers/{id}` body: the create properties except `identifier` (and never `id`).
pub fn validate_patch(body: &Value) -> Result<(), RuleError> {
    let obj = check_object(body, &props(false), &[])?;
    check_extras(obj)
}

fn check_extras(obj: &Map<String, Value>) -> Result<(), RuleError> {
    if let Some(s) = obj.get("scopes") {
        check_scopes(s)?;
    }
    if let Some(s) = obj.get("subject_type_authorization") {
        check_subject_type(s)?;
    }
    Ok(())
}

/// The fixed place of the keys Auth0 always sends (then `scopes`, `enforce_policies`, `token_dialect` once set,
/// then anything else in the order it was given).
const KEY_ORDER: &[&str] = &[
    "id",
    "name",
    "identifier",
    "allow_offline_access",
    "skip_consent_for_verifiable_first_party_clients",
    "subject_type_authorization",
    "token_lifetime",
    "token_lifetime_for_web",
    "signing_alg",
    "signing_secret",
    "scopes",
    "enforce_policies",
    "token_dialect",
];

/// Puts an API's keys in Auth0's order.
pub fn normalize(doc: Map<String, Value>) -> Map<String, Value> {
    let mut doc = doc;
    let mut out = Map::new();
    for k in KEY_ORDER {
        if let Some(v) = doc.remove(*k) {
            out.insert((*k).to_owned(), v);
        }
    }
    out.extend(doc);
    out
}

fn random_secret() -> String {
    crate::random_id("", 43)
}

/// A new API from a valid create body: Auth0's defaults, then the body; `id` is 24 hex digits.
pub fn new_doc(body: &Value, unix_secs: i64) -> Map<String, Value> {
    let mut doc = Map::new();
    doc.insert("id".into(), json!(crate::users::new_object_id(unix_secs)));
    doc.insert("allow_offline_access".into(), json!(false));
    doc.insert(
        "skip_consent_for_verifiable_first_party_clients".into(),
        json!(false),
    );
    doc.insert(
        "subject_type_authorization".into(),
        json!({"client": {"policy": "require_client_grant"}, "user": {"policy": "allow_all"}}),
    );
    doc.insert("token_lifetime".into(), json!(DEFAULT_TOKEN_LIFETIME));
    doc.insert(
        "token_lifetime_for_web".into(),
        json!(DEFAULT_TOKEN_LIFETIME_FOR_WEB),
    );
    doc.insert("signing_alg".into(), json!("RS256"));
    if let Some(obj) = body.as_object() {
        for (k, v) in obj {
            doc.insert(k.clone(), v.clone());
        }
    }
    finish(doc)
}

/// An HS256 API carries a `signing_secret` (generated when none was given); others do not.
fn finish(mut doc: Map<String, Value>) -> Map<String, Value> {
    if doc.get("signing_alg").and_then(Value::as_str) == Some("HS256") {
        if !doc.contains_key("signing_secret") {
            doc.insert("signing_secret".into(), json!(random_secret()));
        }
    } else {
        doc.remove("signing_secret");
    }
    // `null` clears the optional objects.
    doc.retain(|_, v| !v.is_null());
    normalize(doc)
}

/// An API after a valid patch: the body's keys replace the stored ones (`subject_type_authorization` merges
/// per subject).
pub fn apply_patch(current: &Map<String, Value>, body: &Value) -> Map<String, Value> {
    let mut doc = current.clone();
    if let Some(obj) = body.as_object() {
        for (k, v) in obj {
            if k == "subject_type_authorization"
                && let (Some(Value::Object(old)), Value::Object(new)) = (doc.get(k), v)
            {
                let mut merged = old.clone();
                for (s, p) in new {
                    merged.insert(s.clone(), p.clone());
                }
                doc.insert(k.clone(), Value::Object(merged));
                continue;
            }
            doc.insert(k.clone(), v.clone());
        }
    }
    finish(doc)
}

/// The id of the system Management API (stable for a tenant).
pub const SYSTEM_API_ID: &str = "000000000000000000000001";

/// The Management API as `/resource-servers` shows it: `is_system: true`, every scope the emulator knows.
pub fn system_api(base_url: &str) -> Value {
    let scopes: Vec<Value> = crate::ALL_SCOPES
        .iter()
        .map(|s| json!({"value": s, "description": scope_description(s)}))
        .collect();
    json!({
        "id": SYSTEM_API_ID,
        "name": "Auth0 Management API",
        "identifier": format!("{base_url}/api/v2/"),
        "allow_offline_access": false,
        "skip_consent_for_verifiable_first_party_clients": false,
        "token_lifetime": DEFAULT_TOKEN_LIFETIME,
        "token_lifetime_for_web": DEFAULT_TOKEN_LIFETIME_FOR_WEB,
        "signing_alg": "RS256",
        "scopes": scopes,
        "is_system": true,
    })
}

/// `read:users` → `Read Users`, as the Management API's own scope descriptions read.
fn scope_description(scope: &str) -> String {
    let (verb, noun) = scope.split_once(':').unwrap_or((scope, ""));
    let cap = |w: &str| {
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    };
    std::iter::once(verb)
        .chain(noun.split('_'))
        .filter(|w| !w.is_empty())
        .map(cap)
        .collect::<Vec<_>>()
        .join(" ")
}

/// An API of the config file as stored: `existing` keeps its id (and what the config does not set).
pub fn from_config(
    cfg: &ApiConfig,
    existing: Option<&Map<String, Value>>,
    unix_secs: i64,
) -> Map<String, Value> {
    let mut body = Map::new();
    if let Some(n) = &cfg.name {
        body.insert("name".into(), json!(n));
    }
    let scopes: Vec<Value> = cfg
        .scopes
        .iter()
        .map(|s| match s.description() {
            Some(d) => json!({"value": s.value(), "description": d}),
            None => json!({"value": s.value()}),
        })
        .collect();
    body.insert("scopes".into(), Value::Array(scopes));
    if let Some(b) = cfg.enforce_policies {
        body.insert("enforce_policies".into(), json!(b));
    }
    if let Some(d) = &cfg.token_dialect {
        body.insert("token_dialect".into(), json!(d));
    }
    if let Some(t) = cfg.token_lifetime {
        body.insert("token_lifetime".into(), json!(t));
    }
    if let Some(b) = cfg.allow_offline_access {
        body.insert("allow_offline_access".into(), json!(b));
    }
    if let Some(b) = cfg.skip_consent_for_verifiable_first_party_clients {
        body.insert(
            "skip_consent_for_verifiable_first_party_clients".into(),
            json!(b),
        );
    }
    if let Some(a) = &cfg.signing_alg {
        body.insert("signing_alg".into(), json!(a));
    }
    let body = Value::Object(body);
    match existing {
        Some(doc) => apply_patch(doc, &body),
        None => {
            let mut b = body;
            b["identifier"] = json!(cfg.identifier);
            new_doc(&b, unix_secs)
        }
    }
}

/// Checks a config API with the create rules; the message names the API.
pub fn validate_config(cfg: &ApiConfig) -> Result<(), String> {
    let doc = from_config(cfg, None, 0);
    let mut body = doc.clone();
    body.remove("id");
    validate_create(&Value::Object(body))
        .map_err(|e| format!("API {:?} in the config file: {}", cfg.identifier, e.message))
}

/// The scope values an API defines.
pub fn scope_values(doc: &Value) -> Vec<String> {
    doc.get("scopes")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|s| s.get("value").and_then(Value::as_str))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Whether RBAC is on (`enforce_policies`).
pub fn rbac_enabled(doc: &Value) -> bool {
    doc.get("enforce_policies").and_then(Value::as_bool) == Some(true)
}

/// The token dialect (default `access_token`).
pub fn token_dialect(doc: &Value) -> &str {
    doc.get("token_dialect")
        .and_then(Value::as_str)
        .unwrap_or("access_token")
}

/// Access-token lifetime in seconds.
pub fn token_lifetime(doc: &Value) -> i64 {
    doc.get("token_lifetime")
        .and_then(Value::as_i64)
        .unwrap_or(DEFAULT_TOKEN_LIFETIME)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_key_order_follow_the_recorded_create() {
        let doc = new_doc(&json!({"identifier": "https://api.example"}), 0);
        let keys: Vec<&str> = doc.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "id",
                "identifier",
                "allow_offline_access",
                "skip_consent_for_verifiable_first_party_clients",
                "subject_type_authorization",
                "token_lifetime",
                "token_lifetime_for_web",
                "signing_alg"
            ]
        );
    }

    #[test]
    fn errors_are_worded_as_auth0() {
        assert_eq!(
            validate_create(&json!({"name": "x"})).unwrap_err().message,
            "Payload validation error: 'Missing required property: identifier'."
        );
        assert_eq!(
            validate_patch(&json!({"identifier": "x"}))
                .unwrap_err()
                .message,
            "Payload validation error: 'Additional properties not allowed: identifier'."
        );
        assert!(
            validate_create(&json!({"identifier": "a", "token_dialect": "jwt"}))
                .unwrap_err()
                .message
                .contains("No enum match for: \"jwt\"")
        );
        assert_eq!(
            validate_create(&json!({"identifier": "a", "scopes": [{"value": ""}]}))
                .unwrap_err()
                .message,
            "Payload validation error: 'String is too short (0 chars), minimum 1' on property scopes[0].value (Value of this scope.)."
        );
    }

    #[test]
    fn management_scopes_get_readable_descriptions() {
        assert_eq!(scope_description("read:users"), "Read Users");
        assert_eq!(
            scope_description("update:users_app_metadata"),
            "Update Users App Metadata"
        );
    }
}

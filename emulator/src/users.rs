//! The Management API's rules for user objects, free of HTTP and SQL: validating create and patch bodies,
//! server-filled defaults, one-level metadata merge, `fields`/`include_fields` projection, password policy,
//! and [`seed_users`] (bulk-import-format users inserted at start-up).
//!
//! Error texts follow Auth0 (see `docs` in `emulator/README.md`, section "Management API"): schema errors read
//! `Payload validation error: '<detail>' on property <name> (<description>).` as Auth0's z-schema validator
//! words them.

use md5::{Digest, Md5};
use serde_json::{Map, Value, json};

use crate::store::connections::ConnectionRow;
use crate::store::users::NewUser;
use crate::store::{Store, StoreError};

/// A rule was broken: the HTTP layer renders it as Auth0's `{statusCode, error, message, errorCode}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    pub status: u16,
    pub message: String,
    pub error_code: Option<&'static str>,
}

impl RuleError {
    fn bad(message: impl Into<String>, code: &'static str) -> Self {
        RuleError {
            status: 400,
            message: message.into(),
            error_code: Some(code),
        }
    }

    /// 400 `invalid_body` with the whole message.
    pub fn invalid_body(message: impl Into<String>) -> Self {
        Self::bad(message, "invalid_body")
    }

    fn on_property(detail: &str, prop: &str, desc: &str) -> Self {
        Self::invalid_body(format!(
            "Payload validation error: '{detail}' on property {prop} ({desc})."
        ))
    }

    fn root(detail: &str) -> Self {
        Self::invalid_body(format!("Payload validation error: '{detail}'."))
    }

    /// 400 `PasswordStrengthError: Password is too weak`.
    pub fn weak_password() -> Self {
        Self::bad(
            "PasswordStrengthError: Password is too weak",
            "invalid_password",
        )
    }

    /// 409 `The user already exists.`
    pub fn conflict() -> Self {
        RuleError {
            status: 409,
            message: "The user already exists.".into(),
            error_code: Some("auth0_idp_error"),
        }
    }

    /// 400 for a connection name that is not in this tenant.
    pub fn inexistent_connection() -> Self {
        Self::bad("The connection does not exist.", "inexistent_connection")
    }
}

#[derive(Clone, Copy)]
enum Kind {
    /// A string with length bounds, an optional format, and whether `null` is accepted (PATCH).
    Str {
        min: usize,
        max: Option<usize>,
        format: Format,
    },
    Bool,
    Object,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    None,
    Email,
    Phone,
    StrictUri,
    NoWhitespace,
}

struct Prop {
    name: &'static str,
    kind: Kind,
    desc: &'static str,
}

const fn s(
    name: &'static str,
    min: usize,
    max: Option<usize>,
    format: Format,
    desc: &'static str,
) -> Prop {
    Prop {
        name,
        kind: Kind::Str { min, max, format },
        desc,
    }
}

const fn b(name: &'static str, desc: &'static str) -> Prop {
    Prop {
        name,
        kind: Kind::Bool,
        desc,
    }
}

const fn o(name: &'static str, desc: &'static str) -> Prop {
    Prop {
        name,
        kind: Kind::Object,
        desc,
    }
}

/// `CreateUserRequestContent` (additionalProperties: false), descriptions as the OAS words them.
const CREATE_PROPS: &[Prop] = &[
    s("email", 0, None, Format::Email, "The user's email"),
    s(
        "phone_number",
        0,
        None,
        Format::Phone,
        "The user's phone number (following the E.164 recommendation)",
    ),
    o(
        "user_metadata",
        "Data related to the user that does not affect the application's core functionality",
    ),
    b(
        "blocked",
        "Whether this user was blocked by an administrator (true) or not (false)",
    ),
    b(
        "email_verified",
        "Whether this email address is verified (true) or unverified (false). User will receive a verification email after creation if `email_verified` is false or not specified",
    ),
    b(
        "phone_verified",
        "Whether this phone number has been verified (true) or not (false)",
    ),
    o(
        "app_metadata",
        "Data related to the user that does affect the application's core functionality",
    ),
    s(
        "given_name",
        1,
        Some(150),
        Format::None,
        "The user's given name(s)",
    ),
    s(
        "family_name",
        1,
        Some(150),
        Format::None,
        "The user's family name(s)",
    ),
    s("name", 1, Some(300), Format::None, "The user's full name"),
    s(
        "nickname",
        1,
        Some(300),
        Format::None,
        "The user's nickname",
    ),
    s(
        "picture",
        0,
        None,
        Format::StrictUri,
        "A URI pointing to the user's picture",
    ),
    s(
        "user_id",
        0,
        Some(255),
        Format::NoWhitespace,
        "The external user's id provided by the identity provider",
    ),
    s(
        "connection",
        1,
        None,
        Format::None,
        "Name of the connection this user should be created in",
    ),
    s(
        "password",
        1,
        None,
        Format::None,
        "Initial password for this user. Only valid for auth0 connection strategy",
    ),
    b(
        "verify_email",
        "Whether the user will receive a verification email after creation (true) or no email (false). Overrides behavior of `email_verified` parameter",
    ),
    s(
        "username",
        1,
        Some(128),
        Format::None,
        "The user's username. Only valid if the connection requires a username",
    ),
];

/// `UpdateUserRequestContent`; the string attributes also accept `null` (unset).
const PATCH_PROPS: &[Prop] = &[
    b(
        "blocked",
        "Whether this user was blocked by an administrator (true) or not (false)",
    ),
    b(
        "email_verified",
        "Whether this email address is verified (true) or unverified (false). If set to false the user will not receive a verification email unless `verify_email` is set to true",
    ),
    s(
        "email",
        0,
        None,
        Format::Email,
        "Email address of this user",
    ),
    s(
        "phone_number",
        0,
        None,
        Format::Phone,
        "The user's phone number (following the E.164 recommendation)",
    ),
    b(
        "phone_verified",
        "Whether this phone number has been verified (true) or not (false)",
    ),
    o(
        "user_metadata",
        "User metadata to which this user has read/write access",
    ),
    o(
        "app_metadata",
        "User metadata to which this user has read-only access",
    ),
    s(
        "given_name",
        1,
        Some(150),
        Format::None,
        "Given name/first name/forename of this user",
    ),
    s(
        "family_name",
        1,
        Some(150),
        Format::None,
        "Family name/last name/surname of this user",
    ),
    s("name", 1, Some(300), Format::None, "Name of this user"),
    s(
        "nickname",
        1,
        Some(300),
        Format::None,
        "Preferred nickname or alias of this user",
    ),
    s(
        "picture",
        0,
        None,
        Format::StrictUri,
        "URL to picture, photo, or avatar of this user",
    ),
    b(
        "verify_email",
        "Whether this user will receive a verification email after creation (true) or no email (false). Overrides behavior of `email_verified` parameter",
    ),
    b(
        "verify_phone_number",
        "Whether this user will receive a text after changing the phone number (true) or no text (false). Only valid when changing phone number for SMS connections",
    ),
    s(
        "password",
        1,
        None,
        Format::None,
        "New password for this user. Only valid for database connections",
    ),
    s(
        "connection",
        1,
        None,
        Format::None,
        "Name of the connection to target for this user update",
    ),
    s(
        "client_id",
        1,
        None,
        Format::None,
        "Auth0 client ID. Only valid when updating email address",
    ),
    s(
        "username",
        1,
        Some(128),
        Format::None,
        "The user's username. Only valid if the connection requires a username",
    ),
];

/// Root attributes that PATCH may unset with `null`.
const NULLABLE_ON_PATCH: &[&str] = &[
    "email",
    "phone_number",
    "given_name",
    "family_name",
    "name",
    "nickname",
    "picture",
    "password",
    "username",
];

/// Root attributes an upstream identity provider owns when `set_user_root_attributes` is `on_each_login`.
const UPSTREAM_ROOT_ATTRIBUTES: &[&str] =
    &["family_name", "given_name", "name", "nickname", "picture"];

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// A pragmatic `format: email` check: one `@`, a non-empty local part, a dotted domain, no whitespace.
pub fn is_email(v: &str) -> bool {
    let Some((local, domain)) = v.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && !local.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !v.chars().any(|c| c.is_whitespace() || c.is_control())
        && v.len() <= 320
}

/// `^\+[0-9]{1,15}$`.
pub fn is_phone(v: &str) -> bool {
    let Some(digits) = v.strip_prefix('+') else {
        return false;
    };
    (1..=15).contains(&digits.len()) && digits.bytes().all(|c| c.is_ascii_digit())
}

/// `format: strict-uri`: an absolute http(s) URL with a host.
pub fn is_strict_uri(v: &str) -> bool {
    match url::Url::parse(v) {
        Ok(u) => {
            matches!(u.scheme(), "http" | "https") && u.host_str().is_some_and(|h| !h.is_empty())
        }
        Err(_) => false,
    }
}

fn check_prop(p: &Prop, v: &Value, nullable: bool) -> Result<(), RuleError> {
    let err = |detail: String| RuleError::on_property(&detail, p.name, p.desc);
    match p.kind {
        Kind::Bool => match v {
            Value::Bool(_) => Ok(()),
            other => Err(err(format!(
                "Expected type boolean but found type {}",
                type_name(other)
            ))),
        },
        Kind::Object => match v {
            Value::Object(_) => Ok(()),
            Value::Null if nullable => Ok(()),
            other => Err(err(format!(
                "Expected type object but found type {}",
                type_name(other)
            ))),
        },
        Kind::Str { min, max, format } => {
            let s = match v {
                Value::String(s) => s,
                Value::Null if nullable && NULLABLE_ON_PATCH.contains(&p.name) => return Ok(()),
                other => {
                    return Err(err(format!(
                        "Expected type string but found type {}",
                        type_name(other)
                    )));
                }
            };
            let n = s.chars().count();
            if n < min {
                return Err(err(format!(
                    "String is too short ({n} chars), minimum {min}"
                )));
            }
            if let Some(max) = max
                && n > max
            {
                return Err(err(format!(
                    "String is too long ({n} chars), maximum {max}"
                )));
            }
            match format {
                Format::None => Ok(()),
                Format::Email if is_email(s) => Ok(()),
                Format::Email => Err(err(format!(
                    "Object didn't pass validation for format email: {s}"
                ))),
                Format::Phone if is_phone(s) => Ok(()),
                Format::Phone => Err(err(format!(
                    "String does not match pattern ^\\+[0-9]{{1,15}}$: {s}"
                ))),
                Format::StrictUri if is_strict_uri(s) => Ok(()),
                Format::StrictUri => Err(err(format!(
                    "Object didn't pass validation for format strict-uri: {s}"
                ))),
                Format::NoWhitespace if !s.chars().any(char::is_whitespace) => Ok(()),
                Format::NoWhitespace => {
                    Err(err(format!("String does not match pattern ^\\S*$: {s}")))
                }
            }
        }
    }
}

fn check_schema(body: &Value, props: &[Prop], nullable: bool) -> Result<(), RuleError> {
    let obj = match body {
        Value::Object(o) => o,
        other => {
            return Err(RuleError::root(&format!(
                "Expected type object but found type {}",
                type_name(other)
            )));
        }
    };
    let unknown: Vec<&str> = obj
        .keys()
        .filter(|k| !props.iter().any(|p| p.name == k.as_str()))
        .map(String::as_str)
        .collect();
    if !unknown.is_empty() {
        return Err(RuleError::root(&format!(
            "Additional properties not allowed: {}",
            unknown.join(",")
        )));
    }
    for p in props {
        if let Some(v) = obj.get(p.name) {
            check_prop(p, v, nullable)?;
        }
    }
    Ok(())
}

/// The password policy of a database connection (`options.passwordPolicy` and
/// `options.password_complexity_options.min_length`), as Auth0's password-sheriff presets define them:
/// none ≥1 char; low ≥6; fair ≥8 with lower, upper and digits; good ≥8 with three of lower/upper/digit/special;
/// excellent ≥10, three of the four, and no character repeated more than twice in a row.
pub fn password_is_strong(connection_options: &Value, password: &str) -> bool {
    let policy = connection_options
        .get("passwordPolicy")
        .and_then(Value::as_str)
        .unwrap_or("none");
    let (base_min, kinds_needed, all_three, no_repeat) = match policy {
        "low" => (6, 0, false, false),
        "fair" => (8, 0, true, false),
        "good" => (8, 3, false, false),
        "excellent" => (10, 3, false, true),
        _ => (1, 0, false, false),
    };
    let min = connection_options
        .pointer("/password_complexity_options/min_length")
        .and_then(Value::as_u64)
        .map_or(base_min, |m| m as usize);
    if password.chars().count() < min.max(1) {
        return false;
    }
    let lower = password.chars().any(|c| c.is_lowercase());
    let upper = password.chars().any(|c| c.is_uppercase());
    let digit = password.chars().any(|c| c.is_ascii_digit());
    let special = password
        .chars()
        .any(|c| !c.is_alphanumeric() && !c.is_whitespace());
    if all_three && !(lower && upper && digit) {
        return false;
    }
    let kinds = [lower, upper, digit, special]
        .iter()
        .filter(|k| **k)
        .count();
    if kinds < kinds_needed {
        return false;
    }
    if no_repeat {
        let chars: Vec<char> = password.chars().collect();
        if chars.windows(3).any(|w| w[0] == w[1] && w[1] == w[2]) {
            return false;
        }
    }
    true
}

/// How a connection may hold users.
pub fn is_database(c: &ConnectionRow) -> bool {
    c.strategy == "auth0"
}

/// Passwordless connections (`email`, `sms`).
pub fn is_passwordless(c: &ConnectionRow) -> bool {
    matches!(c.strategy.as_str(), "email" | "sms")
}

fn requires_username(c: &ConnectionRow) -> bool {
    c.options()
        .get("requires_username")
        .and_then(Value::as_bool)
        .unwrap_or(false)
}

/// The id prefix (`provider`) of users of a connection: `auth0`, `email`, `sms`, or the strategy.
pub fn provider_of(c: &ConnectionRow) -> &str {
    c.strategy.as_str()
}

/// `auth0|` + 24 hex digits whose first 8 are the creation time in Unix seconds (an ObjectId look-alike).
pub fn new_object_id(unix_secs: i64) -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    let tail: u64 = rng.random();
    format!("{:08x}{:016x}", unix_secs as u32, tail)
}

/// Gravatar URL as Auth0 defaults `picture`: md5 of the lower-cased email, initials avatar fallback.
pub fn default_picture(host: &str, email: Option<&str>, name: &str) -> String {
    let email = email.unwrap_or("").trim().to_lowercase();
    let hash = hex::encode(Md5::digest(email.as_bytes()));
    let initials: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .take(2)
        .collect::<String>()
        .to_lowercase();
    let initials = if initials.is_empty() {
        "a".to_string()
    } else {
        initials
    };
    format!(
        "https://{host}/avatar/{hash}?s=480&r=pg&d=https%3A%2F%2Fcdn.auth0.com%2Favatars%2F{initials}.png"
    )
}

/// Orders a user's keys as Auth0 sends them: alphabetical, `app_metadata` last.
pub fn normalize(doc: Map<String, Value>) -> Map<String, Value> {
    let mut keys: Vec<String> = doc.keys().cloned().collect();
    keys.sort();
    if let Some(i) = keys.iter().position(|k| k == "app_metadata") {
        let k = keys.remove(i);
        keys.push(k);
    }
    let mut doc = doc;
    let mut out = Map::new();
    for k in keys {
        if let Some(v) = doc.remove(&k) {
            out.insert(k, v);
        }
    }
    out
}

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
            json!(default_picture("s.gravatar.com", email.as_deref(), &basis)),
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

/// Parsed `fields` + `include_fields`.
#[derive(Debug, Clone, Default)]
pub struct Projection {
    pub fields: Vec<String>,
    pub include: bool,
}

impl Projection {
    /// From the raw query values (`fields` comma-separated; `include_fields` defaults to true).
    pub fn parse(fields: Option<&str>, include_fields: Option<bool>) -> Projection {
        let fields: Vec<String> = fields
            .unwrap_or("")
            .split(',')
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .map(str::to_string)
            .collect();
        Projection {
            fields,
            include: include_fields.unwrap_or(true),
        }
    }

    /// Nothing to do: the stored document is the answer.
    pub fn is_identity(&self) -> bool {
        self.fields.is_empty()
    }

    /// Keeps (or drops) the listed top-level keys, preserving the document's order.
    pub fn apply(&self, doc: Map<String, Value>) -> Map<String, Value> {
        if self.is_identity() {
            return doc;
        }
        doc.into_iter()
            .filter(|(k, _)| self.fields.iter().any(|f| f == k) == self.include)
            .collect()
    }
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
    fn good_policy_needs_eight_chars_and_three_kinds() {
        let o = db_conn().doc["options"].clone();
        assert!(!password_is_strong(&o, "Ab1!"));
        assert!(!password_is_strong(&o, "abcdefgh1"));
        assert!(password_is_strong(&o, "Abcdefg1"));
        assert!(password_is_strong(&o, "abcdef1!"));
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

    #[test]
    fn projection_keeps_or_drops() {
        let doc = json!({"a": 1, "b": 2, "c": 3}).as_object().unwrap().clone();
        let p = Projection::parse(Some("a,c"), None);
        assert_eq!(Value::Object(p.apply(doc.clone())), json!({"a": 1, "c": 3}));
        let p = Projection::parse(Some("a"), Some(false));
        assert_eq!(Value::Object(p.apply(doc)), json!({"b": 2, "c": 3}));
    }
}

//! The rules of a bulk-import file, free of SQL and HTTP.
//!
//! - [`validate_user`]: one user against the embedded import schema plus Auth0's extra checks, with Auth0-style
//!   errors `{code, message, path}`. The `a0` CLI calls it to check files before uploading them.
//! - [`DuplicateTracker`]: the same email, username or user_id twice in one file.
//! - [`plan`]: what to do with a valid user given the existing users it matches (insert, upsert or fail).
//! - [`redact`]: the user as `/jobs/{id}/errors` echoes it, hashes replaced by `*****`.
//!
//! Error codes are those Auth0 lists for import jobs (`INVALID_TYPE`, `INVALID_FORMAT`, `PATTERN`,
//! `ENUM_MISMATCH`, `OBJECT_REQUIRED`, `ARRAY_LENGTH_SHORT`, `ARRAY_LENGTH_LONG`, `DUPLICATED_USER`, `CONFLICT`,
//! `CONFLICT_EMAIL`, `CONFLICT_USERNAME`, `NOT_PASSED`, …) plus `OBJECT_ADDITIONAL_PROPERTIES` and
//! `OBJECT_PROPERTIES_MAXIMUM` (z-schema's names, which Auth0's validator uses). Paths use Auth0's notation:
//! `custom_password_hash.hash.encoding`, `mfa_factors[0].totp.secret`.

use std::collections::HashSet;
use std::sync::LazyLock;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use crate::passwords::{self, BcryptCost};
use crate::users::{Initials, gravatar, new_object_id};

/// The import user schema (a copy of Auth0's, see `emulator/schemas/`).
pub const USER_SCHEMA: &str = include_str!("../../schemas/bulk-user-import-user.schema.json");

/// Keys that `app_metadata` must not contain.
pub const RESERVED_APP_METADATA: &[&str] = &[
    "__tenant",
    "_id",
    "blocked",
    "clientID",
    "created_at",
    "email_verified",
    "email",
    "globalClientID",
    "global_client_id",
    "identities",
    "lastIP",
    "lastLogin",
    "loginsCount",
    "metadata",
    "multifactor_last_modified",
    "multifactor",
    "updated_at",
    "user_id",
];

/// The fields an upsert may change; everything else in the file is ignored for an existing user.
pub const UPSERT_FIELDS: &[&str] = &[
    "app_metadata",
    "email_verified",
    "family_name",
    "given_name",
    "name",
    "nickname",
    "picture",
    "user_metadata",
];

/// The pattern Auth0 checks `password_hash` against (bcrypt, cost 10).
pub const PASSWORD_HASH_PATTERN: &str = passwords::AUTH0_BCRYPT_PATTERN;

/// One problem with one user, as `/jobs/{id}/errors` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportError {
    pub code: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

impl ImportError {
    pub fn new(code: &str, message: impl Into<String>, path: Option<String>) -> Self {
        ImportError {
            code: code.to_owned(),
            message: message.into(),
            path,
        }
    }

    /// The message without Auth0's `Error in <path> property - ` prefix (for `path: detail` reports).
    pub fn detail(&self) -> &str {
        match &self.path {
            Some(p) => self
                .message
                .strip_prefix(&format!("Error in {p} property - "))
                .unwrap_or(&self.message),
            None => &self.message,
        }
    }

    /// An error about the property at `path`: message `Error in <path> property - <detail>`.
    fn at(code: &str, path: &str, detail: impl std::fmt::Display) -> Self {
        if path.is_empty() {
            Self::new(code, detail.to_string(), None)
        } else {
            Self::new(
                code,
                format!("Error in {path} property - {detail}"),
                Some(path.to_owned()),
            )
        }
    }
}

static VALIDATOR: LazyLock<Result<jsonschema::Validator, String>> = LazyLock::new(|| {
    let schema: Value = serde_json::from_str(USER_SCHEMA).map_err(|e| e.to_string())?;
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .map_err(|e| e.to_string())
});

/// Every problem with one user of an import file: the JSON schema, the `password_hash` pattern, `password_hash`
/// and `custom_password_hash` together, the per-algorithm rules of `custom_password_hash`, and reserved
/// `app_metadata` keys. Empty when the user is valid. Pure: no store, no network.
pub fn validate_user(user: &Value) -> Vec<ImportError> {
    validate_user_with(user, BcryptCost::Auth0)
}

/// [`validate_user`] with the bcrypt costs `password_hash` may have: Auth0's import takes cost 10 only, seeding
/// ([`super::seed`]) any cost.
pub fn validate_user_with(user: &Value, bcrypt: BcryptCost) -> Vec<ImportError> {
    let mut out = Vec::new();
    match &*VALIDATOR {
        Ok(v) => {
            for e in v.iter_errors(user) {
                schema_error(&e, &mut out);
            }
        }
        Err(e) => out.push(ImportError::new(
            "NOT_PASSED",
            format!("import schema unusable: {e}"),
            None,
        )),
    }
    let Some(obj) = user.as_object() else {
        return out;
    };
    if let Some(Value::String(h)) = obj.get("password_hash")
        && !passwords::is_bcrypt_hash(h, bcrypt)
    {
        out.push(ImportError::at(
            "PATTERN",
            "password_hash",
            format!("String does not match pattern {}", bcrypt.pattern()),
        ));
    }
    if obj.contains_key("password_hash") && obj.contains_key("custom_password_hash") {
        out.push(ImportError::at(
            "CONFLICT",
            "custom_password_hash",
            "password_hash and custom_password_hash are mutually exclusive",
        ));
    }
    if let Some(spec @ Value::Object(_)) = obj.get("custom_password_hash") {
        for (path, msg) in passwords::check_custom_hash(spec) {
            out.push(ImportError::at("NOT_PASSED", &path, msg));
        }
    }
    if let Some(Value::Object(meta)) = obj.get("app_metadata") {
        for key in RESERVED_APP_METADATA {
            if meta.contains_key(*key) {
                out.push(ImportError::at(
                    "NOT_PASSED",
                    &format!("app_metadata.{key}"),
                    format!("{key} is a reserved attribute and cannot be set in app_metadata"),
                ));
            }
        }
    }
    out
}

/// A JSON pointer (`/mfa_factors/0/totp`) in Auth0's notation (`mfa_factors[0].totp`).
fn auth0_path(pointer: &str) -> String {
    let mut out = String::new();
    for seg in pointer.split('/').skip(1) {
        let seg = seg.replace("~1", "/").replace("~0", "~");
        if !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()) {
            out.push('[');
            out.push_str(&seg);
            out.push(']');
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&seg);
        }
    }
    out
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn shown(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn schema_error(e: &jsonschema::ValidationError<'_>, out: &mut Vec<ImportError>) {
    let path = auth0_path(e.instance_path().as_str());
    let inst: &Value = e.instance();
    let len = |v: &Value| match v {
        Value::Array(a) => a.len(),
        Value::Object(o) => o.len(),
        Value::String(s) => s.chars().count(),
        _ => 0,
    };
    let err = match e.kind() {
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(t) => t.to_string(),
                TypeKind::Multiple(ts) => ts
                    .iter()
                    .map(|t| t.to_string())
                    .collect::<Vec<_>>()
                    .join(","),
            };
            ImportError::at(
                "INVALID_TYPE",
                &path,
                format!(
                    "Expected type {expected} but found type {}",
                    crate::users::type_name(inst)
                ),
            )
        }
        ValidationErrorKind::Format { format } => ImportError::at(
            "INVALID_FORMAT",
            &path,
            format!(
                "Object didn't pass validation for format {format}: {}",
                shown(inst)
            ),
        ),
        ValidationErrorKind::Pattern { pattern } => ImportError::at(
            "PATTERN",
            &path,
            format!("String does not match pattern {pattern}: {}", shown(inst)),
        ),
        ValidationErrorKind::Enum { .. } => {
            ImportError::at("ENUM_MISMATCH", &path, format!("No enum match for: {inst}"))
        }
        ValidationErrorKind::Required { property } => {
            let prop = shown(property);
            ImportError::new(
                "OBJECT_REQUIRED",
                format!("Missing required property: {prop}"),
                Some(join(&path, &prop)),
            )
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            for name in unexpected {
                out.push(ImportError::new(
                    "OBJECT_ADDITIONAL_PROPERTIES",
                    format!("Additional properties not allowed: {name}"),
                    Some(join(&path, name)),
                ));
            }
            return;
        }
        ValidationErrorKind::MinItems { limit } => ImportError::at(
            "ARRAY_LENGTH_SHORT",
            &path,
            format!("Array is too short ({}), minimum {limit}", len(inst)),
        ),
        ValidationErrorKind::MaxItems { limit } => ImportError::at(
            "ARRAY_LENGTH_LONG",
            &path,
            format!("Array is too long ({}), maximum {limit}", len(inst)),
        ),
        ValidationErrorKind::MaxProperties { limit } => ImportError::at(
            "OBJECT_PROPERTIES_MAXIMUM",
            &path,
            format!(
                "Too many properties defined ({}), maximum {limit}",
                len(inst)
            ),
        ),
        ValidationErrorKind::MinLength { limit } => ImportError::at(
            "MIN_LENGTH",
            &path,
            format!("String is too short ({} chars), minimum {limit}", len(inst)),
        ),
        ValidationErrorKind::MaxLength { limit } => ImportError::at(
            "MAX_LENGTH",
            &path,
            format!("String is too long ({} chars), maximum {limit}", len(inst)),
        ),
        ValidationErrorKind::Minimum { limit } => ImportError::at(
            "MINIMUM",
            &path,
            format!("Value {inst} is less than minimum {limit}"),
        ),
        ValidationErrorKind::Maximum { limit } => ImportError::at(
            "MAXIMUM",
            &path,
            format!("Value {inst} is greater than maximum {limit}"),
        ),
        _ => ImportError::at("NOT_PASSED", &path, e.to_string()),
    };
    out.push(err);
}

/// Remembers the emails, usernames and user_ids already seen in one file.
#[derive(Debug, Default)]
pub struct DuplicateTracker {
    emails: HashSet<String>,
    usernames: HashSet<String>,
    ids: HashSet<String>,
}

impl DuplicateTracker {
    /// `DUPLICATED_USER` when `user` repeats an email (case-insensitive), username (case-insensitive) or user_id
    /// of an earlier user that was accepted; otherwise records `user`'s keys and answers `None`.
    pub fn check(&mut self, user: &Value) -> Option<ImportError> {
        let email = str_field(user, "email").map(str::to_lowercase);
        let username = str_field(user, "username").map(str::to_lowercase);
        let id = str_field(user, "user_id").map(str::to_owned);
        let which = if email.as_ref().is_some_and(|e| self.emails.contains(e)) {
            Some("email")
        } else if username
            .as_ref()
            .is_some_and(|u| self.usernames.contains(u))
        {
            Some("username")
        } else if id.as_ref().is_some_and(|i| self.ids.contains(i)) {
            Some("user_id")
        } else {
            None
        };
        if let Some(which) = which {
            return Some(ImportError::new(
                "DUPLICATED_USER",
                format!("A user with this {which} was already provided."),
                None,
            ));
        }
        self.emails.extend(email);
        self.usernames.extend(username);
        self.ids.extend(id);
        None
    }
}

fn str_field<'a>(user: &'a Value, key: &str) -> Option<&'a str> {
    user.get(key).and_then(Value::as_str)
}

/// The file user with password hashes replaced by `*****`, as the errors endpoint echoes it.
pub fn redact(user: &Value) -> Value {
    let mut user = user.clone();
    if let Some(obj) = user.as_object_mut() {
        if obj.contains_key("password_hash") {
            obj.insert("password_hash".into(), json!("*****"));
        }
        if let Some(Value::Object(custom)) = obj.get_mut("custom_password_hash") {
            if let Some(Value::Object(hash)) = custom.get_mut("hash") {
                if hash.contains_key("value") {
                    hash.insert("value".into(), json!("*****"));
                }
                if let Some(Value::Object(key)) = hash.get_mut("key")
                    && key.contains_key("value")
                {
                    key.insert("value".into(), json!("*****"));
                }
            }
            if let Some(Value::Object(salt)) = custom.get_mut("salt")
                && salt.contains_key("value")
            {
                salt.insert("value".into(), json!("*****"));
            }
        }
    }
    user
}

/// An existing user of the target connection that an imported user matches.
#[derive(Debug, Clone)]
pub struct Existing {
    pub user_id: String,
    pub doc: Value,
    /// What `users.password_hash` holds (bcrypt, or a custom hash as JSON).
    pub password_hash: Option<String>,
}

/// The existing users an imported user matches, looked up by the store in the target connection.
#[derive(Debug, Clone, Default)]
pub struct Matches {
    /// By full user_id (`auth0|` + the file's `user_id`).
    pub by_id: Option<Existing>,
    /// By email, case-insensitive.
    pub by_email: Option<Existing>,
    /// By username, case-insensitive.
    pub by_username: Option<Existing>,
}

/// What the worker does with one valid user.
#[derive(Debug, Clone, PartialEq)]
pub enum Plan {
    Insert {
        doc: Value,
        password_hash: Option<String>,
    },
    Update {
        user_id: String,
        doc: Value,
        /// `Some`: replace the stored hash (upsert of `custom_password_hash`).
        password_hash: Option<String>,
    },
    Fail(ImportError),
}

/// The context a new user needs: the connection name, the strategy prefix and the time.
#[derive(Debug, Clone)]
pub struct Target<'a> {
    pub connection: &'a str,
    /// `auth0` for database connections.
    pub provider: &'a str,
    /// `now_iso()` of this user's transaction.
    pub now: &'a str,
}

/// The full user_id a file user gets: `<provider>|<user_id>` (a `user_id` that already has that prefix, as in
/// an export of another tenant, keeps it rather than doubling it). `None` when the file has no user_id.
pub fn full_user_id(user: &Value, provider: &str) -> Option<String> {
    let id = str_field(user, "user_id")?;
    let prefix = format!("{provider}|");
    Some(if id.starts_with(&prefix) {
        id.to_owned()
    } else {
        format!("{prefix}{id}")
    })
}

/// Decides insert, upsert or failure for a valid user (see the module doc for the rules).
pub fn plan(user: &Value, matches: &Matches, upsert: bool, target: &Target<'_>) -> Plan {
    let found: Vec<&Existing> = [&matches.by_id, &matches.by_email, &matches.by_username]
        .into_iter()
        .flatten()
        .collect();
    let Some(first) = found.first() else {
        let (doc, password_hash) = new_user(user, target);
        return Plan::Insert { doc, password_hash };
    };
    if let Some(other) = found.iter().find(|e| e.user_id != first.user_id) {
        let by_email = matches
            .by_email
            .as_ref()
            .is_some_and(|e| e.user_id == other.user_id);
        return Plan::Fail(if by_email {
            ImportError::new(
                "CONFLICT_EMAIL",
                "The email is already used by another user of this connection",
                Some("email".into()),
            )
        } else {
            ImportError::new(
                "CONFLICT_USERNAME",
                "The username is already used by another user of this connection",
                Some("username".into()),
            )
        });
    }
    if !upsert {
        return Plan::Fail(ImportError::new(
            "DUPLICATED_USER",
            "The user already exist and upsert parameter is false",
            None,
        ));
    }
    let existing = *first;
    let mut password_hash = None;
    if let Some(custom) = user.get("custom_password_hash") {
        match &existing.password_hash {
            Some(h) if !passwords::is_custom(h) => {
                return Plan::Fail(ImportError::new(
                    "CONFLICT",
                    "A custom_password_hash was provided, but the user already has password hash defined.",
                    Some("custom_password_hash".into()),
                ));
            }
            _ => password_hash = Some(custom.to_string()),
        }
    }
    let mut doc = existing.doc.clone();
    if let (Some(obj), Some(src)) = (doc.as_object_mut(), user.as_object()) {
        for key in UPSERT_FIELDS {
            if let Some(v) = src.get(*key) {
                obj.insert((*key).to_owned(), v.clone());
            }
        }
        obj.insert("updated_at".into(), json!(target.now));
    }
    Plan::Update {
        user_id: existing.user_id.clone(),
        doc,
        password_hash,
    }
}

/// The Management API document of a newly imported user and its stored password hash.
pub fn new_user(user: &Value, target: &Target<'_>) -> (Value, Option<String>) {
    let src = user.as_object().cloned().unwrap_or_default();
    let email = src
        .get("email")
        .and_then(Value::as_str)
        .map(str::to_lowercase);
    let user_id = full_user_id(user, target.provider).unwrap_or_else(|| {
        let id = new_object_id(chrono::Utc::now().timestamp());
        format!("{}|{id}", target.provider)
    });
    let bare_id = user_id
        .split_once('|')
        .map(|(_, b)| b.to_owned())
        .unwrap_or_else(|| user_id.clone());
    let local = email
        .as_deref()
        .map(|e| e.split('@').next().unwrap_or(e).to_owned());
    let name = src
        .get("name")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .or_else(|| email.clone());

    let mut doc = Map::new();
    if let Some(v) = src.get("blocked") {
        doc.insert("blocked".into(), v.clone());
    }
    doc.insert("created_at".into(), json!(target.now));
    if let Some(e) = &email {
        doc.insert("email".into(), json!(e));
    }
    doc.insert(
        "email_verified".into(),
        src.get("email_verified").cloned().unwrap_or(json!(false)),
    );
    for key in ["family_name", "given_name"] {
        if let Some(v) = src.get(key) {
            doc.insert(key.into(), v.clone());
        }
    }
    doc.insert(
        "identities".into(),
        json!([{ "connection": target.connection, "user_id": bare_id, "provider": target.provider, "isSocial": false }]),
    );
    if let Some(n) = &name {
        doc.insert("name".into(), json!(n));
    }
    let nickname = src
        .get("nickname")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .or(local);
    if let Some(n) = nickname {
        doc.insert("nickname".into(), json!(n));
    }
    for key in ["phone_number", "phone_verified"] {
        if let Some(v) = src.get(key) {
            doc.insert(key.into(), v.clone());
        }
    }
    let picture = src.get("picture").cloned().unwrap_or_else(|| {
        let email = email.as_deref().unwrap_or("");
        let from = name.as_deref().unwrap_or(email);
        json!(gravatar("secure.gravatar.com", email, from, Initials::Any))
    });
    doc.insert("picture".into(), picture);
    doc.insert("updated_at".into(), json!(target.now));
    doc.insert("user_id".into(), json!(user_id));
    for key in ["user_metadata", "username", "app_metadata"] {
        if let Some(v) = src.get(key) {
            doc.insert(key.into(), v.clone());
        }
    }
    let password_hash = match (src.get("password_hash"), src.get("custom_password_hash")) {
        (Some(Value::String(h)), _) => Some(h.clone()),
        (_, Some(custom @ Value::Object(_))) => Some(custom.to_string()),
        _ => None,
    };
    (Value::Object(doc), password_hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(errs: &[ImportError]) -> Vec<(&str, Option<&str>)> {
        errs.iter()
            .map(|e| (e.code.as_str(), e.path.as_deref()))
            .collect()
    }

    const GOOD_BCRYPT: &str = "$2b$10$abcdefghijklmnopqrstuu5Vm6nXt0bCUx8Ofhb.Vq0z3/cStPgWS";

    #[test]
    fn schema_builds_and_minimal_user_is_valid() {
        assert!(VALIDATOR.is_ok());
        assert_eq!(validate_user(&json!({"email": "a@example.com"})), vec![]);
        let full = json!({"email": "a@example.com", "email_verified": true, "username": "alice",
            "given_name": "A", "family_name": "L", "name": "A L", "nickname": "al", "picture": "https://x/y.png",
            "blocked": false, "password_hash": GOOD_BCRYPT, "user_metadata": {"plan": "pro"},
            "app_metadata": {"roles": ["x"]}, "mfa_factors": [{"totp": {"secret": "JBTWY3DPEHPK3PNP"}}]});
        assert_eq!(validate_user(&full), vec![]);
    }

    #[test]
    fn schema_errors_have_auth0_codes_messages_and_paths() {
        let errs = validate_user(&json!({"email_verified": "yes", "colour": 1}));
        let mut got = codes(&errs);
        got.sort();
        assert_eq!(
            got,
            vec![
                ("INVALID_TYPE", Some("email_verified")),
                ("OBJECT_ADDITIONAL_PROPERTIES", Some("colour")),
                ("OBJECT_REQUIRED", Some("email")),
            ]
        );
        assert_eq!(errs.len(), 3);
        let t = errs.iter().find(|e| e.code == "INVALID_TYPE").unwrap();
        assert_eq!(
            t.message,
            "Error in email_verified property - Expected type boolean but found type string"
        );
        let r = errs.iter().find(|e| e.code == "OBJECT_REQUIRED").unwrap();
        assert_eq!(r.message, "Missing required property: email");
        assert_eq!(r.detail(), "Missing required property: email");
        assert_eq!(t.detail(), "Expected type boolean but found type string");
    }

    #[test]
    fn email_format_and_nested_paths() {
        let errs = validate_user(&json!({"email": "not-an-email",
            "mfa_factors": [{"totp": {"secret": "lower"}}],
            "custom_password_hash": {"algorithm": "rot13", "hash": {"value": "x"}}}));
        let f = errs.iter().find(|e| e.code == "INVALID_FORMAT").unwrap();
        assert_eq!(
            f.message,
            "Error in email property - Object didn't pass validation for format email: not-an-email"
        );
        let p = errs.iter().find(|e| e.code == "PATTERN").unwrap();
        assert_eq!(p.path.as_deref(), Some("mfa_factors[0].totp.secret"));
        let en = errs.iter().find(|e| e.code == "ENUM_MISMATCH").unwrap();
        assert_eq!(en.path.as_deref(), Some("custom_password_hash.algorithm"));
        assert_eq!(
            en.message,
            "Error in custom_password_hash.algorithm property - No enum match for: \"rot13\""
        );
    }

    #[test]
    fn password_hash_must_be_bcrypt_cost_10() {
        assert!(passwords::is_bcrypt_hash(GOOD_BCRYPT, BcryptCost::Auth0));
        assert!(passwords::is_bcrypt_hash(
            &GOOD_BCRYPT.replace("$2b$", "$2a$"),
            BcryptCost::Auth0
        ));
        assert!(!passwords::is_bcrypt_hash(
            &GOOD_BCRYPT.replace("$10$", "$04$"),
            BcryptCost::Auth0
        ));
        assert!(!passwords::is_bcrypt_hash(
            &GOOD_BCRYPT[..50],
            BcryptCost::Auth0
        ));
        let errs = validate_user(&json!({"email": "a@b.co", "password_hash": "md5:abc"}));
        assert_eq!(codes(&errs), vec![("PATTERN", Some("password_hash"))]);
        assert_eq!(
            errs[0].message,
            r"Error in password_hash property - String does not match pattern ^\$2[ab]?\$10+\$[./A-Za-z0-9]{53}$"
        );
    }

    #[test]
    fn both_hashes_and_reserved_app_metadata_fail() {
        let errs = validate_user(&json!({"email": "a@b.co", "password_hash": GOOD_BCRYPT,
            "custom_password_hash": {"algorithm": "md5", "hash": {"value": "5f4dcc3b5aa765d61d8327deb882cf99", "encoding": "hex"}},
            "app_metadata": {"email": "x", "ok": 1}}));
        assert_eq!(
            codes(&errs),
            vec![
                ("CONFLICT", Some("custom_password_hash")),
                ("NOT_PASSED", Some("app_metadata.email"))
            ]
        );
    }

    #[test]
    fn duplicates_within_a_file() {
        let mut t = DuplicateTracker::default();
        assert_eq!(
            t.check(&json!({"email": "A@x.io", "username": "ann", "user_id": "1"})),
            None
        );
        let e = t.check(&json!({"email": "a@X.io"})).unwrap();
        assert_eq!(e.code, "DUPLICATED_USER");
        assert_eq!(e.message, "A user with this email was already provided.");
        assert_eq!(
            t.check(&json!({"email": "b@x.io", "username": "ANN"}))
                .unwrap()
                .message,
            "A user with this username was already provided."
        );
        assert_eq!(
            t.check(&json!({"email": "c@x.io", "user_id": "1"}))
                .unwrap()
                .message,
            "A user with this user_id was already provided."
        );
        assert_eq!(t.check(&json!({"email": "d@x.io", "user_id": "2"})), None);
    }

    #[test]
    fn redaction_hides_every_secret() {
        let u = json!({"email": "a@b.co", "password_hash": GOOD_BCRYPT});
        assert_eq!(
            redact(&u),
            json!({"email": "a@b.co", "password_hash": "*****"})
        );
        let u = json!({"email": "a@b.co", "custom_password_hash": {"algorithm": "hmac",
            "hash": {"value": "ab", "encoding": "hex", "digest": "sha1", "key": {"value": "k"}},
            "salt": {"value": "s", "position": "suffix"}}});
        let r = redact(&u).to_string();
        assert!(!r.contains("\"ab\"") && !r.contains("\"k\"") && !r.contains("\"s\""));
        assert_eq!(r.matches("*****").count(), 3);
    }

    fn target() -> Target<'static> {
        Target {
            connection: "Username-Password-Authentication",
            provider: "auth0",
            now: "2026-11-25T10:00:00.000Z",
        }
    }

    #[test]
    fn insert_fills_defaults_like_auth0() {
        let Plan::Insert { doc, password_hash } = plan(
            &json!({"email": "Chuck.Norris@Example.com", "user_id": "abc", "password_hash": GOOD_BCRYPT}),
            &Matches::default(),
            false,
            &target(),
        ) else {
            panic!("expected insert")
        };
        assert_eq!(password_hash.as_deref(), Some(GOOD_BCRYPT));
        assert_eq!(doc["user_id"], "auth0|abc");
        assert_eq!(doc["identities"][0]["user_id"], "abc");
        assert_eq!(doc["email"], "chuck.norris@example.com");
        assert_eq!(doc["name"], "chuck.norris@example.com");
        assert_eq!(doc["nickname"], "chuck.norris");
        assert_eq!(doc["email_verified"], false);
        assert_eq!(doc["created_at"], doc["updated_at"]);
        let pic = doc["picture"].as_str().unwrap();
        assert!(pic.starts_with("https://secure.gravatar.com/avatar/"));
        use md5::{Digest, Md5};
        let h = hex::encode(Md5::digest(b"chuck.norris@example.com"));
        assert!(pic.contains(&h) && pic.ends_with("%2Fch.png"), "{pic}");
        assert!(doc.get("password_hash").is_none());
        // An id that already carries the prefix (an export of another tenant) is not doubled.
        let Plan::Insert { doc, .. } = plan(
            &json!({"email": "x@y.io", "user_id": "auth0|abc"}),
            &Matches::default(),
            false,
            &target(),
        ) else {
            panic!()
        };
        assert_eq!(doc["user_id"], "auth0|abc");
    }

    fn existing(id: &str, hash: Option<&str>) -> Existing {
        Existing {
            user_id: id.into(),
            doc: json!({"user_id": id, "email": "a@b.co", "username": "ann", "name": "Old", "blocked": false,
                "user_metadata": {"a": 1, "b": 2}, "updated_at": "2020-01-01T00:00:00.000Z"}),
            password_hash: hash.map(str::to_owned),
        }
    }

    #[test]
    fn existing_user_without_upsert_is_duplicated() {
        let m = Matches {
            by_email: Some(existing("auth0|1", None)),
            ..Default::default()
        };
        let Plan::Fail(e) = plan(&json!({"email": "a@b.co"}), &m, false, &target()) else {
            panic!()
        };
        assert_eq!(e.code, "DUPLICATED_USER");
        assert_eq!(
            e.message,
            "The user already exist and upsert parameter is false"
        );
    }

    #[test]
    fn upsert_changes_only_allowed_fields_and_replaces_metadata() {
        let m = Matches {
            by_email: Some(existing("auth0|1", Some(GOOD_BCRYPT))),
            by_username: Some(existing("auth0|1", Some(GOOD_BCRYPT))),
            ..Default::default()
        };
        let user = json!({"email": "a@b.co", "username": "ann", "name": "New", "blocked": true,
            "user_metadata": {"c": 3}, "password_hash": GOOD_BCRYPT});
        let Plan::Update {
            user_id,
            doc,
            password_hash,
        } = plan(&user, &m, true, &target())
        else {
            panic!()
        };
        assert_eq!(user_id, "auth0|1");
        assert_eq!(doc["name"], "New");
        assert_eq!(doc["blocked"], false, "blocked is not upsertable");
        assert_eq!(
            doc["user_metadata"],
            json!({"c": 3}),
            "replaced, not merged"
        );
        assert_eq!(doc["updated_at"], "2026-11-25T10:00:00.000Z");
        assert_eq!(password_hash, None);
    }

    #[test]
    fn upsert_of_custom_hash_only_over_a_custom_hash() {
        let custom = json!({"algorithm": "md5", "hash": {"value": "5f4dcc3b5aa765d61d8327deb882cf99", "encoding": "hex"}});
        let user = json!({"email": "a@b.co", "custom_password_hash": custom});
        let m = Matches {
            by_email: Some(existing("auth0|1", Some(GOOD_BCRYPT))),
            ..Default::default()
        };
        let Plan::Fail(e) = plan(&user, &m, true, &target()) else {
            panic!()
        };
        assert_eq!(e.code, "CONFLICT");
        let m = Matches {
            by_email: Some(existing("auth0|1", Some(&custom.to_string()))),
            ..Default::default()
        };
        let Plan::Update { password_hash, .. } = plan(&user, &m, true, &target()) else {
            panic!()
        };
        assert_eq!(password_hash, Some(custom.to_string()));
    }

    #[test]
    fn matching_two_different_users_conflicts() {
        let m = Matches {
            by_id: Some(existing("auth0|1", None)),
            by_email: Some(existing("auth0|2", None)),
            ..Default::default()
        };
        let Plan::Fail(e) = plan(
            &json!({"email": "a@b.co", "user_id": "1"}),
            &m,
            true,
            &target(),
        ) else {
            panic!()
        };
        assert_eq!(e.code, "CONFLICT_EMAIL");
        let m = Matches {
            by_email: Some(existing("auth0|1", None)),
            by_username: Some(existing("auth0|3", None)),
            ..Default::default()
        };
        let Plan::Fail(e) = plan(
            &json!({"email": "a@b.co", "username": "x"}),
            &m,
            true,
            &target(),
        ) else {
            panic!()
        };
        assert_eq!(e.code, "CONFLICT_USERNAME");
    }
}

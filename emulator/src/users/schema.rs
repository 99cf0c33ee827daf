//! The hand-written validator of `POST`/`PATCH /users` bodies: Auth0's `CreateUserRequestContent` and
//! `UpdateUserRequestContent` properties, with z-schema's error wording
//! (`Payload validation error: '<detail>' on property <name> (<description>).`), and the formats they use.
//!
//! Why not the `jsonschema` crate, which the import path uses for its file schema: Auth0 answers a bad
//! `/users` body with the first failing property in its own order and wording (z-schema's), naming the
//! property's description from the spec. `jsonschema` reports its errors in another order and words, so every
//! message would have to be rebuilt from its error kinds anyway; the hand-written table keeps the recorded
//! messages exact and is checked by the emulator's tests against them.

use serde_json::Value;

use super::RuleError;

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

pub(super) struct Prop {
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
pub(super) const CREATE_PROPS: &[Prop] = &[
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
pub(super) const PATCH_PROPS: &[Prop] = &[
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

/// The JSON-schema type name of a value, as validation messages spell it (`integer` for whole numbers).
pub(crate) fn type_name(v: &Value) -> &'static str {
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

pub(super) fn check_schema(body: &Value, props: &[Prop], nullable: bool) -> Result<(), RuleError> {
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

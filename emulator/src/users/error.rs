//! [`RuleError`]: a broken rule, in the terms the HTTP layer renders as Auth0's error body.

/// A rule was broken: the HTTP layer renders it as Auth0's `{statusCode, error, message, errorCode}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    pub status: u16,
    pub message: String,
    pub error_code: Option<&'static str>,
}

impl RuleError {
    pub(super) fn bad(message: impl Into<String>, code: &'static str) -> Self {
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

    pub(super) fn on_property(detail: &str, prop: &str, desc: &str) -> Self {
        Self::invalid_body(format!(
            "Payload validation error: '{detail}' on property {prop} ({desc})."
        ))
    }

    pub(super) fn root(detail: &str) -> Self {
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

//! Auth0's error bodies. Management API: `{statusCode, error, message, errorCode}`.
//! Authentication API: `{error, error_description}`.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

/// A Management API error, rendered as Auth0 renders it.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
    /// `errorCode`; omitted from the body when `None` (Auth0 omits it on some errors).
    pub error_code: Option<String>,
    /// Extra top-level keys (e.g. `attributes` on 401s). Boxed to keep `Result<_, ApiError>` small.
    pub extra: Box<Map<String, Value>>,
    /// Extra response headers (e.g. rate-limit headers on a 429).
    pub headers: Vec<(&'static str, String)>,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>, error_code: Option<&str>) -> Self {
        ApiError {
            status,
            message: message.into(),
            error_code: error_code.map(str::to_owned),
            extra: Box::default(),
            headers: Vec::new(),
        }
    }

    /// 400 `invalid_body`, message `Payload validation error: '<detail>' on property <path> (<description>).`
    /// Pass the whole message.
    pub fn invalid_body(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message, Some("invalid_body"))
    }

    /// 400 `invalid_query_string`.
    pub fn invalid_query(message: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            message,
            Some("invalid_query_string"),
        )
    }

    /// 404 for a user id that does not exist.
    pub fn inexistent_user() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "The user does not exist.",
            Some("inexistent_user"),
        )
    }

    /// 403 for a token that lacks every accepted scope.
    pub fn insufficient_scope(expected: &[&str]) -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            format!(
                "Insufficient scope, expected any of: {}",
                expected.join(",")
            ),
            Some("insufficient_scope"),
        )
    }

    /// 401 with Auth0's hapi-style body: message repeated under `attributes.error`.
    pub fn unauthorized(message: &str) -> Self {
        let mut e = Self::new(StatusCode::UNAUTHORIZED, message, None);
        e.extra
            .insert("attributes".into(), json!({ "error": message }));
        e
    }

    /// 409 for a duplicate user.
    pub fn user_exists() -> Self {
        Self::new(
            StatusCode::CONFLICT,
            "The user already exists.",
            Some("auth0_idp_error"),
        )
    }

    /// 500; the detail is logged, not sent.
    pub fn internal(detail: impl std::fmt::Display) -> Self {
        tracing::error!("internal error: {detail}");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Internal Server Error",
            Some("internal_error"),
        )
    }

    pub fn with_header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }
}

impl From<crate::store::StoreError> for ApiError {
    fn from(e: crate::store::StoreError) -> Self {
        match e {
            // Auth0's answer to a search that runs too long.
            crate::store::StoreError::SearchTimeout(_) => ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "The query exceeded the timeout. Please try refining your search criteria. See \
                 https://auth0.com/docs/best-practices/search-best-practices.",
                Some("query_timeout"),
            ),
            other => ApiError::internal(other),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut body = Map::new();
        body.insert("statusCode".into(), json!(self.status.as_u16()));
        body.insert(
            "error".into(),
            json!(self.status.canonical_reason().unwrap_or("Error")),
        );
        body.insert("message".into(), json!(self.message));
        if let Some(code) = &self.error_code {
            body.insert("errorCode".into(), json!(code));
        }
        body.extend(*self.extra);
        let mut resp = (self.status, Json(Value::Object(body))).into_response();
        for (name, value) in self.headers {
            if let Ok(v) = value.parse() {
                resp.headers_mut().insert(name, v);
            }
        }
        resp
    }
}

/// An Authentication API error: `{error, error_description}`.
#[derive(Debug, Clone)]
pub struct AuthError {
    pub status: StatusCode,
    pub error: String,
    pub description: String,
}

impl AuthError {
    pub fn new(status: StatusCode, error: &str, description: impl Into<String>) -> Self {
        AuthError {
            status,
            error: error.into(),
            description: description.into(),
        }
    }

    /// 401 `access_denied` / `Unauthorized`, what Auth0 answers for bad client credentials.
    pub fn access_denied() -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "access_denied", "Unauthorized")
    }
}

impl IntoResponse for AuthError {
    fn into_response(self) -> Response {
        (
            self.status,
            Json(json!({ "error": self.error, "error_description": self.description })),
        )
            .into_response()
    }
}

impl From<crate::users::RuleError> for ApiError {
    fn from(e: crate::users::RuleError) -> Self {
        ApiError::new(
            StatusCode::from_u16(e.status).unwrap_or(StatusCode::BAD_REQUEST),
            e.message,
            e.error_code,
        )
    }
}

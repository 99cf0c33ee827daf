//! Management API answers whose body is JSON, with the `Content-Type` Auth0 sends.

use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use serde_json::Value;

/// `Content-Type` of every Management API JSON answer.
pub(crate) const JSON_UTF8: &str = "application/json; charset=utf-8";

/// A response whose body is already-serialised JSON.
pub(crate) fn json_text(status: StatusCode, body: String) -> Response {
    let mut r = Response::new(Body::from(body));
    *r.status_mut() = status;
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(JSON_UTF8));
    r
}

/// A response with a JSON value.
pub(crate) fn json_value(status: StatusCode, v: &Value) -> Response {
    json_text(status, v.to_string())
}

//! Request extractors whose rejections are Auth0-shaped 400/413 bodies instead of axum's plain text:
//! [`ApiJson`] for request bodies, [`ApiQuery`] for query strings, [`ApiPath`] for path parameters.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use super::ApiError;

/// A JSON request body. An empty body reads as JSON `null` (go-auth0 sends `null` bodies).
///
/// Rejections: a body over the limit → 413; a content type other than JSON, or malformed JSON → 400
/// `invalid_body`; JSON that does not fit `T` → 400 `invalid_body` `Payload validation error: '…'.`
#[derive(Debug, Clone)]
pub struct ApiJson<T>(pub T);

/// Whether a content type names JSON (`application/json`, `application/*+json`, any parameters).
pub fn is_json_content_type(value: &str) -> bool {
    let mime = value
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    mime == "application/json" || (mime.starts_with("application/") && mime.ends_with("+json"))
}

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let content_type = req
            .headers()
            .get(CONTENT_TYPE)
            .map(|v| v.to_str().unwrap_or("").to_owned());
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    format!(
                        "Payload content length greater than maximum allowed: {}.",
                        super::middleware::MAX_BODY_BYTES
                    ),
                    None,
                )
            } else {
                ApiError::invalid_body("Invalid request payload")
            }
        })?;
        let text: &[u8] = if bytes.iter().all(u8::is_ascii_whitespace) {
            b"null"
        } else {
            match content_type.as_deref() {
                Some(ct) if is_json_content_type(ct) => &bytes,
                Some(ct) => {
                    return Err(ApiError::invalid_body(format!(
                        "Unsupported content type {ct:?}: the request body must be JSON (application/json)."
                    )));
                }
                None => {
                    return Err(ApiError::invalid_body(
                        "Missing content type: the request body must be JSON (application/json).",
                    ));
                }
            }
        };
        let value: serde_json::Value = serde_json::from_slice(text)
            .map_err(|_| ApiError::invalid_body("Invalid request payload JSON format"))?;
        let t = serde_json::from_value(value)
            .map_err(|e| ApiError::invalid_body(format!("Payload validation error: '{e}'.")))?;
        Ok(ApiJson(t))
    }
}

/// Query-string parameters; a value that does not fit `T` → 400 `invalid_query_string`.
#[derive(Debug, Clone)]
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let q = parts.uri.query().unwrap_or("");
        serde_urlencoded::from_str(q)
            .map(ApiQuery)
            .map_err(|e| ApiError::invalid_query(format!("Query validation error: '{e}'.")))
    }
}

/// Percent-decoded path parameters; undecodable ones → 400 `invalid_uri`.
#[derive(Debug, Clone)]
pub struct ApiPath<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for ApiPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Path::<T>::from_request_parts(parts, state)
            .await
            .map(|Path(t)| ApiPath(t))
            .map_err(|e| {
                ApiError::new(
                    StatusCode::BAD_REQUEST,
                    format!("Path validation error: '{}'.", e.body_text()),
                    Some("invalid_uri"),
                )
            })
    }
}

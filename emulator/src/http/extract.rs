//! Request extractors whose rejections are Auth0-shaped 400/413 bodies instead of axum's plain text:
//! [`ApiJson`] for JSON request bodies, [`ApiJsonOrForm`] for bodies that may also be a form (`/users`),
//! [`ApiQuery`] for query strings, [`ApiPath`] for path parameters; and [`QueryParams`] with [`path_id`] for
//! the handlers that read the raw query string and path the way Auth0's validator does.

use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, RawPathParamsRejection};
use axum::extract::{FromRequest, FromRequestParts, Path, RawPathParams, Request};
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::ApiError;
use crate::users::Projection;

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

/// The 413 or 400 Auth0 answers when a body cannot be read.
fn body_rejection(e: BytesRejection) -> ApiError {
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
}

/// A body as JSON: blank reads as `null`; otherwise the content type (as the error quotes it, `None` when
/// there is none) must name JSON and the bytes must parse.
fn json_body(content_type: Option<&str>, bytes: &[u8]) -> Result<Value, ApiError> {
    let text: &[u8] = if bytes.iter().all(u8::is_ascii_whitespace) {
        b"null"
    } else {
        match content_type {
            Some(ct) if is_json_content_type(ct) => bytes,
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
    serde_json::from_slice(text)
        .map_err(|_| ApiError::invalid_body("Invalid request payload JSON format"))
}

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let content_type = req
            .headers()
            .get(CONTENT_TYPE)
            .map(|v| v.to_str().unwrap_or("").to_owned());
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(body_rejection)?;
        let value = json_body(content_type.as_deref(), &bytes)?;
        let t = serde_json::from_value(value)
            .map_err(|e| ApiError::invalid_body(format!("Payload validation error: '{e}'.")))?;
        Ok(ApiJson(t))
    }
}

/// A `POST`/`PATCH /users` body: JSON as [`ApiJson`] reads it, or `application/x-www-form-urlencoded` (Auth0
/// takes both), whose `true`/`false` values of boolean fields become booleans. Errors quote the content type
/// without its parameters.
#[derive(Debug, Clone)]
pub struct ApiJsonOrForm(pub Value);

/// Form fields that hold booleans in a user body.
const FORM_BOOL_FIELDS: &[&str] = &[
    "blocked",
    "email_verified",
    "phone_verified",
    "verify_email",
    "verify_phone_number",
];

impl<S: Send + Sync> FromRequest<S> for ApiJsonOrForm {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let ctype = req
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(body_rejection)?;
        if ctype == "application/x-www-form-urlencoded" {
            let mut obj = Map::new();
            for (k, v) in url::form_urlencoded::parse(&bytes) {
                let value =
                    if FORM_BOOL_FIELDS.contains(&k.as_ref()) && (v == "true" || v == "false") {
                        Value::Bool(v == "true")
                    } else {
                        Value::String(v.into_owned())
                    };
                obj.insert(k.into_owned(), value);
            }
            return Ok(ApiJsonOrForm(Value::Object(obj)));
        }
        let shown = (!ctype.is_empty()).then_some(ctype.as_str());
        json_body(shown, &bytes).map(ApiJsonOrForm)
    }
}

/// A JSON body, or a form-encoded one (`application/x-www-form-urlencoded`) for the jobs operations whose spec
/// lists both (`POST /jobs/users-exports`, `POST /jobs/verification-email`). Form keys nest with brackets as
/// the `qs` convention Auth0's API parses: `fields[0][name]=email&fields[0][export_as]=Email`,
/// `identity[user_id]=…&identity[provider]=google-oauth2`; all-digit indices make arrays, and the top-level
/// `limit` becomes an integer when it is one. Every other value stays a string, as the form sent it.
#[derive(Debug, Clone)]
pub struct ApiJsonOrNestedForm(pub Value);

impl<S: Send + Sync> FromRequest<S> for ApiJsonOrNestedForm {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let ctype = req
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(body_rejection)?;
        if ctype == "application/x-www-form-urlencoded" {
            return nested_form(&bytes).map(ApiJsonOrNestedForm);
        }
        let shown = (!ctype.is_empty()).then_some(ctype.as_str());
        json_body(shown, &bytes).map(ApiJsonOrNestedForm)
    }
}

/// `a[b][0]=v` pairs as nested JSON (see [`ApiJsonOrNestedForm`]).
fn nested_form(bytes: &[u8]) -> Result<Value, ApiError> {
    let malformed = |k: &str| {
        ApiError::invalid_body(format!(
            "Invalid request payload: malformed form key {k:?}."
        ))
    };
    let mut root = Value::Object(Map::new());
    for (k, v) in url::form_urlencoded::parse(bytes) {
        let (head, rest) = match k.find('[') {
            Some(i) => (&k[..i], &k[i..]),
            None => (k.as_ref(), ""),
        };
        if head.is_empty() {
            return Err(malformed(&k));
        }
        let mut path = vec![head.to_owned()];
        let mut rest = rest;
        while !rest.is_empty() {
            let Some(end) = rest.strip_prefix('[').and_then(|r| r.find(']')) else {
                return Err(malformed(&k));
            };
            let seg = &rest[1..=end];
            if seg.is_empty() {
                return Err(malformed(&k));
            }
            path.push(seg.to_owned());
            rest = &rest[end + 2..];
        }
        let mut node = &mut root;
        for (i, seg) in path.iter().enumerate() {
            let Value::Object(map) = node else {
                return Err(malformed(&k));
            };
            if i + 1 == path.len() {
                let value = if path.len() == 1 && seg == "limit" {
                    v.parse::<i64>()
                        .map(Value::from)
                        .unwrap_or_else(|_| Value::String(v.to_string()))
                } else {
                    Value::String(v.to_string())
                };
                map.insert(seg.clone(), value);
                break;
            }
            node = map
                .entry(seg.clone())
                .or_insert_with(|| Value::Object(Map::new()));
        }
    }
    Ok(arrays(root))
}

/// Objects whose keys are all indices `0..n` become arrays, in index order.
fn arrays(v: Value) -> Value {
    match v {
        Value::Object(m) => {
            let n = m.len();
            let indexed: Option<Vec<usize>> = m.keys().map(|k| k.parse::<usize>().ok()).collect();
            let mut m: Map<String, Value> = m.into_iter().map(|(k, v)| (k, arrays(v))).collect();
            match indexed {
                Some(mut idx) if n > 0 => {
                    idx.sort_unstable();
                    if idx.iter().copied().eq(0..n) {
                        Value::Array(
                            (0..n)
                                .map(|i| m.remove(&i.to_string()).unwrap_or(Value::Null))
                                .collect(),
                        )
                    } else {
                        Value::Object(m)
                    }
                }
                _ => Value::Object(m),
            }
        }
        other => other,
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

/// The decoded query string, in order, repeated keys kept.
pub(crate) struct QueryParams(Vec<(String, String)>);

impl QueryParams {
    pub(crate) fn parse(raw: Option<&str>) -> QueryParams {
        QueryParams(
            url::form_urlencoded::parse(raw.unwrap_or("").as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    /// The last value of `key` (Auth0's query parser keeps one value per scalar parameter).
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of `key`, comma lists split.
    pub(crate) fn all(&self, key: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .flat_map(|(_, v)| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
            .collect()
    }

    pub(crate) fn int(
        &self,
        key: &str,
        min: i64,
        max: Option<i64>,
        desc: &str,
    ) -> Result<Option<i64>, ApiError> {
        let Some(raw) = self.get(key) else {
            return Ok(None);
        };
        let Ok(n) = raw.trim().parse::<i64>() else {
            return Err(query_error(
                "Expected type integer but found type string",
                key,
                desc,
            ));
        };
        if n < min {
            return Err(query_error(
                &format!("Value {n} is less than minimum {min}"),
                key,
                desc,
            ));
        }
        if let Some(max) = max
            && n > max
        {
            return Err(query_error(
                &format!("Value {n} is greater than maximum {max}"),
                key,
                desc,
            ));
        }
        Ok(Some(n))
    }

    pub(crate) fn bool(&self, key: &str, desc: &str) -> Result<Option<bool>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some("true") => Ok(Some(true)),
            Some("false") => Ok(Some(false)),
            Some(_) => Err(query_error(
                "Expected type boolean but found type string",
                key,
                desc,
            )),
        }
    }

    pub(crate) fn projection(&self) -> Result<Projection, ApiError> {
        let include = self.bool(
            "include_fields",
            "Whether specified fields are to be included (true) or excluded (false)",
        )?;
        Ok(Projection::parse(self.get("fields"), include))
    }
}

/// 400 `invalid_query_string`: `Query validation error: '<detail>' on property <name> (<description>).`
pub(crate) fn query_error(detail: &str, prop: &str, desc: &str) -> ApiError {
    ApiError::invalid_query(format!(
        "Query validation error: '{detail}' on property {prop} ({desc})."
    ))
}

/// The `{id}` path segment, percent-decoded leniently (a stray `%` stays a `%`); `None` if not UTF-8 (no
/// such id can exist, so callers answer 404).
pub(crate) fn path_id(params: &Result<RawPathParams, RawPathParamsRejection>) -> Option<String> {
    let raw = params
        .as_ref()
        .ok()?
        .iter()
        .find(|(k, _)| *k == "id")
        .map(|(_, v)| v)?;
    percent_encoding::percent_decode_str(raw)
        .decode_utf8()
        .ok()
        .map(|s| s.into_owned())
}

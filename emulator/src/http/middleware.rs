//! `/api/v2` layers: latency, rate limit (with `x-ratelimit-*` headers on every response), bearer-token check.
//! Also the [`Caller`] extractor that handlers use to check scopes.

use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{DefaultBodyLimit, FromRequestParts, Request, State};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use parking_lot::Mutex;

use super::{ApiError, AppState};
use crate::tokens::{Claims, TokenError};

/// Largest accepted `/api/v2` request body, in bytes.
pub const MAX_BODY_BYTES: usize = 1_048_576;

/// The `x-ratelimit-limit` advertised when no limit is set.
const UNLIMITED: u32 = 1_000_000;

/// Token bucket shared by the whole tenant: `rate` tokens per second, at most `rate` in the bucket.
#[derive(Debug)]
pub struct RateLimiter {
    rate: Option<u32>,
    bucket: Mutex<Bucket>,
}

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    last: Instant,
}

/// The outcome of asking the bucket for one request, with the header values to send.
#[derive(Debug, Clone, Copy)]
pub struct RateDecision {
    pub allowed: bool,
    pub limit: u32,
    pub remaining: u32,
    /// Unix seconds when the bucket is full again (when a request is allowed again, after a refusal).
    pub reset: i64,
}

impl Default for RateLimiter {
    fn default() -> Self {
        Self::new(None)
    }
}

impl RateLimiter {
    pub fn new(rate: Option<u32>) -> Self {
        let rate = rate.filter(|r| *r > 0);
        RateLimiter {
            rate,
            bucket: Mutex::new(Bucket {
                tokens: rate.unwrap_or(0) as f64,
                last: Instant::now(),
            }),
        }
    }

    /// Takes one token if there is one.
    pub fn check(&self) -> RateDecision {
        let now_unix = chrono::Utc::now().timestamp();
        let Some(rate) = self.rate else {
            return RateDecision {
                allowed: true,
                limit: UNLIMITED,
                remaining: UNLIMITED - 1,
                reset: now_unix,
            };
        };
        let rate_f = rate as f64;
        let mut b = self.bucket.lock();
        let now = Instant::now();
        let elapsed = now.duration_since(b.last).as_secs_f64();
        b.last = now;
        b.tokens = (b.tokens + elapsed * rate_f).min(rate_f);
        let allowed = b.tokens >= 1.0;
        if allowed {
            b.tokens -= 1.0;
        }
        let secs = if allowed {
            (rate_f - b.tokens) / rate_f
        } else {
            (1.0 - b.tokens) / rate_f
        };
        RateDecision {
            allowed,
            limit: rate,
            remaining: b.tokens.floor().max(0.0) as u32,
            reset: now_unix + secs.ceil() as i64,
        }
    }
}

impl RateDecision {
    fn apply(&self, resp: &mut Response) {
        let h = resp.headers_mut();
        h.insert("x-ratelimit-limit", HeaderValue::from(self.limit));
        h.insert("x-ratelimit-remaining", HeaderValue::from(self.remaining));
        h.insert("x-ratelimit-reset", HeaderValue::from(self.reset));
    }
}

/// Wraps the Management API router in its layers (outermost first): latency, rate limit, body limit,
/// and a 404 in Auth0's shape for unknown routes and a 405 in the same shape for methods a route does not have
/// (axum's own 405 has no body, which SDKs cannot read as an Auth0 error).
pub fn management_layers(api: Router<AppState>, state: AppState) -> Router<AppState> {
    api.method_not_allowed_fallback(method_not_allowed)
        .fallback(unknown_route)
        .layer(middleware::from_fn_with_state(state.clone(), log_writes))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn_with_state(state.clone(), rate_limit))
        .layer(middleware::from_fn_with_state(state, latency))
}

async fn unknown_route() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "Not Found", None)
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(StatusCode::METHOD_NOT_ALLOWED, "Method Not Allowed", None)
}

/// Every Management API write is a log event: `sapi` when it succeeded, `fapi` when it did not (Auth0 logs the
/// successful ones; the failed ones as its SDKs know them).
async fn log_writes(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let resp = next.run(req).await;
    if matches!(method.as_str(), "POST" | "PATCH" | "PUT" | "DELETE") {
        let status = resp.status().as_u16();
        let ok = status < 400;
        let full = format!("/api/v2{path}");
        // `/users/{id}…`: the user the write was about.
        let user_id = path
            .strip_prefix("/users/")
            .and_then(|rest| rest.split('/').next())
            .and_then(|id| percent_encoding::percent_decode_str(id).decode_utf8().ok())
            .map(|id| id.into_owned());
        state.store.log(crate::store::logs::LogEvent {
            kind: if ok { "sapi" } else { "fapi" },
            description: &format!(
                "{} {method} {full}",
                if ok { "API Operation" } else { "Failed API Operation" }
            ),
            user_id: user_id.as_deref(),
            details: Some(serde_json::json!({
                "request": {"method": method.as_str().to_lowercase(), "path": full, "channel": "api"},
                "response": {"statusCode": status},
            })),
            ..Default::default()
        });
    }
    resp
}

/// Delays the response by `Settings::latency`.
pub async fn latency(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let delay = state.settings.latency;
    let resp = next.run(req).await;
    if delay > Duration::ZERO {
        tokio::time::sleep(delay).await;
    }
    resp
}

async fn rate_limit(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let d = state.limiter.check();
    let mut resp = if d.allowed {
        next.run(req).await
    } else {
        let wait = (d.reset - chrono::Utc::now().timestamp()).max(1);
        ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "Global limit has been reached",
            Some("too_many_requests"),
        )
        .with_header("retry-after", wait.to_string())
        .into_response()
    };
    d.apply(&mut resp);
    resp
}

/// Logs one line per request when the settings ask for it: `METHOD /path STATUS N ms client=ID`. The client id is
/// read (unverified, for display only) from the bearer token's `azp`; the query string, headers and body are never
/// logged, so neither are secrets nor signed-link signatures.
pub async fn request_log(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let Some(log) = state.settings.request_log.clone() else {
        return next.run(req).await;
    };
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let client = req
        .headers()
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .and_then(claimed_client)
        .unwrap_or_else(|| "-".to_owned());
    let started = std::time::Instant::now();
    let resp = next.run(req).await;
    (log.0)(&format!(
        "{method} {path} {} {} ms client={client}",
        resp.status().as_u16(),
        started.elapsed().as_millis()
    ));
    resp
}

/// The `azp` (else `sub`) a JWT claims, without checking it: only what the request log shows.
fn claimed_client(token: &str) -> Option<String> {
    use base64::Engine as _;
    let payload = token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .ok()?;
    let v: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    let id = v.get("azp").or_else(|| v.get("sub"))?.as_str()?;
    // Only plain ids reach the log.
    id.chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.|@".contains(c))
        .then(|| id.chars().take(80).collect())
}

/// Marks a response whose `Content-Type` must stay exactly `application/json` (the job errors endpoint), so
/// [`json_charset`] leaves it alone.
#[derive(Debug, Clone, Copy)]
pub struct PlainJsonContentType;

/// Rewrites `application/json` to `application/json; charset=utf-8`, as Auth0 sends it.
pub async fn json_charset(req: Request, next: Next) -> Response {
    let mut resp = next.run(req).await;
    if resp
        .headers()
        .get(CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes() == b"application/json")
        && resp.extensions().get::<PlainJsonContentType>().is_none()
    {
        resp.headers_mut().insert(
            CONTENT_TYPE,
            HeaderValue::from_static("application/json; charset=utf-8"),
        );
    }
    resp
}

/// The bearer token of a request, or the 401 Auth0 answers without one.
pub fn bearer(parts: &Parts) -> Result<&str, ApiError> {
    let missing = || ApiError::unauthorized("Missing authentication");
    let value = parts
        .headers
        .get(AUTHORIZATION)
        .ok_or_else(missing)?
        .to_str()
        .map_err(|_| ApiError::unauthorized("Invalid token"))?;
    let (scheme, token) = value.split_once(' ').ok_or_else(missing)?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(missing());
    }
    let token = token.trim();
    if token.is_empty() {
        return Err(missing());
    }
    Ok(token)
}

/// The verified caller of a Management API request.
#[derive(Debug, Clone)]
pub struct Caller {
    pub client_id: String,
    pub scopes: Vec<String>,
}

impl Caller {
    /// Ok when the caller holds at least one of `any_of`; else Auth0's 403 naming them.
    pub fn require_any(&self, any_of: &[&str]) -> Result<(), ApiError> {
        self.require_any_naming(any_of, any_of)
    }

    /// Ok when the caller holds at least one of `accepted`; else Auth0's 403 naming `named` (Auth0 accepts some
    /// scopes it does not name, such as `read:current_user` on `GET /users/{id}`).
    pub fn require_any_naming(&self, accepted: &[&str], named: &[&str]) -> Result<(), ApiError> {
        if accepted.iter().any(|s| self.has(s)) {
            Ok(())
        } else {
            Err(ApiError::insufficient_scope(named))
        }
    }

    pub fn has(&self, scope: &str) -> bool {
        self.scopes.iter().any(|h| h == scope)
    }

    fn from_claims(c: &Claims) -> Caller {
        let client_id = c
            .azp
            .clone()
            .unwrap_or_else(|| c.sub.trim_end_matches("@clients").to_owned());
        Caller {
            client_id,
            scopes: c.scopes(),
        }
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if let Some(c) = parts.extensions.get::<Caller>() {
            return Ok(c.clone());
        }
        let token = bearer(parts)?;
        let claims = state
            .tokens
            .verify(token, &state.audience(), &state.issuer())
            .map_err(|e: TokenError| ApiError::unauthorized(&e.to_string()))?;
        let caller = Caller::from_claims(&claims);
        parts.extensions.insert(caller.clone());
        Ok(caller)
    }
}

//! [`Client`]: the authenticated Management API client. It owns the access token (cached across commands
//! through `auth::token_cache`, refreshed 60 s before expiry and once more on a 401), waits out 429s, retries
//! idempotent requests on 5xx and connection errors with jittered backoff, and logs requests with `-v`.
//! Its log lines and the notice when a rate-limit wait exceeds one second go through `crate::diag`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use reqwest::Method;
use reqwest::header::HeaderMap;
use serde_json::Value;
use tokio::sync::Mutex;

use super::Error;
use crate::auth::{CachedToken, Credentials, Secret, Session, token_cache};
use crate::diag;

/// A cached token is used until this many seconds before it expires.
const EXPIRY_MARGIN_SECS: i64 = 60;
/// How many times a 429 is waited out before giving up.
const MAX_RATE_LIMIT_WAITS: u32 = 6;
/// How many times an idempotent request is retried after a 5xx or a connection error.
const MAX_SERVER_RETRIES: u32 = 3;
/// The longest single wait for a rate limit to reset.
const MAX_RATE_LIMIT_WAIT: Duration = Duration::from_secs(60);

/// The authenticated Management API client for one tenant.
pub struct Client {
    http: reqwest::Client,
    session: Session,
    token: Mutex<Option<(String, i64)>>,
    pacer: super::pacer::Pacer,
    sent: AtomicU64,
    rate_limited: AtomicU64,
}

/// What the caller of [`Client::send`] passes as the query string.
pub type Query<'a> = &'a [(&'a str, String)];

impl Client {
    /// A client for `session`.
    pub fn new(session: Session) -> anyhow::Result<Self> {
        Ok(Client {
            http: super::http_client(&session.base_url)?,
            session,
            token: Mutex::new(None),
            pacer: super::pacer::Pacer::default(),
            sent: AtomicU64::new(0),
            rate_limited: AtomicU64::new(0),
        })
    }

    /// The Management API access token: from memory, then the token cache, else a new one from
    /// `/oauth/token`. `force_refresh` skips both caches (used once after a 401).
    pub async fn access_token(&self, force_refresh: bool) -> Result<String, Error> {
        let (client_id, client_secret) = match &self.session.credentials {
            Credentials::Token(t) => return Ok(t.expose().to_owned()),
            Credentials::Client {
                client_id,
                client_secret,
            } => (client_id, client_secret),
        };
        let mut slot = self.token.lock().await;
        let now = chrono::Utc::now().timestamp();
        if !force_refresh {
            if let Some((tok, exp)) = slot.as_ref()
                && *exp - EXPIRY_MARGIN_SECS > now
            {
                return Ok(tok.clone());
            }
            if let Some(cached) = token_cache::load(&self.cache_key())
                && cached.expires_at - EXPIRY_MARGIN_SECS > now
            {
                let tok = cached.access_token.expose().to_owned();
                *slot = Some((tok.clone(), cached.expires_at));
                return Ok(tok);
            }
        }
        // Only now, with no fresh token cached, is the secret needed: a locked keyring does not stop a tenant
        // whose token is still good.
        let client_secret = client_secret
            .load()
            .await
            .map_err(|e| Error::Credential(format!("{e:#}")))?;
        let result = super::oauth::client_credentials(
            &self.http,
            &self.session.base_url,
            client_id,
            &client_secret,
        )
        .await;
        let resp = result?;
        let expires_at = chrono::Utc::now().timestamp() + resp.expires_in;
        let cached = CachedToken {
            access_token: Secret::new(resp.access_token.clone()),
            expires_at,
            scope: resp.scope.clone(),
        };
        // The cache is an optimisation: failing to write it must not fail the command.
        if let Err(e) = token_cache::save(&self.cache_key(), &cached) {
            diag::verbose(format!("a0: could not cache the access token: {e:#}"));
        }
        *slot = Some((resp.access_token.clone(), expires_at));
        Ok(resp.access_token)
    }

    /// Sends a Management API request to `path` (relative to `/api/v2/`, already percent-encoded) and returns
    /// the JSON answer (`Value::Null` for an empty body). Handles the token, 401 refresh, 429 waits and retries.
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        query: Query<'_>,
        body: Option<&Value>,
    ) -> Result<Value, Error> {
        let body = match body {
            Some(v) => Body::Json(v),
            None => Body::Empty,
        };
        let resp = self
            .execute(Request {
                method,
                path,
                query,
                body,
                rate_limit_waits: MAX_RATE_LIMIT_WAITS,
            })
            .await?;
        resp.json()
    }

    /// Where this session's token is cached: the tenant's name, or for `AUTH0_*` client credentials the domain,
    /// client id and a hash of the secret.
    fn cache_key(&self) -> String {
        match &self.session.credentials {
            Credentials::Client {
                client_id,
                client_secret: crate::auth::ClientSecret::Known(secret),
            } if self.session.tenant == crate::auth::ENV_TENANT => {
                token_cache::env_key(&self.session.base_url, client_id, secret)
            }
            _ => self.session.tenant.clone(),
        }
    }

    /// The tenant as `name (base URL)`: what makes two runs' tenants the same.
    /// The HTTP client and tenant URL, for Authentication API calls made with a user's credentials.
    pub fn http(&self) -> (&reqwest::Client, &url::Url) {
        (&self.http, &self.session.base_url)
    }

    /// The session's application (client id and secret, read now), for grants other than client
    /// credentials; `None` for an `AUTH0_API_TOKEN` session, which has no application.
    pub async fn application(&self) -> Result<Option<(String, crate::auth::Secret)>, Error> {
        match &self.session.credentials {
            Credentials::Token(_) => Ok(None),
            Credentials::Client {
                client_id,
                client_secret,
            } => {
                let secret = client_secret
                    .load()
                    .await
                    .map_err(|e| Error::Credential(format!("{e:#}")))?;
                Ok(Some((client_id.clone(), secret)))
            }
        }
    }

    /// Whether this is the built-in local tenant (served in-process only while the command runs).
    pub fn is_builtin_local(&self) -> bool {
        self.session.tenant == crate::auth::LOCAL_TENANT
    }

    pub fn tenant_label(&self) -> String {
        format!("{} ({})", self.session.tenant, self.session.base_url)
    }

    /// How many Management API requests were sent, and how many of them were answered 429.
    pub fn request_counts(&self) -> (u64, u64) {
        (
            self.sent.load(Ordering::Relaxed),
            self.rate_limited.load(Ordering::Relaxed),
        )
    }

    /// Whether a request is waiting for the rate limit right now.
    pub fn waiting_for_rate_limit(&self) -> bool {
        self.pacer.is_waiting()
    }

    /// The one request core every Management API call goes through: bearer token (refreshed once on a 401),
    /// pacing from the rate-limit headers (`api::pacer`), 429s waited out until `x-ratelimit-reset` (else `retry-after`, else backoff), idempotent requests retried
    /// on 5xx and connection errors with jittered backoff, the `-v` log, and the rate-limit headers logged.
    /// Returns the answer of a 2xx; any other status becomes an [`Error`].
    pub async fn execute(&self, req: Request<'_>) -> Result<Response, Error> {
        let Request {
            method,
            path,
            query,
            body,
            rate_limit_waits,
        } = req;
        let url_text = format!("{}api/v2/{}", self.session.base_url, path);
        let url = url::Url::parse(&url_text)
            .map_err(|e| Error::Other(format!("bad URL {url_text}: {e}")))?;
        let idempotent = matches!(
            method,
            Method::GET | Method::HEAD | Method::PUT | Method::DELETE
        );
        let mut refreshed = false;
        let mut rate_waits = 0u32;
        let mut server_retries = 0u32;
        loop {
            let token = self.access_token(refreshed).await?;
            let mut builder = self
                .http
                .request(method.clone(), url.clone())
                .bearer_auth(&token)
                .header(reqwest::header::ACCEPT, "application/json");
            if !query.is_empty() {
                builder = builder.query(query);
            }
            builder = match &body {
                Body::Empty => builder,
                Body::Json(v) => builder.json(v),
                Body::Multipart { form, .. } => builder.multipart(form()?),
            };
            let shown = format!("{method} {}{}", display_url(&url, query), body.note());
            // Paced from the rate-limit headers, so that many requests in flight rarely meet a 429.
            self.pacer.acquire().await;
            self.sent.fetch_add(1, Ordering::Relaxed);
            let started = Instant::now();
            let resp = match builder.send().await {
                Ok(r) => r,
                Err(source) => {
                    self.pacer.abandon();
                    diag::verbose(format!(
                        "> {shown}\n< connection error after {} ms: {source}",
                        started.elapsed().as_millis()
                    ));
                    if idempotent
                        && server_retries < MAX_SERVER_RETRIES
                        && !super::is_tls_refusal(&source)
                    {
                        server_retries += 1;
                        diag::notice(format!(
                            "a0: {method} {} got no answer ({}); retrying ({server_retries} of {MAX_SERVER_RETRIES})",
                            url.path(),
                            super::transport_reason(url.as_str(), &source)
                                .lines()
                                .next()
                                .unwrap_or_default()
                        ));
                        tokio::time::sleep(backoff(server_retries)).await;
                        continue;
                    }
                    return Err(Error::Transport {
                        url: url.to_string(),
                        cause: source,
                    });
                }
            };
            let status = resp.status().as_u16();
            let headers = resp.headers().clone();
            self.pacer.observe(&headers, status == 429);
            if status == 429 {
                self.rate_limited.fetch_add(1, Ordering::Relaxed);
            }
            let bytes = resp.bytes().await.map_err(|cause| Error::Transport {
                url: url.to_string(),
                cause,
            });
            diag::verbose(format!(
                "> {shown}\n< {status} in {} ms{}",
                started.elapsed().as_millis(),
                rate_limit_headers(&headers)
            ));
            let bytes = match bytes {
                Ok(b) => b,
                Err(e) if idempotent && server_retries < MAX_SERVER_RETRIES => {
                    server_retries += 1;
                    diag::notice(format!(
                        "a0: {method} {}: the answer broke off ({e}); retrying ({server_retries} of {MAX_SERVER_RETRIES})",
                        url.path()
                    ));
                    tokio::time::sleep(backoff(server_retries)).await;
                    continue;
                }
                Err(e) => return Err(e),
            };
            match status {
                200..=299 => {
                    return Ok(Response {
                        body: bytes,
                        url: url.to_string(),
                    });
                }
                401 if !refreshed
                    && matches!(self.session.credentials, Credentials::Client { .. }) =>
                {
                    refreshed = true;
                    let _ = token_cache::forget(&self.cache_key());
                    continue;
                }
                429 => {
                    rate_waits += 1;
                    if rate_waits > rate_limit_waits {
                        return Err(Error::RateLimited { tries: rate_waits });
                    }
                    let wait = rate_limit_wait(&headers, rate_waits);
                    if wait > Duration::from_secs(1) {
                        diag::notice(format!(
                            "a0: rate limited by the tenant; waiting {:.1} s before retrying",
                            wait.as_secs_f64()
                        ));
                    }
                    tokio::time::sleep(wait).await;
                    continue;
                }
                500..=599 if idempotent && server_retries < MAX_SERVER_RETRIES => {
                    server_retries += 1;
                    tokio::time::sleep(backoff(server_retries)).await;
                    continue;
                }
                401 if matches!(self.session.credentials, Credentials::Token(_)) => {
                    // Name the credential that was used: no client id or secret was involved.
                    let why = Error::from_response_body(status, &bytes);
                    return Err(Error::Credential(format!(
                        "the tenant refused the token in AUTH0_API_TOKEN ({}); get a fresh one \
                         (`export AUTH0_API_TOKEN=$(a0 token)` with a logged-in tenant), or set \
                         AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET instead",
                        why.status_message()
                    )));
                }
                _ => return Err(Error::from_response_body(status, &bytes)),
            }
        }
    }
}

/// One Management API request for [`Client::execute`].
pub struct Request<'a> {
    pub method: Method,
    /// Relative to `/api/v2/`, already percent-encoded.
    pub path: &'a str,
    pub query: Query<'a>,
    pub body: Body<'a>,
    /// How many 429s are waited out before giving up.
    pub rate_limit_waits: u32,
}

impl<'a> Request<'a> {
    /// A request with no query and no body, and the default 429 policy.
    pub fn new(method: Method, path: &'a str) -> Self {
        Request {
            method,
            path,
            query: &[],
            body: Body::Empty,
            rate_limit_waits: MAX_RATE_LIMIT_WAITS,
        }
    }
}

/// Builds a multipart form anew for each try (a form cannot be cloned or re-sent).
pub type FormFn<'a> = &'a (dyn Fn() -> Result<reqwest::multipart::Form, Error> + Sync);

/// What a request sends.
pub enum Body<'a> {
    Empty,
    Json(&'a Value),
    /// A multipart upload; `note` says what it carries in the `-v` log (never its content).
    Multipart {
        form: FormFn<'a>,
        note: String,
    },
}

impl Body<'_> {
    fn note(&self) -> String {
        match self {
            Body::Multipart { note, .. } => format!(" ({note})"),
            _ => String::new(),
        }
    }
}

/// A 2xx answer.
#[derive(Debug)]
pub struct Response {
    pub body: bytes::Bytes,
    url: String,
}

impl Response {
    /// The body as JSON; `Value::Null` when it is empty.
    pub fn json(&self) -> Result<Value, Error> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(Value::Null);
        }
        serde_json::from_slice(&self.body).map_err(|e| Error::Decode {
            url: self.url.clone(),
            reason: e.to_string(),
        })
    }
}

/// The URL as logged: the query string included (it never carries secrets on the Management API).
fn display_url(url: &url::Url, query: Query<'_>) -> String {
    if query.is_empty() {
        return url.to_string();
    }
    let mut u = url.clone();
    {
        let mut pairs = u.query_pairs_mut();
        for (k, v) in query {
            pairs.append_pair(k, v);
        }
    }
    u.to_string()
}

fn rate_limit_headers(headers: &HeaderMap) -> String {
    let mut out = String::new();
    for name in [
        "x-ratelimit-limit",
        "x-ratelimit-remaining",
        "x-ratelimit-reset",
        "retry-after",
    ] {
        if let Some(v) = headers.get(name).and_then(|v| v.to_str().ok()) {
            out.push_str(&format!(" {name}={v}"));
        }
    }
    out
}

/// How long to wait after a 429: until `x-ratelimit-reset` (epoch seconds), else `retry-after` (seconds),
/// else an exponential guess; never more than [`MAX_RATE_LIMIT_WAIT`].
fn rate_limit_wait(headers: &HeaderMap, attempt: u32) -> Duration {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<f64>().ok())
    };
    let wait = if let Some(reset) = header("x-ratelimit-reset") {
        let now = chrono::Utc::now().timestamp_millis() as f64 / 1000.0;
        Duration::from_secs_f64((reset - now).max(0.0) + 0.05)
    } else if let Some(secs) = header("retry-after") {
        Duration::from_secs_f64(secs.max(0.0))
    } else {
        backoff(attempt)
    };
    wait.min(MAX_RATE_LIMIT_WAIT)
}

/// Exponential backoff with jitter: ~250 ms, 500 ms, 1 s, … plus up to 50 %.
fn backoff(attempt: u32) -> Duration {
    let base = 250u64.saturating_mul(1 << attempt.saturating_sub(1).min(6));
    let jitter = rand::random_range(0..=base / 2);
    Duration::from_millis(base + jitter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_limit_wait_prefers_reset_then_retry_after_and_is_bounded() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", "2".parse().unwrap());
        assert_eq!(rate_limit_wait(&h, 1), Duration::from_secs(2));
        let reset = chrono::Utc::now().timestamp() + 3600;
        h.insert("x-ratelimit-reset", reset.to_string().parse().unwrap());
        assert_eq!(rate_limit_wait(&h, 1), MAX_RATE_LIMIT_WAIT);
    }

    #[test]
    fn backoff_grows() {
        assert!(backoff(1) <= Duration::from_millis(375));
        assert!(backoff(3) >= Duration::from_millis(1000));
    }
}

//! [`Client`]: the authenticated Management API client. It owns the access token (cached across commands
//! through `auth::token_cache`, refreshed 60 s before expiry and once more on a 401), waits out 429s, retries
//! idempotent requests on 5xx and connection errors with jittered backoff, and logs requests with `-v`.
//! Apart from that log and the notice when a rate-limit wait exceeds one second, it never prints.

use std::time::{Duration, Instant};

use reqwest::Method;
use reqwest::header::HeaderMap;
use serde_json::Value;
use tokio::sync::Mutex;

use super::Error;
use crate::auth::{CachedToken, Credentials, Secret, Session, token_cache};

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
    verbose: bool,
    token: Mutex<Option<(String, i64)>>,
}

/// What the caller of [`Client::send`] passes as the query string.
pub type Query<'a> = &'a [(&'a str, String)];

impl Client {
    /// A client for `session`; `verbose` logs each request to stderr.
    pub fn new(session: Session, verbose: bool) -> anyhow::Result<Self> {
        Ok(Client {
            http: super::http_client(verbose)?,
            session,
            verbose,
            token: Mutex::new(None),
        })
    }

    /// The underlying HTTP client (for the requests [`Client::send`] cannot make: multipart uploads, downloads).
    pub fn http(&self) -> &reqwest::Client {
        &self.http
    }

    /// Whether requests are logged to stderr (`-v`).
    pub fn verbose(&self) -> bool {
        self.verbose
    }

    /// The tenant's base URL (`https://tenant.eu.auth0.com/`).
    pub fn base_url(&self) -> &url::Url {
        &self.session.base_url
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
            if let Some(cached) = token_cache::load(&self.session.tenant)
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
        let started = Instant::now();
        let result = super::oauth::client_credentials(
            &self.http,
            &self.session.base_url,
            client_id,
            &client_secret,
        )
        .await;
        if self.verbose {
            let status = match &result {
                Ok(_) => "200".to_owned(),
                Err(e) => e
                    .status()
                    .map_or_else(|| "error".to_owned(), |s| s.to_string()),
            };
            eprintln!(
                "> POST {}oauth/token (client credentials; secret redacted)\n< {status} in {} ms",
                self.session.base_url,
                started.elapsed().as_millis()
            );
        }
        let resp = result?;
        let expires_at = chrono::Utc::now().timestamp() + resp.expires_in;
        let cached = CachedToken {
            access_token: Secret::new(resp.access_token.clone()),
            expires_at,
            scope: resp.scope.clone(),
        };
        // The cache is an optimisation: failing to write it must not fail the command.
        if let Err(e) = token_cache::save(&self.session.tenant, &cached)
            && self.verbose
        {
            eprintln!("a0: could not cache the access token: {e:#}");
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
            let mut req = self
                .http
                .request(method.clone(), url.clone())
                .bearer_auth(&token)
                .header(reqwest::header::ACCEPT, "application/json");
            if !query.is_empty() {
                req = req.query(query);
            }
            if let Some(b) = body {
                req = req.json(b);
            }
            let started = Instant::now();
            let sent = req.send().await;
            let resp = match sent {
                Ok(r) => r,
                Err(source) => {
                    if self.verbose {
                        eprintln!(
                            "> {method} {}\n< connection error after {} ms: {source}",
                            display_url(&url, query),
                            started.elapsed().as_millis()
                        );
                    }
                    if idempotent && server_retries < MAX_SERVER_RETRIES {
                        server_retries += 1;
                        tokio::time::sleep(backoff(server_retries)).await;
                        continue;
                    }
                    return Err(Error::Transport {
                        url: url.to_string(),
                        source,
                    });
                }
            };
            let status = resp.status().as_u16();
            let headers = resp.headers().clone();
            let bytes = resp.bytes().await.map_err(|source| Error::Transport {
                url: url.to_string(),
                source,
            });
            if self.verbose {
                eprintln!(
                    "> {method} {}\n< {status} in {} ms{}",
                    display_url(&url, query),
                    started.elapsed().as_millis(),
                    rate_limit_headers(&headers)
                );
            }
            let bytes = match bytes {
                Ok(b) => b,
                Err(e) if idempotent && server_retries < MAX_SERVER_RETRIES => {
                    drop(e);
                    server_retries += 1;
                    tokio::time::sleep(backoff(server_retries)).await;
                    continue;
                }
                Err(e) => return Err(e),
            };
            match status {
                200..=299 => {
                    if bytes.iter().all(u8::is_ascii_whitespace) {
                        return Ok(Value::Null);
                    }
                    return serde_json::from_slice(&bytes).map_err(|e| Error::Decode {
                        url: url.to_string(),
                        reason: e.to_string(),
                    });
                }
                401 if !refreshed
                    && matches!(self.session.credentials, Credentials::Client { .. }) =>
                {
                    refreshed = true;
                    let _ = token_cache::forget(&self.session.tenant);
                    continue;
                }
                429 => {
                    rate_waits += 1;
                    if rate_waits > MAX_RATE_LIMIT_WAITS {
                        return Err(Error::RateLimited { tries: rate_waits });
                    }
                    let wait = rate_limit_wait(&headers, rate_waits);
                    if wait > Duration::from_secs(1) {
                        eprintln!(
                            "a0: rate limited by the tenant; waiting {:.1} s before retrying",
                            wait.as_secs_f64()
                        );
                    }
                    tokio::time::sleep(wait).await;
                    continue;
                }
                500..=599 if idempotent && server_retries < MAX_SERVER_RETRIES => {
                    server_retries += 1;
                    tokio::time::sleep(backoff(server_retries)).await;
                    continue;
                }
                _ => return Err(Error::from_response_body(status, &bytes)),
            }
        }
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

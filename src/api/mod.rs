//! Typed Management and Authentication API calls over one HTTP client. Never prints: its `-v` log and
//! notices go through `crate::diag`.
//!
//! - [`http_client`]: the one `reqwest::Client` (rustls with the ring provider, gzip, timeouts and a total
//!   deadline, User-Agent, no proxy for loopback).
//! - [`Error`]: every way a call can fail, with Auth0's error bodies typed, and the exit code each maps to.
//! - `client`: [`Client`], the authenticated Management API client (token cache, retries, 429, `-v` log).
//! - `users`, `connections`: typed Management API calls.
//! - `oauth`: the client-credentials grant (owned by the auth side).

pub mod client;
pub mod connections;
pub mod jobs;
pub mod oauth;
pub mod pacer;
pub mod roles;
pub mod users;

use std::fmt;
use std::sync::Once;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use serde::Deserialize;

pub use client::Client;

use crate::error::Exit;

/// How long to wait for a TCP/TLS connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long to wait between bytes of a response (Auth0 searches time out server-side after ~2 s).
const READ_TIMEOUT: Duration = Duration::from_secs(30);
/// The default total deadline of one request (`--timeout`, `A0_TIMEOUT`): a slow trickle of bytes cannot
/// stretch a request past it.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The total deadline of one request, in milliseconds (set once from `--timeout`).
static TIMEOUT_MS: AtomicU64 = AtomicU64::new(30_000);

/// Sets the total deadline of every request (not of export downloads, which can be large).
pub fn set_timeout(d: Duration) {
    TIMEOUT_MS.store(d.as_millis().max(1) as u64, Ordering::Relaxed);
}

/// The total deadline of one request.
pub fn timeout() -> Duration {
    Duration::from_millis(TIMEOUT_MS.load(Ordering::Relaxed))
}

/// Whether `url`'s host is this machine (`localhost`, 127.0.0.0/8, `::1`): such traffic never goes through a
/// proxy (an `http_proxy` would otherwise receive the client secret of a local tenant's token request).
pub fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

fn install_crypto_provider() {
    static PROVIDER: Once = Once::new();
    PROVIDER.call_once(|| {
        // Another part of the process may have installed one already; either way a provider is in place.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

/// The one HTTP client a0 uses for `base` (a tenant): rustls (ring provider, certificate checks always on),
/// gzip, connect/read timeouts, the total deadline and `User-Agent: a0/<version>`. Proxies come from the
/// environment (`HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`) except for a loopback `base`, which is never proxied.
/// The request log is written by [`Client`].
pub fn http_client(base: &url::Url) -> anyhow::Result<reqwest::Client> {
    install_crypto_provider();
    let mut builder = reqwest::Client::builder()
        .user_agent(concat!("a0/", env!("CARGO_PKG_VERSION")))
        .gzip(true)
        .connect_timeout(CONNECT_TIMEOUT)
        .read_timeout(READ_TIMEOUT)
        .timeout(timeout())
        .tls_backend_rustls();
    if is_loopback(base) {
        builder = builder.no_proxy();
    }
    Ok(builder.build()?)
}

/// The Management API's error body: `{statusCode, error, message, errorCode}`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ManagementErrorBody {
    #[serde(default)]
    pub status_code: Option<u16>,
    #[serde(default)]
    pub error: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub error_code: Option<String>,
}

/// The Authentication API's error body: `{error, error_description}`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AuthErrorBody {
    pub error: String,
    #[serde(default)]
    pub error_description: Option<String>,
}

/// An error from the API layer.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The Management API answered with an error status.
    #[error("{}", describe_management(*.status, .body))]
    Management {
        status: u16,
        body: ManagementErrorBody,
    },
    /// The Authentication API (`/oauth/token`) answered with an error status.
    #[error("{}", describe_auth(*.status, .body))]
    Auth { status: u16, body: AuthErrorBody },
    /// An error status whose body is not one of Auth0's shapes.
    #[error("the server answered {status}{}", snippet_suffix(.snippet))]
    Status { status: u16, snippet: String },
    /// Still rate limited after the allowed number of waits.
    #[error(
        "rate limited by the server (HTTP 429) after {tries} tries; try again later or lower the request rate"
    )]
    RateLimited { tries: u32 },
    /// The request never got an answer (DNS, connect, TLS, timeout, reset).
    /// (`cause` is deliberately not a `#[source]`: the message already carries the useful part of its chain,
    /// and `{:#}` would print reqwest's wrappers, with the full URL, a second time.)
    #[error("cannot reach {url}: {}", transport_reason(.url, .cause))]
    Transport { url: String, cause: reqwest::Error },
    /// The answer was not the JSON we expected.
    #[error("unexpected response from {url}: {reason}")]
    Decode { url: String, reason: String },
    /// The client secret needed for a new token could not be read (locked keyring, missing entry): exit 4.
    #[error("{0}")]
    Credential(String),
    /// Anything else (e.g. a token that cannot be refreshed).
    #[error("{0}")]
    Other(String),
}

fn snippet_suffix(s: &str) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!(": {s}")
    }
}

/// Why a request got no answer, in the words of the innermost errors (reqwest's and hyper's wrappers, which
/// repeat the whole URL, query and all, are left out), followed by what to do about it.
pub(crate) fn transport_reason(url: &str, e: &reqwest::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut cur: Option<&dyn std::error::Error> = Some(e);
    while let Some(c) = cur {
        let s = c.to_string();
        let wrapper = s.starts_with("error sending request")
            || s.starts_with("client error (")
            || s.starts_with("error decoding response body")
            || s.starts_with("request or response body error");
        if !wrapper && !parts.iter().any(|p| p.contains(&s)) {
            parts.push(s);
        }
        cur = c.source();
    }
    if parts.is_empty() {
        parts.push(if e.is_timeout() {
            "timed out".to_string()
        } else {
            "connection failed".to_string()
        });
    }
    let reason = parts.join(": ");
    let hint = transport_hint(url, e, &reason);
    if hint.is_empty() {
        reason
    } else {
        format!("{reason}\n{hint}")
    }
}

/// A TLS failure that another try cannot fix (an untrusted certificate, a server that does not speak TLS).
pub(crate) fn is_tls_refusal(e: &reqwest::Error) -> bool {
    let mut cur: Option<&dyn std::error::Error> = Some(e);
    while let Some(c) = cur {
        let s = c.to_string().to_ascii_lowercase();
        if s.contains("certificate")
            || s.contains("invalidcontenttype")
            || s.contains("corrupt message")
        {
            return true;
        }
        cur = c.source();
    }
    false
}

fn transport_hint(url: &str, e: &reqwest::Error, reason: &str) -> String {
    let lower = reason.to_ascii_lowercase();
    let parsed = url::Url::parse(url).ok();
    let host_port = parsed
        .as_ref()
        .map(|u| match (u.host_str(), u.port()) {
            (Some(h), Some(p)) => format!("{h}:{p}"),
            (Some(h), None) => h.to_string(),
            _ => url.to_string(),
        })
        .unwrap_or_else(|| url.to_string());
    let https = url.starts_with("https://");
    if e.is_timeout() {
        "No answer within the timeout: raise it with --timeout or A0_TIMEOUT, or check the network."
            .to_string()
    } else if https
        && (lower.contains("invalidcontenttype")
            || lower.contains("corrupt message")
            || lower.contains("wrong version number")
            || lower.contains("invalid message")
            || lower.contains("handshake"))
        && !lower.contains("certificate")
    {
        format!(
            "The server at {host_port} does not speak HTTPS. A domain without a scheme means https://; if this is \
             `a0 emulator serve` without --tls, use --domain http://{host_port}."
        )
    } else if https && (lower.contains("certificate") || lower.contains("unknownissuer")) {
        "The server's TLS certificate is not trusted. For `a0 emulator serve --tls`, point SSL_CERT_FILE at the \
         emulator's CA certificate (--ca-out FILE); see emulator/README.md."
            .to_string()
    } else if lower.contains("connection refused") {
        format!(
            "Nothing is listening at {host_port}: check the domain (`a0 tenants list`, AUTH0_DOMAIN), or start the \
             server (`a0 emulator serve` for a local one)."
        )
    } else if lower.contains("dns error") || lower.contains("failed to lookup") {
        format!(
            "The name {host_port} does not resolve: check the domain (`a0 tenants list`, AUTH0_DOMAIN)."
        )
    } else {
        String::new()
    }
}

/// Where to grant Management API scopes to a machine-to-machine application.
pub const GRANT_SCOPES_HINT: &str = "grant it in the Auth0 Dashboard → Applications → APIs → Auth0 Management API → \
     Machine to Machine Applications → (your application) → Permissions, then run `a0 login` again or wait for the \
     cached token to expire";

fn describe_management(status: u16, body: &ManagementErrorBody) -> String {
    let message = body
        .message
        .clone()
        .or_else(|| body.error.clone())
        .unwrap_or_else(|| format!("HTTP {status}"));
    match status {
        403 if body.error_code.as_deref() == Some("insufficient_scope")
            || message.contains("Insufficient scope") =>
        {
            let scopes = message
                .split_once("expected any of:")
                .map(|(_, s)| s.trim().trim_end_matches('.').to_owned())
                .unwrap_or_default();
            if scopes.is_empty() {
                format!("not allowed: {message}; {GRANT_SCOPES_HINT}")
            } else {
                format!(
                    "not allowed: this client lacks the scope {scopes} (the server said: {message}); {GRANT_SCOPES_HINT}"
                )
            }
        }
        403 => format!("not allowed (403): {message}"),
        401 => format!(
            "not authenticated (401): {message}; check the client id and secret with `a0 login`, or the AUTH0_* variables"
        ),
        400 if is_root_attribute_limitation(&message) => format!(
            "{message}\nThe user comes from an upstream identity provider whose connection syncs profile attributes at \
             each login, so root attributes (name, given_name, family_name, nickname, picture) cannot be changed. \
             Set the connection's `set_user_root_attributes` to `on_first_login` (Dashboard → Authentication → the \
             connection → \"Sync user profile attributes at each login\" off), or change user_metadata instead."
        ),
        429 => format!("rate limited (429): {message}"),
        _ => {
            let code = body
                .error_code
                .as_deref()
                .map(|c| format!(" [{c}]"))
                .unwrap_or_default();
            format!("{message} (HTTP {status}){code}")
        }
    }
}

/// Auth0's 400 when a root attribute of a user from a syncing upstream IdP is changed.
fn is_root_attribute_limitation(message: &str) -> bool {
    let m = message.to_ascii_lowercase();
    m.contains("cannot be updated")
        && (m.contains("attribute") || m.contains("sync user profile") || m.contains("root"))
        || m.contains("set_user_root_attributes")
}

fn describe_auth(status: u16, body: &AuthErrorBody) -> String {
    let detail = body
        .error_description
        .as_deref()
        .map(|d| format!(": {d}"))
        .unwrap_or_default();
    match status {
        403 if body
            .error_description
            .as_deref()
            .is_some_and(|d| d.starts_with("Service not found")) =>
        {
            format!(
                "the server has no API with the audience a0 asked for ({}{detail}); a0 asks for \
                 https://DOMAIN/api/v2/, so log in with the tenant's own domain (TENANT.REGION.auth0.com, not a \
                 custom domain)",
                body.error
            )
        }
        401 | 403 => format!(
            "the tenant refused the client credentials ({}{detail}); check the client id and secret (`a0 login`, or AUTH0_CLIENT_ID/AUTH0_CLIENT_SECRET)",
            body.error
        ),
        _ => format!(
            "token request failed (HTTP {status}, {}{detail})",
            body.error
        ),
    }
}

impl Error {
    /// Builds the typed error for an error response: Management body, Authentication body, or raw text.
    pub fn from_response_body(status: u16, bytes: &[u8]) -> Self {
        if let Ok(body) = serde_json::from_slice::<ManagementErrorBody>(bytes)
            && (body.message.is_some() || body.status_code.is_some())
        {
            return Error::Management { status, body };
        }
        if let Ok(body) = serde_json::from_slice::<AuthErrorBody>(bytes) {
            return Error::Auth { status, body };
        }
        let text = String::from_utf8_lossy(bytes);
        let snippet: String = text.trim().chars().take(200).collect();
        Error::Status { status, snippet }
    }

    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Management { status, .. }
            | Error::Auth { status, .. }
            | Error::Status { status, .. } => Some(*status),
            Error::RateLimited { .. } => Some(429),
            _ => None,
        }
    }

    /// The server's own words (`message`, else `error`), for messages that say what a0 makes of them.
    pub fn status_message(&self) -> String {
        match self {
            Error::Management { status, body } => format!(
                "{status}: {}",
                body.message
                    .as_deref()
                    .or(body.error.as_deref())
                    .unwrap_or("")
            ),
            Error::Auth { status, body } => format!("{status}: {}", body.error),
            Error::Status { status, snippet } => format!("{status}: {snippet}"),
            other => other.to_string(),
        }
    }

    /// Whether this is a "not found" answer.
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(404)
    }

    /// The exit code this error maps to.
    pub fn exit(&self) -> Exit {
        match self {
            Error::Transport { cause, .. } => {
                if cause.is_builder() || cause.is_redirect() {
                    Exit::Failure
                } else {
                    Exit::Server
                }
            }
            Error::Decode { .. } | Error::Other(_) => Exit::Failure,
            Error::Credential(_) => Exit::Auth,
            _ => match self.status() {
                Some(404) => Exit::NotFound,
                Some(401 | 403) => Exit::Auth,
                Some(429) => Exit::Server,
                Some(s) if s >= 500 => Exit::Server,
                _ => Exit::Failure,
            },
        }
    }
}

impl fmt::Display for ManagementErrorBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message.as_deref().unwrap_or(""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insufficient_scope_names_the_scope_and_how_to_grant_it() {
        let e = Error::from_response_body(
            403,
            br#"{"statusCode":403,"error":"Forbidden","message":"Insufficient scope, expected any of: create:users","errorCode":"insufficient_scope"}"#,
        );
        let s = e.to_string();
        assert!(s.contains("create:users"), "{s}");
        assert!(s.contains("Machine to Machine Applications"), "{s}");
        assert_eq!(e.exit(), Exit::Auth);
    }

    #[test]
    fn statuses_map_to_exit_codes() {
        let b = br#"{"statusCode":404,"error":"Not Found","message":"The user does not exist.","errorCode":"inexistent_user"}"#;
        assert_eq!(Error::from_response_body(404, b).exit(), Exit::NotFound);
        assert_eq!(Error::from_response_body(503, b"oops").exit(), Exit::Server);
        assert_eq!(Error::from_response_body(400, b"{}").exit(), Exit::Failure);
        assert_eq!(Error::RateLimited { tries: 3 }.exit(), Exit::Server);
        let auth = Error::from_response_body(
            401,
            br#"{"error":"access_denied","error_description":"Unauthorized"}"#,
        );
        assert!(matches!(auth, Error::Auth { .. }));
        assert_eq!(auth.exit(), Exit::Auth);
    }

    #[test]
    fn root_attribute_limitation_explains_the_connection_setting() {
        let e = Error::from_response_body(
            400,
            br#"{"statusCode":400,"error":"Bad Request","message":"The following user attributes cannot be updated: given_name. The connection (google-oauth2) must either be a database connection or have 'Sync user profile attributes at each login' disabled.","errorCode":"operation_not_supported"}"#,
        );
        assert!(e.to_string().contains("set_user_root_attributes"));
    }
}

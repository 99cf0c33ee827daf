//! HTTP: the axum router, shared state, and the extractors every handler uses.
//!
//! - `error`: Auth0's error bodies.
//! - `extract`: `ApiJson`/`ApiQuery`/`ApiPath`, extractors that reject with Auth0's bodies.
//! - `auth_api`: `/oauth/token`, `/userinfo`, `/tokeninfo`, `/.well-known/*`.
//! - `middleware`: bearer-token check, rate limit and latency for `/api/v2`.
//! - `respond`: JSON answers with Auth0's `Content-Type`.
//! - `users`, `connections`, `jobs`, `resource_servers`, `roles`, `user_rbac`: Management API handlers
//!   (`paging`: the offset paging of the RBAC lists).

pub mod auth_api;
pub mod connections;
pub mod error;
pub mod extract;
pub mod jobs;
pub mod middleware;
mod paging;
pub mod resource_servers;
mod respond;
pub mod roles;
pub mod user_rbac;
pub mod users;

use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

use axum::Router;

pub use error::{ApiError, AuthError};
pub use extract::{ApiJson, ApiPath, ApiQuery};

use crate::store::Store;
use crate::tokens::TokenService;

/// Tunables that do not live in the database.
#[derive(Debug, Clone)]
pub struct Settings {
    /// bcrypt cost for new password hashes (Auth0 uses 10; tests use 4).
    pub bcrypt_cost: u32,
    /// Requests per second for the `/api/v2` token bucket (burst = the same). `None`: unlimited.
    pub rate_limit: Option<u32>,
    /// Added to every `/api/v2` and `/oauth/token` response.
    pub latency: Duration,
    /// Where one line per request goes (`a0 emulator serve --log-requests`); `None`: no request log.
    pub request_log: Option<RequestLog>,
}

/// A sink for the request log: one line per request (method, path, status, duration, client id; never a
/// secret, a query string or a body).
#[derive(Clone)]
pub struct RequestLog(pub std::sync::Arc<dyn Fn(&str) + Send + Sync>);

impl std::fmt::Debug for RequestLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RequestLog")
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            bcrypt_cost: 10,
            rate_limit: None,
            latency: Duration::ZERO,
            request_log: None,
        }
    }
}

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub tokens: Arc<TokenService>,
    /// The tenant "domain": `http://127.0.0.1:4455`, or `https://…` with TLS (no trailing slash); the one source
    /// of its URLs (set by `Emulator::base_url`). Audience is `{base_url}/api/v2/`.
    pub base_url: Arc<str>,
    pub settings: Arc<Settings>,
    pub limiter: Arc<middleware::RateLimiter>,
    /// How many `POST /oauth/token` requests were answered (see `EmulatorHandle::token_requests`).
    pub token_requests: Arc<AtomicU64>,
}

impl AppState {
    /// The Management API audience of this tenant.
    pub fn audience(&self) -> String {
        format!("{}/api/v2/", self.base_url)
    }

    /// Whether `url` names this tenant's `path` (e.g. `/api/v2/`): exactly, or through another loopback name for
    /// the same scheme and port (`localhost`, `127.0.0.1` and `::1` are one machine, so a client that wrote
    /// `localhost:4455` reaches the tenant served as `127.0.0.1:4455`). Real Auth0 compares audiences exactly;
    /// this leniency exists only between loopback names.
    pub fn is_own(&self, url: &str, path: &str) -> bool {
        let own = format!("{}{path}", self.base_url);
        if url == own {
            return true;
        }
        let (Ok(a), Ok(b)) = (url::Url::parse(url), url::Url::parse(&own)) else {
            return false;
        };
        let loopback = |u: &url::Url| match u.host() {
            Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        };
        loopback(&a)
            && loopback(&b)
            && a.scheme() == b.scheme()
            && a.port_or_known_default() == b.port_or_known_default()
            && a.path() == b.path()
            && a.query().is_none()
    }

    /// The token issuer of this tenant.
    pub fn issuer(&self) -> String {
        format!("{}/", self.base_url)
    }
}

/// The whole application.
pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .merge(users::routes())
        .merge(connections::routes())
        .merge(jobs::routes())
        .merge(resource_servers::routes())
        .merge(roles::routes())
        .merge(user_rbac::routes());
    let api = middleware::management_layers(api, state.clone());
    Router::new()
        .nest("/api/v2", api)
        .merge(auth_api::routes(state.clone()))
        .merge(jobs::download_routes())
        .layer(axum::middleware::from_fn(middleware::json_charset))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::request_log,
        ))
        .with_state(state)
}

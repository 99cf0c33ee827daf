//! `/api/v2` layers: latency, rate limit (with `x-ratelimit-*` headers on every response), bearer-token check.
//! Also the [`Caller`] extractor that handlers use to check scopes.

use axum::Router;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;

use super::{ApiError, AppState};

/// Token bucket shared by the whole tenant.
#[derive(Debug, Default)]
pub struct RateLimiter {}

/// Wraps the Management API router in its layers.
pub fn management_layers(api: Router<AppState>, _state: AppState) -> Router<AppState> {
    api
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
        if any_of.iter().any(|s| self.scopes.iter().any(|h| h == s)) {
            Ok(())
        } else {
            Err(ApiError::insufficient_scope(any_of))
        }
    }

    pub fn has(&self, scope: &str) -> bool {
        self.scopes.iter().any(|h| h == scope)
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(
        _parts: &mut Parts,
        _state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        // TODO(em-auth): verify the bearer token (cached), audience, expiry.
        Err(ApiError::unauthorized("Missing authentication"))
    }
}

//! The Authentication API: `/oauth/token`, `/userinfo`, `/tokeninfo`, `/.well-known/*`.

use axum::Router;

use super::AppState;

pub fn routes(_state: AppState) -> Router<AppState> {
    Router::new()
}

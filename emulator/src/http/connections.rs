//! `/api/v2/connections`, `/api/v2/connections/{id}`.

use axum::Router;

use super::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
}

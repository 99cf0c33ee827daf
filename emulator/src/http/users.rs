//! `/api/v2/users`, `/api/v2/users/{id}`, `/api/v2/users-by-email`.

use axum::Router;

use super::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
}

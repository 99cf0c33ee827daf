//! A user's MFA: `GET /api/v2/users/{id}/authentication-methods` (`read:authentication_methods`, envelope
//! `{authenticators, total?, start, limit}`), `DELETE` of the collection (`delete:authentication_methods`, 204:
//! "I lost my phone"), and `POST /users/{id}/multifactor/actions/invalidate-remember-browser` (`update:users`,
//! 204: the next login asks for MFA again on every browser).

// `ApiError` (shared, owned by http/error.rs) is larger than clippy's default; it is built only on error paths.
#![allow(clippy::result_large_err)]

use axum::Router;
use axum::extract::rejection::RawPathParamsRejection;
use axum::extract::{RawPathParams, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use serde_json::{Value, json};

use super::extract::QueryParams;
use super::middleware::Caller;
use super::respond::json_value;
use super::roles::no_content;
use super::users::existing_user;
use super::{ApiError, AppState};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/users/{id}/authentication-methods",
            get(list).delete(delete_all),
        )
        .route(
            "/users/{id}/multifactor/actions/invalidate-remember-browser",
            post(invalidate_remember_browser),
        )
}

async fn list(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require_any(&["read:authentication_methods"])?;
    let user = existing_user(&state, &params)?;
    let qp = QueryParams::parse(raw.as_deref());
    let per_page = qp
        .get("per_page")
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(50)
        .min(100);
    let page = qp
        .get("page")
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(0);
    let all = state.store.authentication_methods(&user)?;
    let total = all.len();
    let items: Vec<Value> = all
        .into_iter()
        .skip(page * per_page)
        .take(per_page)
        .collect();
    // Auth0 leaves `total` out of an empty list.
    let body = if total == 0 {
        json!({"authenticators": items, "start": page * per_page, "limit": per_page})
    } else {
        json!({"authenticators": items, "total": total, "start": page * per_page, "limit": per_page})
    };
    Ok(json_value(StatusCode::OK, &body))
}

async fn delete_all(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
) -> Result<Response, ApiError> {
    caller.require_any(&["delete:authentication_methods"])?;
    let user = existing_user(&state, &params)?;
    state.store.delete_authentication_methods(&user)?;
    Ok(no_content())
}

async fn invalidate_remember_browser(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
) -> Result<Response, ApiError> {
    caller.require_any(&["update:users"])?;
    existing_user(&state, &params)?;
    // The emulator remembers no browsers: there is nothing to forget, and the answer is Auth0's.
    Ok(no_content())
}

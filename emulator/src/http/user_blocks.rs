//! `/api/v2/user-blocks`: the blocks brute-force protection put on a user (`store::blocks`), by user id or by
//! identifier (email, username, phone). Listing needs `read:users`; clearing needs `update:users` and answers
//! 204 even when nothing was blocked. Neither touches the admin block (`blocked: true` on the user).

// `ApiError` (shared, owned by http/error.rs) is larger than clippy's default; it is built only on error paths.
#![allow(clippy::result_large_err)]

use axum::Router;
use axum::extract::rejection::RawPathParamsRejection;
use axum::extract::{RawPathParams, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use serde_json::json;

use super::extract::QueryParams;
use super::middleware::Caller;
use super::respond::json_value;
use super::roles::no_content;
use super::users::existing_user;
use super::{ApiError, AppState};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/user-blocks",
            get(list_by_identifier).delete(clear_by_identifier),
        )
        .route("/user-blocks/{id}", get(list_by_user).delete(clear_by_user))
}

fn identifier(raw: Option<&str>) -> Result<String, ApiError> {
    let qp = QueryParams::parse(raw);
    match qp.get("identifier") {
        Some(i) if !i.trim().is_empty() => Ok(i.to_owned()),
        _ => Err(ApiError::invalid_query(
            "Query validation error: 'Missing required property: identifier' on property identifier \
             (Should be any of a username, phone number, or email.).",
        )),
    }
}

/// `GET /api/v2/user-blocks?identifier=…` → `{"blocked_for":[{identifier, ip, connection}]}`.
async fn list_by_identifier(
    State(state): State<AppState>,
    caller: Caller,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require_any(&["read:users"])?;
    let who = identifier(raw.as_deref())?;
    let blocks = state.store.identifier_blocks(&who)?;
    Ok(json_value(
        StatusCode::OK,
        &json!({ "blocked_for": blocks }),
    ))
}

/// `DELETE /api/v2/user-blocks?identifier=…` → 204.
async fn clear_by_identifier(
    State(state): State<AppState>,
    caller: Caller,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require_any(&["update:users"])?;
    let who = identifier(raw.as_deref())?;
    state.store.clear_identifier_blocks(&who)?;
    Ok(no_content())
}

/// `GET /api/v2/user-blocks/{id}`.
async fn list_by_user(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
) -> Result<Response, ApiError> {
    caller.require_any(&["read:users"])?;
    let user = existing_user(&state, &params)?;
    let blocks = state.store.user_blocks(&user)?;
    Ok(json_value(
        StatusCode::OK,
        &json!({ "blocked_for": blocks }),
    ))
}

/// `DELETE /api/v2/user-blocks/{id}` → 204.
async fn clear_by_user(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
) -> Result<Response, ApiError> {
    caller.require_any(&["update:users"])?;
    let user = existing_user(&state, &params)?;
    state.store.clear_user_blocks(&user)?;
    Ok(no_content())
}

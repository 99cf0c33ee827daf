//! Users' refresh tokens through the Management API: `GET /users/{id}/refresh-tokens` (`read:refresh_tokens`,
//! cursor paging `take`/`from` → `{tokens, next?}`, `total` with `include_totals`), `DELETE
//! /users/{id}/refresh-tokens` (`delete:refresh_tokens`, 202 `{}`), and `GET`/`DELETE /refresh-tokens/{id}`
//! (200 / 204). A revoked token is refused by the `refresh_token` grant.

// `ApiError` (shared, owned by http/error.rs) is larger than clippy's default; it is built only on error paths.
#![allow(clippy::result_large_err)]

use axum::Router;
use axum::extract::rejection::RawPathParamsRejection;
use axum::extract::{RawPathParams, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use serde_json::{Value, json};

use super::extract::{QueryParams, path_id};
use super::middleware::Caller;
use super::respond::json_value;
use super::roles::{empty_object, no_content};
use super::users::existing_user;
use super::{ApiError, AppState};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/users/{id}/refresh-tokens",
            get(list_of_user).delete(revoke_of_user),
        )
        .route("/refresh-tokens/{id}", get(get_one).delete(revoke_one))
}

async fn list_of_user(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require_any(&["read:refresh_tokens"])?;
    let user = existing_user(&state, &params)?;
    let qp = QueryParams::parse(raw.as_deref());
    let take = qp
        .get("take")
        .and_then(|t| t.parse::<usize>().ok())
        .unwrap_or(50)
        .clamp(1, 100);
    let all = state.store.refresh_tokens_of(&user)?;
    // The cursor is the id of the last token of the previous page (exclusive).
    let start = match qp.get("from") {
        Some(from) => all
            .iter()
            .position(|t| t.get("id").and_then(Value::as_str) == Some(from))
            .map_or(0, |i| i + 1),
        None => 0,
    };
    let page: Vec<Value> = all.iter().skip(start).take(take).cloned().collect();
    let mut body = json!({ "tokens": page });
    if start + take < all.len()
        && let Some(last) = page.last().and_then(|t| t.get("id")).cloned()
    {
        body["next"] = last;
    }
    if qp.get("include_totals") == Some("true") {
        body["total"] = json!(all.len());
    }
    Ok(json_value(StatusCode::OK, &body))
}

async fn revoke_of_user(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
) -> Result<Response, ApiError> {
    caller.require_any(&["delete:refresh_tokens"])?;
    let user = existing_user(&state, &params)?;
    state.store.revoke_refresh_tokens_of(&user)?;
    Ok(empty_object(StatusCode::ACCEPTED))
}

fn not_found() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "The refresh token does not exist.",
        Some("refresh_token_not_found"),
    )
}

async fn get_one(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
) -> Result<Response, ApiError> {
    caller.require_any(&["read:refresh_tokens"])?;
    let id = path_id(&params).ok_or_else(not_found)?;
    let token = state.store.refresh_token(&id)?.ok_or_else(not_found)?;
    Ok(json_value(StatusCode::OK, &token))
}

async fn revoke_one(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
) -> Result<Response, ApiError> {
    caller.require_any(&["delete:refresh_tokens"])?;
    if let Some(id) = path_id(&params) {
        state.store.revoke_refresh_token(&id)?;
    }
    Ok(no_content())
}

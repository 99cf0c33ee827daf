//! Tenant logs: `GET /api/v2/users/{id}/logs` (`read:logs` or `read:logs_users`; page, per_page 1..100, sort
//! `date:1|-1`, include_totals), `GET /api/v2/logs` (`read:logs`; page, per_page, `q` limited to `type:CODE`),
//! `GET /api/v2/logs/{id}`. Events come from `store::logs`.

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
use super::users::existing_user;
use super::{ApiError, AppState};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/users/{id}/logs", get(user_logs))
        .route("/logs", get(logs))
        .route("/logs/{id}", get(log_by_id))
}

/// `page` and `per_page` (default 50, 1..100).
fn paging(qp: &QueryParams) -> Result<(i64, i64), ApiError> {
    let page = match qp.get("page") {
        None => 0,
        Some(p) => p.parse::<i64>().ok().filter(|p| *p >= 0).ok_or_else(|| {
            ApiError::invalid_query(
                "Query validation error: 'Expected type integer' on property page.",
            )
        })?,
    };
    let per_page = match qp.get("per_page") {
        None => 50,
        Some(p) => p.parse::<i64>().ok().filter(|p| (1..=100).contains(p)).ok_or_else(|| {
            ApiError::invalid_query("Query validation error: 'Expected a number from 1 to 100' on property per_page.")
        })?,
    };
    Ok((page, per_page))
}

async fn user_logs(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require_any(&["read:logs", "read:logs_users"])?;
    let user = existing_user(&state, &params)?;
    let qp = QueryParams::parse(raw.as_deref());
    let (page, per_page) = paging(&qp)?;
    let ascending = qp.get("sort") == Some("date:1");
    let items = state.store.user_logs(&user, page, per_page, ascending)?;
    if qp.get("include_totals") == Some("true") {
        let total = state.store.user_logs(&user, 0, i64::MAX, false)?.len();
        return Ok(json_value(
            StatusCode::OK,
            &json!({"start": page * per_page, "limit": per_page, "length": items.len(), "total": total, "logs": items}),
        ));
    }
    Ok(json_value(StatusCode::OK, &Value::Array(items)))
}

async fn logs(
    State(state): State<AppState>,
    caller: Caller,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require_any(&["read:logs"])?;
    let qp = QueryParams::parse(raw.as_deref());
    let (page, per_page) = paging(&qp)?;
    let kind = match qp.get("q") {
        None | Some("") => None,
        Some(q) => match q.strip_prefix("type:") {
            Some(t) => Some(t.trim_matches('"').to_owned()),
            None => {
                return Err(ApiError::invalid_query(
                    "The emulator's log search takes only `type:CODE` (e.g. q=type:\"fp\").",
                ));
            }
        },
    };
    let items = state.store.logs(kind.as_deref(), page, per_page)?;
    Ok(json_value(StatusCode::OK, &Value::Array(items)))
}

async fn log_by_id(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
) -> Result<Response, ApiError> {
    caller.require_any(&["read:logs"])?;
    let not_found = || {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "Log not found",
            Some("inexistent_log"),
        )
    };
    let id = path_id(&params).ok_or_else(not_found)?;
    let doc = state.store.log_by_id(&id)?.ok_or_else(not_found)?;
    Ok(json_value(StatusCode::OK, &doc))
}

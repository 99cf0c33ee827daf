//! `GET /api/v2/connections` (filters `strategy`, `name`; `fields`/`include_fields`; offset pagination) and
//! `GET /api/v2/connections/{id}`, both needing `read:connections`.

// `ApiError` (shared, owned by http/error.rs) is larger than clippy's default; it is built only on error paths.
#![allow(clippy::result_large_err)]

use axum::Router;
use axum::extract::rejection::RawPathParamsRejection;
use axum::extract::{RawPathParams, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use serde_json::{Map, Value, json};

use super::extract::{QueryParams, path_id};
use super::middleware::Caller;
use super::respond::json_value;
use super::{ApiError, AppState};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/connections", get(list_connections))
        .route("/connections/{id}", get(get_connection))
}

fn inexistent_connection() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "The connection does not exist.",
        Some("inexistent_connection"),
    )
}

fn project(doc: Value, p: &crate::users::Projection) -> Value {
    match doc {
        Value::Object(m) => Value::Object(p.apply(m)),
        other => other,
    }
}

/// `GET /api/v2/connections`.
async fn list_connections(
    State(state): State<AppState>,
    caller: Caller,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require_any(&["read:connections"])?;
    let qp = QueryParams::parse(raw.as_deref());
    let per_page = qp
        .int(
            "per_page",
            1,
            Some(100),
            "The amount of entries per page. Defaults to 100 if not provided",
        )?
        .unwrap_or(100);
    let page = qp
        .int("page", 0, None, "The page number. Zero based")?
        .unwrap_or(0);
    qp.int(
        "take",
        1,
        Some(100),
        "Number of results per page. Defaults to 50",
    )?;
    let include_totals = qp
        .bool(
            "include_totals",
            "true if a query summary must be included in the result, false otherwise. Not returned when using checkpoint pagination. Default false",
        )?
        .unwrap_or(false);
    let projection = qp.projection()?;
    let strategies = qp.all("strategy");
    let name = qp.get("name").filter(|n| !n.is_empty());
    let all = state.store.connections()?;
    let matching: Vec<Value> = all
        .into_iter()
        .filter(|c| strategies.is_empty() || strategies.contains(&c.strategy))
        .filter(|c| name.is_none_or(|n| n == c.name))
        .map(|c| c.doc)
        .collect();
    let total = matching.len();
    let start = (page * per_page) as usize;
    let page_items: Vec<Value> = matching
        .into_iter()
        .skip(start)
        .take(per_page as usize)
        .map(|d| project(d, &projection))
        .collect();
    if include_totals {
        let mut env = Map::new();
        env.insert("start".into(), json!(start));
        env.insert("limit".into(), json!(per_page));
        env.insert("total".into(), json!(total));
        env.insert("connections".into(), Value::Array(page_items));
        return Ok(json_value(StatusCode::OK, &Value::Object(env)));
    }
    Ok(json_value(StatusCode::OK, &Value::Array(page_items)))
}

/// `GET /api/v2/connections/{id}`.
async fn get_connection(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require_any(&["read:connections"])?;
    let projection = QueryParams::parse(raw.as_deref()).projection()?;
    let Some(id) = path_id(&params) else {
        return Err(inexistent_connection());
    };
    let Some(c) = state.store.connection_by_id(&id)? else {
        return Err(inexistent_connection());
    };
    Ok(json_value(StatusCode::OK, &project(c.doc, &projection)))
}

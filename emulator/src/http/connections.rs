//! `GET /api/v2/connections` (filters `strategy`, `name`; `fields`/`include_fields`; offset or checkpoint
//! pagination; `ConnectionForList` items) and
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

use super::extract::{QueryParams, path_id, query_error};
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

/// The properties of Auth0's `ConnectionForList`: list items carry only these (no `enabled_clients`).
const LIST_FIELDS: &[&str] = &[
    "name",
    "display_name",
    "options",
    "id",
    "strategy",
    "realms",
    "is_domain_connection",
    "show_as_button",
    "metadata",
    "authentication",
    "connected_accounts",
    "cross_app_access_requesting_app",
];

fn for_list(doc: Value) -> Value {
    match doc {
        Value::Object(m) => Value::Object(
            m.into_iter()
                .filter(|(k, _)| LIST_FIELDS.contains(&k.as_str()))
                .collect(),
        ),
        other => other,
    }
}

/// The opaque checkpoint after a connection: its name (unique in a tenant; the list is ordered by name).
fn checkpoint(name: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(name)
}

fn parse_checkpoint(from: &str) -> Option<String> {
    use base64::Engine;
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(from.trim())
        .ok()?;
    String::from_utf8(raw).ok()
}

/// `GET /api/v2/connections`: a plain array, offset pages (`page`, `per_page`, `include_totals`), or checkpoint
/// pages as soon as `from` or `take` is sent (`{connections, next}`; `next` only while more remain), as Auth0.
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
    let take = qp.int(
        "take",
        1,
        Some(100),
        "Number of results per page. Defaults to 50",
    )?;
    let from = match qp.get("from").filter(|f| !f.is_empty()) {
        None => None,
        Some(f) => Some(parse_checkpoint(f).ok_or_else(|| {
            query_error(
                "Invalid checkpoint",
                "from",
                "Optional Id from which to start selection.",
            )
        })?),
    };
    let checkpoint_paging = take.is_some() || from.is_some();
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
    let matching: Vec<(String, Value)> = all
        .into_iter()
        .filter(|c| strategies.is_empty() || strategies.contains(&c.strategy))
        .filter(|c| name.is_none_or(|n| n == c.name))
        .map(|c| (c.name, for_list(c.doc)))
        .collect();
    if checkpoint_paging {
        let take = take.unwrap_or(50) as usize;
        let rest: Vec<(String, Value)> = matching
            .into_iter()
            .filter(|(n, _)| from.as_ref().is_none_or(|f| n.as_str() > f.as_str()))
            .collect();
        let more = rest.len() > take;
        let items: Vec<(String, Value)> = rest.into_iter().take(take).collect();
        let mut env = Map::new();
        let next = if more {
            items.last().map(|(n, _)| checkpoint(n))
        } else {
            None
        };
        env.insert(
            "connections".into(),
            Value::Array(
                items
                    .into_iter()
                    .map(|(_, d)| project(d, &projection))
                    .collect(),
            ),
        );
        if let Some(next) = next {
            env.insert("next".into(), json!(next));
        }
        return Ok(json_value(StatusCode::OK, &Value::Object(env)));
    }
    let total = matching.len();
    let start = (page * per_page) as usize;
    let page_items: Vec<Value> = matching
        .into_iter()
        .skip(start)
        .take(per_page as usize)
        .map(|(_, d)| project(d, &projection))
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

//! `/api/v2/resource-servers` (APIs): list (offset paging, `identifiers`, `fields`), create (201), get, update
//! (PATCH, 200), delete (204, idempotent). `{id}` is the id or the URL-encoded identifier (double encoding works
//! too). The Management API itself is listed as the system API and refuses changes other than its token lifetime
//! and consent setting, and deletion.

// `ApiError` (shared, owned by http/error.rs) is larger than clippy's default; it is built only on error paths.
#![allow(clippy::result_large_err)]

use axum::Router;
use axum::extract::rejection::RawPathParamsRejection;
use axum::extract::{RawPathParams, RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Map, Value, json};

use super::extract::{ApiJson, QueryParams, path_id, query_error};
use super::middleware::Caller;
use super::paging::OffsetPage;
use super::respond::{JSON_UTF8, json_value};
use super::{ApiError, AppState};
use crate::rbac::resource_servers as rules;
use crate::store::rbac::{RbacWrite, ResourceServerRow};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/resource-servers",
            get(list_resource_servers).post(create_resource_server),
        )
        .route(
            "/resource-servers/{id}",
            get(get_resource_server)
                .patch(patch_resource_server)
                .delete(delete_resource_server),
        )
}

/// 404 for an API that does not exist.
pub(crate) fn inexistent_resource_server() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "The resource server does not exist",
        Some("inexistent_resource_server"),
    )
}

/// The system Management API with the changes stored for it.
pub(crate) fn system_api(state: &AppState) -> Result<Value, ApiError> {
    let mut api = rules::system_api(&state.base_url);
    if let Some(Value::Object(over)) = state.store.system_api_settings()? {
        for (k, v) in over {
            api[k] = v;
        }
    }
    Ok(api)
}

/// What `{id}` names: the system API, a custom API, or nothing.
enum Target {
    System(Value),
    Custom(ResourceServerRow),
}

fn resolve(
    state: &AppState,
    params: &Result<RawPathParams, RawPathParamsRejection>,
) -> Result<Option<Target>, ApiError> {
    let Some(mut key) = path_id(params) else {
        return Ok(None);
    };
    // The identifier may arrive encoded once more than the path needs (`https%253A%252F%252F…`).
    for _ in 0..3 {
        if key == rules::SYSTEM_API_ID || state.is_own(&key, "/api/v2/") {
            return Ok(Some(Target::System(system_api(state)?)));
        }
        if let Some(row) = state.store.resource_server(&key)? {
            return Ok(Some(Target::Custom(row)));
        }
        match percent_encoding::percent_decode_str(&key).decode_utf8() {
            Ok(d) if d != key => key = d.into_owned(),
            _ => break,
        }
    }
    Ok(None)
}

fn project(doc: Value, qp: &QueryParams) -> Result<Value, ApiError> {
    let p = qp.projection()?;
    Ok(match doc {
        Value::Object(m) if !p.is_identity() => Value::Object(p.apply(m)),
        other => other,
    })
}

/// `GET /api/v2/resource-servers`.
async fn list_resource_servers(
    State(state): State<AppState>,
    caller: Caller,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require_any(&["read:resource_servers"])?;
    let qp = QueryParams::parse(raw.as_deref());
    let page = OffsetPage::parse(&qp)?;
    let identifiers = qp.all("identifiers");
    if identifiers.len() > 10 {
        return Err(query_error(
            &format!("Array is too long ({}), maximum 10", identifiers.len()),
            "identifiers",
            "An optional filter on the resource server identifier. Must be URL encoded and may be specified multiple times (max 10).",
        ));
    }
    let mut all = vec![system_api(&state)?];
    all.extend(state.store.resource_servers()?.into_iter().map(|r| r.doc));
    let matching: Vec<Value> = all
        .into_iter()
        .filter(|d| {
            identifiers.is_empty()
                || d["identifier"]
                    .as_str()
                    .is_some_and(|i| identifiers.iter().any(|w| w == i))
        })
        .collect();
    let total = matching.len() as i64;
    let items = matching
        .into_iter()
        .skip(page.start() as usize)
        .take(page.per_page as usize)
        .map(|d| project(d, &qp))
        .collect::<Result<Vec<_>, _>>()?;
    if page.include_totals {
        // Auth0's order for this list: total, start, limit, resource_servers.
        let mut m = Map::new();
        m.insert("total".into(), json!(total));
        m.insert("start".into(), json!(page.start()));
        m.insert("limit".into(), json!(page.per_page));
        m.insert("resource_servers".into(), Value::Array(items));
        return Ok(json_value(StatusCode::OK, &Value::Object(m)));
    }
    Ok(json_value(StatusCode::OK, &Value::Array(items)))
}

fn conflict() -> ApiError {
    ApiError::new(
        StatusCode::CONFLICT,
        "A resource server with the same identifier already exists.",
        Some("resource_server_conflict"),
    )
}

/// `POST /api/v2/resource-servers`.
async fn create_resource_server(
    State(state): State<AppState>,
    caller: Caller,
    body: Result<ApiJson<Value>, ApiError>,
) -> Result<Response, ApiError> {
    caller.require_any(&["create:resource_servers"])?;
    let ApiJson(body) = body?;
    rules::validate_create(&body)?;
    let identifier = body["identifier"].as_str().unwrap_or_default().to_owned();
    if state.is_own(&identifier, "/api/v2/") {
        return Err(conflict());
    }
    let doc = rules::new_doc(&body, chrono::Utc::now().timestamp());
    let row = ResourceServerRow {
        id: doc["id"].as_str().unwrap_or_default().to_owned(),
        identifier,
        doc: Value::Object(doc),
    };
    match state.store.resource_server_insert(&row)? {
        RbacWrite::Done => Ok(json_value(StatusCode::CREATED, &row.doc)),
        _ => Err(conflict()),
    }
}

/// `GET /api/v2/resource-servers/{id}`.
async fn get_resource_server(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require_any(&["read:resource_servers"])?;
    let qp = QueryParams::parse(raw.as_deref());
    let doc = match resolve(&state, &params)? {
        Some(Target::System(doc)) => doc,
        Some(Target::Custom(row)) => row.doc,
        None => return Err(inexistent_resource_server()),
    };
    Ok(json_value(StatusCode::OK, &project(doc, &qp)?))
}

/// What the system API lets a PATCH change.
const SYSTEM_PATCHABLE: &[&str] = &[
    "token_lifetime",
    "skip_consent_for_verifiable_first_party_clients",
];

/// `PATCH /api/v2/resource-servers/{id}`.
async fn patch_resource_server(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    body: Result<ApiJson<Value>, ApiError>,
) -> Result<Response, ApiError> {
    caller.require_any(&["update:resource_servers"])?;
    let ApiJson(body) = body?;
    rules::validate_patch(&body)?;
    match resolve(&state, &params)? {
        None => Err(inexistent_resource_server()),
        Some(Target::System(_)) => {
            let obj = body.as_object().cloned().unwrap_or_default();
            let refused: Vec<&str> = obj
                .keys()
                .filter(|k| !SYSTEM_PATCHABLE.contains(&k.as_str()))
                .map(String::as_str)
                .collect();
            if !refused.is_empty() {
                return Err(ApiError::invalid_body(format!(
                    "Payload validation error: 'Additional properties not allowed: {}'.",
                    refused.join(",")
                )));
            }
            let mut stored = match state.store.system_api_settings()? {
                Some(Value::Object(m)) => m,
                _ => Map::new(),
            };
            stored.extend(obj);
            state
                .store
                .set_system_api_settings(&Value::Object(stored))?;
            Ok(json_value(StatusCode::OK, &system_api(&state)?))
        }
        Some(Target::Custom(row)) => {
            let current = row.doc.as_object().cloned().unwrap_or_default();
            let doc = Value::Object(rules::apply_patch(&current, &body));
            match state.store.resource_server_replace(&row.id, &doc)? {
                RbacWrite::Done => Ok(json_value(StatusCode::OK, &doc)),
                _ => Err(inexistent_resource_server()),
            }
        }
    }
}

/// `DELETE /api/v2/resource-servers/{id}`: 204, also for an API that does not exist.
async fn delete_resource_server(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
) -> Result<Response, ApiError> {
    caller.require_any(&["delete:resource_servers"])?;
    match resolve(&state, &params)? {
        Some(Target::System(_)) => {
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                "You cannot delete a system resource server.",
                Some("operation_not_supported"),
            ));
        }
        Some(Target::Custom(row)) => {
            state.store.resource_server_delete(&row.id)?;
        }
        None => {}
    }
    let mut r = StatusCode::NO_CONTENT.into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(JSON_UTF8));
    Ok(r)
}

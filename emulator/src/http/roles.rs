//! `/api/v2/roles`: list (`name_filter`, offset paging), create (200), get, update (PATCH, 200), delete (200 `{}`);
//! `/roles/{id}/permissions`: list, add (201 `{}`), remove (204); `/roles/{id}/users`: list (offset or checkpoint
//! paging), assign many (200 `{}`).

// `ApiError` (shared, owned by http/error.rs) is larger than clippy's default; it is built only on error paths.
#![allow(clippy::result_large_err)]

use axum::Router;
use axum::extract::rejection::RawPathParamsRejection;
use axum::extract::{RawPathParams, RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use base64::Engine as _;
use serde_json::{Map, Value, json};

use super::extract::{ApiJson, QueryParams, path_id, query_error};
use super::middleware::Caller;
use super::paging::OffsetPage;
use super::respond::{JSON_UTF8, json_value};
use super::{ApiError, AppState};
use crate::rbac::permissions::{self as perms, PermissionRef};
use crate::rbac::resource_servers::scope_values;
use crate::rbac::roles as rules;
use crate::store::rbac::{PermissionKey, RbacWrite, RoleRow};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/roles", get(list_roles).post(create_role))
        .route(
            "/roles/{id}",
            get(get_role).patch(patch_role).delete(delete_role),
        )
        .route(
            "/roles/{id}/permissions",
            get(list_role_permissions)
                .post(add_role_permissions)
                .delete(remove_role_permissions),
        )
        .route(
            "/roles/{id}/users",
            get(list_role_users).post(assign_role_users),
        )
}

/// An empty answer with Auth0's content type (`204`).
pub(crate) fn no_content() -> Response {
    let mut r = StatusCode::NO_CONTENT.into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(JSON_UTF8));
    r
}

/// `{}` with `status`.
pub(crate) fn empty_object(status: StatusCode) -> Response {
    json_value(status, &json!({}))
}

/// The permissions a body names, checked against their APIs: an unknown API → 404, and (when `must_exist`) a
/// permission the API does not define → 400.
pub(crate) fn resolve_permissions(
    state: &AppState,
    refs: &[PermissionRef],
    must_exist: bool,
) -> Result<Vec<PermissionKey>, ApiError> {
    let mut out = Vec::with_capacity(refs.len());
    for r in refs {
        let api = state
            .store
            .resource_server(&r.resource_server_identifier)?
            .filter(|a| a.identifier == r.resource_server_identifier)
            .ok_or_else(|| perms::unknown_api(&r.resource_server_identifier))?;
        if must_exist && !scope_values(&api.doc).contains(&r.permission_name) {
            return Err(perms::unknown_permission(r).into());
        }
        out.push(PermissionKey {
            rs_id: api.id,
            permission: r.permission_name.clone(),
        });
    }
    Ok(out)
}

fn role_of(
    state: &AppState,
    params: &Result<RawPathParams, RawPathParamsRejection>,
) -> Result<RoleRow, ApiError> {
    let id = path_id(params).ok_or_else(rules::not_found)?;
    state
        .store
        .role(&id)?
        .ok_or_else(|| rules::not_found().into())
}

/// `GET /api/v2/roles`.
async fn list_roles(
    State(state): State<AppState>,
    caller: Caller,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require_any(&["read:roles"])?;
    let qp = QueryParams::parse(raw.as_deref());
    let page = OffsetPage::parse(&qp)?;
    let filter = qp.get("name_filter").filter(|f| !f.is_empty());
    let (rows, total) = state.store.roles_list(filter, page.page, page.per_page)?;
    let items = rows.iter().map(|r| rules::role_json(r, false)).collect();
    Ok(json_value(
        StatusCode::OK,
        &page.envelope("roles", items, total),
    ))
}

/// `POST /api/v2/roles`: 200 with the role.
async fn create_role(
    State(state): State<AppState>,
    caller: Caller,
    body: Result<ApiJson<Value>, ApiError>,
) -> Result<Response, ApiError> {
    caller.require_any(&["create:roles"])?;
    let ApiJson(body) = body?;
    let role = rules::plan_create(&body)?;
    match state.store.role_insert(&role)? {
        RbacWrite::Done => Ok(json_value(StatusCode::OK, &rules::role_json(&role, true))),
        _ => Err(rules::conflict().into()),
    }
}

/// `GET /api/v2/roles/{id}`.
async fn get_role(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
) -> Result<Response, ApiError> {
    caller.require_any(&["read:roles"])?;
    let role = role_of(&state, &params)?;
    Ok(json_value(StatusCode::OK, &rules::role_json(&role, false)))
}

/// `PATCH /api/v2/roles/{id}`: 200 with the whole role.
async fn patch_role(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    body: Result<ApiJson<Value>, ApiError>,
) -> Result<Response, ApiError> {
    caller.require_any(&["update:roles"])?;
    let ApiJson(body) = body?;
    let role = role_of(&state, &params)?;
    let new = rules::apply_patch(&role, &body)?;
    match state.store.role_update(&new)? {
        RbacWrite::Done => Ok(json_value(StatusCode::OK, &rules::role_json(&new, false))),
        RbacWrite::Conflict => Err(rules::conflict().into()),
        _ => Err(rules::not_found().into()),
    }
}

/// `DELETE /api/v2/roles/{id}`: 200 `{}`; the role leaves every user. A second delete is 404.
async fn delete_role(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
) -> Result<Response, ApiError> {
    caller.require_any(&["delete:roles"])?;
    let id = path_id(&params).ok_or_else(rules::not_found)?;
    if !state.store.role_delete(&id)? {
        return Err(rules::not_found().into());
    }
    Ok(empty_object(StatusCode::OK))
}

/// `GET /api/v2/roles/{id}/permissions`.
async fn list_role_permissions(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require_any(&["read:roles"])?;
    let qp = QueryParams::parse(raw.as_deref());
    let page = OffsetPage::parse(&qp)?;
    let role = role_of(&state, &params)?;
    let (rows, total) = state
        .store
        .role_permissions(&role.id, page.page, page.per_page)?;
    let items = rows.iter().map(perms::role_permission_json).collect();
    Ok(json_value(
        StatusCode::OK,
        &page.envelope("permissions", items, total),
    ))
}

const ROLE_PERMISSIONS_DESC: &str = "array of resource_server_identifier, permission_name pairs.";

async fn change_role_permissions(
    state: AppState,
    params: Result<RawPathParams, RawPathParamsRejection>,
    body: Value,
    add: bool,
) -> Result<(), ApiError> {
    let refs = perms::parse_permissions(&body, ROLE_PERMISSIONS_DESC)?;
    let role = role_of(&state, &params)?;
    let keys = resolve_permissions(&state, &refs, add)?;
    match state.store.role_permissions_change(&role.id, &keys, add)? {
        RbacWrite::Done => Ok(()),
        _ => Err(rules::not_found().into()),
    }
}

/// `POST /api/v2/roles/{id}/permissions`: 201 `{}`.
async fn add_role_permissions(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    body: Result<ApiJson<Value>, ApiError>,
) -> Result<Response, ApiError> {
    caller.require_any(&["update:roles"])?;
    let ApiJson(body) = body?;
    change_role_permissions(state, params, body, true).await?;
    Ok(empty_object(StatusCode::CREATED))
}

/// `DELETE /api/v2/roles/{id}/permissions`: 204, also for permissions the role does not have.
async fn remove_role_permissions(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    body: Result<ApiJson<Value>, ApiError>,
) -> Result<Response, ApiError> {
    caller.require_any(&["update:roles"])?;
    let ApiJson(body) = body?;
    change_role_permissions(state, params, body, false).await?;
    Ok(no_content())
}

/// A role member as `GET /roles/{id}/users` shows it: `{user_id, email, picture, name}`.
fn member_json(user_id: &str, doc: &Value) -> Value {
    let mut m = Map::new();
    m.insert("user_id".into(), json!(user_id));
    for k in ["email", "picture", "name"] {
        if let Some(v) = doc.get(k).filter(|v| !v.is_null()) {
            m.insert(k.into(), v.clone());
        }
    }
    Value::Object(m)
}

/// The checkpoint after a member: base64 of `<assigned_at> UTC,<position>` (opaque to clients).
fn checkpoint(assigned_at: &str, seq: i64) -> String {
    base64::engine::general_purpose::STANDARD.encode(format!("{assigned_at} UTC,{seq}"))
}

fn parse_checkpoint(from: &str) -> Option<i64> {
    let raw = base64::engine::general_purpose::STANDARD
        .decode(from.trim())
        .ok()?;
    let text = String::from_utf8(raw).ok()?;
    text.rsplit_once(',')?.1.parse().ok()
}

/// `GET /api/v2/roles/{id}/users`: offset paging, or checkpoint paging (`from`/`take` → `{users, next}`) as
/// soon as `take` or `from` is sent.
async fn list_role_users(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require_any_naming(
        &["read:users", "read:roles", "read:role_members"],
        &["read:users", "read:roles"],
    )?;
    let qp = QueryParams::parse(raw.as_deref());
    let page = OffsetPage::parse(&qp)?;
    let take = qp.int(
        "take",
        1,
        Some(100),
        "Number of results per page. Defaults to 50.",
    )?;
    let from = qp.get("from").filter(|f| !f.is_empty());
    let role = role_of(&state, &params)?;
    if take.is_some() || from.is_some() {
        let take = take.unwrap_or(50);
        let after = match from {
            None => None,
            Some(f) => Some(parse_checkpoint(f).ok_or_else(|| {
                query_error(
                    "Invalid checkpoint",
                    "from",
                    "Optional Id from which to start selection.",
                )
            })?),
        };
        let (mut rows, _) = state.store.role_members(&role.id, after, 0, take + 1)?;
        let more = rows.len() as i64 > take;
        rows.truncate(take as usize);
        let mut m = Map::new();
        m.insert(
            "users".into(),
            Value::Array(
                rows.iter()
                    .map(|r| member_json(&r.user_id, &r.doc))
                    .collect(),
            ),
        );
        if more && let Some(last) = rows.last() {
            m.insert(
                "next".into(),
                json!(checkpoint(&last.assigned_at, last.seq)),
            );
        }
        return Ok(json_value(StatusCode::OK, &Value::Object(m)));
    }
    let (rows, total) = state
        .store
        .role_members(&role.id, None, page.start(), page.per_page)?;
    let items = rows
        .iter()
        .map(|r| member_json(&r.user_id, &r.doc))
        .collect();
    Ok(json_value(
        StatusCode::OK,
        &page.envelope("users", items, total),
    ))
}

/// `POST /api/v2/roles/{id}/users` `{"users":[…]}`: 200 `{}`; all or nothing (an unknown user → 404).
async fn assign_role_users(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    body: Result<ApiJson<Value>, ApiError>,
) -> Result<Response, ApiError> {
    caller.require_any_naming(&["update:roles", "create:role_members"], &["update:roles"])?;
    let ApiJson(body) = body?;
    let users = perms::parse_ids(
        &body,
        "users",
        0,
        "user_id's of the users to assign the role to.",
    )?;
    let role = role_of(&state, &params)?;
    match state
        .store
        .user_roles_add(&users, std::slice::from_ref(&role.id))?
    {
        RbacWrite::Done => Ok(empty_object(StatusCode::OK)),
        RbacWrite::Missing(id) if id == role.id => Err(rules::not_found().into()),
        _ => Err(ApiError::inexistent_user()),
    }
}

//! A user's roles and permissions: `/api/v2/users/{id}/roles` (list, assign 204, remove 204) and
//! `/api/v2/users/{id}/permissions` (list with `sources`, add 201 `{}`, remove 204).

// `ApiError` (shared, owned by http/error.rs) is larger than clippy's default; it is built only on error paths.
#![allow(clippy::result_large_err)]

use axum::Router;
use axum::extract::rejection::RawPathParamsRejection;
use axum::extract::{RawPathParams, RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use serde_json::Value;

use super::extract::{ApiJson, QueryParams};
use super::middleware::Caller;
use super::paging::OffsetPage;
use super::respond::json_value;
use super::roles::{empty_object, no_content, resolve_permissions};
use super::users::existing_user;
use super::{ApiError, AppState};
use crate::rbac::permissions as perms;
use crate::rbac::roles as role_rules;
use crate::store::rbac::RbacWrite;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/users/{id}/roles",
            get(list_user_roles)
                .post(assign_user_roles)
                .delete(remove_user_roles),
        )
        .route(
            "/users/{id}/permissions",
            get(list_user_permissions)
                .post(add_user_permissions)
                .delete(remove_user_permissions),
        )
}

/// `GET /api/v2/users/{id}/roles`.
async fn list_user_roles(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require_any_naming(
        &["read:users", "read:roles", "read:role_members"],
        &["read:users", "read:roles", "read:role_members"],
    )?;
    let qp = QueryParams::parse(raw.as_deref());
    let page = OffsetPage::parse(&qp)?;
    let user = existing_user(&state, &params)?;
    let (rows, total) = state.store.user_roles(&user, page.page, page.per_page)?;
    let items = rows
        .iter()
        .map(|r| role_rules::role_json(r, false))
        .collect();
    Ok(json_value(
        StatusCode::OK,
        &page.envelope("roles", items, total),
    ))
}

/// `POST /api/v2/users/{id}/roles` `{"roles":[…]}`: 204; an unknown role → 404, nothing assigned.
async fn assign_user_roles(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    body: Result<ApiJson<Value>, ApiError>,
) -> Result<Response, ApiError> {
    caller.require_any_naming(&["update:users", "create:role_members"], &["update:users"])?;
    let ApiJson(body) = body?;
    let roles = perms::parse_ids(
        &body,
        "roles",
        1,
        "List of roles IDs to associated with the user.",
    )?;
    let user = existing_user(&state, &params)?;
    match state
        .store
        .user_roles_add(std::slice::from_ref(&user), &roles)?
    {
        RbacWrite::Done => Ok(no_content()),
        RbacWrite::Missing(id) if id == user => Err(ApiError::inexistent_user()),
        _ => Err(role_rules::not_found().into()),
    }
}

/// `DELETE /api/v2/users/{id}/roles` `{"roles":[…]}`: 204; roles the user does not have are ignored.
async fn remove_user_roles(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    body: Result<ApiJson<Value>, ApiError>,
) -> Result<Response, ApiError> {
    caller.require_any_naming(&["update:users", "delete:role_members"], &["update:users"])?;
    let ApiJson(body) = body?;
    let roles = perms::parse_ids(
        &body,
        "roles",
        1,
        "List of roles IDs to remove from the user.",
    )?;
    let user = existing_user(&state, &params)?;
    state.store.user_roles_remove(&user, &roles)?;
    Ok(no_content())
}

/// `GET /api/v2/users/{id}/permissions`: direct permissions and those of the user's roles, each with its
/// `sources`.
async fn list_user_permissions(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require_any(&["read:users"])?;
    let qp = QueryParams::parse(raw.as_deref());
    let page = OffsetPage::parse(&qp)?;
    let user = existing_user(&state, &params)?;
    let rows = state.store.user_permission_sources(&user, None)?;
    let all = perms::user_permissions_json(&rows);
    let total = all.len() as i64;
    let items = all
        .into_iter()
        .skip(page.start() as usize)
        .take(page.per_page as usize)
        .collect();
    Ok(json_value(
        StatusCode::OK,
        &page.envelope("permissions", items, total),
    ))
}

const USER_PERMISSIONS_DESC: &str = "List of permissions to add to this user.";

async fn change_user_permissions(
    state: AppState,
    params: Result<RawPathParams, RawPathParamsRejection>,
    body: Value,
    add: bool,
) -> Result<(), ApiError> {
    let desc = if add {
        USER_PERMISSIONS_DESC
    } else {
        "List of permissions to remove from this user."
    };
    let refs = perms::parse_permissions(&body, desc)?;
    let user = existing_user(&state, &params)?;
    let keys = resolve_permissions(&state, &refs, add)?;
    match state.store.user_permissions_change(&user, &keys, add)? {
        RbacWrite::Done => Ok(()),
        _ => Err(ApiError::inexistent_user()),
    }
}

/// `POST /api/v2/users/{id}/permissions`: 201 `{}`.
async fn add_user_permissions(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    body: Result<ApiJson<Value>, ApiError>,
) -> Result<Response, ApiError> {
    caller.require_any(&["update:users"])?;
    let ApiJson(body) = body?;
    change_user_permissions(state, params, body, true).await?;
    Ok(empty_object(StatusCode::CREATED))
}

/// `DELETE /api/v2/users/{id}/permissions`: 204, also for permissions the user does not have.
async fn remove_user_permissions(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    body: Result<ApiJson<Value>, ApiError>,
) -> Result<Response, ApiError> {
    caller.require_any(&["update:users"])?;
    let ApiJson(body) = body?;
    change_user_permissions(state, params, body, false).await?;
    Ok(no_content())
}

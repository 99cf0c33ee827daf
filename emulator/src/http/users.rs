//! `/api/v2/users`, `/api/v2/users/{id}`, `/api/v2/users-by-email`: handlers that check scopes, parse the
//! request the way Auth0 does (query-string validation, JSON or form bodies), apply the rules of
//! [`crate::users`] and answer with the stored user documents.
//!

// `ApiError` (shared, owned by http/error.rs) is larger than clippy's default; it is built only on error paths.
#![allow(clippy::result_large_err)]

use axum::Router;
use axum::extract::rejection::RawPathParamsRejection;
use axum::extract::{RawPathParams, RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Map, Value};

use super::extract::{ApiJsonOrForm, QueryParams, path_id, query_error};
use super::middleware::Caller;
use super::respond::{JSON_UTF8, json_text};
use super::{ApiError, AppState};
use crate::store::users::{NewUser, Sort, UserFilter, Write};
use crate::users::{self as rules, Projection, RuleError};

use crate::query;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/users", get(list_users).post(create_user))
        .route(
            "/users/{id}",
            get(get_user).patch(patch_user).delete(delete_user),
        )
        .route("/users-by-email", get(users_by_email))
}

fn project_text(doc: String, p: &Projection) -> Result<String, ApiError> {
    if p.is_identity() {
        return Ok(doc);
    }
    let v: Map<String, Value> = serde_json::from_str(&doc).map_err(ApiError::internal)?;
    Ok(Value::Object(p.apply(v)).to_string())
}

fn join_docs(docs: Vec<String>, p: &Projection) -> Result<String, ApiError> {
    let mut out = String::with_capacity(docs.iter().map(|d| d.len() + 1).sum::<usize>() + 2);
    out.push('[');
    for (i, d) in docs.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&project_text(d, p)?);
    }
    out.push(']');
    Ok(out)
}

async fn hash_password(state: &AppState, password: String) -> Result<String, ApiError> {
    let cost = state.settings.bcrypt_cost;
    tokio::task::spawn_blocking(move || bcrypt::hash(password, cost))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::internal)
}

/// The user id of the path, if such a user exists; else 404 `inexistent_user` (for the `/users/{id}/…` routes).
pub(crate) fn existing_user(
    state: &AppState,
    params: &Result<RawPathParams, RawPathParamsRejection>,
) -> Result<String, ApiError> {
    let id = path_id(params).ok_or_else(ApiError::inexistent_user)?;
    match state.store.user_doc(&id)? {
        Some(_) => Ok(id),
        None => Err(ApiError::inexistent_user()),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Handlers
// ---------------------------------------------------------------------------------------------------------

const MAX_REACHABLE: i64 = 1000;

/// `GET /api/v2/users`.
async fn list_users(
    State(state): State<AppState>,
    caller: Caller,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require_any_naming(&["read:users", "read:user_idp_tokens"], &["read:users"])?;
    let qp = QueryParams::parse(raw.as_deref());
    let page = qp
        .int(
            "page",
            0,
            None,
            "Page index of the results to return. First page is 0",
        )?
        .unwrap_or(0);
    let per_page = qp
        .int("per_page", 0, Some(100), "Number of results per page")?
        .unwrap_or(50);
    let include_totals = qp
        .bool(
            "include_totals",
            "Return results inside an object that contains the total result count (true) or as a direct array of results (false, default)",
        )?
        .unwrap_or(false);
    qp.bool(
        "primary_order",
        "If true (default), results are returned in a deterministic order",
    )?;
    let projection = qp.projection()?;
    if let Some(engine) = qp.get("search_engine")
        && !matches!(engine, "v1" | "v2" | "v3")
    {
        return Err(query_error(
            &format!("No enum match for: \"{engine}\""),
            "search_engine",
            "The version of the search engine",
        ));
    }
    let sort_desc = "Field to sort by. Use field:order where order is 1 for ascending and -1 for descending. e.g. created_at:1";
    let sort = match qp.get("sort") {
        None | Some("") => None,
        Some(sort) => {
            let Some((field, dir)) = sort.rsplit_once(':') else {
                return Err(query_error(
                    &format!(
                        "String does not match pattern ^(([a-zA-Z0-9_\\.]+))\\:(1|-1)$: {sort}"
                    ),
                    "sort",
                    sort_desc,
                ));
            };
            let field_ok = !field.is_empty()
                && field
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
            if !field_ok || !matches!(dir, "1" | "-1") {
                return Err(query_error(
                    &format!(
                        "String does not match pattern ^(([a-zA-Z0-9_\\.]+))\\:(1|-1)$: {sort}"
                    ),
                    "sort",
                    sort_desc,
                ));
            }
            if !query::can_sort(field) {
                return Err(query_error(
                    &format!("Sorting by {field} is not supported"),
                    "sort",
                    sort_desc,
                ));
            }
            Some(Sort {
                field: field.to_string(),
                descending: dir == "-1",
            })
        }
    };
    if per_page > 0 && (page + 1) * per_page > MAX_REACHABLE {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "You can only page through the first 1000 records. See https://auth0.com/docs/users/search/v3/view-search-results-by-page#limitation",
            Some("invalid_paging"),
        ));
    }
    let compiled = match qp.get("q").filter(|q| !q.trim().is_empty()) {
        None => None,
        Some(q) => Some(query::compile(q).map_err(|e| {
            query_error(
                &format!("Invalid query: {e}"),
                "q",
                "Query in Lucene query string syntax",
            )
        })?),
    };
    let search = UserFilter {
        query: compiled,
        connection: qp
            .get("connection")
            .filter(|c| !c.is_empty())
            .map(str::to_string),
        sort,
        page: page as u32,
        per_page: per_page as u32,
        with_total: include_totals,
    };
    let store = state.store.clone();
    let res = tokio::task::spawn_blocking(move || store.users_search(&search))
        .await
        .map_err(ApiError::internal)??;
    let length = res.docs.len();
    let users = join_docs(res.docs, &projection)?;
    if include_totals {
        let total = res.total.unwrap_or(0);
        let start = page * per_page;
        return Ok(json_text(
            StatusCode::OK,
            format!(
                "{{\"start\":{start},\"limit\":{per_page},\"length\":{length},\"users\":{users},\"total\":{total}}}"
            ),
        ));
    }
    Ok(json_text(StatusCode::OK, users))
}

/// `POST /api/v2/users`.
async fn create_user(
    State(state): State<AppState>,
    caller: Caller,
    body: Result<ApiJsonOrForm, ApiError>,
) -> Result<Response, ApiError> {
    caller.require_any(&["create:users"])?;
    let ApiJsonOrForm(body) = body?;
    let now_t = chrono::Utc::now();
    let now = crate::iso(now_t);
    let store = state.store.clone();
    let plan = rules::plan_create(
        &body,
        |name| store.connection_by_name(name),
        &now,
        now_t.timestamp(),
    )??;
    let password_hash = match plan.password {
        Some(pw) => Some(hash_password(&state, pw).await?),
        None => None,
    };
    let doc = Value::Object(plan.doc).to_string();
    let row = NewUser {
        user_id: plan.user_id,
        connection: plan.connection,
        password_hash,
        doc: doc.clone(),
    };
    match state.store.user_insert(&row)? {
        Write::Done => Ok(json_text(StatusCode::CREATED, doc)),
        _ => Err(RuleError::conflict().into()),
    }
}

/// `GET /api/v2/users/{id}`.
async fn get_user(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require_any_naming(
        &["read:users", "read:current_user", "read:user_idp_tokens"],
        &["read:users"],
    )?;
    let projection = QueryParams::parse(raw.as_deref()).projection()?;
    let Some(id) = path_id(&params) else {
        return Err(ApiError::inexistent_user());
    };
    let Some(doc) = state.store.user_doc(&id)? else {
        return Err(ApiError::inexistent_user());
    };
    Ok(json_text(StatusCode::OK, project_text(doc, &projection)?))
}

/// `PATCH /api/v2/users/{id}`.
async fn patch_user(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    body: Result<ApiJsonOrForm, ApiError>,
) -> Result<Response, ApiError> {
    caller.require_any_naming(
        &[
            "update:users",
            "update:users_app_metadata",
            "update:current_user_metadata",
        ],
        &["update:users", "update:users_app_metadata"],
    )?;
    let ApiJsonOrForm(body) = body?;
    if !caller.has("update:users") && rules::patch_needs_update_users(&body) {
        return Err(ApiError::insufficient_scope(&["update:users"]));
    }
    rules::validate_patch(&body)?;
    let Some(id) = path_id(&params) else {
        return Err(ApiError::inexistent_user());
    };
    let Some(row) = state.store.user(&id)? else {
        return Err(ApiError::inexistent_user());
    };
    let conn = state.store.connection_by_name(&row.connection)?;
    // Dry run on what we read: rule errors come out before any hashing work.
    let current: Map<String, Value> = serde_json::from_str(&row.doc).map_err(ApiError::internal)?;
    let now = crate::now_iso();
    let dry = rules::apply_patch(&current, &body, conn.as_ref(), &now)?;
    let new_hash = match dry.new_password {
        Some(pw) => Some(hash_password(&state, pw).await?),
        None => None,
    };
    // The real write re-applies the patch to the row as it is inside the transaction.
    let result = state.store.user_modify(&id, |row| {
        let current: Map<String, Value> =
            serde_json::from_str(&row.doc).map_err(ApiError::internal)?;
        let plan = rules::apply_patch(&current, &body, conn.as_ref(), &now)?;
        Ok::<_, ApiError>((Value::Object(plan.doc).to_string(), new_hash.clone()))
    })??;
    match result {
        (Write::Done, doc) => {
            // A new password lifts brute-force blocks, as Auth0 does.
            if new_hash.is_some() {
                state.store.clear_user_blocks(&id)?;
            }
            Ok(json_text(StatusCode::OK, doc))
        }
        (Write::Conflict, _) => Err(RuleError::conflict().into()),
        (Write::NotFound, _) => Err(ApiError::inexistent_user()),
    }
}

/// `DELETE /api/v2/users/{id}`: 204 whether or not the user existed.
async fn delete_user(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
) -> Result<Response, ApiError> {
    caller.require_any_naming(&["delete:users", "delete:current_user"], &["delete:users"])?;
    if let Some(id) = path_id(&params) {
        state.store.user_delete(&id)?;
    }
    let mut r = StatusCode::NO_CONTENT.into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(JSON_UTF8));
    Ok(r)
}

/// `GET /api/v2/users-by-email?email=`.
async fn users_by_email(
    State(state): State<AppState>,
    caller: Caller,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require_any(&["read:users"])?;
    let qp = QueryParams::parse(raw.as_deref());
    let projection = qp.projection()?;
    let Some(email) = qp.get("email") else {
        return Err(ApiError::invalid_query(
            "Query validation error: 'Missing required property: email'.",
        ));
    };
    let docs = state.store.users_by_email(&email.to_lowercase())?;
    Ok(json_text(StatusCode::OK, join_docs(docs, &projection)?))
}

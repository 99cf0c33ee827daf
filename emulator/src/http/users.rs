//! `/api/v2/users`, `/api/v2/users/{id}`, `/api/v2/users-by-email`: handlers that check scopes, parse the
//! request the way Auth0 does (query-string validation, JSON or form bodies), apply the rules of
//! [`crate::users`] and answer with the stored user documents.
//!
//! Also the small request/response helpers that `connections.rs` shares (query parsing, JSON bodies).

// `ApiError` (shared, owned by http/error.rs) is larger than clippy's default; it is built only on error paths.
#![allow(clippy::result_large_err)]

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::rejection::{BytesRejection, RawPathParamsRejection};
use axum::extract::{RawPathParams, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Map, Value};

use super::middleware::Caller;
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

// ---------------------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------------------

/// `Content-Type` of every Management API JSON answer.
pub(crate) const JSON_UTF8: &str = "application/json; charset=utf-8";

/// A response whose body is already-serialised JSON.
pub(crate) fn json_text(status: StatusCode, body: String) -> Response {
    let mut r = Response::new(Body::from(body));
    *r.status_mut() = status;
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(JSON_UTF8));
    r
}

/// A response with a JSON value.
pub(crate) fn json_value(status: StatusCode, v: &Value) -> Response {
    json_text(status, v.to_string())
}

impl From<RuleError> for ApiError {
    fn from(e: RuleError) -> Self {
        ApiError::new(
            StatusCode::from_u16(e.status).unwrap_or(StatusCode::BAD_REQUEST),
            e.message,
            e.error_code,
        )
    }
}

/// The decoded query string, in order, repeated keys kept.
pub(crate) struct QueryParams(Vec<(String, String)>);

impl QueryParams {
    pub(crate) fn parse(raw: Option<&str>) -> QueryParams {
        QueryParams(
            url::form_urlencoded::parse(raw.unwrap_or("").as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    /// The last value of `key` (Auth0's query parser keeps one value per scalar parameter).
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of `key`, comma lists split.
    pub(crate) fn all(&self, key: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .flat_map(|(_, v)| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
            .collect()
    }

    pub(crate) fn int(
        &self,
        key: &str,
        min: i64,
        max: Option<i64>,
        desc: &str,
    ) -> Result<Option<i64>, ApiError> {
        let Some(raw) = self.get(key) else {
            return Ok(None);
        };
        let Ok(n) = raw.trim().parse::<i64>() else {
            return Err(query_error(
                "Expected type integer but found type string",
                key,
                desc,
            ));
        };
        if n < min {
            return Err(query_error(
                &format!("Value {n} is less than minimum {min}"),
                key,
                desc,
            ));
        }
        if let Some(max) = max
            && n > max
        {
            return Err(query_error(
                &format!("Value {n} is greater than maximum {max}"),
                key,
                desc,
            ));
        }
        Ok(Some(n))
    }

    pub(crate) fn bool(&self, key: &str, desc: &str) -> Result<Option<bool>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some("true") => Ok(Some(true)),
            Some("false") => Ok(Some(false)),
            Some(_) => Err(query_error(
                "Expected type boolean but found type string",
                key,
                desc,
            )),
        }
    }

    pub(crate) fn projection(&self) -> Result<Projection, ApiError> {
        let include = self.bool(
            "include_fields",
            "Whether specified fields are to be included (true) or excluded (false)",
        )?;
        Ok(Projection::parse(self.get("fields"), include))
    }
}

/// 400 `invalid_query_string`: `Query validation error: '<detail>' on property <name> (<description>).`
pub(crate) fn query_error(detail: &str, prop: &str, desc: &str) -> ApiError {
    ApiError::invalid_query(format!(
        "Query validation error: '{detail}' on property {prop} ({desc})."
    ))
}

const BOOL_FIELDS: &[&str] = &[
    "blocked",
    "email_verified",
    "phone_verified",
    "verify_email",
    "verify_phone_number",
];

/// Reads a JSON or form-urlencoded body as Auth0 accepts it (`POST`/`PATCH /users` take both), with the same
/// 400/413 answers as [`super::extract::ApiJson`].
pub(crate) fn parse_body(
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Value, ApiError> {
    let bytes = match body {
        Ok(b) => b,
        Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return Err(ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!(
                    "Payload content length greater than maximum allowed: {}.",
                    super::middleware::MAX_BODY_BYTES
                ),
                None,
            ));
        }
        Err(_) => return Err(ApiError::invalid_body("Invalid request payload")),
    };
    let ctype = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if ctype == "application/x-www-form-urlencoded" {
        let mut obj = Map::new();
        for (k, v) in url::form_urlencoded::parse(&bytes) {
            let value = if BOOL_FIELDS.contains(&k.as_ref()) && (v == "true" || v == "false") {
                Value::Bool(v == "true")
            } else {
                Value::String(v.into_owned())
            };
            obj.insert(k.into_owned(), value);
        }
        return Ok(Value::Object(obj));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(Value::Null);
    }
    if ctype.is_empty() {
        return Err(ApiError::invalid_body(
            "Missing content type: the request body must be JSON (application/json).",
        ));
    }
    if !super::extract::is_json_content_type(&ctype) {
        return Err(ApiError::invalid_body(format!(
            "Unsupported content type {ctype:?}: the request body must be JSON (application/json)."
        )));
    }
    serde_json::from_slice(&bytes)
        .map_err(|_| ApiError::invalid_body("Invalid request payload JSON format"))
}

/// The `{id}` path segment, percent-decoded leniently (a stray `%` stays a `%`); `None` if not UTF-8 (no
/// such id can exist, so callers answer 404).
pub(crate) fn path_id(params: &Result<RawPathParams, RawPathParamsRejection>) -> Option<String> {
    let raw = params
        .as_ref()
        .ok()?
        .iter()
        .find(|(k, _)| *k == "id")
        .map(|(_, v)| v)?;
    percent_encoding::percent_decode_str(raw)
        .decode_utf8()
        .ok()
        .map(|s| s.into_owned())
}

/// Ok when the caller holds any of `accepted`; else Auth0's 403 naming `named`.
pub(crate) fn require(caller: &Caller, accepted: &[&str], named: &[&str]) -> Result<(), ApiError> {
    if accepted.iter().any(|s| caller.has(s)) {
        Ok(())
    } else {
        Err(ApiError::insufficient_scope(named))
    }
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
    require(
        &caller,
        &["read:users", "read:user_idp_tokens"],
        &["read:users"],
    )?;
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
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    require(&caller, &["create:users"], &["create:users"])?;
    let body = parse_body(&headers, body)?;
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
    require(
        &caller,
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
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    require(
        &caller,
        &[
            "update:users",
            "update:users_app_metadata",
            "update:current_user_metadata",
        ],
        &["update:users", "update:users_app_metadata"],
    )?;
    let body = parse_body(&headers, body)?;
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
        (Write::Done, doc) => Ok(json_text(StatusCode::OK, doc)),
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
    require(
        &caller,
        &["delete:users", "delete:current_user"],
        &["delete:users"],
    )?;
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
    require(&caller, &["read:users"], &["read:users"])?;
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

//! Account support: `POST /api/v2/tickets/password-change` and `/tickets/email-verification` (single-use links
//! with an expiry), the pages those links open (`/u/reset-password`, `/u/email-verification`: minimal HTML that
//! sets a password under the connection's policy, or marks the email verified), and the outbox.
//!
//! The outbox (`GET /a0/outbox[?to=EMAIL]`, any token of this tenant with `read:users`) is an emulator extension,
//! outside `/api/v2`: every email the tenant would have sent (verification, password changed), with its link.

// `ApiError` (shared, owned by http/error.rs) is larger than clippy's default; it is built only on error paths.
#![allow(clippy::result_large_err)]

use std::collections::HashMap;

use axum::Router;
use axum::extract::{Form, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Map, Value, json};

use super::extract::{ApiJson, QueryParams};
use super::middleware::Caller;
use super::respond::json_value;
use super::{ApiError, AppState};
use crate::store::logs::LogEvent;
use crate::store::tickets::{Redeem, Ticket};
use crate::store::users::Write;
use crate::users::{self as rules, RuleError};

/// Auth0's default ticket lifetime: 5 days.
const DEFAULT_TTL_SECS: i64 = 432_000;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/tickets/password-change", post(password_change_ticket))
        .route(
            "/tickets/email-verification",
            post(email_verification_ticket),
        )
}

pub fn page_routes() -> Router<AppState> {
    Router::new()
        .route("/u/reset-password", get(reset_page).post(reset_submit))
        .route("/u/email-verification", get(verify_page))
}

pub fn outbox_routes() -> Router<AppState> {
    Router::new().route("/outbox", get(outbox))
}

fn bad(message: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, message, Some("invalid_body"))
}

fn only(obj: &Map<String, Value>, allowed: &[&str]) -> Result<(), ApiError> {
    for k in obj.keys() {
        if !allowed.contains(&k.as_str()) {
            return Err(bad(format!(
                "Payload validation error: 'Additional properties not allowed: {k}'."
            )));
        }
    }
    Ok(())
}

/// A new ticket for `user_id`, stored; its URL.
fn new_ticket(
    state: &AppState,
    kind: &str,
    page: &str,
    user_id: &str,
    obj: &Map<String, Value>,
) -> Result<String, ApiError> {
    let ttl = match obj.get("ttl_sec") {
        None => DEFAULT_TTL_SECS,
        Some(v) => match v.as_i64() {
            Some(0) => DEFAULT_TTL_SECS,
            Some(n) if n > 0 => n,
            _ => {
                return Err(bad(
                    "Payload validation error: 'Expected type integer' on property ttl_sec.",
                ));
            }
        },
    };
    let ticket = crate::random_id("", 32);
    state.store.insert_ticket(&Ticket {
        ticket: ticket.clone(),
        kind: kind.to_owned(),
        user_id: user_id.to_owned(),
        expires_at: chrono::Utc::now().timestamp() + ttl,
        result_url: obj
            .get("result_url")
            .and_then(Value::as_str)
            .map(str::to_owned),
        mark_email_verified: obj.get("mark_email_as_verified").and_then(Value::as_bool)
            == Some(true),
        used: false,
    })?;
    Ok(format!("{}/u/{page}?ticket={ticket}#", state.base_url))
}

fn user_exists(state: &AppState, user_id: &str) -> Result<Value, ApiError> {
    let Some(row) = state.store.user(user_id)? else {
        return Err(ApiError::inexistent_user());
    };
    serde_json::from_str(&row.doc).map_err(ApiError::internal)
}

/// `POST /api/v2/tickets/password-change` → 201 `{"ticket": URL}`.
async fn password_change_ticket(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<Value>,
) -> Result<Response, ApiError> {
    caller.require_any(&["create:user_tickets"])?;
    let empty = Map::new();
    let obj = body.as_object().unwrap_or(&empty);
    only(
        obj,
        &[
            "result_url",
            "user_id",
            "client_id",
            "organization_id",
            "connection_id",
            "email",
            "ttl_sec",
            "mark_email_as_verified",
            "includeEmailInRedirect",
            "identity",
        ],
    )?;
    let user_id = match (obj.get("user_id").and_then(Value::as_str), obj.get("email")) {
        (Some(_), Some(_)) => {
            return Err(bad(
                "Payload validation error: user_id and email cannot be sent together.",
            ));
        }
        (Some(id), None) => id.to_owned(),
        (None, Some(email)) => {
            let email = email.as_str().unwrap_or_default().to_lowercase();
            let conn_id = obj
                .get("connection_id")
                .and_then(Value::as_str)
                .ok_or_else(|| {
                    bad("Payload validation error: connection_id is required with email.")
                })?;
            let found: Vec<Value> = state
                .store
                .users_by_email(&email)?
                .iter()
                .filter_map(|d| serde_json::from_str::<Value>(d).ok())
                .collect();
            let conn_name = state.store.connection_by_id(conn_id)?.map(|c| c.name);
            found
                .iter()
                .find(|u| {
                    u.pointer("/identities/0/connection")
                        .and_then(Value::as_str)
                        == conn_name.as_deref()
                })
                .and_then(|u| u.get("user_id").and_then(Value::as_str))
                .map(str::to_owned)
                .ok_or_else(ApiError::inexistent_user)?
        }
        (None, None) => {
            return Err(bad(
                "Payload validation error: user_id, or email and connection_id, are required.",
            ));
        }
    };
    created(&state, "password_change", "reset-password", &user_id, obj)
}

/// 201 `{"ticket": URL}` for a new ticket of an existing user (404 otherwise).
fn created(
    state: &AppState,
    kind: &str,
    page: &str,
    user_id: &str,
    obj: &Map<String, Value>,
) -> Result<Response, ApiError> {
    user_exists(state, user_id)?;
    let url = new_ticket(state, kind, page, user_id, obj)?;
    Ok(json_value(StatusCode::CREATED, &json!({ "ticket": url })))
}

/// `POST /api/v2/tickets/email-verification` → 201 `{"ticket": URL}`.
async fn email_verification_ticket(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<Value>,
) -> Result<Response, ApiError> {
    caller.require_any(&["create:user_tickets"])?;
    let empty = Map::new();
    let obj = body.as_object().unwrap_or(&empty);
    only(
        obj,
        &[
            "result_url",
            "user_id",
            "client_id",
            "organization_id",
            "ttl_sec",
            "includeEmailInRedirect",
            "identity",
        ],
    )?;
    let user_id = obj
        .get("user_id")
        .and_then(Value::as_str)
        .ok_or_else(|| bad("Payload validation error: 'Missing required property: user_id'."))?
        .to_owned();
    created(
        &state,
        "email_verification",
        "email-verification",
        &user_id,
        obj,
    )
}

/// What `POST /jobs/verification-email` sends: a verification link to the user's email, into the outbox.
pub(crate) fn send_verification_email(
    state: &AppState,
    user_id: &str,
    email: &str,
) -> Result<(), ApiError> {
    let url = new_ticket(
        state,
        "email_verification",
        "email-verification",
        user_id,
        &Map::new(),
    )?;
    state.store.log(LogEvent {
        kind: "svr",
        description: "Success Verification Email Request",
        user_id: Some(user_id),
        details: Some(json!({"email_type": "verify_email", "to": email})),
        ..Default::default()
    });
    state.store.send_email(
        "verification_email",
        email,
        Some(user_id),
        "Verify your email",
        Some(&url),
        &crate::now_iso(),
    )?;
    Ok(())
}

/// `GET /a0/outbox[?to=EMAIL]` (emulator extension).
async fn outbox(
    State(state): State<AppState>,
    caller: Caller,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    caller.require_any(&["read:users"])?;
    let qp = QueryParams::parse(raw.as_deref());
    Ok(json_value(
        StatusCode::OK,
        &Value::Array(state.store.outbox(qp.get("to"))?),
    ))
}

// ---- pages ----

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

fn page(status: StatusCode, title: &str, body: &str) -> Response {
    let html = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>{t}</title></head><body><h1>{t}</h1>{body}</body></html>",
        t = escape(title)
    );
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        html,
    )
        .into_response()
}

fn refused(r: &Redeem) -> Response {
    match r {
        Redeem::Used => page(
            StatusCode::GONE,
            "Link already used",
            "<p>This link was already used. Ask for a new one.</p>",
        ),
        Redeem::Expired => page(
            StatusCode::GONE,
            "Link expired",
            "<p>This link has expired. Ask for a new one.</p>",
        ),
        _ => page(
            StatusCode::NOT_FOUND,
            "Invalid link",
            "<p>This link is not valid.</p>",
        ),
    }
}

fn done(result_url: Option<&str>, title: &str, text: &str) -> Response {
    match result_url {
        Some(u) => (StatusCode::FOUND, [(header::LOCATION, u.to_owned())]).into_response(),
        None => page(StatusCode::OK, title, &format!("<p>{}</p>", escape(text))),
    }
}

fn policy_of(state: &AppState, user_id: &str) -> Result<(Option<Value>, String), ApiError> {
    let row = state
        .store
        .user(user_id)?
        .ok_or_else(ApiError::inexistent_user)?;
    let options = state
        .store
        .connection_by_name(&row.connection)?
        .map(|c| c.options().clone());
    let text = rules::describe_policy(options.as_ref().unwrap_or(&Value::Null));
    Ok((options, text))
}

fn reset_form(ticket: &str, policy: &str, error: Option<&str>) -> String {
    format!(
        "{}<p>Your password needs {}.</p><form method=\"post\" action=\"/u/reset-password\">\
         <input type=\"hidden\" name=\"ticket\" value=\"{}\">\
         <label>New password <input type=\"password\" name=\"password\"></label>\
         <label>Again <input type=\"password\" name=\"password_confirm\"></label>\
         <button type=\"submit\">Set password</button></form>",
        error
            .map(|e| format!("<p role=\"alert\">{}</p>", escape(e)))
            .unwrap_or_default(),
        escape(policy),
        escape(ticket)
    )
}

/// `GET /u/reset-password?ticket=…`: the form.
async fn reset_page(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let qp = QueryParams::parse(raw.as_deref());
    let ticket = qp.get("ticket").unwrap_or_default().to_owned();
    let now = chrono::Utc::now().timestamp();
    match state.store.check_ticket(&ticket, "password_change", now)? {
        Redeem::Ok(t) => {
            let (_, policy) = policy_of(&state, &t.user_id)?;
            Ok(page(
                StatusCode::OK,
                "Change your password",
                &reset_form(&ticket, &policy, None),
            ))
        }
        other => Ok(refused(&other)),
    }
}

/// `POST /u/reset-password` (form: ticket, password, password_confirm): sets the password under the connection's
/// policy, uses the ticket up, lifts brute-force blocks, and tells the user by email (the outbox).
async fn reset_submit(
    State(state): State<AppState>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let ticket = form.get("ticket").cloned().unwrap_or_default();
    let password = form.get("password").cloned().unwrap_or_default();
    let now = chrono::Utc::now().timestamp();
    let t = match state.store.check_ticket(&ticket, "password_change", now)? {
        Redeem::Ok(t) => t,
        other => return Ok(refused(&other)),
    };
    let (options, policy) = policy_of(&state, &t.user_id)?;
    let again = |msg: &str| {
        page(
            StatusCode::BAD_REQUEST,
            "Change your password",
            &reset_form(&ticket, &policy, Some(msg)),
        )
    };
    if form.get("password_confirm").is_some_and(|c| *c != password) {
        return Ok(again("The passwords do not match."));
    }
    if password.is_empty()
        || !rules::password_is_strong(options.as_ref().unwrap_or(&Value::Null), &password)
    {
        return Ok(again(&format!("Password is too weak: it needs {policy}.")));
    }
    let cost = state.settings.bcrypt_cost;
    let pw = password.clone();
    let hash = tokio::task::spawn_blocking(move || bcrypt::hash(pw, cost))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::internal)?;
    if !state.store.use_ticket(&ticket, &crate::now_iso())? {
        return Ok(refused(&Redeem::Used));
    }
    let now_iso = crate::now_iso();
    let mut patch = json!({ "password": password });
    if t.mark_email_verified {
        patch["email_verified"] = json!(true);
    }
    let conn = match state.store.user(&t.user_id)? {
        Some(row) => state.store.connection_by_name(&row.connection)?,
        None => None,
    };
    let (write, doc) = state.store.user_modify(&t.user_id, |row| {
        let current: Map<String, Value> =
            serde_json::from_str(&row.doc).map_err(ApiError::internal)?;
        let plan = rules::apply_patch(&current, &patch, conn.as_ref(), &now_iso)
            .map_err(|e: RuleError| ApiError::from(e))?;
        Ok::<_, ApiError>((Value::Object(plan.doc).to_string(), Some(hash.clone())))
    })??;
    if write != Write::Done {
        return Ok(refused(&Redeem::Unknown));
    }
    state.store.clear_user_blocks(&t.user_id)?;
    state.store.log(LogEvent {
        kind: "scp",
        description: "Success Change Password (password-change ticket)",
        user_id: Some(&t.user_id),
        ..Default::default()
    });
    let doc: Value = serde_json::from_str(&doc).map_err(ApiError::internal)?;
    if let Some(email) = doc.get("email").and_then(Value::as_str) {
        state.store.send_email(
            "password_changed",
            email,
            Some(&t.user_id),
            "Your password was changed",
            None,
            &now_iso,
        )?;
    }
    Ok(done(
        t.result_url.as_deref(),
        "Password changed",
        "Your password has been changed. You can log in with it now.",
    ))
}

/// `GET /u/email-verification?ticket=…`: marks the email verified and uses the ticket up.
async fn verify_page(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let qp = QueryParams::parse(raw.as_deref());
    let ticket = qp.get("ticket").unwrap_or_default().to_owned();
    let now = chrono::Utc::now().timestamp();
    let t = match state
        .store
        .check_ticket(&ticket, "email_verification", now)?
    {
        Redeem::Ok(t) => t,
        other => return Ok(refused(&other)),
    };
    if !state.store.use_ticket(&ticket, &crate::now_iso())? {
        return Ok(refused(&Redeem::Used));
    }
    let now_iso = crate::now_iso();
    state.store.user_modify(&t.user_id, |row| {
        let mut doc: Map<String, Value> =
            serde_json::from_str(&row.doc).map_err(ApiError::internal)?;
        doc.insert("email_verified".into(), json!(true));
        doc.insert("updated_at".into(), json!(now_iso));
        Ok::<_, ApiError>((Value::Object(doc).to_string(), None))
    })??;
    Ok(done(
        t.result_url.as_deref(),
        "Email verified",
        "Your email address is verified.",
    ))
}

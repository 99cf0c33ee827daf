//! Linked accounts: `POST /api/v2/users/{id}/identities` (`{provider, user_id, connection_id?}`: the secondary
//! user's identity moves into the primary, with its profile as `profileData`, and the secondary user is
//! removed; 201 with the primary's identities) and `DELETE /api/v2/users/{id}/identities/{provider}/{user_id}`
//! (the identity becomes a user of its own again, without metadata; 200 with the identities left). Both need
//! `update:users`. A secondary's password does not move: after linking, only the primary's logins work here.

// `ApiError` (shared, owned by http/error.rs) is larger than clippy's default; it is built only on error paths.
#![allow(clippy::result_large_err)]

use axum::Router;
use axum::extract::rejection::RawPathParamsRejection;
use axum::extract::{RawPathParams, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{delete, post};
use serde_json::{Map, Value, json};

use super::extract::ApiJson;
use super::middleware::Caller;
use super::respond::json_value;
use super::users::existing_user;
use super::{ApiError, AppState};
use crate::store::users::{NewUser, Write};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/users/{id}/identities", post(link))
        .route(
            "/users/{id}/identities/{provider}/{user_id}",
            delete(unlink),
        )
}

fn bad(message: &str) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, message, Some("invalid_body"))
}

/// The profile attributes that travel with a linked identity.
const PROFILE: &[&str] = &[
    "email",
    "email_verified",
    "name",
    "given_name",
    "family_name",
    "nickname",
    "picture",
    "username",
    "phone_number",
    "phone_verified",
];

fn doc_of(state: &AppState, user_id: &str) -> Result<Map<String, Value>, ApiError> {
    let row = state
        .store
        .user(user_id)?
        .ok_or_else(ApiError::inexistent_user)?;
    serde_json::from_str(&row.doc).map_err(ApiError::internal)
}

async fn link(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
    ApiJson(body): ApiJson<Value>,
) -> Result<Response, ApiError> {
    caller.require_any(&["update:users"])?;
    let primary = existing_user(&state, &params)?;
    let empty = Map::new();
    let obj = body.as_object().unwrap_or(&empty);
    if obj.contains_key("link_with") {
        return Err(bad(
            "The emulator links by provider and user_id; link_with (a JWT) is not supported.",
        ));
    }
    let provider = obj
        .get("provider")
        .and_then(Value::as_str)
        .ok_or_else(|| bad("Payload validation error: 'Missing required property: provider'."))?;
    let raw_id = match obj.get("user_id") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => {
            return Err(bad(
                "Payload validation error: 'Missing required property: user_id'.",
            ));
        }
    };
    // A prefixed user_id is accepted, as Auth0 does.
    let secondary = if raw_id.starts_with(&format!("{provider}|")) {
        raw_id.clone()
    } else {
        format!("{provider}|{raw_id}")
    };
    if secondary == primary {
        return Err(bad("Main identity and the new one are the same."));
    }
    let sec = doc_of(&state, &secondary)?;
    let sec_identities = sec
        .get("identities")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if sec_identities.len() > 1 {
        return Err(bad(
            "The user to link already has linked accounts: unlink them first.",
        ));
    }
    let Some(mut identity) = sec_identities
        .into_iter()
        .next()
        .and_then(|i| i.as_object().cloned())
    else {
        return Err(ApiError::internal("the secondary user has no identity"));
    };
    let profile: Map<String, Value> = PROFILE
        .iter()
        .filter_map(|k| sec.get(*k).map(|v| ((*k).to_owned(), v.clone())))
        .collect();
    identity.insert("profileData".into(), Value::Object(profile));
    let now = crate::now_iso();
    let (write, doc) = state.store.user_modify(&primary, |row| {
        let mut doc: Map<String, Value> =
            serde_json::from_str(&row.doc).map_err(ApiError::internal)?;
        let ids = doc.entry("identities").or_insert_with(|| json!([]));
        if let Some(list) = ids.as_array_mut() {
            list.push(Value::Object(identity.clone()));
        }
        doc.insert("updated_at".into(), json!(now));
        Ok::<_, ApiError>((Value::Object(doc).to_string(), None))
    })??;
    if write != Write::Done {
        return Err(ApiError::inexistent_user());
    }
    state.store.user_delete(&secondary)?;
    let doc: Value = serde_json::from_str(&doc).map_err(ApiError::internal)?;
    Ok(json_value(StatusCode::CREATED, &doc["identities"]))
}

async fn unlink(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<RawPathParams, RawPathParamsRejection>,
) -> Result<Response, ApiError> {
    caller.require_any(&["update:users"])?;
    let primary = existing_user(&state, &params)?;
    let Ok(raw) = &params else {
        return Err(ApiError::inexistent_user());
    };
    let get = |k: &str| {
        raw.iter()
            .find(|(name, _)| *name == k)
            .and_then(|(_, v)| percent_encoding::percent_decode_str(v).decode_utf8().ok())
            .map(|v| v.into_owned())
            .unwrap_or_default()
    };
    let (provider, user_id) = (get("provider"), get("user_id"));
    let current = doc_of(&state, &primary)?;
    let identities = current
        .get("identities")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let position = identities.iter().position(|i| {
        i.get("provider").and_then(Value::as_str) == Some(provider.as_str())
            && i.get("user_id").map(|v| {
                v.as_str()
                    .map(str::to_owned)
                    .unwrap_or_else(|| v.to_string())
            }) == Some(user_id.clone())
    });
    match position {
        None => return Err(bad("The identity is not linked to this user.")),
        Some(0) => return Err(bad("The main identity cannot be unlinked.")),
        Some(_) => {}
    }
    let now = crate::now_iso();
    let mut removed = None;
    let (write, doc) = state.store.user_modify(&primary, |row| {
        let mut doc: Map<String, Value> =
            serde_json::from_str(&row.doc).map_err(ApiError::internal)?;
        if let Some(list) = doc.get_mut("identities").and_then(Value::as_array_mut)
            && let Some(i) = position
            && i < list.len()
        {
            removed = Some(list.remove(i));
        }
        doc.insert("updated_at".into(), json!(now));
        Ok::<_, ApiError>((Value::Object(doc).to_string(), None))
    })??;
    if write != Write::Done {
        return Err(ApiError::inexistent_user());
    }
    // The identity becomes a user of its own again, without metadata.
    if let Some(Value::Object(mut identity)) = removed {
        let profile = identity
            .remove("profileData")
            .and_then(|p| p.as_object().cloned())
            .unwrap_or_default();
        let connection = identity
            .get("connection")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        let full_id = format!("{provider}|{user_id}");
        let mut user = profile;
        user.insert("user_id".into(), json!(full_id));
        user.insert("identities".into(), json!([Value::Object(identity)]));
        user.insert("created_at".into(), json!(now));
        user.insert("updated_at".into(), json!(now));
        state.store.user_insert(&NewUser {
            user_id: full_id,
            connection,
            password_hash: None,
            doc: Value::Object(user).to_string(),
        })?;
    }
    let doc: Value = serde_json::from_str(&doc).map_err(ApiError::internal)?;
    Ok(json_value(StatusCode::OK, &doc["identities"]))
}

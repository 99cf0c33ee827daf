//! The Authentication API: `/oauth/token`, `/userinfo`, `/tokeninfo`, `/.well-known/*`.
//!
//! Grants: `client_credentials` (Management API tokens for the tenant's clients, tokens for the tenant's other APIs
//! for clients granted them), and `password` / `http://auth0.com/oauth/grant-type/password-realm` for users of
//! database connections, for `/userinfo`, the Management API or any API of the tenant (RBAC limits the scope to
//! the user's permissions; an `*_authz` dialect adds `permissions`).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::Ordering;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::header::{AUTHORIZATION, CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, middleware};
use base64::Engine;
use serde_json::{Map, Value, json};

use super::{AppState, AuthError};
use crate::passwords;
use crate::rbac::grants;
use crate::rbac::resource_servers as rbac_rs;
use crate::store::logs::LogEvent;
use crate::store::rbac::ResourceServerRow;
use crate::store::tenant;
use crate::tokens::{Audience, TOKEN_LIFETIME_SECS};

/// The default database connection of the `password` grant.
pub const DEFAULT_CONNECTION: &str = "Username-Password-Authentication";
const PASSWORD_REALM: &str = "http://auth0.com/oauth/grant-type/password-realm";
/// Lifetime of an `id_token` (Auth0's default: 10 hours).
const ID_TOKEN_LIFETIME_SECS: i64 = 36_000;
/// Scopes a user token may carry.
const OIDC_SCOPES: &[&str] = &[
    "openid",
    "profile",
    "email",
    "address",
    "phone",
    "offline_access",
];
const PROFILE_CLAIMS: &[&str] = &[
    "name",
    "family_name",
    "given_name",
    "middle_name",
    "nickname",
    "preferred_username",
    "profile",
    "picture",
    "website",
    "gender",
    "birthdate",
    "zoneinfo",
    "locale",
    "updated_at",
];

pub fn routes(state: AppState) -> Router<AppState> {
    let token =
        Router::new()
            .route("/oauth/token", post(token))
            .layer(middleware::from_fn_with_state(
                state,
                super::middleware::latency,
            ));
    Router::new()
        .merge(token)
        .route("/userinfo", get(userinfo))
        .route("/tokeninfo", post(tokeninfo))
        .route("/.well-known/jwks.json", get(jwks))
        .route(
            "/.well-known/openid-configuration",
            get(openid_configuration),
        )
        .method_not_allowed_fallback(auth_method_not_allowed)
}

/// A method an Authentication API route does not have: 405 in the Authentication API's error shape.
async fn auth_method_not_allowed() -> AuthError {
    AuthError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "Method Not Allowed",
    )
}

/// The parameters of a token request, from a form or JSON body (non-string JSON values are ignored).
fn parse_params(headers: &HeaderMap, body: &[u8]) -> Result<HashMap<String, String>, AuthError> {
    let ct = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let mut params: HashMap<String, String> = if super::extract::is_json_content_type(ct) {
        let v: Value = serde_json::from_slice(body).map_err(|_| {
            AuthError::new(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "Invalid request body: malformed JSON",
            )
        })?;
        let Value::Object(map) = v else {
            return Err(AuthError::new(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "Invalid request body: expected a JSON object",
            ));
        };
        map.into_iter()
            .filter_map(|(k, v)| match v {
                Value::String(s) => Some((k, s)),
                _ => None,
            })
            .collect()
    } else if ct
        .to_ascii_lowercase()
        .starts_with("application/x-www-form-urlencoded")
        || ct.is_empty()
    {
        serde_urlencoded::from_bytes(body).map_err(|_| {
            AuthError::new(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "Invalid request body: malformed form data",
            )
        })?
    } else {
        return Err(AuthError::new(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "Invalid request body: use application/json or application/x-www-form-urlencoded",
        ));
    };
    params.retain(|_, v| !v.is_empty());
    // Client authentication by HTTP Basic (client_secret_basic).
    if let Some((id, secret)) = basic_auth(headers) {
        params.entry("client_id".into()).or_insert(id);
        params.entry("client_secret".into()).or_insert(secret);
    }
    Ok(params)
}

fn basic_auth(headers: &HeaderMap) -> Option<(String, String)> {
    let v = headers.get(AUTHORIZATION)?.to_str().ok()?;
    let (scheme, rest) = v.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let raw = base64::engine::general_purpose::STANDARD
        .decode(rest.trim())
        .ok()?;
    let s = String::from_utf8(raw).ok()?;
    let (id, secret) = s.split_once(':')?;
    Some((id.to_owned(), secret.to_owned()))
}

fn missing(name: &str) -> AuthError {
    AuthError::new(
        StatusCode::BAD_REQUEST,
        "invalid_request",
        format!("Missing required parameter: {name}"),
    )
}

fn internal(detail: impl std::fmt::Display) -> AuthError {
    tracing::error!("internal error: {detail}");
    AuthError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "server_error",
        "Internal Server Error",
    )
}

fn no_store(mut resp: Response) -> Response {
    resp.headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

/// `POST /oauth/token`.
async fn token(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    state.token_requests.fetch_add(1, Ordering::Relaxed);
    let result = match parse_params(&headers, &body) {
        Err(e) => Err(e),
        Ok(p) => match p.get("grant_type").map(String::as_str) {
            None => Err(missing("grant_type")),
            Some("client_credentials") => client_credentials(&state, &p),
            Some("password") => password(&state, &p, DEFAULT_CONNECTION, peer).await,
            Some(PASSWORD_REALM) => match p.get("realm").cloned() {
                None => Err(missing("realm")),
                Some(realm) => password(&state, &p, &realm, peer).await,
            },
            Some("refresh_token") => refresh(&state, &p),
            Some(other) => Err(AuthError::new(
                StatusCode::FORBIDDEN,
                "unsupported_grant_type",
                format!("Unsupported grant type: {other}"),
            )),
        },
    };
    no_store(match result {
        Ok(v) => Json(v).into_response(),
        Err(e) => e.into_response(),
    })
}

/// Looks up the client and checks its secret (when `require_secret`, or whenever one is given).
fn authenticate_client(
    state: &AppState,
    p: &HashMap<String, String>,
    require_secret: bool,
) -> Result<tenant::Client, AuthError> {
    let id = p.get("client_id").ok_or_else(|| missing("client_id"))?;
    let client = state
        .store
        .client(id)
        .map_err(internal)?
        .ok_or_else(AuthError::access_denied)?;
    match p.get("client_secret") {
        Some(s) if constant_time_eq(s.as_bytes(), client.client_secret.as_bytes()) => Ok(client),
        None if !require_secret => Ok(client),
        None => Err(missing("client_secret")),
        Some(_) => Err(AuthError::access_denied()),
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn client_credentials(state: &AppState, p: &HashMap<String, String>) -> Result<Value, AuthError> {
    let client = authenticate_client(state, p, true)?;
    let audience = p.get("audience").ok_or_else(|| {
        AuthError::new(
            StatusCode::FORBIDDEN,
            "access_denied",
            "No audience parameter was provided, and no default audience has been configured",
        )
    })?;
    if !state.is_own(audience, "/api/v2/") {
        let api = find_api(state, audience)?;
        return api_client_credentials(state, &client, &api, p.get("scope"));
    }
    // Issued for the tenant's own name, whichever loopback alias the client used.
    let audience = &state.audience();
    // Requested scopes narrow what the client holds; without `scope`, the client gets all of its scopes.
    let granted: Vec<String> = match p.get("scope") {
        Some(req) => {
            let req: Vec<&str> = req.split_whitespace().collect();
            client
                .scopes
                .iter()
                .filter(|s| req.contains(&s.as_str()))
                .cloned()
                .collect()
        }
        None => client.scopes.clone(),
    };
    let scope = granted.join(" ");
    let token = state
        .tokens
        .issue(
            &state.issuer(),
            &format!("{}@clients", client.client_id),
            Audience::One(audience.clone()),
            Some(scope.clone()),
            &client.client_id,
            "client-credentials",
        )
        .map_err(internal)?;
    Ok(json!({
        "access_token": token,
        "scope": scope,
        "expires_in": TOKEN_LIFETIME_SECS,
        "token_type": "Bearer",
    }))
}

/// An API (not the Management API) of this tenant by identifier, or Auth0's `Service not found`.
fn find_api(state: &AppState, audience: &str) -> Result<ResourceServerRow, AuthError> {
    state
        .store
        .resource_server(audience)
        .map_err(internal)?
        .filter(|a| a.identifier == audience)
        .ok_or_else(|| service_not_found(audience))
}

/// What a token for an API says besides its subject.
struct ApiToken<'a> {
    api: &'a ResourceServerRow,
    sub: &'a str,
    aud: Audience,
    scope: &'a str,
    client_id: &'a str,
    gty: &'a str,
    permissions: Option<Vec<String>>,
}

/// Signs an access token for an API in its dialect: Auth0's profile (`gty`, `azp`) or RFC 9068 (`client_id`,
/// `jti`, header `typ: at+jwt`); `permissions` with an `*_authz` dialect; `exp` from the API's `token_lifetime`.
fn sign_api_token(state: &AppState, t: ApiToken<'_>) -> Result<String, AuthError> {
    let now = chrono::Utc::now().timestamp();
    let rfc = grants::is_rfc9068(&t.api.doc);
    let mut c = Map::new();
    c.insert("iss".into(), json!(state.issuer()));
    c.insert("sub".into(), json!(t.sub));
    c.insert("aud".into(), json!(t.aud));
    c.insert("iat".into(), json!(now));
    c.insert(
        "exp".into(),
        json!(now + rbac_rs::token_lifetime(&t.api.doc)),
    );
    c.insert("scope".into(), json!(t.scope));
    if rfc {
        c.insert("jti".into(), json!(crate::random_id("", 22)));
        c.insert("client_id".into(), json!(t.client_id));
    } else {
        c.insert("gty".into(), json!(t.gty));
        c.insert("azp".into(), json!(t.client_id));
    }
    if let Some(p) = t.permissions {
        c.insert("permissions".into(), json!(p));
    }
    if rfc {
        state.tokens.sign_typed(&c, "at+jwt").map_err(internal)
    } else {
        state.tokens.sign(&c).map_err(internal)
    }
}

/// Client credentials for an API: the client needs a grant for it (config `grants`); `scope` may only narrow it.
fn api_client_credentials(
    state: &AppState,
    client: &tenant::Client,
    api: &ResourceServerRow,
    requested: Option<&String>,
) -> Result<Value, AuthError> {
    let Some(grant) = state
        .store
        .client_grant(&client.client_id, &api.identifier)
        .map_err(internal)?
    else {
        return Err(AuthError::new(
            StatusCode::FORBIDDEN,
            "access_denied",
            format!(
                "Client is not authorized to access \"{}\". You need to create a \"client-grant\" associated to this API. See: https://auth0.com/docs/api/v2#!/Client_Grants/post_client_grants",
                api.identifier
            ),
        ));
    };
    let defined = rbac_rs::scope_values(&api.doc);
    let grant: Vec<String> = grant.into_iter().filter(|g| defined.contains(g)).collect();
    let granted: Vec<String> = match requested {
        None => grant,
        Some(req) => {
            let req: Vec<&str> = req.split_whitespace().collect();
            let missing: Vec<&str> = req
                .iter()
                .copied()
                .filter(|r| !grant.iter().any(|g| g == r))
                .collect();
            if !missing.is_empty() {
                return Err(AuthError::new(
                    StatusCode::FORBIDDEN,
                    "access_denied",
                    format!("Client has not been granted scopes: {}", missing.join(", ")),
                ));
            }
            grant
                .into_iter()
                .filter(|g| req.contains(&g.as_str()))
                .collect()
        }
    };
    let scope = granted.join(" ");
    let token = sign_api_token(
        state,
        ApiToken {
            api,
            sub: &format!("{}@clients", client.client_id),
            aud: Audience::One(api.identifier.clone()),
            scope: &scope,
            client_id: &client.client_id,
            gty: "client-credentials",
            permissions: grants::adds_permissions(&api.doc).then(|| granted.clone()),
        },
    )?;
    Ok(json!({
        "access_token": token,
        "scope": scope,
        "expires_in": rbac_rs::token_lifetime(&api.doc),
        "token_type": "Bearer",
    }))
}

fn service_not_found(audience: &str) -> AuthError {
    AuthError::new(
        StatusCode::FORBIDDEN,
        "access_denied",
        format!("Service not found: {audience}"),
    )
}

/// Auth0's answer once brute-force protection has blocked the user from this IP.
fn too_many_attempts() -> AuthError {
    AuthError::new(
        StatusCode::TOO_MANY_REQUESTS,
        "too_many_attempts",
        "Your account has been blocked after multiple consecutive login attempts. We've sent you an email with \
         instructions on how to unblock it.",
    )
}

fn wrong_password() -> AuthError {
    AuthError::new(
        StatusCode::FORBIDDEN,
        "invalid_grant",
        "Wrong email or password.",
    )
}

async fn password(
    state: &AppState,
    p: &HashMap<String, String>,
    connection: &str,
    peer: SocketAddr,
) -> Result<Value, AuthError> {
    let client = authenticate_client(state, p, false)?;
    let username = p.get("username").ok_or_else(|| missing("username"))?;
    let password = p.get("password").ok_or_else(|| missing("password"))?;
    let userinfo_aud = format!("{}/userinfo", state.base_url);
    let mut api = None;
    let audience = match p.get("audience") {
        None => Audience::One(userinfo_aud.clone()),
        Some(a) if state.is_own(a, "/userinfo") => Audience::One(userinfo_aud.clone()),
        Some(a) if state.is_own(a, "/api/v2/") => {
            Audience::Many(vec![state.audience(), userinfo_aud.clone()])
        }
        Some(a) => {
            let found = find_api(state, a)?;
            let aud = Audience::One(found.identifier.clone());
            api = Some(found);
            aud
        }
    };
    let strategy = state
        .store
        .connection_strategy(connection)
        .map_err(internal)?;
    match strategy.as_deref() {
        Some("auth0") => {}
        Some(_) => {
            return Err(AuthError::new(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                format!("The connection {connection} is not a database connection"),
            ));
        }
        None => {
            return Err(AuthError::new(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                format!("Connection not found: {connection}"),
            ));
        }
    }
    let user = state
        .store
        .login_user(connection, username)
        .map_err(internal)?;
    let ip = peer.ip().to_string();
    let log = |kind: &str, description: &str, user_id: Option<&str>| {
        state.store.log(LogEvent {
            kind,
            description,
            user_id,
            user_name: Some(username),
            client_id: Some(&client.client_id),
            connection: Some(connection),
            ip: Some(&ip),
            details: None,
        })
    };
    let Some(user) = user else {
        log("fu", "Wrong email or password.", None);
        return Err(wrong_password());
    };
    let uid = Some(user.user_id.as_str());
    // Brute-force protection: a blocked user and IP are refused before the password is even checked.
    if state
        .store
        .is_login_blocked(&user.user_id, &ip)
        .map_err(internal)?
    {
        log(
            "f",
            "Too many consecutive failed logins: blocked from this IP",
            uid,
        );
        return Err(too_many_attempts());
    }
    let Some(hash) = user.password_hash.clone() else {
        log("fp", "Wrong email or password.", uid);
        return Err(wrong_password());
    };
    let pw = password.clone();
    let stored = hash.clone();
    let ok = tokio::task::spawn_blocking(move || passwords::verify_password(&stored, &pw))
        .await
        .map_err(internal)?;
    if !ok {
        log("fp", "Wrong email or password.", uid);
        let tripped = state
            .store
            .record_login_failure(&user.user_id, &ip, username, connection, &crate::now_iso())
            .map_err(internal)?;
        if tripped {
            log(
                "limit_wc",
                "Blocked Account: too many consecutive failed logins from this IP",
                uid,
            );
        }
        return Err(wrong_password());
    }
    state
        .store
        .reset_login_failures(&user.user_id, &ip)
        .map_err(internal)?;
    if user.doc.get("blocked").and_then(Value::as_bool) == Some(true) {
        log("f", "user is blocked", uid);
        return Err(AuthError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "user is blocked",
        ));
    }
    log("s", "Successful login", uid);
    if passwords::is_custom(&hash) {
        rehash_to_bcrypt(state, &user.user_id, &hash, password).await?;
    }
    let now = crate::now_iso();
    let doc = state
        .store
        .record_login(&user.user_id, &ip, &now)
        .map_err(internal)?
        .unwrap_or(user.doc);

    let requested = p
        .get("scope")
        .map(String::as_str)
        .unwrap_or("openid profile email");
    let mut out = user_tokens(
        state,
        &UserTokens {
            client_id: &client.client_id,
            user_id: &user.user_id,
            doc: &doc,
            api: api.as_ref(),
            audience,
            requested,
            gty: "password",
        },
    )?;
    // A refresh token: `offline_access` asked for an API that allows it.
    if let Some(api) = &api
        && requested.split_whitespace().any(|s| s == "offline_access")
        && api.doc.get("allow_offline_access").and_then(Value::as_bool) == Some(true)
    {
        let scope = out["scope"].as_str().unwrap_or_default().to_owned();
        let token = state
            .store
            .issue_refresh_token(
                &user.user_id,
                &client.client_id,
                &api.identifier,
                &scope,
                &now,
            )
            .map_err(internal)?;
        out["refresh_token"] = json!(token);
    }
    Ok(out)
}

/// What a user's tokens are made of (password or refresh grant).
struct UserTokens<'a> {
    client_id: &'a str,
    user_id: &'a str,
    doc: &'a Value,
    api: Option<&'a ResourceServerRow>,
    audience: Audience,
    requested: &'a str,
    gty: &'a str,
}

/// A user's access token (and ID token with `openid`) for the userinfo/Management audience or an API of the
/// tenant, with RBAC's scope and `permissions` for the API.
fn user_tokens(state: &AppState, t: &UserTokens<'_>) -> Result<Value, AuthError> {
    let (requested, audience, api) = (t.requested, t.audience.clone(), t.api);
    let userinfo_aud = format!("{}/userinfo", state.base_url);
    let doc = t.doc;
    let scopes: Vec<&str> = requested
        .split_whitespace()
        .filter(|s| OIDC_SCOPES.contains(s))
        .collect();
    let mut out = match api {
        None => {
            let scope = scopes.join(" ");
            let access_token = state
                .tokens
                .issue(
                    &state.issuer(),
                    t.user_id,
                    audience,
                    Some(scope.clone()),
                    t.client_id,
                    t.gty,
                )
                .map_err(internal)?;
            json!({
                "access_token": access_token,
                "scope": scope,
                "expires_in": TOKEN_LIFETIME_SECS,
                "token_type": "Bearer",
            })
        }
        Some(api) => {
            let mut permissions: Vec<String> = state
                .store
                .user_permission_sources(t.user_id, Some(&api.id))
                .map_err(internal)?
                .into_iter()
                .map(|(p, _)| p.permission_name)
                .collect();
            permissions.dedup();
            let requested: Vec<&str> = requested.split_whitespace().collect();
            let mut granted: Vec<String> = scopes.iter().map(|s| (*s).to_owned()).collect();
            granted.extend(grants::user_api_scopes(&api.doc, &requested, &permissions));
            let scope = granted.join(" ");
            // With `openid` the token also grants `/userinfo`: `aud` becomes [API, userinfo].
            let aud = if scopes.contains(&"openid") {
                Audience::Many(vec![api.identifier.clone(), userinfo_aud.clone()])
            } else {
                audience
            };
            let access_token = sign_api_token(
                state,
                ApiToken {
                    api,
                    sub: t.user_id,
                    aud,
                    scope: &scope,
                    client_id: t.client_id,
                    gty: t.gty,
                    permissions: grants::adds_permissions(&api.doc).then_some(permissions),
                },
            )?;
            json!({
                "access_token": access_token,
                "scope": scope,
                "expires_in": rbac_rs::token_lifetime(&api.doc),
                "token_type": "Bearer",
            })
        }
    };
    if scopes.contains(&"openid") {
        let iat = chrono::Utc::now().timestamp();
        let mut claims = user_claims(t.user_id, doc, &scopes);
        claims.insert("iss".into(), json!(state.issuer()));
        claims.insert("aud".into(), json!(t.client_id));
        claims.insert("iat".into(), json!(iat));
        claims.insert("exp".into(), json!(iat + ID_TOKEN_LIFETIME_SECS));
        let id_token = state.tokens.sign(&claims).map_err(internal)?;
        out["id_token"] = json!(id_token);
    }
    Ok(out)
}

/// The `refresh_token` grant: new tokens for the user and API of a refresh token the client holds. `scope` may
/// only narrow what the refresh token was issued with. A revoked, unknown or other client's token → 403
/// `invalid_grant`; an admin-blocked user → 403 `invalid_grant` "user is blocked".
fn refresh(state: &AppState, p: &HashMap<String, String>) -> Result<Value, AuthError> {
    let client = authenticate_client(state, p, false)?;
    let token = p
        .get("refresh_token")
        .ok_or_else(|| missing("refresh_token"))?;
    let invalid = || {
        AuthError::new(
            StatusCode::FORBIDDEN,
            "invalid_grant",
            "Unknown or invalid refresh token.",
        )
    };
    let grant = state
        .store
        .refresh_grant(token)
        .map_err(internal)?
        .filter(|g| g.client_id == client.client_id)
        .ok_or_else(invalid)?;
    let doc = state
        .store
        .user_value(&grant.user_id)
        .map_err(internal)?
        .ok_or_else(invalid)?;
    if doc.get("blocked").and_then(Value::as_bool) == Some(true) {
        return Err(AuthError::new(
            StatusCode::FORBIDDEN,
            "invalid_grant",
            "user is blocked",
        ));
    }
    let granted: Vec<&str> = grant.scope.split_whitespace().collect();
    let narrowed: Vec<&str> = match p.get("scope") {
        Some(req) => req
            .split_whitespace()
            .filter(|s| granted.contains(s))
            .collect(),
        None => granted.clone(),
    };
    let requested = narrowed.join(" ");
    let api = find_api(state, &grant.audience)?;
    let mut out = user_tokens(
        state,
        &UserTokens {
            client_id: &client.client_id,
            user_id: &grant.user_id,
            doc: &doc,
            api: Some(&api),
            audience: Audience::One(api.identifier.clone()),
            requested: &requested,
            gty: "refresh_token",
        },
    )?;
    // Non-rotating, as a new Auth0 API's default: the same refresh token stays good.
    if let Some(o) = out.as_object_mut() {
        o.remove("refresh_token");
    }
    Ok(out)
}

/// Replaces a user's imported custom password hash by a bcrypt hash of the password that just matched it, as
/// Auth0 does at the first successful login; later logins check bcrypt.
async fn rehash_to_bcrypt(
    state: &AppState,
    user_id: &str,
    old_hash: &str,
    password: &str,
) -> Result<(), AuthError> {
    let (pw, cost) = (password.to_owned(), state.settings.bcrypt_cost);
    let new_hash = tokio::task::spawn_blocking(move || bcrypt::hash(pw, cost))
        .await
        .map_err(internal)?
        .map_err(internal)?;
    state
        .store
        .replace_password_hash(user_id, old_hash, &new_hash)
        .map_err(internal)?;
    Ok(())
}

/// OIDC claims of a user, limited to what `scopes` allow (`sub` always).
fn user_claims(user_id: &str, doc: &Value, scopes: &[&str]) -> Map<String, Value> {
    let mut out = Map::new();
    out.insert("sub".into(), json!(user_id));
    let mut take = |k: &str| {
        if let Some(v) = doc.get(k).filter(|v| !v.is_null()) {
            out.insert(k.to_owned(), v.clone());
        }
    };
    if scopes.contains(&"profile") {
        PROFILE_CLAIMS.iter().for_each(|k| take(k));
    }
    if scopes.contains(&"email") {
        take("email");
        take("email_verified");
    }
    if scopes.contains(&"phone") {
        take("phone_number");
        take("phone_verified");
    }
    out
}

fn invalid_token() -> AuthError {
    AuthError::new(
        StatusCode::UNAUTHORIZED,
        "invalid_token",
        "The access token is invalid or has expired",
    )
}

/// `GET /userinfo`: the OIDC claims of the user whose access token this is.
async fn userinfo(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Map<String, Value>>, AuthError> {
    let token = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split_once(' '))
        .filter(|(s, _)| s.eq_ignore_ascii_case("bearer"))
        .map(|(_, t)| t.trim())
        .ok_or_else(|| {
            AuthError::new(
                StatusCode::UNAUTHORIZED,
                "invalid_request",
                "Missing authentication",
            )
        })?;
    let claims = state
        .tokens
        .verify(
            token,
            &format!("{}/userinfo", state.base_url),
            &state.issuer(),
        )
        .map_err(|_| invalid_token())?;
    let doc = state
        .store
        .user_value(&claims.sub)
        .map_err(internal)?
        .ok_or_else(invalid_token)?;
    let scopes = claims.scopes();
    let scopes: Vec<&str> = scopes.iter().map(String::as_str).collect();
    Ok(Json(user_claims(&claims.sub, &doc, &scopes)))
}

/// `POST /tokeninfo` `{"id_token": …}`: the profile of the user an `id_token` names.
async fn tokeninfo(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Value>, AuthError> {
    let p = parse_params(&headers, &body)?;
    let id_token = p.get("id_token").ok_or_else(|| missing("id_token"))?;
    let bad = || AuthError::new(StatusCode::UNAUTHORIZED, "invalid_token", "invalid token");
    let claims = state.tokens.decode_any(id_token).map_err(|_| bad())?;
    let now = chrono::Utc::now().timestamp();
    if claims
        .get("exp")
        .and_then(Value::as_i64)
        .is_none_or(|e| e <= now)
        || claims.get("iss").and_then(Value::as_str) != Some(state.issuer().as_str())
    {
        return Err(bad());
    }
    let sub = claims.get("sub").and_then(Value::as_str).ok_or_else(bad)?;
    let doc = state
        .store
        .user_value(sub)
        .map_err(internal)?
        .ok_or_else(bad)?;
    Ok(Json(doc))
}

async fn jwks(State(state): State<AppState>) -> Json<Value> {
    Json(state.tokens.jwks())
}

async fn openid_configuration(State(state): State<AppState>) -> Json<Value> {
    let b = &state.base_url;
    Json(json!({
        "issuer": state.issuer(),
        "authorization_endpoint": format!("{b}/authorize"),
        "token_endpoint": format!("{b}/oauth/token"),
        "userinfo_endpoint": format!("{b}/userinfo"),
        "jwks_uri": format!("{b}/.well-known/jwks.json"),
        "scopes_supported": OIDC_SCOPES,
        "response_types_supported": ["token", "id_token", "token id_token"],
        "grant_types_supported": ["client_credentials", "password", PASSWORD_REALM],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "claims_supported": ["aud", "auth_time", "created_at", "email", "email_verified", "exp",
            "family_name", "given_name", "iat", "identities", "iss", "name", "nickname",
            "phone_number", "picture", "sub"],
    }))
}

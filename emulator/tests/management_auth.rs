//! Who may call the Management API: 401 for every kind of bad token, 403 for missing scopes, and the `/api/v2`
//! layers (rate-limit headers and 429, latency, unknown routes, body limits, JSON content type).

mod common;

use std::time::{Duration, Instant};

use a0_emulator::EmulatorConfig;
use a0_emulator::config::ClientConfig;
use a0_emulator::http::Settings;
use a0_emulator::tokens::{Audience, Claims, TokenService};
use common::{TestServer, shared_signing_key, test_settings};
use reqwest::Method;
use serde_json::{Value, json};

async fn get_users_with(s: &TestServer, auth: Option<&str>) -> (u16, Value) {
    let mut req = s.http.get(s.url("/api/v2/users"));
    if let Some(a) = auth {
        req = req.header("authorization", a);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    assert!(resp.headers().contains_key("x-ratelimit-limit"));
    (status, resp.json().await.unwrap())
}

fn unauthorized(message: &str) -> Value {
    json!({"statusCode":401,"error":"Unauthorized","message":message,"attributes":{"error":message}})
}

#[tokio::test]
async fn missing_or_non_bearer_authorization_is_missing_authentication() {
    let s = TestServer::start().await;
    let expected = unauthorized("Missing authentication");
    assert_eq!(get_users_with(&s, None).await, (401, expected.clone()));
    assert_eq!(
        get_users_with(&s, Some("Basic YTpi")).await,
        (401, expected.clone())
    );
    assert_eq!(get_users_with(&s, Some("Bearer ")).await, (401, expected));
}

#[tokio::test]
async fn malformed_token_is_invalid_token() {
    let s = TestServer::start().await;
    assert_eq!(
        get_users_with(&s, Some("Bearer not.a.jwt")).await,
        (401, unauthorized("Invalid token"))
    );
    assert_eq!(
        get_users_with(&s, Some("Bearer garbage")).await,
        (401, unauthorized("Invalid token"))
    );
}

#[tokio::test]
async fn token_signed_by_another_key_is_invalid_token() {
    let s = TestServer::start().await;
    let other =
        TokenService::from_pem(&a0_emulator::store::tenant::generate_signing_key_pem().unwrap())
            .unwrap();
    let forged = other
        .issue(
            &format!("{}/", s.base),
            &format!("{}@clients", s.admin_id),
            Audience::One(s.audience()),
            Some(a0_emulator::ALL_SCOPES.join(" ")),
            &s.admin_id,
            "client-credentials",
        )
        .unwrap();
    assert_eq!(
        get_users_with(&s, Some(&format!("Bearer {forged}"))).await,
        (401, unauthorized("Invalid token"))
    );
}

#[tokio::test]
async fn expired_token_is_refused_with_auth0_message() {
    let s = TestServer::start().await;
    let same_key = TokenService::from_pem(&shared_signing_key()).unwrap();
    let now = chrono::Utc::now().timestamp();
    let expired = same_key
        .sign(&Claims {
            iss: format!("{}/", s.base),
            sub: format!("{}@clients", s.admin_id),
            aud: Audience::One(s.audience()),
            iat: now - 90_000,
            exp: now - 3_600,
            scope: Some("read:users".into()),
            azp: Some(s.admin_id.clone()),
            gty: Some("client-credentials".into()),
            nbf: None,
        })
        .unwrap();
    assert_eq!(
        get_users_with(&s, Some(&format!("Bearer {expired}"))).await,
        (
            401,
            unauthorized("Expired token received for JSON Web Token validation")
        )
    );
}

#[tokio::test]
async fn token_of_another_tenant_is_bad_audience() {
    let a = TestServer::start().await;
    let b = TestServer::start().await;
    let (status, body) = get_users_with(&a, Some(&format!("Bearer {}", b.admin_token))).await;
    assert_eq!(status, 401);
    assert_eq!(
        body,
        unauthorized(&format!("Bad audience: {}", b.audience()))
    );
}

#[tokio::test]
async fn a_user_token_for_userinfo_cannot_call_the_management_api() {
    let s = TestServer::start().await;
    let same_key = TokenService::from_pem(&shared_signing_key()).unwrap();
    let user_token = same_key
        .issue(
            &format!("{}/", s.base),
            "auth0|abc",
            Audience::One(format!("{}/userinfo", s.base)),
            Some("openid".into()),
            &s.admin_id,
            "password",
        )
        .unwrap();
    let (status, body) = get_users_with(&s, Some(&format!("Bearer {user_token}"))).await;
    assert_eq!(status, 401);
    assert_eq!(
        body["message"],
        format!("Bad audience: {}/userinfo", s.base)
    );
}

fn reader_config() -> EmulatorConfig {
    EmulatorConfig {
        clients: vec![ClientConfig {
            id: "reader".into(),
            secret: "reader-secret".into(),
            scopes: vec!["read:users".into()],
            ..Default::default()
        }],
        ..Default::default()
    }
}

#[tokio::test]
async fn config_client_with_read_users_only_reads_but_gets_403_on_writes() {
    let s = TestServer::start_with(|b| b.config(reader_config())).await;
    let token = s.token_for("reader", "reader-secret").await;

    let resp = s
        .http
        .get(s.url("/api/v2/users"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);

    let resp = s
        .http
        .post(s.url("/api/v2/users"))
        .bearer_auth(&token)
        .json(&json!({"connection": "Username-Password-Authentication", "email": "a@example.com", "password": "Passw0rd!long"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 403);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(
        body,
        json!({"statusCode":403,"error":"Forbidden","message":"Insufficient scope, expected any of: create:users","errorCode":"insufficient_scope"})
    );

    let resp = s
        .http
        .get(s.url("/api/v2/connections"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 403);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(
        body["message"],
        "Insufficient scope, expected any of: read:connections"
    );
    // Nothing was created by the refused request.
    let users: Value = s
        .api(Method::GET, "/users")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(users, json!([]));
}

#[tokio::test]
async fn requested_scope_narrows_a_client_credentials_token() {
    let s = TestServer::start().await;
    let (_, body) = s
        .post_token(json!({
            "grant_type": "client_credentials",
            "client_id": s.admin_id,
            "client_secret": s.admin_secret,
            "audience": s.audience(),
            "scope": "read:users create:clients",
        }))
        .await;
    assert_eq!(body["scope"], "read:users");
    let token = body["access_token"].as_str().unwrap();
    let resp = s
        .http
        .delete(s.url("/api/v2/users/auth0%7Cnone"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 403);
}

#[tokio::test]
async fn every_api_response_carries_rate_limit_headers_even_without_a_limit() {
    let s = TestServer::start().await;
    let before = chrono::Utc::now().timestamp();
    for (path, expected) in [("/users", 200), ("/nope", 404)] {
        let resp = s.api(Method::GET, path).send().await.unwrap();
        assert_eq!(resp.status(), expected);
        let h = resp.headers();
        let limit: u64 = h["x-ratelimit-limit"].to_str().unwrap().parse().unwrap();
        let remaining: u64 = h["x-ratelimit-remaining"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        let reset: i64 = h["x-ratelimit-reset"].to_str().unwrap().parse().unwrap();
        assert!(limit >= 1000 && remaining > 0 && remaining <= limit);
        assert!(reset >= before, "reset is Unix seconds");
        assert_eq!(h["content-type"], "application/json; charset=utf-8");
    }
}

#[tokio::test]
async fn past_the_rate_limit_the_api_answers_429_with_auth0_body_and_headers() {
    let s = TestServer::start_with(|b| {
        b.settings(Settings {
            rate_limit: Some(1),
            ..test_settings()
        })
    })
    .await;
    let first = s.api(Method::GET, "/users").send().await.unwrap();
    assert_eq!(first.status(), 200);
    assert_eq!(first.headers()["x-ratelimit-limit"], "1");
    assert_eq!(first.headers()["x-ratelimit-remaining"], "0");

    let second = s.api(Method::GET, "/users").send().await.unwrap();
    assert_eq!(second.status(), 429);
    let h = second.headers().clone();
    assert_eq!(h["x-ratelimit-limit"], "1");
    assert_eq!(h["x-ratelimit-remaining"], "0");
    let reset: i64 = h["x-ratelimit-reset"].to_str().unwrap().parse().unwrap();
    assert!(reset >= chrono::Utc::now().timestamp());
    assert!(h.contains_key("retry-after"));
    let body: Value = second.json().await.unwrap();
    assert_eq!(
        body,
        json!({"statusCode":429,"error":"Too Many Requests","message":"Global limit has been reached","errorCode":"too_many_requests"})
    );
    // The token endpoint is not part of the Management API bucket.
    let _ = s.token_for(&s.admin_id, &s.admin_secret).await;
}

#[tokio::test]
async fn latency_delays_api_and_token_responses() {
    let s = TestServer::start_with(|b| {
        b.settings(Settings {
            latency: Duration::from_millis(300),
            ..test_settings()
        })
    })
    .await;
    let t = Instant::now();
    let resp = s.api(Method::GET, "/users").send().await.unwrap();
    assert_eq!(resp.status(), 200);
    assert!(t.elapsed() >= Duration::from_millis(300));

    let t = Instant::now();
    let _ = s.token_for(&s.admin_id, &s.admin_secret).await;
    assert!(t.elapsed() >= Duration::from_millis(300));
}

#[tokio::test]
async fn unknown_api_route_is_404_in_auth0_shape() {
    let s = TestServer::start().await;
    let resp = s.api(Method::GET, "/clients").send().await.unwrap();
    assert_eq!(resp.status(), 404);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(
        body,
        json!({"statusCode":404,"error":"Not Found","message":"Not Found"})
    );
}

#[tokio::test]
async fn oversize_malformed_and_non_json_bodies_get_auth0_errors() {
    let s = TestServer::start().await;
    let big = format!(
        "{{\"connection\":\"Username-Password-Authentication\",\"email\":\"a@example.com\",\"password\":\"Passw0rd!long\",\"user_metadata\":{{\"x\":\"{}\"}}}}",
        "a".repeat(2 * 1024 * 1024)
    );
    let resp = s
        .api(Method::POST, "/users")
        .header("content-type", "application/json")
        .body(big)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 413);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["statusCode"], 413);
    assert_eq!(body["error"], "Payload Too Large");

    let resp = s
        .api(Method::POST, "/users")
        .header("content-type", "application/json")
        .body("{\"email\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["statusCode"], 400);
    assert_eq!(body["error"], "Bad Request");
    assert_eq!(body["errorCode"], "invalid_body");

    let resp = s
        .api(Method::POST, "/users")
        .header("content-type", "text/plain")
        .body("hello")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["errorCode"], "invalid_body");
}

/// A token signed with the tenant's own key, but with a future `nbf`, no `kid`, or another `kid`: refused.
#[tokio::test]
async fn not_yet_valid_tokens_and_missing_or_unknown_kids_are_invalid() {
    let s = TestServer::start().await;
    let same_key = TokenService::from_pem(&shared_signing_key()).unwrap();
    let now = chrono::Utc::now().timestamp();
    let claims = |nbf: Option<i64>| Claims {
        iss: format!("{}/", s.base),
        sub: format!("{}@clients", s.admin_id),
        aud: Audience::One(s.audience()),
        iat: now,
        exp: now + 3_600,
        scope: Some("read:users".into()),
        azp: Some(s.admin_id.clone()),
        gty: Some("client-credentials".into()),
        nbf,
    };
    let future = same_key.sign(&claims(Some(now + 600))).unwrap();
    assert_eq!(
        get_users_with(&s, Some(&format!("Bearer {future}"))).await,
        (401, unauthorized("Invalid token"))
    );
    // the same claims with a past nbf are fine: the refusal above is the nbf's
    let past = same_key.sign(&claims(Some(now - 60))).unwrap();
    assert_eq!(
        get_users_with(&s, Some(&format!("Bearer {past}"))).await.0,
        200
    );

    let key = jsonwebtoken::EncodingKey::from_rsa_pem(shared_signing_key().as_bytes()).unwrap();
    for kid in [None, Some("not-this-tenants-key".to_owned())] {
        let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
        header.kid = kid.clone();
        let token = jsonwebtoken::encode(&header, &claims(None), &key).unwrap();
        assert_eq!(
            get_users_with(&s, Some(&format!("Bearer {token}"))).await,
            (401, unauthorized("Invalid token")),
            "kid {kid:?}"
        );
    }
}

/// `--log-requests`: one line per request with method, path, status, duration and client id; no secret, no query
/// string, no token.
#[tokio::test]
async fn the_request_log_names_method_path_status_and_client_but_no_secret() {
    let lines: std::sync::Arc<std::sync::Mutex<Vec<String>>> = Default::default();
    let sink = lines.clone();
    let s = TestServer::start_with(move |b| {
        b.settings(Settings {
            request_log: Some(a0_emulator::http::RequestLog(std::sync::Arc::new(
                move |l: &str| sink.lock().unwrap().push(l.to_owned()),
            ))),
            ..test_settings()
        })
    })
    .await;
    let token = s
        .token_for(&s.admin_id.clone(), &s.admin_secret.clone())
        .await;
    let resp = s
        .http
        .get(format!("{}/api/v2/users?q=email:x*", s.base))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let lines = lines.lock().unwrap().clone();
    let all = lines.join("\n");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("POST /oauth/token 200 ") && l.ends_with("client=-")),
        "{all}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("GET /api/v2/users 200 ")
            && l.contains(" ms ")
            && l.ends_with(&format!("client={}", s.admin_id))),
        "{all}"
    );
    assert!(!all.contains(&s.admin_secret), "{all}");
    assert!(!all.contains(&token), "{all}");
    assert!(!all.contains("email:x"), "no query string: {all}");
}

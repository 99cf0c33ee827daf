//! The Authentication API over real HTTP: `/oauth/token` grants, `/userinfo`, `/tokeninfo`, `/.well-known/*`.

mod common;

use common::TestServer;
use serde_json::{Value, json};

#[tokio::test]
async fn client_credentials_grant_answers_a_bearer_token_with_every_admin_scope() {
    let s = TestServer::start().await;
    let resp = s
        .http
        .post(s.url("/oauth/token"))
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_id", s.admin_id.as_str()),
            ("client_secret", s.admin_secret.as_str()),
            ("audience", s.audience().as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(
        resp.headers()["content-type"],
        "application/json; charset=utf-8"
    );
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["expires_in"], 86400);
    assert_eq!(body["scope"], a0_emulator::ALL_SCOPES.join(" "));
    assert!(body["access_token"].as_str().unwrap().split('.').count() == 3);
    // The harness's own token request plus this one.
    assert_eq!(s.handle.token_requests(), 2);
}

#[tokio::test]
async fn client_credentials_with_a_wrong_secret_is_access_denied() {
    let s = TestServer::start().await;
    let resp = s
        .http
        .post(s.url("/oauth/token"))
        .json(&json!({
            "grant_type": "client_credentials",
            "client_id": s.admin_id,
            "client_secret": "wrong",
            "audience": s.audience(),
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(
        body,
        json!({"error":"access_denied","error_description":"Unauthorized"})
    );
}

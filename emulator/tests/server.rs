//! The library API of the server: restarts on a data file keep users, clients and keys; admin and config
//! clients; seeding; graceful shutdown.

mod common;

use std::time::Duration;

use a0_emulator::config::ClientConfig;
use a0_emulator::http::Settings;
use a0_emulator::{Emulator, EmulatorConfig};
use common::{TestServer, shared_signing_key, test_settings};
use reqwest::Method;
use serde_json::{Value, json};

fn on_file(path: &std::path::Path) -> a0_emulator::EmulatorBuilder {
    Emulator::builder()
        .data_file(path)
        .signing_key_pem(shared_signing_key())
        .settings(test_settings())
}

async fn serve_on(emu: Emulator, addr: std::net::SocketAddr) -> TestServer {
    // The base URL (and so the token audience) includes the port: restart on the same one.
    let listener = tokio::net::TcpListener::bind(addr).await.unwrap();
    TestServer::start_emulator_on(emu, listener).await
}

#[tokio::test]
async fn restart_on_a_data_file_keeps_users_clients_keys_and_old_tokens() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tenant.sqlite");
    let config = EmulatorConfig {
        clients: vec![ClientConfig {
            id: "reader".into(),
            secret: "reader-secret".into(),
            scopes: vec!["read:users".into()],
            ..Default::default()
        }],
        ..Default::default()
    };

    // A fresh file generates its own key (no shared key) to prove the key itself is stored.
    let first = Emulator::builder()
        .data_file(&db)
        .settings(test_settings())
        .config(config)
        .build()
        .unwrap();
    let s = TestServer::start_emulator(first).await;
    let addr: std::net::SocketAddr = s.base.trim_start_matches("http://").parse().unwrap();
    let resp = s
        .api(Method::POST, "/users")
        .json(&json!({"connection": "Username-Password-Authentication", "email": "keep@example.com", "password": "Correct-Horse-9"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 201);
    let user: Value = resp.json().await.unwrap();
    let old_token = s.admin_token.clone();
    let jwks_before = s.jwks().await;
    let (admin_id, admin_secret) = (s.admin_id.clone(), s.admin_secret.clone());
    s.handle.shutdown().await;

    // Reopen without config: the stored admin and config clients are still there.
    let second = Emulator::builder()
        .data_file(&db)
        .settings(test_settings())
        .build()
        .unwrap();
    assert_eq!(second.admin_credentials(), (admin_id.clone(), admin_secret));
    let s = serve_on(second, addr).await;
    let jwks_after = s.jwks().await;
    assert_eq!(jwks_before, jwks_after, "the signing key survived");

    let id = user["user_id"].as_str().unwrap().replace('|', "%7C");
    let resp = s
        .http
        .get(s.url(&format!("/api/v2/users/{id}")))
        .bearer_auth(&old_token)
        .send()
        .await
        .unwrap();
    assert_eq!(
        resp.status(),
        200,
        "a token issued before the restart still works"
    );
    let again: Value = resp.json().await.unwrap();
    assert_eq!(again["email"], "keep@example.com");

    let reader = s.token_for("reader", "reader-secret").await;
    let resp = s
        .http
        .get(s.url("/api/v2/users"))
        .bearer_auth(&reader)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    s.handle.shutdown().await;
}

#[tokio::test]
async fn admin_client_override_replaces_the_stored_credentials() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.sqlite");
    let generated = on_file(&db).build().unwrap().admin_credentials();
    assert_eq!(generated.0.len(), 32);
    assert!(generated.0.chars().all(|c| c.is_ascii_alphanumeric()));
    assert_eq!(generated.1.len(), 64);
    assert!(
        generated
            .1
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    );

    let emu = on_file(&db)
        .admin_client("my-admin", "my-admin-secret")
        .build()
        .unwrap();
    assert_eq!(
        emu.admin_credentials(),
        ("my-admin".to_string(), "my-admin-secret".to_string())
    );
    let s = TestServer::start_emulator(emu).await;
    let resp = s
        .http
        .post(s.url("/oauth/token"))
        .json(
            &json!({"grant_type": "client_credentials", "client_id": generated.0,
                      "client_secret": generated.1, "audience": s.audience()}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(
        resp.status(),
        401,
        "the replaced credentials no longer work"
    );
    s.handle.shutdown().await;
}

#[tokio::test]
async fn seeded_users_can_be_read_and_log_in_with_their_bcrypt_hash() {
    let hash = bcrypt::hash("Seeded-Pass-1", 4).unwrap();
    let s = TestServer::start_with(|b| {
        b.seed_users(vec![json!({
            "user_id": "seed1",
            "email": "seed@example.com",
            "email_verified": true,
            "password_hash": hash,
        })])
    })
    .await;
    let users: Value = s
        .api(Method::GET, "/users-by-email?email=seed@example.com")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(users.as_array().unwrap().len(), 1);
    let (status, body) = s
        .post_token(json!({"grant_type": "password", "client_id": s.admin_id,
                           "username": "seed@example.com", "password": "Seeded-Pass-1"}))
        .await;
    assert_eq!(status, 200, "{body}");
}

#[tokio::test]
async fn shutdown_finishes_in_flight_requests() {
    let s = TestServer::start_with(|b| {
        b.settings(Settings {
            latency: Duration::from_millis(400),
            ..test_settings()
        })
    })
    .await;
    // A token request: its handler counts it before the latency layer holds the answer back, so once the
    // count moves the request is inside the server, and stays in flight for the latency.
    let before = s.handle.token_requests();
    let req = s
        .http
        .post(s.url("/oauth/token"))
        .json(
            &json!({"grant_type": "client_credentials", "client_id": s.admin_id,
                      "client_secret": s.admin_secret, "audience": s.audience()}),
        )
        .send();
    let in_flight = tokio::spawn(req);
    let handle = &s.handle;
    common::eventually(
        "the request to reach the server",
        Duration::from_secs(10),
        move || async move { (handle.token_requests() > before).then_some(()) },
    )
    .await;
    let base = s.base.clone();
    s.handle.shutdown().await;
    let resp = in_flight.await.unwrap().unwrap();
    assert_eq!(resp.status(), 200);
    // After shutdown nothing accepts connections.
    assert!(
        common::http_client()
            .get(format!("{base}/.well-known/jwks.json"))
            .send()
            .await
            .is_err()
    );
}

#[tokio::test]
async fn token_requests_counts_every_token_call() {
    let s = TestServer::start().await;
    assert_eq!(s.handle.token_requests(), 1);
    let _ = s.token_for(&s.admin_id, &s.admin_secret).await;
    let _ = s
        .http
        .post(s.url("/oauth/token"))
        .form(&[("grant_type", "client_credentials")])
        .send()
        .await
        .unwrap();
    assert_eq!(s.handle.token_requests(), 3);
}

//! Test harness for emulator integration tests: an in-memory emulator on `127.0.0.1:0` in the test's runtime,
//! a reqwest client, and the admin client's credentials and token.
#![allow(dead_code)]

use std::future::Future;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use a0_emulator::http::Settings;
use a0_emulator::{Emulator, EmulatorBuilder, EmulatorHandle};
use serde_json::Value;

/// One RSA key per test binary: generating a 2048-bit key for every test would be slow.
pub fn shared_signing_key() -> String {
    static KEY: OnceLock<String> = OnceLock::new();
    KEY.get_or_init(|| a0_emulator::store::tenant::generate_signing_key_pem().unwrap())
        .clone()
}

/// Settings for tests: cheap bcrypt, no limit, no latency.
pub fn test_settings() -> Settings {
    Settings {
        bcrypt_cost: 4,
        ..Settings::default()
    }
}

pub fn http_client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder().build().unwrap()
}

/// Polls `probe` until it answers `Some`, and returns that; panics naming `what` once `deadline` has passed.
/// Waits on a state, so a fast or a slow machine both see it, instead of sleeping a guessed time.
pub async fn eventually<T, F, Fut>(what: &str, deadline: Duration, mut probe: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Option<T>>,
{
    let end = Instant::now() + deadline;
    loop {
        if let Some(v) = probe().await {
            return v;
        }
        assert!(
            Instant::now() < end,
            "timed out after {deadline:?} waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}

/// The RS256 key of a JWKS document (its first key): the `kid` and a key that verifies the tenant's tokens.
pub fn decoding_key_from_jwks(jwks: &Value) -> (String, jsonwebtoken::DecodingKey) {
    let k = &jwks["keys"][0];
    let key = jsonwebtoken::DecodingKey::from_rsa_components(
        k["n"].as_str().unwrap(),
        k["e"].as_str().unwrap(),
    )
    .unwrap();
    (k["kid"].as_str().unwrap().to_owned(), key)
}

/// The default database connection of a new tenant.
pub const DB: &str = "Username-Password-Authentication";

/// A user id percent-encoded for a `/users/{id}` path.
pub fn enc(id: &str) -> String {
    percent_encoding::utf8_percent_encode(id, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// `POST /api/v2/users` with the admin token: the status and the JSON body.
pub async fn create_user(s: &TestServer, body: Value) -> (u16, Value) {
    let r = s
        .api(reqwest::Method::POST, "/users")
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap())
}

/// `POST /api/v2/users` that must succeed: the created user.
pub async fn create_user_ok(s: &TestServer, body: Value) -> Value {
    let (status, user) = create_user(s, body).await;
    assert_eq!(status, 201, "{user}");
    user
}

pub struct TestServer {
    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub base: String,
    pub http: reqwest::Client,
    /// The same client as `http` (the handbook's name for it).
    pub client: reqwest::Client,
    pub admin_id: String,
    pub admin_secret: String,
    /// A client-credentials token of the admin client (every scope).
    pub admin_token: String,
    pub handle: EmulatorHandle,
}

impl TestServer {
    pub async fn start() -> TestServer {
        Self::start_with(|b| b).await
    }

    /// Starts an in-memory emulator after `f` adjusted the builder (config, settings, seed users, …).
    pub async fn start_with(f: impl FnOnce(EmulatorBuilder) -> EmulatorBuilder) -> TestServer {
        let builder = Emulator::builder()
            .in_memory()
            .signing_key_pem(shared_signing_key())
            .settings(test_settings());
        Self::start_emulator(f(builder).build().unwrap()).await
    }

    /// Serves an emulator built by the caller (e.g. one on a data file) on a free loopback port.
    pub async fn start_emulator(emu: Emulator) -> TestServer {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        Self::start_emulator_on(emu, listener).await
    }

    /// Serves an emulator built by the caller on `listener` (a restart test binds the previous address again).
    pub async fn start_emulator_on(emu: Emulator, listener: tokio::net::TcpListener) -> TestServer {
        let (admin_id, admin_secret) = emu.admin_credentials();
        let handle = emu.spawn(listener).await.unwrap();
        let http = http_client();
        let mut s = TestServer {
            base: handle.base_url().to_owned(),
            client: http.clone(),
            http,
            admin_id,
            admin_secret,
            admin_token: String::new(),
            handle,
        };
        s.admin_token = s
            .token_for(&s.admin_id.clone(), &s.admin_secret.clone())
            .await;
        s
    }

    /// The Management API audience of this tenant.
    pub fn audience(&self) -> String {
        format!("{}/api/v2/", self.base)
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A client-credentials token for the Management API; panics unless the emulator grants one.
    pub async fn token_for(&self, client_id: &str, secret: &str) -> String {
        let resp = self
            .http
            .post(self.url("/oauth/token"))
            .json(&serde_json::json!({
                "grant_type": "client_credentials",
                "client_id": client_id,
                "client_secret": secret,
                "audience": self.audience(),
            }))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200, "token request refused");
        let body: Value = resp.json().await.unwrap();
        body["access_token"].as_str().unwrap().to_owned()
    }

    /// `POST /oauth/token` with a JSON body: the status and the JSON answer (which must carry `no-store`).
    pub async fn post_token(&self, body: Value) -> (u16, Value) {
        let resp = self
            .http
            .post(self.url("/oauth/token"))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.headers()["cache-control"], "no-store");
        (resp.status().as_u16(), resp.json().await.unwrap())
    }

    /// `GET /.well-known/jwks.json`.
    pub async fn jwks(&self) -> Value {
        self.http
            .get(self.url("/.well-known/jwks.json"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    /// A request to `/api/v2{path}` with the admin token.
    pub fn api(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, self.url(&format!("/api/v2{path}")))
            .bearer_auth(&self.admin_token)
    }
}

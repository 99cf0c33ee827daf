//! Test harness for emulator integration tests: an in-memory emulator on `127.0.0.1:0` in the test's runtime,
//! a reqwest client, and the admin client's credentials and token.
#![allow(dead_code)]

use std::sync::OnceLock;

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

    /// Serves an emulator built by the caller (e.g. one on a data file).
    pub async fn start_emulator(emu: Emulator) -> TestServer {
        let (admin_id, admin_secret) = emu.admin_credentials();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
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

    /// A request to `/api/v2{path}` with the admin token.
    pub fn api(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, self.url(&format!("/api/v2{path}")))
            .bearer_auth(&self.admin_token)
    }
}

//! The CLI test harness: [`TestEnv`] starts an in-memory emulator on a random loopback port (its own tokio
//! runtime on a background thread), makes a temp dir for every config/data/home variable, logs `a0` in, and
//! hands out `assert_cmd::Command`s for the real binary with that hermetic environment.
//!
//! ```ignore
//! mod common;
//! let env = common::TestEnv::new();
//! env.a0().args(["users", "list"]).assert().success();
//! let env = common::TestEnv::builder().rate_limit(5).start();
//! ```
#![allow(dead_code)]

pub mod server;
pub mod terminal;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use a0_emulator::{Emulator, EmulatorConfig, Store, http::Settings};
use assert_cmd::Command;
use serde_json::Value;

/// The admin client the harness's emulator is built with.
pub const ADMIN_ID: &str = "a0-test-admin";
pub const ADMIN_SECRET: &str = "a0-test-admin-secret";

/// One RS256 key for every emulator in this test binary (generating one takes a moment).
fn shared_signing_key() -> String {
    static KEY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    KEY.get_or_init(|| a0_emulator::store::tenant::generate_signing_key_pem().unwrap())
        .clone()
}

/// How the harness logs `a0` in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Login {
    /// `a0 login --no-input --domain … --client-id … --client-secret-stdin` into the temp config dir.
    Stored,
    /// `AUTH0_DOMAIN`/`AUTH0_CLIENT_ID`/`AUTH0_CLIENT_SECRET` on every command.
    Env,
    /// Nothing: commands run unauthenticated (tests of `login`, `tenants`, the local tenant).
    None,
}

/// Options for [`TestEnv`].
pub struct Builder {
    settings: Settings,
    config: Option<EmulatorConfig>,
    seed: Vec<Value>,
    login: Login,
}

impl Builder {
    /// Requests per second for `/api/v2` (the emulator's `--rate-limit`).
    pub fn rate_limit(mut self, per_second: u32) -> Self {
        self.settings.rate_limit = Some(per_second);
        self
    }

    /// Delay before every `/api/v2` answer (the emulator's `--latency`).
    pub fn latency(mut self, latency: Duration) -> Self {
        self.settings.latency = latency;
        self
    }

    /// Extra clients (with chosen scopes) as in the emulator's `--config` file.
    pub fn config(mut self, config: EmulatorConfig) -> Self {
        self.config = Some(config);
        self
    }

    /// Users in bulk-import format, loaded before the server starts.
    pub fn seed_users(mut self, users: Vec<Value>) -> Self {
        self.seed = users;
        self
    }

    /// How `a0` is logged in (default: [`Login::Stored`]).
    pub fn login(mut self, login: Login) -> Self {
        self.login = login;
        self
    }

    /// Starts the emulator and logs in.
    pub fn start(self) -> TestEnv {
        let dir = tempfile::tempdir().unwrap();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let mut builder = Emulator::builder()
            .in_memory()
            .admin_client(ADMIN_ID, ADMIN_SECRET)
            .signing_key_pem(shared_signing_key())
            .settings(self.settings);
        // These emulators are local tenants that users move between (tests/jobs_roundtrip.rs): without a config
        // of its own, a test's emulator exports password hashes, the opt-in a local tenant's config gives.
        let config = self.config.unwrap_or(EmulatorConfig {
            export_password_hashes: true,
            ..Default::default()
        });
        builder = builder.config(config);
        if !self.seed.is_empty() {
            builder = builder.seed_users(self.seed);
        }
        let emu = builder.build().unwrap();
        let (handle, base, store) = runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let handle = emu.spawn(listener).await.unwrap();
            let base = handle.base_url().to_string();
            let store = handle.store().clone();
            (Arc::new(handle), base, store)
        });
        let token_requests: Arc<dyn Fn() -> u64 + Send + Sync> = {
            let handle = Arc::clone(&handle);
            Arc::new(move || handle.token_requests())
        };
        let env = TestEnv {
            dir,
            base,
            store,
            token_requests,
            login: self.login,
            _keep_alive: Box::new(handle),
            runtime: Some(runtime),
        };
        if env.login == Login::Stored {
            env.login_as(ADMIN_ID, ADMIN_SECRET);
        }
        env
    }
}

/// A running emulator plus a hermetic environment for `a0`.
pub struct TestEnv {
    dir: tempfile::TempDir,
    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub base: String,
    store: Store,
    token_requests: Arc<dyn Fn() -> u64 + Send + Sync>,
    login: Login,
    _keep_alive: Box<dyn std::any::Any + Send + Sync>,
    runtime: Option<tokio::runtime::Runtime>,
}

impl Drop for TestEnv {
    fn drop(&mut self) {
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_timeout(Duration::from_secs(2));
        }
    }
}

impl TestEnv {
    /// An emulator with default settings (bcrypt cost 4, no rate limit), logged in as the admin client.
    pub fn new() -> Self {
        Self::builder().start()
    }

    pub fn builder() -> Builder {
        Builder {
            settings: Settings {
                bcrypt_cost: 4,
                rate_limit: None,
                latency: Duration::ZERO,
                request_log: None,
            },
            config: None,
            seed: Vec::new(),
            login: Login::Stored,
        }
    }

    /// The temp dir that stands in for `$HOME`, the config and the data dirs.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// `A0_STATE_DIR` (bulk-run journals).
    pub fn state_dir(&self) -> PathBuf {
        self.dir.path().join("state")
    }

    /// `A0_CONFIG_DIR`.
    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    /// The emulator's store, to inspect what was really stored.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The user document the emulator stored for `user_id` (exactly what the API returns), if any.
    pub fn stored_user(&self, user_id: &str) -> Option<Value> {
        self.store
            .user_doc(user_id)
            .unwrap()
            .map(|doc| serde_json::from_str(&doc).unwrap())
    }

    /// How many `POST /oauth/token` the emulator has answered.
    pub fn token_requests(&self) -> u64 {
        (self.token_requests)()
    }

    /// Runs a future on the emulator's runtime (e.g. direct HTTP calls with reqwest).
    pub fn block_on<F: std::future::Future>(&self, f: F) -> F::Output {
        self.runtime.as_ref().unwrap().block_on(f)
    }

    /// `a0` with a hermetic environment (no `AUTH0_*`, temp home/config/data, file credential store, no colour
    /// variables) and, in [`Login::Env`] mode, the admin client in `AUTH0_*`.
    pub fn a0(&self) -> Command {
        let mut cmd = self.bare_a0();
        if self.login == Login::Env {
            cmd.env("AUTH0_DOMAIN", &self.base)
                .env("AUTH0_CLIENT_ID", ADMIN_ID)
                .env("AUTH0_CLIENT_SECRET", ADMIN_SECRET);
        }
        cmd
    }

    /// `a0` authenticated through `AUTH0_*` as another client (env overrides the stored tenant).
    pub fn a0_as(&self, client_id: &str, secret: &str) -> Command {
        let mut cmd = self.bare_a0();
        cmd.env("AUTH0_DOMAIN", &self.base)
            .env("AUTH0_CLIENT_ID", client_id)
            .env("AUTH0_CLIENT_SECRET", secret);
        cmd
    }

    /// `a0 ARGS` on a pseudo-terminal `columns` wide, answering each (prompt, answer) of `steps` when the
    /// prompt shows; `None` (and a SKIPPED line) where util-linux `script` is missing.
    pub fn in_terminal(
        &self,
        args: &[&str],
        steps: &[(&str, &str)],
        columns: u16,
    ) -> Option<terminal::Screen> {
        let mut cmd = self.std_a0();
        cmd.args(args);
        self.command_in_terminal(&cmd, steps, columns)
    }

    /// Like [`TestEnv::in_terminal`], for a command prepared by the caller (e.g. without the file store).
    pub fn command_in_terminal(
        &self,
        cmd: &std::process::Command,
        steps: &[(&str, &str)],
        columns: u16,
    ) -> Option<terminal::Screen> {
        if !terminal::available() {
            eprintln!(
                "SKIPPED: util-linux `script` is not installed, so no pseudo-terminal test can run"
            );
            return None;
        }
        Some(terminal::run(cmd, steps, columns))
    }

    /// A password login of a database user through `POST /oauth/token` (the admin client, `password` grant):
    /// the status and the JSON answer (`{}` when it is not JSON).
    pub fn password_login(&self, email: &str, password: &str) -> (u16, Value) {
        let (base, email, password) = (self.base.clone(), email.to_owned(), password.to_owned());
        self.block_on(async move {
            let _ = rustls::crypto::ring::default_provider().install_default();
            let resp = reqwest::Client::new()
                .post(format!("{base}/oauth/token"))
                .form(&[
                    ("grant_type", "password"),
                    ("username", email.as_str()),
                    ("password", password.as_str()),
                    ("client_id", ADMIN_ID),
                    ("client_secret", ADMIN_SECRET),
                ])
                .send()
                .await
                .expect("the emulator answers");
            let status = resp.status().as_u16();
            (status, resp.json().await.unwrap_or_default())
        })
    }

    /// `a0` with the hermetic environment only (no credentials added).
    pub fn bare_a0(&self) -> Command {
        let mut cmd = Command::from_std(self.std_bare_a0());
        cmd.timeout(Duration::from_secs(120));
        cmd
    }

    /// Like [`TestEnv::a0`], as a `std::process::Command` (for tests that need to spawn and stream).
    pub fn std_a0(&self) -> std::process::Command {
        let mut cmd = self.std_bare_a0();
        if self.login == Login::Env {
            cmd.env("AUTH0_DOMAIN", &self.base)
                .env("AUTH0_CLIENT_ID", ADMIN_ID)
                .env("AUTH0_CLIENT_SECRET", ADMIN_SECRET);
        }
        cmd
    }

    fn std_bare_a0(&self) -> std::process::Command {
        self.hermetic(env!("CARGO_BIN_EXE_a0"))
    }

    /// Any program with `a0`'s hermetic environment (e.g. `dbus-run-session` around a script that runs `a0`).
    pub fn hermetic(&self, program: impl AsRef<std::ffi::OsStr>) -> std::process::Command {
        let mut cmd = std::process::Command::new(program);
        let root = self.dir.path();
        for (key, _) in std::env::vars_os() {
            let k = key.to_string_lossy();
            if k.starts_with("AUTH0_") || k.starts_with("A0_") || k.starts_with("XDG_") {
                cmd.env_remove(&key);
            }
        }
        for k in [
            "NO_COLOR",
            "CLICOLOR",
            "CLICOLOR_FORCE",
            "TERM",
            "COLUMNS",
            "RUST_LOG",
        ] {
            cmd.env_remove(k);
        }
        cmd.env("HOME", root.join("home"))
            .env("A0_CONFIG_DIR", root.join("config"))
            .env("A0_DATA_DIR", root.join("data"))
            .env("A0_STATE_DIR", root.join("state"))
            .env("XDG_CONFIG_HOME", root.join("xdg-config"))
            .env("XDG_DATA_HOME", root.join("xdg-data"))
            .env("XDG_CACHE_HOME", root.join("xdg-cache"))
            .env("XDG_RUNTIME_DIR", root.join("xdg-runtime"))
            .env("A0_CREDENTIAL_STORE", "file")
            .env("TERM", "dumb");
        cmd
    }

    /// Logs in (stored tenant) with `client_id`/`secret`, the secret on stdin.
    pub fn login_as(&self, client_id: &str, secret: &str) {
        self.bare_a0()
            .args([
                "login",
                "--no-input",
                "--domain",
                &self.base,
                "--client-id",
                client_id,
            ])
            .arg("--client-secret-stdin")
            .write_stdin(format!("{secret}\n"))
            .assert()
            .success();
    }

    /// Creates a user with the admin client through a0 and returns the API's user object.
    pub fn create_user(&self, email: &str, extra: &[&str]) -> Value {
        let out = self
            .a0()
            .args([
                "users",
                "create",
                "--connection",
                "Username-Password-Authentication",
                "--email",
                email,
            ])
            .args(extra)
            .args(["--password-stdin", "--json"])
            .write_stdin("Correct Horse Battery Staple 9\n")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "create {email} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// `n` users `user{i:04}@example.com` in the default database connection, loaded through the seed path of
    /// the store (fast; no HTTP). Use with [`Builder::seed_users`].
    pub fn numbered_users(n: usize) -> Vec<Value> {
        (0..n)
            .map(|i| {
                serde_json::json!({
                    "email": format!("user{i:04}@example.com"),
                    "email_verified": true,
                    "user_id": format!("seed{i:04}"),
                    "name": format!("User {i:04}"),
                })
            })
            .collect()
    }
}

/// Parses stdout as JSON.
pub fn json(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// stdout as text.
pub fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// stderr as text.
pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

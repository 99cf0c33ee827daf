//! [`Emulator`]: build one, then `serve(listener)` in the foreground or `spawn(listener)` in the background.
//!
//! ```no_run
//! # async fn demo() -> anyhow::Result<()> {
//! use a0_emulator::Emulator;
//! let emu = Emulator::builder().in_memory().build()?;
//! let (client_id, client_secret) = emu.admin_credentials();
//! let handle = emu.spawn(tokio::net::TcpListener::bind("127.0.0.1:0").await?).await?;
//! println!("{} {client_id}", handle.base_url());
//! handle.shutdown().await;
//! # Ok(()) }
//! ```

use std::future::Future;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::Context;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::config::EmulatorConfig;
use crate::http::{self, AppState, Settings};
use crate::store::{OpenOptions, Store};
use crate::tokens::TokenService;

/// The data file of the built-in `local` tenant, shared by `a0 emulator serve` and the CLI:
/// `$A0_DATA_DIR/local.sqlite` if set, else the platform data dir (`$XDG_DATA_HOME/a0/local.sqlite` on Linux).
pub fn default_data_file() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("A0_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir).join("local.sqlite"));
    }
    use etcetera::BaseStrategy;
    let strategy = etcetera::base_strategy::choose_native_strategy().ok()?;
    Some(strategy.data_dir().join("a0").join("local.sqlite"))
}

enum Storage {
    Memory,
    File(PathBuf),
}

/// Builder for [`Emulator`].
#[derive(Default)]
pub struct EmulatorBuilder {
    storage: Option<Storage>,
    open: OpenOptions,
    config: EmulatorConfig,
    settings: Settings,
    seed: Vec<serde_json::Value>,
    tls: Option<Arc<rustls::ServerConfig>>,
}

impl EmulatorBuilder {
    /// Keep everything in memory (the default).
    pub fn in_memory(mut self) -> Self {
        self.storage = Some(Storage::Memory);
        self
    }

    /// Keep the tenant in this SQLite file (created if missing).
    pub fn data_file(mut self, path: impl AsRef<Path>) -> Self {
        self.storage = Some(Storage::File(path.as_ref().to_path_buf()));
        self
    }

    /// Force the admin client's id and secret (else the stored ones, else generated on first open).
    pub fn admin_client(mut self, id: impl Into<String>, secret: impl Into<String>) -> Self {
        self.open.admin_client_id = Some(id.into());
        self.open.admin_client_secret = Some(secret.into());
        self
    }

    /// Extra clients (upserted on build).
    pub fn config(mut self, config: EmulatorConfig) -> Self {
        self.config = config;
        self
    }

    pub fn settings(mut self, settings: Settings) -> Self {
        self.settings = settings;
        self
    }

    /// Serve HTTPS with this configuration (see [`crate::tls`]); the tenant's URLs then all start with
    /// `https://`.
    pub fn tls(mut self, config: Arc<rustls::ServerConfig>) -> Self {
        self.tls = Some(config);
        self
    }

    /// Users in the bulk-import format, inserted on build (existing ids are skipped).
    pub fn seed_users(mut self, users: Vec<serde_json::Value>) -> Self {
        self.seed = users;
        self
    }

    /// Use this PKCS#8 PEM RS256 key when the tenant is created (instead of generating a 2048-bit key, which
    /// takes a moment). Ignored when the data file already holds a key.
    pub fn signing_key_pem(mut self, pem: impl Into<String>) -> Self {
        self.open.signing_key_pem = Some(pem.into());
        self
    }

    /// Opens the store (migrations, first-open bootstrap), applies the config and seeds users.
    pub fn build(self) -> anyhow::Result<Emulator> {
        let store = match &self.storage {
            None | Some(Storage::Memory) => Store::open_in_memory(&self.open)?,
            Some(Storage::File(path)) => Store::open(path, &self.open)
                .with_context(|| format!("cannot open {}", path.display()))?,
        };
        apply_apis(&store, &self.config)?;
        store.upsert_clients(&self.config.clients)?;
        for c in &self.config.clients {
            let grants: Vec<(String, Vec<String>)> = c
                .grants
                .iter()
                .map(|g| (g.audience.clone(), g.scopes.clone()))
                .collect();
            store.client_grants_replace(&c.id, &grants)?;
        }
        let pem = store.signing_key_pem()?;
        let tokens = TokenService::from_pem(&pem)?;
        if !self.seed.is_empty() {
            crate::jobs::seed::seed_users(&store, &self.seed).context("cannot seed users")?;
        }
        let admin = store.admin_client()?;
        Ok(Emulator {
            store,
            tokens: Arc::new(tokens),
            settings: self.settings,
            admin: (admin.client_id, admin.client_secret),
            data_file: match self.storage {
                Some(Storage::File(p)) => Some(p),
                _ => None,
            },
            tls: self.tls,
        })
    }
}

/// Creates or updates the config file's APIs (by identifier), after checking each with Auth0's create rules.
fn apply_apis(store: &Store, config: &EmulatorConfig) -> anyhow::Result<()> {
    use crate::rbac::resource_servers as rs;
    let now = chrono::Utc::now().timestamp();
    let mut rows = Vec::new();
    for api in &config.apis {
        rs::validate_config(api).map_err(anyhow::Error::msg)?;
        let existing = store
            .resource_server(&api.identifier)?
            .filter(|e| e.identifier == api.identifier);
        let doc = rs::from_config(api, existing.as_ref().and_then(|e| e.doc.as_object()), now);
        rows.push(crate::store::rbac::ResourceServerRow {
            id: doc["id"].as_str().unwrap_or_default().to_owned(),
            identifier: api.identifier.clone(),
            doc: serde_json::Value::Object(doc),
        });
    }
    store.resource_servers_put(&rows)?;
    Ok(())
}

/// A tenant ready to serve.
pub struct Emulator {
    store: Store,
    tokens: Arc<TokenService>,
    settings: Settings,
    admin: (String, String),
    data_file: Option<PathBuf>,
    tls: Option<Arc<rustls::ServerConfig>>,
}

impl Emulator {
    pub fn builder() -> EmulatorBuilder {
        EmulatorBuilder::default()
    }

    /// The built-in admin client's `(client_id, client_secret)`.
    pub fn admin_credentials(&self) -> (String, String) {
        self.admin.clone()
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The SQLite file, unless in memory.
    pub fn data_file(&self) -> Option<&Path> {
        self.data_file.as_deref()
    }

    /// The tenant's base URL when served on `listener`: `http://IP:PORT`, or `https://IP:PORT` with TLS. The one
    /// source of every URL the tenant hands out (issuer, audience, discovery, JWKS, export locations).
    pub fn base_url(&self, listener: &TcpListener) -> std::io::Result<String> {
        Ok(base_url(listener.local_addr()?, self.tls.is_some()))
    }

    fn state(&self, listener: &TcpListener) -> std::io::Result<AppState> {
        Ok(AppState {
            store: self.store.clone(),
            tokens: self.tokens.clone(),
            base_url: self.base_url(listener)?.into(),
            settings: Arc::new(self.settings.clone()),
            limiter: Arc::new(http::middleware::RateLimiter::new(self.settings.rate_limit)),
            token_requests: Arc::new(AtomicU64::new(0)),
        })
    }

    /// Serves until `shutdown` resolves, then stops accepting, finishes in-flight requests and closes the
    /// database.
    pub async fn serve(
        self,
        listener: TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let state = self.state(&listener)?;
        run(listener, self.tls, state, shutdown).await
    }

    /// Serves in a background task of the current runtime.
    pub async fn spawn(self, listener: TcpListener) -> std::io::Result<EmulatorHandle> {
        let state = self.state(&listener)?;
        let (tx, rx) = oneshot::channel::<()>();
        let base_url = state.base_url.to_string();
        let counter = state.token_requests.clone();
        let store = state.store.clone();
        let task = tokio::spawn(run(listener, self.tls, state, async {
            let _ = rx.await;
        }));
        Ok(EmulatorHandle {
            base_url,
            token_requests: counter,
            store,
            stop: Some(tx),
            task: Some(task),
        })
    }
}

async fn run(
    listener: TcpListener,
    tls: Option<Arc<rustls::ServerConfig>>,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let store = state.store.clone();
    let worker = crate::jobs::worker::spawn(store.clone());
    let app = http::router(state).into_make_service_with_connect_info::<SocketAddr>();
    let result = match tls {
        None => {
            axum::serve(listener, app)
                .with_graceful_shutdown(shutdown)
                .await
        }
        Some(config) => {
            use axum::serve::ListenerExt;
            // `tap_io` is how axum hands a custom listener's peer address to `ConnectInfo<SocketAddr>`.
            let listener = crate::tls::TlsListener::new(listener, config)?.tap_io(|_| {});
            axum::serve(listener, app)
                .with_graceful_shutdown(shutdown)
                .await
        }
    };
    worker.abort();
    if let Err(e) = store.close() {
        tracing::warn!("closing the database: {e}");
    }
    result
}

/// `http://IP:PORT` (or `https://` with `tls`) for a bound address; a wildcard address is reached through
/// loopback.
pub fn base_url(addr: SocketAddr, tls: bool) -> String {
    let ip = match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    let scheme = if tls { "https" } else { "http" };
    format!("{scheme}://{}", SocketAddr::new(ip, addr.port()))
}

/// A running background emulator (see [`Emulator::spawn`]).
pub struct EmulatorHandle {
    base_url: String,
    token_requests: Arc<AtomicU64>,
    store: Store,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<std::io::Result<()>>>,
}

impl EmulatorHandle {
    /// `http://127.0.0.1:PORT` (`https://` with TLS), no trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// How many `POST /oauth/token` requests were answered.
    pub fn token_requests(&self) -> u64 {
        self.token_requests.load(Ordering::Relaxed)
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Stops accepting, finishes in-flight requests and closes the database.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for EmulatorHandle {
    fn drop(&mut self) {
        // Dropped without `shutdown`: ask the server to stop anyway.
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

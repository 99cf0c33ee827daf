//! `a0 emulator serve`: run the local Auth0 tenant as an HTTP server.
//!
//! Prints exactly one line on stdout, `a0 emulator listening on http://HOST:PORT` (`https://` with `--tls`), once
//! the socket accepts
//! connections (scripts wait for it); everything else goes to stderr. The admin client's secret is never printed:
//! choose it with `A0_EMULATOR_CLIENT_SECRET` (or `--client-secret`) when a script needs it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use a0_emulator::http::{RequestLog, Settings};
use a0_emulator::{Emulator, EmulatorConfig};
use clap::{Args, Subcommand};

use super::GlobalArgs;
use crate::error::usage;

#[derive(Debug, Subcommand)]
pub enum EmulatorCommand {
    /// Serve the local tenant over HTTP or HTTPS (Authentication API and Management API v2 for users).
    #[command(
        after_help = "Examples:\n  a0 emulator serve\n  a0 emulator serve --memory --addr 127.0.0.1:0 --rate-limit 50 --latency 100\n  a0 emulator serve --data tenant.sqlite --seed users.json\n  a0 emulator serve --tls --memory --ca-out ca.pem"
    )]
    Serve(ServeArgs),
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:4455", value_name = "HOST:PORT")]
    pub addr: String,
    /// SQLite file of the tenant (created if missing). Default: the local tenant's file, as the CLI uses it.
    #[arg(long, value_name = "FILE", conflicts_with = "memory")]
    pub data: Option<PathBuf>,
    /// Keep everything in memory; nothing is written to disk.
    #[arg(long)]
    pub memory: bool,
    /// Id of the built-in admin client (else the stored or a generated one).
    #[arg(
        long,
        env = "A0_EMULATOR_CLIENT_ID",
        value_name = "ID",
        requires = "client_secret"
    )]
    pub client_id: Option<String>,
    /// Secret of the built-in admin client; prefer the environment variable to keep it out of argv.
    #[arg(
        long,
        env = "A0_EMULATOR_CLIENT_SECRET",
        hide_env_values = true,
        value_name = "SECRET",
        requires = "client_id"
    )]
    pub client_secret: Option<String>,
    /// TOML file with extra clients: `[[clients]] id = "…" secret = "…" scopes = ["read:users"]`.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Management API requests per second (token bucket, burst of the same size). Default: unlimited.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub rate_limit: Option<u32>,
    /// Delay every /api/v2 and /oauth/token response by MS milliseconds.
    #[arg(long, value_name = "MS", default_value_t = 0)]
    pub latency: u64,
    /// JSON array of users in the bulk-import format, inserted on start (existing ids are skipped).
    #[arg(long, value_name = "USERS.json")]
    pub seed: Option<PathBuf>,
    /// Log one line per request to stderr: method, path, status, duration, client id (never a secret).
    #[arg(long)]
    pub log_requests: bool,
    /// Serve HTTPS with a certificate for localhost, 127.0.0.1 and ::1 signed by a local CA (kept in the data
    /// dir; a fresh one with --memory). Clients trust it through SSL_CERT_FILE / NODE_EXTRA_CA_CERTS.
    #[arg(long)]
    pub tls: bool,
    /// Write the CA certificate (PEM) to FILE, for clients to trust. Implies --tls.
    #[arg(long, value_name = "FILE", conflicts_with = "tls_cert")]
    pub ca_out: Option<PathBuf>,
    /// Serve HTTPS with this certificate chain (PEM) instead of the local CA's. Implies --tls.
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// The private key (PEM) of --tls-cert.
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// bcrypt cost for new password hashes.
    #[arg(long, hide = true, default_value_t = 10, value_parser = clap::value_parser!(u32).range(4..=31))]
    pub bcrypt_cost: u32,
}

pub async fn run(global: &GlobalArgs, cmd: EmulatorCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        EmulatorCommand::Serve(args) => serve(global, args).await,
    }
}

fn read_config(path: &Path) -> anyhow::Result<EmulatorConfig> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        usage(format!(
            "cannot read the config file {}: {e}",
            path.display()
        ))
    })?;
    toml::from_str(&text).map_err(|e| usage(format!("bad config file {}: {e}", path.display())))
}

fn read_seed(path: &Path) -> anyhow::Result<Vec<serde_json::Value>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| usage(format!("cannot read the seed file {}: {e}", path.display())))?;
    serde_json::from_str(&text).map_err(|e| {
        usage(format!(
            "bad seed file {}: expected a JSON array of users ({e})",
            path.display()
        ))
    })
}

async fn serve(global: &GlobalArgs, args: ServeArgs) -> anyhow::Result<ExitCode> {
    // The emulator reports its own failures (a job that failed, a closing database) through `tracing`.
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_max_level(tracing_subscriber::filter::LevelFilter::WARN)
        .with_target(false)
        .without_time()
        .try_init();
    let config = args.config.as_deref().map(read_config).transpose()?;
    let seed = args.seed.as_deref().map(read_seed).transpose()?;
    let data = if args.memory {
        None
    } else {
        match args.data.clone().or_else(a0_emulator::default_data_file) {
            Some(p) => Some(p),
            None => {
                return Err(usage(
                    "cannot find a data directory for the local tenant; pass --data FILE or --memory",
                ));
            }
        }
    };
    let listener = tokio::net::TcpListener::bind(&args.addr)
        .await
        .map_err(|e| usage(format!("cannot listen on {}: {e}", args.addr)))?;
    let tls = tls_setup(&args, data.as_deref(), &listener).await?;

    let mut builder = Emulator::builder().settings(Settings {
        bcrypt_cost: args.bcrypt_cost,
        rate_limit: args.rate_limit,
        latency: Duration::from_millis(args.latency),
        request_log: args
            .log_requests
            .then(|| RequestLog(std::sync::Arc::new(|line: &str| eprintln!("{line}")))),
    });
    builder = match &data {
        Some(path) => builder.data_file(path),
        None => builder.in_memory(),
    };
    if let (Some(id), Some(secret)) = (args.client_id.clone(), args.client_secret.clone()) {
        builder = builder.admin_client(id, secret);
    }
    if let Some(config) = config {
        builder = builder.config(config);
    }
    if let Some(seed) = seed {
        builder = builder.seed_users(seed);
    }
    if let Some(tls) = &tls {
        builder = builder.tls(tls.config.clone());
    }
    // Opening may generate a 2048-bit key and hash seeded passwords: keep it off the async workers.
    let emu = tokio::task::spawn_blocking(move || builder.build())
        .await?
        .map_err(|e| usage(format!("cannot open the tenant: {e:#}")))?;

    let base = emu
        .base_url(&listener)
        .map_err(|e| anyhow::anyhow!("cannot read the listening address: {e}"))?;
    let (admin_id, _) = emu.admin_credentials();
    match &data {
        Some(p) => eprintln!("data: {}", p.display()),
        None => eprintln!("data: in memory (nothing is saved)"),
    }
    eprintln!("admin client id: {admin_id}");
    if args.client_secret.is_none() {
        eprintln!(
            "admin client secret: not shown; choose it with A0_EMULATOR_CLIENT_ID and A0_EMULATOR_CLIENT_SECRET"
        );
    }
    if let Some(tls) = &tls {
        for line in &tls.notes {
            eprintln!("{line}");
        }
    }
    eprintln!("token: POST {base}/oauth/token (audience {base}/api/v2/)");
    let shutdown = shutdown_signal()?;
    // The listening line is data: scripts read the address from stdout.
    crate::output::text(
        &global.output.io,
        &format!("a0 emulator listening on {base}\n"),
    )?;

    emu.serve(listener, shutdown).await?;
    eprintln!("a0 emulator stopped");
    Ok(ExitCode::SUCCESS)
}

/// The TLS configuration of `serve`, and what stderr says about it (which CA file clients should trust).
struct TlsSetup {
    config: std::sync::Arc<rustls::ServerConfig>,
    notes: Vec<String>,
}

/// `--tls`, `--ca-out`, `--tls-cert`/`--tls-key`: `None` for plain HTTP. Bad files are usage errors (exit 2).
async fn tls_setup(
    args: &ServeArgs,
    data: Option<&Path>,
    listener: &tokio::net::TcpListener,
) -> anyhow::Result<Option<TlsSetup>> {
    use a0_emulator::tls::{LocalCa, server_config_from_files};
    if let (Some(cert), Some(key)) = (&args.tls_cert, &args.tls_key) {
        let config = server_config_from_files(cert, key).map_err(|e| usage(e.to_string()))?;
        return Ok(Some(TlsSetup {
            config,
            notes: vec![format!("TLS certificate: {}", cert.display())],
        }));
    }
    if !args.tls && args.ca_out.is_none() {
        return Ok(None);
    }
    let dir = data.map(|d| match d.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    });
    let ip = listener.local_addr().ok().map(|a| a.ip());
    // Key generation and the signing check are CPU work: keep them off the async workers.
    let made = tokio::task::spawn_blocking(move || -> Result<_, a0_emulator::tls::TlsError> {
        let (ca, path) = match dir {
            Some(dir) => {
                let (ca, path) = LocalCa::load_or_create(&dir)?;
                (ca, Some(path))
            }
            None => (LocalCa::generate()?, None),
        };
        let config = ca.server_config(ip)?;
        Ok((ca.cert_pem().to_owned(), path, config))
    })
    .await?;
    let (ca_pem, ca_path, config) = made.map_err(|e| usage(e.to_string()))?;
    let mut notes = Vec::new();
    if let Some(path) = &ca_path {
        notes.push(format!("CA certificate: {}", path.display()));
    }
    match &args.ca_out {
        Some(out) => {
            std::fs::write(out, &ca_pem).map_err(|e| {
                usage(format!(
                    "cannot write the CA certificate to {}: {e}",
                    out.display()
                ))
            })?;
            notes.push(format!("CA certificate written to {}", out.display()));
        }
        None if ca_path.is_none() => notes.push(
            "CA certificate: in memory only; write it with --ca-out FILE for clients to trust"
                .into(),
        ),
        None => {}
    }
    notes.push(
        "clients trust it with SSL_CERT_FILE=<CA file> (NODE_EXTRA_CA_CERTS for node)".into(),
    );
    Ok(Some(TlsSetup { config, notes }))
}

/// Resolves on Ctrl-C or SIGTERM. The handlers are registered here, before the listening line is printed, so a
/// signal sent right after that line is never lost to the default action.
fn shutdown_signal() -> anyhow::Result<impl std::future::Future<Output = ()> + Send + 'static> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut int = signal(SignalKind::interrupt())?;
        let mut term = signal(SignalKind::terminate())?;
        Ok(async move {
            tokio::select! {
                _ = int.recv() => {},
                _ = term.recv() => {},
            }
            eprintln!("a0 emulator: shutting down");
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
            eprintln!("a0 emulator: shutting down");
        })
    }
}

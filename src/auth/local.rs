//! The built-in `local` tenant: the emulator's data file (`$A0_DATA_DIR/local.sqlite`, else the XDG data dir
//! `a0/local.sqlite`) served in-process on a random loopback port for the duration of one command, reached
//! through the same HTTP client as a real tenant. Users created there persist across commands.

use a0_emulator::Emulator;
use a0_emulator::server::EmulatorHandle;
use anyhow::Context;

use super::{Credentials, LOCAL_TENANT, Secret, Session};

/// The notice printed (once per command) when the local tenant is used.
pub const NOTICE: &str = "using the built-in local tenant (a0 login to manage a real one)";

/// Keeps the in-process emulator serving while the command runs; dropping it stops the server.
pub struct LocalTenant {
    handle: Option<EmulatorHandle>,
}

impl std::fmt::Debug for LocalTenant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocalTenant")
            .field("base_url", &self.handle.as_ref().map(|h| h.base_url()))
            .finish()
    }
}

/// Opens the local tenant's data file, serves it on `127.0.0.1:0` and returns a session for it.
pub async fn start() -> anyhow::Result<Session> {
    let path = a0_emulator::server::default_data_file()
        .context("cannot find a data directory for the local tenant; set A0_DATA_DIR (or HOME)")?;
    let emulator = Emulator::builder()
        .data_file(&path)
        .build()
        .with_context(|| format!("cannot open the local tenant at {}", path.display()))?;
    let (client_id, client_secret) = emulator.admin_credentials();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .context("cannot listen on a loopback port for the local tenant")?;
    let handle = emulator
        .spawn(listener)
        .await
        .context("cannot start the local tenant")?;
    let base_url = url::Url::parse(&format!("{}/", handle.base_url()))
        .context("the local tenant has a bad base URL")?;
    crate::diag::notice(NOTICE);
    Ok(Session {
        tenant: LOCAL_TENANT.to_string(),
        base_url,
        credentials: Credentials::Client {
            client_id,
            client_secret: Secret::new(client_secret).into(),
        },
        local: Some(LocalTenant {
            handle: Some(handle),
        }),
    })
}

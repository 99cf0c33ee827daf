//! The built-in `local` tenant: the emulator's data file (`$A0_DATA_DIR/local.sqlite`, else the XDG data dir
//! `a0/local.sqlite`) served in-process on a random loopback port for the duration of one command, reached
//! through the same HTTP client as a real tenant. Users created there persist across commands.

use super::{LOCAL_TENANT, Session};

/// The notice printed (once per command) when the local tenant is used.
pub const NOTICE: &str = "using the built-in local tenant (a0 login to manage a real one)";

/// Keeps the in-process emulator serving while the command runs (stub until the emulator API lands).
#[derive(Debug)]
pub struct LocalTenant {}

impl LocalTenant {
    pub async fn shutdown(self) {}
}

pub async fn start() -> anyhow::Result<Session> {
    let _ = LOCAL_TENANT;
    anyhow::bail!("the built-in local tenant is not available yet")
}

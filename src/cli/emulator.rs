//! `a0 emulator serve`.

use std::process::ExitCode;

use clap::Subcommand;

use super::GlobalArgs;

#[derive(Debug, Subcommand)]
pub enum EmulatorCommand {
    /// Serve the local tenant over HTTP.
    Serve,
}

pub async fn run(_global: &GlobalArgs, _cmd: EmulatorCommand) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}

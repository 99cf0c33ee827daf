//! `a0 tenants list | use | current`.

use std::process::ExitCode;

use clap::Subcommand;

use super::GlobalArgs;

#[derive(Debug, Subcommand)]
pub enum TenantsCommand {
    /// List known tenants.
    List,
}

pub async fn run(_global: &GlobalArgs, _cmd: TenantsCommand) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}

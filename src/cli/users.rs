//! `a0 users …`.

use std::process::ExitCode;

use clap::Subcommand;

use super::GlobalArgs;

#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// List or search users.
    List,
}

pub async fn run(_global: &GlobalArgs, _cmd: UsersCommand) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}

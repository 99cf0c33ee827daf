//! `a0 login`, `a0 logout`.

use std::process::ExitCode;

use clap::Args;

use super::GlobalArgs;

#[derive(Debug, Args)]
pub struct LoginArgs {}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// Tenant to forget (default: the current one).
    pub tenant: Option<String>,
}

pub async fn login(_global: &GlobalArgs, _args: LoginArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}

pub async fn logout(_global: &GlobalArgs, _args: LogoutArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}

//! `a0 token [--decode]`.

use std::process::ExitCode;

use clap::Args;

use super::GlobalArgs;

#[derive(Debug, Args)]
pub struct TokenArgs {}

pub async fn run(_global: &GlobalArgs, _args: TokenArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}

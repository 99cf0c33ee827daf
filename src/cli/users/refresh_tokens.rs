//! `a0 users refresh-tokens list|revoke USER`: the refresh tokens that keep a user's apps logged in, and
//! revoking them ("log me out everywhere", a lost laptop). A revoked token is refused at its next use.

use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde_json::Value;

use super::{check_id, connect};
use crate::api::users;
use crate::cli::GlobalArgs;
use crate::error::{CliError, Exit};
use crate::output::{Kind, Printer};

/// Refresh tokens as the Management API lists them.
const TOKENS: Kind = Kind {
    default_columns: &[
        "id",
        "client_id",
        "resource_servers.0.audience",
        "created_at",
    ],
    columns: &[
        "id",
        "user_id",
        "client_id",
        "created_at",
        "expires_at",
        "idle_expires_at",
        "session_id",
        "rotating",
        "resource_servers",
    ],
    dotted_roots: &["resource_servers"],
    id: "id",
    low_value: &["created_at"],
    whole: &["id", "client_id"],
};

#[derive(Debug, Subcommand)]
pub enum RefreshTokensCommand {
    /// List a user's refresh tokens.
    #[command(
        after_help = "Examples:\n  a0 users refresh-tokens list 'auth0|123'\n  a0 users refresh-tokens list 'auth0|123' --quiet"
    )]
    List(UserArg),
    /// Revoke all of a user's refresh tokens (or one with --id): their apps must log in again.
    #[command(
        after_help = "Examples:\n  a0 users refresh-tokens revoke 'auth0|123'\n  a0 users refresh-tokens revoke 'auth0|123' --id 6b12d0d6b86b5e481e1792f7"
    )]
    Revoke(RevokeArgs),
}

#[derive(Debug, Args)]
pub struct UserArg {
    /// The user's id.
    #[arg(value_name = "USER")]
    pub user: String,
}

#[derive(Debug, Args)]
pub struct RevokeArgs {
    /// The user's id.
    #[arg(value_name = "USER")]
    pub user: String,
    /// Revoke only this token (an id from `list`).
    #[arg(long, value_name = "TOKEN_ID")]
    pub id: Option<String>,
}

pub async fn run(global: &GlobalArgs, cmd: RefreshTokensCommand) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, TOKENS)?;
    match cmd {
        RefreshTokensCommand::List(a) => {
            check_id(&a.user)?;
            let client = connect(global).await?;
            printer.list(&users::refresh_tokens(&client, &a.user).await?)?;
        }
        RefreshTokensCommand::Revoke(a) => {
            check_id(&a.user)?;
            let client = connect(global).await?;
            let tokens = users::refresh_tokens(&client, &a.user).await?;
            if let Some(id) = &a.id
                && !tokens
                    .iter()
                    .any(|t| t.get("id").and_then(Value::as_str) == Some(id))
            {
                return Err(CliError::new(
                    Exit::NotFound,
                    format!("{} has no refresh token {id}; `a0 users refresh-tokens list {}` shows them", a.user, a.user),
                )
                .into());
            }
            users::revoke_refresh_tokens(&client, &a.user, a.id.as_deref()).await?;
            let n = if a.id.is_some() { 1 } else { tokens.len() };
            eprintln!(
                "a0: revoked {n} refresh {} of {}",
                if n == 1 { "token" } else { "tokens" },
                a.user
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

//! `a0 users permissions list|add|remove USER`: a user's permissions. The list holds direct grants and those
//! that come from the user's roles; its `SOURCES` column says which (`direct`, `role Admin`).

use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::{check_id, connect};
use crate::api::roles as api;
use crate::cli::GlobalArgs;
use crate::error::usage;
use crate::output::{Kind, Printer};

/// A user's permissions, with where each comes from.
const USER_PERMISSIONS: Kind = Kind {
    default_columns: &["permission_name", "resource_server_identifier", "sources"],
    columns: crate::cli::roles::PERMISSIONS.columns,
    dotted_roots: &["sources"],
    id: "permission_name",
    low_value: &[],
    whole: &["permission_name", "resource_server_identifier"],
};

#[derive(Debug, Subcommand)]
pub enum UserPermissionsCommand {
    /// List a user's permissions: direct ones and those of their roles.
    #[command(
        after_help = "Examples:\n  a0 users permissions list 'auth0|123'\n  a0 users permissions list 'auth0|123' --jq '.[].permission_name'"
    )]
    List(super::roles::UserArg),
    /// Give a user permissions of an API directly.
    #[command(
        after_help = "Examples:\n  a0 users permissions add 'auth0|123' --api https://api.example.com read:orders"
    )]
    Add(ChangeArgs),
    /// Take direct permissions away from a user (those of roles stay: change the role).
    #[command(
        after_help = "Examples:\n  a0 users permissions remove 'auth0|123' --api https://api.example.com read:orders"
    )]
    Remove(ChangeArgs),
}

#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// The user's id.
    #[arg(value_name = "USER")]
    pub user: String,
    /// The API the permissions belong to: its identifier (audience).
    #[arg(long, value_name = "IDENTIFIER")]
    pub api: String,
    /// Permission names, as the API defines them.
    #[arg(value_name = "PERMISSION", required = true)]
    pub permissions: Vec<String>,
}

pub async fn run(global: &GlobalArgs, cmd: UserPermissionsCommand) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, USER_PERMISSIONS)?;
    match cmd {
        UserPermissionsCommand::List(a) => {
            check_id(&a.user)?;
            let client = connect(global).await?;
            printer.list(&api::permissions(&client, api::Holder::User(&a.user)).await?)?;
        }
        UserPermissionsCommand::Add(a) => {
            check(&a)?;
            let client = connect(global).await?;
            let body = api::permissions_body(&a.api, &a.permissions);
            api::change_permissions(&client, api::Holder::User(&a.user), true, &body).await?;
            eprintln!(
                "a0: {} now has {} of {}",
                a.user,
                a.permissions.join(", "),
                a.api
            );
        }
        UserPermissionsCommand::Remove(a) => {
            check(&a)?;
            let client = connect(global).await?;
            let body = api::permissions_body(&a.api, &a.permissions);
            api::change_permissions(&client, api::Holder::User(&a.user), false, &body).await?;
            eprintln!(
                "a0: {} no longer has {} of {} directly (permissions of their roles stay)",
                a.user,
                a.permissions.join(", "),
                a.api
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn check(a: &ChangeArgs) -> anyhow::Result<()> {
    check_id(&a.user)?;
    if a.api.trim().is_empty() {
        return Err(usage(
            "--api needs the API's identifier (e.g. https://api.example.com)",
        ));
    }
    Ok(())
}

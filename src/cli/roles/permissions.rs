//! `a0 roles permissions list|add|remove ROLE`: the permissions a role grants, each a permission of one API.

use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::{PERMISSIONS, resolve, role_id};
use crate::api::roles as api;
use crate::cli::GlobalArgs;
use crate::cli::session::connect;
use crate::output::Printer;

#[derive(Debug, Subcommand)]
pub enum PermissionsCommand {
    /// List the permissions a role grants.
    #[command(
        after_help = "Examples:\n  a0 roles permissions list Admin\n  a0 roles permissions list Admin --jq '.[].permission_name'"
    )]
    List(super::RoleArg),
    /// Give a role permissions of an API.
    #[command(
        after_help = "Examples:\n  a0 roles permissions add Admin --api https://api.example.com read:orders write:orders"
    )]
    Add(ChangeArgs),
    /// Take permissions away from a role.
    #[command(
        after_help = "Examples:\n  a0 roles permissions remove Admin --api https://api.example.com write:orders"
    )]
    Remove(ChangeArgs),
}

#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// The role's id (rol_…) or exact name.
    #[arg(value_name = "ROLE")]
    pub role: String,
    /// The API the permissions belong to: its identifier (audience).
    #[arg(long, value_name = "IDENTIFIER")]
    pub api: String,
    /// Permission names, as the API defines them (read:orders …).
    #[arg(value_name = "PERMISSION", required = true)]
    pub permissions: Vec<String>,
}

pub async fn run(global: &GlobalArgs, cmd: PermissionsCommand) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, PERMISSIONS)?;
    match cmd {
        PermissionsCommand::List(a) => {
            let client = connect(global).await?;
            let role = resolve(&client, &a.role).await?;
            printer.list(&api::permissions(&client, api::Holder::Role(&role_id(&role))).await?)?;
        }
        PermissionsCommand::Add(a) | PermissionsCommand::Remove(a) if a.api.trim().is_empty() => {
            return Err(crate::error::usage(format!(
                "--api needs the API's identifier (e.g. https://api.example.com), not `{}`",
                a.api
            )));
        }
        PermissionsCommand::Add(a) => {
            let client = connect(global).await?;
            let role = resolve(&client, &a.role).await?;
            let body = api::permissions_body(&a.api, &a.permissions);
            api::change_permissions(&client, api::Holder::Role(&role_id(&role)), true, &body)
                .await?;
            eprintln!(
                "a0: role {} now grants {} of {}",
                role["name"].as_str().unwrap_or_default(),
                a.permissions.join(", "),
                a.api
            );
        }
        PermissionsCommand::Remove(a) => {
            let client = connect(global).await?;
            let role = resolve(&client, &a.role).await?;
            let body = api::permissions_body(&a.api, &a.permissions);
            api::change_permissions(&client, api::Holder::Role(&role_id(&role)), false, &body)
                .await?;
            eprintln!(
                "a0: role {} no longer grants {} of {}",
                role["name"].as_str().unwrap_or_default(),
                a.permissions.join(", "),
                a.api
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

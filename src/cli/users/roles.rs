//! `a0 users roles list|assign|remove USER [ROLE…]`: a user's roles, named by id or exact name.

use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::{check_id, connect};
use crate::api::roles as api;
use crate::cli::GlobalArgs;
use crate::cli::roles::{ROLES, resolve, role_id};
use crate::output::Printer;

#[derive(Debug, Subcommand)]
pub enum UserRolesCommand {
    /// List a user's roles.
    #[command(
        after_help = "Examples:\n  a0 users roles list 'auth0|123'\n  a0 users roles list 'auth0|123' --jq '.[].name'"
    )]
    List(UserArg),
    /// Give a user roles.
    #[command(after_help = "Examples:\n  a0 users roles assign 'auth0|123' Admin Support")]
    Assign(ChangeArgs),
    /// Take roles away from a user.
    #[command(after_help = "Examples:\n  a0 users roles remove 'auth0|123' Support")]
    Remove(ChangeArgs),
}

#[derive(Debug, Args)]
pub struct UserArg {
    /// The user's id.
    #[arg(value_name = "USER")]
    pub user: String,
}

#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// The user's id.
    #[arg(value_name = "USER")]
    pub user: String,
    /// Roles, by id (rol_…) or exact name.
    #[arg(value_name = "ROLE", required = true)]
    pub roles: Vec<String>,
}

pub async fn run(global: &GlobalArgs, cmd: UserRolesCommand) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, ROLES)?;
    match cmd {
        UserRolesCommand::List(a) => {
            check_id(&a.user)?;
            let client = connect(global).await?;
            printer.list(&api::user_roles(&client, &a.user).await?)?;
        }
        UserRolesCommand::Assign(a) => {
            check_id(&a.user)?;
            let client = connect(global).await?;
            let (ids, names) = resolve_all(&client, &a.roles).await?;
            api::change_user_roles(&client, &a.user, true, &ids).await?;
            eprintln!("a0: {} now has {}", a.user, names.join(", "));
        }
        UserRolesCommand::Remove(a) => {
            check_id(&a.user)?;
            let client = connect(global).await?;
            let (ids, names) = resolve_all(&client, &a.roles).await?;
            api::change_user_roles(&client, &a.user, false, &ids).await?;
            eprintln!("a0: {} no longer has {}", a.user, names.join(", "));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Ids and names of every role named, before anything is changed (an unknown one is exit 3, nothing sent).
async fn resolve_all(
    client: &crate::api::Client,
    roles: &[String],
) -> anyhow::Result<(Vec<String>, Vec<String>)> {
    let mut ids = Vec::new();
    let mut names = Vec::new();
    for r in roles {
        let role = resolve(client, r).await?;
        ids.push(role_id(&role));
        names.push(role["name"].as_str().unwrap_or(r).to_owned());
    }
    Ok((ids, names))
}

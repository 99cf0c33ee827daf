//! `a0 roles …`: roles (named sets of permissions), their permissions (`permissions.rs`) and members
//! (`users.rs`). A role is named by its id (`rol_…`) or its exact name ([`resolve`]).

mod permissions;
mod users;

use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde_json::{Map, Value, json};

use super::GlobalArgs;
use super::session::{can_prompt, connect};
use crate::api::{Client, roles as api};
use crate::error::{CliError, Exit, usage};
use crate::output::{Kind, Printer};

/// Roles as the Management API returns them.
pub const ROLES: Kind = Kind {
    default_columns: &["id", "name", "description"],
    columns: &["id", "name", "description", "type"],
    dotted_roots: &[],
    id: "id",
    low_value: &[],
    whole: &["id", "name"],
};

/// Permissions of a role or a user (`sources` says where a user's permission comes from).
pub const PERMISSIONS: Kind = Kind {
    default_columns: &[
        "permission_name",
        "resource_server_identifier",
        "description",
    ],
    columns: &[
        "permission_name",
        "resource_server_identifier",
        "resource_server_name",
        "description",
        "sources",
    ],
    dotted_roots: &["sources"],
    id: "permission_name",
    low_value: &["description"],
    whole: &["permission_name", "resource_server_identifier"],
};

#[derive(Debug, Subcommand)]
pub enum RolesCommand {
    /// List roles (all, or those whose name contains --name).
    #[command(after_help = "Examples:\n  a0 roles list\n  a0 roles list --name admin --quiet")]
    List(ListArgs),
    /// Show a role, by id or exact name.
    #[command(
        after_help = "Examples:\n  a0 roles get Admin\n  a0 roles get rol_9yRKwo2Bl0zckceV --json"
    )]
    Get(RoleArg),
    /// Create a role.
    #[command(
        after_help = "Examples:\n  a0 roles create Admin --description 'Full access'\n  a0 roles create Support --quiet"
    )]
    Create(CreateArgs),
    /// Rename a role or change its description.
    #[command(
        after_help = "Examples:\n  a0 roles update Admin --description 'Everything'\n  a0 roles update Support --name 'Support L1'"
    )]
    Update(UpdateArgs),
    /// Delete a role; its users lose it (asks first on a terminal; needs --yes otherwise).
    #[command(
        after_help = "Examples:\n  a0 roles delete Support\n  a0 roles delete rol_9yRKwo2Bl0zckceV --yes"
    )]
    Delete(DeleteArgs),
    /// A role's permissions: list, add, remove.
    #[command(subcommand)]
    Permissions(permissions::PermissionsCommand),
    /// A role's users: list, add.
    #[command(subcommand)]
    Users(users::RoleUsersCommand),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only roles whose name contains this text (case-insensitive).
    #[arg(long, value_name = "TEXT")]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct RoleArg {
    /// The role's id (rol_…) or exact name.
    #[arg(value_name = "ROLE")]
    pub role: String,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The role's name (unique in the tenant).
    #[arg(value_name = "NAME")]
    pub name: String,
    /// What the role is for.
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The role's id or exact name.
    #[arg(value_name = "ROLE")]
    pub role: String,
    /// A new name.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// A new description.
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The role's id or exact name.
    #[arg(value_name = "ROLE")]
    pub role: String,
    /// Do not ask (required off a terminal).
    #[arg(long)]
    pub yes: bool,
}

/// The role `name_or_id` names: an id (`rol_…`) as it is (a wrong one is the API's 404), else the role whose
/// name is exactly that. No such role, or a name that matches several roles only by case, is exit 3.
pub async fn resolve(client: &Client, name_or_id: &str) -> anyhow::Result<Value> {
    if name_or_id.trim().is_empty() {
        return Err(usage(
            "a role is named by its id (rol_…) or its name; got an empty one",
        ));
    }
    if name_or_id.starts_with("rol_") {
        return Ok(api::get_role(client, name_or_id).await?);
    }
    let candidates = api::list_roles(client, Some(name_or_id)).await?;
    let name = |r: &Value| {
        r.get("name")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    if let Some(exact) = candidates.iter().find(|r| name(r) == name_or_id) {
        return Ok(exact.clone());
    }
    let folded: Vec<&Value> = candidates
        .iter()
        .filter(|r| name(r).to_lowercase() == name_or_id.to_lowercase())
        .collect();
    match folded.as_slice() {
        [one] => Ok((*one).clone()),
        [] => {
            let near: Vec<String> = candidates.iter().map(name).take(10).collect();
            Err(CliError::new(
                Exit::NotFound,
                if near.is_empty() {
                    format!("no role named `{name_or_id}`; `a0 roles list` shows them all")
                } else {
                    format!(
                        "no role named exactly `{name_or_id}`; roles whose name contains it: {}",
                        near.join(", ")
                    )
                },
            )
            .into())
        }
        many => Err(CliError::new(
            Exit::NotFound,
            format!(
                "`{name_or_id}` names {} roles that differ only by case ({}); name it by id",
                many.len(),
                many.iter()
                    .map(|r| format!("{} {}", r["id"].as_str().unwrap_or_default(), name(r)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
        .into()),
    }
}

/// The id of a resolved role.
pub fn role_id(role: &Value) -> String {
    role.get("id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

pub async fn run(global: &GlobalArgs, cmd: RolesCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        RolesCommand::Permissions(c) => return permissions::run(global, c).await,
        RolesCommand::Users(c) => return users::run(global, c).await,
        _ => {}
    }
    let printer = Printer::new(&global.output, ROLES)?;
    match cmd {
        RolesCommand::List(a) => {
            let client = connect(global).await?;
            printer.list(&api::list_roles(&client, a.name.as_deref()).await?)?;
        }
        RolesCommand::Get(a) => {
            let client = connect(global).await?;
            printer.one(&resolve(&client, &a.role).await?)?;
        }
        RolesCommand::Create(a) => {
            if a.name.trim().is_empty() {
                return Err(usage("a role needs a name"));
            }
            let mut body = Map::new();
            body.insert("name".into(), json!(a.name));
            if let Some(d) = a.description {
                body.insert("description".into(), json!(d));
            }
            let client = connect(global).await?;
            printer.one(&api::create_role(&client, &Value::Object(body)).await?)?;
        }
        RolesCommand::Update(a) => {
            let mut body = Map::new();
            if let Some(n) = a.name {
                body.insert("name".into(), json!(n));
            }
            if let Some(d) = a.description {
                body.insert("description".into(), json!(d));
            }
            if body.is_empty() {
                return Err(usage("nothing to update: give --name or --description"));
            }
            let client = connect(global).await?;
            let role = resolve(&client, &a.role).await?;
            printer
                .one(&api::update_role(&client, &role_id(&role), &Value::Object(body)).await?)?;
        }
        RolesCommand::Delete(a) => {
            if !a.yes && !can_prompt(global) {
                return Err(usage(
                    "refusing to delete a role without confirmation: not on a terminal (or --no-input); pass --yes",
                ));
            }
            let client = connect(global).await?;
            let role = resolve(&client, &a.role).await?;
            let id = role_id(&role);
            let name = role.get("name").and_then(Value::as_str).unwrap_or_default();
            if !a.yes {
                let question = format!(
                    "Delete the role {name} ({id})? Its users lose it. This cannot be undone"
                );
                if !global.output.io.prompter().confirm(&question, false)? {
                    crate::diag::notice("nothing deleted");
                    return Ok(ExitCode::SUCCESS);
                }
            }
            api::delete_role(&client, &id).await?;
            eprintln!("a0: deleted role {name} ({id})");
        }
        RolesCommand::Permissions(_) | RolesCommand::Users(_) => {}
    }
    Ok(ExitCode::SUCCESS)
}

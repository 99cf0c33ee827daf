//! `a0 apis …`: the tenant's APIs (Auth0 "resource servers"): the audiences tokens are issued for, their
//! permissions (scopes), and whether RBAC decides what a user's token may carry. An API is named by its id or
//! its identifier (the audience URL).

use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde_json::{Map, Value, json};

use super::GlobalArgs;
use super::session::{can_prompt, connect};
use crate::api::roles as api;
use crate::error::usage;
use crate::output::{Kind, Printer};

/// APIs as the Management API returns them.
pub const APIS: Kind = Kind {
    default_columns: &[
        "id",
        "identifier",
        "name",
        "enforce_policies",
        "token_dialect",
    ],
    columns: &[
        "id",
        "identifier",
        "name",
        "is_system",
        "scopes",
        "enforce_policies",
        "token_dialect",
        "allow_offline_access",
        "token_lifetime",
        "token_lifetime_for_web",
        "signing_alg",
        "skip_consent_for_verifiable_first_party_clients",
    ],
    dotted_roots: &["scopes"],
    id: "id",
    low_value: &["token_dialect"],
    whole: &["id", "identifier"],
};

#[derive(Debug, Subcommand)]
pub enum ApisCommand {
    /// List the tenant's APIs (the Management API is the system one).
    #[command(
        after_help = "Examples:\n  a0 apis list\n  a0 apis list --jq '.[] | select(.enforce_policies) | .identifier'"
    )]
    List,
    /// Show an API, by id or identifier.
    #[command(
        after_help = "Examples:\n  a0 apis get https://api.example.com\n  a0 apis get https://api.example.com --jq '.scopes[].value'"
    )]
    Get(IdArg),
    /// Create an API.
    #[command(after_help = "Examples:
  a0 apis create --identifier https://api.example.com --name 'Orders API' \\
      --scopes read:orders,write:orders
  a0 apis create --identifier https://api.example.com --name Orders --scopes read:orders \\
      --rbac --permissions-in-token")]
    Create(CreateArgs),
    /// Change an API: only what you give.
    #[command(after_help = "Examples:
  a0 apis update https://api.example.com --rbac --permissions-in-token
  a0 apis update https://api.example.com --scopes read:orders,write:orders   # replaces the list
  a0 apis update https://api.example.com --no-rbac")]
    Update(UpdateArgs),
    /// Delete an API (asks first on a terminal; needs --yes otherwise).
    #[command(
        after_help = "Examples:\n  a0 apis delete https://api.example.com\n  a0 apis delete https://api.example.com --yes"
    )]
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct IdArg {
    /// The API's id or identifier (audience), e.g. https://api.example.com.
    #[arg(value_name = "API")]
    pub api: String,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The audience tokens are issued for: a URI, unchangeable afterwards.
    #[arg(long, value_name = "URI")]
    pub identifier: String,
    /// A friendly name.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Permissions (scopes) the API defines, comma-separated: read:orders,write:orders.
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub scopes: Vec<String>,
    /// Enable RBAC: a user's token gets only the permissions their roles and direct grants give.
    #[arg(long)]
    pub rbac: bool,
    /// Add a `permissions` claim to access tokens (the access_token_authz dialect); needs --rbac.
    #[arg(long, requires = "rbac")]
    pub permissions_in_token: bool,
    /// Allow refresh tokens (offline_access) for this API.
    #[arg(long)]
    pub offline_access: bool,
    /// Access token lifetime in seconds (Auth0's default: 86400).
    #[arg(long, value_name = "SECONDS", value_parser = clap::value_parser!(u32).range(1..=2_592_000))]
    pub token_lifetime: Option<u32>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The API's id or identifier.
    #[arg(value_name = "API")]
    pub api: String,
    /// A new name.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// The API's whole list of permissions, comma-separated (replaces the current list).
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub scopes: Option<Vec<String>>,
    /// Enable RBAC.
    #[arg(long, conflicts_with = "no_rbac")]
    pub rbac: bool,
    /// Disable RBAC (and the permissions claim).
    #[arg(long)]
    pub no_rbac: bool,
    /// Add a `permissions` claim to access tokens.
    #[arg(long, conflicts_with_all = ["no_permissions_in_token", "no_rbac"])]
    pub permissions_in_token: bool,
    /// Stop adding the `permissions` claim.
    #[arg(long)]
    pub no_permissions_in_token: bool,
    /// Allow refresh tokens.
    #[arg(long, conflicts_with = "no_offline_access")]
    pub offline_access: bool,
    /// Disallow refresh tokens.
    #[arg(long)]
    pub no_offline_access: bool,
    /// Access token lifetime in seconds.
    #[arg(long, value_name = "SECONDS", value_parser = clap::value_parser!(u32).range(1..=2_592_000))]
    pub token_lifetime: Option<u32>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The API's id or identifier.
    #[arg(value_name = "API")]
    pub api: String,
    /// Do not ask (required off a terminal).
    #[arg(long)]
    pub yes: bool,
}

fn scopes(values: &[String]) -> anyhow::Result<Value> {
    let mut out = Vec::new();
    for v in values {
        let v = v.trim();
        if v.is_empty() || v.chars().any(char::is_whitespace) {
            return Err(usage(format!(
                "`{v}` is not a permission name: permissions have no spaces (e.g. read:orders)"
            )));
        }
        out.push(json!({ "value": v, "description": v }));
    }
    Ok(Value::Array(out))
}

pub async fn run(global: &GlobalArgs, cmd: ApisCommand) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, APIS)?;
    match cmd {
        ApisCommand::List => {
            let client = connect(global).await?;
            printer.list(&api::list_apis(&client).await?)?;
        }
        ApisCommand::Get(a) => {
            let client = connect(global).await?;
            printer.one(&api::get_api(&client, &a.api).await?)?;
        }
        ApisCommand::Create(a) => {
            let mut body = Map::new();
            body.insert("identifier".into(), json!(a.identifier));
            if let Some(n) = a.name {
                body.insert("name".into(), json!(n));
            }
            if !a.scopes.is_empty() {
                body.insert("scopes".into(), scopes(&a.scopes)?);
            }
            if a.rbac {
                body.insert("enforce_policies".into(), json!(true));
            }
            if a.permissions_in_token {
                body.insert("token_dialect".into(), json!("access_token_authz"));
            }
            if a.offline_access {
                body.insert("allow_offline_access".into(), json!(true));
            }
            if let Some(t) = a.token_lifetime {
                body.insert("token_lifetime".into(), json!(t));
            }
            let client = connect(global).await?;
            printer.one(&api::create_api(&client, &Value::Object(body)).await?)?;
        }
        ApisCommand::Update(a) => {
            let mut body = Map::new();
            if let Some(n) = a.name {
                body.insert("name".into(), json!(n));
            }
            if let Some(s) = &a.scopes {
                body.insert("scopes".into(), scopes(s)?);
            }
            if a.rbac {
                body.insert("enforce_policies".into(), json!(true));
            }
            if a.no_rbac {
                body.insert("enforce_policies".into(), json!(false));
            }
            if a.permissions_in_token {
                body.insert("token_dialect".into(), json!("access_token_authz"));
            }
            if a.no_permissions_in_token || a.no_rbac {
                body.insert("token_dialect".into(), json!("access_token"));
            }
            if a.offline_access || a.no_offline_access {
                body.insert("allow_offline_access".into(), json!(a.offline_access));
            }
            if let Some(t) = a.token_lifetime {
                body.insert("token_lifetime".into(), json!(t));
            }
            if body.is_empty() {
                return Err(usage(
                    "nothing to update: give at least one change (see `a0 apis update --help`)",
                ));
            }
            let client = connect(global).await?;
            // PATCH wants the id or identifier in the path; both work.
            printer.one(&api::update_api(&client, &a.api, &Value::Object(body)).await?)?;
        }
        ApisCommand::Delete(a) => {
            if !a.yes && !can_prompt(global) {
                return Err(usage(
                    "refusing to delete an API without confirmation: not on a terminal (or --no-input); pass --yes",
                ));
            }
            let client = connect(global).await?;
            // Look it up first: a typo is a 404 (exit 3), and the prompt can name what goes.
            let found = api::get_api(&client, &a.api).await?;
            let id = found
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or(&a.api)
                .to_owned();
            let name = found
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default();
            if !a.yes {
                let question = format!(
                    "Delete the API {} ({name})? Roles lose its permissions. This cannot be undone",
                    found
                        .get("identifier")
                        .and_then(Value::as_str)
                        .unwrap_or(&id)
                );
                if !global.output.io.prompter().confirm(&question, false)? {
                    crate::diag::notice("nothing deleted");
                    return Ok(ExitCode::SUCCESS);
                }
            }
            api::delete_api(&client, &id).await?;
            eprintln!(
                "a0: deleted API {}",
                found
                    .get("identifier")
                    .and_then(Value::as_str)
                    .unwrap_or(&id)
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

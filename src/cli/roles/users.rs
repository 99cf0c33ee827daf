//! `a0 roles users list|add ROLE`: a role's members. `add` takes ids, `-` (ids or users on stdin) or
//! `--query Q` (every matching user, past the 1,000-result search cap, through `crate::bulk::select`), and
//! assigns them with the API's many-users call, 100 users per request, several requests at once at the
//! tenant's rate-limit pace.

use std::io::Read;
use std::process::ExitCode;

use clap::{Args, Subcommand};
use futures_util::StreamExt;
use serde_json::Value;

use super::{resolve, role_id};
use crate::api::roles::{self as api, ROLE_USERS_BATCH};
use crate::cli::GlobalArgs;
use crate::cli::session::{can_prompt, check_id, connect};
use crate::error::{CliError, Exit, usage};
use crate::jobs::validate::thousands;
use crate::output::{Kind, Printer};

/// Members of a role, as `GET /roles/{id}/users` returns them.
const MEMBERS: Kind = Kind {
    default_columns: &["user_id", "email", "name"],
    columns: &["user_id", "email", "name", "picture"],
    dotted_roots: &[],
    id: "user_id",
    low_value: &[],
    whole: &["user_id", "email"],
};

/// Assignment requests in flight at once (the client's pacing keeps them under the rate limit).
const CONCURRENCY: usize = 4;

#[derive(Debug, Subcommand)]
pub enum RoleUsersCommand {
    /// List a role's users (every one: checkpoint paging has no 1,000 cap).
    #[command(
        after_help = "Examples:\n  a0 roles users list Admin\n  a0 roles users list Admin --quiet | wc -l"
    )]
    List(super::RoleArg),
    /// Give a role to users: ids, `-` (stdin) or --query.
    #[command(after_help = "Examples:
  a0 roles users add Admin 'auth0|123' 'auth0|456'
  a0 roles users add Support --query 'email:*@support.example.com' --yes
  a0 users list -q 'app_metadata.plan:pro' --all -o ndjson | a0 roles users add Pro - --yes")]
    Add(AddArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The role's id (rol_…) or exact name.
    #[arg(value_name = "ROLE")]
    pub role: String,
    /// User ids; `-` alone reads ids (or users as NDJSON or a JSON array) from stdin.
    #[arg(value_name = "ID", conflicts_with = "query")]
    pub ids: Vec<String>,
    /// Every user matching this query (past Auth0's 1,000-result cap).
    #[arg(short = 'q', long = "query", value_name = "QUERY")]
    pub query: Option<String>,
    /// Do not ask (required off a terminal for --query and -).
    #[arg(long)]
    pub yes: bool,
}

pub async fn run(global: &GlobalArgs, cmd: RoleUsersCommand) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, MEMBERS)?;
    match cmd {
        RoleUsersCommand::List(a) => {
            let client = connect(global).await?;
            let role = resolve(&client, &a.role).await?;
            printer.list(&api::role_users(&client, &role_id(&role)).await?)?;
            Ok(ExitCode::SUCCESS)
        }
        RoleUsersCommand::Add(a) => add(global, a).await,
    }
}

async fn add(global: &GlobalArgs, a: AddArgs) -> anyhow::Result<ExitCode> {
    let from_stdin = a.ids.len() == 1 && a.ids[0] == "-";
    let bulk = from_stdin || a.query.is_some();
    if a.ids.is_empty() && a.query.is_none() {
        return Err(usage(
            "give user ids, `-` to read them from stdin, or --query Q",
        ));
    }
    if a.ids.iter().any(|i| i == "-") && !from_stdin {
        return Err(usage("`-` reads the ids from stdin: give it alone"));
    }
    if bulk && !a.yes && !can_prompt(global) {
        return Err(usage(
            "refusing to assign a role to many users without confirmation: not on a terminal (or --no-input); \
             pass --yes",
        ));
    }
    let mut ids: Vec<String> = if from_stdin {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| usage(format!("cannot read user ids from stdin: {e}")))?;
        crate::bulk::select::parse_ids(&text)?
    } else {
        a.ids.clone()
    };
    for id in &ids {
        check_id(id)?;
    }
    let client = connect(global).await?;
    let role = resolve(&client, &a.role).await?;
    let id = role_id(&role);
    let name = role["name"].as_str().unwrap_or_default().to_owned();
    if let Some(q) = &a.query {
        let users = crate::bulk::select::all_matching(&client, Some(q), None, &mut |_| {}).await?;
        ids = users
            .iter()
            .filter_map(|u| u.get("user_id").and_then(Value::as_str).map(str::to_owned))
            .collect();
    }
    let mut seen = std::collections::HashSet::new();
    ids.retain(|i| seen.insert(i.clone()));
    if ids.is_empty() {
        crate::diag::notice("no users to add; nothing was sent");
        return Ok(ExitCode::SUCCESS);
    }
    if bulk && !a.yes {
        let question = format!("Give the role {name} to {} users?", thousands(ids.len()));
        if !global.output.io.prompter().confirm(&question, false)? {
            crate::diag::notice("nothing assigned");
            return Ok(ExitCode::SUCCESS);
        }
    }
    let batches: Vec<Vec<String>> = ids
        .chunks(ROLE_USERS_BATCH)
        .map(<[String]>::to_vec)
        .collect();
    let results: Vec<(usize, Result<(), crate::api::Error>)> = futures_util::stream::iter(batches)
        .map(|batch| {
            let client = &client;
            let id = &id;
            async move { (batch.len(), api::add_role_users(client, id, &batch).await) }
        })
        .buffer_unordered(CONCURRENCY)
        .collect()
        .await;
    let mut done = 0;
    let mut failed = 0;
    let mut first_error = None;
    for (n, r) in results {
        match r {
            Ok(()) => done += n,
            Err(e) => {
                failed += n;
                first_error.get_or_insert(e);
            }
        }
    }
    eprintln!(
        "a0: gave the role {name} to {} users ({} failed)",
        thousands(done),
        thousands(failed)
    );
    match first_error {
        None => Ok(ExitCode::SUCCESS),
        Some(e) if done == 0 => Err(e.into()),
        Some(e) => Err(CliError::new(Exit::Partial, format!("some batches failed: {e}")).into()),
    }
}

//! `a0 tenants list | use | current`: the tenants a0 knows, and which one a command uses.

use std::process::ExitCode;

use clap::Subcommand;
use serde_json::{Value, json};

use super::GlobalArgs;
use crate::auth::config::Config;
use crate::auth::{self, LOCAL_TENANT};
use crate::output::{Format, Kind, Printer};

#[derive(Debug, Subcommand)]
pub enum TenantsCommand {
    /// List known tenants (the built-in `local` one included).
    #[command(after_help = "Examples:\n  a0 tenants list\n  a0 tenants list --json")]
    List,
    /// Make NAME the default tenant (`local` for the built-in one).
    #[command(after_help = "Examples:\n  a0 tenants use prod\n  a0 tenants use local")]
    Use {
        /// A name from `a0 tenants list`.
        name: String,
    },
    /// Print the tenant commands use now, given --tenant, A0_TENANT and AUTH0_* variables.
    #[command(after_help = "Examples:\n  a0 tenants current\n  a0 tenants current --json")]
    Current,
}

pub async fn run(global: &GlobalArgs, cmd: TenantsCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        TenantsCommand::List => list(global),
        TenantsCommand::Use { name } => use_tenant(&name),
        TenantsCommand::Current => current(global),
    }
}

/// Whether the user asked for structured output (anything but the default plain text).
fn wants_structured(global: &GlobalArgs) -> bool {
    let o = &global.output;
    o.json
        || o.jq.is_some()
        || matches!(o.output, Some(Format::Json | Format::Ndjson | Format::Csv))
}

/// `a0 tenants current` as structured output.
const CURRENT: Kind = Kind {
    default_columns: &["name", "source"],
    columns: &["name", "source"],
    dotted_roots: &[],
    id: "name",
    low_value: &[],
    whole: &["name"],
};

fn list(global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, TENANTS)?;
    let cfg = Config::load()?;
    let mut rows: Vec<Value> = cfg
        .tenants
        .iter()
        .map(|(name, p)| {
            json!({
                "name": name,
                "domain": p.domain,
                "client_id": p.client_id,
                "credential_store": p.credential_store.as_str(),
                "default": cfg.default.as_deref() == Some(name.as_str()),
            })
        })
        .collect();
    rows.push(json!({
        "name": LOCAL_TENANT,
        "domain": "(built in)",
        "client_id": "",
        "credential_store": "",
        "default": cfg.default.is_none() || cfg.default.as_deref() == Some(LOCAL_TENANT),
    }));
    printer.list(&rows)?;
    Ok(ExitCode::SUCCESS)
}

/// Tenants as `a0 tenants list` shows them.
const TENANTS: Kind = Kind {
    default_columns: &["name", "domain", "client_id", "credential_store", "default"],
    columns: &["name", "domain", "client_id", "credential_store", "default"],
    dotted_roots: &[],
    id: "name",
    low_value: &["credential_store"],
    whole: &["name", "domain", "client_id"],
};

fn use_tenant(name: &str) -> anyhow::Result<ExitCode> {
    let mut cfg = Config::load()?;
    if name != LOCAL_TENANT {
        cfg.get(name)?;
    }
    cfg.default = Some(name.to_string());
    cfg.save()?;
    eprintln!("{name} is now the default tenant.");
    Ok(ExitCode::SUCCESS)
}

fn current(global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    let (name, source) = auth::current(&global.tenant_choice())?;
    if wants_structured(global) {
        Printer::new(&global.output, CURRENT)?
            .one(&json!({ "name": name, "source": source.describe() }))?;
    } else {
        crate::output::text(&global.output.io, &format!("{name}\n"))?;
        eprintln!("({})", source.describe());
    }
    Ok(ExitCode::SUCCESS)
}

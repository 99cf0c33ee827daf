//! `a0 tenants list | use | current`: the tenants a0 knows, and which one a command uses.

use std::process::ExitCode;

use clap::Subcommand;
use serde_json::{Value, json};

use super::GlobalArgs;
use crate::auth::config::Config;
use crate::auth::{self, LOCAL_TENANT};
use crate::output::Format;

#[derive(Debug, Subcommand)]
pub enum TenantsCommand {
    /// List known tenants (the built-in `local` one included).
    #[command(after_help = "Examples:\n  a0 tenants list\n  a0 tenants list --json")]
    List,
    /// Make NAME the default tenant (`local` for the built-in one).
    #[command(after_help = "Example:\n  a0 tenants use prod")]
    Use {
        /// A name from `a0 tenants list`.
        name: String,
    },
    /// Print the tenant commands use now, given --tenant, A0_TENANT and AUTH0_* variables.
    #[command(after_help = "Example:\n  a0 tenants current")]
    Current,
}

pub async fn run(global: &GlobalArgs, cmd: TenantsCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        TenantsCommand::List => list(global),
        TenantsCommand::Use { name } => use_tenant(&name),
        TenantsCommand::Current => current(global),
    }
}

fn wants_json(global: &GlobalArgs) -> bool {
    global.output.json || matches!(global.output.output, Some(Format::Json | Format::Ndjson))
}

fn list(global: &GlobalArgs) -> anyhow::Result<ExitCode> {
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
    print_rows(global, &rows)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes the tenant rows to stdout. The one place to switch to `crate::output` once it has a table writer.
fn print_rows(global: &GlobalArgs, rows: &[Value]) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if wants_json(global) {
        serde_json::to_writer_pretty(&mut out, rows)?;
        writeln!(out)?;
        return Ok(());
    }
    let cols = ["name", "domain", "client_id", "credential_store", "default"];
    let cell = |row: &Value, c: &str| match &row[c] {
        Value::String(s) => s.clone(),
        Value::Bool(true) => "*".into(),
        Value::Bool(false) => String::new(),
        other => other.to_string(),
    };
    let widths: Vec<usize> = cols
        .iter()
        .map(|c| {
            rows.iter()
                .map(|r| cell(r, c).chars().count())
                .max()
                .unwrap_or(0)
                .max(c.len())
        })
        .collect();
    let line = |cells: Vec<String>| {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    writeln!(
        out,
        "{}",
        line(cols.iter().map(|c| c.to_uppercase()).collect())
    )?;
    for r in rows {
        writeln!(out, "{}", line(cols.iter().map(|c| cell(r, c)).collect()))?;
    }
    Ok(())
}

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
    let (name, source) = auth::current(global)?;
    if wants_json(global) {
        println!("{}", json!({ "name": name, "source": source.describe() }));
    } else {
        println!("{name}");
        eprintln!("({})", source.describe());
    }
    Ok(ExitCode::SUCCESS)
}

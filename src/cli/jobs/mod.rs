//! `a0 jobs import|export|get|wait|errors`: bulk import (validate locally, split into ≤ 512,000-byte chunks, at
//! most two jobs at a time, wait, report per-user errors) and export (create, wait, stream-download, gunzip and
//! convert). The pure parts live in `crate::jobs`, the HTTP in `crate::api::jobs`. This file holds the
//! arguments, `get`/`wait`/`errors` and what import and export share; `import.rs` and `export.rs` one verb each.
//!
//! Choices where the issue is silent:
//! - `--fields` of `jobs export` is the global `--fields` flag (one flag name across a0), read as export fields
//!   (`path` or `path=Column title`); `-O/--out` names the output file (written beside the target and renamed
//!   into place when complete, so a failed export never leaves half a file).
//! - `--format json` without `--fields` asks for the import schema's fields (plus `password_hash` and
//!   `custom_password_hash`, which Auth0 never returns but the emulator does) and makes each user importable.
//! - `import --dry-run` validates and splits only (also what the benchmark times).
//! - `import --no-wait` with more than two chunks still waits for earlier jobs to free a slot, and returns once the
//!   last chunk is submitted; it prints job ids (or the job objects with `-o json`).
//! - Per-user errors go to stdout as the API's `{user, errors}` objects plus `job_id`; nothing is printed when no
//!   user failed. `--errors-file` always writes JSON.
//! - `jobs wait` exits 0 for a completed job, 6 when some users failed, 1 for a failed or expired job.
//! - A connection is resolved by name or id through `GET /connections`; without `read:connections`, a `con_…` id
//!   is used as given.
mod export;
mod import;

use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::{Value, json};

use super::GlobalArgs;
use crate::api::Client;
use crate::api::jobs::{self as api_jobs, Job};
use crate::error::{Exit, usage};
use crate::jobs::export::ExportFormat;
use crate::output::{Kind, Printer};

/// How many import jobs may run at once (Auth0's per-tenant limit).
const MAX_CONCURRENT_IMPORTS: usize = 2;

#[derive(Debug, Subcommand)]
pub enum JobsCommand {
    /// Import users from a JSON array or NDJSON file (e.g. an export), validated locally first.
    Import(ImportArgs),
    /// Export users to NDJSON, a JSON array (ready for `a0 jobs import`) or CSV.
    Export(ExportArgs),
    /// Show a job.
    #[command(
        after_help = "Examples:\n  a0 jobs get job_a1b2c3d4e5f6g7h8\n  a0 jobs get job_a1b2c3d4e5f6g7h8 --jq .status"
    )]
    Get(IdArg),
    /// Wait until a job finishes, then show it.
    #[command(
        after_help = "Examples:\n  a0 jobs wait job_a1b2c3d4e5f6g7h8\n  a0 jobs import users.json --connection db --no-wait | xargs -n1 a0 jobs wait"
    )]
    Wait(IdArg),
    /// Show the per-user errors of an import job.
    #[command(
        after_help = "Examples:\n  a0 jobs errors job_a1b2c3d4e5f6g7h8\n  a0 jobs errors job_a1b2c3d4e5f6g7h8 -o ndjson > errors.ndjson"
    )]
    Errors(IdArg),
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  a0 jobs import users.json --connection Username-Password-Authentication
  a0 --tenant prod jobs export -O - | a0 --tenant staging jobs import - --connection db --upsert
  a0 jobs import users.ndjson --connection db --errors-file failed.json

Each user may have the fields of Auth0's import schema: email, email_verified, user_id, username, given_name,
family_name, name, nickname, picture, phone_number, phone_verified, blocked, app_metadata, user_metadata,
password_hash, custom_password_hash, mfa_factors. A file written by `a0 jobs export` imports as it is: what only an
export carries (created_at, identities, logins_count, …) is left out, with a notice.

Exit codes: 2 when the file is not valid (nothing is uploaded), 6 when some users failed.")]
pub struct ImportArgs {
    /// Users file: a JSON array or NDJSON; `-` reads stdin.
    pub file: String,
    /// Database connection to import into (name or `con_…` id).
    #[arg(long, required_unless_present = "dry_run")]
    pub connection: Option<String>,
    /// Update users that already exist (matched on email, user_id or username) instead of failing them.
    #[arg(long)]
    pub upsert: bool,
    /// Your own identifier for the jobs, echoed back by Auth0.
    #[arg(long, value_name = "ID")]
    pub external_id: Option<String>,
    /// Have Auth0 email every tenant owner when each job completes (off unless given).
    #[arg(long)]
    pub send_completion_email: bool,
    /// Print the job ids once every chunk is submitted; don't wait for the last jobs or fetch errors.
    #[arg(long)]
    pub no_wait: bool,
    /// Write the per-user errors to this file (JSON) instead of stdout.
    #[arg(long, value_name = "PATH")]
    pub errors_file: Option<PathBuf>,
    /// Validate and split only; send nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  a0 jobs export --format json -O users.json
  a0 jobs export --connection db --format csv --fields email,user_metadata.plan=Plan -O users.csv
  a0 jobs export --limit 100 | head

`--fields` takes field paths, each optionally `=Column title` (CSV headers); CSV allows at most 30.")]
pub struct ExportArgs {
    /// Only users of this connection (name or `con_…` id); default: the whole tenant.
    #[arg(long)]
    pub connection: Option<String>,
    /// What to write.
    #[arg(long, value_enum, default_value = "ndjson")]
    pub format: ExportFormat,
    /// Export at most this many users.
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,
    /// Where to write (`-` for stdout, the default).
    #[arg(short = 'O', long = "out", value_name = "FILE")]
    pub out: Option<String>,
    /// Print the job and return without waiting or downloading.
    #[arg(long)]
    pub no_wait: bool,
}

#[derive(Debug, Args)]
pub struct IdArg {
    /// Job id (`job_…`).
    pub id: String,
}

/// Jobs, as `get`/`wait` print them.
pub const JOBS: Kind = Kind {
    default_columns: &[
        "id",
        "type",
        "status",
        "connection",
        "created_at",
        "summary",
        "location",
    ],
    columns: &[
        "id",
        "type",
        "status",
        "connection",
        "connection_id",
        "created_at",
        "summary",
        "location",
        "percentage_done",
        "time_left_seconds",
        "format",
        "limit",
        "external_id",
        "status_details",
    ],
    dotted_roots: &["summary"],
    id: "id",
    low_value: &["location", "created_at"],
    whole: &["id", "connection_id", "external_id"],
};

/// Per-user import errors: the API's `{user, errors}` with the `job_id` they came from.
const JOB_ERRORS: Kind = Kind {
    default_columns: &["job_id", "user.email", "errors.0.code", "errors.0.message"],
    columns: &["job_id", "user", "errors"],
    dotted_roots: &["user", "errors"],
    id: "job_id",
    low_value: &[],
    whole: &["job_id", "user.email"],
};

pub async fn run(global: &GlobalArgs, cmd: JobsCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        JobsCommand::Import(args) => import::run(global, args).await,
        JobsCommand::Export(args) => export::run(global, args).await,
        JobsCommand::Get(a) => {
            let printer = Printer::new(&global.output, JOBS)?;
            let client = client(global).await?;
            let job = api_jobs::get(&client, &a.id).await?;
            printer.one(&job.raw)?;
            Ok(ExitCode::SUCCESS)
        }
        JobsCommand::Wait(a) => {
            let printer = Printer::new(&global.output, JOBS)?;
            let client = client(global).await?;
            let job = wait_with_progress(&client, &a.id).await?;
            printer.one(&job.raw)?;
            Ok(job_exit(&job).into())
        }
        JobsCommand::Errors(a) => {
            let printer = Printer::new(&global.output, JOB_ERRORS)?;
            let client = client(global).await?;
            let rows = tagged_errors(&a.id, api_jobs::errors(&client, &a.id).await?);
            printer.list(&rows)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn client(global: &GlobalArgs) -> anyhow::Result<Client> {
    super::session::connect(global).await
}

/// 0 for a completed job without failed users, 6 when some users failed, 1 for a failed or expired job.
fn job_exit(job: &Job) -> Exit {
    match job.status.as_str() {
        "completed" if job.summary.is_some_and(|s| s.failed > 0) => Exit::Partial,
        "completed" => Exit::Ok,
        _ => Exit::Failure,
    }
}

fn tagged_errors(job_id: &str, items: Vec<Value>) -> Vec<Value> {
    items
        .into_iter()
        .map(|item| match item {
            Value::Object(m) => {
                let mut out = serde_json::Map::new();
                out.insert("job_id".into(), Value::String(job_id.to_owned()));
                out.extend(m);
                Value::Object(out)
            }
            other => json!({"job_id": job_id, "user": other}),
        })
        .collect()
}

/// Whether a string is a connection id rather than a name.
fn looks_like_connection_id(s: &str) -> bool {
    s.strip_prefix("con_")
        .is_some_and(|t| t.len() == 16 && t.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Resolves a connection name (or id) to its id with `GET /connections`; unknown is bad input (exit 2).
async fn resolve_connection(client: &Client, given: &str) -> anyhow::Result<String> {
    match api_jobs::connections(client).await {
        Ok(conns) => {
            if let Some(c) = conns.iter().find(|c| c.id == given || c.name == given) {
                return Ok(c.id.clone());
            }
            let names: Vec<&str> = conns.iter().map(|c| c.name.as_str()).collect();
            Err(usage(format!(
                "unknown connection `{given}`; the tenant has: {}",
                if names.is_empty() {
                    "none".to_owned()
                } else {
                    names.join(", ")
                }
            )))
        }
        // Without `read:connections` an id can still be used as given.
        Err(e) if e.status() == Some(403) && looks_like_connection_id(given) => {
            Ok(given.to_owned())
        }
        Err(e) => Err(e.into()),
    }
}

fn progress_bar(total: u64, what: &str) -> Option<ProgressBar> {
    if !io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::new(total);
    let style = ProgressStyle::with_template(&format!(
        "{{spinner}} {what} [{{bar:40}}] {{pos}}/{{len}} ({{elapsed}}, ETA {{eta}})"
    ))
    .unwrap_or_else(|_| ProgressStyle::default_bar())
    .progress_chars("=> ");
    bar.set_style(style);
    bar.enable_steady_tick(Duration::from_millis(200));
    Some(bar)
}

/// Polls a job until it finishes; `tick` sees each state. Starts fast (the emulator finishes in milliseconds)
/// and slows to one poll every 2 s (real tenants take minutes, and polls count against the rate limit).
async fn poll(client: &Client, id: &str, mut tick: impl FnMut(&Job)) -> anyhow::Result<Job> {
    let mut delay = Duration::from_millis(100);
    loop {
        let job = api_jobs::get(client, id).await?;
        tick(&job);
        // A deferred Ctrl-C (an import) stops the waiting: the caller reports the job as last seen.
        if job.is_finished() || crate::interrupt::requested() {
            return Ok(job);
        }
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(Duration::from_secs(2));
    }
}

async fn wait_with_progress(client: &Client, id: &str) -> anyhow::Result<Job> {
    let bar = progress_bar(100, "job");
    let job = poll(client, id, |j| {
        if let (Some(b), Some(p)) = (&bar, j.percentage_done) {
            b.set_position(p.clamp(0.0, 100.0) as u64);
        }
    })
    .await?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    Ok(job)
}

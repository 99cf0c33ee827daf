//! `a0 jobs import|export|get|wait|errors`: bulk import (validate locally, split into ≤ 512,000-byte chunks, at
//! most two jobs at a time, wait, report per-user errors) and export (create, wait, stream-download, gunzip and
//! convert). The pure parts live in `crate::jobs`, the HTTP in `crate::api::jobs`.
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
use std::fs::File;
use std::io::{self, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use clap::{Args, Subcommand};
use futures_util::StreamExt;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::{Value, json};

use super::GlobalArgs;
use crate::api::Client;
use crate::api::jobs::{self as api_jobs, Download, ImportOptions, Job, Summary};
use crate::auth;
use crate::error::{CliError, Exit, usage};
use crate::jobs::chunk::{MAX_CHUNK_BYTES, PrepareError, Prepared, prepare};
use crate::jobs::export::{ExportFormat, ExportWriter, IMPORT_FIELDS};
use crate::jobs::fields::{MAX_CSV_FIELDS, parse_fields};
use crate::jobs::validate::{check_user, thousands};
use crate::output::{Format, Kind, Printer};

/// How many import jobs may run at once (Auth0's per-tenant limit).
const MAX_CONCURRENT_IMPORTS: usize = 2;

#[derive(Debug, Subcommand)]
pub enum JobsCommand {
    /// Import users from a JSON array or NDJSON file (e.g. an export), validated locally first.
    Import(ImportArgs),
    /// Export users to NDJSON, a JSON array (ready for `a0 jobs import`) or CSV.
    Export(ExportArgs),
    /// Show a job.
    Get(IdArg),
    /// Wait until a job finishes, then show it.
    Wait(IdArg),
    /// Show the per-user errors of an import job.
    Errors(IdArg),
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  a0 jobs import users.json --connection Username-Password-Authentication
  a0 jobs export --format json -O users.json | a0 jobs import - --connection db --upsert
  a0 jobs import users.ndjson --connection db --errors-file failed.json

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
const JOBS: Kind = Kind {
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
};

/// Per-user import errors: the API's `{user, errors}` with the `job_id` they came from.
const JOB_ERRORS: Kind = Kind {
    default_columns: &["job_id", "user.email", "errors.0.code", "errors.0.message"],
    columns: &["job_id", "user", "errors"],
    dotted_roots: &["user", "errors"],
    id: "job_id",
};

pub async fn run(global: &GlobalArgs, cmd: JobsCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        JobsCommand::Import(args) => import(global, args).await,
        JobsCommand::Export(args) => export(global, args).await,
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
    let session = auth::resolve(&global.tenant_choice()).await?;
    Client::new(session)
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
        if job.is_finished() {
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

// ---------------------------------------------------------------------------------------------------- import

fn open_input(file: &str) -> anyhow::Result<(Box<dyn Read + Send>, String)> {
    if file == "-" {
        return Ok((Box::new(io::stdin()), "stdin".to_owned()));
    }
    let path = Path::new(file);
    let f = File::open(path).map_err(|e| usage(format!("cannot read {file}: {e}")))?;
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(usage(format!("cannot read {file}: it is a directory")));
    }
    let name = path
        .file_name()
        .map_or_else(|| file.to_owned(), |n| n.to_string_lossy().into_owned());
    Ok((Box::new(f), name))
}

/// Reads, validates and splits the input on a blocking thread. Invalid input prints its report and exits 2.
async fn prepare_input(file: &str) -> anyhow::Result<Prepared> {
    let (input, name) = open_input(file)?;
    let result = tokio::task::spawn_blocking(move || {
        prepare(
            BufReader::with_capacity(1 << 20, input),
            &name,
            MAX_CHUNK_BYTES,
            check_user,
        )
    })
    .await?;
    match result {
        Ok(p) => Ok(p),
        Err(PrepareError::Invalid(report)) => {
            eprint!("{}", report.render());
            Err(CliError::usage(report.summary()).into())
        }
        Err(PrepareError::Spool(e)) => Err(anyhow::anyhow!(
            "cannot write the temporary chunk file: {e}"
        )),
        Err(e) => Err(CliError::usage(format!("{e}; nothing was uploaded")).into()),
    }
}

/// What one chunk's job came to.
struct ChunkOutcome {
    job: Job,
    errors: Vec<Value>,
}

async fn import(global: &GlobalArgs, args: ImportArgs) -> anyhow::Result<ExitCode> {
    // Flags first, so that bad output flags exit 2 with nothing sent.
    let printer = Printer::new(&global.output, JOB_ERRORS)?;
    let prepared = prepare_input(&args.file).await?;
    let n_chunks = prepared.chunks.len();
    let total_users = prepared.users;
    if args.dry_run {
        eprintln!(
            "{} users are valid: {} bytes in {} {} of at most {} bytes; nothing was sent",
            thousands(total_users),
            thousands(prepared.bytes_read as usize),
            thousands(n_chunks),
            if n_chunks == 1 { "chunk" } else { "chunks" },
            thousands(MAX_CHUNK_BYTES)
        );
        return Ok(ExitCode::SUCCESS);
    }
    let Some(connection) = args.connection.as_deref() else {
        return Err(usage("--connection is required"));
    };
    let client = Arc::new(client(global).await?);
    let connection_id = resolve_connection(&client, connection).await?;
    let opts = Arc::new(ImportOptions {
        connection_id,
        upsert: args.upsert,
        external_id: args.external_id.clone(),
        send_completion_email: args.send_completion_email,
    });
    let bar = progress_bar(total_users as u64, "users");
    if bar.is_none() {
        eprintln!(
            "importing {} users in {} {} (at most {MAX_CONCURRENT_IMPORTS} at a time)",
            thousands(total_users),
            thousands(n_chunks),
            if n_chunks == 1 { "job" } else { "jobs" },
        );
    }
    let chunks = prepared.chunks.clone();
    let prepared = Arc::new(Mutex::new(prepared));
    let no_wait = args.no_wait;
    let results: Vec<anyhow::Result<ChunkOutcome>> =
        futures_util::stream::iter(chunks.into_iter().enumerate())
            .map(|(i, info)| {
                let client = Arc::clone(&client);
                let opts = Arc::clone(&opts);
                let prepared = Arc::clone(&prepared);
                let bar = bar.clone();
                async move {
                    let bytes = {
                        let mut p = prepared
                            .lock()
                            .map_err(|_| anyhow::anyhow!("the chunk spool is unusable"))?;
                        p.chunk(i)?
                    };
                    let job = api_jobs::create_import(&client, bytes, &opts).await?;
                    let label = format!(
                        "job {}/{} {} (users {}–{})",
                        i + 1,
                        n_chunks,
                        job.id,
                        thousands(info.first_index),
                        thousands(info.first_index + info.users - 1)
                    );
                    // With --no-wait only the last jobs are left running; earlier ones must finish to free a slot.
                    if no_wait && i + MAX_CONCURRENT_IMPORTS >= n_chunks {
                        if bar.is_none() {
                            eprintln!("{label}: submitted");
                        }
                        return Ok(ChunkOutcome {
                            job,
                            errors: Vec::new(),
                        });
                    }
                    let job = poll(&client, &job.id, |_| {}).await?;
                    let s = job.summary.unwrap_or_default();
                    let errors = if s.failed > 0 || job.status != "completed" {
                        tagged_errors(&job.id, api_jobs::errors(&client, &job.id).await?)
                    } else {
                        Vec::new()
                    };
                    match &bar {
                        Some(b) => b.inc(info.users as u64),
                        None => eprintln!(
                            "{label}: {}; inserted {}, updated {}, failed {}",
                            job.status, s.inserted, s.updated, s.failed
                        ),
                    }
                    Ok(ChunkOutcome { job, errors })
                }
            })
            .buffered(MAX_CONCURRENT_IMPORTS)
            .collect()
            .await;
    if let Some(b) = &bar {
        b.finish_and_clear();
    }

    let mut jobs = Vec::new();
    let mut errors = Vec::new();
    let mut first_error = None;
    for r in results {
        match r {
            Ok(o) => {
                jobs.push(o.job);
                errors.extend(o.errors);
            }
            Err(e) => {
                if first_error.is_none() {
                    first_error = Some(e);
                }
            }
        }
    }
    if no_wait {
        if matches!(printer_format(global), Format::Json | Format::Ndjson) {
            let jobs_out = Printer::new(&global.output, JOBS)?;
            jobs_out.list(&jobs.iter().map(|j| j.raw.clone()).collect::<Vec<_>>())?;
        } else {
            let ids: String = jobs.iter().map(|j| format!("{}\n", j.id)).collect();
            crate::output::text(&global.output.io, &ids)?;
        }
        return match first_error {
            Some(e) => Err(e.context(format!("{} of {n_chunks} jobs were submitted", jobs.len()))),
            None => Ok(ExitCode::SUCCESS),
        };
    }

    let mut sum = Summary::default();
    let mut failed_jobs = 0;
    for j in &jobs {
        let s = j.summary.unwrap_or_default();
        sum.inserted += s.inserted;
        sum.updated += s.updated;
        sum.failed += s.failed;
        sum.total += s.total;
        if j.status != "completed" {
            failed_jobs += 1;
            let detail = j
                .raw
                .get("status_details")
                .map(|d| d.as_str().map_or_else(|| d.to_string(), str::to_owned))
                .unwrap_or_default();
            eprintln!("a0: job {} {} {detail}", j.id, j.status);
        }
    }
    eprintln!(
        "{}: inserted {}, updated {}, failed {} (total {}) in {} {}",
        if failed_jobs == 0 && first_error.is_none() {
            "done"
        } else {
            "incomplete"
        },
        thousands(sum.inserted as usize),
        thousands(sum.updated as usize),
        thousands(sum.failed as usize),
        thousands(sum.total as usize),
        thousands(jobs.len()),
        if jobs.len() == 1 { "job" } else { "jobs" },
    );
    if !errors.is_empty() {
        match &args.errors_file {
            Some(path) => {
                write_errors_file(path, &errors)?;
                eprintln!("per-user errors written to {}", path.display());
            }
            None => printer.list(&errors)?,
        }
    }
    if let Some(e) = first_error {
        return Err(e.context(format!(
            "{} of {n_chunks} jobs ran; their users are counted above",
            jobs.len()
        )));
    }
    if sum.failed > 0 || failed_jobs > 0 {
        return Ok(Exit::Partial.into());
    }
    Ok(ExitCode::SUCCESS)
}

fn printer_format(global: &GlobalArgs) -> Format {
    if global.output.json || global.output.jq.is_some() {
        Format::Json
    } else {
        global.output.output.unwrap_or(Format::Table)
    }
}

fn write_errors_file(path: &Path, errors: &[Value]) -> anyhow::Result<()> {
    let mut f = io::BufWriter::new(
        File::create(path).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?,
    );
    serde_json::to_writer_pretty(&mut f, errors)?;
    writeln!(f)?;
    f.flush()?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------------- export

/// Where the export goes: stdout, or a temporary file beside the target, renamed into place when complete.
enum Target {
    Stdout,
    File {
        tmp: tempfile::NamedTempFile,
        path: PathBuf,
    },
}

fn open_target(out: Option<&str>) -> anyhow::Result<Target> {
    match out {
        None | Some("-") => Ok(Target::Stdout),
        Some(p) => {
            let path = PathBuf::from(p);
            let dir = match path.parent() {
                Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                _ => PathBuf::from("."),
            };
            let tmp = tempfile::Builder::new()
                .prefix(".a0-export-")
                .tempfile_in(&dir)
                .map_err(|e| usage(format!("cannot write {p}: {e}")))?;
            Ok(Target::File { tmp, path })
        }
    }
}

async fn export(global: &GlobalArgs, args: ExportArgs) -> anyhow::Result<ExitCode> {
    // The global `--fields` names the exported fields here (with `=Title` for CSV headers).
    let fields = match &global.output.fields {
        Some(list) => Some(parse_fields(&list.join(",")).map_err(usage)?),
        None => None,
    };
    if args.format == ExportFormat::Csv && fields.as_ref().is_some_and(|f| f.len() > MAX_CSV_FIELDS)
    {
        return Err(usage(format!(
            "a CSV export has at most {MAX_CSV_FIELDS} fields; {} were given",
            fields.as_ref().map_or(0, Vec::len)
        )));
    }
    let target = open_target(args.out.as_deref())?;
    let client = client(global).await?;
    let mut body = serde_json::Map::new();
    if let Some(c) = &args.connection {
        body.insert(
            "connection_id".into(),
            json!(resolve_connection(&client, c).await?),
        );
    }
    body.insert("format".into(), json!(args.format.api_format()));
    if let Some(l) = args.limit {
        body.insert("limit".into(), json!(l));
    }
    match &fields {
        Some(f) => {
            body.insert("fields".into(), serde_json::to_value(f)?);
        }
        // A `json` export is meant for `a0 jobs import`: ask for the fields the import takes.
        None if args.format == ExportFormat::Json => {
            let f: Vec<Value> = IMPORT_FIELDS.iter().map(|n| json!({ "name": n })).collect();
            body.insert("fields".into(), Value::Array(f));
        }
        None => {}
    }
    let job = api_jobs::create_export(&client, &Value::Object(body)).await?;
    if args.no_wait {
        let mut no_fields = global.output.clone();
        no_fields.fields = None;
        Printer::new(&no_fields, JOBS)?.one(&job.raw)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut job = wait_with_progress(&client, &job.id).await?;
    if job.status != "completed" {
        return Err(CliError::new(
            Exit::Failure,
            format!("export job {} ended {}", job.id, job.status),
        )
        .into());
    }
    let http = api_jobs::download_client()?;
    // From the download request to the last byte written (the figure the benchmark compares with curl | gzip).
    let started = std::time::Instant::now();
    let mut refetched = 0;
    let resp = loop {
        let Some(location) = job.location.clone() else {
            return Err(anyhow::anyhow!(
                "export job {} completed without a location",
                job.id
            ));
        };
        match api_jobs::download(&http, &location).await? {
            Download::Body(resp) => break resp,
            Download::Expired(status) if refetched < 3 => {
                refetched += 1;
                if global.verbose {
                    eprintln!("a0: the download link was refused ({status}); getting a fresh one");
                }
                job = api_jobs::get(&client, &job.id).await?;
            }
            Download::Expired(status) => {
                return Err(anyhow::anyhow!(
                    "the download link of job {} keeps being refused ({status})",
                    job.id
                ));
            }
        }
    };
    let size = resp.content_length();
    let format = args.format;
    match target {
        Target::Stdout => {
            stream_download(resp, format, global.output.io.stdout(), size).await?;
        }
        Target::File { tmp, path } => {
            let tmp = stream_download(resp, format, tmp, size).await?;
            tmp.persist(&path)
                .map_err(|e| anyhow::anyhow!("cannot write {}: {}", path.display(), e.error))?;
            eprintln!("exported to {}", path.display());
        }
    }
    if global.verbose {
        eprintln!(
            "a0: job {}: download+gunzip+write: {:.3} s",
            job.id,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Streams the gzip body into `out`: the network side reads chunks while a blocking thread gunzips, converts
/// and writes them (two stages in parallel, a bounded queue between, so memory stays flat).
async fn stream_download<W: Write + Send + 'static>(
    mut resp: api_jobs::Body,
    format: ExportFormat,
    out: W,
    size: Option<u64>,
) -> anyhow::Result<W> {
    let (tx, rx) = std::sync::mpsc::sync_channel::<bytes::Bytes>(16);
    let writer = tokio::task::spawn_blocking(move || -> io::Result<W> {
        let mut w = ExportWriter::new(format, io::BufWriter::with_capacity(1 << 17, out));
        for chunk in rx {
            w.feed(&chunk)?;
        }
        let buf = w.finish()?;
        buf.into_inner().map_err(|e| e.into_error())
    });
    let bar = size.and_then(|s| {
        progress_bar(s, "download").inspect(|b| {
            b.set_style(
                ProgressStyle::with_template(
                    "download [{bar:40}] {bytes}/{total_bytes} ({bytes_per_sec})",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
            )
        })
    });
    let mut net_err = None;
    loop {
        match resp.chunk().await {
            Ok(Some(c)) => {
                if let Some(b) = &bar {
                    b.inc(c.len() as u64);
                }
                if tx.send(c).is_err() {
                    break; // the writer stopped; its error is reported below
                }
            }
            Ok(None) => break,
            Err(e) => {
                net_err = Some(e);
                break;
            }
        }
    }
    drop(tx);
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let written = writer.await?;
    if let Some(e) = net_err {
        return Err(anyhow::anyhow!("the download broke off: {e}"));
    }
    written.map_err(|e| {
        if e.kind() == io::ErrorKind::BrokenPipe {
            e.into()
        } else {
            anyhow::anyhow!("cannot write the export: {e}")
        }
    })
}

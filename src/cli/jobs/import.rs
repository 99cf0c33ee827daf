//! `a0 jobs import`: validate the file locally, split it into ≤ 512,000-byte chunks, run at most two jobs at a
//! time, wait, and report per-user errors.

use std::fs::File;
use std::io::{self, BufReader, Read, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use futures_util::StreamExt;
use serde_json::Value;

use super::{
    ImportArgs, JOB_ERRORS, JOBS, MAX_CONCURRENT_IMPORTS, client, poll, progress_bar,
    resolve_connection, tagged_errors,
};
use indicatif::ProgressBar;

use crate::api::Client;
use crate::api::jobs::{self as api_jobs, ImportOptions, Job, Summary};
use crate::cli::GlobalArgs;
use crate::error::{CliError, Exit, usage};
use crate::jobs::chunk::{MAX_CHUNK_BYTES, PrepareError, Prepared, prepare};
use crate::jobs::validate::{check_user, thousands};
use crate::output::{Format, Printer};

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

pub(super) async fn run(global: &GlobalArgs, args: ImportArgs) -> anyhow::Result<ExitCode> {
    // Flags first, so that bad output flags exit 2 with nothing sent.
    let printer = Printer::new(&global.output, JOB_ERRORS)?;
    let prepared = prepare_input(&args.file).await?;
    if !prepared.dropped.is_empty() {
        let what: Vec<String> = prepared
            .dropped
            .iter()
            .map(|(field, n)| {
                format!(
                    "{field} ({} {})",
                    thousands(*n),
                    if *n == 1 { "user" } else { "users" }
                )
            })
            .collect();
        crate::diag::notice(format!(
            "a0: left out what an export carries but an import does not take (Auth0 sets it itself): {}",
            what.join(", ")
        ));
    }
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
    let submitted: Submitted = Arc::new(Mutex::new(Vec::new()));
    let results = {
        // Ctrl-C stops submitting and waiting, and the jobs already submitted are named (they go on running).
        let _deferred = crate::interrupt::defer();
        run_chunks(
            client,
            opts,
            prepared,
            args.no_wait,
            bar.clone(),
            Arc::clone(&submitted),
        )
        .await
    };
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    if crate::interrupt::requested() {
        report_unfinished(&submitted, "interrupted");
        return Ok(Exit::Interrupted.into());
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
    if args.no_wait {
        if matches!(printer_format(global), Format::Json | Format::Ndjson) {
            let jobs_out = Printer::new(&global.output, JOBS)?;
            jobs_out.list(&jobs.iter().map(|j| j.raw.clone()).collect::<Vec<_>>())?;
        } else {
            let ids: String = jobs.iter().map(|j| format!("{}\n", j.id)).collect();
            crate::output::text(&global.output.io, &ids)?;
        }
        return match first_error {
            Some(e) => {
                report_unfinished(&submitted, "stopped");
                Err(e.context(format!(
                    "{} of {n_chunks} jobs were submitted",
                    submitted.lock().map_or(0, |s| s.len())
                )))
            }
            None => Ok(ExitCode::SUCCESS),
        };
    }

    let (sum, failed_jobs) = totals(&jobs);
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
        report_unfinished(&submitted, "stopped");
        return Err(e.context(format!(
            "{} of {n_chunks} jobs ran to the end; their users are counted above",
            jobs.len()
        )));
    }
    if sum.failed > 0 || failed_jobs > 0 {
        return Ok(Exit::Partial.into());
    }
    Ok(ExitCode::SUCCESS)
}

/// Every job submitted so far, with its last known status (so that none is forgotten when a0 stops early).
type Submitted = Arc<Mutex<Vec<(String, String)>>>;

fn note_status(submitted: &Submitted, job: &Job) {
    if let Ok(mut s) = submitted.lock() {
        match s.iter_mut().find(|(id, _)| *id == job.id) {
            Some(entry) => entry.1 = job.status.clone(),
            None => s.push((job.id.clone(), job.status.clone())),
        }
    }
}

/// Names every submitted job that had not finished when a0 stopped, and how to follow them.
fn report_unfinished(submitted: &Submitted, how: &str) {
    let Ok(s) = submitted.lock() else { return };
    let open: Vec<&(String, String)> = s
        .iter()
        .filter(|(_, status)| matches!(status.as_str(), "pending" | "processing"))
        .collect();
    if s.is_empty() {
        eprintln!("a0: {how} before any job was submitted; nothing was imported");
        return;
    }
    eprintln!("a0: {how}; the jobs submitted so far, as last seen:");
    for (id, status) in s.iter() {
        eprintln!("  {id}  {status}");
    }
    if !open.is_empty() {
        let ids: Vec<&str> = open.iter().map(|(id, _)| id.as_str()).collect();
        eprintln!(
            "{} still running on the tenant; follow {}: a0 jobs wait {}",
            if open.len() == 1 {
                "1 job is"
            } else {
                "these jobs are"
            },
            if open.len() == 1 { "it" } else { "them" },
            ids.join(" ")
        );
    }
}

/// Submits every chunk (at most [`MAX_CONCURRENT_IMPORTS`] jobs at a time), waits for each job and fetches its
/// per-user errors; reports progress on the bar, or a line per job without one. A Ctrl-C stops submitting and
/// waiting; every submitted job is recorded in `submitted`.
async fn run_chunks(
    client: Arc<Client>,
    opts: Arc<ImportOptions>,
    prepared: Prepared,
    no_wait: bool,
    bar: Option<ProgressBar>,
    submitted: Submitted,
) -> Vec<anyhow::Result<ChunkOutcome>> {
    let n_chunks = prepared.chunks.len();
    let chunks = prepared.chunks.clone();
    let prepared = Arc::new(Mutex::new(prepared));
    futures_util::stream::iter(chunks.into_iter().enumerate())
        .take_while(|_| std::future::ready(!crate::interrupt::requested()))
        .map(|(i, info)| {
            let client = Arc::clone(&client);
            let opts = Arc::clone(&opts);
            let prepared = Arc::clone(&prepared);
            let bar = bar.clone();
            let submitted = Arc::clone(&submitted);
            async move {
                let bytes = {
                    let mut p = prepared
                        .lock()
                        .map_err(|_| anyhow::anyhow!("the chunk spool is unusable"))?;
                    p.chunk(i)?
                };
                let job = api_jobs::create_import(&client, bytes, &opts).await?;
                note_status(&submitted, &job);
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
                let job = poll(&client, &job.id, |j| note_status(&submitted, j)).await?;
                if !job.is_finished() {
                    // interrupted while waiting: the job goes on, and is named in the report
                    return Ok(ChunkOutcome {
                        job,
                        errors: Vec::new(),
                    });
                }
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
        .await
}

/// The jobs' summed counts, and how many jobs did not complete (each named on stderr with its details).
fn totals(jobs: &[Job]) -> (Summary, usize) {
    let mut sum = Summary::default();
    let mut failed_jobs = 0;
    for j in jobs {
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
    (sum, failed_jobs)
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

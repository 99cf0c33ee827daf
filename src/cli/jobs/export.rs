//! `a0 jobs export`: create the export job, wait, then stream-download, gunzip and convert it into stdout or a
//! file (written beside the target and renamed into place when complete).

use std::path::PathBuf;
use std::process::ExitCode;

use indicatif::ProgressStyle;
use serde_json::{Value, json};

use super::{ExportArgs, JOBS, client, progress_bar, resolve_connection, wait_with_progress};
use crate::api::jobs::{self as api_jobs, Download};
use crate::cli::GlobalArgs;
use crate::error::{CliError, Exit, usage};
use crate::jobs::download::gunzip_into;
use crate::jobs::export::{ExportFormat, default_json_fields};
use crate::jobs::fields::{MAX_CSV_FIELDS, parse_fields};
use crate::output::Printer;

/// Where the export goes: stdout, or a temporary file beside the target, renamed into place when complete.
enum Target {
    Stdout,
    File {
        tmp: tempfile::NamedTempFile,
        path: PathBuf,
    },
}

/// Temporary export files are `.a0-export-<pid>-XXXXXX`, beside the target.
const TEMP_PREFIX: &str = ".a0-export-";

/// Removes the temporary files that earlier exports into `dir` left behind when they were killed (`kill -9`):
/// those whose process is gone (Linux: no `/proc/<pid>`; elsewhere: older than a day).
fn remove_stale_temp_files(dir: &std::path::Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix(TEMP_PREFIX) else {
            continue;
        };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if pid == std::process::id() {
            continue;
        }
        let gone = if cfg!(target_os = "linux") {
            !std::path::Path::new(&format!("/proc/{pid}")).exists()
        } else {
            entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > std::time::Duration::from_secs(86_400))
        };
        if gone {
            let _ = std::fs::remove_file(entry.path());
        }
    }
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
            remove_stale_temp_files(&dir);
            // The pid in the name tells a later export whether the file's process is gone.
            let tmp = tempfile::Builder::new()
                .prefix(&format!("{TEMP_PREFIX}{}-", std::process::id()))
                .tempfile_in(&dir)
                .map_err(|e| usage(format!("cannot write {p}: {e}")))?;
            crate::interrupt::remove_on_signal(tmp.path().to_path_buf());
            Ok(Target::File { tmp, path })
        }
    }
}

pub(super) async fn run(global: &GlobalArgs, args: ExportArgs) -> anyhow::Result<ExitCode> {
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
        // A `json` export is meant for `a0 jobs import`: ask for the fields the import takes (the password
        // hashes only from a loopback tenant: Auth0 never returns them).
        None if args.format == ExportFormat::Json => {
            let loopback = crate::api::is_loopback(client.http().1);
            let f: Vec<Value> = default_json_fields(loopback)
                .iter()
                .map(|n| json!({ "name": n }))
                .collect();
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
        let http = api_jobs::download_client(&location)?;
        match api_jobs::download(&http, &location).await? {
            Download::Body(resp) => break resp,
            Download::Expired(status) if refetched < 3 => {
                refetched += 1;
                crate::diag::verbose(format!(
                    "a0: the download link was refused ({status}); getting a fresh one"
                ));
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
    let on_bytes = |n| {
        if let Some(b) = &bar {
            b.inc(n);
        }
    };
    let body = resp.into_stream();
    match target {
        Target::Stdout => {
            gunzip_into(body, format, global.output.io.stdout(), on_bytes).await?;
            if let Some(b) = &bar {
                b.finish_and_clear();
            }
        }
        Target::File { tmp, path } => {
            let tmp = gunzip_into(body, format, tmp, on_bytes).await?;
            if let Some(b) = &bar {
                b.finish_and_clear();
            }
            let tmp_path = tmp.path().to_path_buf();
            tmp.persist(&path)
                .map_err(|e| anyhow::anyhow!("cannot write {}: {}", path.display(), e.error))?;
            crate::interrupt::forget_temp_file(&tmp_path);
            eprintln!("exported to {}", path.display());
        }
    }
    crate::diag::verbose(format!(
        "a0: job {}: download+gunzip+write: {:.3} s",
        job.id,
        started.elapsed().as_secs_f64()
    ));
    Ok(ExitCode::SUCCESS)
}

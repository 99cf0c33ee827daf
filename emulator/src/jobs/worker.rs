//! The one background worker that runs a tenant's jobs, oldest first, with all state in SQLite.
//!
//! [`step`] does one unit of work and is what the background task repeats (tests call it directly):
//! - an import: one user, in one transaction with the job's counters (`processed`, `inserted`, …), so a killed
//!   emulator never leaves half a user, and on the next start the job resumes at the next user;
//! - an export: the whole export, streamed page by page (1,000 users, keyset on `user_id`) into a gzip file,
//!   releasing the database between pages. An export interrupted by a restart starts again from the beginning;
//! - a verification email: completes it (the emulator sends no email).
//!
//! An import still unfinished 2 h after its creation (say the emulator was stopped for longer) is marked `failed`
//! with a `status_details` reason instead of being resumed; the users it already applied stay.
//!
//! Housekeeping once a minute: jobs older than 24 h are deleted with their files (Auth0 keeps job data 24 h).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use flate2::Compression;
use flate2::write::GzEncoder;
use serde_json::{Value, json};

use super::export::{self, Field, Format};
use super::import::{self, Existing, ImportError, Matches, Plan, Target};
use crate::store::jobs::{self as db, JobRow, Outcome};
use crate::store::users::{self as users_db, NewUser, UserRow, Write as UserWrite};
use crate::store::{Result, Store, StoreError};

/// How long job data is kept.
pub const RETENTION_SECS: i64 = 24 * 3600;

/// An import still pending or processing this long after its creation fails (Auth0: jobs time out after 2 h).
pub const IMPORT_TIMEOUT_SECS: i64 = 2 * 3600;

/// Users per export page.
const EXPORT_PAGE: i64 = 1000;

/// Starts the background worker of `store` on the current tokio runtime. It polls for work every 50 ms when
/// idle and stops when the runtime does.
/// What the worker may do beyond Auth0.
#[derive(Debug, Clone, Copy, Default)]
pub struct WorkerOptions {
    /// Exports carry stored password hashes when they name them (`EmulatorConfig::export_password_hashes`).
    pub export_password_hashes: bool,
}

pub fn spawn(store: Store, opts: WorkerOptions) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut last_purge: Option<std::time::Instant> = None;
        loop {
            if last_purge.is_none_or(|t| t.elapsed() >= Duration::from_secs(60)) {
                last_purge = Some(std::time::Instant::now());
                let s = store.clone();
                if let Ok(Err(e)) = tokio::task::spawn_blocking(move || purge(&s)).await {
                    tracing::warn!("job worker: purge: {e}");
                }
            }
            let s = store.clone();
            let busy = match tokio::task::spawn_blocking(move || step(&s, opts)).await {
                Ok(Ok(busy)) => busy,
                Ok(Err(e)) => {
                    tracing::warn!("job worker: {e}");
                    false
                }
                Err(_) => false,
            };
            if !busy {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    })
}

/// Does one unit of work; `false` when there was nothing to do (or the worker is paused, see
/// [`db::set_paused`]).
pub fn step(store: &Store, opts: WorkerOptions) -> Result<bool> {
    if store.with(|c| db::is_paused(c))? {
        return Ok(false);
    }
    let Some(job) = store.with(|c| db::next_active(c))? else {
        return Ok(false);
    };
    if job.kind == "users_import"
        && chrono::Utc::now().timestamp() - job.created_unix > IMPORT_TIMEOUT_SECS
    {
        store.transaction(|tx| {
            db::delete_import_users(tx, &job.id)?;
            db::finish(
                tx,
                &job.id,
                "failed",
                Some("The job timed out: imports must finish within 2 hours of their creation."),
            )
        })?;
        return Ok(true);
    }
    match job.kind.as_str() {
        "users_import" => import_step(store, &job)?,
        "users_export" => run_export(store, &job, opts)?,
        _ => store.with(|c| db::finish(c, &job.id, "completed", None))?,
    }
    Ok(true)
}

/// Runs every pending job to its end (tests and tools), with the default options.
pub fn run_all(store: &Store) -> Result<()> {
    while step(store, WorkerOptions::default())? {}
    Ok(())
}

/// Deletes jobs older than [`RETENTION_SECS`] with their data and export files (the background task does it
/// once a minute).
pub fn purge(store: &Store) -> Result<()> {
    let cutoff = chrono::Utc::now().timestamp() - RETENTION_SECS;
    let files = store.transaction(|tx| db::purge_before(tx, cutoff))?;
    for f in files {
        remove_export(Path::new(&f));
    }
    Ok(())
}

fn params_of(job: &JobRow) -> Value {
    serde_json::from_str(&job.params).unwrap_or_else(|_| json!({}))
}

fn existing(row: Option<UserRow>) -> Result<Option<Existing>> {
    row.map(|r| {
        Ok(Existing {
            doc: serde_json::from_str(&r.doc)?,
            user_id: r.user_id,
            password_hash: r.password_hash,
        })
    })
    .transpose()
}

fn import_step(store: &Store, job: &JobRow) -> Result<()> {
    let params = params_of(job);
    let upsert = params["upsert"].as_bool().unwrap_or(false);
    let provider = params["provider"].as_str().unwrap_or("auth0").to_owned();
    let connection = job.connection.clone().unwrap_or_default();
    store.transaction(|tx| {
        // Re-read inside the transaction: the counter is the truth.
        let Some(job) = db::get(tx, &job.id)? else {
            return Ok(());
        };
        let job = &job;
        if job.status == "pending" {
            db::start(tx, &job.id, chrono::Utc::now().timestamp())?;
        }
        let idx = job.processed;
        if idx >= job.total {
            db::delete_import_users(tx, &job.id)?;
            return db::finish(tx, &job.id, "completed", None);
        }
        let Some((text, pre)) = db::import_user_at(tx, &job.id, idx)? else {
            db::finish(
                tx,
                &job.id,
                "failed",
                Some("the job's users are missing from the database"),
            )?;
            return Ok(());
        };
        let user: Value = serde_json::from_str(&text)?;
        let failure: Option<Vec<ImportError>> = match pre {
            Some(p) => Some(serde_json::from_str(&p)?),
            None => {
                let now = crate::now_iso();
                let target = Target {
                    connection: &connection,
                    provider: &provider,
                    now: &now,
                };
                let matches = Matches {
                    by_id: match import::full_user_id(&user, &provider) {
                        Some(id) => existing(
                            users_db::get(tx, &id)?.filter(|r| r.connection == connection),
                        )?,
                        None => None,
                    },
                    by_email: match user.get("email").and_then(Value::as_str) {
                        Some(e) => {
                            existing(db::user_by_email(tx, &connection, &e.to_lowercase())?)?
                        }
                        None => None,
                    },
                    by_username: match user.get("username").and_then(Value::as_str) {
                        Some(u) => {
                            existing(db::user_by_username(tx, &connection, &u.to_lowercase())?)?
                        }
                        None => None,
                    },
                };
                match import::plan(&user, &matches, upsert, &target) {
                    Plan::Insert { doc, password_hash } => {
                        let user_id = doc["user_id"].as_str().unwrap_or_default().to_owned();
                        let row = NewUser {
                            user_id,
                            connection: connection.clone(),
                            password_hash,
                            doc: doc.to_string(),
                        };
                        match users_db::insert(tx, &row)? {
                            UserWrite::Done => {
                                crate::store::mfa::import_factors(
                                    tx,
                                    &row.user_id,
                                    &user,
                                    &crate::now_iso(),
                                )?;
                                db::count_user(tx, &job.id, Outcome::Inserted)?;
                                None
                            }
                            _ => Some(vec![ImportError::new(
                                "DUPLICATED_USER",
                                "The user already exists.",
                                None,
                            )]),
                        }
                    }
                    Plan::Update {
                        user_id,
                        doc,
                        password_hash,
                    } => match users_db::update(
                        tx,
                        &user_id,
                        &doc.to_string(),
                        password_hash.as_deref(),
                    )? {
                        UserWrite::Done => {
                            crate::store::mfa::import_factors(
                                tx,
                                &user_id,
                                &user,
                                &crate::now_iso(),
                            )?;
                            db::count_user(tx, &job.id, Outcome::Updated)?;
                            None
                        }
                        _ => Some(vec![ImportError::new(
                            "CONFLICT",
                            "The user could not be updated: its email or username is taken.",
                            None,
                        )]),
                    },
                    Plan::Fail(e) => Some(vec![e]),
                }
            }
        };
        if let Some(errors) = failure {
            db::insert_error(
                tx,
                &job.id,
                idx,
                &import::redact(&user).to_string(),
                &serde_json::to_string(&errors)?,
            )?;
            db::count_user(tx, &job.id, Outcome::Failed)?;
        }
        if idx + 1 >= job.total {
            db::delete_import_users(tx, &job.id)?;
            db::finish(tx, &job.id, "completed", None)?;
            completion_email(tx, job, &params)?;
        }
        Ok(())
    })
}

/// With `send_completion_email`, Auth0 emails the tenant's owners when an import ends; the emulator has no owners,
/// so the email goes to the outbox addressed to `tenant-owners` (see emulator/README.md).
fn completion_email(tx: &rusqlite::Connection, job: &JobRow, params: &Value) -> Result<()> {
    if params["send_completion_email"].as_bool() != Some(true) {
        return Ok(());
    }
    crate::store::tickets::send(
        tx,
        "import_completed",
        "tenant-owners",
        None,
        &format!("Import job {} completed", job.id),
        None,
        &crate::now_iso(),
    )
}

/// Where a tenant's export files go: beside the data file (`<file>.exports/`), or a temp dir for an in-memory
/// tenant.
pub fn export_dir(store: &Store) -> Result<PathBuf> {
    Ok(match store.with(|c| db::database_file(c))? {
        Some(f) => {
            let mut name = f.file_name().map(|n| n.to_os_string()).unwrap_or_default();
            name.push(".exports");
            f.with_file_name(name)
        }
        None => std::env::temp_dir().join("a0-emulator-exports"),
    })
}

fn io_err(e: std::io::Error) -> StoreError {
    StoreError::Other(format!("export file: {e}"))
}

fn run_export(store: &Store, job: &JobRow, opts: WorkerOptions) -> Result<()> {
    store.with(|c| db::start(c, &job.id, chrono::Utc::now().timestamp()))?;
    match write_export(store, job, opts) {
        Ok((path, name, n)) => {
            store.with(|c| db::complete_export(c, &job.id, &path.to_string_lossy(), &name, n))
        }
        Err(e) => {
            tracing::warn!("export {} failed: {e}", job.id);
            store.with(|c| db::finish(c, &job.id, "failed", Some(&e.to_string())))
        }
    }
}

/// The export's fields: as requested, or [`export::default_fields`].
pub fn export_fields(params: &Value, format: Format) -> Vec<Field> {
    params
        .get("fields")
        .and_then(|f| serde_json::from_value::<Vec<Field>>(f.clone()).ok())
        .filter(|f| !f.is_empty())
        .unwrap_or_else(|| export::default_fields(format))
}

fn write_export(
    store: &Store,
    job: &JobRow,
    opts: WorkerOptions,
) -> Result<(PathBuf, String, i64)> {
    let params = params_of(job);
    let format = match params["format"].as_str() {
        Some("csv") => Format::Csv,
        _ => Format::Json,
    };
    let fields = export_fields(&params, format);
    let limit = params["limit"].as_i64().filter(|l| *l > 0);
    let connection = job.connection.clone();
    // Auth0 never exports hashes; the emulator does only when its config opts in.
    let wants_hash = opts.export_password_hashes
        && fields
            .iter()
            .any(|f| f.name == "password_hash" || f.name == "custom_password_hash");

    // Export files hold users' data: the folder is the owner's only (0700), and so is each file (0600).
    let base = export_dir(store)?;
    crate::store::private_dir(&base).map_err(io_err)?;
    let dir = base.join(&job.id);
    crate::store::private_dir(&dir).map_err(io_err)?;
    let name = format!(
        "{}.{}.gz",
        params["tenant"].as_str().unwrap_or("emulator"),
        format.extension()
    );
    let path = dir.join(&name);
    let tmp = dir.join(format!("{name}.partial"));
    crate::store::private_file(&tmp).map_err(io_err)?;
    let file = std::fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(&tmp)
        .map_err(io_err)?;
    let mut gz = GzEncoder::new(
        std::io::BufWriter::with_capacity(1 << 16, file),
        Compression::fast(),
    );

    let all = store.with(|c| db::count_users(c, connection.as_deref()))?;
    let total = limit.map_or(all, |l| l.min(all));
    store.with(|c| db::set_progress(c, &job.id, 0, total))?;
    if format == Format::Csv {
        gz.write_all(export::csv_header(&fields).as_bytes())
            .map_err(io_err)?;
    }
    let mut after = String::new();
    let mut n: i64 = 0;
    while n < total {
        let page = EXPORT_PAGE.min(total - n);
        let rows = store.with(|c| db::export_page(c, connection.as_deref(), &after, page))?;
        if rows.is_empty() {
            break;
        }
        for (user_id, doc, hash) in &rows {
            let mut doc: Value = serde_json::from_str(doc)?;
            if wants_hash {
                add_hash(&mut doc, hash.as_deref());
            }
            let line = match format {
                Format::Json => export::ndjson_line(&doc, &fields),
                Format::Csv => export::csv_row(&doc, &fields),
            };
            gz.write_all(line.as_bytes()).map_err(io_err)?;
            after.clone_from(user_id);
        }
        n += rows.len() as i64;
        store.with(|c| db::set_progress(c, &job.id, n, total))?;
    }
    let mut inner = gz.finish().map_err(io_err)?;
    inner.flush().map_err(io_err)?;
    drop(inner);
    std::fs::rename(&tmp, &path).map_err(io_err)?;
    Ok((path, name, n))
}

/// An emulator extension, on only with `export_password_hashes = true` in the config: an export that names
/// `password_hash` or `custom_password_hash` gets the stored hash (bcrypt as `password_hash`, an imported custom
/// hash as `custom_password_hash`). Auth0 never exports hashes.
fn add_hash(doc: &mut Value, hash: Option<&str>) {
    let (Some(obj), Some(h)) = (doc.as_object_mut(), hash) else {
        return;
    };
    if crate::passwords::is_custom(h) {
        if let Ok(v) = serde_json::from_str::<Value>(h) {
            obj.insert("custom_password_hash".into(), v);
        }
    } else {
        obj.insert("password_hash".into(), json!(h));
    }
}

/// Removes an export's directory (used when a job is purged or replaced).
pub fn remove_export(path: &Path) {
    if let Some(dir) = path.parent() {
        let _ = std::fs::remove_dir_all(dir);
    }
}

//! The `jobs`, `job_import_users` and `job_errors` tables, and the queries bulk jobs run over `users`.
//!
//! An import keeps its users in `job_import_users` until it is done; the worker applies user number
//! `processed` in one transaction together with the job's counters, so a crash never leaves half a user and a
//! restart resumes at the next one.

use std::path::PathBuf;

use rusqlite::{Connection, OptionalExtension, params};

use super::Result;
use super::users::UserRow;

/// One row of `jobs`.
#[derive(Debug, Clone, Default)]
pub struct JobRow {
    pub id: String,
    /// `users_import`, `users_export` or `verification_email`.
    pub kind: String,
    /// `pending`, `processing`, `completed` or `failed`.
    pub status: String,
    pub created_at: String,
    pub created_unix: i64,
    pub started_unix: Option<i64>,
    pub connection_id: Option<String>,
    pub connection: Option<String>,
    /// JSON object of the request's options.
    pub params: String,
    pub total: i64,
    pub processed: i64,
    pub inserted: i64,
    pub updated: i64,
    pub failed: i64,
    pub status_details: Option<String>,
    pub file_path: Option<String>,
    pub file_name: Option<String>,
}

const COLUMNS: &str = "id, type, status, created_at, created_unix, started_unix, connection_id, connection, params, \
     total, processed, inserted, updated, failed, status_details, file_path, file_name";

fn row_to_job(r: &rusqlite::Row<'_>) -> rusqlite::Result<JobRow> {
    Ok(JobRow {
        id: r.get(0)?,
        kind: r.get(1)?,
        status: r.get(2)?,
        created_at: r.get(3)?,
        created_unix: r.get(4)?,
        started_unix: r.get(5)?,
        connection_id: r.get(6)?,
        connection: r.get(7)?,
        params: r.get(8)?,
        total: r.get(9)?,
        processed: r.get(10)?,
        inserted: r.get(11)?,
        updated: r.get(12)?,
        failed: r.get(13)?,
        status_details: r.get(14)?,
        file_path: r.get(15)?,
        file_name: r.get(16)?,
    })
}

/// Inserts a new job.
pub fn insert(conn: &Connection, j: &JobRow) -> Result<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO jobs ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"
    ))?
    .execute(params![
        j.id,
        j.kind,
        j.status,
        j.created_at,
        j.created_unix,
        j.started_unix,
        j.connection_id,
        j.connection,
        j.params,
        j.total,
        j.processed,
        j.inserted,
        j.updated,
        j.failed,
        j.status_details,
        j.file_path,
        j.file_name
    ])?;
    Ok(())
}

/// One job by id.
pub fn get(conn: &Connection, id: &str) -> Result<Option<JobRow>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM jobs WHERE id = ?1"))?
        .query_row([id], row_to_job)
        .optional()?)
}

/// Imports that are pending or processing.
pub fn active_imports(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM jobs WHERE type = 'users_import' AND status IN ('pending', 'processing')",
        [],
        |r| r.get(0),
    )?)
}

/// The oldest job that is pending or processing.
pub fn next_active(conn: &Connection) -> Result<Option<JobRow>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM jobs WHERE status IN ('pending', 'processing') ORDER BY seq LIMIT 1"
        ))?
        .query_row([], row_to_job)
        .optional()?)
}

/// Moves a job to `processing` (keeping its first start time).
pub fn start(conn: &Connection, id: &str, now_unix: i64) -> Result<()> {
    conn.execute(
        "UPDATE jobs SET status = 'processing', started_unix = coalesce(started_unix, ?2) WHERE id = ?1",
        params![id, now_unix],
    )?;
    Ok(())
}

/// Sets a job's final status (and `status_details`).
pub fn finish(conn: &Connection, id: &str, status: &str, details: Option<&str>) -> Result<()> {
    conn.execute(
        "UPDATE jobs SET status = ?2, status_details = ?3 WHERE id = ?1",
        params![id, status, details],
    )?;
    Ok(())
}

/// Sets an export's total and progress.
pub fn set_progress(conn: &Connection, id: &str, processed: i64, total: i64) -> Result<()> {
    conn.execute(
        "UPDATE jobs SET processed = ?2, total = ?3 WHERE id = ?1",
        params![id, processed, total],
    )?;
    Ok(())
}

/// Records a finished export file and completes the job.
pub fn complete_export(
    conn: &Connection,
    id: &str,
    file_path: &str,
    file_name: &str,
    total: i64,
) -> Result<()> {
    conn.execute(
        "UPDATE jobs SET status = 'completed', file_path = ?2, file_name = ?3, processed = ?4, total = ?4 WHERE id = ?1",
        params![id, file_path, file_name, total],
    )?;
    Ok(())
}

/// How one imported user ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Inserted,
    Updated,
    Failed,
}

/// Counts one processed user of an import.
pub fn count_user(conn: &Connection, id: &str, outcome: Outcome) -> Result<()> {
    let col = match outcome {
        Outcome::Inserted => "inserted",
        Outcome::Updated => "updated",
        Outcome::Failed => "failed",
    };
    conn.prepare_cached(&format!(
        "UPDATE jobs SET processed = processed + 1, {col} = {col} + 1 WHERE id = ?1"
    ))?
    .execute([id])?;
    Ok(())
}

/// Stores the users of a new import: `(user JSON, pre_errors JSON)` in file order.
pub fn insert_import_users(
    conn: &Connection,
    job_id: &str,
    users: &[(String, Option<String>)],
) -> Result<()> {
    let mut st = conn.prepare_cached(
        "INSERT INTO job_import_users (job_id, idx, user, pre_errors) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, (user, pre)) in users.iter().enumerate() {
        st.execute(params![job_id, i as i64, user, pre])?;
    }
    Ok(())
}

/// User number `idx` of an import: `(user JSON, pre_errors JSON)`.
pub fn import_user_at(
    conn: &Connection,
    job_id: &str,
    idx: i64,
) -> Result<Option<(String, Option<String>)>> {
    Ok(conn
        .prepare_cached(
            "SELECT user, pre_errors FROM job_import_users WHERE job_id = ?1 AND idx = ?2",
        )?
        .query_row(params![job_id, idx], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// Drops the stored users of a finished import (they hold password hashes).
pub fn delete_import_users(conn: &Connection, job_id: &str) -> Result<()> {
    conn.execute("DELETE FROM job_import_users WHERE job_id = ?1", [job_id])?;
    Ok(())
}

/// Records the errors of one user (already redacted).
pub fn insert_error(
    conn: &Connection,
    job_id: &str,
    idx: i64,
    user: &str,
    errors: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR REPLACE INTO job_errors (job_id, idx, user, errors) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![job_id, idx, user, errors])?;
    Ok(())
}

/// The errors of a job in file order: `(user JSON, errors JSON)`.
pub fn errors(conn: &Connection, job_id: &str) -> Result<Vec<(String, String)>> {
    let mut st =
        conn.prepare_cached("SELECT user, errors FROM job_errors WHERE job_id = ?1 ORDER BY idx")?;
    let rows = st
        .query_map([job_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Deletes jobs created before `cutoff_unix` with their users and errors; returns the export files to remove.
pub fn purge_before(conn: &Connection, cutoff_unix: i64) -> Result<Vec<String>> {
    let mut st = conn.prepare_cached(
        "SELECT file_path FROM jobs WHERE created_unix < ?1 AND file_path IS NOT NULL",
    )?;
    let files = st
        .query_map([cutoff_unix], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    conn.execute(
        "DELETE FROM job_import_users WHERE job_id IN (SELECT id FROM jobs WHERE created_unix < ?1)",
        [cutoff_unix],
    )?;
    conn.execute(
        "DELETE FROM job_errors WHERE job_id IN (SELECT id FROM jobs WHERE created_unix < ?1)",
        [cutoff_unix],
    )?;
    conn.execute("DELETE FROM jobs WHERE created_unix < ?1", [cutoff_unix])?;
    Ok(files)
}

fn user_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<UserRow> {
    Ok(UserRow {
        user_id: r.get(0)?,
        connection: r.get(1)?,
        password_hash: r.get(2)?,
        doc: r.get(3)?,
    })
}

/// The user of `connection` with this lower-cased email.
pub fn user_by_email(
    conn: &Connection,
    connection: &str,
    email_lc: &str,
) -> Result<Option<UserRow>> {
    Ok(conn
        .prepare_cached(
            "SELECT user_id, connection, password_hash, doc FROM users WHERE connection = ?1 AND email_lc = ?2",
        )?
        .query_row(params![connection, email_lc], user_row)
        .optional()?)
}

/// The user of `connection` with this lower-cased username.
pub fn user_by_username(
    conn: &Connection,
    connection: &str,
    username_lc: &str,
) -> Result<Option<UserRow>> {
    Ok(conn
        .prepare_cached(
            "SELECT user_id, connection, password_hash, doc FROM users WHERE connection = ?1 AND username_lc = ?2",
        )?
        .query_row(params![connection, username_lc], user_row)
        .optional()?)
}

/// How many users an export of `connection` (or the whole tenant) covers.
pub fn count_users(conn: &Connection, connection: Option<&str>) -> Result<i64> {
    Ok(match connection {
        Some(c) => conn.query_row(
            "SELECT count(*) FROM users WHERE connection = ?1",
            [c],
            |r| r.get(0),
        )?,
        None => conn.query_row("SELECT count(*) FROM users", [], |r| r.get(0))?,
    })
}

/// The next page of an export, in user_id order after `after`: `(user_id, doc, password_hash)`.
pub fn export_page(
    conn: &Connection,
    connection: Option<&str>,
    after: &str,
    limit: i64,
) -> Result<Vec<(String, String, Option<String>)>> {
    let map = |r: &rusqlite::Row<'_>| Ok((r.get(0)?, r.get(1)?, r.get(2)?));
    let rows = match connection {
        Some(c) => conn
            .prepare_cached(
                "SELECT user_id, doc, password_hash FROM users WHERE connection = ?1 AND user_id > ?2 ORDER BY user_id LIMIT ?3",
            )?
            .query_map(params![c, after, limit], map)?
            .collect::<rusqlite::Result<Vec<_>>>()?,
        None => conn
            .prepare_cached(
                "SELECT user_id, doc, password_hash FROM users WHERE user_id > ?1 ORDER BY user_id LIMIT ?2",
            )?
            .query_map(params![after, limit], map)?
            .collect::<rusqlite::Result<Vec<_>>>()?,
    };
    Ok(rows)
}

const EXPORT_SECRET_KEY: &str = "jobs.export_signing_secret";

/// The tenant's secret for signing export download URLs (created on first use).
pub fn export_secret(conn: &Connection) -> Result<String> {
    if let Some(s) = conn
        .query_row(
            "SELECT value FROM meta WHERE key = ?1",
            [EXPORT_SECRET_KEY],
            |r| r.get::<_, String>(0),
        )
        .optional()?
    {
        return Ok(s);
    }
    let secret = crate::random_id("", 48);
    conn.execute(
        "INSERT OR IGNORE INTO meta (key, value) VALUES (?1, ?2)",
        params![EXPORT_SECRET_KEY, secret],
    )?;
    Ok(conn.query_row(
        "SELECT value FROM meta WHERE key = ?1",
        [EXPORT_SECRET_KEY],
        |r| r.get(0),
    )?)
}

/// The file of the main database, `None` in memory.
pub fn database_file(conn: &Connection) -> Result<Option<PathBuf>> {
    let file: Option<String> = conn
        .query_row(
            "SELECT file FROM pragma_database_list WHERE name = 'main'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    Ok(file.filter(|f| !f.is_empty()).map(PathBuf::from))
}

const PAUSED_KEY: &str = "jobs.worker_paused";

/// Pauses or resumes the job worker of this database (maintenance and tests: jobs stay `pending`).
pub fn set_paused(conn: &Connection, paused: bool) -> Result<()> {
    if paused {
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, '1')",
            [PAUSED_KEY],
        )?;
    } else {
        conn.execute("DELETE FROM meta WHERE key = ?1", [PAUSED_KEY])?;
    }
    Ok(())
}

/// Whether [`set_paused`] paused the worker.
pub fn is_paused(conn: &Connection) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM meta WHERE key = ?1",
            [PAUSED_KEY],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

impl super::Store {
    /// Inserts a new job.
    pub fn job_insert(&self, job: &JobRow) -> Result<()> {
        self.with(|c| insert(c, job))
    }

    /// A job by id.
    pub fn job(&self, id: &str) -> Result<Option<JobRow>> {
        self.with(|c| get(c, id))
    }

    /// The `(user, errors)` JSON pairs of a job (see [`errors`]).
    pub fn job_errors(&self, job_id: &str) -> Result<Vec<(String, String)>> {
        self.with(|c| errors(c, job_id))
    }

    /// The tenant's secret for signing export download URLs (created on first use).
    pub fn export_secret(&self) -> Result<String> {
        self.with(|c| export_secret(c))
    }

    /// Pauses or resumes the job worker (see [`set_paused`]).
    pub fn set_jobs_paused(&self, paused: bool) -> Result<()> {
        self.with(|c| set_paused(c, paused))
    }
}

//! Creating jobs, the one place a job row is built: imports (file-level verdicts decided in file order, then
//! the job and its users stored in one transaction, respecting the two-active-imports limit), exports and
//! verification emails.

use serde_json::{Map, Value, json};

use super::export::{Field, Format};
use super::import::{self, DuplicateTracker};
use crate::store::connections::ConnectionRow;
use crate::store::jobs::{self as db, JobRow};
use crate::store::{Result, Store};
use crate::users::provider_of;

/// Imports that may be pending or processing at once.
pub const MAX_ACTIVE_IMPORTS: i64 = 2;

/// The options of an import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    pub upsert: bool,
    pub external_id: Option<String>,
    pub send_completion_email: bool,
}

/// Stores a pending import of `users` into `conn`. `Ok(None)` when [`MAX_ACTIVE_IMPORTS`] imports are already
/// pending or processing (nothing is stored then).
pub fn import(
    store: &Store,
    conn: &ConnectionRow,
    users: &[Value],
    opts: &ImportOptions,
) -> Result<Option<JobRow>> {
    let mut tracker = DuplicateTracker::default();
    let mut rows = Vec::with_capacity(users.len());
    for u in users {
        let mut errors = import::validate_user(u);
        if errors.is_empty()
            && let Some(d) = tracker.check(u)
        {
            errors.push(d);
        }
        let pre = if errors.is_empty() {
            None
        } else {
            Some(serde_json::to_string(&errors)?)
        };
        rows.push((u.to_string(), pre));
    }
    let mut params = Map::new();
    params.insert("upsert".into(), json!(opts.upsert));
    params.insert(
        "send_completion_email".into(),
        json!(opts.send_completion_email),
    );
    params.insert("provider".into(), json!(provider_of(conn)));
    if let Some(e) = &opts.external_id {
        params.insert("external_id".into(), json!(e));
    }
    let job = JobRow {
        connection_id: Some(conn.id.clone()),
        connection: Some(conn.name.clone()),
        total: rows.len() as i64,
        ..pending("users_import", params)
    };
    store.transaction(|tx| {
        if db::active_imports(tx)? >= MAX_ACTIVE_IMPORTS {
            return Ok(None);
        }
        db::insert(tx, &job)?;
        db::insert_import_users(tx, &job.id, &rows)?;
        Ok(Some(job.clone()))
    })
}

/// The options of an export.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    pub format: Format,
    pub limit: Option<i64>,
    /// `None`: the format's default fields.
    pub fields: Option<Vec<Field>>,
}

/// A pending job of `kind`, created now.
fn pending(kind: &str, params: Map<String, Value>) -> JobRow {
    JobRow {
        id: crate::random_id("job_", 16),
        kind: kind.into(),
        status: "pending".into(),
        created_at: crate::now_iso(),
        created_unix: chrono::Utc::now().timestamp(),
        params: Value::Object(params).to_string(),
        ..JobRow::default()
    }
}

/// Stores a pending export of the users of `conn` (every user when `None`).
pub fn export(store: &Store, conn: Option<&ConnectionRow>, opts: &ExportOptions) -> Result<JobRow> {
    let mut params = Map::new();
    params.insert("format".into(), json!(opts.format));
    if let Some(l) = opts.limit {
        params.insert("limit".into(), json!(l));
    }
    if let Some(f) = &opts.fields {
        params.insert("fields".into(), json!(f));
    }
    let job = JobRow {
        connection_id: conn.map(|c| c.id.clone()),
        connection: conn.map(|c| c.name.clone()),
        ..pending("users_export", params)
    };
    store.job_insert(&job)?;
    Ok(job)
}

/// Stores a pending verification email to `user_id` (the caller has checked the user and its email).
pub fn verification_email(store: &Store, user_id: &str) -> Result<JobRow> {
    let mut params = Map::new();
    params.insert("user_id".into(), json!(user_id));
    let job = pending("verification_email", params);
    store.job_insert(&job)?;
    Ok(job)
}

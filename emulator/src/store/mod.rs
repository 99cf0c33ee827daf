//! The tenant's database. Every SQL statement of the emulator lives under this module.
//!
//! One SQLite connection behind a mutex: statements are short (indexed lookups, bounded searches), so callers run
//! them directly; the mutex also serialises writers, which SQLite wants anyway.

pub mod blocks;
pub mod connections;
pub mod jobs;
pub mod logins;
pub mod mfa;
pub mod rbac;
pub mod refresh;
mod schema;
pub mod tenant;
pub mod tickets;
pub mod users;

use std::path::Path;
use std::sync::Arc;

use parking_lot::Mutex;
use rusqlite::Connection;

/// Errors from the store. HTTP handlers map them to Auth0 error bodies.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored JSON is corrupt: {0}")]
    Json(#[from] serde_json::Error),
    #[error(
        "the database was written by a newer a0-emulator (schema {found}, this build knows {known})"
    )]
    TooNew { found: i64, known: i64 },
    /// A search ran past its budget (Auth0 answers 503 after about 2 s).
    #[error("the search took longer than {} s", .0.as_secs())]
    SearchTimeout(std::time::Duration),
    #[error("{0}")]
    Other(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Settings that shape what a fresh tenant contains.
#[derive(Debug, Clone, Default)]
pub struct OpenOptions {
    /// Force the admin client's id (else the stored one, else a generated one).
    pub admin_client_id: Option<String>,
    /// Force the admin client's secret (else the stored one, else a generated one).
    pub admin_client_secret: Option<String>,
    /// On first open, use this PKCS#8 PEM RS256 key instead of generating one (tests share one to save time).
    pub signing_key_pem: Option<String>,
}

/// A handle to the tenant database; cheap to clone.
///
/// One connection writes (and, for an in-memory tenant, also reads). A file tenant also has a few read-only
/// connections (WAL lets them read while the writer writes), so that a slow search does not hold up a
/// `GET /users/{id}` or a write.
#[derive(Clone)]
pub struct Store {
    conn: Arc<Mutex<Connection>>,
    readers: Arc<Vec<Mutex<Connection>>>,
    next_reader: Arc<std::sync::atomic::AtomicUsize>,
    /// How long one search may run, in milliseconds.
    search_budget_ms: Arc<std::sync::atomic::AtomicU64>,
}

/// Read-only connections of a file tenant: room for a few slow searches and quick reads at once.
const READERS: usize = 8;

/// Creates `dir` (and its parents) readable by the owner only (0700), or tightens it if it exists.
pub fn private_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        b.mode(0o700);
        b.create(dir)?;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
    }
    #[cfg(not(unix))]
    {
        b.create(dir)
    }
}

/// Creates `path` empty if it does not exist, readable and writable by the owner only (0600), or tightens an
/// existing one.
pub fn private_file(path: &Path) -> std::io::Result<()> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        o.mode(0o600);
        o.open(path)?;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
    }
    #[cfg(not(unix))]
    {
        o.open(path).map(drop)
    }
}

impl Store {
    /// Opens (creating if needed) the database at `path`: WAL, migrations, first-open bootstrap.
    ///
    /// The file holds the signing key and the admin client's secret: it is created 0600 (its `-wal`/`-shm`
    /// siblings take its mode) in a 0700 folder when the emulator creates the folder, and an existing file is
    /// tightened to 0600.
    pub fn open(path: &Path, opts: &OpenOptions) -> Result<Store> {
        if let Some(dir) = path.parent()
            && !dir.as_os_str().is_empty()
            && !dir.exists()
        {
            private_dir(dir)
                .map_err(|e| StoreError::Other(format!("cannot create {}: {e}", dir.display())))?;
        }
        private_file(path)
            .map_err(|e| StoreError::Other(format!("cannot create {}: {e}", path.display())))?;
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        for suffix in ["-wal", "-shm"] {
            let mut side = path.as_os_str().to_owned();
            side.push(suffix);
            let side = std::path::PathBuf::from(side);
            if side.exists() {
                private_file(&side).map_err(|e| {
                    StoreError::Other(format!("cannot protect {}: {e}", side.display()))
                })?;
            }
        }
        let mut store = Self::init(conn, opts)?;
        let mut readers = Vec::with_capacity(READERS);
        for _ in 0..READERS {
            let r = Connection::open_with_flags(
                path,
                rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
                    | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            r.busy_timeout(std::time::Duration::from_secs(5))?;
            readers.push(Mutex::new(r));
        }
        store.readers = Arc::new(readers);
        Ok(store)
    }

    /// Opens a database that lives in memory only.
    pub fn open_in_memory(opts: &OpenOptions) -> Result<Store> {
        Self::init(Connection::open_in_memory()?, opts)
    }

    fn init(mut conn: Connection, opts: &OpenOptions) -> Result<Store> {
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrate(&mut conn)?;
        let tx = conn.transaction()?;
        tenant::bootstrap(&tx, opts)?;
        connections::bootstrap(&tx)?;
        tx.commit()?;
        Ok(Store {
            conn: Arc::new(Mutex::new(conn)),
            readers: Arc::new(Vec::new()),
            next_reader: Arc::new(std::sync::atomic::AtomicUsize::new(0)),
            search_budget_ms: Arc::new(std::sync::atomic::AtomicU64::new(
                users::SEARCH_BUDGET.as_millis() as u64,
            )),
        })
    }

    /// How long one search may run before it is answered 503 (default [`users::SEARCH_BUDGET`]).
    pub fn search_budget(&self) -> std::time::Duration {
        std::time::Duration::from_millis(
            self.search_budget_ms
                .load(std::sync::atomic::Ordering::Relaxed),
        )
    }

    /// Changes the search budget (tests make it tiny to see the 503).
    pub fn set_search_budget(&self, budget: std::time::Duration) {
        self.search_budget_ms.store(
            budget.as_millis() as u64,
            std::sync::atomic::Ordering::Relaxed,
        );
    }

    /// Runs a read-only `f` on a free reader (the writer for an in-memory tenant): a free one if there is one,
    /// else the next in turn.
    pub(crate) fn read<T>(&self, f: impl FnOnce(&mut Connection) -> Result<T>) -> Result<T> {
        if self.readers.is_empty() {
            return self.with(f);
        }
        let n = self.readers.len();
        let start = self
            .next_reader
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        for i in 0..n {
            if let Some(mut c) = self.readers[(start + i) % n].try_lock() {
                return f(&mut c);
            }
        }
        let mut c = self.readers[start % n].lock();
        f(&mut c)
    }

    /// Runs `f` with the connection held. Inside the crate only `store` and the job worker (through
    /// `store::jobs` functions) use it; HTTP handlers call typed methods. Public for integration tests, which
    /// read and backdate rows directly.
    pub fn with<T>(&self, f: impl FnOnce(&mut Connection) -> Result<T>) -> Result<T> {
        let mut conn = self.conn.lock();
        f(&mut conn)
    }

    /// Runs `f` inside a transaction that commits when `f` returns `Ok`.
    pub fn transaction<T>(
        &self,
        f: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let mut conn = self.conn.lock();
        let tx = conn.transaction()?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Checkpoints the WAL so the file is complete on its own; called on shutdown.
    pub fn close(&self) -> Result<()> {
        let conn = self.conn.lock();
        // In-memory databases have no WAL; the pragma is then a no-op.
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        Ok(())
    }
}

fn migrate(conn: &mut Connection) -> Result<()> {
    let known = schema::MIGRATIONS.len() as i64;
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > known {
        return Err(StoreError::TooNew { found, known });
    }
    for (i, sql) in schema::MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}

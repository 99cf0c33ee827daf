//! Signals. Ctrl-C for commands that stop gracefully, and the files to remove when a0 is ended by a signal.
//!
//! Ctrl-C for commands that stop gracefully. By default `main` ends a command at the first Ctrl-C (exit 130).
//! A bulk run instead [`defer`]s: the first Ctrl-C is only [`requested`], so the run stops sending, lets the
//! requests in flight finish and records them; a second Ctrl-C ends the process at once.

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// Files that must not outlive an interrupted command (an export's temporary file).
static TEMP_FILES: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Removes `path` if a0 is ended by Ctrl-C or SIGTERM before [`forget_temp_file`].
pub fn remove_on_signal(path: PathBuf) {
    if let Ok(mut files) = TEMP_FILES.lock() {
        files.push(path);
    }
}

/// `path` is no longer temporary (renamed into place, or removed).
pub fn forget_temp_file(path: &std::path::Path) {
    if let Ok(mut files) = TEMP_FILES.lock() {
        files.retain(|p| p != path);
    }
}

/// Called by `main` when a signal ends the process: removes the registered files.
pub fn remove_temp_files() {
    if let Ok(mut files) = TEMP_FILES.lock() {
        for path in files.drain(..) {
            let _ = std::fs::remove_file(path);
        }
    }
}

static DEFERRED: AtomicBool = AtomicBool::new(false);
static REQUESTED: AtomicBool = AtomicBool::new(false);

/// The first Ctrl-C no longer ends the process while the returned guard lives.
pub fn defer() -> Deferred {
    DEFERRED.store(true, Ordering::SeqCst);
    Deferred
}

pub struct Deferred;

impl Drop for Deferred {
    fn drop(&mut self) {
        DEFERRED.store(false, Ordering::SeqCst);
    }
}

/// Called by `main` on each Ctrl-C: whether the process should end now (nothing deferred it, or it is the
/// second one).
pub fn on_ctrl_c() -> bool {
    if !DEFERRED.load(Ordering::SeqCst) {
        return true;
    }
    REQUESTED.swap(true, Ordering::SeqCst)
}

/// Whether Ctrl-C was pressed during a deferred section.
pub fn requested() -> bool {
    REQUESTED.load(Ordering::SeqCst)
}

//! Ctrl-C for commands that stop gracefully. By default `main` ends a command at the first Ctrl-C (exit 130).
//! A bulk run instead [`defer`]s: the first Ctrl-C is only [`requested`], so the run stops sending, lets the
//! requests in flight finish and records them; a second Ctrl-C ends the process at once.

use std::sync::atomic::{AtomicBool, Ordering};

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

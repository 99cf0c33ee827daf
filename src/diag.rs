//! The one sink for diagnostics: `-v` request logs, notices (the local tenant, rate-limit waits), warnings.
//! Every module that has something to say to the person at the terminal says it here, and nothing else in
//! `api`, `auth` or `jobs` writes to stderr (compare ripgrep's `messages`).
//!
//! It writes to stderr unless a test has swapped the writer ([`capture`]). It imports nothing from a0, so
//! every room may use it.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

static VERBOSE: AtomicBool = AtomicBool::new(false);

type Writer = Arc<Mutex<dyn Write + Send>>;

static SINK: Mutex<Option<Writer>> = Mutex::new(None);

/// Turns the `-v` request log on or off (set once, from the global flags).
pub fn set_verbose(on: bool) {
    VERBOSE.store(on, Ordering::Relaxed);
}

/// Whether `-v` was given.
pub fn verbose_enabled() -> bool {
    VERBOSE.load(Ordering::Relaxed)
}

fn write_line(text: &str) {
    let sink = SINK.lock().ok().and_then(|s| s.clone());
    match sink {
        Some(w) => {
            if let Ok(mut w) = w.lock() {
                let _ = writeln!(w, "{text}");
            }
        }
        None => {
            // A closed stderr is not worth failing a command for.
            let _ = writeln!(std::io::stderr().lock(), "{text}");
        }
    }
}

/// A `-v` line (request log); nothing without `-v`.
pub fn verbose(text: impl AsRef<str>) {
    if verbose_enabled() {
        write_line(text.as_ref());
    }
}

/// Something the user should know that is not a problem (`using the built-in local tenant`, a wait).
pub fn notice(text: impl AsRef<str>) {
    write_line(text.as_ref());
}

/// Something that went wrong but did not stop the command: `warning: …`.
pub fn warn(text: impl AsRef<str>) {
    write_line(&format!("warning: {}", text.as_ref()));
}

/// Sends every diagnostic to `writer` until the returned guard is dropped (tests).
#[cfg(test)]
pub fn capture(writer: Writer) -> CaptureGuard {
    if let Ok(mut s) = SINK.lock() {
        *s = Some(writer);
    }
    CaptureGuard
}

#[cfg(test)]
pub struct CaptureGuard;

#[cfg(test)]
impl Drop for CaptureGuard {
    fn drop(&mut self) {
        if let Ok(mut s) = SINK.lock() {
            *s = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbose_lines_need_the_flag_and_warnings_are_prefixed() {
        let buf: Arc<Mutex<Vec<u8>>> = Arc::new(Mutex::new(Vec::new()));
        let _g = capture(buf.clone());
        set_verbose(false);
        verbose("> GET /hidden");
        warn("could not cache the token");
        notice("using the local tenant");
        set_verbose(true);
        verbose("> GET /shown");
        set_verbose(false);
        let text = String::from_utf8(buf.lock().unwrap().clone()).unwrap();
        assert_eq!(
            text,
            "warning: could not cache the token\nusing the local tenant\n> GET /shown\n"
        );
    }
}

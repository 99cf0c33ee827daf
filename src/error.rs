//! Exit codes, the error that carries one ([`CliError`]), and the panic report. The one place an error
//! becomes a code is `crate::report`, which also knows the API's errors (this room imports none of a0's).

use std::process::ExitCode;

/// a0's exit codes (documented in README and `a0 --help`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Exit {
    Ok = 0,
    /// Any other failure.
    Failure = 1,
    /// Bad usage or bad input; nothing was sent.
    Usage = 2,
    /// Not found.
    NotFound = 3,
    /// Not authenticated or not allowed.
    Auth = 4,
    /// Server error, or rate limit after retries.
    Server = 5,
    /// Some items of a multi-item command failed.
    Partial = 6,
    /// Interrupted (Ctrl-C).
    Interrupted = 130,
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> Self {
        ExitCode::from(e as u8)
    }
}

/// An error that knows its exit code. Everything a0 reports goes through this or [`crate::api::Error`].
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct CliError {
    pub exit: Exit,
    pub message: String,
}

impl CliError {
    pub fn new(exit: Exit, message: impl Into<String>) -> Self {
        CliError {
            exit,
            message: message.into(),
        }
    }

    /// Bad usage or input: exit 2, nothing sent.
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Exit::Usage, message)
    }
}

/// Shorthand for a bad-input error (exit 2) as an `anyhow::Error`.
pub fn usage(message: impl Into<String>) -> anyhow::Error {
    CliError::usage(message).into()
}

impl CliError {
    /// The exit code of the first `CliError` in an error's chain (for tests of rooms below `report`).
    #[cfg(test)]
    pub fn exit_in(err: &anyhow::Error) -> Option<Exit> {
        err.chain()
            .find_map(|c| c.downcast_ref::<CliError>())
            .map(|e| e.exit)
    }
}

/// The exit code of a bug (a panic), as Rust's own.
pub const PANIC_EXIT: i32 = 101;

/// Replaces Rust's panic report (message + backtrace) by one line that says a0 hit a bug, how to report it
/// and the exit code, then exits 101 from whichever thread panicked. `RUST_BACKTRACE` (not `0`) opts in to
/// Rust's own report with the details before that line.
pub fn install_panic_hook() {
    let rust_report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let details = std::env::var_os("RUST_BACKTRACE").is_some_and(|v| !v.is_empty() && v != "0");
        if details {
            rust_report(info);
        }
        eprintln!("{}", panic_line(info.location(), details));
        std::process::exit(PANIC_EXIT);
    }));
}

fn panic_line(location: Option<&std::panic::Location<'_>>, details: bool) -> String {
    let at = location
        .map(|l| format!(" at {}:{}", l.file(), l.line()))
        .unwrap_or_default();
    let how = if details {
        "report it with the details above"
    } else {
        "run the command again with RUST_BACKTRACE=1 and report it with those details"
    };
    format!(
        "a0: internal error{at}: this is a bug in a0 {}, not a problem with your input; {how}, \
         the command you ran (secrets removed) and `a0 --version`. Exit code {PANIC_EXIT}.",
        env!("CARGO_PKG_VERSION")
    )
}

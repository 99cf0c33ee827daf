//! Exit codes, and the one place an error becomes one.

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

/// The exit code an error maps to.
pub fn exit_of(err: &anyhow::Error) -> Exit {
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<CliError>() {
            return e.exit;
        }
        if let Some(e) = cause.downcast_ref::<crate::api::Error>() {
            return e.exit();
        }
    }
    Exit::Failure
}

/// Whether the error chain holds a broken pipe (then a0 exits 0 quietly, like ripgrep).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|e| e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}

/// Prints `a0: <error>` on stderr and returns the exit code.
pub fn report(err: &anyhow::Error) -> ExitCode {
    if is_broken_pipe(err) {
        return ExitCode::SUCCESS;
    }
    eprintln!("a0: {err:#}");
    exit_of(err).into()
}

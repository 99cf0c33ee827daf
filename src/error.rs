//! Exit codes and the error that carries one ([`CliError`]). This room imports nothing of a0's: the one place
//! an error becomes a code (and where a panic is reported) is `crate::report`, which also knows the API's errors.

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

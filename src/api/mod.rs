//! Typed Management and Authentication API calls over one HTTP client. Never prints.

use crate::error::Exit;

/// An error from the API layer.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Other(String),
}

impl Error {
    /// The exit code this error maps to.
    pub fn exit(&self) -> Exit {
        Exit::Failure
    }
}

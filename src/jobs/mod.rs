//! The pure machinery of bulk import and export jobs, free of HTTP: reading users files (JSON array or NDJSON,
//! streaming), validating and splitting them into upload chunks, `--fields` parsing, and writing downloaded
//! exports. `crate::cli::jobs` drives it; `crate::api::jobs` does the HTTP.

pub mod chunk;
pub mod download;
pub mod export;
pub mod fields;
pub mod reader;
pub mod validate;

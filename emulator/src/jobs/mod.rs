//! Bulk jobs: user imports, user exports and verification emails, as Auth0's `/api/v2/jobs` runs them.
//!
//! - [`import`]: the import file's rules (JSON schema, Auth0's extra checks, duplicates, insert vs upsert),
//!   free of SQL and HTTP. [`import::validate_user`] is what the CLI uses to check files before uploading.
//! - [`seed`]: users inserted at start-up, through the import's validation and build functions.
//! - [`submit`]: creating jobs (the one place job rows are built).
//! - [`worker`]: the background worker that runs them.
//! - [`export`]: turning a user document into an NDJSON line or a CSV row for the requested fields.

pub mod export;
pub mod import;
pub mod seed;
pub mod submit;
pub mod worker;

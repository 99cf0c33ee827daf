//! a0-emulator: a stateful local Auth0 tenant.
//!
//! Rooms, and what each may import:
//! - [`store`]: the SQLite database (schema, migrations, users, connections, clients, keys, logins, jobs). The
//!   only owner of SQL text and `rusqlite`, together with `query/compile.rs`; everyone else calls its typed
//!   methods (`Store::users_search(&UserFilter)`, `Store::login_user`, `Store::job`, …).
//! - [`query`]: Auth0's user-search (Lucene v3) query language: parser and compiler to a SQL `WHERE` fragment
//!   (`SqlFilter`) that handlers pass to `store` without reading it.
//! - [`users`]: the Management API's rules for user objects (validation, defaults, merge, projection, ids,
//!   default picture), one concern per file; free of HTTP and SQL.
//! - [`passwords`]: stored password hashes: verifying a login password, checking imported hashes,
//!   [`passwords::is_bcrypt_hash`].
//! - [`rbac`]: Auth0's RBAC rules: APIs (resource servers), roles, permission bodies, and what a token for an
//!   API carries (scope, `permissions`); free of HTTP and SQL.
//! - [`jobs`]: bulk import/export/verification jobs: import rules, export rows, seeding, job creation
//!   (`jobs::submit`, the one place job rows are built) and the background worker.
//! - [`tokens`]: the tenant's RS256 signing key, issuing and verifying JWTs.
//! - [`http`]: axum handlers and middleware (bearer auth, scopes, rate limit, latency, Auth0 error bodies). Never
//!   imports `rusqlite`, writes SQL or calls `Store::with` (checked by `tests/rooms.rs`).
//! - [`server`]: [`Emulator`], its builder, and `serve(listener)`.
//! - [`config`]: the `--config FILE` (TOML) format: extra clients with chosen scopes and API grants, APIs.

pub mod config;
pub mod http;
pub mod jobs;
pub mod passwords;
pub mod query;
pub mod rbac;
pub mod server;
pub mod store;
pub mod tls;
pub mod tokens;
pub mod users;

pub use config::EmulatorConfig;
pub use server::{Emulator, EmulatorBuilder, EmulatorHandle, default_data_file};
pub use store::Store;

/// Every Management API scope the emulator knows; the built-in admin client holds all of them.
pub const ALL_SCOPES: &[&str] = &[
    "read:users",
    "create:users",
    "update:users",
    "delete:users",
    "update:users_app_metadata",
    "read:user_idp_tokens",
    "read:connections",
    "read:resource_servers",
    "create:resource_servers",
    "update:resource_servers",
    "delete:resource_servers",
    "read:roles",
    "create:roles",
    "update:roles",
    "delete:roles",
    "read:role_members",
    "create:role_members",
    "delete:role_members",
];

/// Current time as Auth0 formats it: ISO-8601 UTC with milliseconds, e.g. `2023-01-25T19:00:26.187Z`.
pub fn now_iso() -> String {
    iso(chrono::Utc::now())
}

/// Formats a time as Auth0 does.
pub fn iso(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// `prefix` followed by `n` random ASCII alphanumerics (connection ids `con_…`, job ids `job_…`).
pub fn random_id(prefix: &str, n: usize) -> String {
    use rand::Rng;
    use rand::distr::Alphanumeric;
    let tail: String = rand::rng()
        .sample_iter(&Alphanumeric)
        .take(n)
        .map(char::from)
        .collect();
    format!("{prefix}{tail}")
}

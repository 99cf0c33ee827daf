//! Bulk changes of users: the journal that makes a run resumable (`journal`), the runner that sends one change
//! to many users at the rate-limit ceiling (`exec`), and the per-user changes of `users update --from`
//! (`from_file`). `crate::cli::users::bulk` drives them. No HTTP of its own (it calls `crate::api`), never
//! prints.

pub mod exec;
pub mod from_file;
pub mod journal;
pub mod select;

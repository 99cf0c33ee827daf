//! The Management API's rules for user objects, free of HTTP and SQL: validating create and patch bodies,
//! server-filled defaults, one-level metadata merge, `fields`/`include_fields` projection.

use crate::store::Store;

/// Inserts users given in the bulk-import format, skipping ids that already exist; returns how many were added.
// TODO(em-users): stub by em-auth so the builder compiles; em-users replaces it.
pub fn seed_users(_store: &Store, users: &[serde_json::Value]) -> anyhow::Result<usize> {
    if users.is_empty() {
        Ok(0)
    } else {
        anyhow::bail!("seeding users is not implemented yet")
    }
}

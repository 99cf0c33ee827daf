//! The `connections` table.

use rusqlite::Transaction;

use super::Result;

/// First open creates Username-Password-Authentication, email and google-oauth2.
pub fn bootstrap(_tx: &Transaction<'_>) -> Result<()> {
    // TODO(em-users): default connections.
    Ok(())
}

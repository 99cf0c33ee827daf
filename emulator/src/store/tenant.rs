//! The tenant itself: signing key, admin client and extra clients (the `meta` and `clients` tables).

use rusqlite::Transaction;

use super::{OpenOptions, Result};

/// First open creates the RS256 signing key and the admin client; later opens apply `opts` overrides.
pub fn bootstrap(_tx: &Transaction<'_>, _opts: &OpenOptions) -> Result<()> {
    // TODO(em-auth): signing key + admin client.
    Ok(())
}

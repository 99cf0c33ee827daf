//! Seeding: bulk-import-format users inserted at start-up (`--seed`, tests), through the import's own rules
//! ([`import::validate_user_with`], [`import::new_user`]) so a seeded user is exactly what an import makes.
//!
//! Two differences from an import job, both on purpose: a seed user may name its connection (`connection`, not
//! in Auth0's import schema; default `Username-Password-Authentication`), and its `password_hash` may be bcrypt
//! of any cost ([`BcryptCost::Any`]: tests hash at cost 4 to stay fast).

use std::collections::HashMap;

use serde_json::Value;

use super::import::{self, Target};
use crate::passwords::BcryptCost;
use crate::store::connections::ConnectionRow;
use crate::store::users::NewUser;
use crate::store::{Store, StoreError};
use crate::users::{is_database, is_passwordless, provider_of};

/// The connection of seed users that name none.
pub const DEFAULT_CONNECTION: &str = "Username-Password-Authentication";

/// Why [`seed_users`] refused its input.
#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("seed user #{index}: {message}")]
    Invalid { index: usize, message: String },
}

/// Inserts bulk-import-format users in one transaction, skipping users whose id, or email or username in the
/// same connection, already exists. Every user is checked first; one invalid user refuses the whole input.
/// Returns how many were inserted.
pub fn seed_users(store: &Store, users: &[Value]) -> Result<usize, SeedError> {
    let now = crate::now_iso();
    let mut rows = Vec::with_capacity(users.len());
    let mut conns: HashMap<String, ConnectionRow> = HashMap::new();
    for (index, u) in users.iter().enumerate() {
        let invalid = |message: String| SeedError::Invalid { index, message };
        let name = u
            .get("connection")
            .and_then(Value::as_str)
            .unwrap_or(DEFAULT_CONNECTION)
            .to_string();
        let conn = match conns.get(&name) {
            Some(c) => c,
            None => {
                let Some(c) = store.connection_by_name(&name)? else {
                    return Err(invalid(format!("connection {name:?} does not exist")));
                };
                if !is_database(&c) && !is_passwordless(&c) {
                    return Err(invalid(format!(
                        "connection {name:?} is not a database or passwordless connection"
                    )));
                }
                conns.entry(name).or_insert(c)
            }
        };
        let mut record = u.clone();
        if let Some(obj) = record.as_object_mut() {
            obj.remove("connection");
        }
        let errors = import::validate_user_with(&record, BcryptCost::Any);
        if !errors.is_empty() {
            let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
            return Err(invalid(messages.join("; ")));
        }
        let target = Target {
            connection: &conn.name,
            provider: provider_of(conn),
            now: &now,
        };
        let (doc, password_hash) = import::new_user(&record, &target);
        rows.push(NewUser {
            user_id: doc["user_id"].as_str().unwrap_or_default().to_owned(),
            connection: conn.name.clone(),
            password_hash,
            doc: doc.to_string(),
        });
    }
    Ok(store.users_insert_many(&rows)?)
}

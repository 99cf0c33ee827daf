//! The `connections` table: the tenant's connections, each stored as the object `GET /api/v2/connections`
//! returns. First open creates `Username-Password-Authentication`, `email` and `google-oauth2`.

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde_json::{Value, json};

use super::{Result, Store};

/// One connection.
#[derive(Debug, Clone)]
pub struct ConnectionRow {
    pub id: String,
    pub name: String,
    pub strategy: String,
    /// The connection object exactly as the Management API returns it.
    pub doc: Value,
}

static NULL: Value = Value::Null;

impl ConnectionRow {
    /// `options` of the connection (`null` when absent).
    pub fn options(&self) -> &Value {
        self.doc.get("options").unwrap_or(&NULL)
    }
}

/// The connection object as Auth0 returns it.
pub fn connection_doc(id: &str, name: &str, strategy: &str, options: Value) -> Value {
    json!({
        "id": id,
        "options": options,
        "strategy": strategy,
        "name": name,
        "is_domain_connection": false,
        "realms": [name],
        "enabled_clients": [],
    })
}

fn default_connections() -> Vec<(&'static str, &'static str, Value)> {
    vec![
        (
            "Username-Password-Authentication",
            "auth0",
            json!({
                "mfa": {"active": true, "return_enroll_settings": true},
                "passwordPolicy": "good",
                "password_complexity_options": {"min_length": 8},
                "strategy_version": 2,
                "requires_username": false,
                "brute_force_protection": true,
                "disable_signup": false,
                "import_mode": false,
                "enabledDatabaseCustomization": false,
            }),
        ),
        (
            "email",
            "email",
            json!({
                "name": "email",
                "from": "{{ application.name }} <root@auth0.com>",
                "email": {
                    "syntax": "liquid",
                    "subject": "Welcome to {{ application.name }}",
                    "body": "<html><body>Your verification code is {{ code }}</body></html>",
                },
                "totp": {"length": 6, "time_step": 180},
                "disable_signup": false,
                "brute_force_protection": true,
            }),
        ),
        (
            "google-oauth2",
            "google-oauth2",
            json!({
                "email": true,
                "profile": true,
                "scope": ["email", "profile"],
                "set_user_root_attributes": "on_each_login",
            }),
        ),
    ]
}

/// First open creates Username-Password-Authentication, email and google-oauth2 (ids `con_` + 16 alphanumerics).
pub fn bootstrap(tx: &Transaction<'_>) -> Result<()> {
    let count: i64 = tx.query_row("SELECT count(*) FROM connections", [], |r| r.get(0))?;
    if count > 0 {
        return Ok(());
    }
    for (name, strategy, options) in default_connections() {
        insert(tx, name, strategy, options)?;
    }
    Ok(())
}

/// Inserts a connection and returns it.
pub fn insert(
    conn: &Connection,
    name: &str,
    strategy: &str,
    options: Value,
) -> Result<ConnectionRow> {
    let id = crate::random_id("con_", 16);
    let doc = connection_doc(&id, name, strategy, options);
    conn.execute(
        "INSERT INTO connections (id, name, strategy, doc) VALUES (?1, ?2, ?3, ?4)",
        params![id, name, strategy, doc.to_string()],
    )?;
    Ok(ConnectionRow {
        id,
        name: name.to_string(),
        strategy: strategy.to_string(),
        doc,
    })
}

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(String, String, String, String)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
}

fn to_row((id, name, strategy, doc): (String, String, String, String)) -> Result<ConnectionRow> {
    Ok(ConnectionRow {
        id,
        name,
        strategy,
        doc: serde_json::from_str(&doc)?,
    })
}

/// The connection called `name`.
pub fn by_name(conn: &Connection, name: &str) -> Result<Option<ConnectionRow>> {
    let mut st =
        conn.prepare_cached("SELECT id, name, strategy, doc FROM connections WHERE name = ?1")?;
    st.query_row([name], row)
        .optional()?
        .map(to_row)
        .transpose()
}

/// The connection whose id is `id`.
pub fn by_id(conn: &Connection, id: &str) -> Result<Option<ConnectionRow>> {
    let mut st =
        conn.prepare_cached("SELECT id, name, strategy, doc FROM connections WHERE id = ?1")?;
    st.query_row([id], row).optional()?.map(to_row).transpose()
}

/// Every connection, by name.
pub fn list(conn: &Connection) -> Result<Vec<ConnectionRow>> {
    let mut st =
        conn.prepare_cached("SELECT id, name, strategy, doc FROM connections ORDER BY name")?;
    let rows = st
        .query_map([], row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().map(to_row).collect()
}

impl Store {
    /// The connection called `name`.
    pub fn connection_by_name(&self, name: &str) -> Result<Option<ConnectionRow>> {
        self.with(|c| by_name(c, name))
    }

    /// The connection whose id is `id`.
    pub fn connection_by_id(&self, id: &str) -> Result<Option<ConnectionRow>> {
        self.with(|c| by_id(c, id))
    }

    /// Every connection, by name.
    pub fn connections(&self) -> Result<Vec<ConnectionRow>> {
        self.with(|c| list(c))
    }

    /// Adds a connection (tests and config files use it for extra connections).
    pub fn create_connection(
        &self,
        name: &str,
        strategy: &str,
        options: Value,
    ) -> Result<ConnectionRow> {
        self.with(|c| insert(c, name, strategy, options))
    }
}

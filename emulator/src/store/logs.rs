//! Tenant logs: Auth0-shaped events with Auth0's type codes (`s`, `fp`, `fu`, `f`, `ss`, `scp`, `limit_wc`,
//! `svr`, `sv`, `sapi`, `fapi`, `seccft`, …), newest first in searches, as `/api/v2/logs` and
//! `/api/v2/users/{id}/logs` return them.

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Map, Value, json};

use super::Result;

/// One event to record.
#[derive(Debug, Clone, Default)]
pub struct LogEvent<'a> {
    pub kind: &'a str,
    pub description: &'a str,
    pub user_id: Option<&'a str>,
    pub user_name: Option<&'a str>,
    pub client_id: Option<&'a str>,
    pub connection: Option<&'a str>,
    pub ip: Option<&'a str>,
    pub details: Option<Value>,
}

/// Records `event`; its `log_id` is 56 digits (`900`, the time in milliseconds, a sequence), as Auth0's look.
pub fn record(conn: &Connection, event: &LogEvent<'_>, now: &str) -> Result<()> {
    let next: i64 = conn.query_row("SELECT coalesce(max(seq), 0) + 1 FROM logs", [], |r| {
        r.get(0)
    })?;
    let millis = chrono::Utc::now().timestamp_millis();
    let log_id = format!("900{millis:020}{next:033}");
    let mut doc = Map::new();
    doc.insert("_id".into(), json!(log_id));
    doc.insert("log_id".into(), json!(log_id));
    doc.insert("date".into(), json!(now));
    doc.insert("type".into(), json!(event.kind));
    doc.insert("description".into(), json!(event.description));
    let mut put = |k: &str, v: Option<&str>| {
        if let Some(v) = v {
            doc.insert(k.into(), json!(v));
        }
    };
    put("user_id", event.user_id);
    put("user_name", event.user_name);
    put("client_id", event.client_id);
    put("connection", event.connection);
    put("ip", event.ip);
    if let Some(d) = &event.details {
        doc.insert("details".into(), d.clone());
    }
    doc.insert("isMobile".into(), json!(false));
    conn.execute(
        "INSERT INTO logs (log_id, date, type, user_id, doc) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            log_id,
            now,
            event.kind,
            event.user_id,
            Value::Object(doc).to_string()
        ],
    )?;
    Ok(())
}

fn docs(conn: &Connection, sql: &str, args: &[&dyn rusqlite::ToSql]) -> Result<Vec<Value>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map(args, |r| r.get::<_, String>(0))?;
    let mut out = Vec::new();
    for r in rows {
        out.push(serde_json::from_str(&r?)?);
    }
    Ok(out)
}

/// A page of a user's events, newest first (or oldest first with `ascending`).
pub fn of_user(
    conn: &Connection,
    user_id: &str,
    page: i64,
    per_page: i64,
    ascending: bool,
) -> Result<Vec<Value>> {
    let order = if ascending { "ASC" } else { "DESC" };
    docs(
        conn,
        &format!("SELECT doc FROM logs WHERE user_id = ?1 ORDER BY seq {order} LIMIT ?2 OFFSET ?3"),
        &[&user_id, &per_page, &(page * per_page)],
    )
}

/// A page of every event, newest first, optionally of one `type`.
pub fn all(conn: &Connection, kind: Option<&str>, page: i64, per_page: i64) -> Result<Vec<Value>> {
    docs(
        conn,
        "SELECT doc FROM logs WHERE ?1 IS NULL OR type = ?1 ORDER BY seq DESC LIMIT ?2 OFFSET ?3",
        &[&kind, &per_page, &(page * per_page)],
    )
}

pub fn by_id(conn: &Connection, log_id: &str) -> Result<Option<Value>> {
    let doc: Option<String> = conn
        .query_row("SELECT doc FROM logs WHERE log_id = ?1", [log_id], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(doc.map(|d| serde_json::from_str(&d)).transpose()?)
}

impl super::Store {
    /// Records an event; a failure to log never fails what was logged (it is only traced).
    pub fn log(&self, event: LogEvent<'_>) {
        let now = crate::now_iso();
        if let Err(e) = self.with(|c| record(c, &event, &now)) {
            tracing::warn!("could not record a {} log event: {e}", event.kind);
        }
    }

    pub fn user_logs(
        &self,
        user_id: &str,
        page: i64,
        per_page: i64,
        ascending: bool,
    ) -> Result<Vec<Value>> {
        self.with(|c| of_user(c, user_id, page, per_page, ascending))
    }

    pub fn logs(&self, kind: Option<&str>, page: i64, per_page: i64) -> Result<Vec<Value>> {
        self.with(|c| all(c, kind, page, per_page))
    }

    pub fn log_by_id(&self, log_id: &str) -> Result<Option<Value>> {
        self.with(|c| by_id(c, log_id))
    }
}

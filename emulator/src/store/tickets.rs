//! Account-support tickets (`/tickets/password-change`, `/tickets/email-verification`): single-use links with an
//! expiry, and the outbox: every email the tenant would have sent, kept for tests and developers to read.

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};

use super::Result;

/// A stored ticket.
#[derive(Debug, Clone)]
pub struct Ticket {
    pub ticket: String,
    pub kind: String,
    pub user_id: String,
    pub expires_at: i64,
    pub result_url: Option<String>,
    pub mark_email_verified: bool,
    pub used: bool,
}

/// What redeeming a ticket found.
#[derive(Debug, Clone)]
pub enum Redeem {
    Ok(Ticket),
    Unknown,
    Used,
    Expired,
}

pub fn insert_ticket(conn: &Connection, t: &Ticket) -> Result<()> {
    conn.execute(
        "INSERT INTO tickets (ticket, kind, user_id, expires_at, result_url, mark_email_verified)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            t.ticket,
            t.kind,
            t.user_id,
            t.expires_at,
            t.result_url,
            t.mark_email_verified
        ],
    )?;
    Ok(())
}

/// The ticket `ticket` of `kind`, checked (not yet used, not expired) but not consumed.
pub fn check_ticket(conn: &Connection, ticket: &str, kind: &str, now: i64) -> Result<Redeem> {
    let row = conn
        .query_row(
            "SELECT ticket, kind, user_id, expires_at, result_url, mark_email_verified, used_at IS NOT NULL
             FROM tickets WHERE ticket = ?1 AND kind = ?2",
            params![ticket, kind],
            |r| {
                Ok(Ticket {
                    ticket: r.get(0)?,
                    kind: r.get(1)?,
                    user_id: r.get(2)?,
                    expires_at: r.get(3)?,
                    result_url: r.get(4)?,
                    mark_email_verified: r.get(5)?,
                    used: r.get(6)?,
                })
            },
        )
        .optional()?;
    Ok(match row {
        None => Redeem::Unknown,
        Some(t) if t.used => Redeem::Used,
        Some(t) if t.expires_at <= now => Redeem::Expired,
        Some(t) => Redeem::Ok(t),
    })
}

/// Marks a ticket used; `false` when another request used it first.
pub fn use_ticket(conn: &Connection, ticket: &str, now_iso: &str) -> Result<bool> {
    let n = conn.execute(
        "UPDATE tickets SET used_at = ?2 WHERE ticket = ?1 AND used_at IS NULL",
        params![ticket, now_iso],
    )?;
    Ok(n == 1)
}

/// Records an email the tenant would have sent.
pub fn send(
    conn: &Connection,
    kind: &str,
    to: &str,
    user_id: Option<&str>,
    subject: &str,
    link: Option<&str>,
    now_iso: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO outbox (kind, to_addr, user_id, subject, link, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![kind, to, user_id, subject, link, now_iso],
    )?;
    Ok(())
}

/// The outbox, oldest first; only the emails to `to` when given.
pub fn outbox(conn: &Connection, to: Option<&str>) -> Result<Vec<Value>> {
    let mut stmt = conn.prepare(
        "SELECT seq, kind, to_addr, user_id, subject, link, created_at FROM outbox
         WHERE ?1 IS NULL OR lower(to_addr) = lower(?1) ORDER BY seq",
    )?;
    let rows = stmt.query_map([to], |r| {
        Ok(json!({
            "id": r.get::<_, i64>(0)?,
            "type": r.get::<_, String>(1)?,
            "to": r.get::<_, String>(2)?,
            "user_id": r.get::<_, Option<String>>(3)?,
            "subject": r.get::<_, String>(4)?,
            "link": r.get::<_, Option<String>>(5)?,
            "created_at": r.get::<_, String>(6)?,
        }))
    })?;
    Ok(rows.collect::<std::result::Result<Vec<_>, _>>()?)
}

impl super::Store {
    pub fn insert_ticket(&self, t: &Ticket) -> Result<()> {
        self.with(|c| insert_ticket(c, t))
    }

    pub fn check_ticket(&self, ticket: &str, kind: &str, now: i64) -> Result<Redeem> {
        self.with(|c| check_ticket(c, ticket, kind, now))
    }

    pub fn use_ticket(&self, ticket: &str, now_iso: &str) -> Result<bool> {
        self.with(|c| use_ticket(c, ticket, now_iso))
    }

    /// See [`send`].
    #[allow(clippy::too_many_arguments)]
    pub fn send_email(
        &self,
        kind: &str,
        to: &str,
        user_id: Option<&str>,
        subject: &str,
        link: Option<&str>,
        now_iso: &str,
    ) -> Result<()> {
        self.with(|c| send(c, kind, to, user_id, subject, link, now_iso))
    }

    pub fn outbox(&self, to: Option<&str>) -> Result<Vec<Value>> {
        self.with(|c| outbox(c, to))
    }
}

//! A user's MFA authentication methods (`/users/{id}/authentication-methods`): enrolled through an import's
//! `mfa_factors` (totp, phone, email), listed masked as Auth0 lists them, and deleted all at once ("I lost my
//! phone").

use rusqlite::{Connection, params};
use serde_json::{Value, json};

use super::Result;

/// `ada@example.com` → `ada****@exam*******` (Auth0 keeps the first four characters of each side, at most).
fn mask_email(email: &str) -> String {
    let (local, domain) = email.split_once('@').unwrap_or((email, ""));
    let keep = |s: &str, n: usize| -> String {
        let shown: String = s.chars().take(n).collect();
        format!("{shown}{}", "*".repeat(s.chars().count().saturating_sub(n)))
    };
    let local = if local.chars().count() <= 4 {
        "*".repeat(4)
    } else {
        keep(local, 4)
    };
    format!("{local}@{}", keep(domain, 4))
}

/// `+14155550100` → `XXXXXXXXXXX0100`-style: all but the last four digits hidden.
fn mask_phone(phone: &str) -> String {
    let n = phone.chars().count();
    phone
        .chars()
        .enumerate()
        .map(|(i, c)| if i + 4 < n { 'X' } else { c })
        .collect()
}

/// Enrolls the `mfa_factors` of an imported user (each `{totp}`, `{phone}` or `{email}`), replacing earlier ones.
pub fn import_factors(conn: &Connection, user_id: &str, user: &Value, now: &str) -> Result<()> {
    let Some(factors) = user.get("mfa_factors").and_then(Value::as_array) else {
        return Ok(());
    };
    conn.execute(
        "DELETE FROM authentication_methods WHERE user_id = ?1",
        [user_id],
    )?;
    for f in factors {
        let (kind, extra) = if f.get("totp").is_some() {
            ("totp", json!({}))
        } else if let Some(p) = f.pointer("/phone/value").and_then(Value::as_str) {
            (
                "phone",
                json!({"phone_number": mask_phone(p), "preferred_authentication_method": "sms"}),
            )
        } else if let Some(e) = f.pointer("/email/value").and_then(Value::as_str) {
            ("email", json!({"email": mask_email(e)}))
        } else {
            continue;
        };
        let id = format!("{kind}|dev_{}", crate::random_id("", 16));
        let mut doc = json!({"id": id, "type": kind, "confirmed": true, "created_at": now});
        if let (Some(d), Some(e)) = (doc.as_object_mut(), extra.as_object()) {
            d.extend(e.clone());
        }
        conn.execute(
            "INSERT INTO authentication_methods (id, user_id, doc, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![id, user_id, doc.to_string(), now],
        )?;
    }
    Ok(())
}

pub fn methods(conn: &Connection, user_id: &str) -> Result<Vec<Value>> {
    let mut stmt = conn.prepare(
        "SELECT doc FROM authentication_methods WHERE user_id = ?1 ORDER BY created_at, rowid",
    )?;
    let rows = stmt.query_map([user_id], |r| r.get::<_, String>(0))?;
    let mut out = Vec::new();
    for r in rows {
        out.push(serde_json::from_str(&r?)?);
    }
    Ok(out)
}

pub fn delete_all(conn: &Connection, user_id: &str) -> Result<usize> {
    Ok(conn.execute(
        "DELETE FROM authentication_methods WHERE user_id = ?1",
        [user_id],
    )?)
}

impl super::Store {
    pub fn authentication_methods(&self, user_id: &str) -> Result<Vec<Value>> {
        self.with(|c| methods(c, user_id))
    }

    pub fn delete_authentication_methods(&self, user_id: &str) -> Result<usize> {
        self.with(|c| delete_all(c, user_id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_keep_what_auth0_shows() {
        assert_eq!(mask_email("chuck334@example.com"), "chuc****@exam*******");
        assert_eq!(mask_email("foo@example.com"), "****@exam*******");
        assert_eq!(mask_phone("+14155555044"), "XXXXXXXX5044");
    }
}

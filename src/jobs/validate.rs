//! Local validation of import users and the report shown when some are invalid.
//!
//! Each user is checked against the bulk-import schema with the emulator's own validator (the same rules the
//! server applies), so a bad file is caught before anything is uploaded. Problems are kept up to a cap and
//! rendered as `users.json: user 1,234 (line 1,240): password_hash: does not match …`.

use std::fmt::Write as _;

use serde_json::Value;

/// How many problems a report lists before it says "and N more".
pub const REPORT_CAP: usize = 50;

/// One thing wrong with one user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub index: usize,
    pub line: usize,
    /// Dotted path inside the user (`password_hash`, `mfa_factors[0].totp.secret`); empty for the whole user.
    pub path: String,
    pub message: String,
}

/// Checks one user (already parsed) against the import schema with the emulator's validator (the rules the
/// server applies): `(path, message)` for each problem, the path in Auth0's notation (`mfa_factors[0].totp`).
pub fn check_user(user: &Value) -> Vec<(String, String)> {
    a0_emulator::jobs::import::validate_user(user)
        .into_iter()
        .map(|e| {
            let path = e.path.unwrap_or_default();
            // "Error in password_hash property - String does not match …": the path is printed already.
            let prefix = format!("Error in {path} property - ");
            let message = match e.message.strip_prefix(&prefix) {
                Some(rest) if !path.is_empty() => rest.to_owned(),
                _ => e.message,
            };
            (path, message)
        })
        .collect()
}

/// Fields of a user that an Auth0 export carries (`a0 jobs export` writes them by default) and the import
/// schema refuses: the server keeps them itself.
pub const EXPORT_ONLY: &[&str] = &[
    "created_at",
    "updated_at",
    "last_login",
    "last_ip",
    "logins_count",
    "last_password_reset",
    "identities",
    "multifactor",
    "multifactor_last_modified",
];

/// Makes an exported user importable in place and names what changed: export-only fields and `null` values
/// (the schema allows neither) are dropped, and a `provider|id` user_id loses its `provider|` (the import
/// adds the connection's own).
pub fn drop_export_only(user: &mut Value) -> Vec<&'static str> {
    let Some(m) = user.as_object_mut() else {
        return Vec::new();
    };
    let mut dropped = Vec::new();
    for field in EXPORT_ONLY {
        if m.remove(*field).is_some() {
            dropped.push(*field);
        }
    }
    let before = m.len();
    m.retain(|_, v| !v.is_null());
    if m.len() != before {
        dropped.push("null values");
    }
    if let Some(Value::String(id)) = m.get_mut("user_id")
        && let Some((provider, rest)) = id.split_once('|')
        && !provider.is_empty()
        && !rest.is_empty()
    {
        *id = rest.to_owned();
        dropped.push("the provider| prefix of user_id");
    }
    dropped
}

/// Formats `n` with thousands separators: `1234567` → `1,234,567`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The problems found in one file: the first [`REPORT_CAP`] of them, and how many there were in all.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub source: String,
    pub shown: Vec<Problem>,
    pub total: usize,
    pub users: usize,
    last_index: usize,
    /// Whether some user has a field the import schema does not take (the summary then says what to do).
    unknown_fields: bool,
}

impl Report {
    pub fn new(source: impl Into<String>) -> Self {
        Report {
            source: source.into(),
            ..Default::default()
        }
    }

    pub fn push(&mut self, p: Problem) {
        if p.index != self.last_index {
            self.users += 1;
            self.last_index = p.index;
        }
        self.total += 1;
        self.unknown_fields |= p.message.contains("Additional properties not allowed");
        if self.shown.len() < REPORT_CAP {
            self.shown.push(p);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// One line per shown problem, then `… and N more problems` if some were not shown.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for p in &self.shown {
            let _ = write!(
                out,
                "{}: user {} (line {}): ",
                self.source,
                thousands(p.index),
                thousands(p.line)
            );
            if !p.path.is_empty() {
                let _ = write!(out, "{}: ", p.path);
            }
            let _ = writeln!(out, "{}", p.message);
        }
        if self.total > self.shown.len() {
            let _ = writeln!(
                out,
                "{}: … and {} more problems",
                self.source,
                thousands(self.total - self.shown.len())
            );
        }
        out
    }

    /// The one-line summary used as the error message.
    pub fn summary(&self) -> String {
        let hint = if self.unknown_fields {
            "\nAn import takes only the fields of Auth0's import schema (email, user_id, name, app_metadata, \
             password_hash, …; see `a0 jobs import --help`): remove the others. A file written by `a0 jobs export` \
             imports as it is."
        } else {
            ""
        };
        format!(
            "{}: {} {} in {} {}; nothing was uploaded{hint}",
            self.source,
            thousands(self.total),
            if self.total == 1 {
                "problem"
            } else {
                "problems"
            },
            thousands(self.users),
            if self.users == 1 { "user" } else { "users" },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1234), "1,234");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn check_user_names_the_property_once() {
        let problems =
            check_user(&serde_json::json!({"email": "a@x.io", "password_hash": "plain"}));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].0, "password_hash");
        assert!(
            problems[0].1.starts_with("String does not match pattern"),
            "{problems:?}"
        );
        assert!(check_user(&serde_json::json!({"email": "a@x.io"})).is_empty());
    }

    #[test]
    fn report_caps_and_counts() {
        let mut r = Report::new("users.json");
        for i in 0..60 {
            r.push(Problem {
                index: 1000 + i / 2,
                line: 1006 + i / 2,
                path: if i == 0 {
                    String::new()
                } else {
                    "password_hash".into()
                },
                message: "does not match ^\\$2[ab]\\$10\\$".into(),
            });
        }
        let text = r.render();
        let lines: Vec<_> = text.lines().collect();
        assert_eq!(lines.len(), REPORT_CAP + 1);
        assert_eq!(
            lines[0],
            "users.json: user 1,000 (line 1,006): does not match ^\\$2[ab]\\$10\\$"
        );
        assert_eq!(
            lines[1],
            "users.json: user 1,000 (line 1,006): password_hash: does not match ^\\$2[ab]\\$10\\$"
        );
        assert_eq!(lines[50], "users.json: … and 10 more problems");
        assert_eq!(
            r.summary(),
            "users.json: 60 problems in 30 users; nothing was uploaded"
        );
    }
}

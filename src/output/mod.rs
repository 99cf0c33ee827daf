//! The only code that writes results to stdout: tables, JSON, NDJSON, CSV, `--jq`, `--quiet`.
//!
//! A command builds a [`Printer`] from the global [`OutputArgs`] *before* it sends anything, so that a bad
//! `--fields` column or a `--jq` syntax error exits 2 with nothing sent; then it hands the API's own objects to
//! [`Printer::list`] or [`Printer::one`].
//!
//! - `style`: whether to colour, and whether stdout is a terminal.
//! - `table`: terminal tables (comfy-table), tab-separated lines when piped, CSV.
//! - `json`: JSON (pretty and coloured on a terminal) and NDJSON.
//! - `jq`: the embedded jaq filter behind `--jq`.

mod jq;
mod json;
mod streams;
mod style;
mod table;

use std::io::{self, Write};

use clap::Args;
use serde_json::Value;

pub use streams::{Io, Prompter};
pub use style::Style;

use crate::error::usage;

/// Output flags shared by every command.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Output")]
pub struct OutputArgs {
    /// Output format [default: table].
    #[arg(short = 'o', long, global = true, env = "A0_OUTPUT", value_enum)]
    pub output: Option<Format>,
    /// Short for `-o json`.
    #[arg(long, global = true, conflicts_with = "output")]
    pub json: bool,
    /// Filter the JSON output with a jq expression (embedded jaq); strings print raw. Implies JSON.
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,
    /// Columns for table and CSV output, comma-separated (e.g. `user_id,email,app_metadata.plan`).
    #[arg(long, global = true, value_name = "A,B,C", value_delimiter = ',')]
    pub fields: Option<Vec<String>>,
    /// Print only ids, one per line.
    #[arg(long, global = true)]
    pub quiet: bool,
    /// Never colour the output (also: NO_COLOR, CLICOLOR=0, TERM=dumb).
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Where results go and who answers prompts (the process's streams; tests inject their own).
    #[arg(skip)]
    pub io: Io,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned table on a terminal; tab-separated lines when piped.
    Table,
    /// The API's own JSON (pretty and coloured on a terminal).
    Json,
    /// One JSON object per line.
    Ndjson,
    /// Comma-separated values with a header row.
    Csv,
}

/// What kind of objects a command prints: decides the default and allowed columns and the id field.
#[derive(Debug, Clone, Copy)]
pub struct Kind {
    /// Columns shown by default.
    pub default_columns: &'static [&'static str],
    /// Top-level columns `--fields` accepts (besides dotted paths under `dotted_roots`).
    pub columns: &'static [&'static str],
    /// Object fields under which `--fields a.b` paths are accepted.
    pub dotted_roots: &'static [&'static str],
    /// The field `--quiet` prints.
    pub id: &'static str,
    /// Default columns a narrow terminal drops first, in order.
    pub low_value: &'static [&'static str],
    /// Columns a table never shortens (ids, emails: they must stay whole to be copied).
    pub whole: &'static [&'static str],
}

/// Users, as the Management API returns them (`connection` is `identities[0].connection`).
pub const USERS: Kind = Kind {
    default_columns: &[
        "user_id",
        "email",
        "name",
        "connection",
        "logins_count",
        "last_login",
        "blocked",
    ],
    columns: &[
        "user_id",
        "email",
        "email_verified",
        "username",
        "name",
        "given_name",
        "family_name",
        "nickname",
        "picture",
        "phone_number",
        "phone_verified",
        "connection",
        "provider",
        "logins_count",
        "last_login",
        "last_ip",
        "last_password_reset",
        "blocked",
        "created_at",
        "updated_at",
        "app_metadata",
        "user_metadata",
        "identities",
        "identities_list",
        "multifactor",
    ],
    dotted_roots: &["app_metadata", "user_metadata", "identities"],
    id: "user_id",
    // `connection` last: the user id's prefix (auth0|, google-oauth2|, email|) mostly says it anyway.
    low_value: &["logins_count", "last_login", "connection"],
    whole: &["user_id", "email", "username", "phone_number"],
};

/// The chosen presentation for one command run.
#[derive(Debug, Clone)]
pub struct Printer {
    format: Format,
    jq: Option<String>,
    columns: Vec<String>,
    quiet: bool,
    id: &'static str,
    /// Columns a narrow terminal may drop (empty when --fields chose them).
    droppable: &'static [&'static str],
    whole: &'static [&'static str],
    style: Style,
    io: Io,
}

impl Printer {
    /// Validates the output flags for objects of `kind`; errors are usage errors (exit 2).
    pub fn new(args: &OutputArgs, kind: Kind) -> anyhow::Result<Printer> {
        let style = Style::detect(args.no_color, args.io.stdout_tty);
        let format = if args.json || args.jq.is_some() {
            Format::Json
        } else {
            args.output.unwrap_or(Format::Table)
        };
        if let Some(expr) = &args.jq {
            jq::check(expr).map_err(|e| usage(format!("invalid --jq expression: {e}")))?;
        }
        if args.quiet && (args.jq.is_some() || args.json) {
            return Err(usage(
                "--quiet prints ids only; it cannot be combined with --json or --jq",
            ));
        }
        let columns = match &args.fields {
            None => kind
                .default_columns
                .iter()
                .map(|c| (*c).to_owned())
                .collect(),
            Some(fields) => {
                let mut cols = Vec::new();
                for f in fields {
                    let f = f.trim();
                    if f.is_empty() {
                        continue;
                    }
                    let known = kind.columns.contains(&f)
                        || f.split_once('.').is_some_and(|(root, rest)| {
                            !rest.is_empty() && kind.dotted_roots.contains(&root)
                        });
                    if !known {
                        return Err(usage(format!(
                            "unknown column `{f}` in --fields; known columns: {} (and dotted paths under {})",
                            kind.columns.join(", "),
                            kind.dotted_roots.join(", ")
                        )));
                    }
                    cols.push(f.to_owned());
                }
                if cols.is_empty() {
                    return Err(usage("--fields needs at least one column"));
                }
                cols
            }
        };
        Ok(Printer {
            format,
            jq: args.jq.clone(),
            columns,
            quiet: args.quiet,
            id: kind.id,
            droppable: if args.fields.is_none() {
                kind.low_value
            } else {
                &[]
            },
            whole: kind.whole,
            style,
            io: args.io.clone(),
        })
    }

    /// Prints a list of objects (JSON: an array).
    pub fn list(&self, items: &[Value]) -> anyhow::Result<()> {
        let mut w = io::BufWriter::new(self.io.stdout());
        self.write_list(&mut w, items)?;
        w.flush()?;
        Ok(())
    }

    /// Prints one object (JSON: the object itself).
    pub fn one(&self, item: &Value) -> anyhow::Result<()> {
        let mut w = io::BufWriter::new(self.io.stdout());
        if self.quiet || matches!(self.format, Format::Table | Format::Csv | Format::Ndjson) {
            self.write_list(&mut w, std::slice::from_ref(item))?;
        } else {
            self.write_json(&mut w, item)?;
        }
        w.flush()?;
        Ok(())
    }

    fn write_list(&self, w: &mut dyn Write, items: &[Value]) -> anyhow::Result<()> {
        if self.quiet {
            for item in items {
                if let Some(id) = item.get(self.id).and_then(Value::as_str) {
                    writeln!(w, "{id}")?;
                }
            }
            return Ok(());
        }
        match self.format {
            Format::Json => self.write_json(w, &Value::Array(items.to_vec()))?,
            Format::Ndjson => {
                for item in items {
                    serde_json::to_writer(&mut *w, item)?;
                    writeln!(w)?;
                }
            }
            Format::Csv => table::write_csv(w, &self.columns, items)?,
            Format::Table => {
                if self.style.stdout_tty {
                    let fit = table::Fit {
                        width: self.io.width.map(usize::from),
                        droppable: self.droppable,
                        whole: self.whole,
                    };
                    table::write_table(w, &self.columns, items, self.style, fit)?
                } else {
                    table::write_tsv(w, &self.columns, items)?
                }
            }
        }
        Ok(())
    }

    fn write_json(&self, w: &mut dyn Write, value: &Value) -> anyhow::Result<()> {
        match &self.jq {
            Some(expr) => jq::run(w, expr, value),
            None => Ok(json::write(w, value, self.style)?),
        }
    }
}

/// The text of one cell: strings raw, missing/null empty, everything else compact JSON. `connection` and
/// `provider` come from the first identity; dotted paths walk into objects (and arrays by index).
pub fn cell(item: &Value, column: &str) -> String {
    // A user's identities as `provider|user_id` (every linked account), for `users get`'s table.
    if column == "identities_list"
        && let Some(Value::Array(ids)) = item.get("identities")
    {
        let parts: Vec<String> = ids
            .iter()
            .map(|i| {
                let id = match i.get("user_id") {
                    Some(Value::String(s)) => s.clone(),
                    Some(other) => other.to_string(),
                    None => String::new(),
                };
                format!(
                    "{}|{id}",
                    i.get("provider")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                )
            })
            .collect();
        return parts.join(", ");
    }
    // A user permission's `sources`: `direct`, `role Admin`, or both.
    if column == "sources"
        && let Some(Value::Array(sources)) = item.get("sources")
    {
        let parts: Vec<String> = sources
            .iter()
            .map(|s| {
                let name = s
                    .get("source_name")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                match s.get("source_type").and_then(Value::as_str) {
                    Some("DIRECT") => "direct".to_owned(),
                    Some(t) if !name.is_empty() => format!("{} {name}", t.to_lowercase()),
                    Some(t) => t.to_lowercase(),
                    None => String::new(),
                }
            })
            .filter(|p| !p.is_empty())
            .collect();
        return parts.join(", ");
    }
    let v = match column {
        "connection" | "provider" if item.get(column).is_none() => item
            .pointer(&format!("/identities/0/{column}"))
            .cloned()
            .unwrap_or(Value::Null),
        _ => {
            let mut cur = item;
            let mut found = true;
            for part in column.split('.') {
                let next = match cur {
                    Value::Object(m) => m.get(part),
                    Value::Array(a) => part.parse::<usize>().ok().and_then(|i| a.get(i)),
                    _ => None,
                };
                match next {
                    Some(n) => cur = n,
                    None => {
                        found = false;
                        break;
                    }
                }
            }
            if found { cur.clone() } else { Value::Null }
        }
    };
    match v {
        Value::Null => String::new(),
        Value::String(s) => s,
        other => other.to_string(),
    }
}

/// Writes plain text to stdout as it is (a token, a tenant name, a completion script, the emulator's listening
/// line). A broken pipe surfaces as an io error, which `error::report` turns into a quiet exit 0.
pub fn text(io: &Io, text: &str) -> anyhow::Result<()> {
    let mut out = io.stdout();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample_users() -> Vec<Value> {
        vec![
            json!({"user_id":"auth0|6b11e8f2c1d4a3b28132028b","email":"ada.lovelace@example.com",
                   "name":"Augusta Ada King, Countess of Lovelace","logins_count":1834,
                   "last_login":"2026-11-30T09:41:12.345Z","blocked":false,
                   "identities":[{"connection":"Username-Password-Authentication","provider":"auth0"}]}),
            json!({"user_id":"google-oauth2|104523987612345678901","email":"grace@navy.example.mil",
                   "name":"Grace Hopper","blocked":true,
                   "identities":[{"connection":"google-oauth2","provider":"google-oauth2"}]}),
            json!({"user_id":"email|65f0c2a9d1e8b7a6c5d4e3f2","email":"kj@example.org","name":"Katherine Johnson",
                   "logins_count":2,"last_login":"2026-01-02T03:04:05.000Z","blocked":false,
                   "identities":[{"connection":"email","provider":"email"}]}),
        ]
    }

    /// A users table on a terminal `width` columns wide (no colour), as `a0 users list` prints it.
    fn table_at(width: u16, fields: Option<&[&str]>) -> String {
        let (mut io, out, _) = Io::scripted(&[]);
        io.stdout_tty = true;
        io.width = Some(width);
        let args = OutputArgs {
            no_color: true,
            fields: fields.map(|f| f.iter().map(|s| (*s).to_owned()).collect()),
            io,
            ..Default::default()
        };
        Printer::new(&args, USERS)
            .unwrap()
            .list(&sample_users())
            .unwrap();
        out.text()
    }

    #[test]
    fn tables_fit_80_columns_without_breaking_ids_or_emails() {
        let text = table_at(80, None);
        for line in text.lines() {
            assert!(line.chars().count() <= 80, "{line}");
        }
        assert!(text.contains("auth0|6b11e8f2c1d4a3b28132028b "));
        assert!(text.contains("ada.lovelace@example.com"));
        assert!(text.contains("google-oauth2|104523987612345678901"));
        assert!(!text.contains("LOGINS_COUNT"), "low-value columns go first");
        insta::assert_snapshot!("users_table_80", text);
    }

    #[test]
    fn tables_at_160_columns_keep_more_columns() {
        let text = table_at(160, None);
        for line in text.lines() {
            assert!(line.chars().count() <= 160, "{line}");
        }
        assert!(text.contains("LAST_LOGIN"), "{text}");
        assert!(text.contains("Username-Password-Authentication"), "{text}");
        insta::assert_snapshot!("users_table_160", text);
    }

    #[test]
    fn chosen_fields_are_shortened_not_dropped() {
        let text = table_at(60, Some(&["user_id", "name", "logins_count"]));
        assert!(text.contains("LOGINS_COUNT"), "{text}");
        assert!(text.contains("auth0|6b11e8f2c1d4a3b28132028b"), "{text}");
        assert!(text.contains('…'), "{text}");
        for line in text.lines() {
            assert!(line.chars().count() <= 60, "{line}");
        }
    }

    #[test]
    fn permission_sources_read_as_direct_or_the_role() {
        let p = json!({"permission_name":"read:x","sources":[
            {"source_id":"","source_name":"","source_type":"DIRECT"},
            {"source_id":"rol_1","source_name":"Admin","source_type":"ROLE"}]});
        assert_eq!(cell(&p, "sources"), "direct, role Admin");
    }

    #[test]
    fn cells_read_identities_and_dotted_paths() {
        let u = json!({"user_id":"auth0|1","identities":[{"connection":"db","provider":"auth0"}],
                       "app_metadata":{"plan":"pro"},"logins_count":3,"blocked":true});
        assert_eq!(cell(&u, "connection"), "db");
        assert_eq!(cell(&u, "app_metadata.plan"), "pro");
        assert_eq!(cell(&u, "logins_count"), "3");
        assert_eq!(cell(&u, "blocked"), "true");
        assert_eq!(cell(&u, "last_login"), "");
    }

    #[test]
    fn a_printer_writes_to_the_injected_stdout() {
        let (io, out, _) = Io::scripted(&[]);
        let args = OutputArgs {
            fields: Some(vec!["user_id".into(), "email".into()]),
            io,
            ..Default::default()
        };
        let users = [
            json!({"user_id":"auth0|1","email":"a@example.com"}),
            json!({"user_id":"auth0|2"}),
        ];
        Printer::new(&args, USERS).unwrap().list(&users).unwrap();
        // not a terminal: tab-separated, no header (like gh)
        assert_eq!(out.text(), "auth0|1\ta@example.com\nauth0|2\t\n");

        let (io, out, _) = Io::scripted(&[]);
        let args = OutputArgs {
            quiet: true,
            io,
            ..Default::default()
        };
        Printer::new(&args, USERS).unwrap().list(&users).unwrap();
        assert_eq!(out.text(), "auth0|1\nauth0|2\n");
    }

    #[test]
    fn unknown_fields_are_usage_errors() {
        let args = OutputArgs {
            fields: Some(vec!["user_id".into(), "nope".into()]),
            ..Default::default()
        };
        let err = Printer::new(&args, USERS).unwrap_err();
        assert_eq!(
            crate::error::CliError::exit_in(&err).unwrap_or(crate::error::Exit::Failure),
            crate::error::Exit::Usage
        );
        assert!(err.to_string().contains("nope"));
    }
}

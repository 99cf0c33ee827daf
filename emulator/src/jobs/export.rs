//! The rows of a user export, free of SQL and HTTP: the requested `fields` (dotted paths such as
//! `user_metadata.plan` or `identities[0].connection`, renamed by `export_as`) turned into an NDJSON line
//! (`format: json`) or a CSV row (`format: csv`).
//!
//! CSV follows Auth0's OWASP escaping: every string is wrapped in double quotes and prefixed with a single
//! quote, inner double quotes are doubled (`He said "hi"` → `"'He said ""hi"""`). Auth0-generated ISO dates
//! (`created_at`, `updated_at`, `last_login`, `last_password_reset`) are written bare. Numbers and booleans are
//! bare, a missing value is an empty cell, arrays and objects are written as their JSON text, escaped as strings.
//! The header row holds each field's `export_as`, else its `name`, quoted RFC-4180 style only when needed.
//! Lines end with `\n`.
//!
//! NDJSON lines hold only the requested fields that the user has, keyed by `export_as`, else by `name` as given
//! (a dotted name stays one flat key: `{"user_metadata.plan":"pro"}`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// At most this many fields in a CSV export.
pub const MAX_CSV_FIELDS: usize = 30;

/// One requested field of an export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub export_as: Option<String>,
}

impl Field {
    pub fn new(name: &str) -> Self {
        Field {
            name: name.to_owned(),
            export_as: None,
        }
    }

    /// The column title / NDJSON key.
    pub fn title(&self) -> &str {
        self.export_as.as_deref().unwrap_or(&self.name)
    }
}

/// `json` (NDJSON lines) or `csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Json,
    Csv,
}

impl Format {
    /// The file extension of the download: `json` or `csv` (then `.gz`).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
        }
    }
}

/// The fields exported when the request names none: the normalized user profile (what the Dashboard's
/// "Include default fields" adds), plus `app_metadata` and `user_metadata` whole for `json`.
pub fn default_fields(format: Format) -> Vec<Field> {
    let mut names = vec![
        "user_id",
        "email",
        "email_verified",
        "username",
        "phone_number",
        "phone_verified",
        "name",
        "given_name",
        "family_name",
        "nickname",
        "picture",
        "blocked",
        "created_at",
        "updated_at",
        "last_login",
        "logins_count",
    ];
    if format == Format::Json {
        names.extend(["app_metadata", "user_metadata"]);
    }
    names.into_iter().map(Field::new).collect()
}

/// Checks the requested fields; the message becomes a 400.
pub fn check_fields(format: Format, fields: &[Field]) -> Result<(), String> {
    for f in fields {
        if f.name.is_empty() {
            return Err("Payload validation error: 'String is too short (0 chars), minimum 1' on property fields[].name.".into());
        }
        if f.name.chars().count() > 100
            || f.export_as
                .as_ref()
                .is_some_and(|e| e.chars().count() > 100)
        {
            return Err(
                "Payload validation error: 'String is too long, maximum 100' on property fields[]."
                    .into(),
            );
        }
        if parse_path(&f.name).is_none() {
            return Err(format!("Invalid field name: {}", f.name));
        }
    }
    if format == Format::Csv {
        if fields.len() > MAX_CSV_FIELDS {
            return Err(format!(
                "A CSV export can have at most {MAX_CSV_FIELDS} fields; {} were requested.",
                fields.len()
            ));
        }
        if let Some(f) = fields
            .iter()
            .find(|f| f.name == "app_metadata" || f.name == "user_metadata")
        {
            return Err(format!(
                "The whole {} object cannot be exported to CSV; list its fields (e.g. {}.plan) or use the json format.",
                f.name, f.name
            ));
        }
    }
    Ok(())
}

#[derive(Debug, PartialEq)]
enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

/// `identities[0].connection` → Key(identities), Index(0), Key(connection).
fn parse_path(path: &str) -> Option<Vec<Seg<'_>>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if key.is_empty() && (out.is_empty() || rest.is_empty()) {
            return None;
        }
        if !key.is_empty() {
            out.push(Seg::Key(key));
        }
        while !rest.is_empty() {
            let close = rest.find(']')?;
            let n = rest.get(1..close)?.parse::<usize>().ok()?;
            out.push(Seg::Index(n));
            rest = &rest[close + 1..];
            if !rest.is_empty() && !rest.starts_with('[') {
                return None;
            }
        }
    }
    Some(out)
}

/// The value at a dotted path, if the user has it.
pub fn lookup<'a>(doc: &'a Value, path: &str) -> Option<&'a Value> {
    let mut cur = doc;
    for seg in parse_path(path)? {
        cur = match seg {
            Seg::Key(k) => cur.get(k)?,
            Seg::Index(i) => cur.get(i)?,
        };
    }
    Some(cur)
}

/// One NDJSON line (with its `\n`).
pub fn ndjson_line(doc: &Value, fields: &[Field]) -> String {
    let mut obj = Map::new();
    for f in fields {
        if let Some(v) = lookup(doc, &f.name)
            && !v.is_null()
        {
            obj.insert(f.title().to_owned(), v.clone());
        }
    }
    let mut line = Value::Object(obj).to_string();
    line.push('\n');
    line
}

/// The CSV header row (with its `\n`).
pub fn csv_header(fields: &[Field]) -> String {
    let cells: Vec<String> = fields.iter().map(|f| rfc4180(f.title())).collect();
    let mut line = cells.join(",");
    line.push('\n');
    line
}

/// One CSV row (with its `\n`).
pub fn csv_row(doc: &Value, fields: &[Field]) -> String {
    let cells: Vec<String> = fields
        .iter()
        .map(|f| csv_cell(&f.name, lookup(doc, &f.name)))
        .collect();
    let mut line = cells.join(",");
    line.push('\n');
    line
}

const AUTH0_DATES: &[&str] = &[
    "created_at",
    "updated_at",
    "last_login",
    "last_password_reset",
];

fn csv_cell(name: &str, v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::String(s)) if AUTH0_DATES.contains(&name) && is_iso_date(s) => s.clone(),
        Some(Value::String(s)) => owasp(s),
        Some(other) => owasp(&other.to_string()),
    }
}

/// `"'` + the string with `"` doubled + `"`.
pub fn owasp(s: &str) -> String {
    format!("\"'{}\"", s.replace('"', "\"\""))
}

fn rfc4180(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// `2023-01-25T19:00:26.187Z`-shaped.
fn is_iso_date(s: &str) -> bool {
    chrono::DateTime::parse_from_rfc3339(s).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn user() -> Value {
        json!({
            "user_id": "auth0|63d17c4a9d503d76c056c160",
            "email": "chuck@example.com",
            "email_verified": true,
            "name": "Chuck \"The Kick\" Norris",
            "nickname": "=cmd|' /C calc'!A0",
            "logins_count": 3,
            "created_at": "2023-01-25T19:00:26.539Z",
            "identities": [{"connection": "Username-Password-Authentication", "provider": "auth0"}],
            "user_metadata": {"plan": "pro", "tags": ["a", "b"]},
            "app_metadata": {"n": null}
        })
    }

    #[test]
    fn paths_reach_into_objects_and_arrays() {
        let u = user();
        assert_eq!(lookup(&u, "user_metadata.plan"), Some(&json!("pro")));
        assert_eq!(
            lookup(&u, "identities[0].connection"),
            Some(&json!("Username-Password-Authentication"))
        );
        assert_eq!(lookup(&u, "user_metadata.tags[1]"), Some(&json!("b")));
        assert_eq!(lookup(&u, "identities[1].connection"), None);
        assert_eq!(lookup(&u, "nope.deeper"), None);
        assert_eq!(lookup(&u, "identities[x]"), None);
        assert!(parse_path("a..b").is_none());
        assert!(parse_path("[0]").is_none());
    }

    #[test]
    fn csv_quoting_is_byte_exact() {
        let fields = vec![
            Field::new("user_id"),
            Field::new("name"),
            Field::new("nickname"),
            Field::new("email_verified"),
            Field::new("logins_count"),
            Field::new("created_at"),
            Field {
                name: "identities[0].connection".into(),
                export_as: Some("provider".into()),
            },
            Field::new("user_metadata.plan"),
            Field::new("user_metadata.tags"),
            Field::new("phone_number"),
            Field::new("app_metadata.n"),
        ];
        assert_eq!(
            csv_header(&fields),
            "user_id,name,nickname,email_verified,logins_count,created_at,provider,user_metadata.plan,user_metadata.tags,phone_number,app_metadata.n\n"
        );
        assert_eq!(
            csv_row(&user(), &fields),
            concat!(
                "\"'auth0|63d17c4a9d503d76c056c160\",",
                "\"'Chuck \"\"The Kick\"\" Norris\",",
                "\"'=cmd|' /C calc'!A0\",",
                "true,3,2023-01-25T19:00:26.539Z,",
                "\"'Username-Password-Authentication\",",
                "\"'pro\",",
                "\"'[\"\"a\"\",\"\"b\"\"]\",",
                ",\n"
            )
        );
    }

    #[test]
    fn a_date_in_user_data_is_still_escaped() {
        let u = json!({"user_metadata": {"created_at": "2023-01-25T19:00:26.539Z"}, "updated_at": "yesterday"});
        let fields = [
            Field::new("user_metadata.created_at"),
            Field::new("updated_at"),
        ];
        assert_eq!(
            csv_row(&u, &fields),
            "\"'2023-01-25T19:00:26.539Z\",\"'yesterday\"\n"
        );
    }

    #[test]
    fn header_titles_are_quoted_only_when_needed() {
        let fields = [Field {
            name: "email".into(),
            export_as: Some("E-mail, \"work\"".into()),
        }];
        assert_eq!(csv_header(&fields), "\"E-mail, \"\"work\"\"\"\n");
    }

    #[test]
    fn ndjson_has_only_requested_present_fields() {
        let fields = vec![
            Field::new("email"),
            Field {
                name: "identities[0].connection".into(),
                export_as: Some("connection".into()),
            },
            Field::new("user_metadata"),
            Field::new("user_metadata.plan"),
            Field::new("phone_number"),
            Field::new("app_metadata.n"),
        ];
        assert_eq!(
            ndjson_line(&user(), &fields),
            "{\"email\":\"chuck@example.com\",\"connection\":\"Username-Password-Authentication\",\"user_metadata\":{\"plan\":\"pro\",\"tags\":[\"a\",\"b\"]},\"user_metadata.plan\":\"pro\"}\n"
        );
    }

    #[test]
    fn csv_field_rules() {
        let many: Vec<Field> = (0..31)
            .map(|i| Field::new(&format!("user_metadata.f{i}")))
            .collect();
        assert!(check_fields(Format::Csv, &many).is_err());
        assert!(check_fields(Format::Json, &many).is_ok());
        assert!(check_fields(Format::Csv, &many[..30]).is_ok());
        let whole = [Field::new("user_metadata")];
        assert!(
            check_fields(Format::Csv, &whole)
                .unwrap_err()
                .contains("user_metadata")
        );
        assert!(check_fields(Format::Json, &whole).is_ok());
        assert!(check_fields(Format::Json, &[Field::new("a[")]).is_err());
        assert!(check_fields(Format::Csv, &default_fields(Format::Csv)).is_ok());
        assert!(check_fields(Format::Json, &default_fields(Format::Json)).is_ok());
    }
}

//! `--fields` for `a0 jobs export`: `email,user_metadata.plan=Plan,identities[0].connection` → the API's
//! `fields: [{name, export_as?}]`.

use serde::Serialize;

/// Auth0's cap on the number of columns of a CSV export.
pub const MAX_CSV_FIELDS: usize = 30;
/// Auth0's cap on a field name or column title.
pub const MAX_FIELD_CHARS: usize = 100;

/// One exported field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Field {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_as: Option<String>,
}

/// Parses a comma-separated list of `path` or `path=Title`.
pub fn parse_fields(spec: &str) -> Result<Vec<Field>, String> {
    let mut out: Vec<Field> = Vec::new();
    for (i, item) in spec.split(',').enumerate() {
        let item = item.trim();
        if item.is_empty() {
            return Err(format!("--fields: item {} is empty", i + 1));
        }
        let (name, export_as) = match item.split_once('=') {
            Some((n, t)) => (n.trim(), Some(t.trim())),
            None => (item, None),
        };
        if name.is_empty() {
            return Err(format!("--fields: `{item}` has no field name before `=`"));
        }
        if export_as.is_some_and(str::is_empty) {
            return Err(format!("--fields: `{item}` has no column title after `=`"));
        }
        if !valid_path(name) {
            return Err(format!(
                "--fields: `{name}` is not a field path (like `email`, `user_metadata.plan` or `identities[0].connection`)"
            ));
        }
        for s in std::iter::once(name).chain(export_as) {
            if s.chars().count() > MAX_FIELD_CHARS {
                return Err(format!(
                    "--fields: `{s}` is longer than {MAX_FIELD_CHARS} characters"
                ));
            }
        }
        if out.iter().any(|f| f.name == name) {
            return Err(format!("--fields: `{name}` is listed twice"));
        }
        out.push(Field {
            name: name.to_string(),
            export_as: export_as.map(str::to_string),
        });
    }
    Ok(out)
}

/// `segment(.segment)*`, where a segment is a name optionally followed by `[N]` indexes.
fn valid_path(p: &str) -> bool {
    p.split('.').all(|seg| {
        let (name, mut rest) = match seg.find('[') {
            Some(i) => seg.split_at(i),
            None => (seg, ""),
        };
        if name.is_empty()
            || name
                .chars()
                .any(|c| c.is_whitespace() || matches!(c, ']' | '='))
        {
            return false;
        }
        while !rest.is_empty() {
            let Some(close) = rest.find(']') else {
                return false;
            };
            let idx = &rest[1..close];
            if !rest.starts_with('[') || idx.is_empty() || !idx.bytes().all(|b| b.is_ascii_digit())
            {
                return false;
            }
            rest = &rest[close + 1..];
        }
        true
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_titles_are_parsed() {
        let f = parse_fields("email, user_metadata.plan=Plan ,identities[0].connection").unwrap();
        assert_eq!(
            serde_json::to_value(&f).unwrap(),
            serde_json::json!([
                {"name": "email"},
                {"name": "user_metadata.plan", "export_as": "Plan"},
                {"name": "identities[0].connection"}
            ])
        );
    }

    #[test]
    fn a_title_may_contain_equals_and_spaces() {
        let f = parse_fields("user_metadata.plan=Plan = tier").unwrap();
        assert_eq!(f[0].export_as.as_deref(), Some("Plan = tier"));
    }

    #[test]
    fn bad_lists_are_rejected() {
        for bad in [
            "",
            "email,,name",
            "=Title",
            "email=",
            "a b",
            "identities[x].connection",
            "identities[0.connection",
            "user_metadata..plan",
            "email,email",
        ] {
            assert!(parse_fields(bad).is_err(), "{bad:?}");
        }
        assert!(parse_fields(&"x".repeat(101)).is_err());
    }
}

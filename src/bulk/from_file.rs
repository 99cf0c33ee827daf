//! `a0 users update --from FILE`: one change per user, read and checked whole before anything is sent.
//!
//! - NDJSON, or a JSON array, of objects: each a `user_id` plus the PATCH body for that user.
//! - CSV (by extension `.csv`, or a first line without `{`/`[`): a `user_id` column and one column per field;
//!   dotted headers (`app_metadata.plan`) build nested objects; an empty cell is not sent. Cells of `blocked`,
//!   `email_verified`, `phone_verified` and `verify_email` are booleans; metadata cells that are JSON (a number,
//!   `true`/`false`/`null`, an object, an array) are sent as that JSON, anything else as text (so `02134`, not
//!   valid JSON, stays text).
//!
//! Every problem is reported with its line number; the caller exits 2 and sends nothing.

use serde_json::{Map, Value};

use super::journal::Target;

/// Root attributes a PATCH of `/users/{id}` accepts (Auth0's `UserUpdate`).
pub const UPDATABLE: &[&str] = &[
    "blocked",
    "email_verified",
    "email",
    "phone_number",
    "phone_verified",
    "user_metadata",
    "app_metadata",
    "given_name",
    "family_name",
    "name",
    "nickname",
    "picture",
    "verify_email",
    "verify_phone_number",
    "password",
    "connection",
    "client_id",
    "username",
];

const BOOLEANS: &[&str] = &[
    "blocked",
    "email_verified",
    "phone_verified",
    "verify_email",
    "verify_phone_number",
];

/// Reads the targets of `--from`: `name` is the file's name (for messages and the CSV guess).
pub fn parse(name: &str, text: &str) -> Result<Vec<Target>, String> {
    let first = text.trim_start().chars().next();
    let csv = name.to_ascii_lowercase().ends_with(".csv") || !matches!(first, Some('{' | '['));
    let targets = if csv {
        parse_csv(name, text)?
    } else if first == Some('[') {
        parse_array(name, text)?
    } else {
        parse_ndjson(name, text)?
    };
    if targets.is_empty() {
        return Err(format!("{name} holds no user to update"));
    }
    let mut seen = std::collections::HashSet::new();
    for (line, t) in &targets {
        if !seen.insert(t.id.clone()) {
            return Err(format!(
                "{name}: line {line}: user {} appears twice; give each user one change",
                t.id
            ));
        }
    }
    Ok(targets.into_iter().map(|(_, t)| t).collect())
}

/// Checks one object and splits it into a target.
fn target(name: &str, line: usize, v: Value) -> Result<(usize, Target), String> {
    let Value::Object(mut m) = v else {
        return Err(format!(
            "{name}: line {line}: expected an object with a user_id"
        ));
    };
    let id = match m.remove("user_id") {
        Some(Value::String(s)) if !s.trim().is_empty() => s,
        Some(_) => {
            return Err(format!(
                "{name}: line {line}: user_id must be a non-empty string"
            ));
        }
        None => return Err(format!("{name}: line {line}: no user_id")),
    };
    check_body(&m).map_err(|e| format!("{name}: line {line} ({id}): {e}"))?;
    Ok((
        line,
        Target {
            id,
            body: Some(Value::Object(m)),
        },
    ))
}

fn check_body(m: &Map<String, Value>) -> Result<(), String> {
    if m.is_empty() {
        return Err("nothing to change besides user_id".into());
    }
    for (k, v) in m {
        if !UPDATABLE.contains(&k.as_str()) {
            return Err(format!(
                "`{k}` cannot be updated; fields: {}",
                UPDATABLE.join(", ")
            ));
        }
        let ok = match k.as_str() {
            "app_metadata" | "user_metadata" => v.is_object(),
            b if BOOLEANS.contains(&b) => v.is_boolean(),
            _ => v.is_string() || v.is_null(),
        };
        if !ok {
            return Err(format!("`{k}` has the wrong type ({})", type_name(v)));
        }
    }
    Ok(())
}

/// "a string", "an object", … (for messages).
pub fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn parse_ndjson(name: &str, text: &str) -> Result<Vec<(usize, Target)>, String> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        if raw.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(raw)
            .map_err(|e| format!("{name}: line {}: not JSON: {e}", i + 1))?;
        out.push(target(name, i + 1, v)?);
    }
    Ok(out)
}

fn parse_array(name: &str, text: &str) -> Result<Vec<(usize, Target)>, String> {
    // Parse element by element to know each object's line.
    let v: Value = serde_json::from_str(text)
        .map_err(|e| format!("{name}: line {}: not a JSON array: {e}", e.line()))?;
    let Value::Array(items) = v else {
        return Err(format!("{name}: line 1: expected a JSON array of objects"));
    };
    let lines = super::select::object_lines(text);
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| target(name, lines.get(i).copied().unwrap_or(1), item))
        .collect()
}

fn cell_value(field: &str, cell: &str) -> Result<Value, String> {
    if BOOLEANS.contains(&field) {
        return match cell.trim().to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" => Ok(Value::Bool(true)),
            "false" | "0" | "no" => Ok(Value::Bool(false)),
            _ => Err(format!("`{field}` must be true or false, not `{cell}`")),
        };
    }
    Ok(Value::String(cell.to_owned()))
}

fn metadata_value(cell: &str) -> Value {
    match serde_json::from_str::<Value>(cell) {
        Ok(
            v @ (Value::Number(_)
            | Value::Bool(_)
            | Value::Null
            | Value::Object(_)
            | Value::Array(_)),
        ) => v,
        _ => Value::String(cell.to_owned()),
    }
}

fn parse_csv(name: &str, text: &str) -> Result<Vec<(usize, Target)>, String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| format!("{name}: line 1: {e}"))?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    let Some(id_col) = headers.iter().position(|h| h == "user_id") else {
        return Err(format!(
            "{name}: line 1: no user_id column (the header row names user_id and the fields to set)"
        ));
    };
    for h in &headers {
        let root = h.split('.').next().unwrap_or(h);
        let dotted_ok = !h.contains('.') || matches!(root, "app_metadata" | "user_metadata");
        if h != "user_id" && (!UPDATABLE.contains(&root) || !dotted_ok || h.ends_with('.')) {
            return Err(format!(
                "{name}: line 1: column `{h}` cannot be updated; fields: {} (dotted paths under app_metadata and user_metadata)",
                UPDATABLE.join(", ")
            ));
        }
    }
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            format!("{name}: line {line}: {e}")
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let mut body = Map::new();
        let mut id = String::new();
        for (col, cell) in record.iter().enumerate() {
            let field = &headers[col];
            if col == id_col {
                id = cell.trim().to_owned();
                continue;
            }
            if cell.is_empty() {
                continue; // an empty cell is not sent
            }
            match field.split_once('.') {
                Some((root, path)) => {
                    let obj = body
                        .entry(root.to_owned())
                        .or_insert_with(|| Value::Object(Map::new()));
                    set_path(obj, path, metadata_value(cell))
                        .map_err(|e| format!("{name}: line {line}: {e}"))?;
                }
                None if field == "app_metadata" || field == "user_metadata" => {
                    let v: Value = serde_json::from_str(cell).map_err(|e| {
                        format!("{name}: line {line}: `{field}` is not a JSON object: {e}")
                    })?;
                    body.insert(field.clone(), v);
                }
                None => {
                    let v =
                        cell_value(field, cell).map_err(|e| format!("{name}: line {line}: {e}"))?;
                    body.insert(field.clone(), v);
                }
            }
        }
        let mut m = body;
        m.insert("user_id".into(), Value::String(id));
        out.push(target(name, line, Value::Object(m))?);
    }
    Ok(out)
}

/// Sets `a.b.c` inside an object, making the objects on the way.
fn set_path(obj: &mut Value, path: &str, value: Value) -> Result<(), String> {
    let mut cur = obj;
    let parts: Vec<&str> = path.split('.').collect();
    for (i, part) in parts.iter().enumerate() {
        let Value::Object(m) = cur else {
            return Err(format!("`{path}` runs into a value that is not an object"));
        };
        if i + 1 == parts.len() {
            m.insert((*part).to_owned(), value);
            return Ok(());
        }
        cur = m
            .entry((*part).to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ndjson_and_arrays_give_one_body_per_user() {
        let t = parse(
            "f.ndjson",
            "{\"user_id\":\"auth0|1\",\"app_metadata\":{\"plan\":\"pro\"}}\n\n{\"user_id\":\"auth0|2\",\"blocked\":true}\n",
        )
        .unwrap();
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].body, Some(json!({"app_metadata":{"plan":"pro"}})));
        let a = parse(
            "f.json",
            "[\n {\"user_id\":\"a\",\"name\":\"A\"},\n {\"user_id\":\"b\",\"name\":\"B\"}\n]",
        )
        .unwrap();
        assert_eq!(a[1].id, "b");
    }

    #[test]
    fn csv_dotted_columns_nest_and_empty_cells_are_not_sent() {
        let t = parse(
            "plans.csv",
            "user_id,app_metadata.plan,app_metadata.seats,blocked,name\nauth0|1,pro,5,false,\nauth0|2,,02134,,Bo\n",
        )
        .unwrap();
        assert_eq!(
            t[0].body,
            Some(json!({"app_metadata":{"plan":"pro","seats":5},"blocked":false}))
        );
        assert_eq!(
            t[1].body,
            Some(json!({"app_metadata":{"seats":"02134"},"name":"Bo"}))
        );
    }

    #[test]
    fn problems_name_their_line() {
        let e = parse(
            "f.ndjson",
            "{\"user_id\":\"a\",\"name\":\"x\"}\n{\"name\":\"y\"}\n",
        )
        .unwrap_err();
        assert!(e.contains("line 2") && e.contains("no user_id"), "{e}");
        let e = parse("f.ndjson", "{\"user_id\":\"a\",\"logins_count\":3}\n").unwrap_err();
        assert!(e.contains("line 1") && e.contains("logins_count"), "{e}");
        let e = parse(
            "f.json",
            "[\n{\"user_id\":\"a\",\"name\":\"x\"},\n{\"user_id\":\"b\",\"blocked\":\"yes\"}\n]",
        )
        .unwrap_err();
        assert!(e.contains("line 3") && e.contains("blocked"), "{e}");
        let e = parse("f.csv", "user_id,blocked\na,maybe\n").unwrap_err();
        assert!(e.contains("line 2"), "{e}");
        let e = parse("f.csv", "id,name\na,b\n").unwrap_err();
        assert!(e.contains("no user_id column"), "{e}");
        let e = parse(
            "f.ndjson",
            "{\"user_id\":\"a\",\"name\":\"x\"}\n{\"user_id\":\"a\",\"name\":\"y\"}\n",
        )
        .unwrap_err();
        assert!(e.contains("twice"), "{e}");
        let e = parse("f.ndjson", "{\"user_id\":\"a\"}\n").unwrap_err();
        assert!(e.contains("nothing to change"), "{e}");
    }
}

//! The shape of a user document as the API returns it: key order, and `fields`/`include_fields`.

use serde_json::{Map, Value};

/// Orders a user's keys as Auth0 sends them: alphabetical, `app_metadata` last.
pub fn normalize(doc: Map<String, Value>) -> Map<String, Value> {
    let mut keys: Vec<String> = doc.keys().cloned().collect();
    keys.sort();
    if let Some(i) = keys.iter().position(|k| k == "app_metadata") {
        let k = keys.remove(i);
        keys.push(k);
    }
    let mut doc = doc;
    let mut out = Map::new();
    for k in keys {
        if let Some(v) = doc.remove(&k) {
            out.insert(k, v);
        }
    }
    out
}

/// Parsed `fields` + `include_fields`.
#[derive(Debug, Clone, Default)]
pub struct Projection {
    pub fields: Vec<String>,
    pub include: bool,
}

impl Projection {
    /// From the raw query values (`fields` comma-separated; `include_fields` defaults to true).
    pub fn parse(fields: Option<&str>, include_fields: Option<bool>) -> Projection {
        let fields: Vec<String> = fields
            .unwrap_or("")
            .split(',')
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .map(str::to_string)
            .collect();
        Projection {
            fields,
            include: include_fields.unwrap_or(true),
        }
    }

    /// Nothing to do: the stored document is the answer.
    pub fn is_identity(&self) -> bool {
        self.fields.is_empty()
    }

    /// Keeps (or drops) the listed top-level keys, preserving the document's order.
    pub fn apply(&self, doc: Map<String, Value>) -> Map<String, Value> {
        if self.is_identity() {
            return doc;
        }
        doc.into_iter()
            .filter(|(k, _)| self.fields.iter().any(|f| f == k) == self.include)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn projection_keeps_or_drops() {
        let doc = json!({"a": 1, "b": 2, "c": 3}).as_object().unwrap().clone();
        let p = Projection::parse(Some("a,c"), None);
        assert_eq!(Value::Object(p.apply(doc.clone())), json!({"a": 1, "c": 3}));
        let p = Projection::parse(Some("a"), Some(false));
        assert_eq!(Value::Object(p.apply(doc)), json!({"b": 2, "c": 3}));
    }
}

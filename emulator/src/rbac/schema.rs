//! A small JSON validator for RBAC bodies whose errors read as Auth0's z-schema validator words them.

use serde_json::{Map, Value};

use crate::users::{RuleError, type_name};

/// What a property may hold.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Kind {
    Str {
        min: usize,
        max: Option<usize>,
        /// `^[^<>]+$` (API names).
        no_angle: bool,
    },
    Bool,
    Int {
        min: i64,
        max: Option<i64>,
    },
    Enum(&'static [&'static str]),
    /// One of the values, or `null`.
    EnumOrNull(&'static [&'static str]),
    Object,
    ObjectOrNull,
    ArrayOrNull,
    /// An array of strings, at least `min` items, each at least `item_min` characters.
    Strings {
        min: usize,
        item_min: usize,
    },
    /// Anything (checked elsewhere).
    Any,
}

/// A property of a body: its name, what it holds and Auth0's description (quoted in errors).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Prop {
    pub name: &'static str,
    pub kind: Kind,
    pub desc: &'static str,
}

pub(crate) fn on_property(detail: &str, prop: &str, desc: &str) -> RuleError {
    RuleError::invalid_body(format!(
        "Payload validation error: '{detail}' on property {prop} ({desc})."
    ))
}

pub(crate) fn root(detail: &str) -> RuleError {
    RuleError::invalid_body(format!("Payload validation error: '{detail}'."))
}

fn expected(want: &str, v: &Value) -> String {
    format!("Expected type {want} but found type {}", type_name(v))
}

/// Checks one value against a kind; `path` and `desc` name it in the error.
pub(crate) fn check_value(kind: Kind, v: &Value, path: &str, desc: &str) -> Result<(), RuleError> {
    let err = |detail: String| on_property(&detail, path, desc);
    match kind {
        Kind::Any => Ok(()),
        Kind::Bool => match v {
            Value::Bool(_) => Ok(()),
            o => Err(err(expected("boolean", o))),
        },
        Kind::Object => match v {
            Value::Object(_) => Ok(()),
            o => Err(err(expected("object", o))),
        },
        Kind::ObjectOrNull => match v {
            Value::Object(_) | Value::Null => Ok(()),
            o => Err(err(expected("object", o))),
        },
        Kind::ArrayOrNull => match v {
            Value::Array(_) | Value::Null => Ok(()),
            o => Err(err(expected("array", o))),
        },
        Kind::Int { min, max } => {
            let Some(n) = v.as_i64().filter(|_| v.is_i64() || v.is_u64()) else {
                return Err(err(expected("integer", v)));
            };
            if n < min {
                return Err(err(format!("Value {n} is less than minimum {min}")));
            }
            if let Some(max) = max
                && n > max
            {
                return Err(err(format!("Value {n} is greater than maximum {max}")));
            }
            Ok(())
        }
        Kind::Enum(values) | Kind::EnumOrNull(values) => match v {
            Value::Null if matches!(kind, Kind::EnumOrNull(_)) => Ok(()),
            Value::String(s) if values.contains(&s.as_str()) => Ok(()),
            Value::String(s) => Err(err(format!("No enum match for: \"{s}\""))),
            o => Err(err(expected("string", o))),
        },
        Kind::Str { min, max, no_angle } => {
            let Value::String(s) = v else {
                return Err(err(expected("string", v)));
            };
            let n = s.chars().count();
            if n < min {
                return Err(err(format!(
                    "String is too short ({n} chars), minimum {min}"
                )));
            }
            if let Some(max) = max
                && n > max
            {
                return Err(err(format!(
                    "String is too long ({n} chars), maximum {max}"
                )));
            }
            if no_angle && (s.is_empty() || s.contains(['<', '>'])) {
                return Err(err(format!("String does not match pattern ^[^<>]+$: {s}")));
            }
            Ok(())
        }
        Kind::Strings { min, item_min } => {
            let Value::Array(items) = v else {
                return Err(err(expected("array", v)));
            };
            if items.len() < min {
                return Err(err(format!(
                    "Array is too short ({}), minimum {min}",
                    items.len()
                )));
            }
            for (i, item) in items.iter().enumerate() {
                check_value(
                    Kind::Str {
                        min: item_min,
                        max: None,
                        no_angle: false,
                    },
                    item,
                    &format!("{path}[{i}]"),
                    desc,
                )?;
            }
            Ok(())
        }
    }
}

/// Checks a body object: no properties outside `props`, every `required` one present, each value's kind.
pub(crate) fn check_object<'a>(
    body: &'a Value,
    props: &[Prop],
    required: &[&str],
) -> Result<&'a Map<String, Value>, RuleError> {
    let obj = match body {
        Value::Object(o) => o,
        other => return Err(root(&expected("object", other))),
    };
    let unknown: Vec<&str> = obj
        .keys()
        .filter(|k| !props.iter().any(|p| p.name == k.as_str()))
        .map(String::as_str)
        .collect();
    if !unknown.is_empty() {
        return Err(root(&format!(
            "Additional properties not allowed: {}",
            unknown.join(",")
        )));
    }
    for r in required {
        if !obj.contains_key(*r) {
            return Err(root(&format!("Missing required property: {r}")));
        }
    }
    for p in props {
        if let Some(v) = obj.get(p.name) {
            check_value(p.kind, v, p.name, p.desc)?;
        }
    }
    Ok(obj)
}

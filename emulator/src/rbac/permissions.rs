//! The assignment bodies (`{"permissions":[…]}`, `{"roles":[…]}`, `{"users":[…]}`), the checks of a permission
//! against its API, and the permission objects of the role and user lists.

use serde_json::{Map, Value, json};

use super::schema::{Kind, Prop, check_object, on_property};
use crate::store::rbac::{PermissionRow, PermissionSource};
use crate::users::RuleError;

/// A permission named in a request: the API's identifier and the permission (scope) name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PermissionRef {
    pub resource_server_identifier: String,
    pub permission_name: String,
}

/// A `{"permissions":[{resource_server_identifier, permission_name}, …]}` body (at least one).
pub fn parse_permissions(
    body: &Value,
    desc: &'static str,
) -> Result<Vec<PermissionRef>, RuleError> {
    let obj = check_object(
        body,
        &[Prop {
            name: "permissions",
            kind: Kind::Any,
            desc,
        }],
        &["permissions"],
    )?;
    let Some(items) = obj["permissions"].as_array() else {
        return Err(on_property(
            &format!(
                "Expected type array but found type {}",
                crate::users::type_name(&obj["permissions"])
            ),
            "permissions",
            desc,
        ));
    };
    if items.is_empty() {
        return Err(on_property(
            "Array is too short (0), minimum 1",
            "permissions",
            desc,
        ));
    }
    let item_props = [
        Prop {
            name: "resource_server_identifier",
            kind: Kind::Str {
                min: 0,
                max: None,
                no_angle: false,
            },
            desc: "Resource server (API) identifier that this permission is for.",
        },
        Prop {
            name: "permission_name",
            kind: Kind::Str {
                min: 0,
                max: None,
                no_angle: false,
            },
            desc: "Name of this permission.",
        },
    ];
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let o = check_object(
            item,
            &item_props,
            &["resource_server_identifier", "permission_name"],
        )
        .map_err(|e| item_error(&e.message, i, desc))?;
        out.push(PermissionRef {
            resource_server_identifier: o["resource_server_identifier"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
            permission_name: o["permission_name"].as_str().unwrap_or_default().to_owned(),
        });
    }
    Ok(out)
}

/// An item's error, named by its place: `… on property permissions[2].permission_name (…)`, or for the item
/// itself `… on property permissions[2] (<desc>)`.
fn item_error(message: &str, i: usize, desc: &str) -> RuleError {
    let prefix = "Payload validation error: '";
    let detail = message.strip_prefix(prefix).unwrap_or(message);
    if let Some((d, rest)) = detail.split_once("' on property ") {
        return RuleError::invalid_body(format!(
            "{prefix}{d}' on property permissions[{i}].{rest}"
        ));
    }
    let d = detail.trim_end_matches("'.");
    on_property(d, &format!("permissions[{i}]"), desc)
}

/// A `{"<key>":["id", …]}` body: `min` items or more, each a non-empty string (`roles`) or any string (`users`).
pub fn parse_ids(
    body: &Value,
    key: &'static str,
    min: usize,
    desc: &'static str,
) -> Result<Vec<String>, RuleError> {
    let obj = check_object(
        body,
        &[Prop {
            name: key,
            kind: Kind::Strings {
                min,
                item_min: usize::from(min > 0),
            },
            desc,
        }],
        &[key],
    )?;
    Ok(obj[key]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default())
}

/// 404 for a permission whose API does not exist, worded as Auth0 (`… does not exist: '<identifier>'`).
pub fn unknown_api(identifier: &str) -> RuleError {
    RuleError {
        status: 404,
        message: format!("The resource server does not exist: '{identifier}'"),
        error_code: Some("inexistent_resource_server"),
    }
}

/// 400 for a permission its API does not define.
pub fn unknown_permission(p: &PermissionRef) -> RuleError {
    RuleError {
        status: 400,
        message: format!(
            "Permission '{}' does not exist in resource server '{}'.",
            p.permission_name, p.resource_server_identifier
        ),
        error_code: Some("invalid_body"),
    }
}

fn permission_map(p: &PermissionRow) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("permission_name".into(), json!(p.permission_name));
    if let Some(d) = &p.description {
        m.insert("description".into(), json!(d));
    }
    if let Some(n) = &p.resource_server_name {
        m.insert("resource_server_name".into(), json!(n));
    }
    m.insert(
        "resource_server_identifier".into(),
        json!(p.resource_server_identifier),
    );
    m
}

/// A role's permission: `{permission_name, description, resource_server_name, resource_server_identifier}`.
pub fn role_permission_json(p: &PermissionRow) -> Value {
    Value::Object(permission_map(p))
}

/// A user's permissions, one object per permission with every source (`DIRECT` with empty id and name, or
/// `ROLE` with the role's), from rows ordered by API and name.
pub fn user_permissions_json(rows: &[(PermissionRow, PermissionSource)]) -> Vec<Value> {
    let mut out: Vec<(PermissionRow, Vec<Value>)> = Vec::new();
    for (p, src) in rows {
        let source = match &src.role {
            None => json!({"source_id": "", "source_name": "", "source_type": "DIRECT"}),
            Some((id, name)) => {
                json!({"source_id": id, "source_name": name, "source_type": "ROLE"})
            }
        };
        match out.last_mut() {
            Some((last, sources))
                if last.resource_server_identifier == p.resource_server_identifier
                    && last.permission_name == p.permission_name =>
            {
                sources.push(source)
            }
            _ => out.push((p.clone(), vec![source])),
        }
    }
    out.into_iter()
        .map(|(p, sources)| {
            let mut m = permission_map(&p);
            m.insert("sources".into(), Value::Array(sources));
            Value::Object(m)
        })
        .collect()
}

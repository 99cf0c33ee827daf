//! Roles: the `POST`/`PATCH /roles` bodies, role ids, and the role object.

use serde_json::{Map, Value, json};

use super::schema::{Kind, Prop, check_object};
use crate::store::rbac::RoleRow;
use crate::users::RuleError;

fn props(create: bool) -> [Prop; 2] {
    [
        Prop {
            name: "name",
            kind: Kind::Str {
                min: 1,
                max: None,
                no_angle: false,
            },
            desc: if create {
                "Name of the role."
            } else {
                "Name of this role."
            },
        },
        Prop {
            name: "description",
            kind: Kind::Str {
                min: 0,
                max: None,
                no_angle: false,
            },
            desc: if create {
                "Description of the role."
            } else {
                "Description of this role."
            },
        },
    ]
}

fn text(obj: &Map<String, Value>, k: &str) -> Option<String> {
    obj.get(k).and_then(Value::as_str).map(str::to_owned)
}

/// A new role from a `POST /roles` body (`{name*, description}`, nothing else): `rol_` + 16 alphanumerics.
pub fn plan_create(body: &Value) -> Result<RoleRow, RuleError> {
    let obj = check_object(body, &props(true), &["name"])?;
    Ok(RoleRow {
        id: crate::random_id("rol_", 16),
        name: text(obj, "name").unwrap_or_default(),
        description: text(obj, "description"),
    })
}

/// A role after a `PATCH /roles/{id}` body (`{name?, description?}`).
pub fn apply_patch(current: &RoleRow, body: &Value) -> Result<RoleRow, RuleError> {
    let obj = check_object(body, &props(false), &[])?;
    let mut r = current.clone();
    if let Some(n) = text(obj, "name") {
        r.name = n;
    }
    if let Some(d) = text(obj, "description") {
        r.description = Some(d);
    }
    Ok(r)
}

/// The role object: `{id, name, description}`. A role created without a description omits it in the create
/// answer and reads `""` afterwards, as Auth0 answers.
pub fn role_json(r: &RoleRow, just_created: bool) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), json!(r.id));
    m.insert("name".into(), json!(r.name));
    match &r.description {
        Some(d) => {
            m.insert("description".into(), json!(d));
        }
        None if !just_created => {
            m.insert("description".into(), json!(""));
        }
        None => {}
    }
    Value::Object(m)
}

/// 404 for a role id that does not exist (Auth0 sends no `errorCode` here).
pub fn not_found() -> RuleError {
    RuleError {
        status: 404,
        message: "The role does not exist.".into(),
        error_code: None,
    }
}

/// 409 for a role name that is taken (case-insensitive).
pub fn conflict() -> RuleError {
    RuleError {
        status: 409,
        message: "The role already exists.".into(),
        error_code: None,
    }
}

//! RBAC tables: APIs (resource servers), roles, role permissions, role members, users' direct permissions and
//! the config file's client grants. Assignments reference their user, role and API with `ON DELETE CASCADE`, so
//! deleting any of them removes every assignment pointing at it in the same statement.

use rusqlite::{Connection, ErrorCode, OptionalExtension, params};
use serde_json::Value;

use super::{Result, Store};

fn is_unique_violation(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == ErrorCode::ConstraintViolation)
}

/// A stored API.
#[derive(Debug, Clone)]
pub struct ResourceServerRow {
    pub id: String,
    pub identifier: String,
    /// The API exactly as the Management API returns it.
    pub doc: Value,
}

/// A stored role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleRow {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
}

/// One permission as the role and user permission lists show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PermissionRow {
    pub resource_server_identifier: String,
    pub resource_server_name: Option<String>,
    pub permission_name: String,
    /// The description of the API's scope of that name.
    pub description: Option<String>,
}

/// Where a user's permission comes from: assigned directly (`role` is `None`) or through a role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PermissionSource {
    pub role: Option<(String, String)>,
}

/// A permission to add or remove: the API's id and the permission name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PermissionKey {
    pub rs_id: String,
    pub permission: String,
}

/// A member of a role, as `GET /roles/{id}/users` lists it, with its place in the assignment order.
#[derive(Debug, Clone)]
pub struct RoleMember {
    pub seq: i64,
    pub assigned_at: String,
    pub user_id: String,
    /// The user's document (`email`, `picture`, `name` are taken from it).
    pub doc: Value,
}

/// Outcome of a write that refers to other rows or that a unique index may refuse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RbacWrite {
    Done,
    /// The name or identifier is taken.
    Conflict,
    /// The row itself does not exist.
    NotFound,
    /// A referenced row (user, role) does not exist: its id.
    Missing(String),
}

fn rs_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(String, String, String)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
}

fn to_rs(t: (String, String, String)) -> Result<ResourceServerRow> {
    Ok(ResourceServerRow {
        id: t.0,
        identifier: t.1,
        doc: serde_json::from_str(&t.2)?,
    })
}

fn role_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<RoleRow> {
    Ok(RoleRow {
        id: r.get(0)?,
        name: r.get(1)?,
        description: r.get(2)?,
    })
}

fn perm_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PermissionRow> {
    Ok(PermissionRow {
        resource_server_identifier: r.get(0)?,
        resource_server_name: r.get(1)?,
        permission_name: r.get(2)?,
        description: r.get(3)?,
    })
}

/// The columns of a permission joined with its API: identifier, name, permission, scope description.
const PERM_COLUMNS: &str = "rs.identifier, json_extract(rs.doc, '$.name'), p.permission,
    (SELECT json_extract(s.value, '$.description') FROM json_each(rs.doc, '$.scopes') s
      WHERE json_extract(s.value, '$.value') = p.permission LIMIT 1)";

fn rs_get(conn: &Connection, key: &str) -> Result<Option<ResourceServerRow>> {
    let row = conn
        .query_row(
            "SELECT id, identifier, doc FROM resource_servers WHERE id = ?1 OR identifier = ?1
             ORDER BY id = ?1 DESC LIMIT 1",
            [key],
            rs_from_row,
        )
        .optional()?;
    row.map(to_rs).transpose()
}

fn role_exists(conn: &Connection, id: &str) -> Result<bool> {
    Ok(conn
        .query_row("SELECT 1 FROM roles WHERE id = ?1", [id], |_| Ok(()))
        .optional()?
        .is_some())
}

fn user_exists(conn: &Connection, id: &str) -> Result<bool> {
    Ok(conn
        .query_row("SELECT 1 FROM users WHERE user_id = ?1", [id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Removes the permissions of an API that its scopes no longer define.
fn prune_permissions(conn: &Connection, rs_id: &str) -> Result<()> {
    for table in ["role_permissions", "user_permissions"] {
        conn.execute(
            &format!(
                "DELETE FROM {table} WHERE rs_id = ?1 AND permission NOT IN (
                   SELECT json_extract(s.value, '$.value')
                   FROM resource_servers rs, json_each(rs.doc, '$.scopes') s WHERE rs.id = ?1)"
            ),
            [rs_id],
        )?;
    }
    Ok(())
}

impl Store {
    // ---------------------------------------------------------------------------------------------------
    // APIs
    // ---------------------------------------------------------------------------------------------------

    /// Every custom API, in creation order.
    pub fn resource_servers(&self) -> Result<Vec<ResourceServerRow>> {
        self.read(|c| {
            let mut st =
                c.prepare_cached("SELECT id, identifier, doc FROM resource_servers ORDER BY seq")?;
            let rows = st.query_map([], rs_from_row)?;
            let mut out = Vec::new();
            for r in rows {
                out.push(to_rs(r?)?);
            }
            Ok(out)
        })
    }

    /// An API by id or by identifier (the id wins).
    pub fn resource_server(&self, key: &str) -> Result<Option<ResourceServerRow>> {
        self.read(|c| rs_get(c, key))
    }

    /// Inserts an API; [`RbacWrite::Conflict`] when its identifier (or id) is taken.
    pub fn resource_server_insert(&self, rs: &ResourceServerRow) -> Result<RbacWrite> {
        self.with(|c| {
            match c.execute(
                "INSERT INTO resource_servers (id, identifier, doc) VALUES (?1, ?2, ?3)",
                params![rs.id, rs.identifier, rs.doc.to_string()],
            ) {
                Ok(_) => Ok(RbacWrite::Done),
                Err(e) if is_unique_violation(&e) => Ok(RbacWrite::Conflict),
                Err(e) => Err(e.into()),
            }
        })
    }

    /// Replaces an API's document (its id and identifier stay) and drops the role and user permissions whose
    /// scope the API no longer defines.
    pub fn resource_server_replace(&self, id: &str, doc: &Value) -> Result<RbacWrite> {
        self.transaction(|tx| {
            let n = tx.execute(
                "UPDATE resource_servers SET doc = ?2 WHERE id = ?1",
                params![id, doc.to_string()],
            )?;
            if n == 0 {
                return Ok(RbacWrite::NotFound);
            }
            prune_permissions(tx, id)?;
            Ok(RbacWrite::Done)
        })
    }

    /// Creates APIs, or replaces the document of those whose identifier exists (their id stays; the caller
    /// builds the document with it): the config file's APIs, on every start.
    pub fn resource_servers_put(&self, rows: &[ResourceServerRow]) -> Result<()> {
        self.transaction(|tx| {
            for row in rows {
                tx.execute(
                    "INSERT INTO resource_servers (id, identifier, doc) VALUES (?1, ?2, ?3)
                     ON CONFLICT(identifier) DO UPDATE SET doc = excluded.doc",
                    params![row.id, row.identifier, row.doc.to_string()],
                )?;
                let id: String = tx.query_row(
                    "SELECT id FROM resource_servers WHERE identifier = ?1",
                    [&row.identifier],
                    |r| r.get(0),
                )?;
                prune_permissions(tx, &id)?;
            }
            Ok(())
        })
    }

    /// Deletes an API and every permission of it; true when there was one.
    pub fn resource_server_delete(&self, id: &str) -> Result<bool> {
        self.with(|c| Ok(c.execute("DELETE FROM resource_servers WHERE id = ?1", [id])? > 0))
    }

    // ---------------------------------------------------------------------------------------------------
    // Roles
    // ---------------------------------------------------------------------------------------------------

    /// A page of roles in creation order, those whose name contains `name_filter` (case-insensitive), and how
    /// many match.
    pub fn roles_list(
        &self,
        name_filter: Option<&str>,
        page: i64,
        per_page: i64,
    ) -> Result<(Vec<RoleRow>, i64)> {
        self.read(|c| {
            let pattern = name_filter.map(|f| {
                let escaped = f
                    .to_lowercase()
                    .replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_");
                format!("%{escaped}%")
            });
            let filter = "(?1 IS NULL OR lower(name) LIKE ?1 ESCAPE '\\')";
            let total: i64 = c.query_row(
                &format!("SELECT count(*) FROM roles WHERE {filter}"),
                [&pattern],
                |r| r.get(0),
            )?;
            let mut st = c.prepare_cached(&format!(
                "SELECT id, name, description FROM roles WHERE {filter} ORDER BY seq LIMIT ?2 OFFSET ?3"
            ))?;
            let rows = st
                .query_map(params![pattern, per_page, page * per_page], role_from_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok((rows, total))
        })
    }

    pub fn role(&self, id: &str) -> Result<Option<RoleRow>> {
        self.read(|c| {
            Ok(c.query_row(
                "SELECT id, name, description FROM roles WHERE id = ?1",
                [id],
                role_from_row,
            )
            .optional()?)
        })
    }

    /// Inserts a role; [`RbacWrite::Conflict`] when the name (case-insensitive) is taken.
    pub fn role_insert(&self, role: &RoleRow) -> Result<RbacWrite> {
        self.with(|c| {
            match c.execute(
                "INSERT INTO roles (id, name, description) VALUES (?1, ?2, ?3)",
                params![role.id, role.name, role.description],
            ) {
                Ok(_) => Ok(RbacWrite::Done),
                Err(e) if is_unique_violation(&e) => Ok(RbacWrite::Conflict),
                Err(e) => Err(e.into()),
            }
        })
    }

    /// Writes a role's name and description.
    pub fn role_update(&self, role: &RoleRow) -> Result<RbacWrite> {
        self.with(|c| {
            match c.execute(
                "UPDATE roles SET name = ?2, description = ?3 WHERE id = ?1",
                params![role.id, role.name, role.description],
            ) {
                Ok(0) => Ok(RbacWrite::NotFound),
                Ok(_) => Ok(RbacWrite::Done),
                Err(e) if is_unique_violation(&e) => Ok(RbacWrite::Conflict),
                Err(e) => Err(e.into()),
            }
        })
    }

    /// Deletes a role, its permissions and its assignments; true when there was one.
    pub fn role_delete(&self, id: &str) -> Result<bool> {
        self.with(|c| Ok(c.execute("DELETE FROM roles WHERE id = ?1", [id])? > 0))
    }

    /// A page of a role's permissions (ordered by API identifier, then name) and how many it has.
    pub fn role_permissions(
        &self,
        role_id: &str,
        page: i64,
        per_page: i64,
    ) -> Result<(Vec<PermissionRow>, i64)> {
        self.read(|c| {
            let total: i64 = c.query_row(
                "SELECT count(*) FROM role_permissions WHERE role_id = ?1",
                [role_id],
                |r| r.get(0),
            )?;
            let mut st = c.prepare_cached(&format!(
                "SELECT {PERM_COLUMNS} FROM role_permissions p JOIN resource_servers rs ON rs.id = p.rs_id
                 WHERE p.role_id = ?1 ORDER BY rs.identifier, p.permission LIMIT ?2 OFFSET ?3"
            ))?;
            let rows = st
                .query_map(params![role_id, per_page, page * per_page], perm_from_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok((rows, total))
        })
    }

    /// Adds (`add`) or removes permissions of a role; already present or absent ones are no-ops.
    pub fn role_permissions_change(
        &self,
        role_id: &str,
        perms: &[PermissionKey],
        add: bool,
    ) -> Result<RbacWrite> {
        self.transaction(|tx| {
            if !role_exists(tx, role_id)? {
                return Ok(RbacWrite::NotFound);
            }
            let sql = if add {
                "INSERT OR IGNORE INTO role_permissions (role_id, rs_id, permission) VALUES (?1, ?2, ?3)"
            } else {
                "DELETE FROM role_permissions WHERE role_id = ?1 AND rs_id = ?2 AND permission = ?3"
            };
            let mut st = tx.prepare_cached(sql)?;
            for p in perms {
                st.execute(params![role_id, p.rs_id, p.permission])?;
            }
            Ok(RbacWrite::Done)
        })
    }

    // ---------------------------------------------------------------------------------------------------
    // Role members and user roles
    // ---------------------------------------------------------------------------------------------------

    /// Members of a role in assignment order: `offset`/`limit`, or those after `after_seq`; and the total.
    pub fn role_members(
        &self,
        role_id: &str,
        after_seq: Option<i64>,
        offset: i64,
        limit: i64,
    ) -> Result<(Vec<RoleMember>, i64)> {
        self.read(|c| {
            let total: i64 = c.query_row(
                "SELECT count(*) FROM user_roles WHERE role_id = ?1",
                [role_id],
                |r| r.get(0),
            )?;
            let mut st = c.prepare_cached(
                "SELECT ur.seq, ur.assigned_at, u.user_id, u.doc FROM user_roles ur
                 JOIN users u ON u.user_id = ur.user_id
                 WHERE ur.role_id = ?1 AND ur.seq > ?2 ORDER BY ur.seq LIMIT ?3 OFFSET ?4",
            )?;
            let rows = st
                .query_map(
                    params![role_id, after_seq.unwrap_or(0), limit, offset],
                    |r| {
                        Ok((
                            r.get::<_, i64>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, String>(2)?,
                            r.get::<_, String>(3)?,
                        ))
                    },
                )?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let mut out = Vec::with_capacity(rows.len());
            for (seq, assigned_at, user_id, doc) in rows {
                out.push(RoleMember {
                    seq,
                    assigned_at,
                    user_id,
                    doc: serde_json::from_str(&doc)?,
                });
            }
            Ok((out, total))
        })
    }

    /// Assigns `role_ids` to `user_ids` (every pair), all or nothing: [`RbacWrite::Missing`] names the first
    /// user or role that does not exist. Existing assignments stay as they are.
    pub fn user_roles_add(&self, user_ids: &[String], role_ids: &[String]) -> Result<RbacWrite> {
        let now = crate::now_iso();
        self.transaction(|tx| {
            for r in role_ids {
                if !role_exists(tx, r)? {
                    return Ok(RbacWrite::Missing(r.clone()));
                }
            }
            for u in user_ids {
                if !user_exists(tx, u)? {
                    return Ok(RbacWrite::Missing(u.clone()));
                }
            }
            let mut st = tx.prepare_cached(
                "INSERT OR IGNORE INTO user_roles (user_id, role_id, assigned_at) VALUES (?1, ?2, ?3)",
            )?;
            for u in user_ids {
                for r in role_ids {
                    st.execute(params![u, r, now])?;
                }
            }
            Ok(RbacWrite::Done)
        })
    }

    /// Removes roles from a user (unassigned ones are ignored).
    pub fn user_roles_remove(&self, user_id: &str, role_ids: &[String]) -> Result<()> {
        self.transaction(|tx| {
            let mut st =
                tx.prepare_cached("DELETE FROM user_roles WHERE user_id = ?1 AND role_id = ?2")?;
            for r in role_ids {
                st.execute(params![user_id, r])?;
            }
            Ok(())
        })
    }

    /// A page of a user's roles (in assignment order) and how many it has.
    pub fn user_roles(
        &self,
        user_id: &str,
        page: i64,
        per_page: i64,
    ) -> Result<(Vec<RoleRow>, i64)> {
        self.read(|c| {
            let total: i64 = c.query_row(
                "SELECT count(*) FROM user_roles WHERE user_id = ?1",
                [user_id],
                |r| r.get(0),
            )?;
            let mut st = c.prepare_cached(
                "SELECT r.id, r.name, r.description FROM user_roles ur JOIN roles r ON r.id = ur.role_id
                 WHERE ur.user_id = ?1 ORDER BY ur.seq LIMIT ?2 OFFSET ?3",
            )?;
            let rows = st
                .query_map(params![user_id, per_page, page * per_page], role_from_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok((rows, total))
        })
    }

    // ---------------------------------------------------------------------------------------------------
    // User permissions
    // ---------------------------------------------------------------------------------------------------

    /// Adds (`add`) or removes direct permissions of a user; [`RbacWrite::NotFound`] when there is no such user.
    pub fn user_permissions_change(
        &self,
        user_id: &str,
        perms: &[PermissionKey],
        add: bool,
    ) -> Result<RbacWrite> {
        self.transaction(|tx| {
            if !user_exists(tx, user_id)? {
                return Ok(RbacWrite::NotFound);
            }
            let sql = if add {
                "INSERT OR IGNORE INTO user_permissions (user_id, rs_id, permission) VALUES (?1, ?2, ?3)"
            } else {
                "DELETE FROM user_permissions WHERE user_id = ?1 AND rs_id = ?2 AND permission = ?3"
            };
            let mut st = tx.prepare_cached(sql)?;
            for p in perms {
                st.execute(params![user_id, p.rs_id, p.permission])?;
            }
            Ok(RbacWrite::Done)
        })
    }

    /// Every permission of a user, direct and through roles, one entry per source, ordered by API identifier
    /// and permission name (direct before roles, roles in assignment order). `rs_id` narrows to one API.
    pub fn user_permission_sources(
        &self,
        user_id: &str,
        rs_id: Option<&str>,
    ) -> Result<Vec<(PermissionRow, PermissionSource)>> {
        self.read(|c| {
            let mut st = c.prepare_cached(&format!(
                "SELECT {PERM_COLUMNS}, NULL, NULL, 0 AS o FROM user_permissions p
                   JOIN resource_servers rs ON rs.id = p.rs_id
                   WHERE p.user_id = ?1 AND (?2 IS NULL OR p.rs_id = ?2)
                 UNION ALL
                 SELECT {PERM_COLUMNS}, r.id, r.name, ur.seq AS o FROM user_roles ur
                   JOIN roles r ON r.id = ur.role_id
                   JOIN role_permissions p ON p.role_id = ur.role_id
                   JOIN resource_servers rs ON rs.id = p.rs_id
                   WHERE ur.user_id = ?1 AND (?2 IS NULL OR p.rs_id = ?2)
                 ORDER BY 1, 3, o"
            ))?;
            let rows = st
                .query_map(params![user_id, rs_id], |r| {
                    let perm = perm_from_row(r)?;
                    let role_id: Option<String> = r.get(4)?;
                    let role_name: Option<String> = r.get(5)?;
                    Ok((
                        perm,
                        PermissionSource {
                            role: role_id.zip(role_name),
                        },
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows)
        })
    }

    // ---------------------------------------------------------------------------------------------------
    // Client grants
    // ---------------------------------------------------------------------------------------------------

    /// Replaces a client's grants: `(audience, scopes)` pairs.
    pub fn client_grants_replace(
        &self,
        client_id: &str,
        grants: &[(String, Vec<String>)],
    ) -> Result<()> {
        self.transaction(|tx| {
            tx.execute("DELETE FROM client_grants WHERE client_id = ?1", [client_id])?;
            let mut st = tx.prepare_cached(
                "INSERT OR REPLACE INTO client_grants (client_id, audience, scopes) VALUES (?1, ?2, ?3)",
            )?;
            for (aud, scopes) in grants {
                st.execute(params![client_id, aud, scopes.join(" ")])?;
            }
            Ok(())
        })
    }

    /// The scopes granted to a client for an API, or `None` when it has no grant for it.
    pub fn client_grant(&self, client_id: &str, audience: &str) -> Result<Option<Vec<String>>> {
        self.read(|c| {
            let s: Option<String> = c
                .query_row(
                    "SELECT scopes FROM client_grants WHERE client_id = ?1 AND audience = ?2",
                    [client_id, audience],
                    |r| r.get(0),
                )
                .optional()?;
            Ok(s.map(|s| s.split_whitespace().map(str::to_owned).collect()))
        })
    }
}

/// `meta` key of the changes made to the system Management API (`token_lifetime`,
/// `skip_consent_for_verifiable_first_party_clients`).
const SYSTEM_API_KEY: &str = "system_api";

impl Store {
    /// The stored changes to the system Management API (an object), if any.
    pub fn system_api_settings(&self) -> Result<Option<Value>> {
        self.read(|c| {
            let v: Option<String> = c
                .query_row(
                    "SELECT value FROM meta WHERE key = ?1",
                    [SYSTEM_API_KEY],
                    |r| r.get(0),
                )
                .optional()?;
            v.map(|s| serde_json::from_str(&s).map_err(Into::into))
                .transpose()
        })
    }

    /// Stores the changes to the system Management API.
    pub fn set_system_api_settings(&self, v: &Value) -> Result<()> {
        self.with(|c| {
            c.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![SYSTEM_API_KEY, v.to_string()],
            )?;
            Ok(())
        })
    }
}

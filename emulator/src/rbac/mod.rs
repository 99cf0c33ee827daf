//! Auth0's RBAC rules, free of HTTP and SQL: APIs (resource servers: validation, defaults, key order, the system
//! Management API), roles, permission request bodies, and what an access token for an API may carry.
//!
//! - `schema`: a small validator that words errors as Auth0's (`Payload validation error: '…' on property …`).
//! - `resource_servers`: create/patch rules, defaults, the system API, the config file's APIs.
//! - `roles`: role bodies, ids and the role object.
//! - `permissions`: `{"permissions":[…]}` / `{"roles":[…]}` / `{"users":[…]}` bodies and the user permission list.
//! - `grants`: the scope and `permissions` claim of a token for an API.

pub mod grants;
pub mod permissions;
pub mod resource_servers;
pub mod roles;
mod schema;

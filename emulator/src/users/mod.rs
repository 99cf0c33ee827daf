//! The Management API's rules for user objects, free of HTTP and SQL, one concern per file:
//!
//! - `error`: [`RuleError`], what a broken rule answers.
//! - `schema`: the `POST`/`PATCH` body validator and its formats ([`is_email`], [`is_phone`], …).
//! - `connection`: what a user's connection decides ([`is_database`], [`provider_of`], …).
//! - `password`: connection password policies ([`password_is_strong`]).
//! - `ids`, `picture`: the one user-id generator ([`new_object_id`]) and the one default picture ([`gravatar`]),
//!   shared with bulk imports.
//! - `create`: [`plan_create`] (server-filled defaults); `patch`: [`validate_patch`], [`apply_patch`],
//!   one-level [`merge_metadata`].
//! - `projection`: key order ([`normalize`]) and `fields`/`include_fields` ([`Projection`]).
//!
//! Error texts follow Auth0 (see `docs` in `emulator/README.md`, section "Management API"): schema errors read
//! `Payload validation error: '<detail>' on property <name> (<description>).` as Auth0's z-schema validator
//! words them.

mod connection;
mod create;
mod error;
mod ids;
mod password;
mod patch;
mod picture;
mod projection;
mod schema;

pub use connection::{is_database, is_passwordless, provider_of};
pub use create::{NewUserPlan, plan_create};
pub use error::RuleError;
pub use ids::new_object_id;
pub use password::{describe_policy, password_is_strong};
pub use patch::{PatchPlan, apply_patch, merge_metadata, patch_needs_update_users, validate_patch};
pub use picture::{Initials, gravatar};
pub use projection::{Projection, normalize};
pub(crate) use schema::type_name;
pub use schema::{is_email, is_phone, is_strict_uri};

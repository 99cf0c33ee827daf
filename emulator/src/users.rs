//! The Management API's rules for user objects, free of HTTP and SQL: validating create and patch bodies,
//! server-filled defaults, one-level metadata merge, `fields`/`include_fields` projection.

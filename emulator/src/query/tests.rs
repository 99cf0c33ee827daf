//! Tests for the query module.

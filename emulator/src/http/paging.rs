//! Offset paging of the RBAC lists: `page` (0-based), `per_page` (1–100, default 50) and `include_totals`, and
//! the `{<key>,start,limit,total}` envelope.

// `ApiError` (shared, owned by http/error.rs) is larger than clippy's default; it is built only on error paths.
#![allow(clippy::result_large_err)]

use serde_json::{Map, Value, json};

use super::ApiError;
use super::extract::QueryParams;

/// A parsed offset page.
#[derive(Debug, Clone, Copy)]
pub(crate) struct OffsetPage {
    pub page: i64,
    pub per_page: i64,
    pub include_totals: bool,
}

impl OffsetPage {
    pub(crate) fn parse(qp: &QueryParams) -> Result<OffsetPage, ApiError> {
        let per_page = qp
            .int(
                "per_page",
                1,
                Some(100),
                "Number of results per page. Defaults to 50.",
            )?
            .unwrap_or(50);
        let page = qp
            .int(
                "page",
                0,
                None,
                "Page index of the results to return. First page is 0.",
            )?
            .unwrap_or(0);
        let include_totals = qp
            .bool(
                "include_totals",
                "Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).",
            )?
            .unwrap_or(false);
        Ok(OffsetPage {
            page,
            per_page,
            include_totals,
        })
    }

    pub(crate) fn start(&self) -> i64 {
        self.page * self.per_page
    }

    /// A bare array, or with totals `{<key>,start,limit,total}` (`limit` echoes `per_page`).
    pub(crate) fn envelope(&self, key: &str, items: Vec<Value>, total: i64) -> Value {
        if !self.include_totals {
            return Value::Array(items);
        }
        let mut m = Map::new();
        m.insert(key.into(), Value::Array(items));
        m.insert("start".into(), json!(self.start()));
        m.insert("limit".into(), json!(self.per_page));
        m.insert("total".into(), json!(total));
        Value::Object(m)
    }
}

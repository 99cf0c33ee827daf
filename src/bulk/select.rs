//! TEMPORARY stand-in until the selection module lands (replaced at merge).

use serde_json::Value;

use crate::api::Client;
use crate::api::users::{self, ListParams};
use crate::error::usage;

pub fn parse_ids(input: &str) -> anyhow::Result<Vec<String>> {
    let t = input.trim_start();
    let mut ids = Vec::new();
    if t.starts_with('[') {
        let v: Value = serde_json::from_str(t).map_err(|e| usage(format!("stdin: {e}")))?;
        for u in v.as_array().cloned().unwrap_or_default() {
            ids.push(u["user_id"].as_str().ok_or_else(|| usage("no user_id"))?.to_owned());
        }
    } else if t.starts_with('{') {
        for l in input.lines().filter(|l| !l.trim().is_empty()) {
            let v: Value = serde_json::from_str(l).map_err(|e| usage(format!("stdin: {e}")))?;
            ids.push(v["user_id"].as_str().ok_or_else(|| usage("no user_id"))?.to_owned());
        }
    } else {
        ids = input.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect();
    }
    if ids.is_empty() {
        return Err(usage("no user ids on stdin"));
    }
    Ok(ids)
}

pub async fn all_matching(
    client: &Client,
    q: Option<&str>,
    connection: Option<&str>,
    progress: &mut dyn FnMut(usize),
) -> anyhow::Result<Vec<Value>> {
    let q = match (q, connection) {
        (Some(q), Some(c)) => Some(format!("({q}) AND identities.connection:\"{c}\"")),
        (q, _) => q.map(str::to_owned),
    };
    let mut out = Vec::new();
    for page in 0..10 {
        let p = users::list(client, &ListParams { q: q.clone(), sort: Some("created_at:1".into()), page, per_page: 100 }).await?;
        let n = p.users.len();
        out.extend(p.users);
        progress(out.len());
        if n < 100 {
            break;
        }
    }
    Ok(out)
}

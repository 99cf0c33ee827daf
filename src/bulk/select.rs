//! Which users a bulk run (or `users list --all`) is about.
//!
//! - [`parse_ids`]: stdin when `-` is the only id: one id per line, or user objects as NDJSON or a JSON array (what
//!   `a0 users list -o ndjson|json` and `a0 jobs export` write), taking each `user_id`.
//! - [`all_matching`]: every user matching a query, past Auth0's 1,000-result search cap. A query narrowed to a
//!   `created_at` window is a new query with a cap of its own, so the time range is halved (`created_at:["A" TO
//!   "B"}`, half-open so windows neither overlap nor leave gaps) until each window holds at most 1,000 users,
//!   and each window is paged. The result is exact and in `created_at` order; a window of one millisecond that
//!   still holds more than 1,000 users is an error pointing to `a0 jobs export`, never a silent shortfall.

use std::collections::HashSet;

use serde_json::Value;

use crate::api::Client;
use crate::api::users::{self, ListParams, MAX_PER_PAGE, SEARCH_CAP};
use crate::error::{CliError, Exit, usage};

/// The ids in `input` (see the module docs). Duplicates keep their first place. Errors are usage errors
/// (exit 2) naming the line.
pub fn parse_ids(input: &str) -> anyhow::Result<Vec<String>> {
    let trimmed = input.trim_start();
    let mut ids = Vec::new();
    let take = |v: &Value, line: usize| -> anyhow::Result<String> {
        match v.get("user_id") {
            Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
            _ => Err(usage(format!(
                "stdin: line {line}: a user object without a user_id; nothing was sent"
            ))),
        }
    };
    if trimmed.starts_with('[') {
        let offset = input[..input.len() - trimmed.len()].matches('\n').count();
        let v: Value = serde_json::from_str(trimmed).map_err(|e| {
            usage(format!(
                "stdin: line {}: not a JSON array of users: {e}; nothing was sent",
                e.line() + offset
            ))
        })?;
        let items = v.as_array().cloned().unwrap_or_default();
        let lines = object_lines(trimmed);
        for (i, item) in items.iter().enumerate() {
            let line = lines.get(i).copied().unwrap_or(1) + offset;
            if !item.is_object() {
                return Err(usage(format!(
                    "stdin: line {line}: expected user objects in the array; nothing was sent"
                )));
            }
            ids.push(take(item, line)?);
        }
    } else if trimmed.starts_with('{') {
        for (i, raw) in input.lines().enumerate() {
            if raw.trim().is_empty() {
                continue;
            }
            let v: Value = serde_json::from_str(raw).map_err(|e| {
                usage(format!(
                    "stdin: line {}: not a JSON user object: {e}; nothing was sent",
                    i + 1
                ))
            })?;
            ids.push(take(&v, i + 1)?);
        }
    } else {
        ids = input
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
    }
    if ids.is_empty() {
        return Err(usage(
            "no user ids on stdin (one per line, or users as NDJSON or a JSON array)",
        ));
    }
    let mut seen = HashSet::new();
    ids.retain(|id| seen.insert(id.clone()));
    Ok(ids)
}

/// The line on which each top-level object of a JSON array starts.
pub(crate) fn object_lines(text: &str) -> Vec<usize> {
    let (mut depth, mut line, mut in_str, mut esc) = (0i32, 1usize, false, false);
    let mut out = Vec::new();
    for c in text.chars() {
        if c == '\n' {
            line += 1;
        }
        if in_str {
            match (esc, c) {
                (true, _) => esc = false,
                (false, '\\') => esc = true,
                (false, '"') => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_str = true,
            '{' | '[' => {
                if depth == 1 {
                    out.push(line);
                }
                depth += 1;
            }
            '}' | ']' => depth -= 1,
            _ => {}
        }
    }
    out
}

/// The `q` of a selection: the query, ANDed with the connection clause.
pub fn query(q: Option<&str>, connection: Option<&str>) -> Option<String> {
    let conn = connection.map(|c| {
        format!(
            "identities.connection:\"{}\"",
            c.replace('\\', "\\\\").replace('"', "\\\"")
        )
    });
    match (q.map(str::trim).filter(|q| !q.is_empty()), conn) {
        (Some(q), Some(c)) => Some(format!("({q}) AND {c}")),
        (Some(q), None) => Some(q.to_owned()),
        (None, c) => c,
    }
}

/// Milliseconds since the epoch as Auth0 writes dates: `2023-01-25T19:00:26.187Z`.
fn iso(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn created_ms(user: &Value) -> Option<i64> {
    let s = user.get("created_at")?.as_str()?;
    chrono::DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.timestamp_millis())
}

/// `(Q) AND created_at:["lo" TO "hi"}`: the users of Q created in `[lo, hi)`.
fn window_query(base: Option<&str>, lo: i64, hi: i64) -> String {
    let w = format!("created_at:[\"{}\" TO \"{}\"}}", iso(lo), iso(hi));
    match base {
        Some(q) => format!("({q}) AND {w}"),
        None => w,
    }
}

/// How many users `q` matches (one request with `per_page=1`), and the first in `sort` order.
async fn count(
    client: &Client,
    q: Option<String>,
    sort: &str,
) -> anyhow::Result<(u64, Option<Value>)> {
    let page = users::list(
        client,
        &ListParams {
            q,
            sort: Some(sort.to_owned()),
            page: 0,
            per_page: 1,
        },
    )
    .await?;
    Ok((page.total, page.users.into_iter().next()))
}

/// Pages through a query of at most 1,000 matches in `created_at` order, adding unseen users to `out`.
/// Returns how many users it saw.
async fn page_all(
    client: &Client,
    q: Option<String>,
    expected: u64,
    seen: &mut HashSet<String>,
    out: &mut Vec<Value>,
    progress: &mut dyn FnMut(usize),
) -> anyhow::Result<u64> {
    let mut got = 0u64;
    let mut page = 0u32;
    while got < expected && page * MAX_PER_PAGE < SEARCH_CAP {
        let p = users::list(
            client,
            &ListParams {
                q: q.clone(),
                sort: Some("created_at:1".into()),
                page,
                per_page: MAX_PER_PAGE,
            },
        )
        .await?;
        let n = p.users.len();
        got += n as u64;
        for u in p.users {
            if let Some(id) = u.get("user_id").and_then(Value::as_str)
                && seen.insert(id.to_owned())
            {
                out.push(u);
            }
        }
        progress(out.len());
        if n < MAX_PER_PAGE as usize {
            break;
        }
        page += 1;
    }
    Ok(got)
}

/// Every user matching `q` (and `connection`), however many, in `created_at` order (see the module docs).
/// `progress` sees how many users have been gathered.
pub async fn all_matching(
    client: &Client,
    q: Option<&str>,
    connection: Option<&str>,
    progress: &mut dyn FnMut(usize),
) -> anyhow::Result<Vec<Value>> {
    let base = query(q, connection);
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    let (total, first) = count(client, base.clone(), "created_at:1").await?;
    if total == 0 {
        return Ok(out);
    }
    if total <= u64::from(SEARCH_CAP) {
        page_all(client, base, total, &mut seen, &mut out, progress).await?;
        return Ok(out);
    }
    let (_, last) = count(client, base.clone(), "created_at:-1").await?;
    let (Some(lo), Some(hi)) = (
        first.as_ref().and_then(created_ms),
        last.as_ref().and_then(created_ms),
    ) else {
        return Err(CliError::new(
            Exit::Failure,
            "the tenant's users carry no readable created_at, so a selection past 1,000 users cannot be split \
             by time; use `a0 jobs export` to get every user",
        )
        .into());
    };
    // Windows [lo, hi), earliest first: a stack of the ones still to look at, the later half pushed first.
    let mut todo = vec![(lo, hi + 1)];
    while let Some((lo, hi)) = todo.pop() {
        let q = window_query(base.as_deref(), lo, hi);
        let (n, _) = count(client, Some(q.clone()), "created_at:1").await?;
        if n == 0 {
            continue;
        }
        if n <= u64::from(SEARCH_CAP) {
            let got = page_all(client, Some(q), n, &mut seen, &mut out, progress).await?;
            if got >= n || hi - lo <= 1 {
                continue;
            }
            // Fewer than counted came back (users created meanwhile shifted the pages): split and look again;
            // the ids seen already are not added twice.
        }
        if hi - lo <= 1 {
            return Err(CliError::new(
                Exit::Failure,
                format!(
                    "{n} users were created in the same millisecond ({}), more than the 1,000 one search can \
                     return, so they cannot all be selected by query; use `a0 jobs export` to get every user",
                    iso(lo)
                ),
            )
            .into());
        }
        let mid = lo + (hi - lo) / 2;
        todo.push((mid, hi));
        todo.push((lo, mid));
    }
    out.sort_by_key(|u| created_ms(u).unwrap_or(i64::MAX));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::CliError;

    #[test]
    fn ids_one_per_line_ndjson_and_arrays() {
        assert_eq!(parse_ids("a\n\n  b \na\n").unwrap(), ["a", "b"]);
        assert_eq!(
            parse_ids("{\"user_id\":\"auth0|1\",\"email\":\"x\"}\n{\"user_id\":\"auth0|2\"}\n")
                .unwrap(),
            ["auth0|1", "auth0|2"]
        );
        assert_eq!(
            parse_ids(" [\n {\"user_id\":\"a\"},\n {\"user_id\":\"b\"}\n]").unwrap(),
            ["a", "b"]
        );
    }

    #[test]
    fn bad_stdin_is_a_usage_error_with_its_line() {
        for (input, needle) in [
            ("", "no user ids"),
            ("{\"user_id\":\"a\"}\n{\"email\":\"x\"}\n", "line 2"),
            ("[\n{\"user_id\":\"a\"},\n{\"name\":\"b\"}\n]", "line 3"),
            ("{\"user_id\":\"a\"}\n{oops\n", "line 2"),
        ] {
            let err = parse_ids(input).unwrap_err();
            assert_eq!(CliError::exit_in(&err), Some(Exit::Usage), "{input:?}");
            assert!(err.to_string().contains(needle), "{input:?}: {err}");
        }
    }

    #[test]
    fn windows_are_half_open_and_anded() {
        assert_eq!(
            window_query(Some("email:*@x.com"), 0, 1000),
            "(email:*@x.com) AND created_at:[\"1970-01-01T00:00:00.000Z\" TO \"1970-01-01T00:00:01.000Z\"}"
        );
        assert_eq!(
            query(Some("blocked:true"), Some("db")).unwrap(),
            "(blocked:true) AND identities.connection:\"db\""
        );
    }
}

//! `a0 users list`: search users page by page. With `--limit` (default 50) it fetches pages of 100 until it
//! has enough (page k holds results 100k..100k+99, so pages never overlap or leave gaps), stopping at Auth0's
//! 1,000-result cap with a warning; with `--page/--per-page` it fetches exactly that page; with `--all` every
//! match past the cap (`crate::bulk::select::all_matching`).

use std::process::ExitCode;

use clap::Args;
use serde_json::Value;

use crate::api::users::{self, ListParams, MAX_PER_PAGE, SEARCH_CAP};
use crate::bulk::select::{self, query};
use crate::cli::GlobalArgs;
use crate::error::usage;
use crate::jobs::validate::thousands;
use crate::output::{self, Printer};

pub const EXAMPLES: &str = "\
Examples:
  a0 users list
  a0 users list -q 'email:*@example.com' --sort created_at:-1 --limit 200
  a0 users list --connection Username-Password-Authentication --fields user_id,email,blocked
  a0 users list -q 'app_metadata.plan:\"pro\"' --jq '.[].email'
  a0 users list --page 2 --per-page 25 -o csv > page2.csv
  a0 users list -q 'email:*@acme.com' --all -o ndjson > acme.ndjson";

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Search query in Auth0's user-search syntax (e.g. `email:"ada@example.com"`, `blocked:true`).
    #[arg(short = 'q', long = "query", value_name = "QUERY")]
    pub query: Option<String>,
    /// Sort by a field, ascending (1) or descending (-1): `created_at:-1`.
    #[arg(long, value_name = "FIELD:1|-1")]
    pub sort: Option<String>,
    /// Only users of this connection (adds `identities.connection:"NAME"` to the query).
    #[arg(long, value_name = "NAME")]
    pub connection: Option<String>,
    /// How many users to show at most (Auth0 returns at most 1,000 per search) [default: 50].
    #[arg(long, value_name = "N", conflicts_with_all = ["page", "per_page"], allow_negative_numbers = true,
          value_parser = parse_limit)]
    pub limit: Option<u32>,
    /// Every matching user, past Auth0's 1,000-result cap (the time range is split into windows of at most
    /// 1,000), in created_at order.
    #[arg(long, conflicts_with_all = ["limit", "page", "per_page", "sort"])]
    pub all: bool,
    /// Fetch exactly this page (zero-based) instead of up to --limit users.
    #[arg(long, value_name = "N")]
    pub page: Option<u32>,
    /// Users per page with --page (1–100) [default: 50].
    #[arg(long, value_name = "N", requires = "page", value_parser = clap::value_parser!(u32).range(1..=100))]
    pub per_page: Option<u32>,
}

/// Longer queries do not fit in a URL that Auth0 (or a proxy on the way) accepts: say so instead of retrying.
const MAX_QUERY_BYTES: usize = 6_000;

fn check_query_length(q: &str) -> anyhow::Result<()> {
    if q.len() > MAX_QUERY_BYTES {
        return Err(usage(format!(
            "the query is {} bytes long, more than a URL can carry (at most {MAX_QUERY_BYTES}); \
             narrow it, or select the users with `a0 jobs export` or ids on stdin (-)",
            q.len()
        )));
    }
    Ok(())
}

/// `--limit`: a whole number of at least 1 (one rule and one message for `-1`, `=-1`, `0` and `ten`).
fn parse_limit(s: &str) -> Result<u32, String> {
    match s.trim().parse::<i64>() {
        Ok(n) if (1..=i64::from(u32::MAX)).contains(&n) => Ok(n as u32),
        _ => Err(format!(
            "`{s}` is not a number of users; --limit takes a whole number of at least 1 (e.g. --limit 200), \
             or use --all for every match"
        )),
    }
}

/// `FIELD:1` or `FIELD:-1`, FIELD made of letters, digits, `_` and `.`.
fn validate_sort(sort: &str) -> anyhow::Result<()> {
    let ok = sort.rsplit_once(':').is_some_and(|(field, dir)| {
        !field.is_empty()
            && field
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
            && (dir == "1" || dir == "-1")
    });
    if ok {
        Ok(())
    } else {
        Err(usage(format!(
            "--sort `{sort}`: expected FIELD:1 (ascending) or FIELD:-1 (descending), e.g. created_at:-1"
        )))
    }
}

pub async fn run(global: &GlobalArgs, args: ListArgs) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, output::USERS)?;
    if let Some(s) = &args.sort {
        validate_sort(s)?;
    }
    let q = query(args.query.as_deref(), args.connection.as_deref());
    if let Some(q) = &q {
        check_query_length(q)?;
    }
    let client = super::connect(global).await?;

    // Said after the listing, where the eye is when it ends.
    let mut notice_after = None;
    let users = if args.all {
        select::all_matching(
            &client,
            args.query.as_deref(),
            args.connection.as_deref(),
            &mut |_| {},
        )
        .await?
    } else if args.page.is_some() || args.per_page.is_some() {
        let params = ListParams {
            q,
            sort: args.sort,
            page: args.page.unwrap_or(0),
            per_page: args.per_page.unwrap_or(50),
        };
        users::list(&client, &params).await?.users
    } else {
        let limit = args.limit.unwrap_or(50);
        let (users, total) = fetch_up_to(&client, q, args.sort, limit).await?;
        if users.len() as u32 >= SEARCH_CAP && (limit > SEARCH_CAP || total > u64::from(SEARCH_CAP))
        {
            crate::diag::warn(format!(
                "Auth0 returns at most 1,000 users per search{}; showing the first 1,000. \
                 Narrow the query, add --all to get every match, or use `a0 jobs export`.",
                if total > u64::from(SEARCH_CAP) {
                    format!(" ({} match)", thousands(total as usize))
                } else {
                    String::new()
                }
            ));
        } else if global.output.io.stderr_tty
            && let Some(notice) = cut_notice(users.len(), total)
        {
            notice_after = Some(notice);
        }
        users
    };
    printer.list(&users)?;
    if let Some(notice) = notice_after {
        crate::diag::notice(notice);
    }
    Ok(ExitCode::SUCCESS)
}

/// `showing 50 of 20,005 users — …` when a --limit listing stopped before the last match (for a terminal:
/// `--jq length` on a cut list counts only what was shown).
fn cut_notice(shown: usize, total: u64) -> Option<String> {
    (total > shown as u64).then(|| {
        format!(
            "showing {} of {} users — use --limit N (up to 1,000) or --all for more",
            thousands(shown),
            thousands(total as usize)
        )
    })
}

/// Pages of 100 (or one smaller page when `limit` < 100) until `limit` users, the end, or the cap.
async fn fetch_up_to(
    client: &crate::api::Client,
    q: Option<String>,
    sort: Option<String>,
    limit: u32,
) -> anyhow::Result<(Vec<Value>, u64)> {
    let want = limit.min(SEARCH_CAP) as usize;
    let per_page = if limit < MAX_PER_PAGE {
        limit
    } else {
        MAX_PER_PAGE
    };
    let mut out: Vec<Value> = Vec::with_capacity(want.min(1000));
    let mut total = 0;
    let mut page = 0;
    while out.len() < want && page * per_page < SEARCH_CAP {
        let params = ListParams {
            q: q.clone(),
            sort: sort.clone(),
            page,
            per_page,
        };
        let got = users::list(client, &params).await?;
        total = got.total;
        let n = got.users.len();
        out.extend(got.users.into_iter().take(want - out.len()));
        if n < per_page as usize || (page as u64 + 1) * per_page as u64 >= total {
            break;
        }
        page += 1;
    }
    Ok((out, total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_list_says_how_much_was_left_out() {
        assert_eq!(
            cut_notice(50, 20_005).as_deref(),
            Some("showing 50 of 20,005 users — use --limit N (up to 1,000) or --all for more")
        );
        assert_eq!(cut_notice(71, 71), None);
    }

    #[test]
    fn sort_needs_a_direction() {
        assert!(validate_sort("created_at:1").is_ok());
        assert!(validate_sort("app_metadata.plan:-1").is_ok());
        assert!(validate_sort("created_at").is_err());
        assert!(validate_sort("created_at:2").is_err());
        assert!(validate_sort(":1").is_err());
    }

    #[test]
    fn connection_is_anded_with_the_query() {
        assert_eq!(
            query(None, Some("db")).unwrap(),
            "identities.connection:\"db\""
        );
        assert_eq!(
            query(Some("blocked:true"), Some("db")).unwrap(),
            "(blocked:true) AND identities.connection:\"db\""
        );
        assert_eq!(query(Some("x"), None).unwrap(), "x");
        assert!(query(None, None).is_none());
    }
}

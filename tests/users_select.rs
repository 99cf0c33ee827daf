//! Selection past Auth0's 1,000-result search cap: `users list --all` and `--query` writes get every match,
//! exactly (compared as sets, no duplicates), in created_at order, by splitting the time range.

mod common;

use std::collections::BTreeSet;

use common::{TestEnv, stderr, stdout};
use serde_json::{Value, json};

/// 2,500 `userNNNN@example.com` (ids `auth0|seedNNNN`) and 300 `otherNNNN@example.org`, with created_at spread
/// over a year (a few sharing a millisecond), stored in an order unlike created_at's.
fn env_with_spread_users() -> TestEnv {
    let mut users = TestEnv::numbered_users(2500);
    users.extend((0..300).map(|i| {
        json!({
            "email": format!("other{i:04}@example.org"),
            "email_verified": true,
            "user_id": format!("other{i:04}"),
        })
    }));
    let env = TestEnv::builder().seed_users(users).start();
    env.store()
        .with(|conn| {
            // created_at spread over ~4.5 hours in an order unlike the insertion order, every user sharing
            // its millisecond with one other
            conn.execute_batch(
                "UPDATE users SET doc = json_set(doc, '$.created_at',
                   strftime('%Y-%m-%dT%H:%M:%fZ', '2025-01-01', (((rowid * 7919) % 2800 / 2) * 11) || ' seconds'));",
            )
            .map_err(Into::into)
        })
        .unwrap();
    env
}

fn ids_of(ndjson: &str) -> Vec<String> {
    ndjson
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["user_id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

#[test]
fn list_all_is_exact_past_the_cap_and_in_created_at_order() {
    let env = env_with_spread_users();
    let out = env
        .a0()
        .args([
            "users",
            "list",
            "-q",
            "email:user*",
            "--all",
            "-o",
            "ndjson",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let ids = ids_of(&text);
    let set: BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(set.len(), ids.len(), "no duplicates");
    let expected: BTreeSet<String> = (0..2500).map(|i| format!("auth0|seed{i:04}")).collect();
    assert_eq!(set, expected, "exactly the 2,500 matches");
    let created: Vec<String> = text
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["created_at"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert!(created.windows(2).all(|w| w[0] <= w[1]), "created_at order");

    // without --all the listing stops at the cap and says what to do
    let out = env
        .a0()
        .args([
            "users",
            "list",
            "-q",
            "email:user*",
            "--limit",
            "5000",
            "--quiet",
        ])
        .output()
        .unwrap();
    assert_eq!(stdout(&out).lines().count(), 1000);
    assert!(stderr(&out).contains("--all"), "{}", stderr(&out));
}

#[test]
fn a_query_write_reaches_every_match_past_the_cap() {
    let env = env_with_spread_users();
    let out = env
        .a0()
        .args(["users", "block", "--query", "email:user*", "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("blocked 2,500 users: 2,500 ok"),
        "{}",
        stderr(&out)
    );
    let out = env
        .a0()
        .args(["users", "list", "-q", "blocked:true", "--all", "--quiet"])
        .output()
        .unwrap();
    let blocked: BTreeSet<String> = stdout(&out).lines().map(str::to_owned).collect();
    assert_eq!(blocked.len(), 2500);
    assert!(blocked.iter().all(|id| id.starts_with("auth0|seed")));
}

#[test]
fn all_with_a_connection_keeps_only_that_connection() {
    let env = env_with_spread_users();
    let out = env
        .a0()
        .args(["users", "list", "--all", "--quiet"])
        .args(["--connection", "Username-Password-Authentication"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 2800);
    let out = env
        .a0()
        .args(["users", "list", "--all", "--quiet", "--connection", "nope"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
}

#[test]
fn more_than_1000_in_one_millisecond_is_an_error_pointing_to_export() {
    let env = TestEnv::builder()
        .seed_users(TestEnv::numbered_users(1100))
        .start();
    env.store()
        .with(|conn| {
            conn.execute_batch(
                "UPDATE users SET doc = json_set(doc, '$.created_at', '2025-01-01T00:00:00.000Z');",
            )
            .map_err(Into::into)
        })
        .unwrap();
    let out = env
        .a0()
        .args(["users", "list", "--all", "--quiet"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("a0 jobs export"), "{}", stderr(&out));
    assert_eq!(stdout(&out), "", "never fewer silently");
}

//! `a0 users list`: default limit, pagination without overlap or gaps, the 1,000-result cap, queries,
//! `--connection`, `--page/--per-page`, 429 handling, and its bad inputs (exit 2, nothing sent).

mod common;

use std::collections::BTreeSet;

use common::{ADMIN_ID, ADMIN_SECRET, Login, TestEnv, json, stderr, stdout};

fn seeded(n: usize) -> TestEnv {
    TestEnv::builder()
        .seed_users(TestEnv::numbered_users(n))
        .start()
}

fn ids(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|u| u["user_id"].as_str().unwrap().to_owned())
        .collect()
}

fn emails(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn list_shows_50_users_by_default() {
    let env = seeded(70);
    let out = env.a0().args(["users", "list"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 50);
}

#[test]
fn list_pages_through_250_users_without_duplicates_or_gaps() {
    let env = seeded(250);
    let out = env
        .a0()
        .args([
            "users", "list", "--limit", "250", "--sort", "email:1", "--json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let got = emails(&json(&out));
    let expected: Vec<String> = (0..250)
        .map(|i| format!("user{i:04}@example.com"))
        .collect();
    assert_eq!(got, expected, "every user exactly once, in order");
}

#[test]
fn a_limit_that_is_not_a_multiple_of_100_gets_exactly_that_many_distinct_users() {
    let env = seeded(250);
    let out = env
        .a0()
        .args([
            "users", "list", "--limit", "150", "--sort", "email:1", "--json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let got = emails(&json(&out));
    assert_eq!(got.len(), 150);
    assert_eq!(
        got.iter().collect::<BTreeSet<_>>().len(),
        150,
        "no duplicates"
    );
    assert_eq!(got.last().unwrap(), "user0149@example.com", "no gaps");
}

#[test]
fn list_stops_at_the_1000_cap_with_a_warning_naming_jobs_export() {
    let env = seeded(1005);
    let out = env
        .a0()
        .args(["users", "list", "--limit", "5000", "--quiet"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: BTreeSet<String> = stdout(&out).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 1000);
    let err = stderr(&out);
    assert!(
        err.contains("1,000") && err.contains("a0 jobs export"),
        "{err}"
    );
}

#[test]
fn below_the_cap_there_is_no_warning() {
    let env = seeded(120);
    let out = env
        .a0()
        .args(["users", "list", "--limit", "5000", "--quiet"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(stdout(&out).lines().count(), 120);
    assert!(!stderr(&out).contains("jobs export"));
}

#[test]
fn query_filters_users() {
    let env = seeded(30);
    let out = env
        .a0()
        .args([
            "users",
            "list",
            "-q",
            "email:\"user0007@example.com\"",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(emails(&json(&out)), ["user0007@example.com"]);
}

#[test]
fn connection_flag_restricts_to_that_connection_and_is_anded_with_the_query() {
    let env = seeded(5);
    let out = env
        .a0()
        .args([
            "users",
            "list",
            "--connection",
            "Username-Password-Authentication",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(ids(&json(&out)).len(), 5);

    let out = env
        .a0()
        .args([
            "users",
            "list",
            "--connection",
            "no-such-connection",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out), serde_json::json!([]));

    let out = env
        .a0()
        .args([
            "users",
            "list",
            "--connection",
            "Username-Password-Authentication",
        ])
        .args(["-q", "email:\"user0001@example.com\"", "--json"])
        .output()
        .unwrap();
    assert_eq!(emails(&json(&out)), ["user0001@example.com"]);
}

#[test]
fn page_and_per_page_fetch_exactly_one_page() {
    let env = seeded(40);
    let out = env
        .a0()
        .args([
            "users",
            "list",
            "--page",
            "1",
            "--per-page",
            "10",
            "--sort",
            "email:1",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let expected: Vec<String> = (10..20)
        .map(|i| format!("user{i:04}@example.com"))
        .collect();
    assert_eq!(emails(&json(&out)), expected);
}

#[test]
fn a_rate_limited_listing_is_paced_under_the_limit() {
    let env = TestEnv::builder()
        .seed_users(TestEnv::numbered_users(450))
        .rate_limit(2)
        .start();
    let out = env
        .a0()
        .args(["users", "list", "--limit", "450", "--quiet", "-v"])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert_eq!(stdout(&out).lines().collect::<BTreeSet<_>>().len(), 450);
    // the client paces itself from the x-ratelimit-* headers: 5 pages at 2 per second, no 429
    assert!(err.contains("x-ratelimit-remaining=0"), "{err}");
    assert!(!err.contains("< 429"), "paced requests meet no 429:\n{err}");
    assert!(
        !err.contains(ADMIN_SECRET),
        "the secret never appears in the log"
    );
    assert!(
        !err.to_lowercase().contains("bearer "),
        "the Authorization header is not logged"
    );
}

/// A fresh emulator with nothing cached: any request a0 sent would first fetch a token.
fn unsent(args: &[&str]) -> (std::process::Output, u64) {
    let env = TestEnv::builder().login(Login::None).start();
    let out = env
        .a0_as(ADMIN_ID, ADMIN_SECRET)
        .args(args)
        .output()
        .unwrap();
    (out, env.token_requests())
}

#[test]
fn bad_list_inputs_exit_2_and_send_nothing() {
    for (args, needle) in [
        (&["users", "list", "--limit", "0"][..], "--limit"),
        (&["users", "list", "--sort", "created_at"][..], "--sort"),
        (&["users", "list", "--sort", "created_at:2"][..], "--sort"),
        (
            &["users", "list", "--page", "1", "--limit", "10"][..],
            "--page",
        ),
        (&["users", "list", "--per-page", "500"][..], "--per-page"),
        (
            &["users", "list", "--fields", "user_id,shoe_size"][..],
            "shoe_size",
        ),
        (&["users", "list", "--jq", ".[] | "][..], "--jq"),
    ] {
        let (out, tokens) = unsent(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(needle), "{args:?}: {}", stderr(&out));
        assert!(stdout(&out).is_empty(), "{args:?}");
        assert_eq!(tokens, 0, "{args:?} sent a request");
    }
}

#[test]
fn the_access_token_is_reused_across_commands() {
    let env = seeded(3);
    let after_login = env.token_requests();
    for _ in 0..3 {
        env.a0()
            .args(["users", "list", "--quiet"])
            .assert()
            .success();
    }
    assert_eq!(
        env.token_requests(),
        after_login,
        "login's token is cached and reused"
    );
}

#[test]
fn limits_per_page_and_a0_output_get_one_clear_rule_each() {
    let env = TestEnv::new();
    let before = env.token_requests();
    for args in [
        vec!["users", "list", "--limit", "-1"],
        vec!["users", "list", "--limit=-1"],
        vec!["users", "list", "--limit", "0"],
        vec!["users", "list", "--limit", "ten"],
    ] {
        let out = env.a0().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("--limit takes a whole number of at least 1"),
            "{args:?}: {err}"
        );
    }
    // --per-page alone would be ignored: it needs --page
    let out = env
        .a0()
        .args(["users", "list", "--per-page", "5"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--page"), "{}", stderr(&out));
    // a bad A0_OUTPUT names the variable
    let out = env
        .a0()
        .env("A0_OUTPUT", "xml")
        .args(["users", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("A0_OUTPUT=xml"), "{}", stderr(&out));
    assert_eq!(env.token_requests(), before, "nothing was sent");
}

#[test]
fn empty_dot_ids_and_overlong_queries_are_refused_locally() {
    let env = TestEnv::new();
    let before = env.token_requests();
    for id in ["", ".", ".."] {
        let out = env.a0().args(["users", "get", id]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{id:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("not a user id"), "{}", stderr(&out));
    }
    let q = format!("email:{}", "a".repeat(7000));
    let out = env.a0().args(["users", "list", "-q", &q]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("more than a URL can carry"),
        "{}",
        stderr(&out)
    );
    assert_eq!(env.token_requests(), before, "nothing was sent");
}

#[test]
fn on_a_terminal_a_cut_list_says_how_many_matched_and_fits_the_width() {
    let env = seeded(60);
    let Some(screen) = env.in_terminal(&["users", "list"], &[], 80) else {
        return;
    };
    assert_eq!(screen.code, Some(0), "{}", screen.text);
    assert!(
        screen
            .text
            .contains("showing 50 of 60 users — use --limit N (up to 1,000) or --all for more"),
        "{}",
        screen.text
    );
    let table: Vec<&str> = screen
        .text
        .lines()
        .filter(|l| l.contains("USER_ID") || l.contains("@example.com"))
        .collect();
    assert_eq!(table.len(), 51, "{}", screen.text);
    for line in table {
        assert!(line.chars().count() <= 80, "wider than 80: {line}");
    }
    // Piped, the notice would only be noise in a script's log.
    let out = env.a0().args(["users", "list"]).output().unwrap();
    assert!(!stderr(&out).contains("showing"), "{}", stderr(&out));
    // All shown: nothing to say.
    let screen = env
        .in_terminal(&["users", "list", "--limit", "100"], &[], 80)
        .unwrap();
    assert!(!screen.text.contains("showing"), "{}", screen.text);
}

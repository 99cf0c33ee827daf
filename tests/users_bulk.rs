//! Bulk changes: `-` (ids, NDJSON, JSON array), `--query`, `update --from` (NDJSON, CSV), the refusal without
//! `--yes`, `--dry-run`, missing ids in `delete`, 429s during a run, Ctrl-C and `kill -9` followed by `--resume`.

mod common;

use std::collections::BTreeSet;
use std::io::Write;
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::{TestEnv, stderr, stdout};
use serde_json::Value;

fn seeded(n: usize) -> TestEnv {
    TestEnv::builder()
        .seed_users(TestEnv::numbered_users(n))
        .start()
}

/// `auth0|seed0000` …
fn id(i: usize) -> String {
    format!("auth0|seed{i:04}")
}

fn blocked(env: &TestEnv, i: usize) -> bool {
    env.stored_user(&id(i))
        .and_then(|u| u.get("blocked").and_then(Value::as_bool))
        .unwrap_or(false)
}

fn summary_number(err: &str, label: &str) -> u64 {
    // "… (123 requests, 45.6 requests/s, 2 rate-limited)"
    let line = err
        .lines()
        .find(|l| l.contains(" requests/s"))
        .unwrap_or_else(|| panic!("no summary in: {err}"));
    let end = line
        .find(label)
        .unwrap_or_else(|| panic!("no `{label}` in: {line}"));
    line[..end]
        .replace(',', "")
        .trim_end()
        .rsplit(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no number before `{label}` in: {line}"))
}

#[test]
fn stdin_takes_plain_ids_ndjson_and_json_arrays() {
    let env = seeded(9);
    let inputs = [
        format!("{}\n\n{}\n  {}  \n", id(0), id(1), id(2)),
        (3..6)
            .map(|i| format!("{{\"user_id\":\"{}\",\"email\":\"x\"}}\n", id(i)))
            .collect(),
        format!(
            "[{}]",
            (6..9)
                .map(|i| format!("{{\"user_id\":\"{}\"}}", id(i)))
                .collect::<Vec<_>>()
                .join(",\n")
        ),
    ];
    for (n, input) in inputs.iter().enumerate() {
        let out = env
            .a0()
            .args(["users", "block", "-", "--yes", "--quiet"])
            .write_stdin(input.clone())
            .output()
            .unwrap();
        assert!(out.status.success(), "input {n}: {}", stderr(&out));
        let printed: BTreeSet<String> = stdout(&out).lines().map(str::to_owned).collect();
        let expected: BTreeSet<String> = (n * 3..n * 3 + 3).map(id).collect();
        assert_eq!(printed, expected, "input {n}");
        assert!(
            stderr(&out).contains("blocked 3 users: 3 ok, 0 failed, 0 missing"),
            "{}",
            stderr(&out)
        );
    }
    assert!((0..9).all(|i| blocked(&env, i)));
}

#[test]
fn a_bulk_write_off_a_terminal_needs_yes_and_sends_nothing() {
    let env = seeded(3);
    let before = env.token_requests();
    let out = env
        .a0()
        .args(["users", "block", "--query", "email:user0001*"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("pass --yes"), "{}", stderr(&out));
    assert_eq!(
        env.token_requests(),
        before,
        "nothing was sent, not even a token request"
    );
    let out = env
        .a0()
        .args(["users", "delete", "-"])
        .write_stdin(format!("{}\n", id(0)))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(env.stored_user(&id(0)).is_some());
    assert!(!blocked(&env, 1));
}

#[test]
fn bad_selections_are_usage_errors() {
    let env = seeded(1);
    for (args, needle) in [
        (vec!["users", "block"], "which users?"),
        (vec!["users", "block", "a", "--query", "x"], "not both"),
        (vec!["users", "block", "a", "-"], "must be the only id"),
        (vec!["users", "block", ".."], "not a user id"),
        (vec!["users", "block", "--query", " "], "--query is empty"),
        (
            vec!["users", "update", "--query", "x", "--yes"],
            "nothing to update",
        ),
    ] {
        let out = env.a0().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(needle), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn query_selects_every_match_and_dry_run_changes_nothing() {
    let env = seeded(30);
    // user0010 … user0019
    let out = env
        .a0()
        .args(["users", "block", "--query", "email:user001*", "--dry-run"])
        .args(["-o", "ndjson"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: BTreeSet<String> = stdout(&out)
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["user_id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(ids, (10..20).map(id).collect());
    assert!(
        stderr(&out).contains("would block 10 users"),
        "{}",
        stderr(&out)
    );
    assert!((0..30).all(|i| !blocked(&env, i)));

    let out = env
        .a0()
        .args(["users", "block", "--query", "email:user001*", "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!((0..30).all(|i| blocked(&env, i) == (10..20).contains(&i)));
    assert!(
        env.state_dir()
            .join("bulk")
            .read_dir()
            .unwrap()
            .next()
            .is_none(),
        "a finished run leaves no journal"
    );
}

#[test]
fn update_from_ndjson_and_csv() {
    let env = seeded(4);
    let dir = tempfile::tempdir().unwrap();
    let nd = dir.path().join("plans.ndjson");
    std::fs::write(
        &nd,
        format!(
            "{{\"user_id\":\"{}\",\"app_metadata\":{{\"plan\":\"pro\"}}}}\n{{\"user_id\":\"{}\",\"name\":\"Bo\",\"blocked\":true}}\n",
            id(0),
            id(1)
        ),
    )
    .unwrap();
    let out = env
        .a0()
        .args(["users", "update", "--from"])
        .arg(&nd)
        .arg("--yes")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        env.stored_user(&id(0)).unwrap()["app_metadata"]["plan"],
        "pro"
    );
    let u1 = env.stored_user(&id(1)).unwrap();
    assert_eq!(
        (u1["name"].as_str(), u1["blocked"].as_bool()),
        (Some("Bo"), Some(true))
    );

    let csv = dir.path().join("plans.csv");
    std::fs::write(
        &csv,
        format!(
            "user_id,app_metadata.plan,app_metadata.seats,name\n{},team,5,\n{},,,Cy\n",
            id(2),
            id(3)
        ),
    )
    .unwrap();
    let name_before = env.stored_user(&id(2)).unwrap()["name"].clone();
    let out = env
        .a0()
        .args(["users", "update", "--from"])
        .arg(&csv)
        .arg("--yes")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let u2 = env.stored_user(&id(2)).unwrap();
    assert_eq!(
        u2["app_metadata"],
        serde_json::json!({"plan":"team","seats":5})
    );
    assert_eq!(u2["name"], name_before, "an empty cell is not sent");
    assert_eq!(env.stored_user(&id(3)).unwrap()["name"], "Cy");

    // a bad line anywhere: exit 2 with its line number, and nothing sent for the good lines either
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        format!("user_id,blocked\n{},true\n{},perhaps\n", id(0), id(3)),
    )
    .unwrap();
    let out = env
        .a0()
        .args(["users", "update", "--from"])
        .arg(&bad)
        .arg("--yes")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("line 3"), "{}", stderr(&out));
    assert!(!blocked(&env, 0));
}

#[test]
fn delete_reports_missing_ids_without_a_lookup_per_user() {
    let env = seeded(5);
    let input = format!("{}\n{}\nauth0|nobody\n{}\n", id(0), id(1), id(2));
    let out = env
        .a0()
        .args(["users", "delete", "-", "--yes"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    let failures: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(failures.len(), 1);
    assert_eq!(failures[0]["user_id"], "auth0|nobody");
    assert_eq!(failures[0]["status"], 404);
    let err = stderr(&out);
    assert!(err.contains("3 ok, 0 failed, 1 missing"), "{err}");
    // one search for the four ids, then three deletes
    assert_eq!(summary_number(&err, "requests,"), 4, "{err}");
    assert!((0..3).all(|i| env.stored_user(&id(i)).is_none()));
    assert!(env.stored_user(&id(3)).is_some());
}

#[test]
fn failures_can_go_to_an_errors_file_and_exported_users_need_no_lookup() {
    let env = seeded(3);
    let dir = tempfile::tempdir().unwrap();
    let errors = dir.path().join("errors.ndjson");
    // users as NDJSON (what `users list -o ndjson` writes): they came from a search, so no lookup is made;
    // the one that is gone meanwhile is a 404 of its own PATCH
    let input = format!(
        "{{\"user_id\":\"{}\"}}\n{{\"user_id\":\"auth0|gone\"}}\n",
        id(0)
    );
    let out = env
        .a0()
        .args(["users", "block", "-", "--yes", "--errors-file"])
        .arg(&errors)
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert_eq!(stdout(&out), "", "failures went to the file");
    let err = stderr(&out);
    assert_eq!(summary_number(&err, "requests,"), 2, "{err}");
    let lines: Vec<Value> = std::fs::read_to_string(&errors)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["user_id"], "auth0|gone");
    assert_eq!(lines[0]["error"], "no such user");
    assert!(blocked(&env, 0));
}

#[test]
fn a_run_through_429s_changes_everyone() {
    let env = TestEnv::builder()
        .seed_users(TestEnv::numbered_users(60))
        .rate_limit(20)
        .start();
    let ids: String = (0..60).map(|i| format!("{}\n", id(i))).collect();
    let out = env
        .a0()
        .args(["users", "block", "-", "--yes", "--concurrency", "32"])
        .write_stdin(ids)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!((0..60).all(|i| blocked(&env, i)));
    let err = stderr(&out);
    assert!(err.contains("60 ok, 0 failed"), "{err}");
    // 32 requests go out before the first answer states the limit: some meet a 429, are waited out and
    // retried
    assert!(summary_number(&err, "rate-limited") > 0, "{err}");
}

/// Spawns `a0 users block - --yes` over `n` users on a slow emulator, and returns it with its stdin written.
fn spawn_slow_block(env: &TestEnv, n: usize) -> std::process::Child {
    let mut child = env
        .std_a0()
        .args(["users", "block", "-", "--yes"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let ids: String = (0..n).map(|i| format!("{}\n", id(i))).collect();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(ids.as_bytes())
        .unwrap();
    child
}

/// Waits until the run's journal records at least `n` answers; returns how many it records.
fn wait_for_journal(env: &TestEnv, n: usize) -> usize {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let dir = env.state_dir().join("bulk");
        let lines = std::fs::read_dir(&dir)
            .ok()
            .and_then(|mut d| {
                d.find_map(|e| {
                    e.ok()
                        .filter(|e| e.path().extension().is_some_and(|x| x == "ndjson"))
                })
            })
            .and_then(|e| std::fs::read_to_string(e.path()).ok())
            .map_or(0, |t| t.lines().count().saturating_sub(1));
        if lines >= n {
            return lines;
        }
        assert!(
            Instant::now() < deadline,
            "the journal never reached {n} answers"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn journal_done(env: &TestEnv) -> BTreeSet<String> {
    let dir = env.state_dir().join("bulk");
    let path = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "ndjson"))
        .expect("a journal");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .skip(1)
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|v| v["id"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn kill_9_mid_run_then_resume_finishes_without_redoing_or_skipping() {
    let n = 120;
    let env = TestEnv::builder()
        .seed_users(TestEnv::numbered_users(n + 10))
        .rate_limit(40)
        .start();
    let mut child = spawn_slow_block(&env, n);
    wait_for_journal(&env, 20);
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let done = journal_done(&env);
    assert!(done.len() < n, "the run finished before the kill");
    // everything the journal says is done is done
    for i in 0..n {
        if done.contains(&id(i)) {
            assert!(blocked(&env, i), "{} recorded but not blocked", id(i));
        }
    }

    // the same command without --resume says a run is unfinished, and sends nothing
    let ids: String = (0..n).map(|i| format!("{}\n", id(i))).collect();
    let out = env
        .a0()
        .args(["users", "block", "-", "--yes"])
        .write_stdin(ids.clone())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--resume"), "{}", stderr(&out));

    let out = env
        .a0()
        .args(["users", "block", "-", "--yes", "--resume"])
        .write_stdin(ids)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains(&format!("blocked {n} users: {n} ok")), "{err}");
    // only the users not recorded were sent again (the ones in flight at the kill among them)
    let sent = summary_number(&err, "requests,") - summary_number(&err, "rate-limited");
    assert_eq!(sent as usize, n - done.len(), "{err}");
    assert!((0..n).all(|i| blocked(&env, i)), "every target is blocked");
    assert!(
        (n..n + 10).all(|i| !blocked(&env, i)),
        "the others are untouched"
    );
    assert!(
        env.state_dir()
            .join("bulk")
            .read_dir()
            .unwrap()
            .next()
            .is_none()
    );
}

#[test]
fn ctrl_c_finishes_what_is_in_flight_and_says_how_to_resume() {
    let n = 100;
    let env = TestEnv::builder()
        .seed_users(TestEnv::numbered_users(n))
        .rate_limit(30)
        .start();
    let child = spawn_slow_block(&env, n);
    wait_for_journal(&env, 10);
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("interrupted:") && err.contains("--resume"),
        "{err}"
    );
    let done = journal_done(&env);
    assert!(done.len() < n);
    // every request that was in flight was recorded: what is blocked is exactly what the journal says
    let now_blocked: BTreeSet<String> = (0..n).filter(|i| blocked(&env, *i)).map(id).collect();
    assert_eq!(now_blocked, done);

    let ids: String = (0..n).map(|i| format!("{}\n", id(i))).collect();
    let out = env
        .a0()
        .args(["users", "block", "-", "--yes", "--resume"])
        .write_stdin(ids)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!((0..n).all(|i| blocked(&env, i)));
}

#[test]
fn resume_without_an_unfinished_run_is_a_usage_error() {
    let env = seeded(1);
    let out = env
        .a0()
        .args(["users", "block", "-", "--yes", "--resume"])
        .write_stdin(format!("{}\n", id(0)))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no unfinished run"),
        "{}",
        stderr(&out)
    );
    assert!(!blocked(&env, 0));
}

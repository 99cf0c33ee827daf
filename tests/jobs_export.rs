//! `a0 jobs export` against the emulator: NDJSON to stdout, CSV with fields and titles, `--limit`,
//! `--connection`, `--no-wait`, and a file target.

mod common;

use common::{TestEnv, stderr, stdout};
use serde_json::{Value, json};

fn seeded(n: usize) -> TestEnv {
    let users: Vec<Value> = (0..n)
        .map(|i| {
            json!({"email": format!("user{i:04}@example.com"), "email_verified": true,
                   "name": if i == 1 { "Ann \"B\" Lee".to_owned() } else { format!("User {i:04}") },
                   "user_metadata": {"plan": if i.is_multiple_of(2) { "pro" } else { "free" }}})
        })
        .collect();
    TestEnv::builder().seed_users(users).start()
}

#[test]
fn ndjson_export_streams_every_user_to_stdout() {
    let env = seeded(2500);
    let out = env.a0().args(["jobs", "export"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2500);
    assert!(lines.iter().any(|u| u["email"] == "user2499@example.com"));
    assert!(lines.iter().all(|u| u["user_metadata"]["plan"].is_string()));
}

#[test]
fn csv_export_writes_the_requested_fields_with_titles_to_a_file() {
    let env = seeded(3);
    let path = env.dir().join("users.csv");
    let out = env
        .a0()
        .args([
            "jobs",
            "export",
            "--format",
            "csv",
            "--fields",
            "email,name=Full name,user_metadata.plan=Plan",
            "-O",
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    let csv = std::fs::read_to_string(&path).unwrap();
    // Users come in user_id order (random ids): compare the header, then the rows sorted.
    let mut lines: Vec<&str> = csv.split_inclusive('\n').collect();
    let header = lines.remove(0);
    lines.sort();
    assert_eq!(header, "email,Full name,Plan\n");
    assert_eq!(
        lines.concat(),
        "\"'user0000@example.com\",\"'User 0000\",\"'pro\"\n\
         \"'user0001@example.com\",\"'Ann \"\"B\"\" Lee\",\"'free\"\n\
         \"'user0002@example.com\",\"'User 0002\",\"'pro\"\n"
    );
}

#[test]
fn limit_and_connection_narrow_the_export() {
    let env = seeded(50);
    let out = env
        .a0()
        .args([
            "jobs",
            "export",
            "--limit",
            "7",
            "--connection",
            "Username-Password-Authentication",
            "--fields",
            "email",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 7);
    assert_eq!(
        lines[0].as_object().unwrap().keys().collect::<Vec<_>>(),
        vec!["email"]
    );
}

#[test]
fn json_export_is_one_array_of_importable_users() {
    let env = seeded(20);
    let out = env
        .a0()
        .args(["jobs", "export", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let users: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(users.len(), 20);
    for u in &users {
        assert!(
            a0_emulator::jobs::import::validate_user(u).is_empty(),
            "{u}"
        );
        assert!(!u["user_id"].as_str().unwrap().contains('|'), "{u}");
    }
}

#[test]
fn no_wait_export_prints_the_pending_job() {
    let env = seeded(5);
    let out = env
        .a0()
        .args(["jobs", "export", "--no-wait", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let job = common::json(&out);
    assert_eq!(job["type"], "users_export");
    let id = job["id"].as_str().unwrap();
    let out = env
        .a0()
        .args(["jobs", "wait", id, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let done = common::json(&out);
    assert_eq!(done["status"], "completed");
    assert!(done["location"].as_str().unwrap().starts_with(&env.base));
}

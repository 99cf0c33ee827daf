//! Bad inputs to `a0 jobs import|export`: each exits 2 and sends nothing.
//!
//! "Sends nothing" is shown two ways: most cases run against a tenant whose address refuses connections (any
//! request would fail with "cannot reach", not exit 2), and the cases that need a live tenant check that it
//! holds no users afterwards.

mod common;

use std::path::PathBuf;

use assert_cmd::Command;
use common::{Login, TestEnv, stderr};
use predicates::prelude::*;
use serde_json::json;

/// A tenant nobody listens on: any request fails to connect.
fn dead_tenant(env: &TestEnv) -> Command {
    let mut cmd = env.bare_a0();
    cmd.env("AUTH0_DOMAIN", "http://127.0.0.1:9")
        .env("AUTH0_CLIENT_ID", "nobody")
        .env("AUTH0_CLIENT_SECRET", "nothing");
    cmd
}

fn file(env: &TestEnv, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let p = env.dir().join(name);
    std::fs::write(&p, contents).unwrap();
    p
}

fn import_of(env: &TestEnv, path: &std::path::Path) -> std::process::Output {
    dead_tenant(env)
        .args(["jobs", "import"])
        .arg(path)
        .args(["--connection", "Username-Password-Authentication"])
        .output()
        .unwrap()
}

fn valid_user(i: usize) -> serde_json::Value {
    json!({"email": format!("user{i}@example.com"), "email_verified": true, "user_metadata": {"n": i}})
}

#[test]
fn import_of_a_file_that_is_neither_json_array_nor_ndjson_exits_2_and_sends_nothing() {
    let env = TestEnv::builder().login(Login::None).start();
    for (name, contents) in [
        ("users.csv", "email,name\na@example.com,A\n"),
        ("users.xml", "<users><user/></users>"),
        ("string.json", "\"users\""),
        (
            "trailing.ndjson",
            "{\"email\":\"a@example.com\"}\nnot json\n",
        ),
        ("numbers.json", "[1, 2, 3]"),
    ] {
        let out = import_of(&env, &file(&env, name, contents));
        assert_eq!(out.status.code(), Some(2), "{name}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(name), "{name}: {err}");
        assert!(err.contains("nothing was uploaded"), "{name}: {err}");
        assert!(!err.contains("cannot reach"), "{name}: {err}");
    }
}

#[test]
fn import_of_an_empty_file_exits_2() {
    let env = TestEnv::builder().login(Login::None).start();
    let out = import_of(&env, &file(&env, "empty.json", ""));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("empty.json: the file is empty"),
        "{}",
        stderr(&out)
    );
    let out = import_of(&env, &file(&env, "blank.json", "  \n\n"));
    assert_eq!(out.status.code(), Some(2));
    let out = import_of(&env, &file(&env, "none.json", "[]"));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no users"), "{}", stderr(&out));
}

#[test]
fn import_of_an_unreadable_path_exits_2() {
    let env = TestEnv::builder().login(Login::None).start();
    let missing = env.dir().join("does-not-exist.json");
    let out = import_of(&env, &missing);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot read"), "{}", stderr(&out));
    let out = import_of(&env, env.dir());
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn invalid_users_are_all_reported_with_user_number_and_line_and_nothing_is_uploaded() {
    let env = TestEnv::builder().login(Login::None).start();
    let mut lines: Vec<String> = (1..=1300).map(|i| valid_user(i).to_string()).collect();
    lines[1233] = json!({"name": "no email"}).to_string();
    lines[1239] = json!({"email": "x@example.com", "password_hash": "plaintext"}).to_string();
    lines[1240] = "{\"email\": \"broken@example.com\",}".to_owned();
    let path = file(&env, "users.json", lines.join("\n"));
    let out = import_of(&env, &path);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("users.json: user 1,234 (line 1,234): "),
        "{err}"
    );
    assert!(
        err.contains("users.json: user 1,240 (line 1,240): password_hash: "),
        "{err}"
    );
    assert!(
        err.contains("users.json: user 1,241 (line 1,241): invalid JSON"),
        "{err}"
    );
    assert!(
        err.contains("3 problems in 3 users; nothing was uploaded"),
        "{err}"
    );
    assert!(!err.contains("cannot reach"), "{err}");
}

#[test]
fn more_than_fifty_problems_are_capped_with_a_count_of_the_rest() {
    let env = TestEnv::builder().login(Login::None).start();
    let users: Vec<_> = (0..80).map(|i| json!({"name": format!("n{i}")})).collect();
    let path = file(
        &env,
        "many.json",
        serde_json::to_string_pretty(&users).unwrap(),
    );
    let out = import_of(&env, &path);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.matches("many.json: user ").count(), 50, "{err}");
    assert!(err.contains("many.json: … and 30 more problems"), "{err}");
    assert!(err.contains("80 problems in 80 users"), "{err}");
}

#[test]
fn a_single_user_larger_than_the_import_limit_exits_2() {
    let env = TestEnv::builder().login(Login::None).start();
    let big = json!({"email": "big@example.com", "user_metadata": {"blob": "x".repeat(520_000)}});
    let path = file(&env, "big.ndjson", format!("{}\n{big}\n", valid_user(1)));
    let out = import_of(&env, &path);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("big.ndjson: user 2 (line 2): the user is 520,055 bytes; an import file may hold at most 512,000 bytes"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn import_into_an_unknown_connection_exits_2_and_imports_nothing() {
    let env = TestEnv::new();
    let path = file(
        &env,
        "users.json",
        serde_json::to_string(&vec![valid_user(1)]).unwrap(),
    );
    env.a0()
        .args(["jobs", "import"])
        .arg(&path)
        .args(["--connection", "No-Such-Connection"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "unknown connection `No-Such-Connection`",
        ));
    let out = env.a0().args(["users", "list", "--json"]).output().unwrap();
    assert_eq!(common::json(&out), json!([]), "{}", stderr(&out));
}

#[test]
fn export_with_an_unknown_format_exits_2() {
    let env = TestEnv::builder().login(Login::None).start();
    dead_tenant(&env)
        .args(["jobs", "export", "--format", "xml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("xml"));
}

#[test]
fn csv_export_of_more_than_30_fields_exits_2_and_sends_nothing() {
    let env = TestEnv::builder().login(Login::None).start();
    let fields: Vec<String> = (0..31).map(|i| format!("user_metadata.f{i}")).collect();
    let out = dead_tenant(&env)
        .args([
            "jobs",
            "export",
            "--format",
            "csv",
            "--fields",
            &fields.join(","),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("at most 30 fields; 31 were given"),
        "{}",
        stderr(&out)
    );
    // 30 is allowed: the command goes on and fails only when it reaches the (dead) tenant.
    let out = dead_tenant(&env)
        .args([
            "jobs",
            "export",
            "--format",
            "csv",
            "--fields",
            &fields[..30].join(","),
        ])
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn export_with_malformed_fields_exits_2() {
    let env = TestEnv::builder().login(Login::None).start();
    for bad in ["email,=Title", "identities[x].connection", "email,email"] {
        let out = dead_tenant(&env)
            .args(["jobs", "export", "--fields", bad])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}: {}", stderr(&out));
        assert!(stderr(&out).contains("--fields"), "{bad}: {}", stderr(&out));
    }
}

#[test]
fn export_into_a_directory_that_does_not_exist_exits_2() {
    let env = TestEnv::builder().login(Login::None).start();
    let out = dead_tenant(&env)
        .args(["jobs", "export", "-O"])
        .arg(env.dir().join("no/such/dir/users.ndjson"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn dry_run_validates_and_splits_without_a_tenant() {
    let env = TestEnv::builder().login(Login::None).start();
    // about 3 MB: seven chunks of at most 512,000 bytes.
    let users: Vec<String> = (0..6000)
        .map(|i| {
            json!({"email": format!("user{i}@example.com"), "name": "n".repeat(480)}).to_string()
        })
        .collect();
    let path = file(&env, "big.ndjson", users.join("\n"));
    let out = dead_tenant(&env)
        .args(["jobs", "import"])
        .arg(&path)
        .arg("--dry-run")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("6,000 users are valid"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("in 7 chunks"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}

#[test]
fn the_validation_report_reads_as_documented() {
    let env = TestEnv::builder().login(Login::None).start();
    let users = [
        json!({"email": "ok@example.com"}),
        json!({"name": "no email"}),
        json!({"email": "a@example.com", "password_hash": "$2b$04$short"}),
        json!({"email": "b@example.com", "blocked": "yes", "favourite_colour": "blue"}),
        json!({"email": "c@example.com", "app_metadata": {"email_verified": true}}),
        json!({"email": "d@example.com", "mfa_factors": [{"totp": {"secret": "not base32!"}}]}),
    ];
    let text: String = users.iter().map(|u| format!("{u}\n")).collect();
    let out = import_of(&env, &file(&env, "users.ndjson", text));
    assert_eq!(out.status.code(), Some(2));
    insta::assert_snapshot!(stderr(&out));
}

#[test]
fn a_broken_ndjson_line_is_named_as_that_line_not_the_end_of_the_file() {
    let env = TestEnv::builder().login(Login::None).start();
    let text = "{\"email\":\"a@example.com\"}\n{\"email\":\"b@example.com\", \"name\": \"B}\n{\"email\":\"c@example.com\"}\n";
    let out = import_of(&env, &file(&env, "users.ndjson", text));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("line 2: user 2 does not end on its line"),
        "{err}"
    );
    assert!(!err.contains("the file ends inside"), "{err}");
    assert!(err.contains("nothing was uploaded"), "{err}");
}

#[test]
fn unknown_fields_say_what_an_import_takes() {
    let env = TestEnv::builder().login(Login::None).start();
    let text = "{\"email\":\"a@example.com\",\"favourite_colour\":\"blue\"}\n";
    let out = import_of(&env, &file(&env, "users.ndjson", text));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("An import takes only the fields of Auth0's import schema"),
        "{err}"
    );
}

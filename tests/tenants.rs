//! `a0 tenants list | use | current` and how a command picks its tenant: --tenant > AUTH0_* > A0_TENANT >
//! the default; unknown names exit 2 listing the known ones.

mod common;

use common::{ADMIN_ID, ADMIN_SECRET, Login, TestEnv, json, stderr};
use predicates::prelude::*;

/// An emulator with two stored tenants, `one` (default) and `two`.
fn two_tenants() -> TestEnv {
    let env = TestEnv::builder().login(Login::None).start();
    for name in ["one", "two"] {
        env.bare_a0()
            .args([
                "login",
                "--no-input",
                "--domain",
                &env.base,
                "--client-id",
                ADMIN_ID,
            ])
            .args(["--client-secret-stdin", "--name", name])
            .write_stdin(format!("{ADMIN_SECRET}\n"))
            .assert()
            .success();
    }
    env
}

#[test]
fn list_shows_every_tenant_and_marks_the_default() {
    let env = two_tenants();
    let out = env
        .bare_a0()
        .args(["tenants", "list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = json(&out);
    let names: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["one", "two", "local"]);
    assert_eq!(rows[0]["default"], true);
    assert_eq!(rows[1]["default"], false);
    assert_eq!(rows[0]["client_id"], ADMIN_ID);
    assert_eq!(rows[0]["credential_store"], "file");

    let table = env.bare_a0().args(["tenants", "list"]).output().unwrap();
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(text.starts_with("NAME"), "{text}");
    assert!(!text.contains(ADMIN_SECRET));
    assert_eq!(text.lines().count(), 4, "{text}");
}

#[test]
fn use_changes_the_default_and_current_follows() {
    let env = two_tenants();
    env.bare_a0()
        .args(["tenants", "current"])
        .assert()
        .success()
        .stdout("one\n");
    env.bare_a0()
        .args(["tenants", "use", "two"])
        .assert()
        .success()
        .stderr(predicate::str::contains("two is now the default tenant"));
    env.bare_a0()
        .args(["tenants", "current"])
        .assert()
        .success()
        .stdout("two\n");
}

#[test]
fn use_of_an_unknown_tenant_exits_2_listing_known_ones() {
    let env = two_tenants();
    env.bare_a0()
        .args(["tenants", "use", "three"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "unknown tenant `three`; known tenants: one, two, local",
        ));
    env.bare_a0()
        .args(["tenants", "current"])
        .assert()
        .stdout("one\n");
}

#[test]
fn tenant_flag_and_a0_tenant_pick_a_tenant_per_command() {
    let env = two_tenants();
    env.bare_a0()
        .args(["--tenant", "two", "tenants", "current"])
        .assert()
        .stdout("two\n");
    env.bare_a0()
        .env("A0_TENANT", "two")
        .args(["tenants", "current"])
        .assert()
        .stdout("two\n");
}

#[test]
fn unknown_tenant_on_a_command_exits_2_and_sends_nothing() {
    let env = two_tenants();
    let before = env.token_requests();
    env.bare_a0()
        .args(["--tenant", "nope", "token"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("unknown tenant `nope`")
                .and(predicate::str::contains("one, two")),
        );
    env.bare_a0()
        .env("A0_TENANT", "nope")
        .arg("token")
        .assert()
        .code(2);
    assert_eq!(env.token_requests(), before);
}

#[test]
fn auth0_variables_beat_a0_tenant_but_not_the_tenant_flag() {
    let env = two_tenants();
    let with_env = |cmd: &mut assert_cmd::Command| {
        cmd.env("AUTH0_DOMAIN", &env.base)
            .env("AUTH0_CLIENT_ID", ADMIN_ID)
            .env("AUTH0_CLIENT_SECRET", ADMIN_SECRET);
    };
    let mut cmd = env.bare_a0();
    with_env(&mut cmd);
    cmd.env("A0_TENANT", "two")
        .args(["tenants", "current"])
        .assert()
        .stdout("env\n");
    let mut cmd = env.bare_a0();
    with_env(&mut cmd);
    cmd.args(["--tenant", "two", "tenants", "current"])
        .assert()
        .stdout("two\n");
}

#[test]
fn without_any_tenant_current_is_local() {
    let env = TestEnv::builder().login(Login::None).start();
    env.bare_a0()
        .args(["tenants", "current"])
        .assert()
        .success()
        .stdout("local\n")
        .stderr(predicate::str::contains("no tenant configured"));
}

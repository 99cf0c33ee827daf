//! `a0 users get ID…` and `a0 users get --email`.

mod common;

use common::{TestEnv, json, stderr, stdout};

#[test]
fn get_by_id_prints_the_stored_user() {
    let env = TestEnv::new();
    let created = env.create_user("ada@example.com", &["--name", "Ada Lovelace"]);
    let id = created["user_id"].as_str().unwrap();
    let out = env
        .a0()
        .args(["users", "get", id, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let got = json(&out);
    assert_eq!(got["user_id"], created["user_id"]);
    assert_eq!(got["name"], "Ada Lovelace");
    assert_eq!(
        got["identities"][0]["connection"],
        "Username-Password-Authentication"
    );
}

#[test]
fn get_of_a_missing_user_exits_3() {
    let env = TestEnv::new();
    let out = env
        .a0()
        .args(["users", "get", "auth0|000000000000000000000000"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
}

#[test]
fn get_of_several_ids_prints_the_found_and_exits_6_when_one_is_missing() {
    let env = TestEnv::new();
    let a = env.create_user("a@example.com", &[]);
    let b = env.create_user("b@example.com", &[]);
    let (a, b) = (
        a["user_id"].as_str().unwrap(),
        b["user_id"].as_str().unwrap(),
    );
    let out = env
        .a0()
        .args(["users", "get", a, "auth0|missing", b, "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    let got = json(&out);
    assert_eq!(got.as_array().unwrap().len(), 2);
    assert!(
        stderr(&out).contains("auth0|missing: no such user"),
        "{}",
        stderr(&out)
    );

    let out = env
        .a0()
        .args(["users", "get", a, b, "--quiet"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(stdout(&out), format!("{a}\n{b}\n"));
}

#[test]
fn get_by_email_finds_the_user() {
    let env = TestEnv::new();
    let created = env.create_user("grace@example.com", &[]);
    let out = env
        .a0()
        .args(["users", "get", "--email", "grace@example.com", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let got = json(&out);
    assert_eq!(got.as_array().unwrap().len(), 1);
    assert_eq!(got[0]["user_id"], created["user_id"]);
}

#[test]
fn get_by_email_without_a_match_exits_3() {
    let env = TestEnv::new();
    let out = env
        .a0()
        .args(["users", "get", "--email", "nobody@example.com"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("nobody@example.com"));
}

#[test]
fn get_by_email_without_an_at_exits_2() {
    let env = TestEnv::new();
    let before = env.token_requests();
    let out = env
        .a0()
        .args(["users", "get", "--email", "nobody.example.com"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not an email address"),
        "{}",
        stderr(&out)
    );
    assert_eq!(env.token_requests(), before);
}

#[test]
fn get_needs_an_id_or_an_email() {
    let env = TestEnv::new();
    env.a0().args(["users", "get"]).assert().code(2);
}

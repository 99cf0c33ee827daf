//! `a0 users logs`: the local tenant records Auth0-shaped events (signup, Management API writes, logins that
//! worked or failed, the brute-force block, password changes), and the command lists them newest first.

mod common;

use common::{TestEnv, json, stderr};

const PASSWORD: &str = "Correct Horse Battery Staple 9";

#[test]
fn a_users_story_reads_back_newest_first() {
    let env = TestEnv::new();
    let uid = env.create_user("log@example.com", &[])["user_id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(env.password_login("log@example.com", PASSWORD).0, 200);
    for _ in 0..10 {
        env.password_login("log@example.com", "wrong");
    }
    env.a0()
        .args(["users", "update", &uid, "--password-stdin"])
        .write_stdin("Another Horse Battery Staple 10\n")
        .assert()
        .success();

    let out = env
        .a0()
        .args(["users", "logs", &uid, "--limit", "100", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let events = json(&out);
    let types: Vec<&str> = events
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap())
        .collect();
    for t in ["ss", "sapi", "s", "fp", "limit_wc", "scp"] {
        assert!(types.contains(&t), "no {t} in {types:?}");
    }
    assert_eq!(
        types.iter().filter(|t| **t == "fp").count(),
        10,
        "{types:?}"
    );
    // Newest first: the password change (and its API call) came last.
    assert!(types[..2].contains(&"scp"), "{types:?}");
    let fp = events
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["type"] == "fp")
        .unwrap();
    assert_eq!(fp["user_id"], uid.as_str());
    assert_eq!(fp["ip"], "127.0.0.1");
    assert_eq!(fp["connection"], "Username-Password-Authentication");
    assert_eq!(fp["log_id"].as_str().unwrap().len(), 56, "{fp}");

    let out = env
        .a0()
        .args(["users", "logs", &uid, "--limit", "2", "--json"])
        .output()
        .unwrap();
    assert_eq!(json(&out).as_array().unwrap().len(), 2);
    let out = env
        .a0()
        .args(["users", "logs", "auth0|nobody"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
}

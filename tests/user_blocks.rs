//! Brute-force protection on the local tenant and `a0 users blocks list|clear`: ten failed logins from one IP
//! block the user there (Auth0's 429 `too_many_attempts`, even with the right password) until the block is
//! cleared or the password changes; the admin block (`blocked: true`) is another thing.

mod common;

use common::{TestEnv, json, stderr};

const PASSWORD: &str = "Correct Horse Battery Staple 9";

/// A password login; (status, error code).
fn login(env: &TestEnv, email: &str, password: &str) -> (u16, String) {
    let (status, body) = env.password_login(email, password);
    (
        status,
        body["error"].as_str().unwrap_or_default().to_owned(),
    )
}

fn lock_out(env: &TestEnv, email: &str) {
    for _ in 0..10 {
        assert_eq!(login(env, email, "wrong").0, 403);
    }
    assert_eq!(
        login(env, email, PASSWORD),
        (429, "too_many_attempts".to_owned()),
        "blocked even with the right password"
    );
}

#[test]
fn ten_failed_logins_block_the_user_until_the_block_is_cleared() {
    let env = TestEnv::new();
    let uid = env.create_user("ada@example.com", &[])["user_id"]
        .as_str()
        .unwrap()
        .to_owned();
    // Fewer than ten failures, then a success: the count starts again.
    for _ in 0..9 {
        login(&env, "ada@example.com", "wrong");
    }
    assert_eq!(login(&env, "ada@example.com", PASSWORD).0, 200);
    let out = env
        .a0()
        .args(["users", "blocks", "list", &uid, "--json"])
        .output()
        .unwrap();
    assert_eq!(json(&out), serde_json::json!([]));

    lock_out(&env, "ada@example.com");
    for args in [
        vec!["users", "blocks", "list", uid.as_str(), "--json"],
        vec![
            "users",
            "blocks",
            "list",
            "--identifier",
            "ada@example.com",
            "--json",
        ],
    ] {
        let out = env.a0().args(&args).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let blocks = json(&out);
        assert_eq!(blocks.as_array().unwrap().len(), 1, "{blocks}");
        assert_eq!(blocks[0]["identifier"], "ada@example.com");
        assert_eq!(blocks[0]["ip"], "127.0.0.1");
        assert_eq!(blocks[0]["connection"], "Username-Password-Authentication");
    }
    // The user is not admin-blocked: that is another thing.
    assert_ne!(env.stored_user(&uid).unwrap()["blocked"], true);

    let out = env
        .a0()
        .args(["users", "blocks", "clear", &uid])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cleared 1 brute-force block"),
        "{}",
        stderr(&out)
    );
    assert_eq!(login(&env, "ada@example.com", PASSWORD).0, 200);

    // A new password lifts a block too.
    lock_out(&env, "ada@example.com");
    env.a0()
        .args(["users", "update", &uid, "--password-stdin"])
        .write_stdin("Another Horse Battery Staple 10\n")
        .assert()
        .success();
    assert_eq!(
        login(&env, "ada@example.com", "Another Horse Battery Staple 10").0,
        200
    );
}

#[test]
fn blocks_of_unknown_users_and_missing_arguments_exit_with_their_codes() {
    let env = TestEnv::new();
    let out = env
        .a0()
        .args(["users", "blocks", "list", "auth0|nobody"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let out = env
        .a0()
        .args(["users", "blocks", "clear"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    // An identifier nobody has: nothing blocked, nothing to clear, no error.
    let out = env
        .a0()
        .args([
            "users",
            "blocks",
            "clear",
            "--identifier",
            "nobody@example.com",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

//! `a0 users update`: sends only what was given (a blocked user stays blocked), `--unset`, metadata merge,
//! password change without printing it, and its bad inputs.

mod common;

use common::{TestEnv, stderr, stdout};

#[test]
fn update_never_sends_unset_fields_so_a_blocked_user_stays_blocked() {
    let env = TestEnv::new();
    let user = env.create_user(
        "blocked@example.com",
        &["--blocked", "--app-metadata", r#"{"keep":1}"#],
    );
    let id = user["user_id"].as_str().unwrap();
    let out = env
        .a0()
        .args(["users", "update", id, "--name", "x", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let stored = env.stored_user(id).expect("user is stored");
    assert_eq!(stored["name"], "x");
    assert_eq!(stored["blocked"], true, "update must not unblock: {stored}");
    assert_eq!(stored["app_metadata"], serde_json::json!({"keep":1}));
    assert_eq!(stored["email"], "blocked@example.com");
}

#[test]
fn unset_removes_an_attribute_and_null_removes_a_metadata_key() {
    let env = TestEnv::new();
    let user = env.create_user(
        "u@example.com",
        &["--nickname", "nick", "--user-metadata", r#"{"a":1,"b":2}"#],
    );
    let id = user["user_id"].as_str().unwrap();
    let out = env
        .a0()
        .args(["users", "update", id, "--unset", "nickname"])
        .args(["--user-metadata", r#"{"a":null,"c":3}"#, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let stored = env.stored_user(id).unwrap();
    assert_ne!(stored["nickname"], "nick");
    assert_eq!(
        stored["user_metadata"],
        serde_json::json!({"b":2,"c":3}),
        "one-level merge"
    );
}

#[test]
fn a_database_user_keeps_their_email_and_the_refusal_says_why() {
    let env = TestEnv::new();
    let user = env.create_user("keep@example.com", &[]);
    let id = user["user_id"].as_str().unwrap();
    let out = env
        .a0()
        .args(["users", "update", id, "--unset", "email"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("The email attribute cannot be removed: it identifies the user"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("--email NEW"), "{}", stderr(&out));
    assert_eq!(env.stored_user(id).unwrap()["email"], "keep@example.com");
}

#[test]
fn password_change_reads_stdin_and_prints_no_password() {
    let env = TestEnv::new();
    let user = env.create_user("p@example.com", &[]);
    let id = user["user_id"].as_str().unwrap();
    let out = env
        .a0()
        .args(["users", "update", id, "--password-stdin", "-v"])
        .write_stdin("A whole new Password 42\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stdout(&out).contains("a whole new password"));
    assert!(!stderr(&out).contains("a whole new password"));
    assert!(
        env.stored_user(id)
            .unwrap()
            .get("last_password_reset")
            .is_some()
    );
}

#[test]
fn update_of_a_missing_user_exits_3() {
    let env = TestEnv::new();
    let out = env
        .a0()
        .args(["users", "update", "auth0|nobody", "--name", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
}

#[test]
fn bad_update_inputs_exit_2_and_send_nothing() {
    let env = TestEnv::new();
    let user = env.create_user("bad@example.com", &[]);
    let id = user["user_id"].as_str().unwrap();
    let before = env.stored_user(id);
    for (args, needle) in [
        (vec!["users", "update", id], "nothing to update"),
        (
            vec!["users", "update", id, "--unset", "user_id"],
            "can unset only",
        ),
        (
            vec!["users", "update", id, "--name", "x", "--unset", "name"],
            "conflicts",
        ),
        (
            vec!["users", "update", id, "--email", "nope"],
            "not an email address",
        ),
        (
            vec!["users", "update", id, "--app-metadata", "{"],
            "invalid JSON",
        ),
        (
            vec!["users", "update", id, "--password-stdin"],
            "stdin is empty",
        ),
        (
            vec!["users", "update", id, "--password-prompt"],
            "needs a terminal",
        ),
    ] {
        let out = env.a0().args(&args).write_stdin("").output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(needle), "{args:?}: {}", stderr(&out));
    }
    assert_eq!(env.stored_user(id), before, "the user was not changed");
}

#[test]
fn changing_a_root_attribute_of_a_social_user_explains_set_user_root_attributes() {
    let env = TestEnv::new();
    let id = "google-oauth2|1234567890";
    let doc = serde_json::json!({
        "user_id": id, "email": "g@example.com", "name": "G", "created_at": "2026-01-01T00:00:00.000Z",
        "updated_at": "2026-01-01T00:00:00.000Z",
        "identities": [{"connection": "google-oauth2", "provider": "google-oauth2", "user_id": "1234567890", "isSocial": true}]
    });
    env.store()
        .with(|c| {
            c.execute(
                "INSERT INTO users (user_id, connection, doc) VALUES (?1, 'google-oauth2', ?2)",
                [id, &doc.to_string()],
            )?;
            Ok(())
        })
        .unwrap();
    let out = env
        .a0()
        .args(["users", "update", id, "--given-name", "Gee"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("set_user_root_attributes"), "{err}");
    assert!(err.contains("on_first_login"), "{err}");
    // Metadata is still changeable.
    env.a0()
        .args(["users", "update", id, "--user-metadata", r#"{"x":1}"#])
        .assert()
        .success();
}

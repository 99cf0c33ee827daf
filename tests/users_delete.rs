//! `a0 users delete`, `block`, `unblock`: confirmation rules, missing users, partial failure (exit 6).

mod common;

use common::{TestEnv, json, stderr, stdout};

#[test]
fn delete_without_yes_off_tty_refuses_and_sends_nothing() {
    let env = TestEnv::new();
    let user = env.create_user("keep@example.com", &[]);
    let id = user["user_id"].as_str().unwrap();
    let out = env.a0().args(["users", "delete", id]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--yes"), "{}", stderr(&out));
    assert!(env.stored_user(id).is_some(), "the user still exists");
}

#[test]
fn delete_with_yes_deletes() {
    let env = TestEnv::new();
    let user = env.create_user("gone@example.com", &[]);
    let id = user["user_id"].as_str().unwrap();
    let out = env
        .a0()
        .args(["users", "delete", id, "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).is_empty(), "delete prints no data");
    assert!(env.stored_user(id).is_none());
    env.a0().args(["users", "get", id]).assert().code(3);
}

#[test]
fn delete_reports_missing_users_deletes_the_others_and_exits_6() {
    let env = TestEnv::new();
    let a = env.create_user("a@example.com", &[]);
    let b = env.create_user("b@example.com", &[]);
    let (a, b) = (
        a["user_id"].as_str().unwrap(),
        b["user_id"].as_str().unwrap(),
    );
    let out = env
        .a0()
        .args(["users", "delete", "-y", a, "auth0|missing", b])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("auth0|missing: no such user"),
        "{}",
        stderr(&out)
    );
    assert!(env.stored_user(a).is_none());
    assert!(env.stored_user(b).is_none());
}

#[test]
fn delete_of_one_missing_user_exits_3() {
    let env = TestEnv::new();
    env.a0()
        .args(["users", "delete", "-y", "auth0|missing"])
        .assert()
        .code(3);
}

#[test]
fn block_and_unblock_patch_blocked() {
    let env = TestEnv::new();
    let user = env.create_user("blk@example.com", &[]);
    let id = user["user_id"].as_str().unwrap();
    let out = env
        .a0()
        .args(["users", "block", id, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["blocked"], true);
    assert_eq!(env.stored_user(id).unwrap()["blocked"], true);

    let out = env
        .a0()
        .args(["users", "unblock", id, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(env.stored_user(id).unwrap()["blocked"], false);
}

#[test]
fn block_of_several_with_one_missing_blocks_the_rest_and_exits_6() {
    let env = TestEnv::new();
    let a = env.create_user("a@example.com", &[]);
    let a = a["user_id"].as_str().unwrap();
    let out = env
        .a0()
        .args(["users", "block", a, "auth0|missing", "--quiet"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert_eq!(stdout(&out), format!("{a}\n"));
    assert_eq!(env.stored_user(a).unwrap()["blocked"], true);
}

#[test]
fn the_delete_prompt_names_the_user_and_no_is_not_a_failure() {
    let env = TestEnv::new();
    let ada = env.create_user("ada@example.com", &["--name", "Ada Lovelace"]);
    let id = ada["user_id"].as_str().unwrap();
    let Some(screen) = env.in_terminal(
        &["users", "delete", id],
        &[("This cannot be undone", "n")],
        100,
    ) else {
        return;
    };
    assert_eq!(screen.code, Some(0), "{}", screen.text);
    assert!(
        screen.text.contains(&format!(
            "Delete user {id} (ada@example.com, Ada Lovelace)? This cannot be undone"
        )),
        "{}",
        screen.text
    );
    assert!(screen.text.contains("nothing deleted"), "{}", screen.text);
    assert!(
        env.stored_user(id).is_some(),
        "answering no deletes nothing"
    );
}

#[test]
fn the_delete_prompt_lists_the_first_few_users_then_deletes_on_yes() {
    let env = TestEnv::new();
    let ids: Vec<String> = (0..7)
        .map(|i| {
            env.create_user(&format!("u{i}@example.com"), &[])["user_id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let mut args = vec!["users", "delete"];
    args.extend(ids.iter().map(String::as_str));
    let Some(screen) = env.in_terminal(&args, &[("This cannot be undone", "y")], 100) else {
        return;
    };
    assert_eq!(screen.code, Some(0), "{}", screen.text);
    for (i, id) in ids.iter().enumerate().take(5) {
        assert!(
            screen.text.contains(&format!("  {id}  (u{i}@example.com)")),
            "{}",
            screen.text
        );
    }
    let prompt = screen.text.split("Delete 7 users?").next().unwrap();
    assert!(!prompt.contains(&ids[5]), "{}", screen.text);
    assert!(screen.text.contains("  … and 2 more"), "{}", screen.text);
    assert!(
        screen
            .text
            .contains("Delete 7 users? This cannot be undone"),
        "{}",
        screen.text
    );
    for id in &ids {
        assert!(env.stored_user(id).is_none(), "{id} was deleted");
    }
}

//! "I have two accounts": `a0 users link` moves a secondary user's identity into the primary (the secondary
//! user goes), `a0 users unlink` makes it a user of its own again, and `a0 users get` shows every identity.

mod common;

use common::{TestEnv, json, stderr, stdout};

#[test]
fn link_then_unlink_moves_the_identity_and_back() {
    let env = TestEnv::new();
    let p = env.create_user("primary@example.com", &[])["user_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let s = env.create_user(
        "second@example.com",
        &["--user-metadata", r#"{"theme":"dark"}"#],
    )["user_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let s_bare = s.trim_start_matches("auth0|").to_owned();

    let out = env
        .a0()
        .args(["users", "link", &p, &s, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let ids = json(&out);
    assert_eq!(ids.as_array().unwrap().len(), 2, "{ids}");
    assert_eq!(ids[1]["user_id"], s_bare.as_str());
    assert_eq!(ids[1]["profileData"]["email"], "second@example.com");
    assert!(env.stored_user(&s).is_none(), "the secondary user is gone");

    // `users get` shows both identities.
    let out = env.a0().args(["users", "get", &p]).output().unwrap();
    assert!(
        stdout(&out).contains(&format!("{p}, {s}")),
        "{}",
        stdout(&out)
    );

    let out = env
        .a0()
        .args(["users", "unlink", &p, "auth0", &s_bare, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out).as_array().unwrap().len(), 1);
    let back = env.stored_user(&s).expect("a user of its own again");
    assert_eq!(back["email"], "second@example.com");
    assert!(
        back.get("user_metadata").is_none(),
        "metadata does not come back: {back}"
    );
}

#[test]
fn link_mistakes_are_refused_and_change_nothing() {
    let env = TestEnv::new();
    let p = env.create_user("only@example.com", &[])["user_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let out = env.a0().args(["users", "link", &p, &p]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cannot be linked to itself"),
        "{}",
        stderr(&out)
    );
    let out = env
        .a0()
        .args(["users", "link", &p, "auth0|nobody"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let out = env
        .a0()
        .args(["users", "link", &p, "nobar"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let bare = p.trim_start_matches("auth0|").to_owned();
    let out = env
        .a0()
        .args(["users", "unlink", &p, "auth0", &bare])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("main identity"), "{}", stderr(&out));
    assert_eq!(
        env.stored_user(&p).unwrap()["identities"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

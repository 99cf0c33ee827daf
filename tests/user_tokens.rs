//! `a0 users token` (a user's own tokens through the password-realm grant), `a0 userinfo` and `a0 tokeninfo`,
//! with tokens passed on stdin only.

mod common;

use common::{Login, TestEnv, json, stderr, stdout};

const PASSWORD: &str = "Correct Horse Battery Staple 9";

#[test]
fn a_users_tokens_give_their_profile_through_userinfo_and_tokeninfo() {
    let env = TestEnv::new();
    let user = env.create_user("ada@example.com", &["--name", "Ada Lovelace"]);
    let uid = user["user_id"].as_str().unwrap();

    // By email: the access token alone on stdout.
    let out = env
        .a0()
        .args(["users", "token", "ada@example.com", "--password-stdin"])
        .write_stdin(format!("{PASSWORD}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let access = stdout(&out).trim().to_owned();
    assert_eq!(access.split('.').count(), 3, "a JWT: {access}");
    assert!(!stderr(&out).contains(PASSWORD));

    let out = env
        .a0()
        .args(["userinfo", "--json"])
        .write_stdin(access.clone())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let profile = json(&out);
    assert_eq!(profile["sub"], uid);
    assert_eq!(profile["email"], "ada@example.com");

    // By id, the whole answer: the ID token goes to tokeninfo.
    let out = env
        .a0()
        .args(["users", "token", uid, "--password-stdin", "--json"])
        .write_stdin(format!("{PASSWORD}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let tokens = json(&out);
    let id_token = tokens["id_token"]
        .as_str()
        .expect("openid gives an ID token")
        .to_owned();
    assert!(
        tokens["scope"].as_str().unwrap().contains("openid"),
        "{tokens}"
    );
    let out = env
        .a0()
        .args(["tokeninfo", "-", "--json"])
        .write_stdin(id_token)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["email"], "ada@example.com");
}

#[test]
fn wrong_passwords_unknown_users_and_bad_tokens_are_clear_and_change_nothing() {
    let env = TestEnv::new();
    env.create_user("ada@example.com", &[]);
    let out = env
        .a0()
        .args(["users", "token", "ada@example.com", "--password-stdin"])
        .write_stdin("not the password\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Wrong email or password"),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).is_empty());

    let out = env
        .a0()
        .args(["users", "token", "nobody@example.com", "--password-stdin"])
        .write_stdin(format!("{PASSWORD}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no database user has the email"),
        "{}",
        stderr(&out)
    );

    for (cmd, token) in [("userinfo", "garbage"), ("tokeninfo", "a.b")] {
        let before = env.token_requests();
        let out = env.a0().arg(cmd).write_stdin(token).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{cmd}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("expected a JWT"),
            "{cmd}: {}",
            stderr(&out)
        );
        assert_eq!(env.token_requests(), before, "{cmd} sent nothing");
    }
    // A well-formed token the tenant did not sign.
    let forged = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
    let out = env
        .a0()
        .arg("userinfo")
        .write_stdin(forged)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
}

#[test]
fn users_token_off_a_terminal_needs_the_password_on_stdin_and_an_application() {
    let env = TestEnv::new();
    let out = env
        .a0()
        .args(["users", "token", "ada@example.com"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--password-stdin"),
        "{}",
        stderr(&out)
    );

    let env = TestEnv::builder().login(Login::None).start();
    let out = env
        .bare_a0()
        .env("AUTH0_DOMAIN", &env.base)
        .env("AUTH0_API_TOKEN", "a.b.c")
        .args(["users", "token", "ada@example.com", "--password-stdin"])
        .write_stdin(format!("{PASSWORD}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("AUTH0_API_TOKEN has none"),
        "{}",
        stderr(&out)
    );
}

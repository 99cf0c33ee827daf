//! `a0 users create`: every profile flag lands in the stored user, the password never shows, JSON arguments
//! come inline/@file/stdin, and bad inputs exit 2 with nothing sent.

mod common;

use a0_emulator::EmulatorConfig;
use a0_emulator::config::ClientConfig;
use common::{ADMIN_ID, ADMIN_SECRET, Login, TestEnv, json, stderr, stdout};

const PASSWORD: &str = "Correct Horse Battery Staple 9";

#[test]
fn create_sends_every_given_attribute_and_never_prints_the_password() {
    let env = TestEnv::new();
    let dir = tempfile::tempdir().unwrap();
    let prefs = dir.path().join("prefs.json");
    std::fs::write(&prefs, r#"{"theme":"dark"}"#).unwrap();
    let out = env
        .a0()
        .args([
            "users",
            "create",
            "--connection",
            "Username-Password-Authentication",
        ])
        .args([
            "--email",
            "ada@example.com",
            "--name",
            "Ada Lovelace",
            "--given-name",
            "Ada",
        ])
        .args([
            "--family-name",
            "Lovelace",
            "--nickname",
            "ada",
            "--phone-number",
            "+14155550100",
        ])
        .args([
            "--picture",
            "https://example.com/ada.png",
            "--email-verified",
            "--no-verify-email",
        ])
        .args(["--app-metadata", r#"{"plan":"pro"}"#])
        .arg(format!("--user-metadata=@{}", prefs.display()))
        .args(["--password-stdin", "--json", "-v"])
        .write_stdin(format!("{PASSWORD}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let user = json(&out);
    assert_eq!(user["email"], "ada@example.com");
    assert_eq!(user["name"], "Ada Lovelace");
    assert_eq!(user["given_name"], "Ada");
    assert_eq!(user["family_name"], "Lovelace");
    assert_eq!(user["nickname"], "ada");
    assert_eq!(user["picture"], "https://example.com/ada.png");
    assert_eq!(user["email_verified"], true);
    assert_eq!(user["app_metadata"], serde_json::json!({"plan":"pro"}));
    assert_eq!(user["user_metadata"], serde_json::json!({"theme":"dark"}));
    for text in [stdout(&out), stderr(&out)] {
        assert!(!text.contains(PASSWORD), "the password was printed");
        assert!(
            !text.contains(ADMIN_SECRET),
            "the client secret was printed"
        );
    }
    // Creating the same user again is a conflict (exit 1) with Auth0's message.
    let again = env
        .a0()
        .args([
            "users",
            "create",
            "--connection",
            "Username-Password-Authentication",
        ])
        .args(["--email", "ada@example.com", "--password-stdin"])
        .write_stdin(format!("{PASSWORD}\n"))
        .output()
        .unwrap();
    assert_eq!(
        again.status.code(),
        Some(1),
        "a conflict is exit 1: {}",
        stderr(&again)
    );
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );
}

#[test]
fn blocked_flag_creates_a_blocked_user() {
    let env = TestEnv::new();
    let user = env.create_user("b@example.com", &["--blocked"]);
    assert_eq!(user["blocked"], true);
}

#[test]
fn metadata_can_come_from_stdin() {
    let env = TestEnv::new();
    let out = env
        .a0()
        .args(["users", "create", "--connection", "email"])
        .args(["--email", "s@example.com", "--app-metadata", "-", "--json"])
        .write_stdin(r#"{"from":"stdin"}"#)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["app_metadata"]["from"], "stdin");
}

#[test]
fn a_client_without_create_users_gets_a_403_that_names_the_scope_and_how_to_grant_it() {
    let env = TestEnv::builder()
        .config(EmulatorConfig {
            clients: vec![ClientConfig {
                id: "reader".into(),
                secret: "reader-secret".into(),
                scopes: vec!["read:users".into()],
                ..Default::default()
            }],
            ..Default::default()
        })
        .start();
    let out = env
        .a0_as("reader", "reader-secret")
        .args([
            "users",
            "create",
            "--connection",
            "Username-Password-Authentication",
        ])
        .args(["--email", "r@example.com", "--password-stdin"])
        .write_stdin(format!("{PASSWORD}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let err = stderr(&out);
    assert!(err.contains("create:users"), "{err}");
    assert!(err.contains("Machine to Machine Applications"), "{err}");
    env.a0_as("reader", "reader-secret")
        .args(["users", "list"])
        .assert()
        .success();
}

fn unsent(args: &[&str], stdin: &str) -> (std::process::Output, u64) {
    let env = TestEnv::builder().login(Login::None).start();
    let out = env
        .a0_as(ADMIN_ID, ADMIN_SECRET)
        .args(args)
        .write_stdin(stdin.to_owned())
        .output()
        .unwrap();
    (out, env.token_requests())
}

const BASE: &[&str] = &[
    "users",
    "create",
    "--connection",
    "Username-Password-Authentication",
];

#[test]
fn bad_create_inputs_exit_2_and_send_nothing() {
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["--email", "a@example.com", "--app-metadata", "{\"plan\": }"],
            "",
            "line 1 column",
        ),
        (
            &["--email", "a@example.com", "--app-metadata", "[1,2]"],
            "",
            "must be a JSON object",
        ),
        (
            &["--email", "a@example.com", "--user-metadata", "\"x\""],
            "",
            "must be a JSON object",
        ),
        (
            &[
                "--email",
                "a@example.com",
                "--data",
                "@/nonexistent/file.json",
            ],
            "",
            "cannot read",
        ),
        (
            &["--email", "ada.example.com", "--password-stdin"],
            PASSWORD,
            "not an email address",
        ),
        (
            &["--email", "a@example.com", "--password-stdin"],
            "",
            "stdin is empty",
        ),
        (
            &[
                "--email",
                "a@example.com",
                "--password-stdin",
                "--app-metadata",
                "-",
            ],
            "{}",
            "cannot both read stdin",
        ),
    ];
    for (extra, stdin, needle) in cases {
        let args: Vec<&str> = BASE.iter().chain(extra.iter()).copied().collect();
        let (out, tokens) = unsent(&args, stdin);
        assert_eq!(out.status.code(), Some(2), "{extra:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(needle), "{extra:?}: {}", stderr(&out));
        assert_eq!(tokens, 0, "{extra:?} sent a request");
    }
    let (out, tokens) = unsent(
        &["users", "create", "--email", "a@example.com", "--no-input"],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--connection is required"));
    assert_eq!(tokens, 0);
    // Off a terminal a database user needs --password-stdin; a passwordless one takes no password.
    for (args, stdin, needle) in [
        (
            &BASE
                .iter()
                .chain(&["--email", "a@example.com"])
                .copied()
                .collect::<Vec<_>>()[..],
            "",
            "needs a password: pass --password-stdin",
        ),
        (
            &[
                "users",
                "create",
                "--connection",
                "email",
                "--email",
                "a@example.com",
                "--password-stdin",
            ][..],
            PASSWORD,
            "the email connection is passwordless",
        ),
    ] {
        let (out, tokens) = unsent(args, stdin);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(needle), "{args:?}: {}", stderr(&out));
        assert_eq!(tokens, 0, "{args:?} sent a request");
    }
}

#[test]
fn on_a_terminal_a_passwordless_user_is_not_asked_for_a_password() {
    let env = TestEnv::new();
    let Some(screen) = env.in_terminal(
        &[
            "users",
            "create",
            "--connection",
            "email",
            "--email",
            "otp@example.com",
            "--json",
        ],
        &[],
        100,
    ) else {
        return;
    };
    assert_eq!(screen.code, Some(0), "{}", screen.text);
    assert!(!screen.text.contains("Password"), "{}", screen.text);
    assert!(
        screen.text.contains("\"email\": \"otp@example.com\""),
        "{}",
        screen.text
    );
}

#[test]
fn on_a_terminal_a_weak_password_is_asked_again_with_the_policy() {
    let env = TestEnv::new();
    let Some(screen) = env.in_terminal(
        &[
            "users",
            "create",
            "--connection",
            "Username-Password-Authentication",
            "--email",
            "ada@example.com",
            "--json",
        ],
        &[
            ("Password", "weak"),
            ("Repeat password", "weak"),
            ("Password", PASSWORD),
            ("Repeat password", PASSWORD),
        ],
        100,
    ) else {
        return;
    };
    assert_eq!(screen.code, Some(0), "{}", screen.text);
    assert!(
        screen.text.contains(
            "Username-Password-Authentication passwords need at least 8 characters, with 3 of:"
        ),
        "{}",
        screen.text
    );
    assert!(
        screen.text.contains("too weak: the password needs"),
        "{}",
        screen.text
    );
    assert!(
        screen.text.contains("\"email\": \"ada@example.com\""),
        "{}",
        screen.text
    );
}

#[test]
fn an_unknown_connection_lists_the_ones_users_can_be_created_in() {
    let env = TestEnv::new();
    let out = env
        .a0()
        .args([
            "users",
            "create",
            "--connection",
            "Nope",
            "--email",
            "z@example.com",
        ])
        .arg("--password-stdin")
        .write_stdin("Correct Horse Battery 9\n")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        err.contains("users can be created in: Username-Password-Authentication"),
        "{err}"
    );
}

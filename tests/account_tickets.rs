//! "I forgot my password" and "I never got the email": `a0 users reset-password` and `a0 users verify-email`
//! against the emulator, whose ticket links work (a page that sets a password under the connection's policy, a
//! link that verifies the email), once, until they expire; and the outbox of emails the tenant would have sent.

mod common;

use common::{TestEnv, json, stderr, stdout};
use serde_json::Value;

const PASSWORD: &str = "Correct Horse Battery Staple 9";
const NEW_PASSWORD: &str = "Another Horse Battery Staple 10";

fn http() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

fn get(env: &TestEnv, url: &str) -> (u16, String) {
    let url = url.trim_end_matches('#').to_owned();
    env.block_on(async move {
        let r = http().get(url).send().await.unwrap();
        (r.status().as_u16(), r.text().await.unwrap())
    })
}

fn submit(env: &TestEnv, url: &str, password: &str, confirm: &str) -> (u16, String) {
    let ticket = url
        .split("ticket=")
        .nth(1)
        .unwrap()
        .trim_end_matches('#')
        .to_owned();
    let (base, password, confirm) = (env.base.clone(), password.to_owned(), confirm.to_owned());
    env.block_on(async move {
        let r = http()
            .post(format!("{base}/u/reset-password"))
            .form(&[
                ("ticket", ticket.as_str()),
                ("password", password.as_str()),
                ("password_confirm", confirm.as_str()),
            ])
            .send()
            .await
            .unwrap();
        (r.status().as_u16(), r.text().await.unwrap())
    })
}

fn login(env: &TestEnv, email: &str, password: &str) -> u16 {
    env.password_login(email, password).0
}

fn outbox(env: &TestEnv, to: &str) -> Vec<Value> {
    let token = stdout(&env.a0().arg("token").output().unwrap())
        .trim()
        .to_owned();
    let (base, to) = (env.base.clone(), to.to_owned());
    env.block_on(async move {
        http()
            .get(format!("{base}/a0/outbox"))
            .query(&[("to", to.as_str())])
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .json::<Vec<Value>>()
            .await
            .unwrap()
    })
}

#[test]
fn a_reset_link_sets_a_new_password_once() {
    let env = TestEnv::new();
    let uid = env.create_user("ada@example.com", &[])["user_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let out = env
        .a0()
        .args(["users", "reset-password", &uid, "--mark-email-verified"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let url = stdout(&out).trim().to_owned();
    assert!(
        url.starts_with(&format!("{}/u/reset-password?ticket=", env.base)),
        "{url}"
    );

    let (status, html) = get(&env, &url);
    assert_eq!(status, 200, "{html}");
    assert!(
        html.contains("at least 8 characters"),
        "the policy is shown: {html}"
    );

    let (status, html) = submit(&env, &url, "short", "short");
    assert_eq!(status, 400);
    assert!(html.contains("too weak"), "{html}");
    let (status, html) = submit(&env, &url, NEW_PASSWORD, "something else");
    assert_eq!(status, 400);
    assert!(html.contains("do not match"), "{html}");
    assert_eq!(
        login(&env, "ada@example.com", PASSWORD),
        200,
        "nothing changed yet"
    );

    let (status, html) = submit(&env, &url, NEW_PASSWORD, NEW_PASSWORD);
    assert_eq!(status, 200, "{html}");
    assert_eq!(
        login(&env, "ada@example.com", PASSWORD),
        403,
        "the old password fails"
    );
    assert_eq!(
        login(&env, "ada@example.com", NEW_PASSWORD),
        200,
        "the new one works"
    );
    assert_eq!(env.stored_user(&uid).unwrap()["email_verified"], true);

    let (status, html) = submit(&env, &url, "Yet Another Horse 11", "Yet Another Horse 11");
    assert_eq!(status, 410, "single use: {html}");
    assert_eq!(login(&env, "ada@example.com", NEW_PASSWORD), 200);
    let mail = outbox(&env, "ada@example.com");
    assert!(
        mail.iter().any(|m| m["type"] == "password_changed"),
        "{mail:?}"
    );
}

#[test]
fn an_expired_link_changes_nothing() {
    let env = TestEnv::new();
    let uid = env.create_user("bob@example.com", &[])["user_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let url = stdout(
        &env.a0()
            .args(["users", "reset-password", &uid, "--ttl", "60"])
            .output()
            .unwrap(),
    )
    .trim()
    .to_owned();
    // Age the ticket past its expiry (no waiting in tests).
    env.store()
        .with(|c| {
            c.execute("UPDATE tickets SET expires_at = expires_at - 120", [])?;
            Ok(())
        })
        .unwrap();
    let (status, html) = get(&env, &url);
    assert_eq!(status, 410);
    assert!(html.contains("expired"), "{html}");
    assert_eq!(submit(&env, &url, NEW_PASSWORD, NEW_PASSWORD).0, 410);
    assert_eq!(login(&env, "bob@example.com", PASSWORD), 200);
}

#[test]
fn verification_by_link_and_by_email_marks_the_email_verified() {
    let env = TestEnv::new();
    let uid = env.create_user("cy@example.com", &[])["user_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let url = stdout(
        &env.a0()
            .args(["users", "verify-email", &uid, "--ticket"])
            .output()
            .unwrap(),
    )
    .trim()
    .to_owned();
    assert!(url.contains("/u/email-verification?ticket="), "{url}");
    assert_ne!(env.stored_user(&uid).unwrap()["email_verified"], true);
    assert_eq!(get(&env, &url).0, 200);
    assert_eq!(env.stored_user(&uid).unwrap()["email_verified"], true);
    assert_eq!(get(&env, &url).0, 410, "single use");

    // The email: a verification job, and a message with its link in the outbox.
    let uid2 = env.create_user("di@example.com", &[])["user_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let out = env
        .a0()
        .args(["users", "verify-email", &uid2, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["type"], "verification_email");
    let mail = outbox(&env, "di@example.com");
    let link = mail
        .iter()
        .find(|m| m["type"] == "verification_email")
        .and_then(|m| m["link"].as_str())
        .unwrap_or_else(|| panic!("no verification email: {mail:?}"))
        .to_owned();
    assert_eq!(get(&env, &link).0, 200);
    assert_eq!(env.stored_user(&uid2).unwrap()["email_verified"], true);
}

#[test]
fn bad_ticket_inputs_exit_with_their_codes() {
    let env = TestEnv::new();
    let out = env
        .a0()
        .args(["users", "reset-password", "auth0|nobody"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let out = env
        .a0()
        .args([
            "users",
            "reset-password",
            "auth0|1",
            "--result-url",
            "not a url",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let out = env
        .a0()
        .args(["users", "verify-email", ""])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let (status, _) = get(&env, &format!("{}/u/reset-password?ticket=nope", env.base));
    assert_eq!(status, 404);
}

#[test]
fn an_import_with_completion_email_leaves_it_in_the_outbox() {
    let env = TestEnv::new();
    let file = env.dir().join("users.ndjson");
    std::fs::write(&file, "{\"email\":\"imp@example.com\"}\n").unwrap();
    for email in [false, true] {
        let mut cmd = env.a0();
        cmd.args(["jobs", "import"]).arg(&file).args([
            "--connection",
            "Username-Password-Authentication",
            "--upsert",
        ]);
        if email {
            cmd.arg("--send-completion-email");
        }
        cmd.assert().success();
    }
    let mail = outbox(&env, "tenant-owners");
    assert_eq!(mail.len(), 1, "only the import that asked for it: {mail:?}");
    assert_eq!(mail[0]["type"], "import_completed");
}

/// Every account-support endpoint enforces its own scope, and a0 names the one that is missing.
#[test]
fn a_client_without_the_support_scopes_is_told_which_to_grant() {
    use a0_emulator::EmulatorConfig;
    use a0_emulator::config::ClientConfig;
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
    let uid = env.create_user("scoped@example.com", &[])["user_id"]
        .as_str()
        .unwrap()
        .to_owned();
    for (args, scope) in [
        (vec!["users", "logs", uid.as_str()], "read:logs"),
        (
            vec!["users", "mfa", "list", uid.as_str()],
            "read:authentication_methods",
        ),
        (
            vec!["users", "refresh-tokens", "list", uid.as_str()],
            "read:refresh_tokens",
        ),
        (
            vec!["users", "reset-password", uid.as_str()],
            "create:user_tickets",
        ),
        (
            vec!["users", "blocks", "clear", uid.as_str()],
            "update:users",
        ),
    ] {
        let out = env
            .a0_as("reader", "reader-secret")
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(4), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(scope), "{args:?}: {}", stderr(&out));
    }
}

//! `a0 token` and `a0 token --decode`: the token alone on stdout, cached across commands until 60 s before
//! expiry, CI variables taking precedence over the stored tenant.

mod common;

use common::{ADMIN_ID, ADMIN_SECRET, Login, TestEnv, json, stderr, stdout};
use predicates::prelude::*;

fn token(env: &TestEnv) -> String {
    let out = env.a0().arg("token").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn token_prints_the_access_token_alone_and_reuses_it_across_commands() {
    let env = TestEnv::new();
    assert_eq!(env.token_requests(), 1, "login fetched one token");
    let first = token(&env);
    let second = token(&env);
    assert_eq!(first, second);
    assert!(first.ends_with('\n') && first.trim().lines().count() == 1);
    assert_eq!(first.trim().split('.').count(), 3, "a JWT: {first}");
    assert_eq!(
        env.token_requests(),
        1,
        "the cached token was reused, not refreshed"
    );
}

#[test]
fn a_token_within_sixty_seconds_of_expiry_is_replaced() {
    let env = TestEnv::new();
    let cache = env.config_dir().join("tokens.toml");
    let text = std::fs::read_to_string(&cache).unwrap();
    let soon = chrono::Utc::now().timestamp() + 30;
    let edited: String = text
        .lines()
        .map(|l| {
            if l.starts_with("expires_at") {
                format!("expires_at = {soon}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&cache, edited).unwrap();
    token(&env);
    assert_eq!(env.token_requests(), 2);
    token(&env);
    assert_eq!(env.token_requests(), 2);
}

#[test]
fn decode_shows_audience_scopes_and_times() {
    let env = TestEnv::new();
    let out = env.a0().args(["token", "--decode"]).output().unwrap();
    let text = stdout(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        text.contains(&format!("audience  {}/api/v2/\n", env.base)),
        "{text}"
    );
    assert!(text.contains("scopes    "), "{text}");
    assert!(
        text.contains("\n          create:users\n") || text.contains("scopes    create:users\n"),
        "{text}"
    );
    assert!(
        text.contains("(in 23 hours)") || text.contains("(in 1 day)"),
        "{text}"
    );
    assert!(text.contains("ago)") || text.contains("(now)"), "{text}");

    let out = env
        .a0()
        .args(["token", "--decode", "--json"])
        .output()
        .unwrap();
    let claims = json(&out);
    assert_eq!(claims["audience"][0], format!("{}/api/v2/", env.base));
    assert!(
        claims["scopes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == "read:users")
    );
    assert_eq!(claims["expired"], false);
    assert!(
        claims["expires_at"]["unix"].as_i64().unwrap()
            > claims["issued_at"]["unix"].as_i64().unwrap()
    );
    assert_eq!(env.token_requests(), 1, "decode reused the cached token");
}

#[test]
fn auth0_client_variables_override_the_stored_tenant_and_their_token_is_cached_by_client() {
    let env = TestEnv::new();
    // A wrong secret in the environment must be used (and fail) even though a tenant is stored.
    env.a0()
        .env("AUTH0_DOMAIN", &env.base)
        .env("AUTH0_CLIENT_ID", ADMIN_ID)
        .env("AUTH0_CLIENT_SECRET", "wrong")
        .arg("token")
        .assert()
        .code(4)
        .stderr(predicate::str::contains("wrong").not());
    let before = env.token_requests();
    let out = env
        .a0_as(ADMIN_ID, ADMIN_SECRET)
        .arg("token")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    env.a0_as(ADMIN_ID, ADMIN_SECRET)
        .arg("token")
        .assert()
        .success();
    assert_eq!(
        env.token_requests(),
        before + 1,
        "a script of several commands asks for one token"
    );
    let cache = std::fs::read_to_string(env.config_dir().join("tokens.toml")).unwrap();
    assert!(
        cache.contains(&format!("env {} {ADMIN_ID} ", env.base)),
        "{cache}"
    );
    assert!(
        !cache.contains(ADMIN_SECRET),
        "the secret is never in the cache: {cache}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(env.config_dir().join("tokens.toml"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn auth0_api_token_is_used_as_is() {
    let env = TestEnv::builder().login(Login::None).start();
    env.bare_a0()
        .env("AUTH0_DOMAIN", &env.base)
        .env("AUTH0_API_TOKEN", "opaque-token-value")
        .arg("token")
        .assert()
        .success()
        .stdout("opaque-token-value\n");
    assert_eq!(env.token_requests(), 0);
}

#[test]
fn auth0_domain_without_credentials_exits_2() {
    let env = TestEnv::builder().login(Login::None).start();
    env.bare_a0()
        .env("AUTH0_DOMAIN", &env.base)
        .env("AUTH0_CLIENT_ID", ADMIN_ID)
        .arg("token")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("AUTH0_CLIENT_SECRET"));
}

#[test]
fn auth0_domain_over_plain_http_to_a_remote_host_exits_2() {
    let env = TestEnv::builder().login(Login::None).start();
    env.bare_a0()
        .env("AUTH0_DOMAIN", "http://example.com")
        .env("AUTH0_API_TOKEN", "t")
        .arg("token")
        .assert()
        .code(2);
}

#[test]
fn token_help_matches_its_snapshot() {
    let env = TestEnv::builder().login(Login::None).start();
    let out = env
        .bare_a0()
        .env("COLUMNS", "100")
        .args(["token", "--help"])
        .output()
        .unwrap();
    assert!(out.status.success());
    insta::assert_snapshot!("token_help", stdout(&out));
}

#[test]
fn a_local_tenant_token_says_its_port_is_closed_and_what_to_run() {
    let env = TestEnv::builder().login(Login::None).start();
    let out = env.bare_a0().arg("token").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).lines().count(),
        1,
        "stdout carries the token alone"
    );
    let err = stderr(&out);
    assert!(err.contains("a0 emulator serve"), "{err}");
    // a stored tenant's token needs no such note
    let env = TestEnv::new();
    let out = env.a0().arg("token").output().unwrap();
    assert!(!stderr(&out).contains("emulator serve"), "{}", stderr(&out));
}

#[test]
fn a_refused_api_token_is_named_as_such() {
    let env = TestEnv::builder().login(Login::None).start();
    let out = env
        .bare_a0()
        .env("AUTH0_DOMAIN", &env.base)
        .env("AUTH0_API_TOKEN", "garbage")
        .args(["users", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("AUTH0_API_TOKEN"), "{err}");
    assert!(!err.contains("client id and secret"), "{err}");
}

//! Refresh tokens on the local tenant: issued with `offline_access` for an API that allows it, exchanged by the
//! `refresh_token` grant, listed and revoked by `a0 users refresh-tokens`; a revoked one is refused.

mod common;

use common::{ADMIN_ID, ADMIN_SECRET, TestEnv, json, stderr};
use serde_json::Value;

const PASSWORD: &str = "Correct Horse Battery Staple 9";

fn token_request(env: &TestEnv, form: Vec<(&'static str, String)>) -> (u16, Value) {
    let base = env.base.clone();
    env.block_on(async move {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let resp = reqwest::Client::new()
            .post(format!("{base}/oauth/token"))
            .form(&form)
            .send()
            .await
            .unwrap();
        (
            resp.status().as_u16(),
            resp.json().await.unwrap_or_default(),
        )
    })
}

fn password_login(env: &TestEnv, audience: &str) -> Value {
    let (status, body) = token_request(
        env,
        vec![
            ("grant_type", "password".into()),
            ("username", "rt@example.com".into()),
            ("password", PASSWORD.into()),
            ("client_id", ADMIN_ID.into()),
            ("client_secret", ADMIN_SECRET.into()),
            ("audience", audience.into()),
            ("scope", "openid offline_access read:things".into()),
        ],
    );
    assert_eq!(status, 200, "{body}");
    body
}

fn refresh(env: &TestEnv, token: &str) -> (u16, Value) {
    token_request(
        env,
        vec![
            ("grant_type", "refresh_token".into()),
            ("client_id", ADMIN_ID.into()),
            ("client_secret", ADMIN_SECRET.into()),
            ("refresh_token", token.into()),
        ],
    )
}

#[test]
fn refresh_tokens_are_issued_exchanged_listed_and_revoked() {
    let env = TestEnv::new();
    for (api, offline) in [
        ("https://offline.example.com", true),
        ("https://online.example.com", false),
    ] {
        let mut args = vec![
            "apis",
            "create",
            "--identifier",
            api,
            "--scopes",
            "read:things",
        ];
        if offline {
            args.push("--offline-access");
        }
        env.a0().args(&args).assert().success();
    }
    let uid = env.create_user("rt@example.com", &[])["user_id"]
        .as_str()
        .unwrap()
        .to_owned();

    assert!(
        password_login(&env, "https://online.example.com")
            .get("refresh_token")
            .is_none(),
        "no refresh token for an API that does not allow offline access"
    );
    let body = password_login(&env, "https://offline.example.com");
    let rt = body["refresh_token"]
        .as_str()
        .expect("a refresh token")
        .to_owned();

    let (status, again) = refresh(&env, &rt);
    assert_eq!(status, 200, "{again}");
    assert!(again["access_token"].as_str().is_some(), "{again}");
    assert!(
        again["scope"].as_str().unwrap().contains("read:things"),
        "{again}"
    );

    let out = env
        .a0()
        .args(["users", "refresh-tokens", "list", &uid, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let listed = json(&out);
    assert_eq!(listed.as_array().unwrap().len(), 1, "{listed}");
    assert_eq!(
        listed[0]["resource_servers"][0]["audience"],
        "https://offline.example.com"
    );
    assert_eq!(listed[0]["client_id"], ADMIN_ID);
    assert!(
        !listed.to_string().contains(&rt),
        "the token itself is never listed"
    );

    let out = env
        .a0()
        .args(["users", "refresh-tokens", "revoke", &uid, "--id", "nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));

    let out = env
        .a0()
        .args(["users", "refresh-tokens", "revoke", &uid])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("revoked 1 refresh token"),
        "{}",
        stderr(&out)
    );
    let out = env
        .a0()
        .args(["users", "refresh-tokens", "list", &uid, "--json"])
        .output()
        .unwrap();
    assert_eq!(json(&out), serde_json::json!([]));
    let (status, refused) = refresh(&env, &rt);
    assert_eq!(status, 403, "{refused}");
    assert_eq!(refused["error"], "invalid_grant");
}

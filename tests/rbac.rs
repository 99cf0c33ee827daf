//! `a0 apis`, `a0 roles`, `a0 users roles|permissions` end to end against the emulator, and the tokens a user
//! then gets for the API: exactly the permissions the role grants, and none once the role is removed.

mod common;

use base64::Engine;
use common::{ADMIN_ID, ADMIN_SECRET, TestEnv, json, stderr, stdout};
use serde_json::Value;

const API: &str = "https://orders.example.com";
const PASSWORD: &str = "Correct Horse Battery Staple 9";

fn ok(env: &TestEnv, args: &[&str]) -> std::process::Output {
    let out = env.a0().args(args).output().unwrap();
    assert!(out.status.success(), "a0 {args:?}: {}", stderr(&out));
    out
}

/// The claims of a password-realm access token for `email` with the API's audience.
fn token_claims(env: &TestEnv, email: &str, scope: &str) -> Value {
    let (base, email, scope) = (env.base.clone(), email.to_owned(), scope.to_owned());
    let body: Value = env.block_on(async move {
        let _ = rustls::crypto::ring::default_provider().install_default();
        reqwest::Client::new()
            .post(format!("{base}/oauth/token"))
            .form(&[
                (
                    "grant_type",
                    "http://auth0.com/oauth/grant-type/password-realm",
                ),
                ("realm", "Username-Password-Authentication"),
                ("username", email.as_str()),
                ("password", PASSWORD),
                ("client_id", ADMIN_ID),
                ("client_secret", ADMIN_SECRET),
                ("audience", API),
                ("scope", scope.as_str()),
            ])
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    });
    let token = body["access_token"]
        .as_str()
        .unwrap_or_else(|| panic!("no access token: {body}"));
    let payload = token.split('.').nth(1).unwrap();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .unwrap();
    let mut claims: Value = serde_json::from_slice(&bytes).unwrap();
    claims["granted_scope"] = body["scope"].clone();
    claims
}

fn sorted(v: &Value) -> Vec<String> {
    let mut out: Vec<String> = v
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[test]
fn a_role_gives_its_permissions_to_a_user_and_to_their_tokens() {
    let env = TestEnv::new();
    ok(
        &env,
        &[
            "apis",
            "create",
            "--identifier",
            API,
            "--name",
            "Orders",
            "--scopes",
            "read:orders,write:orders,delete:orders",
            "--rbac",
            "--permissions-in-token",
        ],
    );
    let api = json(&ok(&env, &["apis", "get", API, "--json"]));
    assert_eq!(api["enforce_policies"], true);
    assert_eq!(api["token_dialect"], "access_token_authz");

    let role = json(&ok(
        &env,
        &[
            "roles",
            "create",
            "Clerk",
            "--description",
            "Takes orders",
            "--json",
        ],
    ));
    let role_id = role["id"].as_str().unwrap().to_owned();
    assert!(role_id.starts_with("rol_"), "{role}");
    ok(
        &env,
        &[
            "roles",
            "permissions",
            "add",
            "Clerk",
            "--api",
            API,
            "read:orders",
            "write:orders",
        ],
    );
    let perms = json(&ok(
        &env,
        &["roles", "permissions", "list", &role_id, "--json"],
    ));
    let names: Vec<&str> = perms
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["permission_name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "{perms}");

    let user = env.create_user("clerk@example.com", &[]);
    let uid = user["user_id"].as_str().unwrap();
    ok(&env, &["users", "roles", "assign", uid, "Clerk"]);
    let roles = json(&ok(&env, &["users", "roles", "list", uid, "--json"]));
    assert_eq!(roles[0]["name"], "Clerk", "{roles}");

    // The user's permissions say where each comes from.
    let listed = json(&ok(&env, &["users", "permissions", "list", uid, "--json"]));
    assert_eq!(listed.as_array().unwrap().len(), 2, "{listed}");
    for p in listed.as_array().unwrap() {
        assert_eq!(p["sources"][0]["source_type"], "ROLE", "{p}");
        assert_eq!(p["sources"][0]["source_name"], "Clerk", "{p}");
    }
    let table = stdout(&ok(&env, &["users", "permissions", "list", uid]));
    assert!(table.contains("role Clerk"), "{table}");

    // The token the user's own API would see: exactly the role's permissions.
    let claims = token_claims(
        &env,
        "clerk@example.com",
        "openid read:orders write:orders delete:orders",
    );
    assert_eq!(
        sorted(&claims["permissions"]),
        ["read:orders", "write:orders"],
        "{claims}"
    );
    let granted = claims["granted_scope"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(
        granted.contains("read:orders") && !granted.contains("delete:orders"),
        "{granted}"
    );

    // Without the role, the next token carries none.
    ok(&env, &["users", "roles", "remove", uid, "Clerk"]);
    let claims = token_claims(&env, "clerk@example.com", "openid read:orders");
    assert_eq!(
        sorted(&claims["permissions"]),
        Vec::<String>::new(),
        "{claims}"
    );
}

#[test]
fn role_mistakes_exit_with_their_codes() {
    let env = TestEnv::new();
    ok(&env, &["roles", "create", "Admin"]);
    let dup = env
        .a0()
        .args(["roles", "create", "Admin"])
        .output()
        .unwrap();
    assert_eq!(dup.status.code(), Some(1), "{}", stderr(&dup));
    assert!(stderr(&dup).contains("already exists"), "{}", stderr(&dup));

    for args in [
        &["roles", "get", "Nobody"][..],
        &["roles", "get", "rol_0000000000000000"][..],
        &["users", "roles", "assign", "auth0|1", "Nobody"][..],
    ] {
        let out = env.a0().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(3), "{args:?}: {}", stderr(&out));
    }
    let out = env.a0().args(["roles", "get", "Nobody"]).output().unwrap();
    assert!(stderr(&out).contains("no role named"), "{}", stderr(&out));

    // Off a terminal, delete needs --yes, and nothing is sent without it.
    let out = env
        .a0()
        .args(["roles", "delete", "Admin"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    ok(&env, &["roles", "get", "Admin"]);
    ok(&env, &["roles", "delete", "Admin", "--yes"]);
    let out = env.a0().args(["roles", "get", "Admin"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
}

#[test]
fn a_client_without_read_roles_is_told_which_scope_to_grant() {
    use a0_emulator::EmulatorConfig;
    use a0_emulator::config::ClientConfig;
    let config = EmulatorConfig {
        clients: vec![ClientConfig {
            id: "reader".into(),
            secret: "reader-secret".into(),
            scopes: vec!["read:users".into()],
            ..Default::default()
        }],
        ..Default::default()
    };
    let env = TestEnv::builder().config(config).start();
    let out = env
        .a0_as("reader", "reader-secret")
        .args(["roles", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(stderr(&out).contains("read:roles"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Machine to Machine Applications"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn roles_users_add_assigns_every_user_a_query_matches() {
    let env = TestEnv::builder()
        .seed_users(TestEnv::numbered_users(230))
        .start();
    ok(&env, &["roles", "create", "Everyone"]);
    let out = env
        .a0()
        .args([
            "roles",
            "users",
            "add",
            "Everyone",
            "--query",
            "email:user01*",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "--query off a terminal needs --yes: {}",
        stderr(&out)
    );
    let out = ok(
        &env,
        &[
            "roles",
            "users",
            "add",
            "Everyone",
            "--query",
            "email:*@example.com",
            "--yes",
        ],
    );
    assert!(
        stderr(&out).contains("gave the role Everyone to 230 users (0 failed)"),
        "{}",
        stderr(&out)
    );
    let members = stdout(&ok(
        &env,
        &["roles", "users", "list", "Everyone", "--quiet"],
    ));
    assert_eq!(members.lines().count(), 230);
}

#[test]
fn on_a_terminal_role_delete_asks_and_no_keeps_the_role() {
    let env = TestEnv::new();
    ok(&env, &["roles", "create", "Keep"]);
    let Some(screen) = env.in_terminal(
        &["roles", "delete", "Keep"],
        &[("This cannot be undone", "n")],
        100,
    ) else {
        return;
    };
    assert_eq!(screen.code, Some(0), "{}", screen.text);
    assert!(
        screen.text.contains("Delete the role Keep (rol_"),
        "{}",
        screen.text
    );
    assert!(screen.text.contains("nothing deleted"), "{}", screen.text);
    ok(&env, &["roles", "get", "Keep"]);
}

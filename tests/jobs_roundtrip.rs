//! The whole migration: 5,000 varied users in tenant A → `a0 jobs export --format json` → `a0 jobs import` into
//! tenant B → the same users (apart from ids and timestamps), and those with a password can log in to B.
//!
//! The emulator exports password hashes when asked (an extension: Auth0 never does), and `--format json` asks.
//! The seeded hashes are bcrypt cost 4 (fast), which `password_hash` refuses (cost 10 only), so the export writes
//! them as bcrypt `custom_password_hash`, which the import takes and the password grant verifies.

mod common;

use std::collections::BTreeMap;

use common::{TestEnv, stderr};
use serde_json::{Value, json};

const DB: &str = "Username-Password-Authentication";
const N: usize = 5000;
/// Every this-many users has a password (bcrypt cost 4, hashed here).
const WITH_PASSWORD_EVERY: usize = 10;

fn password_of(i: usize) -> String {
    format!("pw-{i}-Correct-Horse")
}

fn seed_user(i: usize) -> Value {
    let plans = ["free", "pro", "team", "enterprise"];
    let mut u = json!({
        "email": format!("person{i:05}@example.com"),
        "email_verified": i.is_multiple_of(3),
        "given_name": format!("Given{i}"),
        "family_name": format!("Family{}", i % 101),
        "name": format!("Given{i} Family{}", i % 101),
        "nickname": format!("p{i}"),
        "blocked": i.is_multiple_of(17),
    });
    if i % 4 != 1 {
        u["user_metadata"] = json!({"plan": plans[i % 4], "prefs": {"lang": if i.is_multiple_of(2) {"en"} else {"fr"},
                                    "tags": ["a", i.to_string()]}, "score": i as f64 / 8.0});
    }
    if i.is_multiple_of(5) {
        u["app_metadata"] =
            json!({"roles": ["admin"], "quota": i, "nested": {"ok": true, "none": null}});
    }
    if i.is_multiple_of(WITH_PASSWORD_EVERY) {
        u["password_hash"] = json!(bcrypt::hash(password_of(i), 4).unwrap());
    }
    u
}

/// The user as the Management API returns it, without what legitimately differs between tenants.
fn comparable(mut u: Value) -> Value {
    let m = u.as_object_mut().unwrap();
    for k in [
        "user_id",
        "created_at",
        "updated_at",
        "identities",
        "last_login",
        "last_ip",
        "logins_count",
        "picture",
    ] {
        m.remove(k);
    }
    u
}

fn token(env: &TestEnv) -> String {
    let base = env.base.clone();
    env.block_on(async move {
        let v: Value = http_client()
            .post(format!("{base}/oauth/token"))
            .json(&json!({"grant_type": "client_credentials", "client_id": common::ADMIN_ID,
                          "client_secret": common::ADMIN_SECRET, "audience": format!("{base}/api/v2/")}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        v["access_token"].as_str().unwrap().to_owned()
    })
}

fn by_email(env: &TestEnv, token: &str, email: &str) -> Value {
    let (base, token, email) = (env.base.clone(), token.to_owned(), email.to_owned());
    env.block_on(async move {
        let v: Value = http_client()
            .get(format!("{base}/api/v2/users-by-email"))
            .query(&[("email", email.as_str())])
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(v.as_array().map(Vec::len), Some(1), "{email}: {v}");
        v[0].clone()
    })
}

fn login(env: &TestEnv, email: &str, password: &str) -> u16 {
    env.password_login(email, password).0
}

/// Every user of a tenant, by email, through `a0 jobs export --format json`.
fn all_users(env: &TestEnv) -> BTreeMap<String, Value> {
    let out = env
        .a0()
        .args(["jobs", "export", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let list: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    list.into_iter()
        .map(|mut u| {
            u.as_object_mut().unwrap().remove("user_id");
            u.as_object_mut().unwrap().remove("custom_password_hash");
            (u["email"].as_str().unwrap().to_owned(), u)
        })
        .collect()
}

#[test]
fn export_then_import_moves_every_user_to_another_tenant_and_passwords_still_work() {
    let seed: Vec<Value> = (0..N).map(seed_user).collect();
    let a = TestEnv::builder().seed_users(seed).start();
    let b = TestEnv::new();

    let file = a.dir().join("users.json");
    let out = a
        .a0()
        .args(["jobs", "export", "--format", "json", "-O"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "export: {}", stderr(&out));
    let exported: Vec<Value> = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(exported.len(), N);
    let with_hash = exported
        .iter()
        .filter(|u| u.get("custom_password_hash").is_some())
        .count();
    assert_eq!(with_hash, N / WITH_PASSWORD_EVERY);

    let out = b
        .a0()
        .args(["jobs", "import"])
        .arg(&file)
        .args(["--connection", DB])
        .output()
        .unwrap();
    assert!(out.status.success(), "import: {}", stderr(&out));
    assert!(
        stderr(&out).contains("inserted 5,000, updated 0, failed 0 (total 5,000)"),
        "{}",
        stderr(&out)
    );

    // All users, compared through export; a sample compared through the Management API itself.
    let (in_a, in_b) = (all_users(&a), all_users(&b));
    assert_eq!(in_a.len(), N);
    assert_eq!(in_a, in_b);
    let (ta, tb) = (token(&a), token(&b));
    for i in [0, 1, 2, 3, 5, 17, 34, 1234, 4999] {
        let email = format!("person{i:05}@example.com");
        assert_eq!(
            comparable(by_email(&a, &ta, &email)),
            comparable(by_email(&b, &tb, &email)),
            "{email}"
        );
    }
    let blocked_b = by_email(&b, &tb, "person00017@example.com");
    assert_eq!(blocked_b["blocked"], json!(true));
    assert_eq!(
        by_email(&b, &tb, "person00003@example.com")["email_verified"],
        json!(true)
    );

    for i in [10, 20, 1230, 4990] {
        let email = format!("person{i:05}@example.com");
        assert_eq!(
            login(&b, &email, &password_of(i)),
            200,
            "{email} cannot log in to B"
        );
        assert_ne!(login(&b, &email, "wrong password"), 200);
    }
}

#[test]
fn the_default_ndjson_export_imports_as_it_is() {
    let seed: Vec<Value> = (0..20).map(seed_user).collect();
    let a = TestEnv::builder().seed_users(seed).start();
    let b = TestEnv::new();
    let file = a.dir().join("users.ndjson");
    let out = a
        .a0()
        .args(["jobs", "export", "-O"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "export: {}", stderr(&out));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("\"created_at\""),
        "the default export carries read-only fields"
    );

    let out = b
        .a0()
        .args(["jobs", "import"])
        .arg(&file)
        .args(["--connection", DB])
        .output()
        .unwrap();
    assert!(out.status.success(), "import: {}", stderr(&out));
    assert!(
        stderr(&out).contains("left out what an export carries but an import does not take"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("created_at (20 users)"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("inserted 20, updated 0, failed 0 (total 20)"),
        "{}",
        stderr(&out)
    );
    let (in_a, in_b) = (all_users(&a), all_users(&b));
    assert_eq!(
        in_a.keys().collect::<Vec<_>>(),
        in_b.keys().collect::<Vec<_>>()
    );
    let (ta, tb) = (token(&a), token(&b));
    let email = "person00003@example.com";
    assert_eq!(
        by_email(&a, &ta, email)["user_id"],
        by_email(&b, &tb, email)["user_id"],
        "the same user id, not provider|provider|id"
    );
}

/// A plain reqwest client (the crate is built without a default rustls provider).
fn http_client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

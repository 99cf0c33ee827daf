//! `PATCH /api/v2/users/{id}`: one-level metadata merge, `null` and `{}`, root attributes, passwords,
//! conflicts, the `update:users_app_metadata` scope, and upstream (social) users' root attributes.

mod common;

use std::time::Duration;

use a0_emulator::EmulatorConfig;
use a0_emulator::config::ClientConfig;
use a0_emulator::store::users::NewUser;
use common::{DB, TestServer, create_user_ok, enc};
use reqwest::Method;
use serde_json::{Value, json};

const PW: &str = "Sup3r-secret-pw";

async fn patch_with(s: &TestServer, token: &str, id: &str, body: Value) -> (u16, Value) {
    let r = s
        .http
        .patch(s.url(&format!("/api/v2/users/{}", enc(id))))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

async fn patch(s: &TestServer, id: &str, body: Value) -> (u16, Value) {
    patch_with(s, &s.admin_token.clone(), id, body).await
}

async fn user_with_metadata(s: &TestServer) -> String {
    let u = create_user_ok(
        s,
        json!({"connection": DB, "email": "m@example.com", "password": PW, "given_name": "Chuck",
               "user_metadata": {"baz": "qux", "foo": "bar"}, "app_metadata": {"baz": "qux", "foo": "bar", "facts": ["a"]}}),
    )
    .await;
    u["user_id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn metadata_merges_one_level_and_null_removes_a_key() {
    let s = TestServer::start().await;
    let id = user_with_metadata(&s).await;
    let (st, u) = patch(
        &s,
        &id,
        json!({"user_metadata": {"baz": null, "foo": "bars", "addr": {"work": "1"}}, "app_metadata": {"baz": null, "foo": "bars"}}),
    )
    .await;
    assert_eq!(st, 200, "{u}");
    assert_eq!(
        u["user_metadata"],
        json!({"foo": "bars", "addr": {"work": "1"}})
    );
    assert_eq!(u["app_metadata"], json!({"foo": "bars", "facts": ["a"]}));
    // Nested objects are replaced whole.
    let (_, u) = patch(&s, &id, json!({"user_metadata": {"addr": {"home": "2"}}})).await;
    assert_eq!(u["user_metadata"]["addr"], json!({"home": "2"}));
    assert_eq!(u["user_metadata"]["foo"], "bars");
}

#[tokio::test]
async fn empty_objects_clear_metadata_and_app_metadata_disappears() {
    let s = TestServer::start().await;
    let id = user_with_metadata(&s).await;
    let (st, u) = patch(&s, &id, json!({"user_metadata": {}, "app_metadata": {}})).await;
    assert_eq!(st, 200);
    assert_eq!(u["user_metadata"], json!({}));
    assert!(u.get("app_metadata").is_none(), "{u}");
    // GET agrees.
    let g: Value = s
        .api(Method::GET, &format!("/users/{}", enc(&id)))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(g, u);
}

#[tokio::test]
async fn null_unsets_root_attributes_and_updated_at_moves() {
    let s = TestServer::start().await;
    let id = user_with_metadata(&s).await;
    // `updated_at` has millisecond resolution: wait until the clock has moved past `created_at`.
    let doc = s.handle.store().user_doc(&id).unwrap().unwrap();
    let created: Value = serde_json::from_str(&doc).unwrap();
    let created_at = created["created_at"].as_str().unwrap();
    common::eventually(
        "the clock to pass created_at",
        Duration::from_secs(5),
        move || async move { (a0_emulator::now_iso().as_str() > created_at).then_some(()) },
    )
    .await;
    let (st, u) = patch(
        &s,
        &id,
        json!({"given_name": null, "nickname": "Chucky", "blocked": true}),
    )
    .await;
    assert_eq!(st, 200);
    assert!(u.get("given_name").is_none());
    assert_eq!(u["nickname"], "Chucky");
    assert_eq!(u["blocked"], true);
    assert_ne!(u["updated_at"], u["created_at"]);
}

#[tokio::test]
async fn password_change_sets_last_password_reset_and_a_new_hash() {
    let s = TestServer::start().await;
    let id = user_with_metadata(&s).await;
    let before = s
        .handle
        .store()
        .user(&id)
        .unwrap()
        .unwrap()
        .password_hash
        .unwrap();
    let (st, u) = patch(
        &s,
        &id,
        json!({"connection": DB, "password": "N3w-password!", "app_metadata": {"x": 1}}),
    )
    .await;
    assert_eq!(st, 200, "{u}");
    assert!(u["last_password_reset"].is_string());
    assert_eq!(u["app_metadata"]["x"], 1);
    let after = s
        .handle
        .store()
        .user(&id)
        .unwrap()
        .unwrap()
        .password_hash
        .unwrap();
    assert_ne!(before, after);
    assert!(bcrypt::verify("N3w-password!", &after).unwrap());
    let (st, e) = patch(&s, &id, json!({"password": "weak"})).await;
    assert_eq!(st, 400);
    assert_eq!(e["message"], "PasswordStrengthError: Password is too weak");
}

#[tokio::test]
async fn patch_validates_like_create() {
    let s = TestServer::start().await;
    let id = user_with_metadata(&s).await;
    let (st, e) = patch(&s, &id, json!({"email": "nope"})).await;
    assert_eq!(st, 400);
    assert_eq!(
        e["message"],
        "Payload validation error: 'Object didn't pass validation for format email: nope' on property email (Email address of this user)."
    );
    let (st, e) = patch(&s, &id, json!({"unknown_thing": 1})).await;
    assert_eq!(st, 400);
    assert_eq!(
        e["message"],
        "Payload validation error: 'Additional properties not allowed: unknown_thing'."
    );
    let (st, e) = patch(
        &s,
        &id,
        json!({"email": "n@example.com", "password": "Passw0rd!!"}),
    )
    .await;
    assert_eq!(st, 400);
    assert_eq!(
        e["message"],
        "Cannot update password and email simultaneously."
    );
    let (st, _) = patch(&s, &id, json!({"phone_number": "0044"})).await;
    assert_eq!(st, 400);
    let (st, _) = patch(&s, &id, json!({"blocked": null})).await;
    assert_eq!(st, 400);
}

#[tokio::test]
async fn changing_email_to_a_taken_one_is_409_and_changes_nothing() {
    let s = TestServer::start().await;
    let id = user_with_metadata(&s).await;
    create_user_ok(
        &s,
        json!({"connection": DB, "email": "taken@example.com", "password": PW}),
    )
    .await;
    let (st, e) = patch(&s, &id, json!({"email": "TAKEN@example.com"})).await;
    assert_eq!(st, 409);
    assert_eq!(e["message"], "The user already exists.");
    let (st, u) = patch(&s, &id, json!({"email": "Fresh@Example.com"})).await;
    assert_eq!(st, 200);
    assert_eq!(u["email"], "fresh@example.com");
    assert_eq!(u["email_verified"], false);
}

#[tokio::test]
async fn patching_a_missing_user_is_404() {
    let s = TestServer::start().await;
    let (st, e) = patch(&s, "auth0|missing", json!({"name": "x"})).await;
    assert_eq!(st, 404);
    assert_eq!(e["errorCode"], "inexistent_user");
}

#[tokio::test]
async fn app_metadata_only_clients_may_change_only_app_metadata() {
    let s = TestServer::start_with(|b| {
        b.config(EmulatorConfig {
            clients: vec![ClientConfig {
                id: "meta".into(),
                secret: "meta-secret".into(),
                scopes: vec!["update:users_app_metadata".into()],
                ..Default::default()
            }],
            ..Default::default()
        })
    })
    .await;
    let id = user_with_metadata(&s).await;
    let token = s.token_for("meta", "meta-secret").await;
    let (st, u) = patch_with(&s, &token, &id, json!({"app_metadata": {"plan": "gold"}})).await;
    assert_eq!(st, 200, "{u}");
    assert_eq!(u["app_metadata"]["plan"], "gold");
    for body in [
        json!({"user_metadata": {"a": 1}}),
        json!({"app_metadata": {"b": 1}, "name": "x"}),
    ] {
        let (st, e) = patch_with(&s, &token, &id, body).await;
        assert_eq!(st, 403);
        assert_eq!(e["errorCode"], "insufficient_scope");
    }
    let row = s.handle.store().user(&id).unwrap().unwrap();
    assert!(!row.doc.contains("\"b\":1"));
}

#[tokio::test]
async fn social_users_root_attributes_follow_the_connection_sync_setting() {
    let s = TestServer::start().await;
    let doc = json!({
        "created_at": "2024-01-01T00:00:00.000Z", "email": "g@example.com", "email_verified": true,
        "identities": [{"connection": "google-oauth2", "user_id": "1234567890", "provider": "google-oauth2", "isSocial": true}],
        "name": "G User", "nickname": "g", "picture": "https://lh3.googleusercontent.com/a/x",
        "updated_at": "2024-01-01T00:00:00.000Z", "user_id": "google-oauth2|1234567890"
    });
    s.handle
        .store()
        .user_insert(&NewUser {
            user_id: "google-oauth2|1234567890".into(),
            connection: "google-oauth2".into(),
            password_hash: None,
            doc: doc.to_string(),
        })
        .unwrap();
    let (st, e) = patch(
        &s,
        "google-oauth2|1234567890",
        json!({"name": "New", "given_name": "N"}),
    )
    .await;
    assert_eq!(st, 400);
    assert_eq!(
        e["message"],
        "The following user attributes cannot be updated: given_name, name. The connection must either be a database connection (using the Auth0 store), a passwordless connection (email or sms) or has disabled 'Sync user profile attributes at each login'."
    );
    // Metadata is fine.
    let (st, u) = patch(
        &s,
        "google-oauth2|1234567890",
        json!({"user_metadata": {"x": 1}}),
    )
    .await;
    assert_eq!(st, 200);
    assert_eq!(u["name"], "G User");
}

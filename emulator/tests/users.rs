//! `POST/GET/DELETE /api/v2/users`, `/users-by-email`: shapes, defaults, validation errors, conflicts, scopes,
//! and that a password never comes back.

mod common;

use a0_emulator::EmulatorConfig;
use a0_emulator::config::ClientConfig;
use common::{DB, TestServer, create_user, enc};
use reqwest::Method;
use serde_json::{Value, json};

const PW: &str = "Sup3r-secret-pw";

async fn create_ok(s: &TestServer, email: &str) -> Value {
    let (st, v) = create_user(s, json!({"connection": DB, "email": email, "password": PW})).await;
    assert_eq!(st, 201, "{v}");
    v
}

async fn get_raw(s: &TestServer, path: &str) -> (u16, String) {
    let r = s.api(Method::GET, path).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

async fn server_with_reader() -> TestServer {
    TestServer::start_with(|b| {
        b.config(EmulatorConfig {
            clients: vec![ClientConfig {
                id: "reader".into(),
                secret: "reader-secret".into(),
                scopes: vec!["read:users".into()],
                ..Default::default()
            }],
            ..Default::default()
        })
    })
    .await
}

#[tokio::test]
async fn create_returns_201_with_auth0_defaults() {
    let s = TestServer::start().await;
    let before = chrono::Utc::now().timestamp();
    let (st, u) = create_user(
        &s,
        json!({"connection": DB, "email": "Chuck.Norris@Example.com", "password": PW, "user_metadata": {"a": 1}}),
    )
    .await;
    assert_eq!(st, 201);
    let id = u["user_id"].as_str().unwrap();
    let hex = id.strip_prefix("auth0|").unwrap();
    assert_eq!(hex.len(), 24);
    assert!(hex.chars().all(|c| c.is_ascii_hexdigit()));
    let t = i64::from_str_radix(&hex[..8], 16).unwrap();
    assert!(t >= before && t <= chrono::Utc::now().timestamp());
    assert_eq!(u["email"], "chuck.norris@example.com");
    assert_eq!(u["name"], "chuck.norris@example.com");
    assert_eq!(u["nickname"], "chuck.norris");
    assert_eq!(u["email_verified"], false);
    assert_eq!(u["created_at"], u["updated_at"]);
    assert_eq!(u["user_metadata"], json!({"a": 1}));
    let pic = u["picture"].as_str().unwrap();
    assert!(pic.starts_with("https://s.gravatar.com/avatar/"), "{pic}");
    assert!(pic.ends_with("?s=480&r=pg&d=https%3A%2F%2Fcdn.auth0.com%2Favatars%2Fch.png"));
    assert_eq!(
        u["identities"],
        json!([{"connection": DB, "user_id": hex, "provider": "auth0", "isSocial": false}])
    );
    for absent in [
        "blocked",
        "app_metadata",
        "username",
        "phone_number",
        "password",
        "verify_email",
    ] {
        assert!(u.get(absent).is_none(), "{absent} should be omitted: {u}");
    }
    assert!(!u.as_object().unwrap().values().any(Value::is_null));
    // GET echoes the same object.
    let (st, raw) = get_raw(&s, &format!("/users/{}", enc(id))).await;
    assert_eq!(st, 200);
    assert_eq!(serde_json::from_str::<Value>(&raw).unwrap(), u);
}

#[tokio::test]
async fn create_with_user_id_and_blocked_keeps_them() {
    let s = TestServer::start().await;
    let (st, u) = create_user(
        &s,
        json!({"connection": DB, "email": "a@example.com", "password": PW, "user_id": "testaccuser", "blocked": false, "verify_email": false}),
    )
    .await;
    assert_eq!(st, 201);
    assert_eq!(u["user_id"], "auth0|testaccuser");
    assert_eq!(u["identities"][0]["user_id"], "testaccuser");
    assert_eq!(u["blocked"], false);
    assert!(u.get("verify_email").is_none());
    let (st, e) = create_user(
        &s,
        json!({"connection": DB, "email": "b@example.com", "password": PW, "user_id": "testaccuser"}),
    )
    .await;
    assert_eq!(st, 409, "{e}");
}

#[tokio::test]
async fn create_refuses_bad_bodies_with_auth0_messages() {
    let s = TestServer::start().await;
    let cases = [
        (
            json!({"connection": DB, "email": "a@example.com", "password": PW, "foo": 1}),
            "Payload validation error: 'Additional properties not allowed: foo'.",
        ),
        (
            json!({"connection": DB, "email": "not-an-email", "password": PW}),
            "Payload validation error: 'Object didn't pass validation for format email: not-an-email' on property email (The user's email).",
        ),
        (
            json!({"connection": DB, "email": "a@example.com", "password": PW, "phone_number": "12345"}),
            "Payload validation error: 'String does not match pattern ^\\+[0-9]{1,15}$: 12345' on property phone_number (The user's phone number (following the E.164 recommendation)).",
        ),
        (
            json!({"connection": DB, "email": "a@example.com", "password": PW, "picture": "not a uri"}),
            "Payload validation error: 'Object didn't pass validation for format strict-uri: not a uri' on property picture (A URI pointing to the user's picture).",
        ),
        (
            json!({"connection": DB, "email": "a@example.com", "password": PW, "given_name": "x".repeat(151)}),
            "Payload validation error: 'String is too long (151 chars), maximum 150' on property given_name (The user's given name(s)).",
        ),
        (
            json!({"connection": DB, "email": "a@example.com", "password": PW, "blocked": "yes"}),
            "Payload validation error: 'Expected type boolean but found type string' on property blocked (Whether this user was blocked by an administrator (true) or not (false)).",
        ),
        (
            json!({"email": "a@example.com", "password": PW}),
            "Payload validation error: 'Missing required property: connection'.",
        ),
        (
            json!({"connection": DB, "email": "a@example.com"}),
            "Payload validation error: 'Missing required property: password'.",
        ),
        (
            json!({"connection": DB, "password": PW}),
            "Payload validation error: 'Missing required property: email'.",
        ),
        (
            json!({"connection": DB, "email": "a@example.com", "password": PW, "username": "bob"}),
            "Cannot set username for connection without requires_username",
        ),
    ];
    for (body, message) in cases {
        let (st, e) = create_user(&s, body.clone()).await;
        assert_eq!(st, 400, "{body}");
        assert_eq!(
            e,
            json!({"statusCode": 400, "error": "Bad Request", "message": message, "errorCode": "invalid_body"}),
            "{body}"
        );
    }
    // Nothing was stored.
    assert_eq!(s.handle.store().users_count().unwrap(), 0);
}

#[tokio::test]
async fn weak_password_is_refused_by_the_connection_policy() {
    let s = TestServer::start().await;
    for weak in ["short1A", "alllowercase", "lowercase123"] {
        let (st, e) = create_user(
            &s,
            json!({"connection": DB, "email": "a@example.com", "password": weak}),
        )
        .await;
        assert_eq!(st, 400);
        assert_eq!(e["message"], "PasswordStrengthError: Password is too weak");
    }
    create_ok(&s, "a@example.com").await;
}

#[tokio::test]
async fn unknown_and_social_connections_are_refused() {
    let s = TestServer::start().await;
    let (st, e) = create_user(
        &s,
        json!({"connection": "nope", "email": "a@example.com", "password": PW}),
    )
    .await;
    assert_eq!(st, 400);
    assert_eq!(e["message"], "The connection does not exist.");
    assert_eq!(e["errorCode"], "inexistent_connection");
    let (st, e) = create_user(
        &s,
        json!({"connection": "google-oauth2", "email": "a@example.com"}),
    )
    .await;
    assert_eq!(st, 400);
    assert_eq!(
        e["message"],
        "Connection does not support user creation through the API. It must either be a database or passwordless connection."
    );
}

#[tokio::test]
async fn passwordless_email_users_get_an_email_identity() {
    let s = TestServer::start().await;
    let (st, u) = create_user(
        &s,
        json!({"connection": "email", "email": "p@example.com", "email_verified": true}),
    )
    .await;
    assert_eq!(st, 201, "{u}");
    assert!(u["user_id"].as_str().unwrap().starts_with("email|"));
    assert_eq!(u["identities"][0]["provider"], "email");
    assert_eq!(u["email_verified"], true);
}

#[tokio::test]
async fn duplicate_email_in_a_connection_is_409_case_insensitively() {
    let s = TestServer::start().await;
    create_ok(&s, "dup@example.com").await;
    let (st, e) = create_user(
        &s,
        json!({"connection": DB, "email": "DUP@Example.COM", "password": PW}),
    )
    .await;
    assert_eq!(st, 409);
    assert_eq!(
        e,
        json!({"statusCode": 409, "error": "Conflict", "message": "The user already exists.", "errorCode": "auth0_idp_error"})
    );
    // Another connection may hold the same email.
    let (st, _) = create_user(
        &s,
        json!({"connection": "email", "email": "dup@example.com"}),
    )
    .await;
    assert_eq!(st, 201);
}

#[tokio::test]
async fn duplicate_username_in_a_connection_requiring_usernames_is_409() {
    let s = TestServer::start().await;
    s.handle
        .store()
        .create_connection(
            "with-usernames",
            "auth0",
            json!({"requires_username": true, "passwordPolicy": "low"}),
        )
        .unwrap();
    let (st, e) = create_user(
        &s,
        json!({"connection": "with-usernames", "email": "x@example.com", "password": "secret1"}),
    )
    .await;
    assert_eq!(st, 400);
    assert_eq!(
        e["message"],
        "Payload validation error: 'Missing required property: username'."
    );
    let (st, u) = create_user(
        &s,
        json!({"connection": "with-usernames", "email": "x@example.com", "password": "secret1", "username": "Bob"}),
    )
    .await;
    assert_eq!(st, 201);
    assert_eq!(u["username"], "Bob");
    let (st, _) = create_user(
        &s,
        json!({"connection": "with-usernames", "email": "y@example.com", "password": "secret1", "username": "bob"}),
    )
    .await;
    assert_eq!(st, 409);
}

#[tokio::test]
async fn twenty_concurrent_creates_of_one_email_give_one_201() {
    let s = TestServer::start().await;
    let mut tasks = Vec::new();
    for i in 0..20 {
        let req = s
            .api(Method::POST, "/users")
            .json(&json!({"connection": DB, "email": if i % 2 == 0 { "race@example.com" } else { "RACE@example.com" }, "password": PW}));
        tasks.push(tokio::spawn(async move {
            req.send().await.unwrap().status().as_u16()
        }));
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 201).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 409).count(),
        19,
        "{statuses:?}"
    );
    assert_eq!(s.handle.store().users_count().unwrap(), 1);
}

#[tokio::test]
async fn a_password_never_appears_in_any_response_body() {
    let s = TestServer::start().await;
    let secret = "Unguessable-Pw-4242";
    let r = s
        .api(Method::POST, "/users")
        .json(&json!({"connection": DB, "email": "pw@example.com", "password": secret}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let created = r.text().await.unwrap();
    let id = serde_json::from_str::<Value>(&created).unwrap()["user_id"]
        .as_str()
        .unwrap()
        .to_string();
    let new_secret = "Another-Pw-9999";
    let patched = s
        .api(Method::PATCH, &format!("/users/{}", enc(&id)))
        .json(&json!({"password": new_secret}))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let bodies = [
        created,
        patched,
        get_raw(&s, &format!("/users/{}", enc(&id))).await.1,
        get_raw(&s, "/users?include_totals=true").await.1,
        get_raw(&s, "/users?q=email:pw*").await.1,
        get_raw(&s, "/users-by-email?email=pw@example.com").await.1,
    ];
    for b in &bodies {
        assert!(b.contains("pw@example.com"), "{b}");
        assert!(!b.contains(secret) && !b.contains(new_secret), "{b}");
        assert!(!b.contains("password_hash") && !b.contains("$2b$"), "{b}");
    }
    // Stored as bcrypt.
    let row = s.handle.store().user(&id).unwrap().unwrap();
    let hash = row.password_hash.unwrap();
    assert!(bcrypt::verify(new_secret, &hash).unwrap());
    assert!(!row.doc.contains(new_secret));
}

#[tokio::test]
async fn get_unknown_or_odd_ids_is_404_inexistent_user() {
    let s = TestServer::start().await;
    let expected = json!({"statusCode": 404, "error": "Not Found", "message": "The user does not exist.", "errorCode": "inexistent_user"});
    for path in [
        "/users/auth0%7Cnobody",
        "/users/%",
        "/users/%25",
        "/users/%ZZ",
        "/users/%FF%FE",
        "/users/%E2%9C%93-%F0%9F%98%80",
        "/users/a%2Fb",
    ] {
        let (st, raw) = get_raw(&s, path).await;
        assert_eq!(st, 404, "{path}: {raw}");
        assert_eq!(
            serde_json::from_str::<Value>(&raw).unwrap(),
            expected,
            "{path}"
        );
    }
}

#[tokio::test]
async fn unicode_and_percent_ids_round_trip_when_percent_encoded() {
    let s = TestServer::start().await;
    let (st, u) = create_user(
        &s,
        json!({"connection": DB, "email": "u@example.com", "password": PW, "user_id": "ü-100%✓"}),
    )
    .await;
    assert_eq!(st, 201, "{u}");
    let id = u["user_id"].as_str().unwrap();
    assert_eq!(id, "auth0|ü-100%✓");
    let (st, raw) = get_raw(&s, &format!("/users/{}", enc(id))).await;
    assert_eq!(st, 200);
    assert_eq!(serde_json::from_str::<Value>(&raw).unwrap()["user_id"], id);
}

#[tokio::test]
async fn get_projects_fields() {
    let s = TestServer::start().await;
    let u = create_ok(&s, "f@example.com").await;
    let id = enc(u["user_id"].as_str().unwrap());
    let (_, raw) = get_raw(&s, &format!("/users/{id}?fields=email,user_id")).await;
    assert_eq!(
        serde_json::from_str::<Value>(&raw).unwrap(),
        json!({"email": "f@example.com", "user_id": u["user_id"]})
    );
    let (_, raw) = get_raw(
        &s,
        &format!("/users/{id}?fields=identities,picture&include_fields=false"),
    )
    .await;
    let v: Value = serde_json::from_str(&raw).unwrap();
    assert!(v.get("identities").is_none() && v.get("picture").is_none());
    assert_eq!(v["email"], "f@example.com");
    let (st, raw) = get_raw(&s, &format!("/users/{id}?include_fields=maybe")).await;
    assert_eq!(st, 400, "{raw}");
}

#[tokio::test]
async fn delete_is_204_empty_and_idempotent() {
    let s = TestServer::start().await;
    let u = create_ok(&s, "d@example.com").await;
    let path = format!("/users/{}", enc(u["user_id"].as_str().unwrap()));
    for _ in 0..2 {
        let r = s.api(Method::DELETE, &path).send().await.unwrap();
        assert_eq!(r.status(), 204);
        assert!(r.headers().get("content-type").is_some());
        assert_eq!(r.text().await.unwrap(), "");
    }
    let (st, _) = get_raw(&s, &path).await;
    assert_eq!(st, 404);
}

#[tokio::test]
async fn users_by_email_is_always_an_array_and_case_insensitive() {
    let s = TestServer::start().await;
    let u = create_ok(&s, "Mixed.Case@Example.com").await;
    let (st, raw) = get_raw(&s, "/users-by-email?email=MIXED.case%40example.COM").await;
    assert_eq!(st, 200);
    assert_eq!(serde_json::from_str::<Value>(&raw).unwrap(), json!([u]));
    let (_, raw) = get_raw(&s, "/users-by-email?email=nobody%40example.com").await;
    assert_eq!(raw, "[]");
    let (_, raw) = get_raw(
        &s,
        "/users-by-email?email=mixed.case%40example.com&fields=email",
    )
    .await;
    assert_eq!(
        serde_json::from_str::<Value>(&raw).unwrap(),
        json!([{"email": "mixed.case@example.com"}])
    );
    let (st, raw) = get_raw(&s, "/users-by-email").await;
    assert_eq!(st, 400, "{raw}");
}

#[tokio::test]
async fn each_endpoint_needs_its_scope() {
    let s = server_with_reader().await;
    let token = s.token_for("reader", "reader-secret").await;
    let u = create_ok(&s, "scoped@example.com").await;
    let id = enc(u["user_id"].as_str().unwrap());
    let forbidden = |scope: &str| json!({"statusCode": 403, "error": "Forbidden", "message": format!("Insufficient scope, expected any of: {scope}"), "errorCode": "insufficient_scope"});
    let call = |m: Method, p: String| {
        s.http
            .request(m, s.url(&format!("/api/v2{p}")))
            .bearer_auth(&token)
    };
    // Reading works.
    assert_eq!(
        call(Method::GET, format!("/users/{id}"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    assert_eq!(
        call(Method::GET, "/users".into())
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    assert_eq!(
        call(
            Method::GET,
            "/users-by-email?email=scoped%40example.com".into()
        )
        .send()
        .await
        .unwrap()
        .status(),
        200
    );
    // Writing does not.
    let r = call(Method::POST, "/users".into())
        .json(&json!({"connection": DB, "email": "n@example.com", "password": PW}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert_eq!(r.json::<Value>().await.unwrap(), forbidden("create:users"));
    let r = call(Method::DELETE, format!("/users/{id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert_eq!(r.json::<Value>().await.unwrap(), forbidden("delete:users"));
    let r = call(Method::PATCH, format!("/users/{id}"))
        .json(&json!({"name": "x"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = call(Method::GET, "/connections".into())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert_eq!(
        r.json::<Value>().await.unwrap(),
        forbidden("read:connections")
    );
    // The user is still there.
    assert_eq!(s.handle.store().users_count().unwrap(), 1);
    // Without a token: 401.
    let r = s.http.get(s.url("/api/v2/users")).send().await.unwrap();
    assert_eq!(r.status(), 401);
}

#[tokio::test]
async fn malformed_json_and_wrong_content_type_are_400_and_store_nothing() {
    let s = TestServer::start().await;
    let r = s
        .api(Method::POST, "/users")
        .header("content-type", "application/json")
        .body("{\"connection\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let e: Value = r.json().await.unwrap();
    assert_eq!(e["message"], "Invalid request payload JSON format");
    let r = s
        .api(Method::POST, "/users")
        .header("content-type", "text/plain")
        .body("hello")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let r = s
        .api(Method::POST, "/users")
        .json(&json!(["not", "an", "object"]))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    assert_eq!(
        r.json::<Value>().await.unwrap()["message"],
        "Payload validation error: 'Expected type object but found type array'."
    );
    let r = s
        .api(Method::POST, "/users")
        .header("content-type", "application/json")
        .body(format!("{{\"connection\":\"{DB}\",\"email\":\"big@example.com\",\"password\":\"{PW}\",\"name\":\"{}\"}}", "x".repeat(2_000_000)))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);
    assert_eq!(s.handle.store().users_count().unwrap(), 0);
}

#[tokio::test]
async fn form_urlencoded_create_is_accepted() {
    let s = TestServer::start().await;
    let r = s
        .api(Method::POST, "/users")
        .form(&[
            ("connection", DB),
            ("email", "form@example.com"),
            ("password", PW),
            ("email_verified", "true"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let u: Value = r.json().await.unwrap();
    assert_eq!(u["email_verified"], true);
}

#[tokio::test]
async fn seeded_users_keep_their_bcrypt_hash_and_existing_ids_are_skipped() {
    let hash = bcrypt::hash("Imported-Pw-1", 4).unwrap();
    let users = vec![
        json!({"email": "Seed1@example.com", "user_id": "seed1", "password_hash": hash, "app_metadata": {"plan": "pro"}}),
        json!({"email": "seed2@example.com", "email_verified": true, "given_name": "Two"}),
    ];
    let s = TestServer::start_with(|b| b.seed_users(users.clone())).await;
    let (st, raw) = get_raw(&s, "/users/auth0%7Cseed1").await;
    assert_eq!(st, 200);
    let u: Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(u["email"], "seed1@example.com");
    assert_eq!(u["app_metadata"], json!({"plan": "pro"}));
    assert!(
        u["picture"]
            .as_str()
            .unwrap()
            .starts_with("https://secure.gravatar.com/avatar/")
    );
    assert!(!raw.contains("$2b$"));
    let row = s.handle.store().user("auth0|seed1").unwrap().unwrap();
    assert_eq!(row.password_hash.as_deref(), Some(hash.as_str()));
    assert_eq!(s.handle.store().users_count().unwrap(), 2);
    // Seeding again skips what exists.
    let n = a0_emulator::jobs::seed::seed_users(s.handle.store(), &users[..1]).unwrap();
    assert_eq!(n, 0);
    // Invalid seed input is refused as a whole.
    let err = a0_emulator::jobs::seed::seed_users(
        s.handle.store(),
        &[json!({"email": "x@example.com", "bogus": 1})],
    );
    assert!(err.is_err());
}

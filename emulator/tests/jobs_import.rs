//! `POST /api/v2/jobs/users-imports`, `GET /jobs/{id}` and `GET /jobs/{id}/errors` over real HTTP: inserts,
//! upserts, duplicates, invalid users, limits, concurrency, scopes, and logins of imported users.

mod common;
mod jobs_common;

use a0_emulator::EmulatorConfig;
use a0_emulator::config::ClientConfig;
use base64::Engine;
use common::TestServer;
use jobs_common::*;
use reqwest::Method;
use serde_json::{Value, json};
use sha2::Digest;

#[tokio::test]
async fn import_inserts_users_with_auth0_defaults_and_counts_them() {
    let s = TestServer::start().await;
    let resp = import(
        &s,
        json!([{"email": "Ann@Example.com", "user_id": "ann1"}, {"email": "bob@example.com", "username": "bob",
                 "user_metadata": {"plan": "pro"}, "email_verified": true}])
        .to_string()
        .into_bytes(),
        false,
    )
    .await;
    assert_eq!(resp.status(), 202);
    let job: Value = resp.json().await.unwrap();
    assert_eq!(job["type"], "users_import");
    assert_eq!(job["status"], "pending");
    assert_eq!(job["connection"], UPA);
    assert_eq!(job["connection_id"], con_id(&s, UPA));
    let id = job["id"].as_str().unwrap();
    assert!(id.starts_with("job_") && id.len() == 20, "{id}");
    assert!(job["created_at"].as_str().unwrap().ends_with('Z'));

    let done = wait(&s, id).await;
    assert_eq!(done["status"], "completed");
    assert_eq!(
        done["summary"],
        json!({"failed": 0, "updated": 0, "inserted": 2, "total": 2})
    );

    let ann = user_by_email(&s, "ann@example.com").await.unwrap();
    assert_eq!(ann["user_id"], "auth0|ann1");
    assert_eq!(ann["identities"][0]["user_id"], "ann1");
    assert_eq!(ann["identities"][0]["connection"], UPA);
    assert_eq!(ann["name"], "ann@example.com");
    assert_eq!(ann["nickname"], "ann");
    assert_eq!(ann["email_verified"], false);
    let md5 = hex::encode(md5::Md5::digest(b"ann@example.com"));
    assert!(
        ann["picture"]
            .as_str()
            .unwrap()
            .starts_with(&format!("https://secure.gravatar.com/avatar/{md5}?")),
        "{ann}"
    );
    let bob = user_by_email(&s, "bob@example.com").await.unwrap();
    assert_eq!(bob["user_metadata"], json!({"plan": "pro"}));
    assert_eq!(bob["email_verified"], true);
    assert!(bob["user_id"].as_str().unwrap().starts_with("auth0|"));

    let errors = s
        .api(Method::GET, &format!("/jobs/{id}/errors"))
        .send()
        .await
        .unwrap();
    assert_eq!(errors.status(), 204);
}

#[tokio::test]
async fn existing_user_without_upsert_fails_with_auth0s_message_and_redacted_hash() {
    let s = TestServer::start().await;
    let hash = bcrypt::hash("Passw0rd!", 10).unwrap();
    let first = import_and_wait(&s, &json!([{"email": "chuck@example.com"}]), false).await;
    assert_eq!(first["summary"]["inserted"], 1);

    let file =
        json!([{"email": "chuck@example.com", "email_verified": true, "password_hash": hash}]);
    let done = import_and_wait(&s, &file, false).await;
    assert_eq!(done["status"], "completed");
    assert_eq!(
        done["summary"],
        json!({"failed": 1, "updated": 0, "inserted": 0, "total": 1})
    );
    let resp = s
        .api(
            Method::GET,
            &format!("/jobs/{}/errors", done["id"].as_str().unwrap()),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.headers()["content-type"], "application/json");
    let text = resp.text().await.unwrap();
    assert!(!text.contains(&hash));
    assert_eq!(
        text,
        r#"[{"user":{"email":"chuck@example.com","email_verified":true,"password_hash":"*****"},"errors":[{"code":"DUPLICATED_USER","message":"The user already exist and upsert parameter is false"}]}]"#
    );
}

#[tokio::test]
async fn upsert_replaces_metadata_and_leaves_protected_fields_alone() {
    let s = TestServer::start().await;
    import_and_wait(
        &s,
        &json!([{"email": "dee@example.com", "username": "dee", "name": "Old", "blocked": false,
                 "user_metadata": {"a": 1, "b": 2}, "app_metadata": {"roles": ["x"]}}]),
        false,
    )
    .await;
    let before = user_by_email(&s, "dee@example.com").await.unwrap();
    let done = import_and_wait(
        &s,
        &json!([{"email": "DEE@example.com", "username": "someone-else", "name": "New", "blocked": true,
                 "user_metadata": {"c": 3}, "email_verified": true}]),
        true,
    )
    .await;
    assert_eq!(
        done["summary"],
        json!({"failed": 0, "updated": 1, "inserted": 0, "total": 1}),
        "{done}"
    );
    let after = user_by_email(&s, "dee@example.com").await.unwrap();
    assert_eq!(after["user_id"], before["user_id"]);
    assert_eq!(after["name"], "New");
    assert_eq!(after["email_verified"], true);
    assert_eq!(
        after["user_metadata"],
        json!({"c": 3}),
        "replaced, not merged"
    );
    assert_eq!(
        after["app_metadata"],
        json!({"roles": ["x"]}),
        "not in the file: kept"
    );
    assert_eq!(after["blocked"], false, "blocked cannot be upserted");
    assert_eq!(after["username"], "dee", "username cannot be upserted");
}

#[tokio::test]
async fn invalid_and_duplicate_users_fail_one_by_one_not_the_job() {
    let s = TestServer::start().await;
    let file = json!([
        {"email": "eve@example.com"},
        {"email": "EVE@example.com", "name": "again"},
        {"name": "no email"},
        {"email": "fay@example.com", "password_hash": "$2b$04$abcdefghijklmnopqrstuu5Vm6nXt0bCUx8Ofhb.Vq0z3/cStPgWS"},
        {"email": "gus@example.com", "colour": "red"},
        {"email": "hal@example.com"}
    ]);
    let done = import_and_wait(&s, &file, false).await;
    assert_eq!(done["status"], "completed");
    assert_eq!(
        done["summary"],
        json!({"failed": 4, "updated": 0, "inserted": 2, "total": 6})
    );
    let errors: Value = s
        .api(
            Method::GET,
            &format!("/jobs/{}/errors", done["id"].as_str().unwrap()),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let errors = errors.as_array().unwrap();
    assert_eq!(errors.len(), 4);
    assert_eq!(
        errors[0],
        json!({"user": {"email": "EVE@example.com", "name": "again"},
               "errors": [{"code": "DUPLICATED_USER", "message": "A user with this email was already provided."}]})
    );
    assert_eq!(
        errors[1]["errors"],
        json!([{"code": "OBJECT_REQUIRED", "message": "Missing required property: email", "path": "email"}])
    );
    assert_eq!(errors[2]["user"]["password_hash"], "*****");
    assert_eq!(errors[2]["errors"][0]["code"], "PATTERN");
    assert_eq!(errors[2]["errors"][0]["path"], "password_hash");
    assert_eq!(
        errors[3]["errors"][0],
        json!({"code": "OBJECT_ADDITIONAL_PROPERTIES", "message": "Additional properties not allowed: colour", "path": "colour"})
    );
    assert!(user_by_email(&s, "hal@example.com").await.is_some());
    assert!(user_by_email(&s, "gus@example.com").await.is_none());
}

#[tokio::test]
async fn a_file_over_512000_bytes_is_refused_with_413() {
    let s = TestServer::start().await;
    let mut file = b"[{\"email\":\"a@example.com\",\"name\":\"".to_vec();
    file.resize(512_001 - 3, b'x');
    file.extend_from_slice(b"\"}]");
    assert_eq!(file.len(), 512_001);
    let resp = import(&s, file, false).await;
    assert_eq!(resp.status(), 413);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(
        body["message"],
        "Payload content length greater than maximum allowed: 512000."
    );
    // Exactly at the limit is accepted.
    let mut file = b"[{\"email\":\"a@example.com\",\"name\":\"".to_vec();
    file.resize(512_000 - 3, b'x');
    file.extend_from_slice(b"\"}]");
    assert_eq!(import(&s, file, false).await.status(), 202);
}

#[tokio::test]
async fn bad_files_and_connections_are_400() {
    let s = TestServer::start().await;
    for (file, msg) in [
        (
            &b"{\"email\":\"a@b.co\"}"[..],
            "Users file must be a JSON array of users.",
        ),
        (&b"   "[..], "Users file must not be empty."),
        (&b"[]"[..], "Users file must not be empty."),
    ] {
        let resp = import(&s, file.to_vec(), false).await;
        assert_eq!(resp.status(), 400);
        let body: Value = resp.json().await.unwrap();
        assert_eq!(body["message"], msg);
    }
    let resp = import(&s, b"[{\"email\": \"a\"".to_vec(), false).await;
    assert_eq!(resp.status(), 400);
    let resp = import_with(
        &s,
        &s.admin_token,
        b"[{\"email\":\"a@b.co\"}]".to_vec(),
        "con_0000000000000000",
        false,
    )
    .await;
    assert_eq!(resp.status(), 400);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["message"], "The connection does not exist.");
    let resp = import_with(
        &s,
        &s.admin_token,
        b"[{\"email\":\"a@b.co\"}]".to_vec(),
        "Username-Password-Authentication",
        false,
    )
    .await;
    assert_eq!(resp.status(), 400);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(
        body["message"],
        "Payload validation error: 'String does not match pattern ^con_[A-Za-z0-9]{16}$' on property connection_id."
    );
    let resp = import_with(
        &s,
        &s.admin_token,
        b"[{\"email\":\"a@b.co\"}]".to_vec(),
        &con_id(&s, "google-oauth2"),
        false,
    )
    .await;
    assert_eq!(resp.status(), 400);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["message"], "Connection must be a database connection.");
}

#[tokio::test]
async fn a_third_import_while_two_are_pending_is_429() {
    let s = TestServer::start().await;
    pause(&s, true);
    let file = |n: usize| {
        json!([{ "email": format!("u{n}@example.com") }])
            .to_string()
            .into_bytes()
    };
    let a = import(&s, file(1), false).await;
    let b = import(&s, file(2), false).await;
    assert_eq!((a.status().as_u16(), b.status().as_u16()), (202, 202));
    let c = import(&s, file(3), false).await;
    assert_eq!(c.status(), 429);
    let body: Value = c.json().await.unwrap();
    assert_eq!(body["statusCode"], 429);
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("already 2 import jobs pending or processing"),
        "{body}"
    );
    // Both still pending; the refused one was not stored.
    let a: Value = a.json().await.unwrap();
    let job: Value = s
        .api(Method::GET, &format!("/jobs/{}", a["id"].as_str().unwrap()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(job["status"], "pending");
    pause(&s, false);
    let a = wait(&s, a["id"].as_str().unwrap()).await;
    assert_eq!(a["summary"]["inserted"], 1);
    let b: Value = b.json().await.unwrap();
    wait(&s, b["id"].as_str().unwrap()).await;
    assert!(user_by_email(&s, "u3@example.com").await.is_none());
    assert_eq!(import(&s, file(3), false).await.status(), 202);
}

#[tokio::test]
async fn imported_bcrypt_and_custom_hash_users_can_log_in() {
    let s = TestServer::start().await;
    let b64 = base64::engine::general_purpose::STANDARD_NO_PAD;
    let mut pbkdf = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(b"pbkdf-pass", b"NaCl-salt", 1000, &mut pbkdf);
    let sha256_salted = hex::encode(sha2::Sha256::digest(b"pepper:sha-pass"));
    let file = json!([
        {"email": "bc@example.com", "password_hash": bcrypt::hash("bcrypt-pass", 10).unwrap()},
        {"email": "md5@example.com", "custom_password_hash": {"algorithm": "md5",
            "hash": {"value": "67A1E09BB1F83F5007DC119C14D663AA", "encoding": "hex"},
            "salt": {"value": "salt", "position": "prefix"}}},
        {"email": "sha@example.com", "custom_password_hash": {"algorithm": "sha256",
            "hash": {"value": sha256_salted, "encoding": "hex"},
            "salt": {"value": "pepper:", "encoding": "utf8", "position": "prefix"}}},
        {"email": "pb@example.com", "custom_password_hash": {"algorithm": "pbkdf2",
            "hash": {"value": format!("$pbkdf2-sha256$i=1000,l=32${}${}", b64.encode(b"NaCl-salt"), b64.encode(pbkdf)),
                     "encoding": "utf8"}}},
        {"email": "cb@example.com", "custom_password_hash": {"algorithm": "bcrypt",
            "hash": {"value": bcrypt::hash("custom-bcrypt", 4).unwrap()}}}
    ]);
    let done = import_and_wait(&s, &file, false).await;
    assert_eq!(done["summary"]["inserted"], 5, "{done}");
    for (email, pw) in [
        ("bc@example.com", "bcrypt-pass"),
        ("md5@example.com", "password"),
        ("sha@example.com", "sha-pass"),
        ("pb@example.com", "pbkdf-pass"),
        ("cb@example.com", "custom-bcrypt"),
    ] {
        assert_eq!(
            login(&s, email, pw).await,
            200,
            "{email} with the right password"
        );
        assert_eq!(
            login(&s, email, "wrong-password").await,
            403,
            "{email} with a wrong one"
        );
    }
    // The hashes never show in the user objects.
    let u = user_by_email(&s, "pb@example.com").await.unwrap();
    assert!(u.get("custom_password_hash").is_none() && u.get("password_hash").is_none());
}

#[tokio::test]
async fn md5_imported_user_is_rehashed_to_bcrypt_at_first_login() {
    let s = TestServer::start().await;
    let file = json!([{"email": "rehash@example.com", "custom_password_hash": {"algorithm": "md5",
        "hash": {"value": "67A1E09BB1F83F5007DC119C14D663AA", "encoding": "hex"},
        "salt": {"value": "salt", "position": "prefix"}}}]);
    let done = import_and_wait(&s, &file, false).await;
    assert_eq!(done["summary"]["inserted"], 1, "{done}");
    let user_id = user_by_email(&s, "rehash@example.com").await.unwrap()["user_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let stored_hash = || {
        s.handle
            .store()
            .with(|c| {
                Ok(c.query_row(
                    "SELECT password_hash FROM users WHERE user_id = ?1",
                    [&user_id],
                    |r| r.get::<_, String>(0),
                )?)
            })
            .unwrap()
    };
    assert!(stored_hash().starts_with('{'), "imported as a custom hash");

    // A failed login leaves the imported hash alone.
    assert_eq!(login(&s, "rehash@example.com", "wrong-password").await, 403);
    assert!(stored_hash().starts_with('{'));

    assert_eq!(login(&s, "rehash@example.com", "password").await, 200);
    let after_first = stored_hash();
    assert!(
        after_first.starts_with("$2"),
        "bcrypt after the first login"
    );
    assert!(bcrypt::verify("password", &after_first).unwrap());

    // The second login checks the bcrypt hash, which stays as it is.
    assert_eq!(login(&s, "rehash@example.com", "password").await, 200);
    assert_eq!(login(&s, "rehash@example.com", "wrong-password").await, 403);
    assert_eq!(stored_hash(), after_first);
    let u = user_by_email(&s, "rehash@example.com").await.unwrap();
    assert_eq!(u["logins_count"], 2);
}

#[tokio::test]
async fn unknown_jobs_are_404_and_scopes_are_enforced() {
    let s = TestServer::start_with(|b| {
        b.config(EmulatorConfig {
            clients: vec![
                ClientConfig {
                    id: "reader".into(),
                    secret: "reader-secret".into(),
                    scopes: vec!["read:users".into()],
                    ..Default::default()
                },
                ClientConfig {
                    id: "nobody".into(),
                    secret: "nobody-secret".into(),
                    scopes: vec!["read:connections".into()],
                    ..Default::default()
                },
            ],
            ..Default::default()
        })
    })
    .await;
    let resp = s
        .api(Method::GET, "/jobs/job_0000000000000000")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 404);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["message"], "The job does not exist.");
    assert_eq!(
        s.api(Method::GET, "/jobs/job_0000000000000000/errors")
            .send()
            .await
            .unwrap()
            .status(),
        404
    );

    let reader = s.token_for("reader", "reader-secret").await;
    let resp = import_with(
        &s,
        &reader,
        b"[{\"email\":\"a@b.co\"}]".to_vec(),
        &con_id(&s, UPA),
        false,
    )
    .await;
    assert_eq!(resp.status(), 403);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(
        body["message"],
        "Insufficient scope, expected any of: create:users"
    );
    // read:users may read jobs.
    let job = import_and_wait(&s, &json!([{"email": "r@example.com"}]), false).await;
    let resp = s
        .http
        .get(s.url(&format!("/api/v2/jobs/{}", job["id"].as_str().unwrap())))
        .bearer_auth(&reader)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let nobody = s.token_for("nobody", "nobody-secret").await;
    let resp = s
        .http
        .get(s.url(&format!("/api/v2/jobs/{}", job["id"].as_str().unwrap())))
        .bearer_auth(&nobody)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 403);
    let resp = s
        .http
        .get(s.url("/api/v2/jobs/job_0000000000000000"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
}

#[tokio::test]
async fn completed_imports_read_as_expired_after_two_hours() {
    let s = TestServer::start().await;
    let job = import_and_wait(&s, &json!([{"email": "old@example.com"}]), false).await;
    let id = job["id"].as_str().unwrap().to_owned();
    let age = |secs: i64| {
        let id = id.clone();
        s.handle
            .store()
            .with(move |c| {
                c.execute(
                    "UPDATE jobs SET created_unix = created_unix - ?2 WHERE id = ?1",
                    rusqlite::params![id, secs],
                )?;
                Ok(())
            })
            .unwrap();
    };
    age(2 * 3600 + 5);
    let j: Value = s
        .api(Method::GET, &format!("/jobs/{id}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(j["status"], "expired");
    assert_eq!(j["summary"]["inserted"], 1);
    age(22 * 3600);
    let resp = s
        .api(Method::GET, &format!("/jobs/{id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 404, "job data is gone after 24 h");
}

#[tokio::test]
async fn verification_email_job_is_created_then_completes() {
    let s = TestServer::start().await;
    import_and_wait(
        &s,
        &json!([{"email": "v@example.com", "user_id": "v1"}]),
        false,
    )
    .await;
    let resp = s
        .api(Method::POST, "/jobs/verification-email")
        .json(&json!({"user_id": "auth0|v1"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 201);
    let job: Value = resp.json().await.unwrap();
    assert_eq!(job["type"], "verification_email");
    assert_eq!(job["status"], "pending");
    let done = wait(&s, job["id"].as_str().unwrap()).await;
    assert_eq!(done["status"], "completed");
    let resp = s
        .api(Method::POST, "/jobs/verification-email")
        .json(&json!({"user_id": "auth0|nobody"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 404);
}

#[tokio::test]
async fn a_processing_import_shows_its_progress() {
    let s = TestServer::start().await;
    pause(&s, true);
    let file = json!([{"email": "p1@example.com"}, {"email": "p2@example.com"}, {"email": "p3@example.com"}]);
    let job: Value = import(&s, file.to_string().into_bytes(), false)
        .await
        .json()
        .await
        .unwrap();
    let id = job["id"].as_str().unwrap().to_owned();
    let pending: Value = s
        .api(Method::GET, &format!("/jobs/{id}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(pending["status"], "pending");
    assert!(pending.get("percentage_done").is_none() && pending.get("summary").is_none());
    // As the worker leaves it after one of three users, 10 s after it started.
    let id2 = id.clone();
    s.handle
        .store()
        .with(move |c| {
            c.execute(
                "UPDATE jobs SET status = 'processing', processed = 1, inserted = 1, started_unix = ?2 WHERE id = ?1",
                rusqlite::params![id2, chrono::Utc::now().timestamp() - 10],
            )?;
            Ok(())
        })
        .unwrap();
    let processing: Value = s
        .api(Method::GET, &format!("/jobs/{id}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(processing["status"], "processing");
    assert_eq!(processing["percentage_done"], 33);
    let left = processing["time_left_seconds"].as_i64().unwrap();
    assert!((20..=22).contains(&left), "{processing}");
    assert!(processing.get("summary").is_none());
}

#[tokio::test]
async fn an_import_left_unfinished_for_two_hours_fails_with_a_reason() {
    let s = TestServer::start().await;
    pause(&s, true);
    let job: Value = import(
        &s,
        json!([{"email": "late@example.com"}])
            .to_string()
            .into_bytes(),
        false,
    )
    .await
    .json()
    .await
    .unwrap();
    let id = job["id"].as_str().unwrap().to_owned();
    let id2 = id.clone();
    s.handle
        .store()
        .with(move |c| {
            c.execute(
                "UPDATE jobs SET created_unix = created_unix - 7300 WHERE id = ?1",
                [id2],
            )?;
            Ok(())
        })
        .unwrap();
    pause(&s, false);
    let done = wait(&s, &id).await;
    assert_eq!(done["status"], "failed");
    assert!(
        done["status_details"]
            .as_str()
            .unwrap()
            .contains("timed out"),
        "{done}"
    );
    assert_eq!(
        done["summary"],
        json!({"failed": 0, "updated": 0, "inserted": 0, "total": 1})
    );
    assert!(user_by_email(&s, "late@example.com").await.is_none());
    // The errors endpoint answers the job itself for a job that failed as a whole.
    let resp = s
        .api(Method::GET, &format!("/jobs/{id}/errors"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["id"], id.as_str());
    assert_eq!(body["status"], "failed");
    assert_eq!(body["type"], "users_import");
    assert!(body["status_details"].is_string());
}

/// A malformed multipart body is answered 400 before the client has sent all of it. The emulator reads the rest
/// (bounded) before answering; otherwise the server closes, the client's next writes fail (broken pipe or reset),
/// and an HTTP client that stops at a write error never reads the 400. A raw TCP client shows it: it sends the
/// head, pauses (the 400 is ready), sends the rest (which must succeed), and only then reads.
#[tokio::test]
async fn a_malformed_part_followed_by_a_large_body_still_gets_its_400() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let s = TestServer::start().await;
    let bodies: [(&str, &[u8]); 2] = [
        // A part whose header line has no colon.
        ("bad part header", b"--XyZ\r\nthis is not a header\r\n\r\n"),
        // A well-formed part with a value the import refuses, then the start of the users file.
        (
            "bad upsert value",
            b"--XyZ\r\ncontent-disposition: form-data; name=\"upsert\"\r\n\r\nmaybe\r\n--XyZ\r\n\
              content-disposition: form-data; name=\"users\"; filename=\"u.json\"\r\n\r\n",
        ),
    ];
    let addr = s.base.trim_start_matches("http://").to_owned();
    for (what, head) in bodies {
        let tail = vec![b'a'; 16 << 20];
        let mut conn = tokio::net::TcpStream::connect(&addr).await.unwrap();
        let request = format!(
            "POST /api/v2/jobs/users-imports HTTP/1.1\r\nhost: {addr}\r\nauthorization: Bearer {}\r\n\
             content-type: multipart/form-data; boundary=XyZ\r\ncontent-length: {}\r\n\r\n",
            s.admin_token,
            head.len() + tail.len()
        );
        conn.write_all(request.as_bytes()).await.unwrap();
        conn.write_all(head).await.unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        // Without draining, the server has closed by now and these writes fail.
        conn.write_all(&tail)
            .await
            .unwrap_or_else(|e| panic!("{what}: the server stopped reading the request: {e}"));
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        let mut answer = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            match conn.read(&mut buf).await {
                Ok(0) => break,
                Ok(n) => {
                    answer.extend_from_slice(&buf[..n]);
                    if answer.windows(4).any(|w| w == b"\r\n\r\n") {
                        break;
                    }
                }
                Err(e) => panic!("{what}: no response, the connection was reset: {e}"),
            }
        }
        let text = String::from_utf8_lossy(&answer);
        assert!(text.starts_with("HTTP/1.1 400"), "{what}: {text}");
    }
}

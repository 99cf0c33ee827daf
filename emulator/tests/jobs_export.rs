//! `POST /api/v2/jobs/users-exports` and the signed download of its gzip file over real HTTP: NDJSON and CSV
//! contents byte for byte, field rules, location signatures and expiry, scopes.

mod common;
mod jobs_common;

use std::io::Read;

use a0_emulator::EmulatorConfig;
use a0_emulator::config::ClientConfig;
use common::TestServer;
use hmac::Mac;
use jobs_common::*;
use reqwest::Method;
use serde_json::{Value, json};

fn seed() -> Vec<Value> {
    vec![
        json!({"email": "ann@example.com", "user_id": "u1", "name": "Ann \"The Boss\" Lee",
               "user_metadata": {"plan": "pro", "n": 3}}),
        json!({"email": "bob@example.com", "user_id": "u2", "nickname": "=HYPERLINK(\"x\")", "email_verified": true}),
        json!({"email": "cid@example.com", "user_id": "u3", "blocked": true, "user_metadata": {"plan": "free"}}),
    ]
}

async fn start() -> TestServer {
    TestServer::start_with(|b| {
        b.seed_users(seed()).config(EmulatorConfig {
            clients: vec![ClientConfig {
                id: "creator".into(),
                secret: "creator-secret".into(),
                scopes: vec!["create:users".into()],
                ..Default::default()
            }],
            ..Default::default()
        })
    })
    .await
}

async fn export(s: &TestServer, body: Value) -> reqwest::Response {
    s.api(Method::POST, "/jobs/users-exports")
        .json(&body)
        .send()
        .await
        .unwrap()
}

/// Creates an export, waits for it and downloads + gunzips its file.
async fn export_file(s: &TestServer, body: Value) -> (Value, String) {
    let resp = export(s, body).await;
    assert_eq!(resp.status(), 200);
    let job: Value = resp.json().await.unwrap();
    let done = wait(s, job["id"].as_str().unwrap()).await;
    assert_eq!(done["status"], "completed", "{done}");
    let location = done["location"].as_str().unwrap().to_owned();
    (done, download(s, &location).await)
}

async fn download(s: &TestServer, location: &str) -> String {
    let resp = s.http.get(location).send().await.unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.headers()["content-type"], "application/gzip");
    assert!(resp.headers().get("content-encoding").is_none());
    let bytes = resp.bytes().await.unwrap();
    let mut out = String::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .read_to_string(&mut out)
        .unwrap();
    out
}

#[tokio::test]
async fn json_export_is_ndjson_of_the_requested_fields() {
    let s = start().await;
    let con = con_id(&s, UPA);
    let fields = json!([{"name": "email"}, {"name": "user_metadata.plan"},
                        {"name": "identities[0].connection", "export_as": "provider"}]);
    let resp = export(
        &s,
        json!({"connection_id": con, "format": "json", "limit": 5, "fields": fields}),
    )
    .await;
    assert_eq!(resp.status(), 200);
    let job: Value = resp.json().await.unwrap();
    let keys: Vec<&str> = job
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "type",
            "status",
            "connection_id",
            "format",
            "limit",
            "fields",
            "connection",
            "created_at",
            "id"
        ]
    );
    assert_eq!(job["type"], "users_export");
    assert_eq!(job["status"], "pending");
    assert_eq!(job["fields"], fields);
    assert_eq!(job["connection"], UPA);

    let done = wait(&s, job["id"].as_str().unwrap()).await;
    let location = done["location"].as_str().unwrap();
    let prefix = format!("{}/exports/{}/", s.base, job["id"].as_str().unwrap());
    assert!(location.starts_with(&prefix), "{location}");
    assert!(location.contains(".json.gz?Expires=") && location.contains("&Signature="));
    let text = download(&s, location).await;
    assert_eq!(
        text,
        concat!(
            "{\"email\":\"ann@example.com\",\"user_metadata.plan\":\"pro\",\"provider\":\"Username-Password-Authentication\"}\n",
            "{\"email\":\"bob@example.com\",\"provider\":\"Username-Password-Authentication\"}\n",
            "{\"email\":\"cid@example.com\",\"user_metadata.plan\":\"free\",\"provider\":\"Username-Password-Authentication\"}\n",
        )
    );
}

#[tokio::test]
async fn csv_export_quotes_like_auth0_byte_for_byte() {
    let s = start().await;
    let (_, text) = export_file(
        &s,
        json!({"format": "csv", "fields": [
            {"name": "user_id"}, {"name": "name", "export_as": "Full name"}, {"name": "nickname"},
            {"name": "email_verified"}, {"name": "blocked"}, {"name": "user_metadata.n"}, {"name": "user_metadata.plan"}
        ]}),
    )
    .await;
    assert_eq!(
        text,
        concat!(
            "user_id,Full name,nickname,email_verified,blocked,user_metadata.n,user_metadata.plan\n",
            "\"'auth0|u1\",\"'Ann \"\"The Boss\"\" Lee\",\"'ann\",false,,3,\"'pro\"\n",
            "\"'auth0|u2\",\"'bob@example.com\",\"'=HYPERLINK(\"\"x\"\")\",true,,,\n",
            "\"'auth0|u3\",\"'cid@example.com\",\"'cid\",false,true,,\"'free\"\n",
        )
    );
}

#[tokio::test]
async fn csv_dates_are_bare_and_limit_and_default_fields_apply() {
    let s = start().await;
    let (done, text) = export_file(
        &s,
        json!({"format": "csv", "limit": 2, "fields": [{"name": "email"}, {"name": "created_at"}]}),
    )
    .await;
    assert!(done.get("connection_id").is_none());
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert_eq!(lines[0], "email,created_at");
    let (email, date) = lines[1].split_once(',').unwrap();
    assert_eq!(email, "\"'ann@example.com\"");
    assert!(date.ends_with('Z') && !date.contains('"'), "{date}");

    // No fields: the normalized profile (+ metadata for json).
    let (_, text) = export_file(&s, json!({"format": "json"})).await;
    let first: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["user_id"], "auth0|u1");
    assert_eq!(first["user_metadata"], json!({"plan": "pro", "n": 3}));
    assert!(first.get("created_at").is_some() && first.get("identities").is_none());
}

#[tokio::test]
async fn export_field_rules_and_bodies_are_checked() {
    let s = start().await;
    let many: Vec<Value> = (0..31)
        .map(|i| json!({"name": format!("user_metadata.f{i}")}))
        .collect();
    for body in [
        json!({"format": "csv", "fields": many}),
        json!({"format": "csv", "fields": [{"name": "user_metadata"}]}),
        json!({"format": "xml"}),
        json!({"format": "json", "limit": 0}),
        json!({"format": "json", "colour": "red"}),
        json!({"connection_id": "con_0000000000000000"}),
        json!({"connection_id": "Username-Password-Authentication"}),
    ] {
        let resp = export(&s, body.clone()).await;
        assert_eq!(resp.status(), 400, "{body}");
        let err: Value = resp.json().await.unwrap();
        assert_eq!(err["errorCode"], "invalid_body", "{body}");
    }
    let creator = s.token_for("creator", "creator-secret").await;
    let resp = s
        .http
        .post(s.url("/api/v2/jobs/users-exports"))
        .bearer_auth(&creator)
        .json(&json!({"format": "json"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 403);
}

#[tokio::test]
async fn locations_are_signed_expire_and_are_renewed_by_each_get() {
    let s = start().await;
    let (done, _) = export_file(&s, json!({"format": "json", "fields": [{"name": "email"}]})).await;
    let id = done["id"].as_str().unwrap();
    let location = done["location"].as_str().unwrap();
    let (path, query) = location.split_once('?').unwrap();
    let expires: i64 = query
        .split('&')
        .find_map(|kv| kv.strip_prefix("Expires="))
        .unwrap()
        .parse()
        .unwrap();
    let now = chrono::Utc::now().timestamp();
    assert!(expires > now && expires <= now + 60, "valid for 60 s");

    // A tampered signature or a moved expiry is refused.
    let bad = location.replace("Signature=", "Signature=00");
    assert_eq!(s.http.get(&bad).send().await.unwrap().status(), 403);
    let later = location.replace(
        &format!("Expires={expires}"),
        &format!("Expires={}", expires + 3600),
    );
    assert_eq!(s.http.get(&later).send().await.unwrap().status(), 403);
    assert_eq!(s.http.get(path).send().await.unwrap().status(), 403);
    // A signed parameter given twice is refused, whichever copy is the good one.
    let sig = query
        .split('&')
        .find_map(|kv| kv.strip_prefix("Signature="))
        .unwrap();
    for twice in [
        format!("{location}&Signature=00{sig}"),
        format!("{path}?Signature=00{sig}&{query}"),
        format!("{location}&Expires={expires}"),
    ] {
        let resp = s.http.get(&twice).send().await.unwrap();
        assert_eq!(resp.status(), 403, "{twice}");
        assert!(resp.text().await.unwrap().contains("Duplicate"));
    }
    // the link itself still works
    assert_eq!(s.http.get(location).send().await.unwrap().status(), 200);

    // A correctly signed URL whose time has passed is refused too.
    let secret = s.handle.store().export_secret().unwrap();
    let file = path.rsplit('/').next().unwrap();
    let sign = |exp: i64| {
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
        mac.update(format!("{id}/{file}?Expires={exp}").as_bytes());
        hex::encode(mac.finalize().into_bytes())
    };
    let past = now - 1;
    let expired = format!("{path}?Expires={past}&Signature={}", sign(past));
    assert_eq!(s.http.get(&expired).send().await.unwrap().status(), 403);
    // The same signing with a live expiry works, which shows the refusal above was the expiry.
    let live = now + 30;
    let fresh = format!("{path}?Expires={live}&Signature={}", sign(live));
    assert_eq!(s.http.get(&fresh).send().await.unwrap().status(), 200);
    // Another job's path with a valid signature for it, but no such job: 404.
    let ghost_sig = {
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
        mac.update(format!("job_0000000000000000/{file}?Expires={live}").as_bytes());
        hex::encode(mac.finalize().into_bytes())
    };
    let ghost = format!(
        "{}/exports/job_0000000000000000/{file}?Expires={live}&Signature={ghost_sig}",
        s.base
    );
    assert_eq!(s.http.get(&ghost).send().await.unwrap().status(), 404);

    // Each GET of the job hands out a working location.
    let again: Value = s
        .api(Method::GET, &format!("/jobs/{id}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let text = download(&s, again["location"].as_str().unwrap()).await;
    assert_eq!(text.lines().count(), 3);
}

#[tokio::test]
async fn password_hashes_are_never_exported_unless_the_config_opts_in() {
    let hash = bcrypt::hash("secret-1", 4).unwrap();
    let s = TestServer::start_with(|b| {
        b.seed_users(vec![
            json!({"email": "kim@example.com", "user_id": "k1", "password_hash": hash}),
        ])
    })
    .await;
    let (_, text) = export_file(
        &s,
        json!({"format": "json", "fields": [{"name": "email"}, {"name": "password_hash"},
               {"name": "custom_password_hash"}]}),
    )
    .await;
    // As Auth0: the hash fields are accepted in the request and absent from the file.
    assert_eq!(text.trim(), r#"{"email":"kim@example.com"}"#);
    assert!(!text.contains("$2"), "{text}");
}

#[tokio::test]
async fn an_export_with_hashes_reimports_into_another_tenant_whose_users_can_log_in() {
    let hash = bcrypt::hash("copy-me-1", 10).unwrap();
    let a = TestServer::start_with(|b| {
        b.config(EmulatorConfig {
            export_password_hashes: true,
            ..Default::default()
        })
        .seed_users(vec![
            json!({"email": "kim@example.com", "user_id": "k1", "password_hash": hash,
                   "user_metadata": {"plan": "pro"}, "email_verified": true}),
            json!({"email": "lou@example.com", "user_id": "l1", "custom_password_hash": {"algorithm": "md5",
                   "hash": {"value": "67A1E09BB1F83F5007DC119C14D663AA", "encoding": "hex"},
                   "salt": {"value": "salt"}}}),
        ])
    })
    .await;
    let (_, text) = export_file(
        &a,
        json!({"format": "json", "fields": [{"name": "user_id"}, {"name": "email"}, {"name": "email_verified"},
               {"name": "password_hash"}, {"name": "custom_password_hash"}, {"name": "user_metadata"}]}),
    )
    .await;
    let users: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(users[0]["password_hash"], hash);
    assert_eq!(users[1]["custom_password_hash"]["algorithm"], "md5");
    assert!(users[1].get("password_hash").is_none());

    let b = TestServer::start().await;
    let done = import_and_wait(&b, &Value::Array(users), false).await;
    assert_eq!(
        done["summary"],
        json!({"failed": 0, "updated": 0, "inserted": 2, "total": 2}),
        "{done}"
    );
    let kim = user_by_email(&b, "kim@example.com").await.unwrap();
    assert_eq!(kim["user_id"], "auth0|k1");
    assert_eq!(kim["user_metadata"], json!({"plan": "pro"}));
    assert_eq!(login(&b, "kim@example.com", "copy-me-1").await, 200);
    assert_eq!(login(&b, "lou@example.com", "password").await, 200);
    assert_eq!(login(&b, "lou@example.com", "passwore").await, 403);
}

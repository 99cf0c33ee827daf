//! Helpers shared by the `jobs_*` integration tests: multipart imports, waiting for a job, password logins.
#![allow(dead_code)]

use serde_json::{Value, json};

use crate::common::TestServer;

pub const UPA: &str = "Username-Password-Authentication";

/// The id of a connection, by name.
pub fn con_id(s: &TestServer, name: &str) -> String {
    s.handle
        .store()
        .connection_by_name(name)
        .unwrap()
        .unwrap()
        .id
}

/// `POST /api/v2/jobs/users-imports` with `file` as the `users` part into Username-Password-Authentication.
pub async fn import(s: &TestServer, file: Vec<u8>, upsert: bool) -> reqwest::Response {
    import_with(s, &s.admin_token, file, &con_id(s, UPA), upsert).await
}

pub async fn import_with(
    s: &TestServer,
    token: &str,
    file: Vec<u8>,
    connection_id: &str,
    upsert: bool,
) -> reqwest::Response {
    let part = reqwest::multipart::Part::bytes(file)
        .file_name("users.json")
        .mime_str("application/json")
        .unwrap();
    let form = reqwest::multipart::Form::new()
        .part("users", part)
        .text("connection_id", connection_id.to_owned())
        .text("upsert", upsert.to_string())
        .text("external_id", "")
        .text("send_completion_email", "false");
    s.http
        .post(s.url("/api/v2/jobs/users-imports"))
        .bearer_auth(token)
        .multipart(form)
        .send()
        .await
        .unwrap()
}

/// Imports `users` and waits for the job; returns the finished job.
pub async fn import_and_wait(s: &TestServer, users: &Value, upsert: bool) -> Value {
    let resp = import(s, users.to_string().into_bytes(), upsert).await;
    assert_eq!(resp.status(), 202, "{}", resp.text().await.unwrap());
    let job: Value = resp.json().await.unwrap();
    wait(s, job["id"].as_str().unwrap()).await
}

/// Polls `GET /jobs/{id}` until the job is completed or failed (bounded number of polls, no timing asserted).
pub async fn wait(s: &TestServer, id: &str) -> Value {
    let what = format!("job {id} to finish");
    crate::common::eventually(
        &what,
        std::time::Duration::from_secs(30),
        move || async move {
            let job: Value = s
                .api(reqwest::Method::GET, &format!("/jobs/{id}"))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            match job["status"].as_str() {
                Some("completed") | Some("failed") => Some(job),
                Some("pending") | Some("processing") => None,
                other => panic!("unexpected job status {other:?}: {job}"),
            }
        },
    )
    .await
}

/// The password grant for a database user: the HTTP status.
pub async fn login(s: &TestServer, username: &str, password: &str) -> u16 {
    s.http
        .post(s.url("/oauth/token"))
        .json(&json!({
            "grant_type": "password",
            "client_id": s.admin_id,
            "client_secret": s.admin_secret,
            "username": username,
            "password": password,
        }))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

/// A user by email (the first), via the Management API.
pub async fn user_by_email(s: &TestServer, email: &str) -> Option<Value> {
    let list: Value = s
        .api(reqwest::Method::GET, "/users-by-email")
        .query(&[("email", email)])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    list.as_array().and_then(|a| a.first().cloned())
}

/// Pauses or resumes the server's job worker.
pub fn pause(s: &TestServer, paused: bool) {
    s.handle.store().set_jobs_paused(paused).unwrap();
}

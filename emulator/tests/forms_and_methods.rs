//! What real SDK clients send besides JSON: form-encoded bodies on the jobs operations whose spec lists them,
//! and methods a route does not have, which answer with Auth0's JSON error body rather than an empty 405.

mod common;
mod jobs_common;

use std::io::Read;

use common::TestServer;
use jobs_common::*;
use reqwest::Method;
use serde_json::{Value, json};

async fn start() -> TestServer {
    TestServer::start_with(|b| {
        b.seed_users(vec![
            json!({"email": "ann@example.com", "user_id": "u1", "user_metadata": {"plan": "pro"}}),
            json!({"email": "bob@example.com", "user_id": "u2"}),
        ])
    })
    .await
}

#[tokio::test]
async fn an_export_can_be_asked_for_with_a_form_body() {
    let s = start().await;
    let con = con_id(&s, UPA);
    let resp = s
        .api(Method::POST, "/jobs/users-exports")
        .form(&[
            ("connection_id", con.as_str()),
            ("format", "json"),
            ("limit", "1"),
            ("fields[0][name]", "email"),
            ("fields[1][name]", "user_metadata.plan"),
            ("fields[1][export_as]", "plan"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let job: Value = resp.json().await.unwrap();
    assert_eq!(job["type"], "users_export");
    assert_eq!(job["limit"], 1);
    assert_eq!(
        job["fields"],
        json!([{"name": "email"}, {"name": "user_metadata.plan", "export_as": "plan"}])
    );
    let done = wait(&s, job["id"].as_str().unwrap()).await;
    assert_eq!(done["status"], "completed", "{done}");
    let gz = s
        .http
        .get(done["location"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let mut text = String::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_string(&mut text)
        .unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines,
        vec![json!({"email": "ann@example.com", "plan": "pro"})]
    );

    // The same rules as for JSON: a bad value is a 400 in Auth0's shape.
    let resp = s
        .api(Method::POST, "/jobs/users-exports")
        .form(&[("format", "xml")])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
    let e: Value = resp.json().await.unwrap();
    assert_eq!(e["statusCode"], 400, "{e}");
}

#[tokio::test]
async fn a_verification_email_job_can_be_asked_for_with_a_form_body() {
    let s = start().await;
    let resp = s
        .api(Method::POST, "/jobs/verification-email")
        .form(&[("user_id", "auth0|u1")])
        .send()
        .await
        .unwrap();
    let status = resp.status();
    let job: Value = resp.json().await.unwrap();
    assert_eq!(status, 201, "{job}");
    assert_eq!(job["type"], "verification_email");
    let resp = s
        .api(Method::POST, "/jobs/verification-email")
        .form(&[("user_id", "auth0|nobody")])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 404);
}

#[tokio::test]
async fn a_method_a_route_lacks_answers_405_in_auth0s_shape() {
    let s = start().await;
    for (method, path) in [
        (Method::PUT, "/users"),
        (Method::DELETE, "/connections"),
        (Method::PATCH, "/jobs/users-exports"),
        (Method::POST, "/connections/con_0000000000000000"),
    ] {
        let resp = s.api(method.clone(), path).send().await.unwrap();
        assert_eq!(resp.status(), 405, "{method} {path}");
        assert!(
            resp.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/json"),
            "{method} {path}"
        );
        let e: Value = resp.json().await.unwrap();
        assert_eq!(
            e,
            json!({"statusCode": 405, "error": "Method Not Allowed", "message": "Method Not Allowed"}),
            "{method} {path}"
        );
    }
    // The Authentication API answers in its own shape.
    for (method, path) in [(Method::GET, "/oauth/token"), (Method::DELETE, "/userinfo")] {
        let resp = common::http_client()
            .request(method.clone(), s.url(path))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 405, "{method} {path}");
        let e: Value = resp.json().await.unwrap();
        assert_eq!(
            e,
            json!({"error": "method_not_allowed", "error_description": "Method Not Allowed"}),
            "{method} {path}"
        );
    }
    // An unknown path stays a 404 in the same shape.
    let resp = s.api(Method::GET, "/nothing-here").send().await.unwrap();
    assert_eq!(resp.status(), 404);
}

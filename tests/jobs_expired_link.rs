//! An export `location` refused before the download starts (Auth0's signed links last 60 s) is fetched again
//! through `GET /jobs/{id}`. The emulator's links cannot be made to expire on demand, so this one test talks to a
//! scripted [`TestServer`] on loopback that refuses the first link and serves the second.

mod common;

use std::io::Write;
use std::sync::Mutex;

use common::server::{Reply, TestServer};
use common::{Login, TestEnv, stderr, stdout};

const JOB: &str = "job_AbCdEfGh12345678";

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// Serves the few requests an export makes: each `GET /jobs/{id}` hands out a new signed link; the first link
/// is refused as expired, the second serves the file.
fn scripted_server() -> TestServer {
    let job_gets = Mutex::new(0);
    TestServer::start(move |req| {
        let job_path = format!("/api/v2/jobs/{JOB}");
        match (req.method.as_str(), req.path()) {
            ("POST", "/oauth/token") => Reply::json(
                200,
                r#"{"access_token":"fake","expires_in":86400,"token_type":"Bearer"}"#,
            ),
            ("POST", "/api/v2/jobs/users-exports") => Reply::json(
                200,
                format!(
                    r#"{{"id":"{JOB}","type":"users_export","status":"pending","format":"json"}}"#
                ),
            ),
            ("GET", p) if p == job_path => {
                let mut n = job_gets.lock().unwrap();
                *n += 1;
                // The link must be absolute; the host is the one a0 used to reach this server.
                let host = req.header("host").unwrap();
                Reply::json(
                    200,
                    format!(
                        r#"{{"id":"{JOB}","type":"users_export","status":"completed","location":"http://{host}/dl/{n}.json.gz?Expires=1&Signature=x"}}"#
                    ),
                )
            }
            ("GET", "/dl/1.json.gz") => Reply::text(403, "Request has expired"),
            ("GET", "/dl/2.json.gz") => Reply::bytes(
                200,
                "application/gzip",
                gzip(b"{\"email\":\"a@example.com\"}\n{\"email\":\"b@example.com\"}\n"),
            ),
            _ => Reply::text(404, "no"),
        }
    })
}

#[test]
fn an_expired_download_link_is_fetched_again_from_the_job() {
    let env = TestEnv::builder().login(Login::None).start();
    let server = scripted_server();
    let out = env
        .bare_a0()
        .env("AUTH0_DOMAIN", server.base())
        .env("AUTH0_CLIENT_ID", "fake-client")
        .env("AUTH0_CLIENT_SECRET", "fake-secret")
        .args(["jobs", "export"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "{\"email\":\"a@example.com\"}\n{\"email\":\"b@example.com\"}\n"
    );
    let seen = server.requests();
    let lines: Vec<String> = seen.iter().map(|r| r.line()).collect();
    let job = format!("GET /api/v2/jobs/{JOB}");
    assert_eq!(
        lines,
        [
            "POST /oauth/token",
            "POST /api/v2/jobs/users-exports",
            &job,
            "GET /dl/1.json.gz?Expires=1&Signature=x",
            // The refused link sends a0 back to the job for a fresh one.
            &job,
            "GET /dl/2.json.gz?Expires=1&Signature=x",
        ]
    );
    for req in &seen {
        let bearer = req.header("authorization");
        if req.path().starts_with("/api/v2/") {
            assert_eq!(bearer, Some("Bearer fake"), "{}", req.line());
        } else {
            // A signed link is its own credential: the Management API token is not sent with it.
            assert_eq!(bearer, None, "{}", req.line());
        }
    }
}

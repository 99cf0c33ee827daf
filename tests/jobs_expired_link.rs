//! An export `location` refused before the download starts (Auth0's signed links last 60 s) is fetched again
//! through `GET /jobs/{id}`. The emulator's links cannot be made to expire on demand, so this one test talks to a
//! minimal scripted HTTP server on loopback that refuses the first link and serves the second.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use common::{Login, TestEnv, stderr, stdout};

const JOB: &str = "job_AbCdEfGh12345678";

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// Serves the few requests an export makes; records `METHOD path` of each.
fn scripted_server() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (log, base2) = (Arc::clone(&seen), base.clone());
    std::thread::spawn(move || {
        let mut job_gets = 0;
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
                continue;
            }
            let mut length = 0usize;
            loop {
                let mut h = String::new();
                reader.read_line(&mut h).unwrap();
                if h == "\r\n" || h.is_empty() {
                    break;
                }
                if let Some(v) = h.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap();
                }
            }
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            let mut parts = request_line.split_whitespace();
            let (method, path) = (
                parts.next().unwrap().to_owned(),
                parts.next().unwrap().to_owned(),
            );
            log.lock().unwrap().push(format!("{method} {path}"));
            let json = |s: String| (200, "application/json", s.into_bytes());
            let (status, ctype, payload) = match (method.as_str(), path.split('?').next().unwrap())
            {
                ("POST", "/oauth/token") => json(
                    r#"{"access_token":"fake","expires_in":86400,"token_type":"Bearer"}"#.into(),
                ),
                ("POST", "/api/v2/jobs/users-exports") => json(format!(
                    r#"{{"id":"{JOB}","type":"users_export","status":"pending","format":"json"}}"#
                )),
                ("GET", p) if p == format!("/api/v2/jobs/{JOB}") => {
                    job_gets += 1;
                    json(format!(
                        r#"{{"id":"{JOB}","type":"users_export","status":"completed","location":"{base2}/dl/{job_gets}.json.gz?Expires=1&Signature=x"}}"#
                    ))
                }
                ("GET", "/dl/1.json.gz") => (403, "text/plain", b"Request has expired".to_vec()),
                ("GET", "/dl/2.json.gz") => (
                    200,
                    "application/gzip",
                    gzip(b"{\"email\":\"a@example.com\"}\n{\"email\":\"b@example.com\"}\n"),
                ),
                _ => (404, "text/plain", b"no".to_vec()),
            };
            let head = format!(
                "HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                payload.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&payload);
        }
    });
    (base, seen)
}

#[test]
fn an_expired_download_link_is_fetched_again_from_the_job() {
    let env = TestEnv::builder().login(Login::None).start();
    let (base, seen) = scripted_server();
    let out = env
        .bare_a0()
        .env("AUTH0_DOMAIN", &base)
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
    let seen = seen.lock().unwrap().clone();
    let downloads: Vec<&String> = seen.iter().filter(|r| r.starts_with("GET /dl/")).collect();
    assert_eq!(downloads.len(), 2, "{seen:?}");
    assert!(downloads[0].starts_with("GET /dl/1.json.gz"), "{seen:?}");
    assert!(downloads[1].starts_with("GET /dl/2.json.gz"), "{seen:?}");
}

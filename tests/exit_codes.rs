//! Every exit code a0 documents, each produced by the real binary: 0 ok, 1 other failure, 2 bad usage,
//! 3 not found, 4 not authenticated/allowed, 5 server error after retries, 6 partial failure, 130 Ctrl-C.

mod common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::{ADMIN_ID, Login, TestEnv, stderr};

#[test]
fn ok_is_0() {
    let env = TestEnv::new();
    env.a0().args(["users", "list"]).assert().code(0);
}

#[test]
fn a_conflict_is_1() {
    let env = TestEnv::new();
    env.create_user("dup@example.com", &[]);
    let out = env
        .a0()
        .args([
            "users",
            "create",
            "--connection",
            "Username-Password-Authentication",
        ])
        .args(["--email", "dup@example.com", "--password-stdin"])
        .write_stdin("Correct Horse Battery Staple 9\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

#[test]
fn bad_usage_is_2() {
    let env = TestEnv::new();
    env.a0()
        .args(["users", "list", "--no-such-flag"])
        .assert()
        .code(2);
    env.a0().args(["users", "frobnicate"]).assert().code(2);
}

#[test]
fn not_found_is_3() {
    let env = TestEnv::new();
    env.a0()
        .args(["users", "get", "auth0|nobody"])
        .assert()
        .code(3);
}

#[test]
fn a_wrong_client_secret_is_4() {
    let env = TestEnv::builder().login(Login::None).start();
    let out = env
        .a0_as(ADMIN_ID, "not-the-secret")
        .args(["users", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(!stderr(&out).contains("not-the-secret"));
}

/// A server that answers every request with `status`, counting requests.
fn always(status: &'static str) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&hits);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            counter.fetch_add(1, Ordering::SeqCst);
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            let body = r#"{"statusCode":503,"error":"Service Unavailable","message":"try later"}"#;
            let _ = write!(
                s,
                "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (base, hits)
}

#[test]
fn a_server_error_after_retries_is_5_and_idempotent_requests_were_retried() {
    let env = TestEnv::builder().login(Login::None).start();
    let (base, hits) = always("503 Service Unavailable");
    let out = env
        .bare_a0()
        .env("AUTH0_DOMAIN", &base)
        .env("AUTH0_API_TOKEN", "static-token")
        .args(["users", "get", "auth0|1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(hits.load(Ordering::SeqCst) > 1, "a GET is retried");
    assert!(!stderr(&out).contains("static-token"));
}

#[test]
fn a_failed_create_is_not_retried() {
    let env = TestEnv::builder().login(Login::None).start();
    let (base, hits) = always("503 Service Unavailable");
    let out = env
        .bare_a0()
        .env("AUTH0_DOMAIN", &base)
        .env("AUTH0_API_TOKEN", "static-token")
        .args([
            "users",
            "create",
            "--connection",
            "c",
            "--email",
            "a@example.com",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert_eq!(
        hits.load(Ordering::SeqCst),
        1,
        "POST is not idempotent: sent once"
    );
}

#[test]
fn partial_failure_is_6() {
    let env = TestEnv::new();
    let u = env.create_user("p@example.com", &[]);
    env.a0()
        .args([
            "users",
            "block",
            u["user_id"].as_str().unwrap(),
            "auth0|nobody",
        ])
        .assert()
        .code(6);
}

#[cfg(unix)]
#[test]
fn ctrl_c_is_130() {
    // A server that accepts and never answers, so a0 is mid-request (signal handler installed) when interrupted.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (accepted, wait_accept) = std::sync::mpsc::channel();
    let _hold = std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming().flatten() {
            held.push(s);
            let _ = accepted.send(());
        }
    });
    let env = TestEnv::builder().login(Login::None).start();
    let child = env
        .std_a0()
        .env("AUTH0_DOMAIN", &base)
        .env("AUTH0_API_TOKEN", "t")
        .args(["users", "list"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    wait_accept.recv().unwrap();
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", stderr(&out));
}

/// A bug (a panic) reaches the user as one line that says so, how to report it and the exit code; the
/// backtrace only with RUST_BACKTRACE.
#[test]
fn a_panic_is_one_line_and_exit_101() {
    let env = TestEnv::builder().login(Login::None).start();
    let out = env
        .bare_a0()
        .env("A0_TEST_PANIC", "1")
        .env_remove("RUST_BACKTRACE")
        .arg("--version")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(101));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("a0: internal error at src/main.rs:"),
        "{err}"
    );
    assert!(err.contains("this is a bug in a0"), "{err}");
    assert!(err.contains("RUST_BACKTRACE=1"), "{err}");
    assert!(err.contains("Exit code 101"), "{err}");
    assert!(out.stdout.is_empty());

    let out = env
        .bare_a0()
        .env("A0_TEST_PANIC", "1")
        .env("RUST_BACKTRACE", "1")
        .arg("--version")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(101));
    let err = stderr(&out);
    assert!(err.contains("A0_TEST_PANIC is set"), "{err}");
    assert!(err.contains("stack backtrace"), "{err}");
    assert!(err.trim_end().ends_with("Exit code 101."), "{err}");
}

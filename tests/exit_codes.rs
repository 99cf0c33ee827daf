//! Every exit code a0 documents, each produced by the real binary: 0 ok, 1 other failure, 2 bad usage,
//! 3 not found, 4 not authenticated/allowed, 5 server error after retries, 6 partial failure, 130 Ctrl-C.

mod common;

use std::time::Duration;

use common::server::{Reply, TestServer};
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

/// A server that answers every request with a 503 and Auth0's error body.
fn always_503() -> TestServer {
    TestServer::start(|_| {
        Reply::json(
            503,
            r#"{"statusCode":503,"error":"Service Unavailable","message":"try later"}"#,
        )
    })
}

#[test]
fn a_server_error_after_retries_is_5_and_idempotent_requests_were_retried() {
    let env = TestEnv::builder().login(Login::None).start();
    let server = always_503();
    let out = env
        .bare_a0()
        .env("AUTH0_DOMAIN", server.base())
        .env("AUTH0_API_TOKEN", "static-token")
        .args(["users", "get", "auth0|1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    let seen = server.requests();
    assert!(seen.len() > 1, "a GET is retried: {seen:?}");
    for req in &seen {
        assert_eq!(req.line(), "GET /api/v2/users/auth0%7C1", "{seen:?}");
        assert_eq!(req.header("authorization"), Some("Bearer static-token"));
    }
    assert!(!stderr(&out).contains("static-token"));
}

#[test]
fn a_failed_create_is_not_retried() {
    let env = TestEnv::builder().login(Login::None).start();
    let server = always_503().expect_hits(1);
    let out = env
        .bare_a0()
        .env("AUTH0_DOMAIN", server.base())
        .env("AUTH0_API_TOKEN", "static-token")
        .args([
            "users",
            "create",
            "--connection",
            "c",
            "--email",
            "a@example.com",
            "--password-stdin",
        ])
        .write_stdin("Correct Horse Battery Staple 9\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    let seen = server.requests();
    assert_eq!(seen.len(), 1, "POST is not idempotent: sent once: {seen:?}");
    assert_eq!(seen[0].line(), "POST /api/v2/users");
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
    // A server that never answers, so a0 is mid-request (signal handler installed) when interrupted.
    let server = TestServer::start(|_| Reply::never());
    let env = TestEnv::builder().login(Login::None).start();
    let child = env
        .std_a0()
        .env("AUTH0_DOMAIN", server.base())
        .env("AUTH0_API_TOKEN", "t")
        .args(["users", "list"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let seen = server.wait_for_requests(1, Duration::from_secs(60));
    assert_eq!(seen[0].path(), "/api/v2/users", "{seen:?}");
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

//! The scripted test server of `tests/common/server.rs`: it records what it saw, answers what the handler says,
//! and its drop-time checks really fail (a helper whose checks cannot fail would make other tests vacuous).

mod common;

use std::io::{Read, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::Duration;

use common::server::{Reply, TestServer};

/// Sends `raw` on a new connection to `base` and returns the whole answer (the request asks to close).
fn send(server: &TestServer, raw: &str) -> String {
    let addr = server.base().strip_prefix("http://").unwrap();
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream.write_all(raw.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

/// The panic message of `f`, which must panic.
fn panic_message(f: impl FnOnce()) -> String {
    let panic = catch_unwind(AssertUnwindSafe(f)).expect_err("should have panicked");
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap()
}

#[test]
fn records_each_request_and_answers_with_the_handlers_reply() {
    let server = TestServer::start(|req| match (req.method.as_str(), req.path()) {
        ("POST", "/things") => {
            Reply::json(201, format!("{{\"got\":{}}}", req.body.len())).header("x-note", "made")
        }
        _ => Reply::text(404, "no"),
    })
    .expect_hits(2);
    let made = send(
        &server,
        "POST /things?dry=1 HTTP/1.1\r\nHost: h\r\nX-Id: 7\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello",
    );
    assert!(made.starts_with("HTTP/1.1 201 Created\r\n"), "{made}");
    assert!(made.contains("\r\nx-note: made\r\n"), "{made}");
    assert!(
        made.contains("\r\ncontent-type: application/json\r\n"),
        "{made}"
    );
    assert!(made.ends_with("\r\n\r\n{\"got\":5}"), "{made}");
    let other = send(
        &server,
        "GET /else HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n",
    );
    assert!(other.starts_with("HTTP/1.1 404 Not Found\r\n"), "{other}");

    let seen = server.requests();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].line(), "POST /things?dry=1");
    assert_eq!(seen[0].path(), "/things");
    assert_eq!(seen[0].header("X-ID"), Some("7"));
    assert_eq!(seen[0].body, b"hello");
    assert_eq!(seen[1].line(), "GET /else");
    assert!(seen[1].body.is_empty());
}

#[test]
fn a_server_nobody_called_fails_the_test_when_dropped() {
    let server = TestServer::start(|_| Reply::status(204));
    let message = panic_message(move || drop(server));
    assert!(message.contains("was never called"), "{message}");
    // Opting out is explicit.
    drop(TestServer::start(|_| Reply::status(204)).allow_unused());
}

#[test]
fn an_expected_count_is_checked_when_dropped() {
    let server = TestServer::start(|_| Reply::status(204)).expect_hits(2);
    send(
        &server,
        "GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n",
    );
    let message = panic_message(move || drop(server));
    assert!(message.contains("expected 2 request(s)"), "{message}");
    assert!(message.contains("GET /"), "{message}");
}

#[test]
fn a_panicking_handler_answers_500_and_fails_the_test_when_dropped() {
    let server = TestServer::start(|req| panic!("unexpected {}", req.line()));
    let answer = send(
        &server,
        "GET /x HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n",
    );
    assert!(answer.starts_with("HTTP/1.1 500 "), "{answer}");
    let message = panic_message(move || drop(server));
    assert!(message.contains("handler panicked"), "{message}");
    assert!(message.contains("unexpected GET /x"), "{message}");
}

#[test]
fn wait_for_requests_returns_once_they_arrived_and_fails_after_its_timeout() {
    let server = TestServer::start(|_| Reply::never());
    let addr = server.base().strip_prefix("http://").unwrap().to_owned();
    // Never answered: the connection stays open until the server is dropped.
    let mut stream = std::net::TcpStream::connect(&addr).unwrap();
    stream
        .write_all(b"GET /held HTTP/1.1\r\nHost: h\r\n\r\n")
        .unwrap();
    let seen = server.wait_for_requests(1, Duration::from_secs(30));
    assert_eq!(seen[0].line(), "GET /held");
    let message = panic_message(|| {
        server.wait_for_requests(2, Duration::from_millis(50));
    });
    assert!(message.contains("for 2 request(s)"), "{message}");
    drop(server);
    // Dropping the server closed the held connection without an answer.
    let mut rest = Vec::new();
    let _ = stream.read_to_end(&mut rest);
    assert!(rest.is_empty(), "{}", String::from_utf8_lossy(&rest));
}

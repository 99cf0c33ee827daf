//! [`TestServer`]: a scripted HTTP/1.1 server on `127.0.0.1:0` for the few tests that need answers the emulator
//! cannot give (a 503 on every request, an expired download link, a request that is never answered). A closure
//! answers each request; the server records every request it saw and, when dropped, asserts it was used as
//! expected (at least once unless told otherwise), so a test cannot pass against a server nobody called.
//!
//! ```ignore
//! let server = TestServer::start(|req| match (req.method.as_str(), req.path()) {
//!     ("GET", "/api/v2/users") => Reply::json(200, "[]"),
//!     _ => Reply::text(404, "no"),
//! });
//! env.bare_a0().env("AUTH0_DOMAIN", server.base()) …;
//! assert_eq!(server.requests()[0].header("authorization"), Some("Bearer t"));
//! ```
//!
//! HTTP is hyper's (the same crate reqwest and the emulator use), on its own small tokio runtime.

use std::convert::Infallible;
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;

/// One request as the server received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// `GET`, `POST`, …
    pub method: String,
    /// The request target: path and query, e.g. `/api/v2/users?page=0`.
    pub target: String,
    /// Header names in lower case, in the order received.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// The path without the query.
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or_default()
    }

    /// The first value of header `name` (any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }

    /// `METHOD target`, for short assertions and messages.
    pub fn line(&self) -> String {
        format!("{} {}", self.method, self.target)
    }
}

/// What the server answers to one request.
#[derive(Debug, Clone)]
pub struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    never: bool,
}

impl Reply {
    /// `status` with an empty body.
    pub fn status(status: u16) -> Self {
        Reply {
            status,
            headers: Vec::new(),
            body: Vec::new(),
            never: false,
        }
    }

    /// `status` with `body` as `application/json`.
    pub fn json(status: u16, body: impl Into<String>) -> Self {
        Self::bytes(status, "application/json", body.into().into_bytes())
    }

    /// `status` with `body` as `text/plain`.
    pub fn text(status: u16, body: impl Into<String>) -> Self {
        Self::bytes(status, "text/plain", body.into().into_bytes())
    }

    /// `status` with `body` of `content_type`.
    pub fn bytes(status: u16, content_type: &str, body: Vec<u8>) -> Self {
        Self::status(status)
            .header("content-type", content_type)
            .body(body)
    }

    /// Adds a header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Replaces the body.
    pub fn body(mut self, body: Vec<u8>) -> Self {
        self.body = body;
        self
    }

    /// No answer at all: the request is recorded and the connection held open until the server is dropped.
    pub fn never() -> Self {
        Reply {
            never: true,
            ..Self::status(0)
        }
    }
}

/// How many requests the server must have seen when dropped.
#[derive(Debug, Clone, Copy)]
enum Expect {
    AtLeastOne,
    Exactly(usize),
    Anything,
}

type Handler = dyn Fn(&Request) -> Reply + Send + Sync;

#[derive(Default)]
struct Seen {
    requests: Vec<Request>,
    /// Panics of the handler (answered with a 500), re-raised in the test when the server is dropped.
    failures: Vec<String>,
}

#[derive(Default)]
struct Shared {
    seen: Mutex<Seen>,
    arrived: Condvar,
}

impl Shared {
    /// The record, even after a failed assertion panicked while holding it.
    fn seen(&self) -> MutexGuard<'_, Seen> {
        self.seen.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A running scripted server; see the module docs.
pub struct TestServer {
    base: String,
    shared: Arc<Shared>,
    expect: Expect,
    runtime: Option<tokio::runtime::Runtime>,
}

impl TestServer {
    /// Starts a server that answers every request with `handler`. When dropped it asserts that it saw at least
    /// one request (see [`TestServer::expect_hits`] and [`TestServer::allow_unused`]).
    pub fn start(handler: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> Self {
        let handler: Arc<Handler> = Arc::new(handler);
        let shared = Arc::new(Shared::default());
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let state = Arc::clone(&shared);
        runtime.spawn(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let (handler, state) = (Arc::clone(&handler), Arc::clone(&state));
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |req| {
                        answer(req, Arc::clone(&handler), Arc::clone(&state))
                    });
                    // A client hanging up mid-request is its business; the test asserts on what was seen.
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        TestServer {
            base,
            shared,
            expect: Expect::AtLeastOne,
            runtime: Some(runtime),
        }
    }

    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub fn base(&self) -> &str {
        &self.base
    }

    /// On drop, assert exactly `n` requests were seen (instead of at least one).
    pub fn expect_hits(mut self, n: usize) -> Self {
        self.expect = Expect::Exactly(n);
        self
    }

    /// On drop, assert nothing about the number of requests (a test where no request is a valid outcome).
    pub fn allow_unused(mut self) -> Self {
        self.expect = Expect::Anything;
        self
    }

    /// Every request seen so far, in the order they arrived.
    pub fn requests(&self) -> Vec<Request> {
        self.shared.seen().requests.clone()
    }

    /// How many requests were seen so far.
    pub fn hits(&self) -> usize {
        self.shared.seen().requests.len()
    }

    /// Blocks until at least `n` requests have arrived and returns them; panics after `timeout`.
    pub fn wait_for_requests(&self, n: usize, timeout: Duration) -> Vec<Request> {
        let deadline = Instant::now() + timeout;
        let mut seen = self.shared.seen();
        while seen.requests.len() < n {
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "waited {timeout:?} for {n} request(s), saw {:?}",
                seen.requests.iter().map(Request::line).collect::<Vec<_>>()
            );
            seen = self
                .shared
                .arrived
                .wait_timeout(seen, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        seen.requests.clone()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_timeout(Duration::from_secs(2));
        }
        if std::thread::panicking() {
            return; // the test already failed; a second panic would abort
        }
        let seen = self.shared.seen();
        assert!(
            seen.failures.is_empty(),
            "the test server's handler panicked: {:?}",
            seen.failures
        );
        let lines: Vec<String> = seen.requests.iter().map(Request::line).collect();
        match self.expect {
            Expect::AtLeastOne => assert!(
                !lines.is_empty(),
                "the test server {} was never called",
                self.base
            ),
            Expect::Exactly(n) => assert_eq!(
                lines.len(),
                n,
                "the test server {} expected {n} request(s), saw {lines:?}",
                self.base
            ),
            Expect::Anything => {}
        }
    }
}

/// Records `req`, asks the handler and turns its [`Reply`] into a hyper response.
async fn answer(
    req: hyper::Request<Incoming>,
    handler: Arc<Handler>,
    shared: Arc<Shared>,
) -> Result<hyper::Response<Full<Bytes>>, Infallible> {
    let (parts, body) = req.into_parts();
    let body = match body.collect().await {
        Ok(collected) => collected.to_bytes().to_vec(),
        Err(e) => return Ok(failed(&shared, format!("reading the request body: {e}"))),
    };
    let request = Request {
        method: parts.method.to_string(),
        target: parts
            .uri
            .path_and_query()
            .map_or("/", |p| p.as_str())
            .to_owned(),
        headers: parts
            .headers
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_owned(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body,
    };
    {
        let mut seen = shared.seen();
        seen.requests.push(request.clone());
        shared.arrived.notify_all();
    }
    let reply = match std::panic::catch_unwind(AssertUnwindSafe(|| handler(&request))) {
        Ok(reply) => reply,
        Err(panic) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a non-string panic".to_owned());
            return Ok(failed(&shared, format!("{}: {message}", request.line())));
        }
    };
    if reply.never {
        std::future::pending::<()>().await;
    }
    let mut response = hyper::Response::builder().status(reply.status);
    for (name, value) in &reply.headers {
        response = response.header(name, value);
    }
    Ok(match response.body(Full::new(Bytes::from(reply.body))) {
        Ok(response) => response,
        Err(e) => failed(&shared, format!("{}: bad reply: {e}", request.line())),
    })
}

/// Notes a failure of the server's side (reported when it is dropped) and answers 500.
fn failed(shared: &Shared, why: String) -> hyper::Response<Full<Bytes>> {
    shared.seen().failures.push(why.clone());
    let mut response = hyper::Response::new(Full::new(Bytes::from(why)));
    *response.status_mut() = hyper::StatusCode::INTERNAL_SERVER_ERROR;
    response
}

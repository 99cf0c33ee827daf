//! What a0 says when the tenant cannot be reached or named: one readable cause (no doubled reqwest chain),
//! then what to do; loopback names (`localhost`, `127.0.0.1`) are one machine; a "Service not found" names
//! the audience the server expects.

mod common;

use common::server::{Reply, TestServer};
use common::{ADMIN_ID, ADMIN_SECRET, Login, TestEnv, stderr};

fn with_client(env: &TestEnv, domain: &str) -> assert_cmd::Command {
    let mut cmd = env.bare_a0();
    cmd.env("AUTH0_DOMAIN", domain)
        .env("AUTH0_CLIENT_ID", ADMIN_ID)
        .env("AUTH0_CLIENT_SECRET", ADMIN_SECRET);
    cmd
}

#[test]
fn localhost_reaches_a_tenant_served_as_127_0_0_1() {
    let env = TestEnv::builder().login(Login::None).start();
    let domain = env.base.replace("127.0.0.1", "localhost");
    let out = with_client(&env, &domain)
        .args(["users", "list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_closed_port_is_one_message_with_the_next_step() {
    let env = TestEnv::builder().login(Login::None).start();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = with_client(&env, &format!("http://127.0.0.1:{port}"))
        .arg("token")
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(5), "{err}");
    assert_eq!(err.matches("cannot reach").count(), 1, "{err}");
    assert_eq!(
        err.to_lowercase().matches("connection refused").count(),
        1,
        "{err}"
    );
    assert!(!err.contains("error sending request"), "{err}");
    assert!(
        err.contains(&format!("Nothing is listening at 127.0.0.1:{port}")),
        "{err}"
    );
}

#[test]
fn https_to_a_plain_http_server_suggests_http() {
    let env = TestEnv::builder().login(Login::None).start();
    let host_port = env.base.trim_start_matches("http://").to_string();
    let out = with_client(&env, &host_port).arg("token").output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(5), "{err}");
    assert!(err.contains("does not speak HTTPS"), "{err}");
    assert!(
        err.contains(&format!("--domain http://{host_port}")),
        "{err}"
    );
}

#[test]
fn service_not_found_names_the_audience_the_server_expects() {
    let server = TestServer::start(|req| match req.path() {
        "/oauth/token" => Reply::json(
            403,
            r#"{"error":"access_denied","error_description":"Service not found: https://custom.example/api/v2/"}"#,
        ),
        "/.well-known/openid-configuration" => {
            Reply::json(200, r#"{"issuer":"https://acme.eu.auth0.com/"}"#)
        }
        _ => Reply::status(404),
    })
    .expect_hits(2);
    let env = TestEnv::builder().login(Login::None).start();
    let out = with_client(&env, server.base())
        .arg("token")
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(
        err.contains("expects the audience https://acme.eu.auth0.com/api/v2/"),
        "{err}"
    );
    assert!(err.contains("--domain https://acme.eu.auth0.com"), "{err}");
    assert!(!err.contains("check the client id and secret"), "{err}");
}

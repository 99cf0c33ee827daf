//! `a0 emulator serve` as a subprocess: the stdout line scripts wait for, a token over HTTP, clean shutdown on
//! SIGTERM, and exit 2 for bad inputs.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};

const SECRET: &str = "serve-test-secret-0123456789";

fn a0(home: &std::path::Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_a0"));
    for (k, _) in std::env::vars() {
        if k.starts_with("AUTH0_") || k.starts_with("A0_") || k.starts_with("XDG_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("A0_CONFIG_DIR", home.join("a0config"))
        .env("A0_DATA_DIR", home.join("a0data"))
        .env("A0_CREDENTIAL_STORE", "file");
    cmd
}

fn start(home: &std::path::Path, extra: &[&str]) -> (Child, String) {
    let mut child = a0(home)
        .args([
            "emulator",
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--bcrypt-cost",
            "4",
        ])
        .args(extra)
        .env("A0_EMULATOR_CLIENT_ID", "serve-test-client")
        .env("A0_EMULATOR_CLIENT_SECRET", SECRET)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.as_mut().unwrap())
        .read_line(&mut line)
        .unwrap();
    (child, line)
}

fn terminate(child: &Child) {
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

async fn token(base: &str) -> reqwest::Response {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
        .post(format!("{base}/oauth/token"))
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_id", "serve-test-client"),
            ("client_secret", SECRET),
            ("audience", &format!("{base}/api/v2/")),
        ])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn serve_memory_prints_the_listening_line_grants_tokens_and_stops_cleanly_on_sigterm() {
    let home = tempfile::tempdir().unwrap();
    let (mut child, line) = start(home.path(), &["--memory"]);
    let base = line
        .trim_end()
        .strip_prefix("a0 emulator listening on ")
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
        .to_owned();
    assert!(base.starts_with("http://127.0.0.1:"), "{base}");

    let resp = token(&base).await;
    assert_eq!(resp.status(), 200);
    let body: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(body["token_type"], "Bearer");

    terminate(&child);
    let status = child.wait().unwrap();
    assert!(status.success(), "exit status {status:?}");
    let mut rest = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut rest)
        .unwrap();
    assert_eq!(rest, "", "stdout carries only the listening line");
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(err.contains("admin client id: serve-test-client"), "{err}");
    assert!(err.contains("stopped"), "{err}");
    assert!(!err.contains(SECRET), "the secret leaked to stderr");
    // --memory writes nothing.
    assert!(!home.path().join("a0data").exists());
}

#[tokio::test]
async fn serve_without_data_uses_the_local_tenant_file() {
    let home = tempfile::tempdir().unwrap();
    let (mut child, line) = start(home.path(), &[]);
    assert!(line.starts_with("a0 emulator listening on http://127.0.0.1:"));
    terminate(&child);
    assert!(child.wait().unwrap().success());
    assert!(home.path().join("a0data").join("local.sqlite").exists());
}

fn run_expecting_usage_error(home: &std::path::Path, extra: &[&str]) -> String {
    let out = a0(home)
        .args(["emulator", "serve", "--memory"])
        .args(extra)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(out.stdout.is_empty());
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn unreadable_config_bad_toml_bad_seed_and_busy_address_exit_2() {
    let home = tempfile::tempdir().unwrap();
    let err = run_expecting_usage_error(
        home.path(),
        &["--addr", "127.0.0.1:0", "--config", "/nonexistent/a0.toml"],
    );
    assert!(err.contains("cannot read the config file"), "{err}");

    let bad_toml = home.path().join("bad.toml");
    std::fs::write(&bad_toml, "[[clients]]\nid = 3\n").unwrap();
    let err = run_expecting_usage_error(
        home.path(),
        &[
            "--addr",
            "127.0.0.1:0",
            "--config",
            bad_toml.to_str().unwrap(),
        ],
    );
    assert!(err.contains("bad config file"), "{err}");

    let bad_seed = home.path().join("seed.json");
    std::fs::write(&bad_seed, "{not json").unwrap();
    let err = run_expecting_usage_error(
        home.path(),
        &[
            "--addr",
            "127.0.0.1:0",
            "--seed",
            bad_seed.to_str().unwrap(),
        ],
    );
    assert!(err.contains("bad seed file"), "{err}");

    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = busy.local_addr().unwrap().to_string();
    let err = run_expecting_usage_error(home.path(), &["--addr", &addr]);
    assert!(err.contains("cannot listen on"), "{err}");
}

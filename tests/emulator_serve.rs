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
    signal(child, "-TERM");
}

fn signal(child: &Child, sig: &str) {
    let status = Command::new("kill")
        .args([sig, &child.id().to_string()])
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

#[tokio::test]
async fn ctrl_c_stops_the_server_gracefully_with_exit_0() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("t.sqlite");
    let (mut child, line) = start(home.path(), &["--data", data.to_str().unwrap()]);
    let base = line
        .trim_end()
        .strip_prefix("a0 emulator listening on ")
        .unwrap()
        .to_owned();
    assert_eq!(token(&base).await.status(), 200);
    signal(&child, "-INT");
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "graceful stop, not the CLI's 130");
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(err.contains("a0 emulator stopped"), "{err}");
    assert!(!err.contains("interrupted"), "{err}");
}

fn listening_base(line: &str) -> String {
    line.trim_end()
        .strip_prefix("a0 emulator listening on ")
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
        .to_owned()
}

fn stop_and_read_stderr(mut child: Child) -> String {
    terminate(&child);
    assert!(child.wait().unwrap().success());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    err
}

/// `a0` with the emulator's CA trusted through `SSL_CERT_FILE` (or not at all, with `None`).
fn a0_trusting(home: &std::path::Path, ca: Option<&std::path::Path>) -> Command {
    let mut cmd = a0(home);
    cmd.env_remove("SSL_CERT_FILE").env_remove("SSL_CERT_DIR");
    if let Some(ca) = ca {
        cmd.env("SSL_CERT_FILE", ca);
    }
    cmd
}

fn run_with_stdin(mut cmd: Command, input: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn login(
    home: &std::path::Path,
    ca: Option<&std::path::Path>,
    domain: &str,
) -> std::process::Output {
    let mut cmd = a0_trusting(home, ca);
    cmd.args([
        "login",
        "--no-input",
        "--domain",
        domain,
        "--client-id",
        "serve-test-client",
        "--client-secret-stdin",
    ]);
    run_with_stdin(cmd, &format!("{SECRET}\n"))
}

#[tokio::test]
async fn tls_serve_is_https_end_to_end_for_the_cli_that_trusts_its_ca() {
    let home = tempfile::tempdir().unwrap();
    let ca = home.path().join("ca.pem");
    let (child, line) = start(
        home.path(),
        &["--memory", "--tls", "--ca-out", ca.to_str().unwrap()],
    );
    let base = listening_base(&line);
    let domain = base
        .strip_prefix("https://127.0.0.1:")
        .map(|port| format!("127.0.0.1:{port}"))
        .unwrap_or_else(|| panic!("not an https loopback URL: {base}"));
    let pem = std::fs::read_to_string(&ca).unwrap();
    assert!(pem.starts_with("-----BEGIN CERTIFICATE-----"), "{pem}");

    // No scheme means https; the tenant's domain is HOST:PORT and its URLs follow.
    let out = login(home.path(), Some(&ca), &domain);
    assert!(out.status.success(), "{out:?}");
    let mut create = a0_trusting(home.path(), Some(&ca));
    create.args([
        "users",
        "create",
        "--email",
        "tls@example.com",
        "--connection",
        "Username-Password-Authentication",
        "--password-stdin",
    ]);
    let created = run_with_stdin(create, "Correct Horse Battery Staple 9\n");
    assert!(created.status.success(), "{created:?}");
    let out = a0_trusting(home.path(), Some(&ca))
        .args(["users", "list", "--json"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("tls@example.com"),
        "{out:?}"
    );

    // Discovery names https URLs on the same host and port.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let root = reqwest::Certificate::from_pem(pem.as_bytes()).unwrap();
    let http = reqwest::Client::builder()
        .tls_certs_only([root])
        .build()
        .unwrap();
    let disco: serde_json::Value = http
        .get(format!("{base}/.well-known/openid-configuration"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(disco["issuer"], format!("{base}/"));
    assert_eq!(disco["jwks_uri"], format!("{base}/.well-known/jwks.json"));

    // Without the CA the CLI refuses the certificate and says what to do.
    let other_home = tempfile::tempdir().unwrap();
    let out = login(other_home.path(), None, &domain);
    assert!(!out.status.success(), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not trusted"), "{err}");
    assert!(err.contains("SSL_CERT_FILE"), "{err}");

    let err = stop_and_read_stderr(child);
    assert!(
        err.contains(&format!("CA certificate written to {}", ca.display())),
        "{err}"
    );
    assert!(!err.contains(SECRET), "the secret leaked to stderr");
    assert!(!err.contains("PRIVATE KEY"), "a key leaked to stderr");
}

#[test]
fn a_file_tenant_keeps_its_ca_beside_the_data_file_with_a_private_key() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("tenants").join("t.sqlite");
    std::fs::create_dir_all(data.parent().unwrap()).unwrap();
    let (child, line) = start(home.path(), &["--tls", "--data", data.to_str().unwrap()]);
    assert!(
        line.starts_with("a0 emulator listening on https://127.0.0.1:"),
        "{line}"
    );
    let err = stop_and_read_stderr(child);
    let ca = home.path().join("tenants").join("a0-emulator-ca.pem");
    assert!(
        err.contains(&format!("CA certificate: {}", ca.display())),
        "{err}"
    );
    let first = std::fs::read_to_string(&ca).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let key = home.path().join("tenants").join("a0-emulator-ca-key.pem");
        let mode = std::fs::metadata(key).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // The next start trusts the same CA: clients set up once keep working.
    let (child, _) = start(home.path(), &["--tls", "--data", data.to_str().unwrap()]);
    stop_and_read_stderr(child);
    assert_eq!(std::fs::read_to_string(&ca).unwrap(), first);
}

#[test]
fn bad_tls_inputs_exit_2_with_a_clear_message() {
    let home = tempfile::tempdir().unwrap();
    let addr = ["--addr", "127.0.0.1:0"];
    let junk = home.path().join("junk.pem");
    std::fs::write(&junk, "not a certificate").unwrap();
    let j = junk.to_str().unwrap();

    let err = run_expecting_usage_error(home.path(), &[&addr[..], &["--tls-key", j]].concat());
    assert!(err.contains("--tls-cert"), "{err}");
    let err = run_expecting_usage_error(
        home.path(),
        &[&addr[..], &["--tls-cert", j, "--tls-key", j]].concat(),
    );
    assert!(err.contains("no PEM certificate"), "{err}");
    let err = run_expecting_usage_error(
        home.path(),
        &[&addr[..], &["--tls", "--ca-out", "/nonexistent/dir/ca.pem"]].concat(),
    );
    assert!(err.contains("cannot write the CA certificate"), "{err}");
}

//! Faults a0 must survive: a proxy in the environment never sees loopback traffic (nor the client secret), a
//! server that trickles bytes is cut off at the total deadline (`--timeout`), a retry is said on stderr, and a
//! bad `A0_CREDENTIAL_STORE` is an error for every command.

mod common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::{ADMIN_ID, ADMIN_SECRET, Login, TestEnv, stderr};

/// A listener that counts the connections it gets (and reads whatever they send).
fn capture_listener() -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = format!("http://{}", listener.local_addr().unwrap());
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&hits);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            counter.fetch_add(1, Ordering::SeqCst);
            let mut stream = stream;
            let mut buf = [0u8; 4096];
            let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
            let _ = stream.read(&mut buf);
            let _ = stream.write_all(b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n");
        }
    });
    (addr, hits)
}

#[test]
fn loopback_tenants_never_go_through_a_proxy() {
    let env = TestEnv::builder().login(Login::None).start();
    let (proxy, hits) = capture_listener();
    for var in [
        "http_proxy",
        "HTTP_PROXY",
        "https_proxy",
        "HTTPS_PROXY",
        "ALL_PROXY",
    ] {
        // the AUTH0_* client: the token request carries the client secret
        let out = env
            .a0_as(ADMIN_ID, ADMIN_SECRET)
            .env(var, &proxy)
            .args(["users", "list", "--json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{var}: {}", stderr(&out));
        // the built-in local tenant (in-process)
        let out = env
            .bare_a0()
            .env(var, &proxy)
            .args(["users", "list", "--json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{var} local: {}", stderr(&out));
    }
    assert_eq!(
        hits.load(Ordering::SeqCst),
        0,
        "the proxy saw loopback traffic"
    );
}

/// A server that sends its headers at once and then one byte of body every 300 ms, for ever.
fn trickling_server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || {
                let mut stream = stream;
                let mut buf = [0u8; 8192];
                let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
                let _ = stream.read(&mut buf);
                let _ = stream.write_all(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n[",
                );
                for _ in 0..200 {
                    std::thread::sleep(Duration::from_millis(300));
                    if stream.write_all(b" ").is_err() {
                        return;
                    }
                }
            });
        }
    });
    addr
}

#[test]
fn a_trickling_answer_ends_at_the_total_deadline_and_retries_are_said() {
    let env = TestEnv::builder().login(Login::None).start();
    let server = trickling_server();
    let out = env
        .bare_a0()
        .env("AUTH0_DOMAIN", &server)
        .env("AUTH0_API_TOKEN", "static-token")
        .args(["users", "get", "auth0|1", "--timeout", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("retrying (1 of 3)"), "{err}");
    // the trickle (a minute of bytes) was cut by the deadline, not finished or failed otherwise
    assert!(
        err.contains("cannot reach") && err.contains("timed out"),
        "{err}"
    );

    // A0_TIMEOUT is the same setting
    let out = env
        .bare_a0()
        .env("AUTH0_DOMAIN", &server)
        .env("AUTH0_API_TOKEN", "static-token")
        .env("A0_TIMEOUT", "0.5")
        .args([
            "users",
            "create",
            "--connection",
            "db",
            "--email",
            "a@example.com",
        ])
        .args(["--password-stdin"])
        .write_stdin("Correct Horse Battery 9\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(
        !stderr(&out).contains("retrying"),
        "a POST is never retried"
    );
}

#[test]
fn a_bad_timeout_and_a_bad_credential_store_are_usage_errors() {
    let env = TestEnv::new();
    for bad in ["0", "-1", "soon"] {
        let out = env
            .a0()
            .args(["users", "list", "--timeout", bad])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}: {}", stderr(&out));
    }
    let out = env
        .a0()
        .env("A0_CREDENTIAL_STORE", "bogus")
        .args(["users", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("A0_CREDENTIAL_STORE=bogus"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn verbose_logs_the_login_token_request_and_the_export_download_without_secrets() {
    let env = TestEnv::builder().login(Login::None).start();
    let out = env
        .bare_a0()
        .args([
            "-v",
            "login",
            "--no-input",
            "--domain",
            &env.base,
            "--client-id",
            ADMIN_ID,
        ])
        .args(["--client-secret-stdin", "--name", "dev"])
        .write_stdin(format!("{ADMIN_SECRET}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("/oauth/token (client credentials; secret redacted)\n< 200"),
        "{err}"
    );
    assert!(!err.contains(ADMIN_SECRET), "{err}");

    let dir = tempfile::tempdir().unwrap();
    let out = env
        .bare_a0()
        .args(["-v", "jobs", "export", "-O"])
        .arg(dir.path().join("users.ndjson"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("(export download; signature redacted)\n< 200"),
        "{err}"
    );
    assert!(!err.to_lowercase().contains("signature="), "{err}");
}

/// A tenant whose export is ready at once and whose download sends half a gzip file, then stalls. Each
/// connection answers one request and closes.
fn stalling_export_server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || {
                let mut stream = stream;
                let mut req = Vec::new();
                let mut buf = [0u8; 4096];
                let _ = stream.set_read_timeout(Some(Duration::from_millis(500)));
                while !req.windows(4).any(|w| w == b"\r\n\r\n") {
                    match stream.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => req.extend_from_slice(&buf[..n]),
                    }
                }
                let head = String::from_utf8_lossy(&req).into_owned();
                let json = |body: String| {
                    format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                        body.len()
                    )
                };
                let answer = if head.starts_with("POST /oauth/token") {
                    json(r#"{"access_token":"fake","expires_in":86400}"#.into())
                } else if head.starts_with("POST /api/v2/jobs/users-exports")
                    || head.starts_with("GET /api/v2/jobs/")
                {
                    json(format!(
                        r#"{{"id":"job_AbCdEfGh12345678","type":"users_export","status":"completed","location":"http://{addr}/dl/file.json.gz?Signature=x"}}"#
                    ))
                } else if head.starts_with("GET /dl/") {
                    let _ = stream.write_all(
                        b"HTTP/1.1 200 OK\r\ncontent-type: application/gzip\r\ncontent-length: 1000000\r\n\r\n",
                    );
                    // a gzip header and a little deflate data, then nothing for a long while
                    let _ = stream.write_all(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
                    std::thread::sleep(Duration::from_secs(120));
                    return;
                } else {
                    "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
                        .into()
                };
                let _ = stream.write_all(answer.as_bytes());
            });
        }
    });
    format!("http://{addr}")
}

fn temp_exports(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".a0-export-"))
        .collect()
}

#[test]
fn an_export_ended_by_a_signal_leaves_no_temp_file_and_stale_ones_are_cleaned() {
    let env = TestEnv::builder().login(Login::None).start();
    let server = stalling_export_server();
    let dir = tempfile::tempdir().unwrap();
    for (signal, code) in [("-INT", 130), ("-TERM", 143)] {
        let child = env
            .std_a0()
            .env("AUTH0_DOMAIN", &server)
            .env("AUTH0_API_TOKEN", "static-token")
            .args(["jobs", "export", "-O"])
            .arg(dir.path().join("users.ndjson"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        while temp_exports(dir.path()).is_empty() {
            assert!(Instant::now() < deadline, "no temp file appeared");
            std::thread::sleep(Duration::from_millis(20));
        }
        // the download has started (the temp file exists); give it a moment to be mid-stream
        std::thread::sleep(Duration::from_millis(300));
        let status = std::process::Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(code), "{signal}: {}", stderr(&out));
        assert!(
            temp_exports(dir.path()).is_empty(),
            "{signal} left {:?}",
            temp_exports(dir.path())
        );
        assert!(!dir.path().join("users.ndjson").exists());
    }

    // kill -9 cannot clean up: the next export into the same folder removes what a dead process left
    let stale = dir.path().join(".a0-export-999999999-AbCdEf");
    std::fs::write(&stale, "half").unwrap();
    let mut child = env
        .std_a0()
        .env("AUTH0_DOMAIN", &server)
        .env("AUTH0_API_TOKEN", "static-token")
        .args(["jobs", "export", "-O"])
        .arg(dir.path().join("users.ndjson"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while stale.exists() {
        assert!(Instant::now() < deadline, "the stale temp file stayed");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
}

#[cfg(unix)]
#[test]
fn tenant_files_are_private_to_their_owner() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let env = TestEnv::builder().login(Login::None).start();
    let dir = tempfile::tempdir().unwrap();
    // an existing world-readable file is tightened; a new folder is the owner's only
    let old = dir.path().join("old.sqlite");
    std::fs::write(&old, b"").unwrap();
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).unwrap();
    let data = dir.path().join("new").join("tenant.sqlite");
    for (file, secret) in [
        (&old, "old-secret-0123456789"),
        (&data, "new-secret-0123456789"),
    ] {
        let (mut child, base) = serve_file(&env, file, "files-admin", secret);
        let out_file = dir.path().join("out.ndjson");
        let out = env
            .bare_a0()
            .env("AUTH0_DOMAIN", &base)
            .env("AUTH0_CLIENT_ID", "files-admin")
            .env("AUTH0_CLIENT_SECRET", secret)
            .args(["jobs", "export", "-O"])
            .arg(&out_file)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(mode(file), 0o600, "{}", file.display());
        let mut wal = file.as_os_str().to_owned();
        wal.push("-wal");
        assert_eq!(mode(std::path::Path::new(&wal)), 0o600);
        let mut exports = file.as_os_str().to_owned();
        exports.push(".exports");
        let exports = std::path::PathBuf::from(exports);
        assert_eq!(mode(&exports), 0o700);
        for job in std::fs::read_dir(&exports).unwrap().flatten() {
            assert_eq!(mode(&job.path()), 0o700);
            for f in std::fs::read_dir(job.path()).unwrap().flatten() {
                assert_eq!(mode(&f.path()), 0o600, "{}", f.path().display());
            }
        }
        child.kill().unwrap();
        child.wait().unwrap();
    }
    assert_eq!(mode(&dir.path().join("new")), 0o700);
}

/// Starts `a0 emulator serve --data FILE` on a free port; returns it and its base URL.
fn serve_file(
    env: &TestEnv,
    data: &std::path::Path,
    client_id: &str,
    secret: &str,
) -> (std::process::Child, String) {
    use std::io::BufRead;
    let mut child = env
        .std_a0()
        .args(["emulator", "serve", "--addr", "127.0.0.1:0", "--data"])
        .arg(data)
        .env("A0_EMULATOR_CLIENT_ID", client_id)
        .env("A0_EMULATOR_CLIENT_SECRET", secret)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let base = line
        .trim()
        .strip_prefix("a0 emulator listening on ")
        .unwrap_or_else(|| panic!("no listening line: {line:?}"))
        .to_owned();
    (child, base)
}

/// A read-only connection to a running emulator's data file (WAL lets it read beside the emulator).
fn read_only(data: &std::path::Path) -> Option<rusqlite::Connection> {
    let c = rusqlite::Connection::open_with_flags(data, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .ok()?;
    c.busy_timeout(Duration::from_secs(5)).ok()?;
    Some(c)
}

/// How many users the data file holds.
fn users_in(data: &std::path::Path) -> i64 {
    read_only(data)
        .and_then(|c| {
            c.query_row("SELECT count(*) FROM users", [], |r| r.get(0))
                .ok()
        })
        .unwrap_or(0)
}

/// Each job of the data file: id, status and counts.
fn jobs_in(data: &std::path::Path) -> Vec<String> {
    let Some(c) = read_only(data) else {
        return Vec::new();
    };
    let Ok(mut st) = c.prepare(
        "SELECT id || ' ' || status || ' total ' || total || ' processed ' || processed || ' inserted ' || inserted FROM jobs",
    ) else {
        return Vec::new();
    };
    st.query_map([], |r| r.get(0))
        .map(|rows| rows.flatten().collect())
        .unwrap_or_default()
}

#[test]
fn kill_9_of_the_emulator_mid_import_then_restart_loses_and_doubles_no_user() {
    let env = TestEnv::builder().login(Login::None).start();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("tenant.sqlite");
    let n = 12_000;
    let users: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            serde_json::json!({"email": format!("k{i:05}@example.com"), "email_verified": true,
                               "user_metadata": {"n": i, "pad": "p".repeat(60)}})
        })
        .collect();
    let file = dir.path().join("users.json");
    std::fs::write(&file, serde_json::to_vec(&users).unwrap()).unwrap();

    let (mut emulator, base) =
        serve_file(&env, &data, "kill-admin", "kill-admin-secret-0123456789");
    let import = env
        .bare_a0()
        .env("AUTH0_DOMAIN", &base)
        .env("AUTH0_CLIENT_ID", "kill-admin")
        .env("AUTH0_CLIENT_SECRET", "kill-admin-secret-0123456789")
        .args(["jobs", "import"])
        .arg(&file)
        .args([
            "--connection",
            "Username-Password-Authentication",
            "--no-wait",
        ])
        .output()
        .unwrap();
    assert!(import.status.success(), "{}", stderr(&import));
    // kill -9 while the worker is part-way through
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut seen = 0;
    while seen == 0 {
        seen = users_in(&data);
        assert!(Instant::now() < deadline, "the import never started");
        std::thread::sleep(Duration::from_millis(5));
    }
    emulator.kill().unwrap();
    emulator.wait().unwrap();
    let at_kill = users_in(&data);
    assert!(
        at_kill < n as i64,
        "the import finished before the kill ({at_kill}); nothing was tested"
    );

    // restart on the same file: the jobs resume and every user arrives exactly once (followed the way a user
    // would: `a0 jobs wait` on the ids the import printed)
    let (mut emulator, base) =
        serve_file(&env, &data, "kill-admin", "kill-admin-secret-0123456789");
    let ids = String::from_utf8_lossy(&import.stdout).into_owned();
    for id in ids.lines().filter(|l| !l.trim().is_empty()) {
        let out = env
            .bare_a0()
            .env("AUTH0_DOMAIN", &base)
            .env("AUTH0_CLIENT_ID", "kill-admin")
            .env("AUTH0_CLIENT_SECRET", "kill-admin-secret-0123456789")
            .args(["jobs", "wait", id.trim(), "--timeout", "30"])
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "job {id}: {}\njobs: {:#?}",
            stderr(&out),
            jobs_in(&data)
        );
    }
    let (total, distinct) = read_only(&data)
        .unwrap()
        .query_row(
            "SELECT count(*), count(DISTINCT json_extract(doc, '$.email')) FROM users",
            [],
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)),
        )
        .unwrap();
    assert_eq!(
        (total, distinct),
        (n as i64, n as i64),
        "no user lost or doubled"
    );
    emulator.kill().unwrap();
    emulator.wait().unwrap();
}

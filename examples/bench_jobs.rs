//! Benchmark of `a0 jobs` (not a test; run `bash bench/jobs.sh`, which builds the release binary first).
//!
//! - import: local validation + splitting throughput of `a0 jobs import FILE --dry-run` on a generated NDJSON file
//!   (default 100 MB), wall time and peak RSS from `/usr/bin/time -v`.
//! - export: an emulator (SQLite file in a temp dir) seeded with N users (default 1,000,000), then
//!   `a0 -v jobs export --format ndjson -O FILE` under `/usr/bin/time -v`: total time, peak RSS, and the client's
//!   download+gunzip+write throughput (a0 logs it with `-v`) against `curl -s URL | gzip -d > file` on a fresh
//!   `location` of the same job.
//!
//! Options: `--import-mb N`, `--users N`, `--skip-import`, `--skip-export`. The binary is `$A0_BIN`, else
//! `$CARGO_TARGET_DIR/release/a0`, else `target/release/a0`.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const ADMIN_ID: &str = "bench-admin";
const ADMIN_SECRET: &str = "bench-admin-secret";

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opt = |name: &str, default: u64| -> u64 {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let flag = |name: &str| args.iter().any(|a| a == name);
    let bin = a0_bin();
    anyhow::ensure!(
        bin.exists(),
        "{} not found: build it with `cargo build --release`",
        bin.display()
    );
    let dir = tempfile::tempdir()?;
    println!("a0 binary: {}", bin.display());
    if !flag("--skip-import") {
        bench_import(&bin, dir.path(), opt("--import-mb", 100))?;
    }
    if !flag("--skip-export") {
        bench_export(&bin, dir.path(), opt("--users", 1_000_000) as usize)?;
    }
    Ok(())
}

fn a0_bin() -> PathBuf {
    if let Ok(b) = std::env::var("A0_BIN") {
        return b.into();
    }
    let target = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into());
    Path::new(&target).join("release").join("a0")
}

/// A varied, valid import user of about 400 bytes.
fn user(i: usize) -> Value {
    let plans = ["free", "pro", "team", "enterprise"];
    let mut u = json!({
        "email": format!("user{i:07}@example.com"),
        "email_verified": !i.is_multiple_of(3),
        "user_id": format!("bench{i:07}"),
        "given_name": format!("Given{i}"),
        "family_name": format!("Family{}", i % 997),
        "name": format!("Given{i} Family{}", i % 997),
        "nickname": format!("user{i}"),
        "blocked": i.is_multiple_of(50),
        "user_metadata": {"plan": plans[i % 4], "lang": if i.is_multiple_of(2) { "en" } else { "fr" }, "score": i % 1000},
        "app_metadata": {"roles": ["reader", if i.is_multiple_of(5) { "admin" } else { "writer" }], "tenant_no": i % 17},
    });
    if i.is_multiple_of(2) {
        // A well-formed bcrypt string (cost 10, 22-char salt + 31-char hash); the benchmark never logs in.
        u["password_hash"] = json!(format!(
            "$2b$10${:0>53}",
            format!("abcdefghijklmnopqrstuv{i}")
        ));
    }
    u
}

fn time_v(cmd: &mut Command) -> anyhow::Result<(Duration, u64, std::process::Output)> {
    let started = Instant::now();
    let out = cmd.output()?;
    let wall = started.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let rss_kb = stderr
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    Ok((wall, rss_kb, out))
}

fn hermetic(cmd: &mut Command, dir: &Path) {
    for (k, _) in std::env::vars_os() {
        let ks = k.to_string_lossy();
        if ks.starts_with("AUTH0_") || ks.starts_with("A0_") {
            cmd.env_remove(&k);
        }
    }
    cmd.env("HOME", dir.join("home"))
        .env("A0_CONFIG_DIR", dir.join("config"))
        .env("A0_DATA_DIR", dir.join("data"))
        .env("A0_CREDENTIAL_STORE", "file");
}

fn bench_import(bin: &Path, dir: &Path, mb: u64) -> anyhow::Result<()> {
    let path = dir.join("users.ndjson");
    let target = mb * 1_000_000;
    let mut w = BufWriter::new(std::fs::File::create(&path)?);
    let (mut written, mut n) = (0u64, 0usize);
    while written < target {
        let line = serde_json::to_string(&user(n))?;
        w.write_all(line.as_bytes())?;
        w.write_all(b"\n")?;
        written += line.len() as u64 + 1;
        n += 1;
    }
    w.flush()?;
    drop(w);
    println!("\n## import: local validation + splitting");
    println!("file: {} users, {:.1} MB NDJSON", n, written as f64 / 1e6);
    // Warm the page cache so that the figure is the CPU cost, not the disk.
    let _ = std::fs::read(&path)?;
    let mut best: Option<(Duration, u64)> = None;
    for _ in 0..3 {
        let mut cmd = Command::new("/usr/bin/time");
        cmd.arg("-v")
            .arg(bin)
            .args(["jobs", "import"])
            .arg(&path)
            .arg("--dry-run");
        hermetic(&mut cmd, dir);
        let (wall, rss, out) = time_v(&mut cmd)?;
        anyhow::ensure!(
            out.status.success(),
            "a0 jobs import --dry-run failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        if best.is_none_or(|(b, _)| wall < b) {
            best = Some((wall, rss));
        }
    }
    if let Some((wall, rss)) = best {
        println!(
            "best of 3: {:.2} s, {:.0} MB/s, peak RSS {:.1} MB",
            wall.as_secs_f64(),
            written as f64 / 1e6 / wall.as_secs_f64(),
            rss as f64 / 1024.0
        );
    }
    Ok(())
}

fn bench_export(bin: &Path, dir: &Path, users: usize) -> anyhow::Result<()> {
    use a0_emulator::{Emulator, http::Settings};
    println!("\n## export of {users} users");
    let db = dir.join("tenant.db");
    let seeded = Instant::now();
    // Seeded in batches so the benchmark itself stays small; the builder skips ids that already exist.
    const BATCH: usize = 100_000;
    for start in (0..users).step_by(BATCH) {
        let batch: Vec<Value> = (start..(start + BATCH).min(users)).map(user).collect();
        let emu = Emulator::builder()
            .data_file(&db)
            .admin_client(ADMIN_ID, ADMIN_SECRET)
            .seed_users(batch)
            .build()?;
        drop(emu);
    }
    println!("seeded in {:.1} s", seeded.elapsed().as_secs_f64());
    let rt = tokio::runtime::Runtime::new()?;
    let emu = Emulator::builder()
        .data_file(&db)
        .admin_client(ADMIN_ID, ADMIN_SECRET)
        .settings(Settings {
            bcrypt_cost: 4,
            rate_limit: None,
            latency: Duration::ZERO,
            request_log: None,
        })
        .build()?;
    let handle = rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        emu.spawn(listener).await
    })?;
    let base = handle.base_url().to_string();

    let out_file = dir.join("export.ndjson");
    let mut cmd = Command::new("/usr/bin/time");
    cmd.arg("-v")
        .arg(bin)
        .args(["-v", "jobs", "export", "--format", "ndjson", "-O"])
        .arg(&out_file);
    hermetic(&mut cmd, dir);
    cmd.env("AUTH0_DOMAIN", &base)
        .env("AUTH0_CLIENT_ID", ADMIN_ID)
        .env("AUTH0_CLIENT_SECRET", ADMIN_SECRET)
        .stdin(Stdio::null());
    let (wall, rss, out) = time_v(&mut cmd)?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    anyhow::ensure!(out.status.success(), "a0 jobs export failed: {stderr}");
    let size = std::fs::metadata(&out_file)?.len();
    let job_id = stderr
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .find(|w| w.starts_with("job_"))
        .map(str::to_owned)
        .ok_or_else(|| anyhow::anyhow!("no job id in a0's -v log"))?;
    let client_secs: f64 = stderr
        .lines()
        .find_map(|l| l.split_once("download+gunzip+write: ").map(|(_, r)| r))
        .and_then(|r| r.split(" s").next())
        .and_then(|s| s.trim().parse().ok())
        .ok_or_else(|| anyhow::anyhow!("no download timing in a0's -v log:\n{stderr}"))?;
    println!(
        "a0 jobs export: {:.2} s total, {:.1} MB written, peak RSS {:.1} MB",
        wall.as_secs_f64(),
        size as f64 / 1e6,
        rss as f64 / 1024.0
    );
    println!(
        "a0 download+gunzip+write: {:.2} s ({:.0} MB/s of output)",
        client_secs,
        size as f64 / 1e6 / client_secs
    );

    // The same job's file through curl | gzip -d, with a fresh location.
    let location = rt.block_on(async {
        let http = http_client();
        let tok: Value = http
            .post(format!("{base}/oauth/token"))
            .json(&json!({"grant_type":"client_credentials","client_id":ADMIN_ID,"client_secret":ADMIN_SECRET,
                          "audience": format!("{base}/api/v2/")}))
            .send()
            .await?
            .json()
            .await?;
        let job: Value = http
            .get(format!("{base}/api/v2/jobs/{job_id}"))
            .bearer_auth(tok["access_token"].as_str().unwrap_or_default())
            .send()
            .await?
            .json()
            .await?;
        anyhow::Ok(job["location"].as_str().unwrap_or_default().to_owned())
    })?;
    let curl_out = dir.join("curl.ndjson");
    let started = Instant::now();
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "curl -s '{location}' | gzip -d > '{}'",
            curl_out.display()
        ))
        .status()?;
    let curl_secs = started.elapsed().as_secs_f64();
    anyhow::ensure!(status.success(), "curl | gzip -d failed");
    let curl_size = std::fs::metadata(&curl_out)?.len();
    anyhow::ensure!(
        curl_size == size,
        "curl got {curl_size} bytes, a0 wrote {size}"
    );
    println!(
        "curl -s URL | gzip -d > file: {:.2} s ({:.0} MB/s)",
        curl_secs,
        size as f64 / 1e6 / curl_secs
    );
    println!(
        "ratio (a0 throughput / curl throughput): {:.2}",
        curl_secs / client_secs
    );
    rt.block_on(handle.shutdown());
    Ok(())
}

/// A plain reqwest client (the crate is built without a default rustls provider).
fn http_client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

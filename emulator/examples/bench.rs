//! Benchmark (not a test): seeds 100,000 users into an in-memory emulator, serves it on loopback, then measures
//! (a) authenticated `GET /api/v2/users/{id}` throughput under concurrency and (b) p50/p95 latency of
//! `GET /api/v2/users?q=email:user12*&include_totals=true`.
//!
//! The one command for the issue-2 figures (see `docs/PERFORMANCE.md`):
//! `cargo run --release -p a0-emulator --example bench -- [USERS=100000] [SECONDS=5] [CONCURRENCY=32]`
//!
//! Client and server share the process (and the machine's cores), so the figures are lower bounds.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use a0_emulator::Emulator;
use a0_emulator::http::Settings;
use serde_json::{Value, json};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let users: usize = args
        .next()
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(100_000);
    let seconds: u64 = args.next().map(|s| s.parse()).transpose()?.unwrap_or(5);
    let concurrency: usize = args.next().map(|s| s.parse()).transpose()?.unwrap_or(32);
    anyhow::ensure!(
        users > 0 && concurrency > 0,
        "USERS and CONCURRENCY must be at least 1"
    );
    let _ = rustls::crypto::ring::default_provider().install_default();

    let hash = bcrypt::hash("Bench-passw0rd", 4)?;
    let seed: Vec<Value> = (0..users)
        .map(|i| {
            json!({
                "email": format!("user{i}@example.com"),
                "user_id": format!("bench{i}"),
                "password_hash": hash,
                "given_name": format!("Given{i}"),
                "app_metadata": {"plan": if i % 3 == 0 { "pro" } else { "free" }},
            })
        })
        .collect();
    let t = Instant::now();
    let emu = Emulator::builder()
        .in_memory()
        .settings(Settings::default())
        .seed_users(seed)
        .build()?;
    eprintln!("seeded {users} users in {:.2?}", t.elapsed());
    let (id, secret) = emu.admin_credentials();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let handle = emu.spawn(listener).await?;
    let base = handle.base_url().to_owned();
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(concurrency)
        .build()?;
    let token: Value = http
        .post(format!("{base}/oauth/token"))
        .json(&json!({"grant_type": "client_credentials", "client_id": id, "client_secret": secret, "audience": format!("{base}/api/v2/")}))
        .send()
        .await?
        .json()
        .await?;
    let token = token["access_token"]
        .as_str()
        .unwrap_or_default()
        .to_owned();

    // (a) GET /users/{id} throughput.
    let done = Arc::new(AtomicU64::new(0));
    let errors = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for w in 0..concurrency {
        let (http, base, token, done, errors) = (
            http.clone(),
            base.clone(),
            token.clone(),
            done.clone(),
            errors.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let mut i = w * 7919;
            while Instant::now() < deadline {
                i = (i + 104_729) % users;
                let url = format!("{base}/api/v2/users/auth0%7Cbench{i}");
                match http.get(&url).bearer_auth(&token).send().await {
                    Ok(r) if r.status() == 200 => {
                        let _ = r.bytes().await;
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                    _ => {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                }
            }
        }));
    }
    let started = Instant::now();
    for t in tasks {
        t.await?;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let n = done.load(Ordering::Relaxed);
    println!(
        "GET /api/v2/users/{{id}}: {n} requests in {elapsed:.2}s with concurrency {concurrency} = {:.0} req/s ({} errors)",
        n as f64 / elapsed,
        errors.load(Ordering::Relaxed)
    );

    // (b) search latency.
    let url = format!("{base}/api/v2/users?q=email:user12*&include_totals=true");
    let mut lat = Vec::new();
    let mut total = 0;
    for _ in 0..200 {
        let t = Instant::now();
        let r = http.get(&url).bearer_auth(&token).send().await?;
        let v: Value = r.json().await?;
        lat.push(t.elapsed());
        total = v["total"].as_u64().unwrap_or(0);
    }
    lat.sort();
    println!(
        "GET /api/v2/users?q=email:user12*&include_totals=true (total {total}): p50 {:.2} ms, p95 {:.2} ms over {} runs",
        lat[lat.len() / 2].as_secs_f64() * 1000.0,
        lat[lat.len() * 95 / 100].as_secs_f64() * 1000.0,
        lat.len()
    );
    handle.shutdown().await;
    Ok(())
}

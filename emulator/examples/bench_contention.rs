//! Benchmark (not a test) for the reliability issue: while 4 worst-case searches run (256 bare terms, the
//! documented maximum, over a file tenant of 50,000 users), how long does a plain `GET /api/v2/users/{id}` take?
//! Target: p99 ≤ 50 ms on a 2-core machine. Prints the searches' outcomes (200, or 503 past the 2 s budget) and the
//! GET latencies (p50/p99/max).
//!
//! `cargo run --release -p a0-emulator --example bench_contention -- [USERS=50000] [SECONDS=10]`
//! (also `bash bench/contention.sh`). Client and server share the process and the cores.

use std::time::{Duration, Instant};

use a0_emulator::Emulator;
use serde_json::{Value, json};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let users: usize = args
        .next()
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(50_000);
    let seconds: u64 = args.next().map(|s| s.parse()).transpose()?.unwrap_or(10);
    anyhow::ensure!(users > 0, "USERS must be at least 1");
    let _ = rustls::crypto::ring::default_provider().install_default();

    let dir = tempfile::tempdir()?;
    let seed: Vec<Value> = (0..users)
        .map(|i| {
            json!({
                "email": format!("user{i}@example.com"),
                "user_id": format!("bench{i}"),
                "given_name": format!("Given{i}"),
            })
        })
        .collect();
    let t = Instant::now();
    let emu = Emulator::builder()
        .data_file(dir.path().join("bench.sqlite"))
        .seed_users(seed)
        .build()?;
    eprintln!(
        "seeded {users} users into a file tenant in {:.2?}",
        t.elapsed()
    );
    let (id, secret) = emu.admin_credentials();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let handle = emu.spawn(listener).await?;
    let base = handle.base_url().to_owned();
    let http = reqwest::Client::new();
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

    // The worst case: 256 bare terms (each searches every text field) with wildcards.
    let q: Vec<String> = (0..256).map(|i| format!("*x{i}y*")).collect();
    let q = q.join(" OR ");
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut searches = Vec::new();
    for _ in 0..4 {
        let (http, base, token, q) = (http.clone(), base.clone(), token.clone(), q.clone());
        searches.push(tokio::spawn(async move {
            let mut outcomes: Vec<(u16, Duration)> = Vec::new();
            while Instant::now() < deadline {
                let t = Instant::now();
                let status = http
                    .get(format!("{base}/api/v2/users"))
                    .query(&[("q", q.as_str()), ("include_totals", "true")])
                    .bearer_auth(&token)
                    .send()
                    .await
                    .map(|r| r.status().as_u16())
                    .unwrap_or(0);
                outcomes.push((status, t.elapsed()));
            }
            outcomes
        }));
    }
    // Let the searches start, then time plain GETs one after the other.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut latencies = Vec::new();
    let mut i = 0usize;
    let mut failed = 0;
    while Instant::now() < deadline {
        i = (i + 7919) % users;
        let t = Instant::now();
        let ok = http
            .get(format!("{base}/api/v2/users/auth0%7Cbench{i}"))
            .bearer_auth(&token)
            .send()
            .await
            .is_ok_and(|r| r.status() == 200);
        latencies.push(t.elapsed());
        if !ok {
            failed += 1;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let mut outcomes = Vec::new();
    for s in searches {
        outcomes.extend(s.await?);
    }
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() - 1) as f64 * p) as usize];
    let ok = outcomes.iter().filter(|o| o.0 == 200).count();
    let timed_out = outcomes.iter().filter(|o| o.0 == 503).count();
    let longest = outcomes.iter().map(|o| o.1).max().unwrap_or_default();
    println!(
        "worst-case searches (4 in parallel, {seconds} s): {} done: {ok} answered 200, {timed_out} answered 503 \
         (budget 2 s), longest {longest:.2?}",
        outcomes.len()
    );
    println!(
        "GET /users/{{id}} meanwhile: {} requests ({failed} failed), p50 {:.2?}, p99 {:.2?}, max {:.2?} (target p99 ≤ 50 ms)",
        latencies.len(),
        pct(0.5),
        pct(0.99),
        latencies.last().copied().unwrap_or_default()
    );
    Ok(())
}

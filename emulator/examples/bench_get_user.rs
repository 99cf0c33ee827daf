//! Throughput of `GET /api/v2/users/{id}` with token checks on (the verified-token cache at work).
//!
//! `cargo run --release -p a0-emulator --example bench_get_user -- [SECONDS] [CONNECTIONS]`
//!
//! Client and server share the process (and the machine's cores), so the figure is a lower bound.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use a0_emulator::Emulator;
use a0_emulator::http::Settings;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let secs: u64 = args.next().map(|s| s.parse()).transpose()?.unwrap_or(10);
    let conns: usize = args.next().map(|s| s.parse()).transpose()?.unwrap_or(32);
    let _ = rustls::crypto::ring::default_provider().install_default();

    let emu = Emulator::builder()
        .in_memory()
        .settings(Settings {
            bcrypt_cost: 4,
            ..Settings::default()
        })
        .build()?;
    let (id, secret) = emu.admin_credentials();
    let handle = emu
        .spawn(tokio::net::TcpListener::bind("127.0.0.1:0").await?)
        .await?;
    let base = handle.base_url().to_owned();
    let http = reqwest::Client::new();
    let tok: serde_json::Value = http
        .post(format!("{base}/oauth/token"))
        .json(
            &serde_json::json!({"grant_type": "client_credentials", "client_id": id,
            "client_secret": secret, "audience": format!("{base}/api/v2/")}),
        )
        .send()
        .await?
        .json()
        .await?;
    let token = tok["access_token"].as_str().unwrap_or_default().to_owned();
    let user: serde_json::Value = http
        .post(format!("{base}/api/v2/users"))
        .bearer_auth(&token)
        .json(
            &serde_json::json!({"connection": "Username-Password-Authentication",
            "email": "bench@example.com", "password": "Bench-Pass-123"}),
        )
        .send()
        .await?
        .json()
        .await?;
    let uid = user["user_id"]
        .as_str()
        .unwrap_or_default()
        .replace('|', "%7C");
    let url = format!("{base}/api/v2/users/{uid}");

    let ok = Arc::new(AtomicU64::new(0));
    let failed = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + Duration::from_secs(secs);
    let mut tasks = Vec::new();
    for _ in 0..conns {
        let (http, url, token) = (http.clone(), url.clone(), token.clone());
        let (ok, failed) = (ok.clone(), failed.clone());
        tasks.push(tokio::spawn(async move {
            while Instant::now() < deadline {
                match http.get(&url).bearer_auth(&token).send().await {
                    Ok(r) if r.status() == 200 => {
                        let _ = r.bytes().await;
                        ok.fetch_add(1, Ordering::Relaxed);
                    }
                    _ => {
                        failed.fetch_add(1, Ordering::Relaxed);
                    }
                }
            }
        }));
    }
    let start = Instant::now();
    for t in tasks {
        t.await?;
    }
    let elapsed = start.elapsed().as_secs_f64();
    let n = ok.load(Ordering::Relaxed);
    println!(
        "GET /api/v2/users/{{id}}: {n} ok, {} failed in {elapsed:.1} s = {:.0} req/s ({conns} connections)",
        failed.load(Ordering::Relaxed),
        n as f64 / elapsed
    );
    handle.shutdown().await;
    Ok(())
}

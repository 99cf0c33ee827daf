//! Benchmark (ignored by default, never a timed assertion): how long the emulator takes to export N users
//! (default 1,000,000) to a gzip file, in both formats. Run it with
//!
//! ```sh
//! A0_BENCH_USERS=1000000 cargo test --release -p a0-emulator --test jobs_bench -- --ignored --nocapture
//! ```
//!
//! It seeds a data file in a temp dir (not timed), runs one export per format through the worker, and prints
//! the time, rows per second and file size. Figures are kept in docs/PERFORMANCE.md.

use std::time::Instant;

use a0_emulator::Store;
use a0_emulator::jobs::worker;
use a0_emulator::store::OpenOptions;
use a0_emulator::store::jobs as db;
use a0_emulator::store::users::NewUser;
use serde_json::json;

#[test]
#[ignore = "benchmark: run explicitly with --ignored --nocapture"]
fn export_benchmark() {
    let n: usize = std::env::var("A0_BENCH_USERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("bench.sqlite"), &OpenOptions::default()).unwrap();

    let t = Instant::now();
    let now = a0_emulator::now_iso();
    for chunk in (0..n).collect::<Vec<_>>().chunks(50_000) {
        let rows: Vec<NewUser> = chunk
            .iter()
            .map(|i| {
                let id = format!("auth0|{i:024x}");
                let doc = json!({
                    "created_at": now, "email": format!("user{i}@example.com"), "email_verified": i % 3 == 0,
                    "identities": [{"connection": "Username-Password-Authentication", "user_id": format!("{i:024x}"),
                                    "provider": "auth0", "isSocial": false}],
                    "name": format!("User \"{i}\" Example"), "nickname": format!("user{i}"),
                    "picture": "https://secure.gravatar.com/avatar/x?s=480", "updated_at": now, "user_id": id,
                    "user_metadata": {"plan": if i % 2 == 0 { "pro" } else { "free" }, "n": i},
                    "app_metadata": {"roles": ["a", "b"]}
                });
                NewUser {
                    user_id: id,
                    connection: "Username-Password-Authentication".into(),
                    password_hash: None,
                    doc: doc.to_string(),
                }
            })
            .collect();
        store.users_insert_many(&rows).unwrap();
    }
    eprintln!("seeded {n} users in {:.1?}", t.elapsed());

    for (format, fields) in [
        ("json", json!(null)),
        (
            "csv",
            json!([{"name": "user_id"}, {"name": "email"}, {"name": "name"}, {"name": "created_at"},
                   {"name": "user_metadata.plan"}, {"name": "identities[0].connection"}]),
        ),
    ] {
        let mut params = json!({"format": format});
        if !fields.is_null() {
            params["fields"] = fields;
        }
        let job = db::JobRow {
            id: a0_emulator::random_id("job_", 16),
            kind: "users_export".into(),
            status: "pending".into(),
            created_at: a0_emulator::now_iso(),
            created_unix: chrono::Utc::now().timestamp(),
            params: params.to_string(),
            ..db::JobRow::default()
        };
        store.job_insert(&job).unwrap();
        let t = Instant::now();
        worker::run_all(&store).unwrap();
        let secs = t.elapsed().as_secs_f64();
        let row = store.job(&job.id).unwrap().unwrap();
        assert_eq!(row.status, "completed");
        assert_eq!(row.processed, n as i64);
        let size = std::fs::metadata(row.file_path.unwrap()).unwrap().len();
        eprintln!(
            "export {format}: {n} users in {secs:.2} s ({:.0} users/s), gzip file {:.1} MB",
            n as f64 / secs,
            size as f64 / 1e6
        );
    }
}

//! Jobs survive the emulator being stopped mid-way: at the library level, an import is driven user by user with
//! `worker::step`, the store is closed and reopened from its file, and the job resumes at the next user, never
//! losing one or applying one twice. An export caught mid-way starts again and completes.

mod common;

use a0_emulator::Store;
use a0_emulator::jobs::{submit, worker};
use a0_emulator::store::OpenOptions;
use a0_emulator::store::jobs as db;
use serde_json::{Value, json};

fn open(path: &std::path::Path) -> Store {
    Store::open(
        path,
        &OpenOptions {
            signing_key_pem: Some(common::shared_signing_key()),
            ..OpenOptions::default()
        },
    )
    .unwrap()
}

fn users_count(store: &Store) -> i64 {
    store.users_count().unwrap() as i64
}

fn job(store: &Store, id: &str) -> db::JobRow {
    store.job(id).unwrap().unwrap()
}

#[test]
fn an_import_resumes_after_the_store_is_closed_and_reopened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tenant.sqlite");
    let users: Vec<Value> = (0..10)
        .map(|i| {
            if i == 4 {
                json!({"name": "invalid: no email"})
            } else {
                json!({"email": format!("user{i}@example.com"), "user_id": format!("id{i}")})
            }
        })
        .collect();

    let id = {
        let store = open(&path);
        let conn = store
            .connection_by_name("Username-Password-Authentication")
            .unwrap()
            .unwrap();
        let j = submit::import(&store, &conn, &users, &submit::ImportOptions::default())
            .unwrap()
            .unwrap();
        assert_eq!(job(&store, &j.id).status, "pending");
        for n in 1..=6 {
            assert!(worker::step(&store, worker::WorkerOptions::default()).unwrap());
            let row = job(&store, &j.id);
            assert_eq!(row.status, "processing");
            assert_eq!(row.processed, n);
            // Every processed user is either stored or counted as failed: never half a user.
            assert_eq!(users_count(&store), row.inserted);
            assert_eq!(row.inserted + row.failed, n);
        }
        store.close().unwrap();
        j.id
    };

    let store = open(&path);
    let row = job(&store, &id);
    assert_eq!((row.status.as_str(), row.processed), ("processing", 6));
    assert_eq!(users_count(&store), 5);
    worker::run_all(&store).unwrap();
    let row = job(&store, &id);
    assert_eq!(row.status, "completed");
    assert_eq!(
        (row.total, row.inserted, row.updated, row.failed),
        (10, 9, 0, 1)
    );
    assert_eq!(users_count(&store), 9);
    for i in (0..10).filter(|i| *i != 4) {
        assert!(
            store.user(&format!("auth0|id{i}")).unwrap().is_some(),
            "user {i}"
        );
    }
    let errors = store.job_errors(&id).unwrap();
    assert_eq!(errors.len(), 1);
    assert!(errors[0].1.contains("OBJECT_REQUIRED"));
    // The stored users of a finished import are dropped (they may hold password hashes).
    let left: i64 = store
        .with(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM job_import_users WHERE job_id = ?1",
                [&id],
                |r| r.get(0),
            )?)
        })
        .unwrap();
    assert_eq!(left, 0);
}

#[test]
fn an_export_interrupted_mid_way_starts_again_and_completes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tenant.sqlite");
    let store = open(&path);
    let seed: Vec<Value> = (0..2500)
        .map(|i| json!({"email": format!("e{i:04}@example.com")}))
        .collect();
    a0_emulator::jobs::seed::seed_users(&store, &seed).unwrap();
    let j = db::JobRow {
        id: "job_recoverexport01".into(),
        kind: "users_export".into(),
        status: "processing".into(),
        created_at: a0_emulator::now_iso(),
        created_unix: chrono::Utc::now().timestamp(),
        params: json!({"format": "csv", "fields": [{"name": "email"}]}).to_string(),
        processed: 1000,
        total: 2500,
        ..db::JobRow::default()
    };
    store.job_insert(&j).unwrap();
    store.close().unwrap();
    drop(store);

    let store = open(&path);
    worker::run_all(&store).unwrap();
    let row = job(&store, &j.id);
    assert_eq!(row.status, "completed");
    assert_eq!((row.processed, row.total), (2500, 2500));
    let file = row.file_path.unwrap();
    assert!(
        file.starts_with(&format!("{}", path.display())),
        "export files live beside the data file: {file}"
    );
    let mut text = String::new();
    use std::io::Read;
    flate2::read::GzDecoder::new(std::fs::File::open(&file).unwrap())
        .read_to_string(&mut text)
        .unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2501);
    assert_eq!(lines[0], "email");
    let mut emails: Vec<&str> = lines[1..].to_vec();
    emails.sort();
    emails.dedup();
    assert_eq!(emails.len(), 2500, "every user exactly once");
}

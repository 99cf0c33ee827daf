//! `a0 jobs import` against the emulator: summaries, splitting, per-user errors, upsert, `--no-wait`,
//! `--errors-file`, exit 6, and `a0 jobs get|wait|errors`.

mod common;

use std::path::PathBuf;

use common::{TestEnv, stderr, stdout};
use serde_json::{Value, json};

const DB: &str = "Username-Password-Authentication";

fn file(env: &TestEnv, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let p = env.dir().join(name);
    std::fs::write(&p, contents).unwrap();
    p
}

fn array_file(env: &TestEnv, name: &str, users: &[Value]) -> PathBuf {
    file(env, name, serde_json::to_vec_pretty(users).unwrap())
}

/// A Management API GET with the admin client's token, straight to the emulator.
fn admin_get(env: &TestEnv, path: &str) -> Value {
    let base = env.base.clone();
    env.block_on(async move {
        let http = http_client();
        let tok: Value = http
            .post(format!("{base}/oauth/token"))
            .json(&json!({"grant_type": "client_credentials", "client_id": common::ADMIN_ID,
                          "client_secret": common::ADMIN_SECRET, "audience": format!("{base}/api/v2/")}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let resp = http
            .get(format!("{base}/api/v2/{path}"))
            .bearer_auth(tok["access_token"].as_str().unwrap())
            .send()
            .await
            .unwrap();
        assert!(resp.status().is_success(), "GET {path}: {}", resp.status());
        resp.json().await.unwrap()
    })
}

fn user_by_email(env: &TestEnv, email: &str) -> Value {
    let found = admin_get(env, &format!("users-by-email?email={email}"));
    assert_eq!(found.as_array().map(Vec::len), Some(1), "{email}: {found}");
    found[0].clone()
}

fn user_total(env: &TestEnv) -> u64 {
    let page = admin_get(env, "users?include_totals=true&per_page=1&page=0");
    page["total"].as_u64().unwrap()
}

fn users(n: usize, pad: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            json!({"email": format!("user{i:05}@example.com"), "email_verified": i.is_multiple_of(2),
                   "name": format!("User {i} {}", "n".repeat(pad)), "user_metadata": {"n": i}})
        })
        .collect()
}

#[test]
fn import_of_valid_users_inserts_them_all_and_prints_a_summary() {
    let env = TestEnv::new();
    let path = array_file(&env, "users.json", &users(20, 0));
    let out = env
        .a0()
        .args(["jobs", "import"])
        .arg(&path)
        .args(["--connection", DB])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("done: inserted 20, updated 0, failed 0 (total 20) in 1 job"),
        "{}",
        stderr(&out)
    );
    assert_eq!(stdout(&out), "");
    assert_eq!(user_total(&env), 20);
    let u = user_by_email(&env, "user00007@example.com");
    assert_eq!(u["user_metadata"], json!({"n": 7}));
    assert_eq!(u["email_verified"], json!(false));
}

#[test]
fn a_3_mb_file_is_split_into_chunks_the_server_accepts() {
    let env = TestEnv::new();
    let all = users(6000, 480);
    let path = file(
        &env,
        "big.ndjson",
        all.iter()
            .map(Value::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
    );
    assert!(std::fs::metadata(&path).unwrap().len() > 3_000_000);
    let out = env
        .a0()
        .args(["jobs", "import"])
        .arg(&path)
        .args(["--connection", DB])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("inserted 6,000, updated 0, failed 0 (total 6,000)"),
        "{err}"
    );
    // Off a terminal: one line per job.
    assert!(err.matches(": completed; inserted ").count() >= 7, "{err}");
    assert_eq!(user_total(&env), 6000);
}

/// The `params` the emulator stored for each import job, oldest first.
fn import_params(env: &TestEnv) -> Vec<Value> {
    env.store()
        .with(|c| {
            let mut st =
                c.prepare("SELECT params FROM jobs WHERE type = 'users_import' ORDER BY seq")?;
            let rows = st
                .query_map([], |r| r.get::<_, String>(0))?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .unwrap()
        .iter()
        .map(|p| serde_json::from_str(p).unwrap())
        .collect()
}

#[test]
fn completion_emails_are_off_unless_asked_for() {
    let env = TestEnv::new();
    let a = array_file(&env, "a.json", &users(1, 0));
    env.a0()
        .args(["jobs", "import"])
        .arg(&a)
        .args(["--connection", DB])
        .assert()
        .success();
    let b = array_file(&env, "b.json", &[json!({"email": "other@example.com"})]);
    env.a0()
        .args(["jobs", "import"])
        .arg(&b)
        .args([
            "--connection",
            DB,
            "--send-completion-email",
            "--external-id",
            "batch-7",
        ])
        .assert()
        .success();
    let params = import_params(&env);
    assert_eq!(params.len(), 2);
    assert_eq!(
        params[0]["send_completion_email"],
        json!(false),
        "{params:?}"
    );
    assert_eq!(
        params[1]["send_completion_email"],
        json!(true),
        "{params:?}"
    );
    assert_eq!(params[1]["external_id"], json!("batch-7"), "{params:?}");
}

/// Pauses or resumes the emulator's job worker (paused, jobs stay `pending`).
fn pause_worker(env: &TestEnv, paused: bool) {
    env.store()
        .with(|c| a0_emulator::store::jobs::set_paused(c, paused))
        .unwrap();
}

/// Polls `done` every 20 ms until it holds; fails when `child` exits first or after 60 s.
fn wait_until(what: &str, child: &mut std::process::Child, mut done: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !done() {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("a0 exited ({status}) before {what}");
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("timed out waiting until {what}");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
fn at_most_two_import_jobs_run_at_once_as_seen_by_the_server() {
    let env = TestEnv::new();
    let all = users(6000, 480);
    let path = file(
        &env,
        "big.ndjson",
        all.iter()
            .map(Value::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
    );
    // Each time an import job is created, the emulator's database itself records how many imports are then
    // open (pending or processing). Creation is the only way that number grows, so the largest record is the
    // most that were ever open together: nothing is sampled, so nothing can be missed.
    env.store()
        .with(|c| {
            c.execute_batch(
                "CREATE TEMP TABLE open_imports (n INTEGER NOT NULL);
                 CREATE TEMP TRIGGER count_open_imports AFTER INSERT ON jobs
                 WHEN NEW.type = 'users_import' BEGIN
                     INSERT INTO open_imports (n) SELECT COUNT(*) FROM jobs
                     WHERE type = 'users_import' AND status IN ('pending', 'processing');
                 END;",
            )?;
            Ok(())
        })
        .unwrap();
    let open_imports = || -> Vec<i64> {
        env.store()
            .with(|c| {
                let mut st = c.prepare("SELECT n FROM open_imports ORDER BY rowid")?;
                let rows = st
                    .query_map([], |r| r.get(0))?
                    .collect::<Result<Vec<i64>, _>>()?;
                Ok(rows)
            })
            .unwrap()
    };
    // With the worker paused no job can finish, so a0 must have two open at once before any progress is made.
    pause_worker(&env, true);
    let log = env.dir().join("stderr.log");
    let mut child = env
        .std_a0()
        .args(["-v", "jobs", "import"])
        .arg(&path)
        .args(["--connection", DB])
        .stdout(std::process::Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    wait_until("two imports are open", &mut child, || {
        open_imports().len() >= 2
    });
    pause_worker(&env, false);
    let status = child.wait().unwrap();
    let err = std::fs::read_to_string(&log).unwrap();
    assert!(status.success(), "{err}");
    // The server never had to refuse a third import …
    assert!(!err.contains("< 429"), "{err}");
    assert_eq!(err.matches("users-imports (multipart").count(), 7, "{err}");
    // … two did run side by side, and never more.
    let open = open_imports();
    assert_eq!(open.len(), 7, "{open:?}");
    assert_eq!(open[..2], [1, 2], "{open:?}");
    assert_eq!(open.iter().max(), Some(&2), "{open:?}");
    assert_eq!(user_total(&env), 6000);
}

#[test]
fn duplicates_in_a_file_fail_individually_and_exit_6_with_the_errors_on_stdout() {
    let env = TestEnv::new();
    let mut list = users(3, 0);
    list.push(list[1].clone());
    let path = array_file(&env, "dups.json", &list);
    let out = env
        .a0()
        .args(["jobs", "import"])
        .arg(&path)
        .args(["--connection", DB, "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("inserted 3, updated 0, failed 1 (total 4)"),
        "{}",
        stderr(&out)
    );
    let errors = common::json(&out);
    let errors = errors.as_array().unwrap();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0]["job_id"].as_str().unwrap().starts_with("job_"));
    assert_eq!(errors[0]["user"]["email"], "user00001@example.com");
    assert!(!errors[0]["errors"][0]["code"].as_str().unwrap().is_empty());
    assert_eq!(user_total(&env), 3);
}

#[test]
fn existing_users_fail_without_upsert_and_are_replaced_with_it() {
    let env = TestEnv::new();
    let first = vec![
        json!({"email": "ann@example.com", "name": "Ann", "user_metadata": {"plan": "free", "x": 1}}),
    ];
    let second = vec![
        json!({"email": "ann@example.com", "name": "Ann B", "user_metadata": {"plan": "pro"}}),
    ];
    let a = array_file(&env, "a.json", &first);
    let b = array_file(&env, "b.json", &second);
    env.a0()
        .args(["jobs", "import"])
        .arg(&a)
        .args(["--connection", DB])
        .assert()
        .success();

    let out = env
        .a0()
        .args(["jobs", "import"])
        .arg(&b)
        .args(["--connection", DB, "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    let errors = common::json(&out);
    assert_eq!(
        errors[0]["errors"][0]["code"], "DUPLICATED_USER",
        "{errors}"
    );
    assert_eq!(user_by_email(&env, "ann@example.com")["name"], "Ann");

    let out = env
        .a0()
        .args(["jobs", "import"])
        .arg(&b)
        .args(["--connection", DB, "--upsert"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("inserted 0, updated 1, failed 0 (total 1)"),
        "{}",
        stderr(&out)
    );
    let ann = user_by_email(&env, "ann@example.com");
    assert_eq!(ann["name"], "Ann B");
    // Upsert replaces metadata, it does not merge.
    assert_eq!(ann["user_metadata"], json!({"plan": "pro"}));
}

#[test]
fn errors_file_receives_the_per_user_errors_and_stdout_stays_empty() {
    let env = TestEnv::new();
    let mut list = users(2, 0);
    list.push(list[0].clone());
    let path = array_file(&env, "dups.json", &list);
    let errors_path = env.dir().join("failed.json");
    let out = env
        .a0()
        .args(["jobs", "import"])
        .arg(&path)
        .args(["--connection", DB, "--errors-file"])
        .arg(&errors_path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    let written: Value = serde_json::from_slice(&std::fs::read(&errors_path).unwrap()).unwrap();
    assert_eq!(written.as_array().unwrap().len(), 1);
    assert_eq!(written[0]["user"]["email"], "user00000@example.com");
}

#[test]
fn no_wait_prints_the_job_ids_and_jobs_wait_get_and_errors_follow_them_up() {
    let env = TestEnv::new();
    let mut list = users(3, 0);
    list.push(list[2].clone());
    let path = array_file(&env, "dups.json", &list);
    let out = env
        .a0()
        .args(["jobs", "import"])
        .arg(&path)
        .args(["--connection", DB, "--no-wait"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let ids: Vec<&str> = text.lines().collect();
    assert_eq!(ids.len(), 1, "{text}");
    let id = ids[0];
    assert!(id.starts_with("job_") && id.len() == 20, "{id}");

    let out = env
        .a0()
        .args(["jobs", "wait", id, "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    let job = common::json(&out);
    assert_eq!(job["status"], "completed");
    assert_eq!(
        job["summary"],
        json!({"failed": 1, "updated": 0, "inserted": 3, "total": 4})
    );

    let out = env
        .a0()
        .args(["jobs", "get", id, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(common::json(&out)["id"], id);

    let out = env
        .a0()
        .args(["jobs", "errors", id, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let errors = common::json(&out);
    assert_eq!(
        errors[0]["user"]["email"], "user00002@example.com",
        "{errors}"
    );

    env.a0()
        .args(["jobs", "get", "job_0000000000000000"])
        .assert()
        .code(3);
}

#[test]
fn stdin_can_be_imported() {
    let env = TestEnv::new();
    let nd: String = users(5, 0).iter().map(|u| format!("{u}\n")).collect();
    let out = env
        .a0()
        .args(["jobs", "import", "-", "--connection", DB])
        .write_stdin(nd)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(user_total(&env), 5);
}

/// A plain reqwest client (the crate is built without a default rustls provider).
fn http_client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

#[test]
fn ctrl_c_during_an_import_names_every_submitted_job_and_how_to_follow_it() {
    let env = TestEnv::new();
    let all = users(6000, 480);
    let path = file(
        &env,
        "big.ndjson",
        all.iter()
            .map(Value::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
    );
    // Paused, no job finishes: a0 submits two and waits for them.
    pause_worker(&env, true);
    let log = env.dir().join("stderr.log");
    let mut child = env
        .std_a0()
        .args(["jobs", "import"])
        .arg(&path)
        .args(["--connection", DB])
        .stdout(std::process::Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let pending = || -> Vec<String> {
        env.store()
            .with(|c| {
                let mut st =
                    c.prepare("SELECT id FROM jobs WHERE status = 'pending' ORDER BY rowid")?;
                let rows = st
                    .query_map([], |r| r.get(0))?
                    .collect::<Result<Vec<String>, _>>()?;
                Ok(rows)
            })
            .unwrap()
    };
    wait_until("two jobs are submitted", &mut child, || {
        pending().len() >= 2
    });
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let status = child.wait().unwrap();
    let err = std::fs::read_to_string(&log).unwrap();
    assert_eq!(status.code(), Some(130), "{err}");
    let ids = pending();
    assert_eq!(ids.len(), 2, "no third job was submitted after Ctrl-C");
    for id in &ids {
        assert!(
            err.contains(&format!("  {id}  pending")),
            "{id} not named:\n{err}"
        );
    }
    assert!(
        err.contains(&format!("a0 jobs wait {}", ids.join(" "))),
        "{err}"
    );
    pause_worker(&env, false);
}

//! The built-in `local` tenant: with nothing configured (or `--tenant local`) a0 serves the emulator's data
//! file in-process, says so once on stderr, and what is created there persists across commands.

mod common;

use common::{Login, TestEnv, json, stderr, stdout};

const NOTICE: &str = "using the built-in local tenant (a0 login to manage a real one)";

#[test]
fn with_no_tenant_configured_commands_use_the_local_tenant_and_say_so_once() {
    let env = TestEnv::builder().login(Login::None).start();
    let out = env
        .bare_a0()
        .args(["token", "--decode", "--json"])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert_eq!(err.matches(NOTICE).count(), 1, "{err}");
    let claims = json(&out);
    let aud = claims["audience"][0].as_str().unwrap();
    assert!(
        aud.starts_with("http://127.0.0.1:") && aud.ends_with("/api/v2/"),
        "{aud}"
    );
    assert!(
        env.dir().join("data/local.sqlite").exists(),
        "the data file lives in A0_DATA_DIR"
    );
    assert_eq!(
        env.token_requests(),
        0,
        "the test emulator was not involved"
    );
}

#[test]
fn tenant_flag_local_uses_it_even_when_a_tenant_is_stored() {
    let env = TestEnv::new();
    let out = env
        .a0()
        .args(["--tenant", "local", "token", "--decode", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains(NOTICE));
    assert_ne!(json(&out)["audience"][0], format!("{}/api/v2/", env.base));
}

#[test]
fn a_stored_tenant_is_used_silently() {
    let env = TestEnv::new();
    let out = env.a0().arg("token").output().unwrap();
    assert!(out.status.success());
    assert!(!stderr(&out).contains(NOTICE));
}

#[test]
fn users_created_on_the_local_tenant_persist_across_commands() {
    let env = TestEnv::builder().login(Login::None).start();
    let out = env
        .bare_a0()
        .args([
            "users",
            "create",
            "--connection",
            "Username-Password-Authentication",
        ])
        .args([
            "--email",
            "persist@example.com",
            "--password-stdin",
            "--json",
        ])
        .write_stdin("correct horse battery staple\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = env
        .bare_a0()
        .args(["users", "list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("persist@example.com"),
        "{}",
        stdout(&out)
    );
}

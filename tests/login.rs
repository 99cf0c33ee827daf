//! `a0 login` and `a0 logout` against an in-process emulator: credentials are checked before anything is
//! saved, profiles and secrets land in 0600 files, bad input exits 2 without a request.

mod common;

use common::{ADMIN_ID, ADMIN_SECRET, Login, TestEnv, stderr, stdout};
use predicates::prelude::*;

fn fresh() -> TestEnv {
    TestEnv::builder().login(Login::None).start()
}

fn login(env: &TestEnv, secret: &str, extra: &[&str]) -> std::process::Output {
    env.bare_a0()
        .args([
            "login",
            "--no-input",
            "--domain",
            &env.base,
            "--client-id",
            ADMIN_ID,
        ])
        .arg("--client-secret-stdin")
        .args(extra)
        .write_stdin(format!("{secret}\n"))
        .output()
        .unwrap()
}

fn read(env: &TestEnv, file: &str) -> Option<String> {
    std::fs::read_to_string(env.config_dir().join(file)).ok()
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn login_fetches_a_token_shows_scopes_and_saves_a_private_profile_without_the_secret() {
    let env = fresh();
    let out = login(&env, ADMIN_SECRET, &["--name", "dev"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert_eq!(env.token_requests(), 1);
    assert!(err.contains("Logged in to dev"), "{err}");
    assert!(err.contains("dev is now the default tenant"), "{err}");
    assert!(err.contains("  read:users\n"), "{err}");
    assert!(err.contains("  create:users\n"), "{err}");
    assert!(stdout(&out).is_empty(), "login writes no data to stdout");
    assert!(!err.contains(ADMIN_SECRET));

    let config = read(&env, "config.toml").expect("config.toml written");
    assert!(config.contains("default = \"dev\""), "{config}");
    assert!(
        config.contains(&format!("client_id = \"{ADMIN_ID}\"")),
        "{config}"
    );
    assert!(
        config.contains(&format!("domain = \"{}/\"", env.base)),
        "{config}"
    );
    assert!(config.contains("credential_store = \"file\""), "{config}");
    assert!(
        !config.contains(ADMIN_SECRET),
        "the secret stays out of config.toml"
    );
    let creds = read(&env, "credentials.toml").expect("credentials.toml written");
    assert!(creds.contains(ADMIN_SECRET));
    #[cfg(unix)]
    {
        assert_eq!(mode(&env.config_dir().join("config.toml")), 0o600);
        assert_eq!(mode(&env.config_dir().join("credentials.toml")), 0o600);
        assert_eq!(mode(&env.config_dir().join("tokens.toml")), 0o600);
        assert_eq!(mode(&env.config_dir()), 0o700);
    }
}

#[test]
fn login_name_defaults_to_the_domain() {
    let env = fresh();
    assert!(login(&env, ADMIN_SECRET, &[]).status.success());
    let host = env.base.trim_start_matches("http://");
    env.bare_a0()
        .args(["tenants", "current"])
        .assert()
        .success()
        .stdout(format!("{host}\n"));
}

#[test]
fn login_with_a_wrong_secret_exits_4_and_saves_nothing() {
    let env = fresh();
    let out = login(&env, "not-the-secret", &[]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(stderr(&out).contains("client"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("not-the-secret"));
    assert_eq!(read(&env, "config.toml"), None);
    assert_eq!(read(&env, "credentials.toml"), None);
    assert_eq!(read(&env, "tokens.toml"), None);
}

#[test]
fn client_secret_stdin_with_empty_stdin_exits_2_and_sends_nothing() {
    let env = fresh();
    env.bare_a0()
        .args([
            "login",
            "--no-input",
            "--domain",
            &env.base,
            "--client-id",
            ADMIN_ID,
        ])
        .arg("--client-secret-stdin")
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("client secret is empty"));
    assert_eq!(env.token_requests(), 0);
    assert_eq!(read(&env, "config.toml"), None);
}

#[test]
fn client_secret_flag_works_but_warns_about_shell_history() {
    let env = fresh();
    let out = env
        .bare_a0()
        .args([
            "login",
            "--no-input",
            "--domain",
            &env.base,
            "--client-id",
            ADMIN_ID,
        ])
        .args(["--client-secret", ADMIN_SECRET])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("warning: --client-secret puts the secret in your shell history")
    );
    assert!(!stderr(&out).contains(ADMIN_SECRET));
}

#[test]
fn http_domain_that_is_not_loopback_exits_2_and_sends_nothing() {
    let env = fresh();
    env.bare_a0()
        .args([
            "login",
            "--no-input",
            "--domain",
            "http://example.com",
            "--client-id",
            ADMIN_ID,
        ])
        .arg("--client-secret-stdin")
        .write_stdin("whatever\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("only allowed for loopback"));
    assert_eq!(read(&env, "config.toml"), None);
}

#[test]
fn missing_client_id_without_a_terminal_exits_2() {
    let env = fresh();
    env.bare_a0()
        .args(["login", "--domain", &env.base, "--client-secret-stdin"])
        .write_stdin("s\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--client-id is required"));
    assert_eq!(env.token_requests(), 0);
}

#[test]
fn reserved_tenant_names_are_refused() {
    let env = fresh();
    for name in ["local", "env"] {
        let out = login(&env, ADMIN_SECRET, &["--name", name]);
        assert_eq!(out.status.code(), Some(2), "{name}");
    }
    assert_eq!(env.token_requests(), 0);
}

#[test]
fn first_tenant_becomes_default_and_a_second_one_does_not() {
    let env = fresh();
    assert!(
        login(&env, ADMIN_SECRET, &["--name", "one"])
            .status
            .success()
    );
    let out = login(&env, ADMIN_SECRET, &["--name", "two"]);
    assert!(out.status.success());
    assert!(!stderr(&out).contains("default"), "{}", stderr(&out));
    env.bare_a0()
        .args(["tenants", "current"])
        .assert()
        .stdout("one\n");
}

#[test]
fn logout_removes_the_profile_the_secret_and_the_cached_token() {
    let env = fresh();
    assert!(
        login(&env, ADMIN_SECRET, &["--name", "dev"])
            .status
            .success()
    );
    assert!(read(&env, "tokens.toml").is_some_and(|t| t.contains("[tenants.dev]")));
    env.bare_a0()
        .args(["logout", "dev"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Logged out of dev"));
    let config = read(&env, "config.toml").unwrap_or_default();
    assert!(!config.contains("dev"), "{config}");
    assert_eq!(read(&env, "credentials.toml"), None);
    assert_eq!(read(&env, "tokens.toml"), None);
}

#[test]
fn logout_without_a_name_forgets_the_current_tenant() {
    let env = fresh();
    assert!(
        login(&env, ADMIN_SECRET, &["--name", "dev"])
            .status
            .success()
    );
    env.bare_a0().arg("logout").assert().success();
    assert!(
        !read(&env, "config.toml")
            .unwrap_or_default()
            .contains("[tenants.dev]")
    );
}

#[test]
fn logout_of_an_unknown_tenant_exits_2_and_lists_known_ones() {
    let env = fresh();
    assert!(
        login(&env, ADMIN_SECRET, &["--name", "dev"])
            .status
            .success()
    );
    env.bare_a0()
        .args(["logout", "nope"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("unknown tenant `nope`").and(predicate::str::contains("dev")),
        );
}

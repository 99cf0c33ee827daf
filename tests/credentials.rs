//! Where secrets go: the file store only when asked for (with a warning), never a silent fallback when the
//! OS keyring is missing, and logout working without a keyring. The keyring is made unreachable by pointing
//! D-Bus at a socket that does not exist, so no test ever touches a real keyring.

mod common;

use common::{ADMIN_ID, ADMIN_SECRET, Login, TestEnv, stderr};
use predicates::prelude::*;

fn fresh() -> TestEnv {
    TestEnv::builder().login(Login::None).start()
}

fn login_cmd(env: &TestEnv) -> assert_cmd::Command {
    let mut cmd = env.bare_a0();
    cmd.args([
        "login",
        "--no-input",
        "--domain",
        &env.base,
        "--client-id",
        ADMIN_ID,
    ])
    .args(["--client-secret-stdin", "--name", "dev"])
    .write_stdin(format!("{ADMIN_SECRET}\n"));
    cmd
}

/// `a0` whose keyring cannot be reached (and is asked for: no A0_CREDENTIAL_STORE=file).
fn without_keyring(cmd: &mut assert_cmd::Command, env: &TestEnv) {
    cmd.env_remove("A0_CREDENTIAL_STORE").env(
        "DBUS_SESSION_BUS_ADDRESS",
        format!("unix:path={}", env.dir().join("no-such-bus").display()),
    );
}

#[test]
fn file_store_warns_and_keeps_the_secret_in_a_private_credentials_file() {
    let env = fresh();
    let out = login_cmd(&env).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("warning: the client secret is stored unencrypted in"),
        "{}",
        stderr(&out)
    );
    let creds = std::fs::read_to_string(env.config_dir().join("credentials.toml")).unwrap();
    assert!(
        creds.contains("[tenants.dev]") && creds.contains(ADMIN_SECRET),
        "{creds}"
    );
}

#[test]
fn insecure_storage_flag_picks_the_file_store_too() {
    let env = fresh();
    let mut cmd = login_cmd(&env);
    without_keyring(&mut cmd, &env);
    cmd.arg("--insecure-storage")
        .assert()
        .success()
        .stderr(predicate::str::contains("stored unencrypted"));
    let config = std::fs::read_to_string(env.config_dir().join("config.toml")).unwrap();
    assert!(config.contains("credential_store = \"file\""), "{config}");
}

#[cfg(target_os = "linux")]
#[test]
fn login_without_a_keyring_stops_saying_how_to_proceed_and_saves_nothing() {
    let env = fresh();
    let mut cmd = login_cmd(&env);
    without_keyring(&mut cmd, &env);
    let out = cmd.output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("the OS keyring is not available"), "{err}");
    assert!(err.contains("--insecure-storage"), "{err}");
    assert!(err.contains("A0_CREDENTIAL_STORE=file"), "{err}");
    assert!(!err.contains(ADMIN_SECRET));
    assert_eq!(
        env.token_requests(),
        0,
        "nothing sent before the store is known to work"
    );
    assert!(!env.config_dir().join("config.toml").exists());
    assert!(!env.config_dir().join("credentials.toml").exists());
}

#[test]
fn logout_of_a_keyring_tenant_works_without_a_keyring() {
    let env = fresh();
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(
        env.config_dir().join("config.toml"),
        format!(
            "default = \"dev\"\n[tenants.dev]\ndomain = \"{}/\"\nclient_id = \"{ADMIN_ID}\"\ncredential_store = \"keyring\"\n",
            env.base
        ),
    )
    .unwrap();
    let mut cmd = env.bare_a0();
    without_keyring(&mut cmd, &env);
    cmd.args(["logout", "dev"]).assert().success().stderr(
        predicate::str::contains("Logged out of dev")
            .and(predicate::str::contains("warning: could not remove")),
    );
    let config = std::fs::read_to_string(env.config_dir().join("config.toml")).unwrap();
    assert!(!config.contains("[tenants.dev]"), "{config}");
}

#[test]
fn a_missing_stored_secret_exits_4_naming_the_fix() {
    let env = fresh();
    login_cmd(&env).assert().success();
    std::fs::remove_file(env.config_dir().join("credentials.toml")).unwrap();
    std::fs::remove_file(env.config_dir().join("tokens.toml")).unwrap();
    env.bare_a0()
        .arg("token")
        .assert()
        .code(4)
        .stderr(predicate::str::contains("a0 login --name dev"));
}

#[test]
fn an_unknown_credential_store_setting_exits_2() {
    let env = fresh();
    login_cmd(&env)
        .env("A0_CREDENTIAL_STORE", "vault")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("A0_CREDENTIAL_STORE=vault"));
    assert_eq!(env.token_requests(), 0);
}

#[test]
fn verbose_output_never_shows_the_secret_or_the_token() {
    let env = fresh();
    let out = login_cmd(&env).arg("-v").output().unwrap();
    assert!(out.status.success());
    assert!(!stderr(&out).contains(ADMIN_SECRET));
    let token = std::fs::read_to_string(env.config_dir().join("tokens.toml")).unwrap();
    let out = env
        .bare_a0()
        .args(["-v", "tenants", "list"])
        .output()
        .unwrap();
    let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
    assert!(!all.contains(ADMIN_SECRET));
    let access = token
        .lines()
        .find(|l| l.starts_with("access_token"))
        .unwrap();
    let value = access.split('"').nth(1).unwrap();
    assert!(!all.contains(value));
}

#[cfg(target_os = "linux")]
#[test]
fn keyring_unavailable_message_matches_its_snapshot() {
    let env = fresh();
    let mut cmd = login_cmd(&env);
    without_keyring(&mut cmd, &env);
    let out = cmd.output().unwrap();
    let text = stderr(&out)
        .replace(&env.config_dir().display().to_string(), "[CONFIG]")
        .replace(&env.dir().display().to_string(), "[TMP]");
    insta::assert_snapshot!("keyring_unavailable", text);
}

/// A headless box at a terminal: no Secret Service, so `a0 login` offers the file store right there.
#[test]
fn on_a_terminal_login_offers_the_file_store_when_the_keyring_is_missing() {
    let env = TestEnv::builder().login(Login::None).start();
    let bus = format!("unix:path={}", env.dir().join("no-such-bus").display());
    let login = |answer: &str| {
        let mut cmd = env.std_a0();
        cmd.env_remove("A0_CREDENTIAL_STORE")
            .env("DBUS_SESSION_BUS_ADDRESS", &bus)
            .args([
                "login",
                "--domain",
                &env.base,
                "--client-id",
                ADMIN_ID,
                "--name",
                "dev",
            ]);
        env.command_in_terminal(
            &cmd,
            &[
                ("Client secret", ADMIN_SECRET),
                ("instead (unencrypted", answer),
            ],
            100,
        )
    };
    let Some(screen) = login("n") else {
        return;
    };
    assert_eq!(screen.code, Some(1), "{}", screen.text);
    assert!(screen.text.contains("nothing was saved"), "{}", screen.text);
    assert!(
        !env.config_dir().join("config.toml").exists()
            || !std::fs::read_to_string(env.config_dir().join("config.toml"))
                .unwrap()
                .contains("dev")
    );

    let screen = login("y").unwrap();
    assert_eq!(screen.code, Some(0), "{}", screen.text);
    assert!(screen.text.contains("Logged in to dev"), "{}", screen.text);
    let creds = std::fs::read_to_string(env.config_dir().join("credentials.toml")).unwrap();
    assert!(
        creds.contains(ADMIN_SECRET),
        "the secret went to the file store"
    );
    assert!(!screen.text.contains(ADMIN_SECRET), "{}", screen.text);
}

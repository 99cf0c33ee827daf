//! The real OS keyring path on Linux: a private D-Bus session (`dbus-run-session`) with gnome-keyring's
//! Secret Service, unlocked with a throwaway password, all inside the test's temp dir. It runs `a0 login`
//! (keyring store, no insecure option), a command that must read the secret back with no cached token,
//! the locked-keyring cases and `a0 logout`, and checks the secret is in the Secret Service and in no file.
//!
//! Needs `dbus-run-session`, `gnome-keyring-daemon` and `secret-tool` (Debian: dbus, gnome-keyring,
//! libsecret-tools; `.ci/run` installs them). Without them the test says SKIPPED on stderr and returns.

mod common;

use std::path::Path;

use common::{ADMIN_ID, ADMIN_SECRET, Login, TestEnv};

const TOOLS: [&str; 4] = [
    "dbus-run-session",
    "dbus-send",
    "gnome-keyring-daemon",
    "secret-tool",
];

fn on_path(tool: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(tool).is_file()))
}

/// Runs the script below inside `dbus-run-session` and returns `key=value` lines it printed, plus stderr.
const SCRIPT: &str = r#"
set -u
# gnome-keyring prints GNOME_KEYRING_CONTROL=…; --unlock creates the login keyring with this password.
keyring_env=$(printf 'keyring-pw' | gnome-keyring-daemon --unlock --components=secrets)
[ -n "$keyring_env" ] && export $keyring_env
step() { echo "$1=$2"; }
a0() { "$A0_BIN" "$@"; }

printf '%s\n' "$T_SECRET" | a0 login --no-input --domain "$T_BASE" --client-id "$T_CLIENT" \
    --client-secret-stdin --name emu 2>"$T_OUT/login.err"
step login $?
step stored "$(secret-tool lookup service a0 username emu)"

# no cached token: the secret must come back from the Secret Service
rm -f "$A0_CONFIG_DIR/tokens.toml"
a0 users list --tenant emu --json >"$T_OUT/list.json" 2>"$T_OUT/list.err"
step list $?

a0 logout emu 2>"$T_OUT/logout.err"
step logout $?
step after_logout "$(secret-tool lookup service a0 username emu)"

# a locked keyring: a cached token still works; without one, one clear message and exit 4
printf '%s\n' "$T_SECRET" | a0 login --no-input --domain "$T_BASE" --client-id "$T_CLIENT" \
    --client-secret-stdin --name emu2 2>/dev/null
step login2 $?
dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
    org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null
step lock $?
a0 users list --tenant emu2 --json >/dev/null 2>"$T_OUT/locked_cached.err"
step locked_cached $?
rm -f "$A0_CONFIG_DIR/tokens.toml"
a0 users list --tenant emu2 --json >/dev/null 2>"$T_OUT/locked.err"
step locked $?
a0 logout emu2 2>"$T_OUT/logout2.err"
step logout2 $?
"#;

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// Every file under `dir` (recursively) whose bytes contain `needle`.
fn files_containing(dir: &Path, needle: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_containing(&path, needle));
        } else if let Ok(bytes) = std::fs::read(&path)
            && bytes.windows(needle.len()).any(|w| w == needle)
        {
            found.push(path.display().to_string());
        }
    }
    found
}

#[test]
fn secret_service_login_read_back_locked_keyring_and_logout() {
    let missing: Vec<&str> = TOOLS.into_iter().filter(|t| !on_path(t)).collect();
    if !missing.is_empty() {
        eprintln!(
            "SKIPPED secret_service_login_read_back_locked_keyring_and_logout: {} not installed \
             (apt-get install dbus gnome-keyring libsecret-tools); the real keyring path was NOT tested",
            missing.join(", ")
        );
        return;
    }
    let env = TestEnv::builder().login(Login::None).start();
    let out_dir = env.dir().join("out");
    let runtime_dir = env.dir().join("xdg-runtime");
    for d in [&out_dir, &runtime_dir, &env.dir().join("home")] {
        std::fs::create_dir_all(d).unwrap();
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&runtime_dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    }
    let out = env
        .hermetic("dbus-run-session")
        .args(["--", "bash", "-c", SCRIPT])
        .env_remove("A0_CREDENTIAL_STORE")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env_remove("RUST_BACKTRACE")
        .env("A0_BIN", env!("CARGO_BIN_EXE_a0"))
        .env("T_BASE", &env.base)
        .env("T_CLIENT", ADMIN_ID)
        .env("T_SECRET", ADMIN_SECRET)
        .env("T_OUT", &out_dir)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let report = format!(
        "stdout:\n{stdout}\nstderr:\n{}\nlogin.err: {}\nlist.err: {}\nlogout.err: {}\nlocked.err: {}",
        String::from_utf8_lossy(&out.stderr),
        read(&out_dir.join("login.err")),
        read(&out_dir.join("list.err")),
        read(&out_dir.join("logout.err")),
        read(&out_dir.join("locked.err")),
    );
    eprintln!(
        "{report}\nlogout2.err: {}",
        read(&out_dir.join("logout2.err"))
    );
    let step = |key: &str| -> String {
        stdout
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{key}=")))
            .unwrap_or_else(|| panic!("the script did not reach `{key}`\n{report}"))
            .to_string()
    };

    // login kept the secret in the Secret Service, and said nothing about files
    assert_eq!(step("login"), "0", "{report}");
    assert_eq!(step("stored"), ADMIN_SECRET, "{report}");
    assert!(
        !read(&out_dir.join("login.err")).contains("unencrypted"),
        "{report}"
    );
    // the secret was read back from it: the list worked with no cached token
    assert_eq!(step("list"), "0", "{report}");
    let listed: serde_json::Value =
        serde_json::from_str(&read(&out_dir.join("list.json"))).unwrap();
    assert!(listed.is_array(), "{listed}");
    // logout removed both the entry and the profile
    assert_eq!(step("logout"), "0", "{report}");
    assert_eq!(step("after_logout"), "", "{report}");
    let config = read(&env.config_dir().join("config.toml"));
    assert!(!config.contains("[tenants.emu]"), "{config}");

    // locked keyring
    assert_eq!(step("login2"), "0", "{report}");
    assert_eq!(step("lock"), "0", "{report}");
    assert_eq!(
        step("locked_cached"),
        "0",
        "a cached token needs no keyring: {}\n{report}",
        read(&out_dir.join("locked_cached.err"))
    );
    assert_eq!(step("locked"), "4", "{report}");
    let locked = read(&out_dir.join("locked.err"));
    assert!(locked.contains("Unlock the keyring"), "{locked}");
    assert!(locked.contains("AUTH0_CLIENT_SECRET"), "{locked}");
    assert_eq!(locked.trim().lines().count(), 2, "{locked}");
    // logout with the keyring locked: the profile goes anyway, and the entry to delete by hand is named
    assert_eq!(step("logout2"), "0", "{report}");
    let logout2 = read(&out_dir.join("logout2.err"));
    assert!(
        logout2.contains("delete the entry `a0`/`emu2`"),
        "{logout2}"
    );
    let config = read(&env.config_dir().join("config.toml"));
    assert!(!config.contains("[tenants.emu2]"), "{config}");

    // no panic anywhere, and the secret never reached a file (the keyring file is encrypted)
    assert!(!report.contains("panicked"), "{report}");
    let leaked = files_containing(env.dir(), ADMIN_SECRET.as_bytes());
    assert!(leaked.is_empty(), "the secret is in {leaked:?}");
}

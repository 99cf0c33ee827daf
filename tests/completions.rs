//! `a0 completions SHELL` prints a script for each shell, and the scripts committed in `completions/` are
//! what the current binary generates (regenerate with `A0_UPDATE_COMPLETIONS=1 cargo test --test completions`).

use std::path::PathBuf;

use assert_cmd::Command;

const SHELLS: &[(&str, &str)] = &[
    ("bash", "a0.bash"),
    ("zsh", "_a0"),
    ("fish", "a0.fish"),
    ("powershell", "_a0.ps1"),
    ("elvish", "a0.elv"),
    ("nushell", "a0.nu"),
];

fn generate(shell: &str) -> String {
    let out = Command::cargo_bin("a0")
        .unwrap()
        .args(["completions", shell])
        .env_remove("A0_OUTPUT")
        .output()
        .unwrap();
    assert!(out.status.success(), "completions {shell} failed");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn each_shell_gets_a_script_that_knows_the_users_commands() {
    for (shell, _) in SHELLS {
        let script = generate(shell);
        assert!(
            script.contains("unblock"),
            "{shell} script lacks `users unblock`"
        );
        assert!(
            script.contains("per-page"),
            "{shell} script lacks `--per-page`"
        );
    }
}

#[test]
fn committed_completion_scripts_are_up_to_date() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("A0_UPDATE_COMPLETIONS").is_some();
    let mut stale = Vec::new();
    for (shell, file) in SHELLS {
        let fresh = generate(shell);
        let path = dir.join(file);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &fresh).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(fresh.as_str()) {
            stale.push(*file);
        }
    }
    assert!(
        stale.is_empty(),
        "completions/{stale:?} are stale: run `A0_UPDATE_COMPLETIONS=1 cargo test --test completions` and commit"
    );
}

#[test]
fn unknown_shell_is_a_usage_error() {
    Command::cargo_bin("a0")
        .unwrap()
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
}

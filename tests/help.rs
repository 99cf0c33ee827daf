//! `--help` of every command is snapshotted (a change in what users read is a reviewed diff), and every
//! command's help carries an example.

use assert_cmd::Command;

/// `a0` with no credentials or config from the developer's machine; help needs neither.
fn a0() -> Command {
    let mut cmd = Command::cargo_bin("a0").unwrap();
    for (key, _) in std::env::vars_os() {
        let k = key.to_string_lossy();
        if k.starts_with("AUTH0_") || k.starts_with("A0_") {
            cmd.env_remove(&key);
        }
    }
    // A fixed width so wrapping is the same everywhere.
    cmd.env("COLUMNS", "100")
        .env("TERM", "dumb")
        .env_remove("NO_COLOR");
    cmd
}

fn help(args: &[&str]) -> String {
    let out = a0().args(args).arg("--help").output().unwrap();
    assert!(out.status.success(), "{args:?} --help failed");
    assert!(out.stderr.is_empty(), "help goes to stdout");
    String::from_utf8(out.stdout).unwrap()
}

const COMMANDS: &[&[&str]] = &[
    &[],
    &["users"],
    &["users", "list"],
    &["users", "get"],
    &["users", "create"],
    &["users", "update"],
    &["users", "delete"],
    &["users", "block"],
    &["users", "unblock"],
    &["completions"],
];

#[test]
fn help_of_each_users_command_matches_its_snapshot() {
    for cmd in COMMANDS {
        let name = if cmd.is_empty() {
            "a0".to_owned()
        } else {
            format!("a0 {}", cmd.join(" "))
        };
        insta::assert_snapshot!(name.replace(' ', "_"), help(cmd));
    }
}

#[test]
fn every_leaf_command_help_has_an_example() {
    for cmd in COMMANDS
        .iter()
        .filter(|c| c.len() >= 2 || c.first() == Some(&"completions"))
    {
        let text = help(cmd);
        assert!(
            text.contains("Examples:\n  a0 "),
            "{cmd:?} has no example:\n{text}"
        );
    }
}

#[test]
fn top_level_help_documents_every_exit_code() {
    let text = help(&[]);
    for code in ["0 ", "1 ", "2 ", "3 ", "4 ", "5 ", "6 ", "130"] {
        assert!(
            text.contains(&format!("\n  {code}")),
            "exit code {code} missing:\n{text}"
        );
    }
}

#[test]
fn update_help_explains_merge_and_null_removal() {
    let text = help(&["users", "update"]);
    assert!(text.contains("one level deep"), "{text}");
    assert!(text.contains("null"), "{text}");
}

#[test]
fn man_writes_pages_for_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    a0().args(["man"]).arg(dir.path()).assert().success();
    assert!(dir.path().join("a0.1").exists());
    assert!(dir.path().join("a0-users.1").exists());
    let page = std::fs::read_to_string(dir.path().join("a0-users-list.1")).unwrap();
    assert!(page.contains("limit"));
}

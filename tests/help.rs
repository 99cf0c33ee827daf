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

/// The visible subcommands listed in the `Commands:` section of a help text (without `help`); empty for a leaf.
fn subcommands(help: &str) -> Vec<String> {
    let Some((_, section)) = help.split_once("\nCommands:\n") else {
        return Vec::new();
    };
    section
        .lines()
        .take_while(|line| !line.trim().is_empty())
        // A command starts at column 2; deeper-indented lines continue a wrapped description.
        .filter(|line| line.starts_with("  ") && !line[2..].starts_with(' '))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_owned)
        .collect()
}

/// Every leaf command reachable from `a0 --help` (`"users list"`, …) with its help text, found by walking the
/// real command tree.
fn leaf_commands() -> Vec<(String, String)> {
    let mut leaves = Vec::new();
    let mut pending: Vec<Vec<String>> = vec![Vec::new()];
    while let Some(path) = pending.pop() {
        let args: Vec<&str> = path.iter().map(String::as_str).collect();
        let text = help(&args);
        let subs = subcommands(&text);
        if subs.is_empty() {
            leaves.push((path.join(" "), text));
        } else {
            for sub in subs {
                let mut child = path.clone();
                child.push(sub);
                pending.push(child);
            }
        }
    }
    leaves.sort();
    leaves
}

#[test]
fn subcommands_reads_the_commands_section_of_a_help_text() {
    let text = "About\n\nUsage: a0 x <COMMAND>\n\nCommands:\n  one    First\n  two    A long description\n         that wraps\n  help   Print this message\n\nOptions:\n  -h, --help\n";
    assert_eq!(subcommands(text), ["one", "two"]);
    assert!(subcommands("Usage: a0 x\n\nOptions:\n  -h, --help\n").is_empty());
}

#[test]
fn every_leaf_command_help_has_an_example() {
    let leaves = leaf_commands();
    // The walk must really have walked: these leaves exist at different depths and branches.
    for known in [
        "login",
        "users list",
        "users block",
        "jobs import",
        "jobs get",
        "emulator serve",
        "completions",
    ] {
        assert!(
            leaves.iter().any(|(name, _)| name == known),
            "the walk missed `a0 {known}`: {:?}",
            leaves.iter().map(|(name, _)| name).collect::<Vec<_>>()
        );
    }
    let missing: Vec<&str> = leaves
        .iter()
        .filter(|(_, text)| !text.contains("Examples:\n  a0 "))
        .map(|(name, _)| name.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "leaf commands without an `Examples:` section that starts with `a0 …`: {missing:?}"
    );
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

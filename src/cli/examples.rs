//! Every example a user can copy must work: each `a0 …` command in the README's shell blocks and in every
//! `--help` "Examples:" section is parsed by a0's real command line (clap: subcommands, flags, values,
//! conflicts), so a renamed flag or a removed command fails here instead of rotting in the docs. What the
//! examples *do* is run by the integration tests of each command.

use clap::{CommandFactory, Parser};

use super::Cli;

/// The shell lines of a text's ```sh / ```bash blocks, continuation lines (`\`) joined.
fn shell_lines(markdown: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_block = false;
    let mut pending = String::new();
    for line in markdown.lines() {
        let t = line.trim_start();
        if t.starts_with("```") {
            in_block = !in_block && (t == "```sh" || t == "```bash" || t == "```shell");
            continue;
        }
        if in_block {
            push_line(&mut out, &mut pending, line);
        }
    }
    out
}

/// The example lines of a help text's "Examples:" section (indented lines until a blank line).
fn help_lines(help: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut pending = String::new();
    let mut in_examples = false;
    for line in help.lines() {
        if line.trim_end() == "Examples:" {
            in_examples = true;
            continue;
        }
        if in_examples {
            if line.trim().is_empty() {
                in_examples = false;
                continue;
            }
            push_line(&mut out, &mut pending, line);
        }
    }
    out
}

fn push_line(out: &mut Vec<String>, pending: &mut String, line: &str) {
    let line = line.trim();
    if let Some(head) = line.strip_suffix('\\') {
        pending.push_str(head);
        pending.push(' ');
    } else {
        pending.push_str(line);
        out.push(std::mem::take(pending));
    }
}

/// `line` without a trailing `# comment` (a `#` after whitespace, outside quotes).
fn strip_comment(line: &str) -> &str {
    let (mut single, mut double) = (false, false);
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match c {
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '#' if !single && !double && prev.is_whitespace() => return &line[..i],
            _ => {}
        }
        prev = c;
    }
    line
}

/// The argument lists of every `a0` command in a shell line: pipelines, `;`, `&&`, `$( … )`, redirections and
/// `VAR=value` prefixes are taken apart; `cargo run [--release] --` counts as `a0`.
fn a0_commands(line: &str) -> Result<Vec<Vec<String>>, String> {
    let mut line = strip_comment(line).to_owned();
    let mut commands = Vec::new();
    // `$(a0 token)`: the inner command, then the rest of the line.
    while let Some(start) = line.find("$(") {
        let Some(len) = line[start..].find(')') else {
            return Err(format!("unclosed $( in `{line}`"));
        };
        let inner = line[start + 2..start + len].to_owned();
        commands.extend(a0_commands(&inner)?);
        line.replace_range(start..start + len + 1, "VALUE");
    }
    let words = shell_words::split(&line).map_err(|e| format!("`{line}`: {e}"))?;
    let mut segment: Vec<String> = Vec::new();
    let mut words = words.into_iter();
    let mut segments = Vec::new();
    while let Some(w) = words.next() {
        match w.as_str() {
            "|" | "||" | "&&" | ";" | "&" => segments.push(std::mem::take(&mut segment)),
            "<" | ">" | ">>" | "2>" | "<<<" | "2>>" => {
                words.next();
            }
            _ if w.starts_with('>') || w.starts_with("2>") || w.starts_with('<') => {}
            _ if w.len() > 1 && w.ends_with(';') => {
                segment.push(w.trim_end_matches(';').to_owned());
                segments.push(std::mem::take(&mut segment));
            }
            _ => segment.push(w),
        }
    }
    segments.push(segment);
    for seg in segments {
        let mut seg: &[String] = &seg;
        while seg.first().is_some_and(|w| {
            w.contains('=')
                && !w.starts_with('-')
                && w.split('=').next().is_some_and(|k| {
                    k.chars()
                        .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
                })
        }) {
            seg = &seg[1..];
        }
        let args = match seg {
            [first, rest @ ..] if first == "a0" => rest.to_vec(),
            [cargo, run, rest @ ..] if cargo == "cargo" && run == "run" => {
                match rest.iter().position(|w| w == "--") {
                    Some(i) => rest[i + 1..].to_vec(),
                    None => continue,
                }
            }
            _ => continue,
        };
        commands.push(args);
    }
    Ok(commands)
}

/// Parses `a0 ARGS` as a0 would; `--help`/`--version` count as fine.
fn parses(args: &[String]) -> Result<(), String> {
    let argv = std::iter::once("a0".to_owned()).chain(args.iter().cloned());
    match Cli::try_parse_from(argv) {
        Ok(_) => Ok(()),
        Err(e)
            if matches!(
                e.kind(),
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion
            ) =>
        {
            Ok(())
        }
        Err(e) => Err(e.to_string().lines().next().unwrap_or_default().to_owned()),
    }
}

fn check_all(source: &str, lines: &[String]) -> (usize, Vec<String>) {
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in lines {
        match a0_commands(line) {
            Ok(commands) => {
                for args in commands {
                    checked += 1;
                    if let Err(e) = parses(&args) {
                        failures.push(format!("{source}: `{line}`: {e}"));
                    }
                }
            }
            Err(e) => failures.push(format!("{source}: {e}")),
        }
    }
    (checked, failures)
}

/// Every subcommand's help text, with its path (`a0 users list`).
fn all_helps(cmd: &mut clap::Command, path: &str, out: &mut Vec<(String, String)>) {
    let help = cmd.render_long_help().to_string();
    out.push((path.to_owned(), help));
    for sub in cmd.get_subcommands_mut() {
        let name = format!("{path} {}", sub.get_name());
        all_helps(sub, &name, out);
    }
}

#[test]
fn every_readme_example_parses() {
    for (name, text) in [
        ("README.md", include_str!("../../README.md")),
        (
            "emulator/README.md",
            include_str!("../../emulator/README.md"),
        ),
        (
            "docs/CREDENTIALS.md",
            include_str!("../../docs/CREDENTIALS.md"),
        ),
    ] {
        let (checked, failures) = check_all(name, &shell_lines(text));
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        if name == "README.md" {
            assert!(
                checked >= 30,
                "only {checked} a0 commands found in the README"
            );
        }
    }
}

#[test]
fn every_help_example_parses() {
    let mut helps = Vec::new();
    all_helps(&mut Cli::command(), "a0", &mut helps);
    let mut total = 0;
    let mut failures = Vec::new();
    for (path, help) in &helps {
        let (checked, f) = check_all(path, &help_lines(help));
        total += checked;
        failures.extend(f);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(total >= 40, "only {total} examples found in the help");
}

#[test]
fn the_checker_takes_shell_lines_apart() {
    assert_eq!(
        a0_commands("A0_OUTPUT=json a0 users list -q 'a b' | jq . > x # note").unwrap(),
        vec![vec!["users", "list", "-q", "a b"]]
    );
    assert_eq!(
        a0_commands("export AUTH0_API_TOKEN=$(a0 token)").unwrap(),
        vec![vec!["token"]]
    );
    assert_eq!(
        a0_commands("cargo run --release -- users create --password-stdin <<< 'pw' && cargo run -- users list").unwrap(),
        vec![vec!["users", "create", "--password-stdin"], vec!["users", "list"]]
    );
    assert!(parses(&["users".into(), "list".into(), "--no-such-flag".into()]).is_err());
}

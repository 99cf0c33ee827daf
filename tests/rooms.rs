//! The rooms of `src/` keep the rules docs/ARCHITECTURE.md gives them: a room imports only the rooms below it
//! (no `auth` → `cli`, no `api` → `output`, …), results reach stdout only through `output`, and `api`,
//! `auth` and `jobs` say things on stderr only through `diag`. A forbidden `crate::ROOM` or print in a
//! room's source (its tests included) fails here with the file and line.

use std::path::{Path, PathBuf};

/// Each room and the rooms it must not import.
const FORBIDDEN: &[(&str, &[&str])] = &[
    ("cli", &["report"]),
    ("api", &["cli", "output", "jobs", "report"]),
    ("auth", &["cli", "api", "output", "jobs", "report"]),
    ("output", &["cli", "api", "auth", "jobs", "report"]),
    ("jobs", &["cli", "api", "auth", "output", "report"]),
    (
        "error",
        &["cli", "api", "auth", "output", "jobs", "report", "diag"],
    ),
    (
        "diag",
        &["cli", "api", "auth", "output", "jobs", "report", "error"],
    ),
];

/// Rooms that must not write to stdout or stderr themselves.
const SILENT: &[&str] = &["api", "auth", "jobs", "error", "bulk", "interrupt", "diag"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/api/client.rs` → `api`; `src/diag.rs` → `diag`.
fn room_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The rooms named as `crate::ROOM` on a line.
fn crate_paths(line: &str) -> Vec<String> {
    line.match_indices("crate::")
        .filter(|(i, _)| {
            // not `a0_crate::` or the like
            !line[..*i]
                .chars()
                .last()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
        .map(|(i, m)| {
            line[i + m.len()..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

#[test]
fn rooms_import_only_what_they_may_and_only_output_and_diag_print() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 20, "found only {} files", files.len());
    let mut broken = Vec::new();
    for file in &files {
        let room = room_of(&src, file);
        let forbidden = FORBIDDEN
            .iter()
            .find(|(r, _)| *r == room)
            .map_or(&[][..], |(_, f)| *f);
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            for target in crate_paths(code) {
                if forbidden.contains(&target.as_str()) {
                    broken.push(format!(
                        "{}:{}: `{room}` must not import `{target}`: {code}",
                        file.display(),
                        n + 1
                    ));
                }
            }
            let prints = [
                "println!",
                "print!(",
                "eprintln!",
                "eprint!(",
                "io::stdout()",
            ];
            if SILENT.contains(&room.as_str()) && prints.iter().any(|p| code.contains(p)) {
                broken.push(format!(
                    "{}:{}: `{room}` must not print (use crate::diag, or return the value): {code}",
                    file.display(),
                    n + 1
                ));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "room rules broken:\n{}",
        broken.join("\n")
    );
}

#[test]
fn the_checker_sees_a_forbidden_import() {
    assert_eq!(crate_paths("use crate::cli::GlobalArgs;"), ["cli"]);
    assert_eq!(
        crate_paths("let x = crate::api::Client::new(crate::auth::x());"),
        ["api", "auth"]
    );
    assert!(crate_paths("use a0_crate::x;").is_empty());
}

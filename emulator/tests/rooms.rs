//! The emulator's room rules, checked on the sources: HTTP handlers reach the database only through the typed
//! methods of `store`, never through rusqlite, SQL text or `Store::with`.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn http_holds_no_sql() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/http");
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    assert!(!files.is_empty());
    let forbidden = [
        "rusqlite",
        ".with(",
        "SELECT ",
        "INSERT ",
        "UPDATE ",
        "DELETE FROM",
        "ORDER BY",
        "WHERE ",
        "crate::store::jobs::{self",
        "store::logins::",
    ];
    for f in files {
        let text = std::fs::read_to_string(&f).expect("read source");
        for word in forbidden {
            assert!(
                !text.contains(word),
                "{} mentions {word:?}; SQL belongs in store/ (or query/compile.rs)",
                f.display()
            );
        }
    }
}

//! The journal of a bulk run, so that an interrupted run (Ctrl-C, a crash, `kill -9`) can be finished with
//! `--resume`: nothing skipped, and nothing redone but what was in flight.
//!
//! One file per command in the state dir (`$XDG_STATE_HOME/a0/bulk/<key>.ndjson`, 0600 in a 0700 folder), named by
//! a hash of what makes the command the same (tenant, verb, selection, change). Its first line is the
//! [`Header`]: the command and every target, enumerated before the first write (so users that stop matching a
//! query do not shift the run). Each later line records one target whose answer has arrived; a line torn by a
//! crash is ignored (that target is done again, which is safe: the writes are idempotent). A finished run's
//! journal is removed.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// The journal format's version.
const VERSION: u32 = 1;

/// What a run is about, written once at its start.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Header {
    pub a0_bulk: u32,
    /// The command as the user would retype it (for messages).
    pub command: String,
    pub tenant: String,
    pub started_at: String,
    pub targets: Vec<Target>,
}

/// One user to change, with its own change when the run has one per user (`update --from`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Value>,
}

/// How one target ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "result", rename_all = "lowercase")]
pub enum Done {
    Ok,
    /// No such user (nothing was sent for it, or the API said 404).
    Missing,
    Failed {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<u16>,
        error: String,
        /// The exit code this failure alone would give.
        exit: u8,
    },
}

#[derive(Debug, Serialize, Deserialize)]
struct Line {
    id: String,
    #[serde(flatten)]
    done: Done,
}

/// The name of a command's journal: a hash of the parts that make two commands the same.
pub fn key(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p.as_bytes());
    }
    let digest = h.finalize();
    digest[..12].iter().map(|b| format!("{b:02x}")).collect()
}

/// An open journal.
#[derive(Debug)]
pub struct Journal {
    path: PathBuf,
    file: File,
    pub header: Header,
    /// Targets whose answer arrived, by id.
    pub done: HashMap<String, Done>,
}

impl Journal {
    /// `dir/<key>.ndjson`.
    pub fn path(dir: &Path, key: &str) -> PathBuf {
        dir.join(format!("{key}.ndjson"))
    }

    /// Reads an existing journal (`None` when there is none).
    pub fn open(path: &Path) -> anyhow::Result<Option<Journal>> {
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
        };
        let mut lines = BufReader::new(file).lines();
        let first = lines
            .next()
            .transpose()
            .with_context(|| format!("cannot read {}", path.display()))?
            .unwrap_or_default();
        let header: Header = serde_json::from_str(&first).with_context(|| {
            format!(
                "{} is not an a0 bulk journal; delete it to start over",
                path.display()
            )
        })?;
        if header.a0_bulk != VERSION {
            anyhow::bail!(
                "{} was written by another version of a0; delete it to start over",
                path.display()
            );
        }
        let mut done = HashMap::new();
        for line in lines {
            let Ok(line) = line else { break };
            // A line torn by a crash ends the readable part; its target is simply done again.
            let Ok(l) = serde_json::from_str::<Line>(&line) else {
                break;
            };
            done.insert(l.id, l.done);
        }
        let file = OpenOptions::new()
            .append(true)
            .open(path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        Ok(Some(Journal {
            path: path.to_owned(),
            file,
            header,
            done,
        }))
    }

    /// Starts a journal: the header is written whole (temp file, fsync, rename) before any target is sent.
    pub fn create(path: &Path, header: Header) -> anyhow::Result<Journal> {
        let dir = path
            .parent()
            .with_context(|| format!("{} has no folder", path.display()))?;
        create_private_dir(dir)?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".a0-bulk-")
            .tempfile_in(dir)
            .with_context(|| format!("cannot create a file in {}", dir.display()))?;
        let mut text = serde_json::to_string(&header)?;
        text.push('\n');
        tmp.write_all(text.as_bytes())
            .and_then(|()| tmp.as_file().sync_all())
            .with_context(|| format!("cannot write {}", path.display()))?;
        tmp.persist(path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        let file = OpenOptions::new()
            .append(true)
            .open(path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        Ok(Journal {
            path: path.to_owned(),
            file,
            header,
            done: HashMap::new(),
        })
    }

    /// Records that `id`'s answer arrived. One `write` per line, so a killed process leaves whole lines (or a
    /// torn last one, which [`Journal::open`] ignores).
    pub fn record(&mut self, id: &str, done: Done) -> anyhow::Result<()> {
        let mut text = serde_json::to_string(&Line {
            id: id.to_owned(),
            done: done.clone(),
        })?;
        text.push('\n');
        self.file
            .write_all(text.as_bytes())
            .with_context(|| format!("cannot write {}", self.path.display()))?;
        self.done.insert(id.to_owned(), done);
        Ok(())
    }

    pub fn file_path(&self) -> &Path {
        &self.path
    }

    /// The run is over: its journal goes.
    pub fn finish(self) -> anyhow::Result<()> {
        drop(self.file);
        match std::fs::remove_file(&self.path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e).with_context(|| format!("cannot remove {}", self.path.display())),
        }
    }
}

fn create_private_dir(dir: &Path) -> anyhow::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
        .with_context(|| format!("cannot create {}", dir.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Header {
        Header {
            a0_bulk: VERSION,
            command: "a0 users block -".into(),
            tenant: "t".into(),
            started_at: "2026-12-04T00:00:00Z".into(),
            targets: vec![
                Target {
                    id: "a".into(),
                    body: None,
                },
                Target {
                    id: "b".into(),
                    body: None,
                },
            ],
        }
    }

    #[test]
    fn a_journal_survives_reopening_and_ignores_a_torn_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = Journal::path(&dir.path().join("bulk"), "k");
        let mut j = Journal::create(&path, header()).unwrap();
        j.record("a", Done::Ok).unwrap();
        drop(j);
        // a crash in the middle of the next line
        let mut f = OpenOptions::new().append(true).open(&path).unwrap();
        f.write_all(b"{\"id\":\"b\",\"res").unwrap();
        let j = Journal::open(&path).unwrap().unwrap();
        assert_eq!(j.header.targets.len(), 2);
        assert_eq!(j.done.len(), 1);
        assert_eq!(j.done.get("a"), Some(&Done::Ok));
        j.finish().unwrap();
        assert!(!path.exists());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("bulk"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o700);
        }
    }

    #[test]
    fn keys_differ_when_any_part_differs() {
        assert_eq!(key(&["a", "b"]), key(&["a", "b"]));
        assert_ne!(key(&["a", "b"]), key(&["ab", ""]));
        assert_ne!(key(&["a", "b"]), key(&["a", "c"]));
    }
}

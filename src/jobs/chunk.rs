//! Splitting a users file into upload chunks: each a valid JSON array of at most [`MAX_CHUNK_BYTES`], made of the
//! users' original bytes. [`prepare`] is the whole local half of `a0 jobs import`: read (streaming), validate every
//! user, and spool the chunks to a temporary file, so memory stays flat and stdin can be imported too.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufWriter, Read, Seek, SeekFrom, Write};

use serde_json::Value;

use super::reader::{RawUser, ReadError, UserReader};
use super::validate::{Problem, Report, thousands};

/// Auth0's limit on an import file: "Payload content length greater than maximum allowed: 512000."
pub const MAX_CHUNK_BYTES: usize = 512_000;

/// One upload: a JSON array of users.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk {
    pub bytes: Vec<u8>,
    pub users: usize,
    /// 1-based index, in the file, of the chunk's first user.
    pub first_index: usize,
}

/// Packs users, in order, into JSON arrays of at most `limit` bytes.
#[derive(Debug)]
pub struct Chunker {
    limit: usize,
    buf: Vec<u8>,
    users: usize,
    first_index: usize,
}

impl Chunker {
    pub fn new(limit: usize) -> Self {
        Chunker {
            limit,
            buf: Vec::with_capacity(limit.min(MAX_CHUNK_BYTES)),
            users: 0,
            first_index: 0,
        }
    }

    /// Adds a user (at most `limit - 2` bytes, so that `[` + user + `]` fits); returns the previous chunk if this user did not
    /// fit in it.
    pub fn push(&mut self, index: usize, user: &[u8]) -> Option<Chunk> {
        let mut full = None;
        if self.users > 0 && self.buf.len() + 1 + user.len() + 1 > self.limit {
            full = self.take();
        }
        if self.users == 0 {
            self.buf.push(b'[');
            self.first_index = index;
        } else {
            self.buf.push(b',');
        }
        self.buf.extend_from_slice(user);
        self.users += 1;
        full
    }

    /// The last, partly filled chunk.
    pub fn finish(mut self) -> Option<Chunk> {
        self.take()
    }

    fn take(&mut self) -> Option<Chunk> {
        if self.users == 0 {
            return None;
        }
        let mut bytes = std::mem::replace(
            &mut self.buf,
            Vec::with_capacity(self.limit.min(MAX_CHUNK_BYTES)),
        );
        bytes.push(b']');
        let chunk = Chunk {
            bytes,
            users: self.users,
            first_index: self.first_index,
        };
        self.users = 0;
        Some(chunk)
    }
}

/// Where a chunk lives in the spool file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkInfo {
    pub offset: u64,
    pub len: usize,
    pub users: usize,
    pub first_index: usize,
}

/// A validated file, split and spooled, ready to upload.
#[derive(Debug)]
pub struct Prepared {
    spool: File,
    pub chunks: Vec<ChunkInfo>,
    pub users: usize,
    /// Bytes read from the input.
    pub bytes_read: u64,
    /// Export-only fields dropped, and from how many users (see [`super::validate::drop_export_only`]).
    pub dropped: BTreeMap<&'static str, usize>,
}

impl Prepared {
    /// The bytes of chunk `i`.
    pub fn chunk(&mut self, i: usize) -> io::Result<Vec<u8>> {
        let info = self.chunks[i];
        self.spool.seek(SeekFrom::Start(info.offset))?;
        let mut out = vec![0; info.len];
        self.spool.read_exact(&mut out)?;
        Ok(out)
    }
}

/// Why a file cannot be imported. All are bad input (exit 2), and nothing has been uploaded.
#[derive(Debug, thiserror::Error)]
pub enum PrepareError {
    #[error("{source_name}: {error}")]
    Read {
        source_name: String,
        error: ReadError,
    },
    #[error("{}", .0.summary())]
    Invalid(Report),
    #[error("{source_name}: there are no users in the file")]
    NoUsers { source_name: String },
    #[error("cannot write the temporary chunk file: {0}")]
    Spool(io::Error),
}

/// Counts the bytes read through it.
struct Counting<R> {
    inner: R,
    n: u64,
}

impl<R: BufRead> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.n += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counting<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        self.n += amt as u64;
        self.inner.consume(amt)
    }
}

/// A user as the scanning thread hands it over: its bytes, and its parse.
struct Scanned {
    user: RawUser,
    parsed: Parsed,
}

enum Parsed {
    /// Larger than a chunk can hold.
    TooLarge,
    /// Not JSON: the message and the line of the error.
    NotJson(String, usize),
    Json(Value),
}

/// How many users travel together between the two threads of [`prepare`].
const BATCH: usize = 256;

/// Reads every user from `input`, checks each with `check` (`(path, message)` per problem), and splits the
/// valid file into chunks of at most `limit` bytes spooled to a temporary file. `source_name` names the input in
/// messages (`users.json`, `stdin`).
///
/// Two threads: one scans and parses (`serde_json`), the calling one validates and packs chunks; batches of
/// [`BATCH`] users pass through a bounded queue, so memory stays flat.
pub fn prepare<R: BufRead + Send>(
    input: R,
    source_name: &str,
    limit: usize,
    check: impl Fn(&Value) -> Vec<(String, String)>,
) -> Result<Prepared, PrepareError> {
    let spool_file = tempfile::tempfile().map_err(PrepareError::Spool)?;
    let mut spool = BufWriter::with_capacity(1 << 20, spool_file);
    let mut offset = 0u64;
    let mut chunks = Vec::new();
    let mut report = Report::new(source_name);
    let mut chunker = Chunker::new(limit);
    let mut users = 0usize;
    let mut tidied: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut write_chunk = |c: Chunk, spool: &mut BufWriter<File>| -> Result<(), PrepareError> {
        spool.write_all(&c.bytes).map_err(PrepareError::Spool)?;
        chunks.push(ChunkInfo {
            offset,
            len: c.bytes.len(),
            users: c.users,
            first_index: c.first_index,
        });
        offset += c.bytes.len() as u64;
        Ok(())
    };
    let max_user = limit.saturating_sub(2);

    let (read_result, consumed) = std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Scanned>>(8);
        let scanner = scope.spawn(move || -> Result<u64, ReadError> {
            let mut reader = UserReader::new(Counting { inner: input, n: 0 });
            let mut batch = Vec::with_capacity(BATCH);
            for user in reader.by_ref() {
                let user = match user {
                    Ok(u) => u,
                    Err(e) => {
                        let _ = tx.send(batch);
                        return Err(e);
                    }
                };
                let parsed = if user.bytes.len() > max_user {
                    Parsed::TooLarge
                } else {
                    match serde_json::from_slice::<Value>(&user.bytes) {
                        Ok(v) => Parsed::Json(v),
                        Err(e) => Parsed::NotJson(
                            format!("invalid JSON: {e}"),
                            user.line + e.line().saturating_sub(1),
                        ),
                    }
                };
                batch.push(Scanned { user, parsed });
                if batch.len() == BATCH
                    && tx
                        .send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)))
                        .is_err()
                {
                    return Ok(reader.get_ref().n);
                }
            }
            let _ = tx.send(batch);
            Ok(reader.get_ref().n)
        });
        let consumed = (|| -> Result<(), PrepareError> {
            for batch in rx {
                for Scanned { mut user, parsed } in batch {
                    users += 1;
                    let index = user.index;
                    let mut problem = |path: String, message: String, line: usize| {
                        report.push(Problem {
                            index,
                            line,
                            path,
                            message,
                        })
                    };
                    match parsed {
                        Parsed::TooLarge => {
                            problem(
                                String::new(),
                                format!(
                                    "the user is {} bytes; an import file may hold at most {} bytes",
                                    thousands(user.bytes.len()),
                                    thousands(limit)
                                ),
                                user.line,
                            );
                            continue;
                        }
                        Parsed::NotJson(message, line) => problem(String::new(), message, line),
                        Parsed::Json(mut value) => {
                            // What `a0 jobs export` writes imports as it is: the fields only an export
                            // carries are dropped (and counted, for a notice) rather than refused.
                            let dropped = super::validate::drop_export_only(&mut value);
                            if !dropped.is_empty() {
                                for d in dropped {
                                    *tidied.entry(d).or_insert(0) += 1;
                                }
                                match serde_json::to_vec(&value) {
                                    Ok(bytes) => user.bytes = bytes,
                                    Err(e) => problem(String::new(), e.to_string(), user.line),
                                }
                            }
                            for (path, message) in check(&value) {
                                problem(path, message, user.line);
                            }
                        }
                    }
                    if report.is_empty()
                        && let Some(full) = chunker.push(user.index, &user.bytes)
                    {
                        write_chunk(full, &mut spool)?;
                    }
                }
            }
            Ok(())
        })();
        let read_result = scanner.join().unwrap_or_else(|_| {
            Err(ReadError::Io(std::io::Error::other(
                "the reading thread panicked",
            )))
        });
        (read_result, consumed)
    });
    let bytes_read = read_result.map_err(|error| PrepareError::Read {
        source_name: source_name.to_string(),
        error,
    })?;
    consumed?;
    if !report.is_empty() {
        return Err(PrepareError::Invalid(report));
    }
    if users == 0 {
        return Err(PrepareError::NoUsers {
            source_name: source_name.to_string(),
        });
    }
    if let Some(last) = chunker.finish() {
        write_chunk(last, &mut spool)?;
    }
    let spool = spool
        .into_inner()
        .map_err(|e| PrepareError::Spool(e.into_error()))?;
    Ok(Prepared {
        spool,
        chunks,
        users,
        bytes_read,
        dropped: tidied,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(n: usize, pad: usize) -> Vec<u8> {
        format!(r#"{{"email":"u{n}@x.io","name":"{}"}}"#, "x".repeat(pad)).into_bytes()
    }

    #[test]
    fn chunks_are_valid_arrays_within_the_limit_and_keep_order() {
        let mut c = Chunker::new(200);
        let mut out = Vec::new();
        for i in 1..=20 {
            out.extend(c.push(i, &user(i, i * 3)));
        }
        out.extend(c.finish());
        assert!(out.len() > 3);
        let mut next = 1;
        for chunk in &out {
            assert!(chunk.bytes.len() <= 200, "{}", chunk.bytes.len());
            let v: Vec<Value> = serde_json::from_slice(&chunk.bytes).unwrap();
            assert_eq!(v.len(), chunk.users);
            assert_eq!(chunk.first_index, next);
            for (k, u) in v.iter().enumerate() {
                assert_eq!(u["email"], format!("u{}@x.io", next + k));
            }
            next += chunk.users;
        }
        assert_eq!(next, 21);
    }

    #[test]
    fn a_chunk_can_be_filled_to_exactly_the_limit() {
        let u = user(1, 10);
        let limit = 2 + 2 * u.len() + 1;
        let mut c = Chunker::new(limit);
        assert!(c.push(1, &u).is_none());
        assert!(c.push(2, &u).is_none());
        let last = c.finish().unwrap();
        assert_eq!(last.bytes.len(), limit);
        assert_eq!(last.users, 2);
    }

    #[test]
    fn prepare_spools_chunks_that_hold_every_user() {
        let mut input = String::new();
        for i in 1..=3000 {
            input.push_str(&format!(
                "{{\"email\":\"user{i}@example.com\",\"user_metadata\":{{\"n\":{i}}}}}\n"
            ));
        }
        let mut p = prepare(input.as_bytes(), "users.ndjson", 20_000, |_| vec![]).unwrap();
        assert_eq!(p.users, 3000);
        assert_eq!(p.bytes_read, input.len() as u64);
        let mut seen = 0;
        for i in 0..p.chunks.len() {
            let bytes = p.chunk(i).unwrap();
            assert!(bytes.len() <= 20_000);
            let v: Vec<Value> = serde_json::from_slice(&bytes).unwrap();
            for u in v {
                seen += 1;
                assert_eq!(u["user_metadata"]["n"], seen);
            }
        }
        assert_eq!(seen, 3000);
    }

    #[test]
    fn prepare_reports_every_problem_with_index_and_line() {
        let input = "[\n{\"email\":\"a@x.io\"},\n{\"email\":1},\n{\"email\":\"c@x.io\", oops},\n{\"email\":\"d@x.io\"}\n]";
        let err = prepare(input.as_bytes(), "users.json", MAX_CHUNK_BYTES, |v| {
            if v["email"].is_string() {
                vec![]
            } else {
                vec![("email".into(), "is not a string".into())]
            }
        })
        .unwrap_err();
        let PrepareError::Invalid(report) = err else {
            panic!("{err:?}")
        };
        let text = report.render();
        assert!(text.starts_with("users.json: user 2 (line 3): email: is not a string\nusers.json: user 3 (line 4): invalid JSON: key must be a string"), "{text}");
        assert_eq!(report.total, 2);
    }

    #[test]
    fn a_user_larger_than_the_limit_is_a_problem() {
        let input = format!(
            "{{\"email\":\"a@x.io\",\"name\":\"{}\"}}\n",
            "n".repeat(600)
        );
        let err = prepare(input.as_bytes(), "big.ndjson", 500, |_| vec![]).unwrap_err();
        assert!(err.to_string().contains("1 problem in 1 user"), "{err}");
        let PrepareError::Invalid(r) = err else {
            panic!()
        };
        let expected = format!(
            "the user is {} bytes; an import file may hold at most 500 bytes",
            input.trim_end().len()
        );
        assert!(r.render().contains(&expected), "{}", r.render());
    }

    #[test]
    fn an_empty_array_has_no_users() {
        assert!(matches!(
            prepare(&b"[]"[..], "x.json", MAX_CHUNK_BYTES, |_| vec![]),
            Err(PrepareError::NoUsers { .. })
        ));
    }
}

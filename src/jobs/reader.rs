//! Streaming reader of a users file: a JSON array of objects, or NDJSON (one object per line, as an export writes).
//!
//! It never builds a tree of the whole file. A byte scanner finds each top-level object's span (tracking strings,
//! escapes and nesting depth) and hands out its raw bytes with the user's 1-based index and the line it starts on,
//! so the caller can both validate the user and copy its bytes, unchanged, into an upload chunk. The scanner only
//! finds spans; whether each span is valid JSON is for the caller to check (`serde_json::from_slice`).

use std::io::{self, BufRead};

/// One user as it appears in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawUser {
    /// 1-based position of the user in the file.
    pub index: usize,
    /// 1-based line the user's `{` is on.
    pub line: usize,
    /// The object's bytes, from `{` to `}` inclusive.
    pub bytes: Vec<u8>,
}

/// How the file lays out its users.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// `[ {…}, {…} ]`
    Array,
    /// `{…}\n{…}\n`
    Ndjson,
}

/// Why a file cannot be read as users. Every one of these is bad input (exit 2).
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{0}")]
    Io(#[from] io::Error),
    #[error("the file is empty")]
    Empty,
    #[error(
        "line {line}: not a JSON array of users nor NDJSON (one user object per line): found {found}"
    )]
    NotUsers { line: usize, found: String },
    #[error("line {line}: user {index} is not a JSON object (found {found})")]
    NotAnObject {
        line: usize,
        index: usize,
        found: String,
    },
    #[error("line {line}: expected `,` or `]` after user {index}, found {found}")]
    ExpectedComma {
        line: usize,
        index: usize,
        found: String,
    },
    #[error("line {line}: unexpected {found} after the end of the array")]
    TrailingData { line: usize, found: String },
    #[error("line {line}: the file ends inside user {index}")]
    Truncated { line: usize, index: usize },
    #[error(
        "line {line}: user {index} does not end on its line; NDJSON holds one complete JSON object per line \
         (check that line's brackets and quotes; a user spread over several lines belongs in a JSON array)"
    )]
    LineEnded { line: usize, index: usize },
    #[error("the file ends before the array is closed with `]`")]
    UnclosedArray,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Nothing but whitespace seen yet.
    Start,
    /// Array: after `[` (a user or `]` may follow).
    ArrayOpen,
    /// Array: after `,` (a user must follow).
    ArrayComma,
    /// Array: after a user (`,` or `]` must follow).
    ArrayAfter,
    /// Array: after `]` (only whitespace may follow).
    ArrayClosed,
    /// NDJSON: between users.
    Between,
}

/// Iterator over the users of a file. See the module docs.
pub struct UserReader<R> {
    inner: R,
    state: State,
    layout: Option<Layout>,
    /// 1-based current line.
    line: usize,
    /// Users handed out so far.
    index: usize,
    failed: bool,
    /// How many bytes of a byte-order mark were seen, while nothing else was.
    bom: Option<usize>,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

fn describe(b: u8) -> String {
    match b {
        b'"' => "a string".into(),
        b'[' => "an array".into(),
        b'0'..=b'9' | b'-' => "a number".into(),
        b't' | b'f' => "a boolean".into(),
        b'n' => "null".into(),
        0x20..=0x7e => format!("`{}`", b as char),
        _ => format!("byte 0x{b:02x}"),
    }
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

impl<R: BufRead> UserReader<R> {
    pub fn new(inner: R) -> Self {
        UserReader {
            inner,
            state: State::Start,
            layout: None,
            line: 1,
            index: 0,
            failed: false,
            bom: Some(0),
        }
    }

    /// The underlying reader.
    pub fn get_ref(&self) -> &R {
        &self.inner
    }

    /// Skips whitespace (counting lines) and returns the next byte without consuming it; `None` at end of file.
    fn peek_token(&mut self) -> io::Result<Option<u8>> {
        loop {
            let buf = self.inner.fill_buf()?;
            if buf.is_empty() {
                return Ok(None);
            }
            let mut i = 0;
            while i < buf.len() {
                let b = buf[i];
                // A UTF-8 byte-order mark is tolerated at the very start of the file.
                if let Some(k) = self.bom {
                    if k < BOM.len() && b == BOM[k] {
                        self.bom = Some(k + 1);
                        i += 1;
                        continue;
                    }
                    self.bom = None;
                }
                if b == b'\n' {
                    self.line += 1;
                } else if !is_ws(b) {
                    self.inner.consume(i);
                    return Ok(Some(b));
                }
                i += 1;
            }
            let n = buf.len();
            self.inner.consume(n);
        }
    }

    /// Reads one object, starting at its `{` (not yet consumed).
    fn read_object(&mut self) -> Result<RawUser, ReadError> {
        let index = self.index + 1;
        let start_line = self.line;
        let mut out: Vec<u8> = Vec::with_capacity(256);
        let mut depth: usize = 0;
        let mut in_str = false;
        let mut escaped = false;
        // NDJSON: a user ends on its own line; a newline inside it means the line is broken.
        let one_line = self.layout == Some(Layout::Ndjson);
        let line_ended = |line| ReadError::LineEnded { line, index };
        loop {
            let buf = self.inner.fill_buf()?;
            if buf.is_empty() {
                return Err(ReadError::Truncated {
                    line: start_line,
                    index,
                });
            }
            let mut i = 0;
            let mut end = None;
            while i < buf.len() {
                if in_str {
                    if escaped {
                        escaped = false;
                        i += 1;
                        continue;
                    }
                    match memchr::memchr3(b'"', b'\\', b'\n', &buf[i..]) {
                        // The string goes on past this buffer.
                        None => break,
                        Some(k) => {
                            i += k;
                            match buf[i] {
                                b'"' => in_str = false,
                                b'\\' => escaped = true,
                                _ if one_line => return Err(line_ended(start_line)),
                                _ => self.line += 1,
                            }
                            i += 1;
                        }
                    }
                    continue;
                }
                match buf[i] {
                    b'"' => in_str = true,
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            end = Some(i + 1);
                            break;
                        }
                    }
                    b'\n' if one_line => return Err(line_ended(start_line)),
                    b'\n' => self.line += 1,
                    _ => {}
                }
                i += 1;
            }
            match end {
                Some(e) => {
                    out.extend_from_slice(&buf[..e]);
                    self.inner.consume(e);
                    self.index = index;
                    return Ok(RawUser {
                        index,
                        line: start_line,
                        bytes: out,
                    });
                }
                None => {
                    let n = buf.len();
                    out.extend_from_slice(buf);
                    self.inner.consume(n);
                }
            }
        }
    }

    fn next_user(&mut self) -> Result<Option<RawUser>, ReadError> {
        loop {
            let tok = self.peek_token()?;
            match (self.state, tok) {
                (State::Start, None) => return Err(ReadError::Empty),
                (State::Start, Some(b'[')) => {
                    self.inner.consume(1);
                    self.layout = Some(Layout::Array);
                    self.state = State::ArrayOpen;
                }
                (State::Start, Some(b'{')) => {
                    self.layout = Some(Layout::Ndjson);
                    self.state = State::Between;
                }
                (State::Start, Some(b)) => {
                    return Err(ReadError::NotUsers {
                        line: self.line,
                        found: describe(b),
                    });
                }
                (State::ArrayOpen, Some(b']')) => {
                    self.inner.consume(1);
                    self.state = State::ArrayClosed;
                }
                (State::ArrayOpen | State::ArrayComma, Some(b'{')) => {
                    let user = self.read_object()?;
                    self.state = State::ArrayAfter;
                    return Ok(Some(user));
                }
                (State::ArrayOpen | State::ArrayComma, Some(b)) => {
                    return Err(ReadError::NotAnObject {
                        line: self.line,
                        index: self.index + 1,
                        found: describe(b),
                    });
                }
                (State::ArrayOpen | State::ArrayComma | State::ArrayAfter, None) => {
                    return Err(ReadError::UnclosedArray);
                }
                (State::ArrayAfter, Some(b',')) => {
                    self.inner.consume(1);
                    self.state = State::ArrayComma;
                }
                (State::ArrayAfter, Some(b']')) => {
                    self.inner.consume(1);
                    self.state = State::ArrayClosed;
                }
                (State::ArrayAfter, Some(b)) => {
                    return Err(ReadError::ExpectedComma {
                        line: self.line,
                        index: self.index,
                        found: describe(b),
                    });
                }
                (State::ArrayClosed | State::Between, None) => return Ok(None),
                (State::ArrayClosed, Some(b)) => {
                    return Err(ReadError::TrailingData {
                        line: self.line,
                        found: describe(b),
                    });
                }
                (State::Between, Some(b'{')) => return self.read_object().map(Some),
                (State::Between, Some(b)) => {
                    return Err(ReadError::NotUsers {
                        line: self.line,
                        found: describe(b),
                    });
                }
            }
        }
    }
}

impl<R: BufRead> Iterator for UserReader<R> {
    type Item = Result<RawUser, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        match self.next_user() {
            Ok(Some(u)) => Some(Ok(u)),
            Ok(None) => None,
            Err(e) => {
                self.failed = true;
                Some(Err(e))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(input: &[u8]) -> Result<Vec<RawUser>, ReadError> {
        UserReader::new(input).collect()
    }

    /// A reader that hands out one byte per `fill_buf`, to cross every buffer boundary.
    struct Trickle<'a>(&'a [u8]);
    impl io::Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            if self.0.is_empty() || out.is_empty() {
                return Ok(0);
            }
            out[0] = self.0[0];
            self.0 = &self.0[1..];
            Ok(1)
        }
    }

    #[test]
    fn array_users_come_with_index_line_and_exact_bytes() {
        let input = b"[\n  {\"email\":\"a@x.io\"},\n  {\"email\":\"b}@x.io\",\n   \"m\":{\"k\":[1,{\"z\":\"\\\"}\"}]}}\n]\n";
        let users = read_all(input).unwrap();
        assert_eq!(users.len(), 2);
        assert_eq!((users[0].index, users[0].line), (1, 2));
        assert_eq!(users[0].bytes, br#"{"email":"a@x.io"}"#);
        assert_eq!((users[1].index, users[1].line), (2, 3));
        assert_eq!(
            users[1].bytes,
            b"{\"email\":\"b}@x.io\",\n   \"m\":{\"k\":[1,{\"z\":\"\\\"}\"}]}}"
        );
    }

    #[test]
    fn ndjson_users_are_read_line_by_line() {
        let input = b"{\"email\":\"a@x.io\"}\n\n{\"email\":\"b@x.io\"}\r\n{\"email\":\"c@x.io\"}";
        let users = read_all(input).unwrap();
        let lines: Vec<_> = users.iter().map(|u| (u.index, u.line)).collect();
        assert_eq!(lines, vec![(1, 1), (2, 3), (3, 4)]);
        assert_eq!(users[2].bytes, br#"{"email":"c@x.io"}"#);
    }

    #[test]
    fn one_byte_buffers_give_the_same_result() {
        let input = b"\xEF\xBB\xBF [{\"a\":\"x\\\\\"},\n{\"b\":{\"c\":\"]}\"}} ]";
        let whole = read_all(input).unwrap();
        let trickled: Vec<RawUser> =
            UserReader::new(io::BufReader::with_capacity(1, Trickle(input)))
                .collect::<Result<_, _>>()
                .unwrap();
        assert_eq!(whole, trickled);
        assert_eq!(whole[1].bytes, b"{\"b\":{\"c\":\"]}\"}}");
        assert_eq!(whole[1].line, 2);
    }

    #[test]
    fn empty_array_has_no_users() {
        assert!(read_all(b" [ ] \n").unwrap().is_empty());
    }

    #[test]
    fn empty_or_blank_file_is_an_error() {
        assert!(matches!(read_all(b""), Err(ReadError::Empty)));
        assert!(matches!(read_all(b" \n\t\n"), Err(ReadError::Empty)));
    }

    #[test]
    fn neither_array_nor_ndjson_is_an_error() {
        for input in [
            &b"email,name\na@x.io,A\n"[..],
            b"<users/>",
            b"\"just a string\"",
            b"{\"email\":\"a@x.io\"}\nnot json\n",
        ] {
            assert!(
                matches!(read_all(input), Err(ReadError::NotUsers { .. })),
                "{:?}",
                String::from_utf8_lossy(input)
            );
        }
    }

    #[test]
    fn broken_arrays_are_errors_with_lines() {
        assert!(matches!(
            read_all(b"[{\"a\":1},\n 42]"),
            Err(ReadError::NotAnObject {
                line: 2,
                index: 2,
                ..
            })
        ));
        assert!(matches!(
            read_all(b"[{\"a\":1} {\"b\":2}]"),
            Err(ReadError::ExpectedComma { index: 1, .. })
        ));
        assert!(matches!(
            read_all(b"[{\"a\":1}]\n[]"),
            Err(ReadError::TrailingData { line: 2, .. })
        ));
        assert!(matches!(
            read_all(b"[{\"a\":1},"),
            Err(ReadError::UnclosedArray)
        ));
        assert!(matches!(
            read_all(b"[\n{\"a\":\"1}"),
            Err(ReadError::Truncated { line: 2, index: 1 })
        ));
    }

    #[test]
    fn errors_stop_the_iteration() {
        let mut r = UserReader::new(&b"{\"a\":1}\n7\n{\"b\":2}"[..]);
        assert!(r.next().unwrap().is_ok());
        assert!(r.next().unwrap().is_err());
        assert!(r.next().is_none());
    }
}

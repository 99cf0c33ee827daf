//! Writing a downloaded export: gunzip as the bytes arrive, then NDJSON and CSV pass through unchanged while
//! `json` turns the NDJSON into one JSON array (ready for `a0 jobs import`). Nothing is buffered beyond the
//! decoder's window and one write buffer, so memory stays flat whatever the size.

use std::io::{self, Write};

use flate2::write::MultiGzDecoder;

/// What the user asked `a0 jobs export` to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// One JSON user per line, as Auth0 exports it.
    Ndjson,
    /// One JSON array of users (the format `a0 jobs import` and Auth0's import take).
    Json,
    /// CSV, as Auth0 exports it.
    Csv,
}

impl ExportFormat {
    /// The `format` the API is asked for.
    pub fn api_format(self) -> &'static str {
        match self {
            ExportFormat::Ndjson | ExportFormat::Json => "json",
            ExportFormat::Csv => "csv",
        }
    }
}

/// The fields a `json` export asks for when `--fields` is not given: those of the import schema that an export
/// can carry, so the array can be imported as it is.
pub const IMPORT_FIELDS: &[&str] = &[
    "user_id",
    "email",
    "email_verified",
    "username",
    "phone_number",
    "phone_verified",
    "given_name",
    "family_name",
    "name",
    "nickname",
    "picture",
    "blocked",
    "app_metadata",
    "user_metadata",
];

/// Asked for too, but only from a tenant on a loopback address (the local tenant, `a0 emulator serve`): Auth0
/// never exports password hashes, so a real tenant is not asked for them. An emulator whose config has
/// `export_password_hashes = true` returns them, and users keep their passwords through export + import.
pub const HASH_FIELDS: &[&str] = &["password_hash", "custom_password_hash"];

/// The fields of a `json` export without `--fields`: [`IMPORT_FIELDS`], and [`HASH_FIELDS`] for a loopback
/// tenant.
pub fn default_json_fields(loopback_tenant: bool) -> Vec<&'static str> {
    let hashes = if loopback_tenant { HASH_FIELDS } else { &[] };
    IMPORT_FIELDS.iter().chain(hashes).copied().collect()
}

/// Makes one exported user importable: `user_id` loses its `provider|` prefix (the import adds the
/// connection's), null fields are dropped (the import schema rejects nulls), and a bcrypt `password_hash` of
/// a form that the import's `password_hash` refuses (the one check, `a0_emulator::passwords::is_bcrypt_hash`) becomes a bcrypt `custom_password_hash`.
pub fn import_ready(user: &mut serde_json::Value) {
    let Some(m) = user.as_object_mut() else {
        return;
    };
    m.retain(|_, v| !v.is_null());
    if let Some(serde_json::Value::String(h)) = m.get("password_hash")
        && h.starts_with("$2")
        && !a0_emulator::passwords::is_bcrypt_hash(h, a0_emulator::passwords::BcryptCost::Auth0)
        && !m.contains_key("custom_password_hash")
    {
        let spec = serde_json::json!({"algorithm": "bcrypt", "hash": {"value": h}});
        m.remove("password_hash");
        m.insert("custom_password_hash".into(), spec);
    }
    if let Some(serde_json::Value::String(id)) = m.get_mut("user_id")
        && let Some((_, rest)) = id.split_once('|')
        && !rest.is_empty()
    {
        *id = rest.to_owned();
    }
}

/// Turns NDJSON into a JSON array, streaming one line at a time: `[` + users joined by `,\n` + `\n]\n`, each
/// user on its own line. Blank lines are dropped; each user is made [importable](import_ready).
pub struct NdjsonToArray<W: Write> {
    inner: W,
    /// No user has been written yet.
    first: bool,
    /// The current, incomplete line.
    line: Vec<u8>,
    /// Users written.
    pub users: u64,
}

impl<W: Write> NdjsonToArray<W> {
    pub fn new(inner: W) -> Self {
        NdjsonToArray {
            inner,
            first: true,
            line: Vec::with_capacity(4096),
            users: 0,
        }
    }

    /// Closes the array and returns the inner writer (flushed).
    pub fn finish(mut self) -> io::Result<W> {
        let rest = std::mem::take(&mut self.line);
        self.emit(&rest)?;
        if self.first {
            self.inner.write_all(b"[]\n")?;
        } else {
            self.inner.write_all(b"\n]\n")?;
        }
        self.inner.flush()?;
        Ok(self.inner)
    }

    fn emit(&mut self, line: &[u8]) -> io::Result<()> {
        if line.iter().all(u8::is_ascii_whitespace) {
            return Ok(());
        }
        let mut user: serde_json::Value = serde_json::from_slice(line).map_err(|e| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("line {} of the export is not JSON: {e}", self.users + 1),
            )
        })?;
        import_ready(&mut user);
        self.inner
            .write_all(if self.first { b"[\n" } else { b",\n" })?;
        self.first = false;
        serde_json::to_writer(&mut self.inner, &user)?;
        self.users += 1;
        Ok(())
    }
}

impl<W: Write> Write for NdjsonToArray<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while let Some(nl) = memchr::memchr(b'\n', rest) {
            if self.line.is_empty() {
                self.emit(&rest[..nl])?;
            } else {
                self.line.extend_from_slice(&rest[..nl]);
                let line = std::mem::take(&mut self.line);
                self.emit(&line)?;
                self.line = line;
                self.line.clear();
            }
            rest = &rest[nl + 1..];
        }
        self.line.extend_from_slice(rest);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// The decompressed side of a download: passthrough, or NDJSON → array.
pub enum Sink<W: Write> {
    Pass(W),
    Array(NdjsonToArray<W>),
}

impl<W: Write> Sink<W> {
    pub fn new(format: ExportFormat, inner: W) -> Self {
        match format {
            ExportFormat::Json => Sink::Array(NdjsonToArray::new(inner)),
            ExportFormat::Ndjson | ExportFormat::Csv => Sink::Pass(inner),
        }
    }

    pub fn finish(self) -> io::Result<W> {
        match self {
            Sink::Pass(mut w) => {
                w.flush()?;
                Ok(w)
            }
            Sink::Array(a) => a.finish(),
        }
    }
}

impl<W: Write> Write for Sink<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Pass(w) => w.write(buf),
            Sink::Array(a) => a.write(buf),
        }
    }
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Sink::Pass(w) => w.write_all(buf),
            Sink::Array(a) => a.write_all(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Pass(w) => w.flush(),
            Sink::Array(a) => a.flush(),
        }
    }
}

/// Feed it the gzip bytes as they arrive; it writes the decompressed, converted output to `W`.
pub struct ExportWriter<W: Write> {
    decoder: MultiGzDecoder<Sink<W>>,
    /// Decompressed bytes written so far.
    pub compressed_in: u64,
}

impl<W: Write> ExportWriter<W> {
    pub fn new(format: ExportFormat, inner: W) -> Self {
        ExportWriter {
            decoder: MultiGzDecoder::new(Sink::new(format, inner)),
            compressed_in: 0,
        }
    }

    /// Decompresses and writes one piece of the download.
    pub fn feed(&mut self, gz: &[u8]) -> io::Result<()> {
        self.compressed_in += gz.len() as u64;
        self.decoder.write_all(gz)
    }

    /// Checks the gzip trailer and closes the output; returns the inner writer.
    pub fn finish(self) -> io::Result<W> {
        let sink = self.decoder.finish()?;
        sink.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::{Compression, write::GzEncoder};

    fn gz(data: &[u8]) -> Vec<u8> {
        let mut e = GzEncoder::new(Vec::new(), Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn run(format: ExportFormat, data: &[u8], piece: usize) -> Vec<u8> {
        let mut w = ExportWriter::new(format, Vec::new());
        for p in gz(data).chunks(piece) {
            w.feed(p).unwrap();
        }
        w.finish().unwrap()
    }

    #[test]
    fn ndjson_and_csv_pass_through_unchanged() {
        let nd = b"{\"email\":\"a@x.io\"}\n{\"email\":\"b@x.io\"}\n";
        assert_eq!(run(ExportFormat::Ndjson, nd, 7), nd);
        let csv = b"Email,Plan\n\"'a@x.io\",\"'pro\"\n";
        assert_eq!(run(ExportFormat::Csv, csv, 3), csv);
    }

    #[test]
    fn json_is_one_array_whatever_the_piece_size() {
        let nd = b"{\"email\":\"a@x.io\",\"n\":\"\\n\"}\n\n  \n{\"email\":\"b@x.io\"}\r\n{\"email\":\"c@x.io\",\"user_id\":\"auth0|abc|d\",\"name\":null}";
        for piece in [1, 2, 5, 1000] {
            let out = run(ExportFormat::Json, nd, piece);
            let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
            assert_eq!(v.as_array().unwrap().len(), 3, "piece {piece}");
            assert_eq!(v[1]["email"], "b@x.io");
            assert_eq!(v[0]["n"], "\n");
            assert_eq!(
                v[2],
                serde_json::json!({"email": "c@x.io", "user_id": "abc|d"})
            );
        }
    }

    #[test]
    fn only_a_loopback_tenant_is_asked_for_password_hashes() {
        let real = default_json_fields(false);
        assert!(real.contains(&"email"));
        assert!(!real.iter().any(|f| HASH_FIELDS.contains(f)), "{real:?}");
        let local = default_json_fields(true);
        assert!(HASH_FIELDS.iter().all(|h| local.contains(h)), "{local:?}");
    }

    #[test]
    fn bcrypt_of_another_cost_becomes_a_custom_password_hash() {
        let cost4 = "$2b$04$abcdefghijklmnopqrstuuN0123456789ABCDEFGHIJKLMNOPQRST";
        let cost10 = "$2b$10$abcdefghijklmnopqrstuuN0123456789ABCDEFGHIJKLMNOPQRST";
        let mut u = serde_json::json!({"email": "a@x.io", "password_hash": cost4});
        import_ready(&mut u);
        assert_eq!(
            u,
            serde_json::json!({"email": "a@x.io",
                "custom_password_hash": {"algorithm": "bcrypt", "hash": {"value": cost4}}})
        );
        let mut u = serde_json::json!({"email": "a@x.io", "password_hash": cost10});
        import_ready(&mut u);
        assert_eq!(u["password_hash"], cost10);
    }

    #[test]
    fn json_of_an_empty_export_is_an_empty_array() {
        assert_eq!(run(ExportFormat::Json, b"", 10), b"[]\n");
    }

    #[test]
    fn json_output_reads_back_as_users_one_per_line() {
        let nd = b"{\"email\":\"a@x.io\"}\n{\"email\":\"b@x.io\"}\n";
        let out = run(ExportFormat::Json, nd, 4);
        let users: Vec<_> = crate::jobs::reader::UserReader::new(&out[..])
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(users.iter().map(|u| u.line).collect::<Vec<_>>(), vec![2, 3]);
    }

    #[test]
    fn a_truncated_download_is_an_error() {
        let data = gz(b"{\"email\":\"a@x.io\"}\n");
        let mut w = ExportWriter::new(ExportFormat::Ndjson, Vec::new());
        w.feed(&data[..data.len() - 4]).unwrap();
        assert!(w.finish().is_err());
    }
}

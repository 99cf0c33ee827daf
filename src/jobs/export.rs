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

/// Turns NDJSON into a JSON array, streaming: `[` + lines joined by `,\n` + `\n]\n`. Blank lines are dropped.
pub struct NdjsonToArray<W: Write> {
    inner: W,
    /// No line has been started yet.
    first: bool,
    /// Inside a non-blank line.
    in_line: bool,
}

impl<W: Write> NdjsonToArray<W> {
    pub fn new(inner: W) -> Self {
        NdjsonToArray {
            inner,
            first: true,
            in_line: false,
        }
    }

    /// Closes the array and returns the inner writer (flushed).
    pub fn finish(mut self) -> io::Result<W> {
        if self.first {
            self.inner.write_all(b"[]\n")?;
        } else {
            self.inner.write_all(b"\n]\n")?;
        }
        self.inner.flush()?;
        Ok(self.inner)
    }

    fn segment(&mut self, mut seg: &[u8]) -> io::Result<()> {
        if !self.in_line {
            let start = seg
                .iter()
                .position(|b| !matches!(b, b' ' | b'\t' | b'\r'))
                .unwrap_or(seg.len());
            seg = &seg[start..];
            if seg.is_empty() {
                return Ok(());
            }
            self.inner
                .write_all(if self.first { b"[\n" } else { b",\n" })?;
            self.first = false;
            self.in_line = true;
        }
        self.inner.write_all(seg)
    }
}

impl<W: Write> Write for NdjsonToArray<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while let Some(nl) = memchr::memchr(b'\n', rest) {
            self.segment(&rest[..nl])?;
            self.in_line = false;
            rest = &rest[nl + 1..];
        }
        self.segment(rest)?;
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
        let nd = b"{\"email\":\"a@x.io\",\"n\":\"\\n\"}\n\n  \n{\"email\":\"b@x.io\"}\r\n{\"email\":\"c@x.io\"}";
        for piece in [1, 2, 5, 1000] {
            let out = run(ExportFormat::Json, nd, piece);
            let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
            assert_eq!(v.as_array().unwrap().len(), 3, "piece {piece}");
            assert_eq!(v[1]["email"], "b@x.io");
            assert_eq!(v[0]["n"], "\n");
        }
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

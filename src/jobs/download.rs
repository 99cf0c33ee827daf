//! The export download pipeline: gzip chunks from the network → gunzip → convert (NDJSON, CSV, JSON array) →
//! the output. The network side reads chunks while a blocking thread gunzips, converts and writes them (two
//! stages in parallel with a bounded queue between, so memory stays flat whatever the file's size).

use std::io::{self, Write};

use futures_util::{Stream, StreamExt};

use super::export::{ExportFormat, ExportWriter};

/// How many network chunks may wait for the writer.
const QUEUE: usize = 16;

/// Streams the gzip `body` into `out` as `format`; `on_bytes` sees the size of each compressed chunk (progress).
/// Returns `out` once everything is written and flushed. A broken pipe stays an io error (a quiet exit 0).
pub async fn gunzip_into<W, S, E>(
    mut body: S,
    format: ExportFormat,
    out: W,
    mut on_bytes: impl FnMut(u64),
) -> anyhow::Result<W>
where
    W: Write + Send + 'static,
    S: Stream<Item = Result<bytes::Bytes, E>> + Unpin,
    E: std::fmt::Display,
{
    let (tx, rx) = std::sync::mpsc::sync_channel::<bytes::Bytes>(QUEUE);
    let writer = tokio::task::spawn_blocking(move || -> io::Result<W> {
        let mut w = ExportWriter::new(format, io::BufWriter::with_capacity(1 << 17, out));
        for chunk in rx {
            w.feed(&chunk)?;
        }
        let buf = w.finish()?;
        buf.into_inner().map_err(|e| e.into_error())
    });
    let mut net_err = None;
    while let Some(next) = body.next().await {
        match next {
            Ok(c) => {
                on_bytes(c.len() as u64);
                if tx.send(c).is_err() {
                    break; // the writer stopped; its error is reported below
                }
            }
            Err(e) => {
                net_err = Some(e.to_string());
                break;
            }
        }
    }
    drop(tx);
    let written = writer.await?;
    if let Some(e) = net_err {
        return Err(anyhow::anyhow!("the download broke off: {e}"));
    }
    written.map_err(|e| {
        if e.kind() == io::ErrorKind::BrokenPipe {
            e.into()
        } else {
            anyhow::anyhow!("cannot write the export: {e}")
        }
    })
}

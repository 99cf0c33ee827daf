//! Typed `/api/v2/jobs` calls: create an import (multipart upload of one chunk), create an export, read a job and
//! its per-user errors, and open the download of a finished export. Never prints.

use std::time::Duration;

use reqwest::Method;
use reqwest::multipart::{Form, Part};
use serde::Deserialize;
use serde_json::Value;

use super::client::{self, Request};
use super::{Client, Error};

/// How many times a 429 on an import upload (the tenant's two-job limit, or its rate limit) is waited out.
const MAX_IMPORT_WAITS: u32 = 30;

/// The parts of a job a0 acts on; the whole object is kept in `raw` for printing.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Job {
    pub id: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub summary: Option<Summary>,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub percentage_done: Option<f64>,
    #[serde(skip)]
    pub raw: Value,
}

/// An import job's counts.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
pub struct Summary {
    #[serde(default)]
    pub failed: u64,
    #[serde(default)]
    pub updated: u64,
    #[serde(default)]
    pub inserted: u64,
    #[serde(default)]
    pub total: u64,
}

impl Job {
    fn from_value(v: Value, url: &str) -> Result<Job, Error> {
        let mut job: Job = serde_json::from_value(v.clone()).map_err(|e| Error::Decode {
            url: url.to_owned(),
            reason: e.to_string(),
        })?;
        job.raw = v;
        Ok(job)
    }

    /// Whether the job has stopped (`completed`, `failed`, `expired`, `cancelled`).
    pub fn is_finished(&self) -> bool {
        !matches!(self.status.as_str(), "pending" | "processing")
    }
}

/// What an import is created with (besides the users).
#[derive(Debug, Clone)]
pub struct ImportOptions {
    pub connection_id: String,
    pub upsert: bool,
    pub external_id: Option<String>,
    pub send_completion_email: bool,
}

/// `POST /jobs/users-imports` with one chunk (a JSON array of at most 512,000 bytes), through the one request
/// core: a 429 (two imports already running, or the rate limit) is waited out up to [`MAX_IMPORT_WAITS`] times,
/// a 401 refreshes the token once, and the upload is never re-sent after a connection error (not idempotent).
pub async fn create_import(
    client: &Client,
    users: Vec<u8>,
    opts: &ImportOptions,
) -> Result<Job, Error> {
    let size = users.len();
    let form = move || -> Result<Form, Error> {
        let part = Part::bytes(users.clone())
            .file_name("users.json")
            .mime_str("application/json")
            .map_err(|e| Error::Other(e.to_string()))?;
        let mut form = Form::new()
            .text("connection_id", opts.connection_id.clone())
            .text("upsert", opts.upsert.to_string())
            .text(
                "send_completion_email",
                opts.send_completion_email.to_string(),
            );
        if let Some(ext) = &opts.external_id {
            form = form.text("external_id", ext.clone());
        }
        Ok(form.part("users", part))
    };
    let resp = client
        .execute(Request {
            body: client::Body::Multipart {
                form: &form,
                note: format!("multipart, {size} bytes of users"),
            },
            rate_limit_waits: MAX_IMPORT_WAITS,
            ..Request::new(Method::POST, "jobs/users-imports")
        })
        .await?;
    Job::from_value(resp.json()?, "jobs/users-imports")
}

/// `POST /jobs/users-exports` with `{connection_id?, format, limit?, fields?}`.
pub async fn create_export(client: &Client, body: &Value) -> Result<Job, Error> {
    let v = client
        .send(Method::POST, "jobs/users-exports", &[], Some(body))
        .await?;
    Job::from_value(v, "jobs/users-exports")
}

/// Characters of a job id kept as they are in the path (job ids are `job_` + alphanumerics).
const ID_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

fn job_path(id: &str) -> String {
    format!(
        "jobs/{}",
        percent_encoding::utf8_percent_encode(id, ID_SEGMENT)
    )
}

/// `GET /jobs/{id}`.
pub async fn get(client: &Client, id: &str) -> Result<Job, Error> {
    let path = job_path(id);
    let v = client.send(Method::GET, &path, &[], None).await?;
    Job::from_value(v, &path)
}

/// `GET /jobs/{id}/errors`: the per-user errors (`[{user, errors:[{code, message, path}]}]`); empty on 204. For
/// a job that failed as a whole the API answers with the job itself, which gives no per-user errors either.
pub async fn errors(client: &Client, id: &str) -> Result<Vec<Value>, Error> {
    let v = client
        .send(Method::GET, &format!("{}/errors", job_path(id)), &[], None)
        .await?;
    Ok(match v {
        Value::Array(items) => items,
        _ => Vec::new(),
    })
}

/// The answer to the download of an export's `location`.
pub enum Download {
    /// The file is coming: read it with [`Body::into_stream`].
    Body(Body),
    /// The signed link was refused (expired): get the job again for a fresh one.
    Expired(u16),
}

/// `GET location` (a signed URL, no bearer token). The body is the gzip file as stored: no transparent
/// decompression, so what arrives is exactly what `curl` would get.
pub async fn download(http: &reqwest::Client, location: &str) -> Result<Download, Error> {
    let started = std::time::Instant::now();
    let sent = http.get(location).send().await;
    crate::diag::verbose(format!(
        "> GET {} (export download; signature redacted)\n< {} in {} ms",
        redact_query(location),
        match &sent {
            Ok(r) => r.status().as_u16().to_string(),
            Err(_) => "connection error".to_owned(),
        },
        started.elapsed().as_millis()
    ));
    let resp = sent.map_err(|cause| Error::Transport {
        url: redact_query(location),
        cause,
    })?;
    let status = resp.status().as_u16();
    match status {
        200 => Ok(Download::Body(Body(resp))),
        401 | 403 | 404 | 410 => Ok(Download::Expired(status)),
        _ => {
            let bytes = resp.bytes().await.unwrap_or_default();
            Err(Error::from_response_body(status, &bytes))
        }
    }
}

/// The body of an export download, read chunk by chunk so that memory stays flat.
pub struct Body(reqwest::Response);

impl Body {
    /// The size announced by the server, if any.
    pub fn content_length(&self) -> Option<u64> {
        self.0.content_length()
    }

    /// The gzip file as a stream of chunks.
    pub fn into_stream(
        self,
    ) -> impl futures_util::Stream<Item = Result<bytes::Bytes, reqwest::Error>> + Unpin {
        self.0.bytes_stream()
    }
}

/// An HTTP client for downloads of `location`: like [`super::http_client`] but without transparent gzip (the
/// export file is itself a `.gz`, decompressed as it streams) and without the total deadline (a large file
/// takes as long as it takes; a stalled one still ends at the read timeout).
pub fn download_client(location: &str) -> anyhow::Result<reqwest::Client> {
    super::install_crypto_provider();
    let mut builder = reqwest::Client::builder()
        .user_agent(concat!("a0/", env!("CARGO_PKG_VERSION")))
        .no_gzip()
        .connect_timeout(Duration::from_secs(10))
        .read_timeout(Duration::from_secs(60))
        .tls_backend_rustls();
    if url::Url::parse(location).is_ok_and(|u| super::is_loopback(&u)) {
        builder = builder.no_proxy();
    }
    Ok(builder.build()?)
}

/// A signed URL without its query string (the signature), for messages.
pub fn redact_query(location: &str) -> String {
    match location.split_once('?') {
        Some((base, _)) => format!("{base}?…"),
        None => location.to_owned(),
    }
}

/// A connection's id and name (what an import or export needs to resolve `--connection NAME|ID`).
#[derive(Debug, Clone, Deserialize)]
pub struct ConnectionRef {
    pub id: String,
    pub name: String,
}

/// `GET /connections` (first 100, id and name only).
pub async fn connections(client: &Client) -> Result<Vec<ConnectionRef>, Error> {
    let v = client
        .send(
            Method::GET,
            "connections",
            &[
                ("per_page", "100".to_owned()),
                ("page", "0".to_owned()),
                ("fields", "id,name".to_owned()),
            ],
            None,
        )
        .await?;
    let arr = match v {
        Value::Object(mut m) => m.remove("connections").unwrap_or_default(),
        other => other,
    };
    serde_json::from_value(arr).map_err(|e| Error::Decode {
        url: "connections".into(),
        reason: e.to_string(),
    })
}

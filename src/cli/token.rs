//! `a0 token [--decode]`: the Management API access token alone on stdout (for `curl -H "Authorization:
//! Bearer $(a0 token)"`), or its claims. A cached token that is still valid is reused, never refreshed.

use std::process::ExitCode;

use base64::Engine;
use clap::Args;
use serde_json::{Map, Value, json};

use super::GlobalArgs;
use crate::api;
use crate::auth;
use crate::output::{Format, Kind, Printer};

/// The claims `a0 token --decode` shows as structured output.
const CLAIMS: Kind = Kind {
    default_columns: &["audience", "scopes", "issued_at.time", "expires_at.time"],
    columns: &[
        "issuer",
        "subject",
        "audience",
        "scopes",
        "issued_at",
        "expires_at",
        "expired",
    ],
    dotted_roots: &["issued_at", "expires_at"],
    id: "subject",
    low_value: &[],
    whole: &["subject"],
};

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  a0 token --decode
  a0 token --decode --json
  curl -H \"Authorization: Bearer $(a0 token)\" https://acme.eu.auth0.com/api/v2/users")]
pub struct TokenArgs {
    /// Show the token's claims (audience, scopes, issued and expiry times) instead of the token.
    #[arg(long)]
    pub decode: bool,
}

pub async fn run(global: &GlobalArgs, args: TokenArgs) -> anyhow::Result<ExitCode> {
    let o = &global.output;
    let structured = o.json
        || o.jq.is_some()
        || matches!(o.output, Some(Format::Json | Format::Ndjson | Format::Csv));
    // Validate output flags before anything is sent.
    let printer = match (args.decode, structured) {
        (true, true) => Some(Printer::new(o, CLAIMS)?),
        _ => None,
    };
    let session = auth::resolve(&global.tenant_choice()).await?;
    let local = session.tenant == auth::LOCAL_TENANT;
    let client = api::Client::new(session)?;
    let token = client.access_token(false).await?;
    if local && !args.decode {
        eprintln!(
            "note: this token is for the built-in local tenant, which is served only while an a0 command runs \
             (its port is closed now); for a local tenant that stays up, run `a0 emulator serve` and log in to it"
        );
    }
    if !args.decode {
        crate::output::text(&global.output.io, &format!("{token}\n"))?;
        return Ok(ExitCode::SUCCESS);
    }
    let claims = decode_claims(&token)?;
    let now = chrono::Utc::now().timestamp();
    if let Some(printer) = printer {
        printer.one(&summary(&claims, now))?;
    } else {
        crate::output::text(&global.output.io, &table(&claims, now))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The payload of a JWT, without checking its signature (a0 only shows it).
pub fn decode_claims(token: &str) -> anyhow::Result<Map<String, Value>> {
    let mut parts = token.split('.');
    let (Some(_), Some(payload), Some(_), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        anyhow::bail!("the access token is not a JWT; there are no claims to show");
    };
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| anyhow::anyhow!("the access token's payload is not base64url"))?;
    match serde_json::from_slice(&bytes) {
        Ok(Value::Object(m)) => Ok(m),
        _ => anyhow::bail!("the access token's payload is not a JSON object"),
    }
}

fn scopes(claims: &Map<String, Value>) -> Vec<String> {
    match claims.get("scope") {
        Some(Value::String(s)) => s.split_whitespace().map(str::to_owned).collect(),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        _ => match claims.get("permissions") {
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        },
    }
}

fn audience(claims: &Map<String, Value>) -> Vec<String> {
    match claims.get("aud") {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

fn iso(ts: i64) -> String {
    chrono::DateTime::from_timestamp(ts, 0)
        .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_else(|| ts.to_string())
}

/// "in 23 hours", "5 minutes ago", "now".
pub fn relative(ts: i64, now: i64) -> String {
    let d = ts - now;
    let a = d.abs();
    let (n, unit) = match a {
        0..=4 => return "now".into(),
        5..=59 => (a, "second"),
        60..=3599 => (a / 60, "minute"),
        3600..=86_399 => (a / 3600, "hour"),
        _ => (a / 86_400, "day"),
    };
    let plural = if n == 1 { "" } else { "s" };
    if d > 0 {
        format!("in {n} {unit}{plural}")
    } else {
        format!("{n} {unit}{plural} ago")
    }
}

/// The claims a0 shows, as JSON.
fn summary(claims: &Map<String, Value>, now: i64) -> Value {
    let time = |k: &str| {
        claims
            .get(k)
            .and_then(Value::as_i64)
            .map(|t| json!({ "unix": t, "time": iso(t), "relative": relative(t, now) }))
    };
    json!({
        "issuer": claims.get("iss"),
        "subject": claims.get("sub"),
        "audience": audience(claims),
        "scopes": scopes(claims),
        "issued_at": time("iat"),
        "expires_at": time("exp"),
        "expired": claims.get("exp").and_then(Value::as_i64).map(|e| e <= now),
    })
}

/// The claims as aligned `key  value` lines; scopes one per line.
fn table(claims: &Map<String, Value>, now: i64) -> String {
    let mut rows: Vec<(&str, String)> = Vec::new();
    let text = |k: &str| claims.get(k).and_then(Value::as_str).map(str::to_owned);
    if let Some(v) = text("iss") {
        rows.push(("issuer", v));
    }
    if let Some(v) = text("sub") {
        rows.push(("subject", v));
    }
    for a in audience(claims) {
        rows.push(("audience", a));
    }
    for (key, label) in [("iat", "issued"), ("exp", "expires")] {
        if let Some(t) = claims.get(key).and_then(Value::as_i64) {
            rows.push((label, format!("{} ({})", iso(t), relative(t, now))));
        }
    }
    let s = scopes(claims);
    if s.is_empty() {
        rows.push(("scopes", "(none)".into()));
    }
    for sc in s {
        rows.push(("scopes", sc));
    }
    let mut out = String::new();
    let mut last = "";
    for (k, v) in rows {
        let label = if k == last { "" } else { k };
        last = k;
        out.push_str(&format!("{label:<9} {v}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwt(payload: &Value) -> String {
        let e = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        format!(
            "{}.{}.sig",
            e.encode(br#"{"alg":"RS256"}"#),
            e.encode(payload.to_string())
        )
    }

    #[test]
    fn relative_times_read_naturally() {
        assert_eq!(relative(100, 100), "now");
        assert_eq!(relative(100 + 7200, 100), "in 2 hours");
        assert_eq!(relative(100, 100 + 60), "1 minute ago");
        assert_eq!(relative(100 + 86_400 * 3, 100), "in 3 days");
    }

    #[test]
    fn table_lists_audience_and_one_scope_per_line() {
        let claims = decode_claims(&jwt(&json!({
            "aud": "http://127.0.0.1:1/api/v2/", "scope": "read:users create:users",
            "iat": 1000, "exp": 1000 + 86_400
        })))
        .unwrap();
        let t = table(&claims, 1000);
        assert!(t.contains("audience  http://127.0.0.1:1/api/v2/\n"), "{t}");
        assert!(
            t.contains("scopes    read:users\n          create:users\n"),
            "{t}"
        );
        assert!(t.contains("(in 1 day)"), "{t}");
        let s = summary(&claims, 1000);
        assert_eq!(s["scopes"], json!(["read:users", "create:users"]));
        assert_eq!(s["expired"], json!(false));
    }

    #[test]
    fn decoded_table_matches_its_snapshot() {
        let claims = decode_claims(&jwt(&json!({
            "iss": "https://acme.eu.auth0.com/", "sub": "abc@clients",
            "aud": "https://acme.eu.auth0.com/api/v2/", "scope": "read:users create:users",
            "iat": 1_000_000 - 300, "exp": 1_000_000 + 86_100
        })))
        .unwrap();
        insta::assert_snapshot!(table(&claims, 1_000_000));
    }

    #[test]
    fn opaque_tokens_are_refused() {
        assert!(decode_claims("not-a-jwt").is_err());
        assert!(decode_claims("a.!!!.c").is_err());
    }
}

//! `a0 userinfo` and `a0 tokeninfo`: what a user's token says about them, asked of the tenant itself
//! (`GET /userinfo` with an access token, `POST /tokeninfo` with an ID token). The token comes from stdin
//! (`-`, or nothing), so it never needs to be in argv.

use std::io::Read;
use std::process::ExitCode;

use clap::Args;

use super::GlobalArgs;
use super::session::connect;
use crate::api;
use crate::error::usage;
use crate::output::{Kind, Printer};

/// A user's profile claims.
const PROFILE: Kind = Kind {
    default_columns: &["sub", "email", "email_verified", "name"],
    columns: &[
        "sub",
        "email",
        "email_verified",
        "name",
        "nickname",
        "picture",
        "updated_at",
        "user_id",
        "identities",
    ],
    dotted_roots: &["identities"],
    id: "sub",
    low_value: &[],
    whole: &["sub", "email"],
};

pub const USERINFO_EXAMPLES: &str = "\
Examples:
  a0 users token ada@example.com --password-stdin < pw.txt | a0 userinfo
  a0 userinfo - --json < access-token.txt";

pub const TOKENINFO_EXAMPLES: &str = "\
Examples:
  a0 users token ada@example.com --password-stdin --jq .id_token < pw.txt | a0 tokeninfo
  a0 tokeninfo - --json < id-token.txt";

#[derive(Debug, Args)]
pub struct TokenArg {
    /// The token, or `-` (the default) to read it from stdin; avoid putting tokens in argv.
    #[arg(value_name = "TOKEN|-", default_value = "-")]
    pub token: String,
}

/// The token from the argument or stdin (its first non-empty line), checked to look like a JWT.
fn read_token(arg: &str, what: &str) -> anyhow::Result<String> {
    let raw = if arg == "-" {
        if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            return Err(usage(format!(
                "pipe the {what} in on stdin (e.g. `a0 users token … | a0 {}`)",
                if what == "ID token" {
                    "tokeninfo"
                } else {
                    "userinfo"
                }
            )));
        }
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| usage(format!("cannot read the {what} from stdin: {e}")))?;
        s
    } else {
        arg.to_owned()
    };
    let token = raw
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
        .to_owned();
    let looks_like_jwt = token.split('.').count() == 3
        && token
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if !looks_like_jwt {
        return Err(usage(format!(
            "that is not a {what}: expected a JWT (three base64url parts separated by dots); nothing was sent"
        )));
    }
    Ok(token)
}

pub async fn userinfo(global: &GlobalArgs, args: TokenArg) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, PROFILE)?;
    let token = read_token(&args.token, "access token")?;
    let client = connect(global).await?;
    let (http, base) = client.http();
    printer.one(&api::oauth::userinfo(http, base, &token).await?)?;
    Ok(ExitCode::SUCCESS)
}

pub async fn tokeninfo(global: &GlobalArgs, args: TokenArg) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, PROFILE)?;
    let token = read_token(&args.token, "ID token")?;
    let client = connect(global).await?;
    let (http, base) = client.http();
    printer.one(&api::oauth::tokeninfo(http, base, &token).await?)?;
    Ok(ExitCode::SUCCESS)
}

//! `a0 users reset-password USER`: a password-change ticket (a link the user opens to choose a new password),
//! printed on stdout for the support engineer to send. a0 never sees or sets the new password.

use std::process::ExitCode;

use clap::Args;
use serde_json::{Map, Value, json};

use super::{check_id, connect};
use crate::api::users;
use crate::cli::GlobalArgs;
use crate::error::usage;

pub const EXAMPLES: &str = "\
Examples:
  a0 users reset-password 'auth0|123'
  a0 users reset-password 'auth0|123' --ttl 3600 --result-url https://app.example.com/login
  a0 users reset-password 'auth0|123' --mark-email-verified | pbcopy

The link works once and expires (default: 5 days). It sets a password under the connection's policy.";

#[derive(Debug, Args)]
pub struct ResetPasswordArgs {
    /// The user's id.
    #[arg(value_name = "USER")]
    pub user: String,
    /// How long the link works, in seconds [default: Auth0's 5 days].
    #[arg(long, value_name = "SECONDS", value_parser = clap::value_parser!(u32).range(1..))]
    pub ttl: Option<u32>,
    /// Where the page sends the user afterwards.
    #[arg(long, value_name = "URL")]
    pub result_url: Option<String>,
    /// Also mark the user's email verified when they use the link (they proved they read it).
    #[arg(long)]
    pub mark_email_verified: bool,
}

pub async fn run(global: &GlobalArgs, args: ResetPasswordArgs) -> anyhow::Result<ExitCode> {
    check_id(&args.user)?;
    let mut body = Map::new();
    body.insert("user_id".into(), json!(args.user));
    if let Some(t) = args.ttl {
        body.insert("ttl_sec".into(), json!(t));
    }
    if let Some(u) = &args.result_url {
        if !(u.starts_with("https://") || u.starts_with("http://")) {
            return Err(usage(format!(
                "--result-url `{u}` is not a URL (https://…)"
            )));
        }
        body.insert("result_url".into(), json!(u));
    }
    if args.mark_email_verified {
        body.insert("mark_email_as_verified".into(), json!(true));
    }
    let client = connect(global).await?;
    let url = users::ticket(&client, "password-change", &Value::Object(body)).await?;
    crate::output::text(&global.output.io, &format!("{url}\n"))?;
    Ok(ExitCode::SUCCESS)
}

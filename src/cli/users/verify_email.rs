//! `a0 users verify-email USER`: sends the verification email again (Auth0's verification-email job), or with
//! `--ticket` prints a verification link instead, for the support engineer to send another way.

use std::process::ExitCode;

use clap::Args;
use serde_json::{Value, json};

use super::{check_id, connect};
use crate::api::users;
use crate::cli::GlobalArgs;
use crate::output::Printer;

pub const EXAMPLES: &str = "\
Examples:
  a0 users verify-email 'auth0|123'              # sends the email; prints the job
  a0 users verify-email 'auth0|123' --ticket     # prints a link that verifies the email when opened";

#[derive(Debug, Args)]
pub struct VerifyEmailArgs {
    /// The user's id.
    #[arg(value_name = "USER")]
    pub user: String,
    /// Print a verification link instead of sending the email.
    #[arg(long)]
    pub ticket: bool,
}

pub async fn run(global: &GlobalArgs, args: VerifyEmailArgs) -> anyhow::Result<ExitCode> {
    check_id(&args.user)?;
    if args.ticket {
        let client = connect(global).await?;
        let url = users::ticket(
            &client,
            "email-verification",
            &json!({ "user_id": args.user }),
        )
        .await?;
        crate::output::text(&global.output.io, &format!("{url}\n"))?;
        return Ok(ExitCode::SUCCESS);
    }
    let printer = Printer::new(&global.output, crate::cli::jobs::JOBS)?;
    let client = connect(global).await?;
    let job = users::send_verification_email(&client, &args.user).await?;
    if global.output.io.stderr_tty {
        crate::diag::notice(format!(
            "a0: verification email job {} created for {}",
            job.get("id").and_then(Value::as_str).unwrap_or_default(),
            args.user
        ));
    }
    printer.one(&job)?;
    Ok(ExitCode::SUCCESS)
}

//! `a0 users block ID…` and `a0 users unblock ID…`: PATCH `{"blocked": true|false}` for each id.

use std::process::ExitCode;

use clap::Args;
use serde_json::json;

use crate::api::users;
use crate::cli::GlobalArgs;
use crate::output::{self, Printer};

pub const BLOCK_EXAMPLES: &str = "\
Examples:
  a0 users block 'auth0|123'
  a0 users list -q 'email:*@spam.example' --quiet | xargs a0 users block";

pub const UNBLOCK_EXAMPLES: &str = "\
Examples:
  a0 users unblock 'auth0|123'
  a0 users list -q 'blocked:true' --quiet | xargs a0 users unblock";

#[derive(Debug, Args)]
pub struct BlockArgs {
    /// User ids.
    #[arg(value_name = "ID", required = true)]
    pub ids: Vec<String>,
}

pub async fn run(global: &GlobalArgs, args: BlockArgs, blocked: bool) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, output::USERS)?;
    let client = super::connect(global).await?;
    let body = json!({ "blocked": blocked });
    let mut outcome = super::Outcome::default();
    let mut changed = Vec::new();
    for id in &args.ids {
        // PATCH of a missing user: Auth0 answers 404, which Outcome reports as "no such user".
        match users::patch(&client, id, &body).await {
            Ok(user) => {
                outcome.ok();
                changed.push(user);
            }
            Err(e) => outcome.fail(id, &e),
        }
    }
    match changed.as_slice() {
        [one] if args.ids.len() == 1 => printer.one(one)?,
        _ => printer.list(&changed)?,
    }
    Ok(outcome.exit())
}

//! `a0 users delete ID…`: asks on a terminal, refuses off one without `--yes` (sending nothing). Each id is
//! looked up first, because Auth0's DELETE answers 204 even for a user that does not exist; missing users are
//! reported and the others still deleted (exit 6 when any failed).

use std::process::ExitCode;

use clap::Args;

use crate::api::users;
use crate::cli::GlobalArgs;
use crate::error::{CliError, Exit, usage};
use crate::output::{self, Printer};

pub const EXAMPLES: &str = "\
Examples:
  a0 users delete 'auth0|123'
  a0 users delete 'auth0|123' 'auth0|456' --yes
  a0 users list -q 'email:*@test.example' --quiet | xargs a0 users delete --yes";

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// User ids to delete.
    #[arg(value_name = "ID", required = true)]
    pub ids: Vec<String>,
    /// Do not ask for confirmation (required when not on a terminal).
    #[arg(short = 'y', long)]
    pub yes: bool,
}

pub async fn run(global: &GlobalArgs, args: DeleteArgs) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, output::USERS)?;
    if !args.yes {
        if !super::can_prompt(global) {
            return Err(usage(
                "refusing to delete without confirmation: not on a terminal (or --no-input); pass --yes",
            ));
        }
        let what = match args.ids.as_slice() {
            [one] => format!("user {one}"),
            many => format!("{} users", many.len()),
        };
        let sure = global
            .output
            .io
            .prompter()
            .confirm(&format!("Delete {what}? This cannot be undone"), false)?;
        if !sure {
            return Err(CliError::new(Exit::Failure, "nothing deleted").into());
        }
    }
    let client = super::connect(global).await?;
    let mut outcome = super::Outcome::default();
    let mut deleted = Vec::new();
    for id in &args.ids {
        let result = match users::get(&client, id).await {
            Ok(user) => users::delete(&client, id).await.map(|()| user),
            Err(e) => Err(e),
        };
        match result {
            Ok(user) => {
                outcome.ok();
                eprintln!("a0: deleted {id}");
                deleted.push(user);
            }
            Err(e) => outcome.fail(id, &e),
        }
    }
    if global.output.quiet {
        printer.list(&deleted)?;
    }
    Ok(outcome.exit())
}

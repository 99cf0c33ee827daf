//! `a0 users get ID…` and `a0 users get --email EMAIL`.

use std::process::ExitCode;

use clap::Args;

use crate::api::users;
use crate::cli::GlobalArgs;
use crate::error::{CliError, Exit};
use crate::output::{self, Printer};

pub const EXAMPLES: &str = "\
Examples:
  a0 users get 'auth0|63d17c4a8869daf88ed7db97'
  a0 users get 'auth0|1' 'auth0|2' -o json
  a0 users get --email ada@example.com --jq '.[].user_id'";

#[derive(Debug, Args)]
pub struct GetArgs {
    /// User ids (e.g. `auth0|63d17c4a8869daf88ed7db97`).
    #[arg(
        value_name = "ID",
        required_unless_present = "email",
        conflicts_with = "email"
    )]
    pub ids: Vec<String>,
    /// Find users by email instead (one per connection; Auth0 stores emails lower-cased).
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
}

/// `users get` shows every identity (linked accounts) beside the list's columns.
const USER_DETAIL: output::Kind = output::Kind {
    default_columns: &["user_id", "email", "name", "identities_list", "blocked"],
    ..output::USERS
};

pub async fn run(global: &GlobalArgs, args: GetArgs) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, USER_DETAIL)?;
    if let Some(email) = &args.email {
        super::validate_email(email)?;
        let client = super::connect(global).await?;
        let found = users::by_email(&client, email).await?;
        printer.list(&found)?;
        if found.is_empty() {
            return Err(
                CliError::new(Exit::NotFound, format!("no user has the email {email}")).into(),
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    for id in &args.ids {
        super::check_id(id)?;
    }
    let client = super::connect(global).await?;
    if let [id] = args.ids.as_slice() {
        let user = users::get(&client, id).await?;
        printer.one(&user)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut found = Vec::new();
    let mut outcome = super::Outcome::default();
    for id in &args.ids {
        match users::get(&client, id).await {
            Ok(u) => {
                outcome.ok();
                found.push(u);
            }
            Err(e) => outcome.fail(id, &e),
        }
    }
    printer.list(&found)?;
    Ok(outcome.exit())
}

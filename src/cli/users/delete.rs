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

#[cfg(test)]
mod tests {
    use clap::Parser;

    use crate::cli::{Cli, Command, users::UsersCommand};
    use crate::error::{CliError, Exit};
    use crate::output::Io;

    /// Parses `a0 users delete …` and gives it `io`.
    fn parse(args: &[&str], io: Io) -> (crate::cli::GlobalArgs, super::DeleteArgs) {
        let cli = Cli::try_parse_from(args).unwrap();
        let mut global = cli.global;
        global.output.io = io;
        match cli.command {
            Command::Users(UsersCommand::Delete(a)) => (global, a),
            other => panic!("parsed as {other:?}"),
        }
    }

    #[tokio::test]
    async fn answering_no_at_the_prompt_deletes_nothing_and_prints_nothing() {
        let (io, out, transcript) = Io::scripted(&["n"]);
        let (global, args) = parse(&["a0", "users", "delete", "auth0|1"], io);
        let err = super::run(&global, args).await.unwrap_err();
        assert_eq!(err.to_string(), "nothing deleted");
        assert_eq!(
            CliError::exit_in(&err).unwrap_or(Exit::Failure),
            Exit::Failure
        );
        assert_eq!(
            transcript.text(),
            "? Delete user auth0|1? This cannot be undone > n\n"
        );
        assert_eq!(out.text(), "");
    }

    #[tokio::test]
    async fn the_prompt_counts_several_users() {
        let (io, _, transcript) = Io::scripted(&["no"]);
        let (global, args) = parse(&["a0", "users", "delete", "auth0|1", "auth0|2"], io);
        assert!(super::run(&global, args).await.is_err());
        assert_eq!(
            transcript.text(),
            "? Delete 2 users? This cannot be undone > no\n"
        );
    }

    #[tokio::test]
    async fn no_input_refuses_without_asking() {
        let (io, out, transcript) = Io::scripted(&["y"]);
        let (global, args) = parse(&["a0", "users", "delete", "auth0|1", "--no-input"], io);
        let err = super::run(&global, args).await.unwrap_err();
        assert_eq!(
            CliError::exit_in(&err).unwrap_or(Exit::Failure),
            Exit::Usage
        );
        assert!(err.to_string().contains("pass --yes"), "{err}");
        assert_eq!(transcript.text(), "");
        assert_eq!(out.text(), "");
    }
}

//! `a0 users delete`: asks on a terminal, refuses off one without `--yes` (sending nothing). Ids that did not
//! come from a search are looked up 50 per search first, because Auth0's DELETE answers 204 even for a user that
//! does not exist; missing users are reported and the others still deleted (exit 6 when any failed).

use std::process::ExitCode;

use clap::Args;

use super::bulk::{self, BulkArgs, Change, Selection};
use crate::bulk::exec::Op;
use crate::cli::GlobalArgs;

pub const EXAMPLES: &str = "\
Examples:
  a0 users delete 'auth0|123'
  a0 users delete 'auth0|123' 'auth0|456' --yes
  a0 users delete --query 'email:*@test.example' --yes
  a0 users delete - --yes < ids.txt";

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// User ids; `-` alone reads ids (or users as NDJSON or a JSON array) from stdin.
    #[arg(value_name = "ID")]
    pub ids: Vec<String>,
    /// With --query: only users of this connection.
    #[arg(long, value_name = "NAME", requires = "query")]
    pub connection: Option<String>,
    #[command(flatten)]
    pub bulk: BulkArgs,
}

pub async fn run(global: &GlobalArgs, args: DeleteArgs) -> anyhow::Result<ExitCode> {
    let selection = Selection::from_args(args.ids, args.bulk.query.clone(), args.connection)?;
    let change = Change {
        verb: "delete",
        title: "Delete",
        past: "deleted",
        op: Op::Delete,
    };
    bulk::run(global, change, selection, &args.bulk).await
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

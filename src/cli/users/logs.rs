//! `a0 users logs USER [--limit N]`: a user's recent events, newest first ("why was I blocked?": failed
//! logins, blocks, password changes, Management API changes).

use std::process::ExitCode;

use clap::Args;

use super::{check_id, connect};
use crate::api::users;
use crate::cli::GlobalArgs;
use crate::output::{Kind, Printer};

pub const EXAMPLES: &str = "\
Examples:
  a0 users logs 'auth0|123'
  a0 users logs 'auth0|123' --limit 200 --jq '.[] | select(.type == \"fp\") | .date'

Types: s login, fp wrong password, fu unknown user, f failed login, limit_wc brute-force block, ss signup,
scp password changed, svr/sv verification email sent/verified, sapi/fapi Management API change.";

/// Log events.
const LOGS: Kind = Kind {
    default_columns: &["date", "type", "description", "ip", "client_id"],
    columns: &[
        "log_id",
        "date",
        "type",
        "description",
        "user_id",
        "user_name",
        "client_id",
        "connection",
        "ip",
        "details",
    ],
    dotted_roots: &["details"],
    id: "log_id",
    low_value: &["client_id", "ip"],
    whole: &["date", "type"],
};

#[derive(Debug, Args)]
pub struct LogsArgs {
    /// The user's id.
    #[arg(value_name = "USER")]
    pub user: String,
    /// How many events at most, newest first [default: 50].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub limit: Option<u32>,
}

pub async fn run(global: &GlobalArgs, args: LogsArgs) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, LOGS)?;
    check_id(&args.user)?;
    let client = connect(global).await?;
    let limit = args.limit.unwrap_or(50) as usize;
    printer.list(&users::logs(&client, &args.user, limit).await?)?;
    Ok(ExitCode::SUCCESS)
}

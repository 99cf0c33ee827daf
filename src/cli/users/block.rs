//! `a0 users block` and `a0 users unblock`: PATCH `{"blocked": true|false}` for the selected users (ids, `-`,
//! or `--query`), through the bulk runner.

use std::process::ExitCode;

use clap::Args;
use serde_json::json;

use super::bulk::{self, BulkArgs, Change, Selection};
use crate::bulk::exec::Op;
use crate::cli::GlobalArgs;

pub const BLOCK_EXAMPLES: &str = "\
Examples:
  a0 users block 'auth0|123'
  a0 users block --query 'email:*@spam.example'
  a0 users block --query 'email:*@spam.example' --dry-run
  a0 users list -q 'email:*@spam.example' --all --quiet | a0 users block - --yes

This sets blocked: true (an admin block). A lockout after too many failed logins is a brute-force block:
see `a0 users blocks`.";

pub const UNBLOCK_EXAMPLES: &str = "\
Examples:
  a0 users unblock 'auth0|123'
  a0 users unblock --query 'blocked:true AND app_metadata.blocked_by:\"script\"' --yes
  a0 users unblock - --yes < ids.txt

This clears blocked: true only. A lockout after too many failed logins is a brute-force block: clear it with
`a0 users blocks clear`.";

#[derive(Debug, Args)]
pub struct BlockArgs {
    /// User ids; `-` alone reads ids (or users as NDJSON or a JSON array) from stdin.
    #[arg(value_name = "ID")]
    pub ids: Vec<String>,
    /// With --query: only users of this connection.
    #[arg(long, value_name = "NAME", requires = "query")]
    pub connection: Option<String>,
    #[command(flatten)]
    pub bulk: BulkArgs,
}

pub async fn run(global: &GlobalArgs, args: BlockArgs, blocked: bool) -> anyhow::Result<ExitCode> {
    let selection = Selection::from_args(args.ids, args.bulk.query.clone(), args.connection)?;
    let change = if blocked {
        Change {
            verb: "block",
            title: "Block",
            past: "blocked",
            op: Op::Patch(json!({ "blocked": true })),
        }
    } else {
        Change {
            verb: "unblock",
            title: "Unblock",
            past: "unblocked",
            op: Op::Patch(json!({ "blocked": false })),
        }
    };
    bulk::run(global, change, selection, &args.bulk).await
}

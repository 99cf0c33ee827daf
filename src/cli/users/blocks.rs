//! `a0 users blocks list|clear USER | --identifier EMAIL`: the blocks Auth0's brute-force protection puts on a
//! user after repeated failed logins (per IP). Not the same as `a0 users block`, which sets `blocked: true`:
//! clearing these leaves an admin block alone, and unblocking a user leaves these alone.

use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::{check_id, connect};
use crate::api::users::{self, BlockedWho};
use crate::cli::GlobalArgs;
use crate::error::usage;
use crate::output::{Kind, Printer};

/// One brute-force block.
const BLOCKS: Kind = Kind {
    default_columns: &["identifier", "ip", "connection"],
    columns: &["identifier", "ip", "connection"],
    dotted_roots: &[],
    id: "identifier",
    low_value: &[],
    whole: &["identifier", "ip"],
};

const ABOUT: &str = "These are brute-force protection blocks (too many failed logins from one IP), not the admin \
block of `a0 users block` (blocked: true): each is cleared on its own.";

#[derive(Debug, Subcommand)]
pub enum BlocksCommand {
    /// List a user's brute-force blocks (failed-login lockouts), by user id or --identifier.
    #[command(after_help = "Examples:\n  a0 users blocks list 'auth0|123'\n  a0 users blocks list --identifier ada@example.com --json", long_about = ABOUT)]
    List(WhoArgs),
    /// Lift a user's brute-force blocks so they can try again (their password stays).
    #[command(after_help = "Examples:\n  a0 users blocks clear 'auth0|123'\n  a0 users blocks clear --identifier ada@example.com", long_about = ABOUT)]
    Clear(WhoArgs),
}

#[derive(Debug, Args)]
pub struct WhoArgs {
    /// The user's id.
    #[arg(
        value_name = "USER",
        required_unless_present = "identifier",
        conflicts_with = "identifier"
    )]
    pub user: Option<String>,
    /// An email, username or phone number instead of an id (may name users of several connections).
    #[arg(long, value_name = "EMAIL")]
    pub identifier: Option<String>,
}

impl WhoArgs {
    fn who(&self) -> anyhow::Result<BlockedWho<'_>> {
        match (&self.user, &self.identifier) {
            (Some(u), _) => {
                check_id(u)?;
                Ok(BlockedWho::User(u))
            }
            (None, Some(i)) if !i.trim().is_empty() => Ok(BlockedWho::Identifier(i)),
            _ => Err(usage("give a user id or --identifier EMAIL")),
        }
    }

    fn label(&self) -> &str {
        self.user
            .as_deref()
            .or(self.identifier.as_deref())
            .unwrap_or_default()
    }
}

pub async fn run(global: &GlobalArgs, cmd: BlocksCommand) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, BLOCKS)?;
    match cmd {
        BlocksCommand::List(a) => {
            let who = a.who()?;
            let client = connect(global).await?;
            let blocks = users::blocks(&client, &who).await?;
            if blocks.is_empty() && global.output.io.stderr_tty {
                crate::diag::notice(format!("{} has no brute-force blocks", a.label()));
            }
            printer.list(&blocks)?;
        }
        BlocksCommand::Clear(a) => {
            let who = a.who()?;
            let client = connect(global).await?;
            let before = users::blocks(&client, &who).await?.len();
            users::clear_blocks(&client, &who).await?;
            eprintln!(
                "a0: cleared {before} brute-force {} of {} (an admin block, blocked: true, stays as it is)",
                if before == 1 { "block" } else { "blocks" },
                a.label()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

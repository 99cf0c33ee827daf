//! The only code that writes results to stdout: tables, JSON, NDJSON, CSV, `--jq`.

use clap::Args;

/// Output flags shared by every command.
#[derive(Debug, Clone, Args)]
pub struct OutputArgs {
    /// Output format.
    #[arg(short = 'o', long, global = true, env = "A0_OUTPUT", value_enum)]
    pub output: Option<Format>,
    /// Short for `-o json`.
    #[arg(long, global = true)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Ndjson,
    Csv,
}

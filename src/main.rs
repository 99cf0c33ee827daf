//! a0: administer the users of an Auth0 tenant.
//!
//! `main` parses, runs, and maps the error to an exit code; nothing else.

mod api;
mod auth;
mod cli;
mod error;
mod jobs;
mod output;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("a0: cannot start the async runtime: {e}");
            return ExitCode::from(error::Exit::Failure as u8);
        }
    };
    match runtime.block_on(cli::run(cli)) {
        Ok(code) => code,
        Err(err) => error::report(&err),
    }
}

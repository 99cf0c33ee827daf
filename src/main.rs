//! a0: administer the users of an Auth0 tenant.
//!
//! `main` parses, runs, and maps the error to an exit code; nothing else.

mod api;
mod auth;
mod bulk;
mod cli;
mod diag;
mod error;
mod interrupt;
mod jobs;
mod output;
mod report;

use std::process::ExitCode;

/// Resolves when the process gets SIGTERM (never elsewhere): it ends like Ctrl-C, with 143.
async fn terminated() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            term.recv().await;
            return;
        }
    }
    std::future::pending::<()>().await;
}

fn main() -> ExitCode {
    report::install_panic_hook();
    // Lets the tests see what a user sees when a0 hits a bug.
    if std::env::var_os("A0_TEST_PANIC").is_some() {
        panic!("A0_TEST_PANIC is set");
    }
    let cli = cli::Cli::parse_args();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("a0: cannot start the async runtime: {e}");
            return error::Exit::Failure.into();
        }
    };
    // `a0 emulator serve` handles Ctrl-C itself, to shut the server down gracefully.
    let handles_interrupt = matches!(cli.command, cli::Command::Emulator(_));
    let code = runtime.block_on(async {
        let interrupted = async {
            if handles_interrupt {
                std::future::pending::<()>().await;
            }
            let ctrl_c = async {
                // A bulk run defers the first Ctrl-C (it stops sending and finishes what is in flight).
                loop {
                    if tokio::signal::ctrl_c().await.is_err() || interrupt::on_ctrl_c() {
                        break;
                    }
                }
            };
            tokio::select! {
                _ = ctrl_c => ("interrupted", ExitCode::from(error::Exit::Interrupted as u8)),
                _ = terminated() => ("terminated", ExitCode::from(143)),
            }
        };
        tokio::select! {
            result = cli::run(cli) => match result {
                Ok(code) => code,
                Err(err) => report::report(&err),
            },
            (what, code) = interrupted => {
                interrupt::remove_temp_files();
                eprintln!("a0: {what}");
                code
            }
        }
    });
    // Do not wait for in-flight requests or a local server after an interrupt.
    runtime.shutdown_background();
    code
}

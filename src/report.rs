//! The one place an error becomes an exit code and a message: [`exit_of`] walks the error's chain for a
//! [`CliError`] or an [`api::Error`], and [`report`] prints `a0: …` on stderr (a broken pipe exits 0 quietly,
//! like ripgrep), and [`install_panic_hook`] turns a panic into one line. It sits on the top floor with `main`, so that `error` and `api` need not know each other.

use std::process::ExitCode;

use crate::api;
use crate::error::{CliError, Exit};

/// The exit code an error maps to.
pub fn exit_of(err: &anyhow::Error) -> Exit {
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<CliError>() {
            return e.exit;
        }
        if let Some(e) = cause.downcast_ref::<api::Error>() {
            return e.exit();
        }
    }
    Exit::Failure
}

/// Whether the error chain holds a broken pipe (then a0 exits 0 quietly, like ripgrep).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|e| e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}

/// Whether the error chain holds an interrupted terminal read (Ctrl-C at a prompt).
pub fn is_interrupted_read(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::Interrupted)
    })
}

/// Prints `a0: <error>` on stderr and returns the exit code.
pub fn report(err: &anyhow::Error) -> ExitCode {
    if is_broken_pipe(err) {
        return ExitCode::SUCCESS;
    }
    // Ctrl-C at a prompt: the terminal read is interrupted; that is the user's answer, not an error.
    if is_interrupted_read(err) {
        return Exit::Interrupted.into();
    }
    eprintln!("a0: {err:#}");
    exit_of(err).into()
}

/// The exit code of a bug (a panic), as Rust's own.
pub const PANIC_EXIT: i32 = 101;

/// Replaces Rust's panic report (message + backtrace) by one line that says a0 hit a bug, how to report it
/// and the exit code, then exits 101 from whichever thread panicked. `RUST_BACKTRACE` (not `0`) opts in to
/// Rust's own report with the details before that line.
pub fn install_panic_hook() {
    let rust_report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let details = std::env::var_os("RUST_BACKTRACE").is_some_and(|v| !v.is_empty() && v != "0");
        if details {
            rust_report(info);
        }
        eprintln!("{}", panic_line(info.location(), details));
        std::process::exit(PANIC_EXIT);
    }));
}

fn panic_line(location: Option<&std::panic::Location<'_>>, details: bool) -> String {
    let at = location
        .map(|l| format!(" at {}:{}", l.file(), l.line()))
        .unwrap_or_default();
    let how = if details {
        "report it with the details above"
    } else {
        "run the command again with RUST_BACKTRACE=1 and report it with those details"
    };
    format!(
        "a0: internal error{at}: this is a bug in a0 {}, not a problem with your input; {how}, \
         the command you ran (secrets removed) and `a0 --version`. Exit code {PANIC_EXIT}.",
        env!("CARGO_PKG_VERSION")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::usage;

    #[test]
    fn broken_pipes_are_found_in_io_and_serde_json_errors() {
        let io = std::io::Error::from(std::io::ErrorKind::BrokenPipe);
        assert!(is_broken_pipe(&anyhow::Error::from(io).context("writing")));
        let json = serde_json::Error::io(std::io::Error::from(std::io::ErrorKind::BrokenPipe));
        assert!(is_broken_pipe(&anyhow::Error::from(json)));
        assert!(!is_broken_pipe(&anyhow::anyhow!("other")));
    }

    #[test]
    fn ctrl_c_at_a_prompt_is_130_and_quiet() {
        let io = std::io::Error::new(std::io::ErrorKind::Interrupted, "read interrupted");
        let err = anyhow::Error::from(io).context("cannot read the Domain");
        assert!(is_interrupted_read(&err));
        assert!(!is_interrupted_read(&anyhow::anyhow!("other")));
    }

    #[test]
    fn cli_errors_carry_their_exit_code_through_context() {
        let err = usage("bad").context("while parsing");
        assert_eq!(exit_of(&err), Exit::Usage);
        assert_eq!(exit_of(&anyhow::anyhow!("x")), Exit::Failure);
    }
}

//! Whether to colour output and whether stdout is a terminal: `--no-color`, `NO_COLOR`, `CLICOLOR`,
//! `CLICOLOR_FORCE` and `TERM=dumb`, in the precedence <https://bixense.com/clicolors/> and
//! <https://no-color.org/> describe.

/// The presentation facts a printer needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// stdout is a terminal (tables are aligned, JSON is pretty).
    pub stdout_tty: bool,
    /// ANSI colours may be written to stdout.
    pub color: bool,
}

impl Style {
    /// Reads the environment; `stdout_tty` comes from the run's [`super::Io`].
    pub fn detect(no_color_flag: bool, stdout_tty: bool) -> Style {
        let var = |k: &str| std::env::var(k).ok();
        Style {
            stdout_tty,
            color: decide(
                no_color_flag,
                stdout_tty,
                var("NO_COLOR").as_deref(),
                var("CLICOLOR").as_deref(),
                var("CLICOLOR_FORCE").as_deref(),
                var("TERM").as_deref(),
            ),
        }
    }
}

/// The colour decision as a pure function of its inputs.
fn decide(
    flag: bool,
    tty: bool,
    no_color: Option<&str>,
    clicolor: Option<&str>,
    clicolor_force: Option<&str>,
    term: Option<&str>,
) -> bool {
    if flag || no_color.is_some_and(|v| !v.is_empty()) {
        return false;
    }
    if clicolor_force.is_some_and(|v| !v.is_empty() && v != "0") {
        return true;
    }
    if clicolor == Some("0") || term == Some("dumb") {
        return false;
    }
    tty
}

#[cfg(test)]
mod tests {
    use super::decide;

    #[test]
    fn colour_precedence() {
        assert!(decide(false, true, None, None, None, Some("xterm")));
        assert!(!decide(false, false, None, None, None, Some("xterm")));
        assert!(!decide(true, true, None, None, Some("1"), None));
        assert!(!decide(false, true, Some("1"), None, Some("1"), None));
        assert!(decide(false, false, Some(""), None, Some("1"), None));
        assert!(!decide(false, true, None, Some("0"), None, None));
        assert!(!decide(false, true, None, None, None, Some("dumb")));
        assert!(decide(false, false, None, None, Some("1"), Some("dumb")));
    }
}

//! The process's streams, injectable (after gh's `IOStreams`): where results go (stdout), whether stdin,
//! stdout and stderr are terminals, and who answers questions (the [`Prompter`]). Commands get an [`Io`]
//! through the global flags; the real one is [`Io::system`], and tests build one with [`Io::scripted`] to run a
//! command in-process, answer its prompts and read what it printed.

#[cfg(test)]
use std::collections::VecDeque;
use std::io::{self, IsTerminal, Write};
use std::sync::{Arc, Mutex};

type SharedWriter = Arc<Mutex<dyn Write + Send>>;

/// stdout, the terminal facts and the prompter of one command run.
#[derive(Clone)]
pub struct Io {
    stdout: SharedWriter,
    pub stdin_tty: bool,
    pub stdout_tty: bool,
    pub stderr_tty: bool,
    /// The terminal's width in columns when stdout is one (else `$COLUMNS`, else none): tables fit it.
    pub width: Option<u16>,
    prompter: Arc<dyn Prompter>,
}

impl std::fmt::Debug for Io {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Io")
            .field("stdin_tty", &self.stdin_tty)
            .field("stdout_tty", &self.stdout_tty)
            .field("stderr_tty", &self.stderr_tty)
            .field("width", &self.width)
            .finish_non_exhaustive()
    }
}

impl Default for Io {
    fn default() -> Self {
        Io::system()
    }
}

impl Io {
    /// The real streams: the process's stdout, terminal checks, and dialoguer prompts on stderr.
    pub fn system() -> Io {
        Io {
            stdout: Arc::new(Mutex::new(io::stdout())),
            stdin_tty: io::stdin().is_terminal(),
            stdout_tty: io::stdout().is_terminal(),
            stderr_tty: io::stderr().is_terminal(),
            width: terminal_width(),
            prompter: Arc::new(Terminal),
        }
    }

    /// A writer to this run's stdout (a result's only way out). Each write locks the shared stream.
    pub fn stdout(&self) -> IoWriter {
        IoWriter(self.stdout.clone())
    }

    /// Whether a0 may ask questions: stdin and stderr are terminals (callers add `--no-input`).
    pub fn interactive(&self) -> bool {
        self.stdin_tty && self.stderr_tty
    }

    /// Who answers questions.
    pub fn prompter(&self) -> &dyn Prompter {
        self.prompter.as_ref()
    }

    /// Streams for a test: stdout captured, every stream "a terminal" (so prompts are allowed), and prompts
    /// answered from `answers` in order. Returns the captured stdout and the prompts' transcript.
    #[cfg(test)]
    pub fn scripted(answers: &[&str]) -> (Io, Captured, Captured) {
        let out = Captured::default();
        let transcript = Captured::default();
        let io = Io {
            stdout: out.0.clone(),
            stdin_tty: true,
            stdout_tty: false,
            stderr_tty: true,
            width: None,
            prompter: Arc::new(Scripted {
                answers: Mutex::new(answers.iter().map(|a| (*a).to_owned()).collect()),
                transcript: transcript.clone(),
            }),
        };
        (io, out, transcript)
    }
}

/// stdout's terminal width; `$COLUMNS` when the terminal reports none (some ptys say 0); tiny widths ignored.
fn terminal_width() -> Option<u16> {
    let usable = |w: &u16| *w >= 20;
    terminal_size::terminal_size_of(io::stdout())
        .map(|(terminal_size::Width(w), _)| w)
        .filter(usable)
        .or_else(|| {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|c| c.trim().parse::<u16>().ok())
                .filter(usable)
        })
}

/// A handle on an [`Io`]'s stdout; `Send + 'static`, so a blocking writer thread can own it.
pub struct IoWriter(SharedWriter);

impl Write for IoWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0
            .lock()
            .map_err(|_| io::Error::other("stdout lock poisoned"))?
            .write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0
            .lock()
            .map_err(|_| io::Error::other("stdout lock poisoned"))?
            .flush()
    }
}

/// Asks the person at the terminal. Errors are I/O errors (a closed terminal, Ctrl-C).
pub trait Prompter: Send + Sync {
    /// A line of text, checked by `validate` (its error is shown and the question asked again).
    fn input(
        &self,
        prompt: &str,
        validate: &dyn Fn(&str) -> Result<(), String>,
    ) -> io::Result<String>;
    /// A hidden answer, typed twice when `confirm` names the second prompt.
    fn password(&self, prompt: &str, confirm: Option<&str>) -> io::Result<String>;
    /// Yes or no.
    fn confirm(&self, prompt: &str, default: bool) -> io::Result<bool>;
    /// One of `items`; returns its index.
    fn select(&self, prompt: &str, items: &[String], default: usize) -> io::Result<usize>;
}

fn dialoguer_io(e: dialoguer::Error) -> io::Error {
    match e {
        dialoguer::Error::IO(e) => e,
    }
}

/// dialoguer on stderr.
struct Terminal;

impl Prompter for Terminal {
    fn input(
        &self,
        prompt: &str,
        validate: &dyn Fn(&str) -> Result<(), String>,
    ) -> io::Result<String> {
        dialoguer::Input::<String>::new()
            .with_prompt(prompt)
            .validate_with(|s: &String| validate(s))
            .interact_text()
            .map_err(dialoguer_io)
    }

    fn password(&self, prompt: &str, confirm: Option<&str>) -> io::Result<String> {
        let mut p = dialoguer::Password::new().with_prompt(prompt);
        if let Some(again) = confirm {
            p = p.with_confirmation(again, "The passwords do not match");
        }
        p.interact().map_err(dialoguer_io)
    }

    fn confirm(&self, prompt: &str, default: bool) -> io::Result<bool> {
        dialoguer::Confirm::new()
            .with_prompt(prompt)
            .default(default)
            .interact()
            .map_err(dialoguer_io)
    }

    fn select(&self, prompt: &str, items: &[String], default: usize) -> io::Result<usize> {
        dialoguer::Select::new()
            .with_prompt(prompt)
            .items(items)
            .default(default)
            .interact()
            .map_err(dialoguer_io)
    }
}

/// Bytes written by a test's [`Io`].
#[cfg(test)]
#[derive(Clone, Default)]
pub struct Captured(Arc<Mutex<Vec<u8>>>);

#[cfg(test)]
impl Captured {
    pub fn text(&self) -> String {
        self.0
            .lock()
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default()
    }

    fn line(&self, s: &str) {
        if let Ok(mut b) = self.0.lock() {
            b.extend_from_slice(s.as_bytes());
            b.push(b'\n');
        }
    }
}

/// Answers prompts from a script and records each question (`? prompt`) and answer in a transcript.
#[cfg(test)]
struct Scripted {
    answers: Mutex<VecDeque<String>>,
    transcript: Captured,
}

#[cfg(test)]
impl Scripted {
    fn next(&self, prompt: &str) -> io::Result<String> {
        let answer = self.answers.lock().ok().and_then(|mut a| a.pop_front());
        match answer {
            Some(a) => {
                self.transcript.line(&format!("? {prompt} > {a}"));
                Ok(a)
            }
            None => Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!("no scripted answer for `{prompt}`"),
            )),
        }
    }
}

#[cfg(test)]
impl Prompter for Scripted {
    fn input(
        &self,
        prompt: &str,
        validate: &dyn Fn(&str) -> Result<(), String>,
    ) -> io::Result<String> {
        loop {
            let a = self.next(prompt)?;
            match validate(&a) {
                Ok(()) => return Ok(a),
                Err(e) => self.transcript.line(&format!("! {e}")),
            }
        }
    }

    fn password(&self, prompt: &str, confirm: Option<&str>) -> io::Result<String> {
        let a = self.next(prompt)?;
        if let Some(again) = confirm
            && self.next(again)? != a
        {
            return Err(io::Error::other("The passwords do not match"));
        }
        Ok(a)
    }

    fn confirm(&self, prompt: &str, _default: bool) -> io::Result<bool> {
        Ok(matches!(self.next(prompt)?.as_str(), "y" | "yes"))
    }

    fn select(&self, prompt: &str, items: &[String], _default: usize) -> io::Result<usize> {
        let a = self.next(prompt)?;
        items
            .iter()
            .position(|i| *i == a)
            .ok_or_else(|| io::Error::other(format!("`{a}` is not one of {items:?}")))
    }
}

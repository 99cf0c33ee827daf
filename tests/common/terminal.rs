//! Runs `a0` on a real pseudo-terminal (util-linux `script`), for what happens only at a terminal: prompts,
//! tables fitted to its width, notices meant for people. stdin, stdout and stderr are all the terminal, so
//! the screen is one merged transcript (with the terminal's `\r\n`s turned back into `\n`).

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What the terminal showed and how `a0` exited.
#[derive(Debug)]
pub struct Screen {
    pub text: String,
    pub code: Option<i32>,
}

/// Whether this machine can run [`run`] (`script` from util-linux); tests print SKIPPED without it.
pub fn available() -> bool {
    Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("util-linux"))
}

fn quote(arg: &str) -> String {
    format!("'{}'", arg.replace('\'', r"'\''"))
}

/// Runs `cmd` (a hermetic `a0` command with its args) inside `script` on a terminal `columns` wide, types
/// `typed` (answers to prompts, each ending in `\n`) and returns the screen once `a0` exits.
pub fn run(cmd: &std::process::Command, typed: &str, columns: u16) -> Screen {
    let mut line = quote(&cmd.get_program().to_string_lossy());
    for arg in cmd.get_args() {
        line.push(' ');
        line.push_str(&quote(&arg.to_string_lossy()));
    }
    let mut script = Command::new("script");
    script.args(["-q", "-e", "-f", "-c", &line, "/dev/null"]);
    for (key, value) in cmd.get_envs() {
        match value {
            Some(v) => script.env(key, v),
            None => script.env_remove(key),
        };
    }
    // `script`'s terminal takes its size from its own stdin, which is a pipe here: a0 then reads $COLUMNS.
    script.env("COLUMNS", columns.to_string());
    let mut child = script
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("script runs");
    // Keep stdin open until a0 exits: at EOF `script` ends the session and kills a0.
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(typed.as_bytes()).expect("type");
    stdin.flush().expect("flush");
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout.read_to_end(&mut buf);
        buf
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("a0 on a terminal did not finish within 60 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    drop(stdin);
    let bytes = reader.join().expect("reader");
    Screen {
        text: String::from_utf8_lossy(&bytes).replace("\r\n", "\n"),
        code: status.code(),
    }
}

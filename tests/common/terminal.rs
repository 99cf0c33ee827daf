//! Runs `a0` on a real pseudo-terminal (util-linux `script`), for what happens only at a terminal: prompts,
//! tables fitted to its width, notices meant for people. stdin, stdout and stderr are all the terminal, so
//! the screen is one merged transcript (with the terminal's `\r\n`s turned back into `\n`). Answers are typed
//! when their prompt shows, as a person would.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
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

/// Runs `cmd` (a hermetic `a0` command with its args) inside `script` on a terminal `columns` wide and returns
/// the screen once `a0` exits. `steps` are (prompt, answer) pairs: each answer is typed (with `\n`) once the
/// screen shows its prompt after the previous one, because a terminal drops what was typed ahead when a
/// password prompt turns echo off.
pub fn run(cmd: &std::process::Command, steps: &[(&str, &str)], columns: u16) -> Screen {
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
    let mut stdout = child.stdout.take().expect("stdout");
    let screen = Arc::new(Mutex::new(Vec::<u8>::new()));
    let reader = {
        let screen = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                screen.lock().expect("screen").extend_from_slice(&buf[..n]);
            }
        })
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut seen = 0;
    let mut steps = steps.iter();
    let mut next = steps.next();
    let status = loop {
        if let Some((prompt, answer)) = next {
            let shown =
                String::from_utf8_lossy(&screen.lock().expect("screen")[seen..]).into_owned();
            if let Some(at) = shown.find(prompt) {
                seen += at + prompt.len();
                // Let the prompt finish setting up the terminal (echo off) before typing.
                std::thread::sleep(Duration::from_millis(100));
                stdin
                    .write_all(format!("{answer}\n").as_bytes())
                    .expect("type");
                stdin.flush().expect("flush");
                next = steps.next();
            }
        }
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let shown = String::from_utf8_lossy(&screen.lock().expect("screen")).into_owned();
            panic!("a0 on a terminal did not finish within 60 s; the screen:\n{shown}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    drop(stdin);
    let _ = reader.join();
    let bytes = screen.lock().expect("screen").clone();
    Screen {
        text: String::from_utf8_lossy(&bytes).replace("\r\n", "\n"),
        code: status.code(),
    }
}

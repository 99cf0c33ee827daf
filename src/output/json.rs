//! JSON output: pretty with ANSI colours on a terminal, compact when piped. Key order is the API's own
//! (serde_json `preserve_order`).

use std::io::{self, Write};

use serde_json::Value;

use super::Style;

const KEY: &str = "\x1b[1;34m";
const STR: &str = "\x1b[32m";
const NUM: &str = "\x1b[36m";
const LIT: &str = "\x1b[33m";
const RESET: &str = "\x1b[0m";

/// Writes `value` followed by a newline.
pub fn write(w: &mut dyn Write, value: &Value, style: Style) -> io::Result<()> {
    if style.color {
        colored(w, value, 0)?;
    } else if style.stdout_tty {
        serde_json::to_writer_pretty(&mut *w, value)?;
    } else {
        serde_json::to_writer(&mut *w, value)?;
    }
    writeln!(w)
}

fn colored(w: &mut dyn Write, value: &Value, depth: usize) -> io::Result<()> {
    let pad = |d: usize| "  ".repeat(d);
    match value {
        Value::Null | Value::Bool(_) => write!(w, "{LIT}{value}{RESET}"),
        Value::Number(_) => write!(w, "{NUM}{value}{RESET}"),
        Value::String(_) => write!(w, "{STR}{value}{RESET}"),
        Value::Array(a) if a.is_empty() => write!(w, "[]"),
        Value::Object(m) if m.is_empty() => write!(w, "{{}}"),
        Value::Array(a) => {
            writeln!(w, "[")?;
            for (i, v) in a.iter().enumerate() {
                write!(w, "{}", pad(depth + 1))?;
                colored(w, v, depth + 1)?;
                writeln!(w, "{}", if i + 1 < a.len() { "," } else { "" })?;
            }
            write!(w, "{}]", pad(depth))
        }
        Value::Object(m) => {
            writeln!(w, "{{")?;
            for (i, (k, v)) in m.iter().enumerate() {
                write!(
                    w,
                    "{}{KEY}{}{RESET}: ",
                    pad(depth + 1),
                    Value::String(k.clone())
                )?;
                colored(w, v, depth + 1)?;
                writeln!(w, "{}", if i + 1 < m.len() { "," } else { "" })?;
            }
            write!(w, "{}}}", pad(depth))
        }
    }
}

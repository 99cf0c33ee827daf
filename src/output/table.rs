//! Tables: aligned and fitted to the terminal on a TTY, tab-separated lines when piped (no header, no
//! truncation, no colour — like `gh`), and CSV (RFC 4180, header row).
//!
//! Fitting a table to the terminal ([`fit`]), in the order `gh` and `kubectl` users expect:
//! 1. default columns of low value (`logins_count`, `last_login`) are dropped, as few as it takes for the rest
//!    to fit with long names and connections cut to 20 characters;
//! 2. then the widest columns that may be shortened (names, connections) are cut with `…` until it fits;
//! 3. ids and emails are never cut or broken: if they alone are wider than the terminal, the line is long.
//!
//! Rendering is a few lines of padding, so no table crate is needed (comfy-table wrapped cells inside ids and
//! pulled in a terminal library a0 does not otherwise use).

use std::io::{self, Write};

use serde_json::Value;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{Style, cell};

/// Spaces between two columns.
const GAP: usize = 2;
/// A shortened column keeps at least this many characters (with the `…`).
const MIN_SHORT: usize = 6;
/// Before dropping a column, long names and connections are cut to this width.
const COMFORT: usize = 20;

/// How a table may be fitted to a terminal `width` columns wide.
#[derive(Debug, Clone, Copy)]
pub struct Fit<'a> {
    /// The terminal's width; `None`: no fitting at all.
    pub width: Option<usize>,
    /// Columns that may be dropped, first to go first (only when the columns are the defaults).
    pub droppable: &'a [&'a str],
    /// Columns never shortened (ids, emails).
    pub whole: &'a [&'a str],
}

/// The columns to show (indexes into `columns`) and the width of each, for `natural` widths.
fn fit(columns: &[String], natural: &[usize], fit: Fit<'_>) -> Vec<(usize, usize)> {
    let all: Vec<(usize, usize)> = natural.iter().copied().enumerate().collect();
    let Some(width) = fit.width else {
        return all;
    };
    let total = |shown: &[(usize, usize)]| {
        shown.iter().map(|(_, w)| w).sum::<usize>() + GAP * shown.len().saturating_sub(1)
    };
    // Ids and emails stay whole; so do droppable columns (a cut timestamp or count is worse than none).
    let may_shorten = |i: usize| {
        !fit.whole.contains(&columns[i].as_str()) && !fit.droppable.contains(&columns[i].as_str())
    };
    // No column is cut narrower than its header (nor than MIN_SHORT).
    let floor = |i: usize| MIN_SHORT.max(columns[i].width());
    // Drop as few low-value columns as it takes for the rest to fit with long names cut to COMFORT.
    let mut shown = all.clone();
    for k in 0..=fit.droppable.len() {
        shown = all
            .iter()
            .copied()
            .filter(|(i, _)| !fit.droppable[..k].contains(&columns[*i].as_str()))
            .collect();
        let snug: Vec<(usize, usize)> = shown
            .iter()
            .map(|&(i, w)| {
                let snug = if may_shorten(i) {
                    w.min(COMFORT.max(floor(i)))
                } else {
                    w
                };
                (i, snug)
            })
            .collect();
        if total(&snug) <= width {
            break;
        }
    }
    // Then cut the widest column that may be cut, one character at a time, until the table fits.
    let mut excess = total(&shown).saturating_sub(width);
    while excess > 0 {
        let widest = shown
            .iter_mut()
            .filter(|(i, w)| may_shorten(*i) && *w > floor(*i))
            .max_by_key(|(_, w)| *w);
        match widest {
            Some((_, w)) => {
                *w -= 1;
                excess -= 1;
            }
            None => break,
        }
    }
    shown
}

/// `text` cut to `width` display columns, ending in `…` when cut.
fn shorten(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// An aligned table for a terminal.
pub fn write_table(
    w: &mut dyn Write,
    columns: &[String],
    items: &[Value],
    style: Style,
    fitting: Fit<'_>,
) -> io::Result<()> {
    let header: Vec<String> = columns.iter().map(|c| c.to_uppercase()).collect();
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|item| columns.iter().map(|c| one_line(&cell(item, c))).collect())
        .collect();
    let natural: Vec<usize> = (0..columns.len())
        .map(|i| {
            rows.iter()
                .map(|r| r[i].width())
                .chain([header[i].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let shown = fit(columns, &natural, fitting);
    let line = |cells: &[String], bold: bool| -> String {
        let mut out = String::new();
        for (n, (i, width)) in shown.iter().enumerate() {
            let text = shorten(&cells[*i], *width);
            let pad = width.saturating_sub(text.width());
            if bold {
                out.push_str(&format!("\x1b[1m{text}\x1b[0m"));
            } else {
                out.push_str(&text);
            }
            if n + 1 < shown.len() {
                out.push_str(&" ".repeat(pad + GAP));
            }
        }
        out
    };
    writeln!(w, "{}", line(&header, style.color))?;
    for row in &rows {
        writeln!(w, "{}", line(row, false))?;
    }
    Ok(())
}

/// Piped table: one line per item, cells separated by tabs (tabs and newlines inside a cell become spaces).
pub fn write_tsv(w: &mut dyn Write, columns: &[String], items: &[Value]) -> io::Result<()> {
    for item in items {
        let line: Vec<String> = columns.iter().map(|c| one_line(&cell(item, c))).collect();
        writeln!(w, "{}", line.join("\t"))?;
    }
    Ok(())
}

/// CSV with a header row; fields quoted when they hold a comma, quote, CR or LF.
pub fn write_csv(w: &mut dyn Write, columns: &[String], items: &[Value]) -> io::Result<()> {
    let header: Vec<String> = columns.iter().map(|c| csv_field(c)).collect();
    write!(w, "{}\r\n", header.join(","))?;
    for item in items {
        let row: Vec<String> = columns.iter().map(|c| csv_field(&cell(item, c))).collect();
        write!(w, "{}\r\n", row.join(","))?;
    }
    Ok(())
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

fn one_line(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let mut out = Vec::new();
        let cols = vec!["user_id".to_owned(), "name".to_owned()];
        write_csv(
            &mut out,
            &cols,
            &[json!({"user_id":"a|1","name":"Lovelace, \"Ada\""})],
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "user_id,name\r\na|1,\"Lovelace, \"\"Ada\"\"\"\r\n"
        );
    }

    #[test]
    fn tsv_keeps_one_line_per_item() {
        let mut out = Vec::new();
        let cols = vec!["user_id".to_owned(), "name".to_owned()];
        write_tsv(&mut out, &cols, &[json!({"user_id":"a","name":"x\ty\nz"})]).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "a\tx y z\n");
    }

    #[test]
    fn shortening_counts_display_columns() {
        assert_eq!(shorten("Ada Lovelace", 20), "Ada Lovelace");
        assert_eq!(shorten("Ada Lovelace", 6), "Ada L…");
        assert_eq!(shorten("日本語のなまえ", 6), "日本…");
    }
}

//! Tables: aligned and sized to the terminal (comfy-table) on a TTY, tab-separated lines when piped (no header,
//! no truncation, no colour — like `gh`), and CSV (RFC 4180, header row).

use std::io::{self, Write};

use comfy_table::{Attribute, Cell, ContentArrangement, Table, presets};
use serde_json::Value;

use super::{Style, cell};

/// An aligned table for a terminal.
pub fn write_table(
    w: &mut dyn Write,
    columns: &[String],
    items: &[Value],
    style: Style,
) -> io::Result<()> {
    let mut table = Table::new();
    table
        .load_style(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Dynamic);
    // comfy-table sizes itself to the terminal; colour is only the attributes added below.
    if style.color {
        table.enforce_styling();
    }
    let header: Vec<Cell> = columns
        .iter()
        .map(|c| {
            let cell = Cell::new(c.to_uppercase());
            if style.color {
                cell.add_attribute(Attribute::Bold)
            } else {
                cell
            }
        })
        .collect();
    table.set_header(header);
    for item in items {
        table.add_row(columns.iter().map(|c| one_line(&cell(item, c))));
    }
    writeln!(w, "{table}")
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
}

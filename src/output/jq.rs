//! `--jq EXPR`: the embedded jaq (jq) interpreter. Checked before anything is sent (a syntax error or an
//! unknown function is a usage error that names the column and what was expected); results print one per
//! line, strings raw (like `gh --jq`), other values as compact JSON.
//!
//! jaq lacks jq's `@csv` and `@tsv` and words `@html`/`@sh` slightly differently, so [`FORMATS`] defines
//! all of jq 1.7's format strings the way jq writes them; they work as filters (`@csv`) and as string
//! interpolation prefixes (`@sh "rm \(.path)"`).

use std::io::Write;

use jaq_core::load::{self, Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data, unwrap_valr};
use jaq_json::Val;
use serde_json::Value;

/// jq 1.7's format strings, written in jq. Later definitions shadow jaq's own.
const FORMATS: &str = r#"
def @text: tostring;
def @json: tojson;
def @csv:
  if type != "array" then error("\(type) (\(tojson)) cannot be csv-formatted, only an array can be") end
  | map(if type == "string" then "\"" + (split("\"") | join("\"\"")) + "\""
        elif type == "null" then ""
        elif type == "number" or type == "boolean" then tojson
        else error("\(type) (\(tojson)) is not valid in a csv row") end)
  | join(",");
def @tsv:
  if type != "array" then error("\(type) (\(tojson)) cannot be tsv-formatted, only an array can be") end
  | map(if type == "string"
          then split("\\") | join("\\\\") | split("\t") | join("\\t")
             | split("\n") | join("\\n") | split("\r") | join("\\r")
        elif type == "null" then ""
        elif type == "number" or type == "boolean" then tojson
        else error("\(type) (\(tojson)) is not valid in a tsv row") end)
  | join("\t");
def @html:
  tostring | split("&") | join("&amp;") | split("<") | join("&lt;") | split(">") | join("&gt;")
  | split("'") | join("&#39;") | split("\"") | join("&quot;");
def @sh:
  [if type == "array" then .[] end
   | if type == "string" then "'" + (split("'") | join("'\\''")) + "'"
     elif type == "array" or type == "object" then error("\(type) (\(tojson)) can not be escaped for shell")
     else tojson end]
  | join(" ");
def @uri: tostring | encode_uri;
def @base64: tostring | encode_base64;
def @base64d: tostring | (length % 4) as $r | if $r == 0 then . else . + ("===" | .[0:4 - $r]) end | decode_base64;
"#;

/// Parses and compiles `expr`, returning a readable error.
pub fn check(expr: &str) -> Result<(), String> {
    let arena = Arena::default();
    compile(&arena, expr).map(|_| ())
}

fn compile<'a>(
    arena: &'a Arena,
    expr: &'a str,
) -> Result<jaq_core::Filter<data::JustLut<Val>>, String> {
    let formats = load::parse(FORMATS, |p| p.defs()).ok_or_else(|| {
        "the built-in jq format definitions do not parse (a bug in a0)".to_string()
    })?;
    let defs = jaq_core::defs()
        .chain(jaq_std::defs())
        .chain(jaq_json::defs())
        .chain(formats);
    let funs = jaq_core::funs()
        .chain(jaq_std::funs())
        .chain(jaq_json::funs());
    let loader = Loader::new(defs);
    let modules = loader
        .load(
            arena,
            File {
                code: expr,
                path: (),
            },
        )
        .map_err(|errs| describe_load(expr, errs))?;
    Compiler::default()
        .with_funs(funs)
        .compile(modules)
        .map_err(|errs| describe_compile(expr, errs))
}

/// Where `part` (a slice of `expr` that jaq points at) starts, as "column N" or "the end".
fn position(expr: &str, part: &str) -> String {
    let start = expr.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    if at < start
        || at > start + expr.len()
        || at - start == expr.len()
        || part.is_empty() && at - start >= expr.trim_end().len()
    {
        return "at the end of the expression".to_string();
    }
    let column = expr[..at - start].chars().count() + 1;
    format!("at column {column}")
}

fn found(part: &str) -> String {
    let token: String = part.chars().take(20).collect();
    if token.trim().is_empty() {
        "nothing".to_string()
    } else {
        format!("`{}`", token.split_whitespace().next().unwrap_or(&token))
    }
}

fn describe_load(expr: &str, errs: load::Errors<&str, ()>) -> String {
    let mut lines = Vec::new();
    for (_, err) in errs {
        match err {
            load::Error::Io(items) => {
                for (path, msg) in items {
                    lines.push(format!("cannot load module `{path}`: {msg}"));
                }
            }
            load::Error::Lex(items) => {
                for (expect, part) in items {
                    let what = match expect {
                        load::lex::Expect::Delim(d) => match d {
                            "(" => "a closing parenthesis",
                            "[" => "a closing bracket",
                            "{" => "a closing brace",
                            _ => "a closing quote",
                        },
                        load::lex::Expect::Digit => "a digit",
                        load::lex::Expect::Ident => "an identifier after `$` or `@`",
                        load::lex::Expect::Escape => "a string escape such as \\n",
                        load::lex::Expect::Unicode => "four hex digits after \\u",
                        _ => "a token",
                    };
                    lines.push(format!("expected {what} {}", position(expr, part)));
                }
            }
            load::Error::Parse(items) => {
                for (expect, part) in items {
                    let at = position(expr, part);
                    let what = match expect.as_str() {
                        "term" => "a filter",
                        other => other,
                    };
                    if at.ends_with("end of the expression") {
                        lines.push(format!("expected {what} {at}"));
                    } else {
                        lines.push(format!("expected {what} {at}, found {}", found(part)));
                    }
                }
            }
        }
    }
    format!("`{expr}`: {}", lines.join("; "))
}

fn describe_compile(expr: &str, errs: jaq_core::compile::Errors<&str, ()>) -> String {
    let mut lines = Vec::new();
    for (_, items) in errs {
        for (name, undefined) in items {
            let what = match undefined {
                jaq_core::compile::Undefined::Filter(arity) => format!("function `{name}/{arity}`"),
                other => format!("{} `{name}`", other.as_str()),
            };
            lines.push(format!("unknown {what} {}", position(expr, name)));
        }
    }
    format!("`{expr}`: {}", lines.join("; "))
}

/// A jq runtime error as jq prints it: an `error("text")` raw, anything else as (shortened) JSON.
fn runtime_message(e: jaq_core::Error<Val>) -> String {
    let text = match e.into_val() {
        Val::TStr(b) => String::from_utf8_lossy(&b).into_owned(),
        other => other.to_string(),
    };
    if text.chars().count() > 300 {
        let short: String = text.chars().take(300).collect();
        format!("{short}…")
    } else {
        text
    }
}

/// Runs `expr` on `input` and writes each result on its own line.
pub fn run(w: &mut dyn Write, expr: &str, input: &Value) -> anyhow::Result<()> {
    let arena = Arena::default();
    let filter = compile(&arena, expr)
        .map_err(|e| crate::error::usage(format!("invalid --jq expression: {e}")))?;
    let input: Val = serde_json::from_value(input.clone())?;
    let ctx = Ctx::<data::JustLut<Val>>::new(&filter.lut, Vars::new([]));
    for out in filter.id.run((ctx, input)).map(unwrap_valr) {
        let v = out.map_err(|e| anyhow::anyhow!("--jq failed: {}", runtime_message(e)))?;
        match &v {
            Val::TStr(b) => {
                w.write_all(b)?;
                writeln!(w)?;
            }
            other => writeln!(w, "{other}")?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn strings_are_raw_and_other_values_json() {
        let mut out = Vec::new();
        run(
            &mut out,
            ".[] | .email, .n",
            &json!([{"email":"a@x","n":1}]),
        )
        .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "a@x\n1\n");
    }

    #[test]
    fn syntax_errors_are_caught_before_running() {
        assert!(check(".[] | ").is_err());
        assert!(check("nosuchfunction(1)").is_err());
        assert!(check("map(select(.blocked)) | length").is_ok());
    }
}

#[cfg(test)]
mod corpus;

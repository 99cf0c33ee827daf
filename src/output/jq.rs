//! `--jq EXPR`: the embedded jaq (jq) interpreter. Checked before anything is sent (a syntax error or an
//! unknown function is a usage error); results print one per line, strings raw (like `gh --jq`), other
//! values as compact JSON.

use std::io::Write;

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data, unwrap_valr};
use jaq_json::Val;
use serde_json::Value;

/// Parses and compiles `expr`, returning a readable error.
pub fn check(expr: &str) -> Result<(), String> {
    let arena = Arena::default();
    compile(&arena, expr).map(|_| ())
}

fn compile<'a>(
    arena: &'a Arena,
    expr: &'a str,
) -> Result<jaq_core::Filter<data::JustLut<Val>>, String> {
    let defs = jaq_core::defs()
        .chain(jaq_std::defs())
        .chain(jaq_json::defs());
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
        .map_err(|errs| describe(expr, &format!("{errs:?}")))?;
    Compiler::default()
        .with_funs(funs)
        .compile(modules)
        .map_err(|errs| describe(expr, &format!("{errs:?}")))
}

fn describe(expr: &str, debug: &str) -> String {
    let detail: String = debug.chars().take(300).collect();
    format!("`{expr}`: {detail}")
}

/// Runs `expr` on `input` and writes each result on its own line.
pub fn run(w: &mut dyn Write, expr: &str, input: &Value) -> anyhow::Result<()> {
    let arena = Arena::default();
    let filter = compile(&arena, expr)
        .map_err(|e| crate::error::usage(format!("invalid --jq expression: {e}")))?;
    let input: Val = serde_json::from_value(input.clone())?;
    let ctx = Ctx::<data::JustLut<Val>>::new(&filter.lut, Vars::new([]));
    for out in filter.id.run((ctx, input)).map(unwrap_valr) {
        let v = out.map_err(|e| anyhow::anyhow!("--jq: {e}"))?;
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

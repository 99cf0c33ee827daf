//! Everyday jq expressions of admin scripts, with the output jq 1.7 prints for them (`jq -r`, one result
//! per line, compact JSON). The expected text is written here, not produced by running jq, so the suite runs
//! anywhere; each line was derived from jq's manual and checked against jq 1.7.1.

use super::run;
use serde_json::{Value, json};

fn users() -> Value {
    json!([
        {
            "user_id": "auth0|1",
            "email": "ada@acme.com",
            "name": "Ada Lovelace",
            "blocked": false,
            "logins_count": 3,
            "created_at": "2024-01-02T03:04:05.678Z",
            "app_metadata": {"plan": "pro"},
            "identities": [{"connection": "Username-Password-Authentication", "provider": "auth0"}]
        },
        {
            "user_id": "auth0|2",
            "email": "bob@example.com",
            "name": "Bob \"B\" O'Neil",
            "blocked": true,
            "created_at": "2023-05-06T07:08:09.000Z",
            "identities": [{"connection": "google-oauth2", "provider": "google-oauth2"}]
        }
    ])
}

/// (expression, what `jq -r -c EXPR` prints on [`users`]).
const CORPUS: &[(&str, &str)] = &[
    ("length", "2\n"),
    (".[].email", "ada@acme.com\nbob@example.com\n"),
    (".[] | select(.blocked) | .user_id", "auth0|2\n"),
    ("map(select(.blocked)) | length", "1\n"),
    (
        "[.[] | .email] | join(\",\")",
        "ada@acme.com,bob@example.com\n",
    ),
    (
        ".[] | \"\\(.email) \\(.blocked)\"",
        "ada@acme.com false\nbob@example.com true\n",
    ),
    (
        "map({id: .user_id, email})",
        "[{\"id\":\"auth0|1\",\"email\":\"ada@acme.com\"},{\"id\":\"auth0|2\",\"email\":\"bob@example.com\"}]\n",
    ),
    (
        ".[0] | keys",
        "[\"app_metadata\",\"blocked\",\"created_at\",\"email\",\"identities\",\"logins_count\",\"name\",\"user_id\"]\n",
    ),
    (".[0] | has(\"logins_count\")", "true\n"),
    ("map(.logins_count // 0)", "[3,0]\n"),
    ("sort_by(.created_at) | .[0].email", "bob@example.com\n"),
    ("group_by(.blocked) | map(length)", "[1,1]\n"),
    (
        "map(.identities[0].connection) | unique",
        "[\"Username-Password-Authentication\",\"google-oauth2\"]\n",
    ),
    (
        ".[] | select(.email | endswith(\"@acme.com\")) | .name",
        "Ada Lovelace\n",
    ),
    (
        ".[] | select(.email | test(\"^b\")) | .user_id",
        "auth0|2\n",
    ),
    (
        "map(.email | split(\"@\")[1])",
        "[\"acme.com\",\"example.com\"]\n",
    ),
    (".[1].created_at[:10]", "2023-05-06\n"),
    ("[.[] | .logins_count] | add", "3\n"),
    (".[0].name | ascii_downcase", "ada lovelace\n"),
    (".[] | .app_metadata.plan // \"free\"", "pro\nfree\n"),
    (
        "map(select(.app_metadata.plan == \"pro\")) | map(.email)",
        "[\"ada@acme.com\"]\n",
    ),
    (
        "to_entries | map(\"\\(.key)=\\(.value.email)\") | .[]",
        "0=ada@acme.com\n1=bob@example.com\n",
    ),
    (
        ".[0] | del(.identities, .app_metadata) | keys_unsorted | length",
        "6\n",
    ),
    ("[.[] | select(.blocked | not)] | length", "1\n"),
    (
        ".[0].email | ascii_upcase | ltrimstr(\"ADA\")",
        "@ACME.COM\n",
    ),
    ("reduce .[] as $u (0; . + ($u.logins_count // 0))", "3\n"),
    ("[limit(1; .[])] | length", "1\n"),
    ("first(.[] | select(.blocked)).email", "bob@example.com\n"),
    (
        ".[0] | with_entries(select(.key | startswith(\"log\")))",
        "{\"logins_count\":3}\n",
    ),
    // format strings, as filters
    (
        ".[] | [.user_id, .email] | @tsv",
        "auth0|1\tada@acme.com\nauth0|2\tbob@example.com\n",
    ),
    (
        ".[] | [.user_id, .email, .logins_count] | @csv",
        "\"auth0|1\",\"ada@acme.com\",3\n\"auth0|2\",\"bob@example.com\",\n",
    ),
    ("[.[1].name] | @csv", "\"Bob \"\"B\"\" O'Neil\"\n"),
    ("[.[1].name] | @tsv", "Bob \"B\" O'Neil\n"),
    (
        "[1.5, null, true, \"a\\tb\\\\c\"] | @tsv",
        "1.5\t\ttrue\ta\\tb\\\\c\n",
    ),
    (
        ".[] | [.email, (.identities | length)] | @csv",
        "\"ada@acme.com\",1\n\"bob@example.com\",1\n",
    ),
    (".[1].name | @sh", "'Bob \"B\" O'\\''Neil'\n"),
    ("[.[0].email, 3] | @sh", "'ada@acme.com' 3\n"),
    (".[1].name | @html", "Bob &quot;B&quot; O&#39;Neil\n"),
    (".[0].email | @uri", "ada%40acme.com\n"),
    (".[0].email | @base64", "YWRhQGFjbWUuY29t\n"),
    (".[0].email | @base64 | @base64d", "ada@acme.com\n"),
    ("\"YWRhQA\" | @base64d", "ada@\n"),
    (".[0].app_metadata | @json", "{\"plan\":\"pro\"}\n"),
    (".[0].logins_count | @text", "3\n"),
    // format strings as interpolation prefixes
    ("@sh \"echo \\(.[0].email)\"", "echo 'ada@acme.com'\n"),
    (
        "@uri \"https://x/?q=\\(.[1].name)\"",
        "https://x/?q=Bob%20%22B%22%20O%27Neil\n",
    ),
    ("@text \"\\(.[0].logins_count) logins\"", "3 logins\n"),
    (
        "@json \"v=\\(.[0].app_metadata)\"",
        "v={\"plan\":\"pro\"}\n",
    ),
    (
        "@html \"<b>\\(.[1].name)</b>\"",
        "<b>Bob &quot;B&quot; O&#39;Neil</b>\n",
    ),
    ("@base64 \"\\(.[0].user_id)\"", "YXV0aDB8MQ==\n"),
    (
        "@tsv \"\\(.[0] | [.user_id, .email])\"",
        "auth0|1\tada@acme.com\n",
    ),
    (
        "@csv \"row: \\([.[1].name])\"",
        "row: \"Bob \"\"B\"\" O'Neil\"\n",
    ),
];

#[test]
fn corpus_matches_jq() {
    let input = users();
    let mut failures = Vec::new();
    for (expr, want) in CORPUS {
        let mut out = Vec::new();
        match run(&mut out, expr, &input) {
            Ok(()) => {
                let got = String::from_utf8_lossy(&out);
                if got != *want {
                    failures.push(format!("{expr}\n  want {want:?}\n  got  {got:?}"));
                }
            }
            Err(e) => failures.push(format!("{expr}\n  want {want:?}\n  error {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ from jq:\n{}",
        failures.len(),
        CORPUS.len(),
        failures.join("\n")
    );
}

/// jq's errors for rows that cannot be formatted.
#[test]
fn unformattable_rows_fail_as_in_jq() {
    for (expr, want) in [
        ("[{}] | @csv", "object ({}) is not valid in a csv row"),
        ("[[1]] | @tsv", "array ([1]) is not valid in a tsv row"),
        (
            "{} | @csv",
            "object ({}) cannot be csv-formatted, only an array can be",
        ),
        ("[{}] | @sh", "object ({}) can not be escaped for shell"),
    ] {
        let mut out = Vec::new();
        let err = run(&mut out, expr, &json!(null))
            .expect_err(expr)
            .to_string();
        assert!(err.contains(want), "{expr}: {err}");
    }
}

/// Syntax errors name the column and what was expected, never jaq's debug structures.
#[test]
fn syntax_errors_are_readable() {
    for (expr, want) in [
        (
            ".[] | ",
            "`.[] | `: expected a filter at the end of the expression",
        ),
        (".[] | | .a", "expected a filter at column 7, found `|`"),
        ("nosuch(1)", "unknown function `nosuch/1` at column 1"),
        ("@nope", "unknown function `@nope/0` at column 1"),
        (
            "[1,2",
            "expected a closing bracket at the end of the expression",
        ),
        (". as $x | $y", "unknown variable `$y` at column 11"),
    ] {
        let err = super::check(expr).expect_err(expr);
        assert!(err.contains(want), "{expr}: {err}");
        assert!(
            !err.contains("File {") && !err.contains("Parse("),
            "{expr}: {err}"
        );
    }
}

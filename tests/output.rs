//! Output formats: piped table (snapshot), JSON, NDJSON, CSV, `--fields`, `--quiet`, `--jq`, `A0_OUTPUT`,
//! colour rules, and a broken pipe exiting 0 quietly.

mod common;

use std::io::Read;
use std::process::Stdio;

use common::{TestEnv, json, stderr, stdout};

fn seeded(n: usize) -> TestEnv {
    TestEnv::builder()
        .seed_users(TestEnv::numbered_users(n))
        .start()
}

const SORTED: &[&str] = &["users", "list", "--sort", "email:1"];

#[test]
fn piped_table_is_tab_separated_without_header_colour_or_truncation() {
    let env = seeded(3);
    let out = env.a0().args(SORTED).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(!text.contains('\x1b'), "no colour when piped");
    insta::assert_snapshot!("piped_table", text);
}

#[test]
fn fields_choose_the_columns_including_dotted_paths() {
    let env = TestEnv::new();
    env.create_user(
        "f@example.com",
        &["--name", "Eff", "--app-metadata", r#"{"plan":"pro"}"#],
    );
    let out = env
        .a0()
        .args([
            "users",
            "list",
            "--fields",
            "email,name,app_metadata.plan,blocked",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "f@example.com\tEff\tpro\t\n");
}

#[test]
fn json_is_an_array_of_the_apis_objects_and_compact_when_piped() {
    let env = seeded(2);
    let out = env.a0().args(SORTED).arg("--json").output().unwrap();
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "compact when piped");
    let v = json(&out);
    assert_eq!(v[0]["email"], "user0000@example.com");
    assert!(v[0]["identities"].is_array(), "the API's own fields");
    // -o json and A0_OUTPUT=json are the same thing.
    let o = env.a0().args(SORTED).args(["-o", "json"]).output().unwrap();
    assert_eq!(json(&o), v);
    let e = env
        .a0()
        .args(SORTED)
        .env("A0_OUTPUT", "json")
        .output()
        .unwrap();
    assert_eq!(json(&e), v);
}

#[test]
fn ndjson_is_one_object_per_line() {
    let env = seeded(3);
    let out = env
        .a0()
        .args(SORTED)
        .args(["-o", "ndjson"])
        .output()
        .unwrap();
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[2]["email"], "user0002@example.com");
}

#[test]
fn csv_has_a_header_and_the_chosen_columns() {
    let env = seeded(2);
    let out = env
        .a0()
        .args(SORTED)
        .args(["-o", "csv", "--fields", "email,name,email_verified"])
        .output()
        .unwrap();
    assert_eq!(
        stdout(&out),
        "email,name,email_verified\r\nuser0000@example.com,User 0000,true\r\nuser0001@example.com,User 0001,true\r\n"
    );
}

#[test]
fn quiet_prints_the_ids_one_per_line_in_the_listed_order() {
    let env = TestEnv::new();
    // Created out of email order, so the printed order can only come from `--sort email:1`.
    let ids: std::collections::HashMap<&str, String> =
        ["carol@example.com", "ann@example.com", "bob@example.com"]
            .into_iter()
            .map(|email| {
                let user = env.create_user(email, &[]);
                (email, user["user_id"].as_str().unwrap().to_owned())
            })
            .collect();
    let expected: String = ["ann@example.com", "bob@example.com", "carol@example.com"]
        .iter()
        .map(|email| format!("{}\n", ids[email]))
        .collect();
    let out = env.a0().args(SORTED).arg("--quiet").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), expected);
}

#[test]
fn jq_filters_and_prints_strings_raw() {
    let env = seeded(3);
    let out = env
        .a0()
        .args(SORTED)
        .args(["--jq", ".[].email"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "user0000@example.com\nuser0001@example.com\nuser0002@example.com\n"
    );
    let out = env
        .a0()
        .args(SORTED)
        .args(["--jq", "map(.email_verified) | length"])
        .output()
        .unwrap();
    assert_eq!(stdout(&out), "3\n");
    let out = env
        .a0()
        .args(SORTED)
        .args(["--jq", ".[0] | {email}"])
        .output()
        .unwrap();
    assert_eq!(stdout(&out), "{\"email\":\"user0000@example.com\"}\n");
}

#[test]
fn jq_format_strings_make_tsv_and_csv_rows() {
    let env = seeded(2);
    let out = env
        .a0()
        .args(SORTED)
        .args(["--jq", ".[] | [.email, .email_verified] | @tsv"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "user0000@example.com\ttrue\nuser0001@example.com\ttrue\n"
    );
    let out = env
        .a0()
        .args(SORTED)
        .args(["--jq", "@csv \"\\(.[0] | [.email, .logins_count])\""])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "\"user0000@example.com\",\n");
}

#[test]
fn a_bad_jq_expression_names_the_column_not_a_debug_dump() {
    let env = seeded(1);
    let out = env
        .a0()
        .args(["users", "list", "--jq", ".[] | | .email"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("expected a filter at column 7, found `|`"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("File {"), "{}", stderr(&out));
}

#[test]
fn colour_is_forced_by_clicolor_force_and_disabled_by_no_color_and_the_flag() {
    let env = seeded(1);
    let forced = env
        .a0()
        .args(SORTED)
        .arg("--json")
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(
        stdout(&forced).contains('\x1b'),
        "CLICOLOR_FORCE colours even when piped"
    );
    let no = env
        .a0()
        .args(SORTED)
        .arg("--json")
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!stdout(&no).contains('\x1b'), "NO_COLOR wins");
    let flag = env
        .a0()
        .args(SORTED)
        .args(["--json", "--no-color"])
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(!stdout(&flag).contains('\x1b'), "--no-color wins");
}

#[test]
fn a_broken_pipe_exits_0_without_a_message() {
    let env = seeded(300);
    let mut child = env
        .std_a0()
        .args(["users", "list", "--limit", "300", "-o", "ndjson"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

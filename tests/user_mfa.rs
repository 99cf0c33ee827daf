//! "I lost my phone": MFA methods enrolled by an import (`mfa_factors`) show in `a0 users mfa list`, `reset`
//! deletes them (asking first on a terminal), and `forget-browsers` answers as Auth0 does.

mod common;

use common::{TestEnv, json, stderr};

fn imported(env: &TestEnv) -> String {
    let file = env.dir().join("users.ndjson");
    std::fs::write(
        &file,
        concat!(
            r#"{"email":"mfa@example.com","mfa_factors":[{"totp":{"secret":"JBTWY3DPEHPK3PNP"}},{"phone":{"value":"+14155555044"}}]}"#,
            "\n",
            r#"{"email":"plain@example.com"}"#,
            "\n"
        ),
    )
    .unwrap();
    let out = env
        .a0()
        .args(["jobs", "import"])
        .arg(&file)
        .args(["--connection", "Username-Password-Authentication"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = env
        .a0()
        .args(["users", "get", "--email", "mfa@example.com", "--json"])
        .output()
        .unwrap();
    json(&out)[0]["user_id"].as_str().unwrap().to_owned()
}

#[test]
fn imported_factors_are_listed_and_reset() {
    let env = TestEnv::new();
    let uid = imported(&env);
    let out = env
        .a0()
        .args(["users", "mfa", "list", &uid, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let methods = json(&out);
    let kinds: Vec<&str> = methods
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["type"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["totp", "phone"], "{methods}");
    let phone = &methods[1]["phone_number"];
    assert!(
        phone.as_str().unwrap().ends_with("5044") && !phone.as_str().unwrap().contains("4155"),
        "{phone}"
    );
    assert!(methods[0]["id"].as_str().unwrap().starts_with("totp|dev_"));

    let out = env
        .a0()
        .args(["users", "mfa", "reset", &uid])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "off a terminal it needs --yes: {}",
        stderr(&out)
    );
    let out = env
        .a0()
        .args(["users", "mfa", "reset", &uid, "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("deleted 2 MFA methods"),
        "{}",
        stderr(&out)
    );
    let out = env
        .a0()
        .args(["users", "mfa", "list", &uid, "--json"])
        .output()
        .unwrap();
    assert_eq!(json(&out), serde_json::json!([]));

    let out = env
        .a0()
        .args(["users", "mfa", "forget-browsers", &uid])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = env
        .a0()
        .args(["users", "mfa", "list", "auth0|nobody"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
}

#[test]
fn on_a_terminal_reset_asks_and_no_keeps_the_methods() {
    let env = TestEnv::new();
    let uid = imported(&env);
    let Some(screen) = env.in_terminal(
        &["users", "mfa", "reset", &uid],
        &[("next login", "n")],
        120,
    ) else {
        return;
    };
    assert_eq!(screen.code, Some(0), "{}", screen.text);
    assert!(
        screen.text.contains("Delete the 2 MFA methods of"),
        "{}",
        screen.text
    );
    assert!(screen.text.contains("(totp, phone)"), "{}", screen.text);
    assert!(screen.text.contains("nothing deleted"), "{}", screen.text);
    let out = env
        .a0()
        .args(["users", "mfa", "list", &uid, "--json"])
        .output()
        .unwrap();
    assert_eq!(json(&out).as_array().unwrap().len(), 2);
}

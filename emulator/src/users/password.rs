//! Connection password policies (Auth0's password-sheriff presets).

use serde_json::Value;

/// The password policy of a database connection (`options.passwordPolicy` and
/// `options.password_complexity_options.min_length`), as Auth0's password-sheriff presets define them:
/// none ≥1 char; low ≥6; fair ≥8 with lower, upper and digits; good ≥8 with three of lower/upper/digit/special;
/// excellent ≥10, three of the four, and no character repeated more than twice in a row.
pub fn password_is_strong(connection_options: &Value, password: &str) -> bool {
    let policy = connection_options
        .get("passwordPolicy")
        .and_then(Value::as_str)
        .unwrap_or("none");
    let (base_min, kinds_needed, all_three, no_repeat) = match policy {
        "low" => (6, 0, false, false),
        "fair" => (8, 0, true, false),
        "good" => (8, 3, false, false),
        "excellent" => (10, 3, false, true),
        _ => (1, 0, false, false),
    };
    let min = connection_options
        .pointer("/password_complexity_options/min_length")
        .and_then(Value::as_u64)
        .map_or(base_min, |m| m as usize);
    if password.chars().count() < min.max(1) {
        return false;
    }
    let lower = password.chars().any(|c| c.is_lowercase());
    let upper = password.chars().any(|c| c.is_uppercase());
    let digit = password.chars().any(|c| c.is_ascii_digit());
    // password-sheriff counts the space among the special characters.
    let special = password.chars().any(|c| !c.is_alphanumeric());
    if all_three && !(lower && upper && digit) {
        return false;
    }
    let kinds = [lower, upper, digit, special]
        .iter()
        .filter(|k| **k)
        .count();
    if kinds < kinds_needed {
        return false;
    }
    if no_repeat {
        let chars: Vec<char> = password.chars().collect();
        if chars.windows(3).any(|w| w[0] == w[1] && w[1] == w[2]) {
            return false;
        }
    }
    true
}

/// The policy of [`password_is_strong`] in words, for a prompt: `at least 8 characters, with 3 of: …`.
pub fn describe_policy(connection_options: &Value) -> String {
    let policy = connection_options
        .get("passwordPolicy")
        .and_then(Value::as_str)
        .unwrap_or("none");
    let base_min = match policy {
        "low" => 6,
        "fair" | "good" => 8,
        "excellent" => 10,
        _ => 1,
    };
    let min = connection_options
        .pointer("/password_complexity_options/min_length")
        .and_then(Value::as_u64)
        .map_or(base_min, |m| m as usize)
        .max(1);
    let length = if min == 1 {
        "at least 1 character".to_owned()
    } else {
        format!("at least {min} characters")
    };
    const KINDS: &str =
        "lower-case letters, upper-case letters, digits, special characters (a space counts)";
    match policy {
        "fair" => format!("{length}, with lower-case and upper-case letters and digits"),
        "good" => format!("{length}, with 3 of: {KINDS}"),
        "excellent" => {
            format!("{length}, with 3 of: {KINDS}; no character more than twice in a row")
        }
        _ => length,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn policies_are_described_as_they_are_checked() {
        let good =
            json!({"passwordPolicy": "good", "password_complexity_options": {"min_length": 12}});
        assert!(
            describe_policy(&good).starts_with("at least 12 characters, with 3 of: lower-case")
        );
        assert_eq!(describe_policy(&json!({})), "at least 1 character");
        assert_eq!(
            describe_policy(&json!({"passwordPolicy": "low"})),
            "at least 6 characters"
        );
        assert!(
            describe_policy(&json!({"passwordPolicy": "excellent"}))
                .ends_with("more than twice in a row")
        );
    }

    #[test]
    fn good_policy_needs_eight_chars_and_three_kinds() {
        let o = json!({"passwordPolicy": "good", "password_complexity_options": {"min_length": 8}});
        assert!(!password_is_strong(&o, "Ab1!"));
        assert!(!password_is_strong(&o, "abcdefgh1"));
        assert!(password_is_strong(&o, "Abcdefg1"));
        assert!(password_is_strong(&o, "abcdef1!"));
    }
}

//! The default `picture` of a user: a Gravatar URL (md5 of the lower-cased email) whose fallback is an avatar
//! of two initials.

use md5::{Digest, Md5};

/// How the fallback avatar's initials are picked. Auth0 differs between its two ways of creating users.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Initials {
    /// `POST /users`: the first two ASCII letters or digits, `a` when there are none.
    AsciiOrA,
    /// Bulk imports (and seeding): the first two letters or digits of any script, none when there are none.
    Any,
}

/// `https://<host>/avatar/<md5(email)>?s=480&r=pg&d=<cdn.auth0.com avatar of the initials of initials_from>`.
pub fn gravatar(host: &str, email: &str, initials_from: &str, rule: Initials) -> String {
    let hash = hex::encode(Md5::digest(email.trim().to_lowercase().as_bytes()));
    let initials: String = initials_from
        .chars()
        .filter(|c| match rule {
            Initials::AsciiOrA => c.is_ascii_alphanumeric(),
            Initials::Any => c.is_alphanumeric(),
        })
        .take(2)
        .collect::<String>()
        .to_lowercase();
    let initials = if initials.is_empty() && rule == Initials::AsciiOrA {
        "a".to_string()
    } else {
        initials
    };
    format!(
        "https://{host}/avatar/{hash}?s=480&r=pg&d=https%3A%2F%2Fcdn.auth0.com%2Favatars%2F{initials}.png"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_two_initials_rules_differ_only_on_non_ascii_and_empty() {
        let ascii = gravatar("s.gravatar.com", "x@y.z", "Chuck", Initials::AsciiOrA);
        let any = gravatar("s.gravatar.com", "x@y.z", "Chuck", Initials::Any);
        assert_eq!(ascii, any);
        assert!(ascii.ends_with("avatars%2Fch.png"));
        assert!(gravatar("h", "", "!!", Initials::AsciiOrA).ends_with("%2Fa.png"));
        assert!(gravatar("h", "", "!!", Initials::Any).ends_with("%2F.png"));
        assert!(gravatar("h", "", "Élise", Initials::Any).ends_with("%2Fél.png"));
        assert!(gravatar("h", "", "Élise", Initials::AsciiOrA).ends_with("%2Fli.png"));
    }
}

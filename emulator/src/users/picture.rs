//! The default `picture` of a user.

use md5::{Digest, Md5};

/// Gravatar URL as Auth0 defaults `picture`: md5 of the lower-cased email, initials avatar fallback.
pub fn default_picture(host: &str, email: Option<&str>, name: &str) -> String {
    let email = email.unwrap_or("").trim().to_lowercase();
    let hash = hex::encode(Md5::digest(email.as_bytes()));
    let initials: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .take(2)
        .collect::<String>()
        .to_lowercase();
    let initials = if initials.is_empty() {
        "a".to_string()
    } else {
        initials
    };
    format!(
        "https://{host}/avatar/{hash}?s=480&r=pg&d=https%3A%2F%2Fcdn.auth0.com%2Favatars%2F{initials}.png"
    )
}

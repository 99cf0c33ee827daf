//! Cached Management API access tokens, so that each command does not fetch a new one.
//!
//! They live in `tokens.toml` beside `config.toml` (0600), not in the OS keyring: Auth0 access tokens are
//! often larger than the 2,560 bytes a Windows Credential Manager entry holds, and a cache file also avoids
//! a keyring round trip (and unlock prompt) per command. A cached token is reused until 60 s before it
//! expires. Tokens of `AUTH0_CLIENT_ID`/`AUTH0_CLIENT_SECRET` sessions are cached under [`env_key`] (domain,
//! client id, a hash of the secret), so a script of many commands fetches one token (Auth0 caps machine-to-machine
//! tokens per month); an `AUTH0_API_TOKEN` is never cached, and neither are the built-in `local` tenant's tokens
//! (it is in-process and issues tokens for free).

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{ENV_TENANT, LOCAL_TENANT, Secret, files};

/// How long before expiry a cached token stops being reused.
pub const EXPIRY_MARGIN_SECS: i64 = 60;

/// An access token and when it expires.
#[derive(Debug, Clone)]
pub struct CachedToken {
    pub access_token: Secret,
    /// Unix seconds.
    pub expires_at: i64,
    /// Space-separated scopes granted, when the server said.
    pub scope: Option<String>,
}

impl CachedToken {
    /// Whether it can still be used at `now` (unix seconds): more than 60 s left.
    pub fn is_fresh_at(&self, now: i64) -> bool {
        self.expires_at - EXPIRY_MARGIN_SECS > now
    }

    pub fn is_fresh(&self) -> bool {
        self.is_fresh_at(chrono::Utc::now().timestamp())
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct CacheFile {
    #[serde(default)]
    tenants: BTreeMap<String, Entry>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    access_token: String,
    expires_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scope: Option<String>,
}

/// The path of the cache file.
pub fn path() -> anyhow::Result<PathBuf> {
    Ok(files::config_dir()?.join("tokens.toml"))
}

fn persisted(tenant: &str) -> bool {
    tenant != ENV_TENANT && tenant != LOCAL_TENANT
}

/// A broken or unreadable cache is treated as empty: it only costs a token request.
fn read() -> CacheFile {
    let Ok(path) = path() else {
        return CacheFile::default();
    };
    match files::read_optional(&path) {
        Ok(Some(text)) => toml::from_str(&text).unwrap_or_default(),
        _ => CacheFile::default(),
    }
}

fn write(cache: &CacheFile) -> anyhow::Result<()> {
    let path = path()?;
    if cache.tenants.is_empty() {
        return files::remove_optional(&path);
    }
    let text = toml::to_string_pretty(cache)?;
    files::write_private(&path, &text)
}

/// The cache key of a session from `AUTH0_*` client credentials: the domain, the client id and a hash of the
/// secret (never the secret), so a CI script of many a0 commands asks Auth0 for one machine-to-machine token, and
/// another client or secret never gets it.
pub fn env_key(base_url: &url::Url, client_id: &str, secret: &Secret) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(secret.expose().as_bytes());
    let hash: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{ENV_TENANT} {} {client_id} {hash}",
        base_url.as_str().trim_end_matches('/')
    )
}

/// The cached token of `tenant` if it has more than 60 s left; `None` otherwise.
pub fn load(tenant: &str) -> Option<CachedToken> {
    if !persisted(tenant) {
        return None;
    }
    let entry = read().tenants.remove(tenant)?;
    let token = CachedToken {
        access_token: Secret::new(entry.access_token),
        expires_at: entry.expires_at,
        scope: entry.scope,
    };
    token.is_fresh().then_some(token)
}

/// Caches `tenant`'s token (no-op for the `env` and `local` tenants).
pub fn save(tenant: &str, token: &CachedToken) -> anyhow::Result<()> {
    if !persisted(tenant) {
        return Ok(());
    }
    let mut cache = read();
    let now = chrono::Utc::now().timestamp();
    cache.tenants.retain(|_, e| e.expires_at > now);
    cache.tenants.insert(
        tenant.to_string(),
        Entry {
            access_token: token.access_token.expose().to_string(),
            expires_at: token.expires_at,
            scope: token.scope.clone(),
        },
    );
    write(&cache)
}

/// Drops `tenant`'s cached token (after a 401, on logout, on a new login).
pub fn forget(tenant: &str) -> anyhow::Result<()> {
    let mut cache = read();
    if cache.tenants.remove(tenant).is_some() {
        write(&cache)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn freshness_keeps_a_sixty_second_margin() {
        let t = CachedToken {
            access_token: Secret::new("x"),
            expires_at: 1000,
            scope: None,
        };
        assert!(t.is_fresh_at(939));
        assert!(!t.is_fresh_at(940));
        assert!(!t.is_fresh_at(2000));
    }

    #[test]
    fn env_and_local_tokens_are_not_persisted() {
        assert!(!persisted("env"));
        assert!(!persisted("local"));
        assert!(persisted("prod"));
    }

    #[test]
    fn env_keys_name_domain_and_client_and_hide_the_secret() {
        let base = url::Url::parse("https://t.eu.auth0.com/").unwrap();
        let a = env_key(&base, "id", &Secret::new("s3cret"));
        assert!(persisted(&a));
        assert!(a.starts_with("env https://t.eu.auth0.com id "), "{a}");
        assert!(!a.contains("s3cret"));
        assert_ne!(a, env_key(&base, "id", &Secret::new("other")));
        assert_ne!(a, env_key(&base, "id2", &Secret::new("s3cret")));
    }
}

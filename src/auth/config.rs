//! Tenant profiles in `config.toml` (name, domain, client id, which credential store holds the secret, the
//! default tenant). Never holds a secret.
//!
//! ```toml
//! default = "prod"
//!
//! [tenants.prod]
//! domain = "https://prod.eu.auth0.com/"
//! client_id = "abc"
//! credential_store = "keyring"
//! ```

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use super::files;
use super::store::StoreKind;
use crate::error::usage;

/// One stored tenant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// The tenant's base URL as accepted by [`super::domain::parse`].
    pub domain: String,
    pub client_id: String,
    /// Where the client secret is: the OS keyring or `credentials.toml`.
    pub credential_store: StoreKind,
}

/// The whole `config.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Config {
    /// The tenant used when neither `--tenant` nor `A0_TENANT` names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    #[serde(default)]
    pub tenants: BTreeMap<String, Profile>,
}

/// The path of `config.toml`.
pub fn path() -> anyhow::Result<PathBuf> {
    Ok(files::config_dir()?.join("config.toml"))
}

impl Config {
    /// Loads `config.toml`; a missing file is an empty config.
    pub fn load() -> anyhow::Result<Config> {
        let path = path()?;
        match files::read_optional(&path)? {
            None => Ok(Config::default()),
            Some(text) => {
                toml::from_str(&text).with_context(|| format!("{} is not valid", path.display()))
            }
        }
    }

    /// Writes `config.toml` (0600, directory 0700).
    pub fn save(&self) -> anyhow::Result<()> {
        let text = toml::to_string_pretty(self).context("cannot serialize the configuration")?;
        files::write_private(&path()?, &text)
    }

    /// The profile called `name`, or a usage error (exit 2) listing the known tenants.
    pub fn get(&self, name: &str) -> anyhow::Result<&Profile> {
        self.tenants
            .get(name)
            .ok_or_else(|| usage(self.unknown_tenant_message(name)))
    }

    /// "unknown tenant `x`; known tenants: a, b, local".
    pub fn unknown_tenant_message(&self, name: &str) -> String {
        let mut known: Vec<&str> = self.tenants.keys().map(String::as_str).collect();
        known.push(super::LOCAL_TENANT);
        format!(
            "unknown tenant `{name}`; known tenants: {} (a0 login adds one)",
            known.join(", ")
        )
    }

    /// Adds or replaces a profile; the first one becomes the default.
    pub fn upsert(&mut self, name: &str, profile: Profile) {
        self.tenants.insert(name.to_string(), profile);
        if self.default.is_none() {
            self.default = Some(name.to_string());
        }
    }

    /// Removes a profile; when it was the default, no tenant is default any more.
    pub fn remove(&mut self, name: &str) -> Option<Profile> {
        let removed = self.tenants.remove(name);
        if self.default.as_deref() == Some(name) {
            self.default = None;
        }
        removed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(id: &str) -> Profile {
        Profile {
            domain: "https://t.auth0.com/".into(),
            client_id: id.into(),
            credential_store: StoreKind::File,
        }
    }

    #[test]
    fn first_tenant_becomes_default_and_later_ones_do_not() {
        let mut c = Config::default();
        c.upsert("a", profile("1"));
        c.upsert("b", profile("2"));
        assert_eq!(c.default.as_deref(), Some("a"));
        c.remove("a");
        assert_eq!(c.default, None);
        assert!(c.tenants.contains_key("b"));
    }

    #[test]
    fn round_trips_through_toml() {
        let mut c = Config::default();
        c.upsert("prod", profile("abc"));
        let text = toml::to_string_pretty(&c).unwrap();
        assert!(text.contains("credential_store = \"file\""), "{text}");
        assert_eq!(toml::from_str::<Config>(&text).unwrap(), c);
    }

    #[test]
    fn unknown_tenant_lists_known_ones() {
        let mut c = Config::default();
        c.upsert("prod", profile("abc"));
        let msg = c.unknown_tenant_message("nope");
        assert!(
            msg.contains("`nope`") && msg.contains("prod") && msg.contains("local"),
            "{msg}"
        );
    }
}

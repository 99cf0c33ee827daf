//! The `--config FILE` (TOML) format: extra clients with chosen scopes and API grants, the tenant's APIs, and
//! `export_password_hashes`.

use serde::Deserialize;

/// Parsed `--config` file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmulatorConfig {
    #[serde(default)]
    pub clients: Vec<ClientConfig>,
    /// APIs (resource servers), created or updated by identifier on every start.
    #[serde(default)]
    pub apis: Vec<ApiConfig>,
    /// An extension, off by default as Auth0 never exports password hashes: exports that name `password_hash`
    /// or `custom_password_hash` carry the stored hash, so users keep their passwords when moved between local
    /// tenants with `a0 jobs export` + `a0 jobs import`.
    #[serde(default)]
    pub export_password_hashes: bool,
}

/// An extra machine-to-machine client.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClientConfig {
    pub id: String,
    pub secret: String,
    /// Management API scopes.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// Other APIs this client may get client-credentials tokens for (Auth0's client grants).
    #[serde(default)]
    pub grants: Vec<GrantConfig>,
}

/// A client grant: the API (by identifier, the token `audience`) and the scopes granted on it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrantConfig {
    pub audience: String,
    #[serde(default)]
    pub scopes: Vec<String>,
}

/// An API (resource server). Fields not given keep Auth0's defaults (or, for an API that exists, their value).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiConfig {
    pub identifier: String,
    pub name: Option<String>,
    /// Permissions: `"read:x"` or `{ value = "read:x", description = "Read x" }`.
    #[serde(default)]
    pub scopes: Vec<ScopeConfig>,
    /// Enable RBAC (Auth0's `enforce_policies`).
    #[serde(alias = "enable_rbac")]
    pub enforce_policies: Option<bool>,
    /// `access_token`, `access_token_authz`, `rfc9068_profile` or `rfc9068_profile_authz`.
    pub token_dialect: Option<String>,
    pub token_lifetime: Option<i64>,
    pub allow_offline_access: Option<bool>,
    pub skip_consent_for_verifiable_first_party_clients: Option<bool>,
    pub signing_alg: Option<String>,
}

/// A scope of a config API.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum ScopeConfig {
    Value(String),
    Full {
        value: String,
        description: Option<String>,
    },
}

impl ScopeConfig {
    pub fn value(&self) -> &str {
        match self {
            ScopeConfig::Value(v) | ScopeConfig::Full { value: v, .. } => v,
        }
    }

    pub fn description(&self) -> Option<&str> {
        match self {
            ScopeConfig::Value(_) => None,
            ScopeConfig::Full { description, .. } => description.as_deref(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apis_and_grants_read_from_toml() {
        let c: EmulatorConfig = toml::from_str(
            r#"
[[apis]]
identifier = "https://api.example"
name = "Example"
scopes = ["read:x", { value = "write:x", description = "Write x" }]
enable_rbac = true
token_dialect = "access_token_authz"

[[clients]]
id = "m2m"
secret = "m2m-secret"
grants = [{ audience = "https://api.example", scopes = ["read:x"] }]
"#,
        )
        .unwrap();
        assert_eq!(c.apis[0].enforce_policies, Some(true));
        assert_eq!(c.apis[0].scopes[1].value(), "write:x");
        assert_eq!(c.apis[0].scopes[1].description(), Some("Write x"));
        assert_eq!(c.clients[0].grants[0].scopes, ["read:x"]);
        assert!(c.clients[0].scopes.is_empty());
        assert!(!c.export_password_hashes, "off unless asked for");
        let c: EmulatorConfig = toml::from_str("export_password_hashes = true\n").unwrap();
        assert!(c.export_password_hashes);
        assert!(
            toml::from_str::<EmulatorConfig>("[[apis]]\nidentifier = \"a\"\nfoo = 1\n").is_err()
        );
    }
}

//! The `--config FILE` (TOML) format: extra clients with chosen scopes, and tunables.

use serde::Deserialize;

/// Parsed `--config` file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmulatorConfig {
    #[serde(default)]
    pub clients: Vec<ClientConfig>,
}

/// An extra machine-to-machine client.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClientConfig {
    pub id: String,
    pub secret: String,
    #[serde(default)]
    pub scopes: Vec<String>,
}

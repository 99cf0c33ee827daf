//! Tenants, credential stores and the token cache. Decides which tenant a command talks to and with what
//! credentials; never does HTTP itself.
//!
//! Precedence (see docs/CREDENTIALS.md): `--tenant` flag > `AUTH0_*` environment variables > `A0_TENANT` >
//! the default stored tenant > the built-in local tenant.

pub mod config;
pub mod domain;
pub mod files;
pub mod local;
pub mod store;
pub mod token_cache;

use std::fmt;

use crate::error::usage;

pub use local::LocalTenant;
pub use token_cache::CachedToken;

/// The tenant name of a session built from `AUTH0_*` environment variables.
pub const ENV_TENANT: &str = "env";
/// The name of the built-in local tenant.
pub const LOCAL_TENANT: &str = "local";

/// A secret string (client secret, access token). Its `Debug` and `Display` never show it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself: only for the HTTP request or the credential store that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl From<String> for Secret {
    fn from(s: String) -> Self {
        Secret(s)
    }
}

/// Where a machine-to-machine application's client secret comes from.
#[derive(Debug, Clone)]
pub enum ClientSecret {
    /// Already in hand (`AUTH0_CLIENT_SECRET`, the local tenant).
    Known(Secret),
    /// In a stored tenant's credential store, read only when a new token is needed (a fresh cached token
    /// needs no keyring, so a locked keyring does not break it).
    Stored {
        tenant: String,
        kind: store::StoreKind,
    },
}

impl ClientSecret {
    /// The secret; a stored one is read from its store now, off the async runtime's threads.
    pub async fn load(&self) -> anyhow::Result<Secret> {
        match self {
            ClientSecret::Known(s) => Ok(s.clone()),
            ClientSecret::Stored { tenant, kind } => {
                let (tenant, kind) = (tenant.clone(), *kind);
                tokio::task::spawn_blocking(move || store::read_secret(&tenant, kind))
                    .await
                    .map_err(|e| anyhow::anyhow!("the credential store task failed: {e}"))?
            }
        }
    }
}

impl From<Secret> for ClientSecret {
    fn from(s: Secret) -> Self {
        ClientSecret::Known(s)
    }
}

/// How a session authenticates to the Management API.
#[derive(Debug, Clone)]
pub enum Credentials {
    /// A machine-to-machine application: tokens come from `POST /oauth/token` (client credentials).
    Client {
        client_id: String,
        client_secret: ClientSecret,
    },
    /// A ready Management API token (`AUTH0_API_TOKEN`); never refreshed.
    Token(Secret),
}

/// The tenant a command talks to, and how.
#[derive(Debug)]
pub struct Session {
    /// Profile name, `local`, or `env`.
    pub tenant: String,
    /// `https://tenant.eu.auth0.com/` or `http://127.0.0.1:PORT/` (always ends with `/`).
    pub base_url: url::Url,
    pub credentials: Credentials,
    /// Keeps the in-process local emulator alive while the command runs (held, not read: dropping it stops
    /// the server).
    #[allow(dead_code)]
    pub local: Option<LocalTenant>,
}

/// Which tenant the command line asked for, and how (the `cli` layer fills it in from clap's matches).
#[derive(Debug, Clone, Default)]
pub struct TenantChoice {
    /// `--tenant NAME` or `A0_TENANT=NAME`.
    pub name: Option<String>,
    /// Whether the name came from the `--tenant` flag itself: the flag beats `AUTH0_*` variables,
    /// `A0_TENANT` does not.
    pub from_flag: bool,
}

/// Picks the tenant and credentials for a command: flags > env > stored > local.
pub async fn resolve(choice: &TenantChoice) -> anyhow::Result<Session> {
    // A bad A0_CREDENTIAL_STORE is an error for every command, not only for `login` (exit 2).
    store::StoreKind::requested(false)?;
    let env = EnvCredentials::from_env();
    resolve_with(choice.name.as_deref(), choice.from_flag, env).await
}

async fn resolve_with(
    tenant: Option<&str>,
    tenant_is_flag: bool,
    env: Option<EnvCredentials>,
) -> anyhow::Result<Session> {
    if let Some(env) = env.filter(|_| !tenant_is_flag) {
        return env.into_session();
    }
    let cfg = config::Config::load()?;
    let name = match tenant {
        Some(name) => Some(name.to_string()),
        None => cfg.default.clone(),
    };
    match name.as_deref() {
        None | Some(LOCAL_TENANT) => local::start().await,
        Some(name) => {
            let profile = cfg.get(name)?;
            let base_url = domain::parse(&profile.domain)?;
            Ok(Session {
                tenant: name.to_string(),
                base_url,
                credentials: Credentials::Client {
                    client_id: profile.client_id.clone(),
                    client_secret: ClientSecret::Stored {
                        tenant: name.to_string(),
                        kind: profile.credential_store,
                    },
                },
                local: None,
            })
        }
    }
}

/// Where the tenant of a command comes from (for `a0 tenants current`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Flag,
    /// `AUTH0_DOMAIN` + credentials.
    Env,
    /// `A0_TENANT`.
    TenantVar,
    /// The default stored tenant.
    Default,
    /// Nothing configured: the built-in local tenant.
    Fallback,
}

impl Source {
    pub fn describe(self) -> &'static str {
        match self {
            Source::Flag => "--tenant",
            Source::Env => "AUTH0_* environment variables",
            Source::TenantVar => "A0_TENANT",
            Source::Default => "default tenant",
            Source::Fallback => "no tenant configured",
        }
    }
}

/// The name of the tenant a command would use and why, without starting anything or reading secrets.
/// Unknown names are a usage error (exit 2) listing the known ones.
pub fn current(choice: &TenantChoice) -> anyhow::Result<(String, Source)> {
    let flag = choice.from_flag;
    if !flag && EnvCredentials::from_env().is_some() {
        return Ok((ENV_TENANT.to_string(), Source::Env));
    }
    let cfg = config::Config::load()?;
    let (name, source) = match (&choice.name, &cfg.default) {
        (Some(t), _) if flag => (t.clone(), Source::Flag),
        (Some(t), _) => (t.clone(), Source::TenantVar),
        (None, Some(d)) => (d.clone(), Source::Default),
        (None, None) => (LOCAL_TENANT.to_string(), Source::Fallback),
    };
    if name != LOCAL_TENANT {
        cfg.get(&name)?;
    }
    Ok((name, source))
}

/// Credentials from `AUTH0_DOMAIN` + (`AUTH0_CLIENT_ID` + `AUTH0_CLIENT_SECRET` | `AUTH0_API_TOKEN`).
#[derive(Debug, Default)]
pub struct EnvCredentials {
    pub domain: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<Secret>,
    pub api_token: Option<Secret>,
}

impl EnvCredentials {
    /// Reads the variables; `None` when none of them is set (empty counts as unset).
    pub fn from_env() -> Option<Self> {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let env = EnvCredentials {
            domain: var("AUTH0_DOMAIN"),
            client_id: var("AUTH0_CLIENT_ID"),
            client_secret: var("AUTH0_CLIENT_SECRET").map(Secret),
            api_token: var("AUTH0_API_TOKEN").map(Secret),
        };
        let any = env.domain.is_some()
            || env.client_id.is_some()
            || env.client_secret.is_some()
            || env.api_token.is_some();
        any.then_some(env)
    }

    fn into_session(self) -> anyhow::Result<Session> {
        let Some(domain) = self.domain else {
            return Err(usage(
                "AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET or AUTH0_API_TOKEN is set but AUTH0_DOMAIN is not; \
                 set AUTH0_DOMAIN too (or unset them to use a stored tenant)",
            ));
        };
        let base_url = domain::parse(&domain)?;
        let credentials = match (self.api_token, self.client_id, self.client_secret) {
            (Some(token), _, _) => Credentials::Token(token),
            (None, Some(client_id), Some(client_secret)) => Credentials::Client {
                client_id,
                client_secret: client_secret.into(),
            },
            _ => {
                return Err(usage(
                    "AUTH0_DOMAIN is set: also set AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET, or AUTH0_API_TOKEN",
                ));
            }
        };
        Ok(Session {
            tenant: ENV_TENANT.to_string(),
            base_url,
            credentials,
            local: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_debug_and_display_are_redacted() {
        let s = Secret::new("hunter2");
        assert_eq!(format!("{s:?}"), "[redacted]");
        assert_eq!(format!("{s}"), "[redacted]");
        let c = Credentials::Client {
            client_id: "id".into(),
            client_secret: s.clone().into(),
        };
        assert!(!format!("{c:?}").contains("hunter2"));
        assert_eq!(s.expose(), "hunter2");
    }

    #[test]
    fn env_domain_with_api_token_wins_over_client_credentials() {
        let env = EnvCredentials {
            domain: Some("t.eu.auth0.com".into()),
            client_id: Some("id".into()),
            client_secret: Some(Secret::new("s")),
            api_token: Some(Secret::new("tok")),
        };
        let s = env.into_session().unwrap();
        assert_eq!(s.tenant, "env");
        assert_eq!(s.base_url.as_str(), "https://t.eu.auth0.com/");
        assert!(matches!(s.credentials, Credentials::Token(_)));
    }

    #[test]
    fn env_without_domain_is_a_usage_error() {
        let env = EnvCredentials {
            api_token: Some(Secret::new("tok")),
            ..Default::default()
        };
        let err = env.into_session().unwrap_err();
        assert_eq!(
            crate::error::CliError::exit_in(&err).unwrap_or(crate::error::Exit::Failure),
            crate::error::Exit::Usage
        );
    }

    #[test]
    fn env_domain_with_only_client_id_is_a_usage_error() {
        let env = EnvCredentials {
            domain: Some("t.eu.auth0.com".into()),
            client_id: Some("id".into()),
            ..Default::default()
        };
        let err = env.into_session().unwrap_err();
        assert_eq!(
            crate::error::CliError::exit_in(&err).unwrap_or(crate::error::Exit::Failure),
            crate::error::Exit::Usage
        );
    }
}

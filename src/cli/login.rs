//! `a0 login`, `a0 logout`: add a tenant (checking its credentials first) or forget one.

use std::io::Read;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;

use super::GlobalArgs;
use crate::api;
use crate::auth::config::{Config, Profile};
use crate::auth::store::{self, Keyring, StoreKind};
use crate::auth::{CachedToken, ENV_TENANT, LOCAL_TENANT, Secret, domain, token_cache};
use crate::error::usage;
use crate::output::Prompter;

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  a0 login
  a0 login --no-input --domain acme.eu.auth0.com --client-id ID \\
      --client-secret-stdin < secret.txt
  a0 login --name dev --domain http://127.0.0.1:4000 --insecure-storage")]
pub struct LoginArgs {
    /// Tenant domain (`acme.eu.auth0.com`) or URL; `http://` only for loopback addresses.
    #[arg(long)]
    pub domain: Option<String>,
    /// Client id of a machine-to-machine application authorized for the Management API.
    #[arg(long)]
    pub client_id: Option<String>,
    /// Read the client secret from standard input.
    #[arg(long, conflicts_with = "client_secret")]
    pub client_secret_stdin: bool,
    /// The client secret as an argument. It lands in your shell history: prefer --client-secret-stdin.
    #[arg(long, value_name = "SECRET", value_parser = parse_secret)]
    pub client_secret: Option<Secret>,
    /// Name for this tenant in a0 (default: the domain).
    #[arg(long)]
    pub name: Option<String>,
    /// Keep the client secret in credentials.toml (mode 0600) instead of the OS keyring.
    #[arg(long)]
    pub insecure_storage: bool,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  a0 logout
  a0 logout staging")]
pub struct LogoutArgs {
    /// Tenant to forget (default: the current one).
    #[arg(value_name = "TENANT")]
    pub name: Option<String>,
}

fn parse_secret(s: &str) -> Result<Secret, std::convert::Infallible> {
    Ok(Secret::new(s))
}

fn prompt_text(prompter: &dyn Prompter, label: &str) -> anyhow::Result<String> {
    prompter
        .input(label, &|_| Ok(()))
        .with_context(|| format!("cannot read the {label}"))
}

/// A value from its flag, else a prompt on a terminal, else a usage error naming the flag.
fn required(
    value: Option<String>,
    ask: Option<&dyn Prompter>,
    label: &str,
    flag: &str,
) -> anyhow::Result<String> {
    let value = match (value, ask) {
        (Some(v), _) => v,
        (None, Some(prompter)) => prompt_text(prompter, label)?,
        (None, None) => {
            return Err(usage(format!(
                "{flag} is required when a0 cannot prompt (no terminal, or --no-input)"
            )));
        }
    };
    let value = value.trim().to_string();
    if value.is_empty() {
        return Err(usage(format!("the {label} is empty")));
    }
    Ok(value)
}

fn read_secret(args: &LoginArgs, ask: Option<&dyn Prompter>) -> anyhow::Result<Secret> {
    let secret = if let Some(s) = &args.client_secret {
        crate::diag::warn(
            "--client-secret puts the secret in your shell history and process list; \
             use --client-secret-stdin or the prompt instead",
        );
        s.expose().to_string()
    } else if args.client_secret_stdin {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .context("cannot read the client secret from stdin")?;
        s.trim_end_matches(['\n', '\r']).to_string()
    } else if let Some(prompter) = ask {
        prompter
            .password("Client secret", None)
            .context("cannot read the client secret")?
    } else {
        return Err(usage(
            "the client secret is required: pass it on stdin with --client-secret-stdin \
             (a0 cannot prompt: no terminal, or --no-input)",
        ));
    };
    if secret.trim().is_empty() {
        return Err(usage("the client secret is empty"));
    }
    Ok(Secret::new(secret))
}

/// `host` or `host:port` of a base URL: the default tenant name.
fn default_name(base: &url::Url) -> String {
    let host = base.host_str().unwrap_or("tenant").to_string();
    match base.port() {
        Some(p) => format!("{host}:{p}"),
        None => host,
    }
}

fn check_name(name: &str) -> anyhow::Result<()> {
    if name == LOCAL_TENANT || name == ENV_TENANT {
        return Err(usage(format!(
            "`{name}` is reserved (the built-in local tenant and the AUTH0_* variables); choose another --name"
        )));
    }
    if name.trim().is_empty() || name.chars().any(char::is_control) {
        return Err(usage("the tenant name must be non-empty printable text"));
    }
    Ok(())
}

pub async fn login(global: &GlobalArgs, args: LoginArgs) -> anyhow::Result<ExitCode> {
    let ask = super::session::can_prompt(global).then(|| global.output.io.prompter());
    let mut kind = StoreKind::requested(args.insecure_storage)?;
    let domain_text = required(args.domain.clone(), ask, "Domain", "--domain")?;
    let base = domain::parse(&domain_text)?;
    let name = args.name.clone().unwrap_or_else(|| default_name(&base));
    check_name(&name)?;
    let client_id = required(args.client_id.clone(), ask, "Client ID", "--client-id")?;
    let secret = read_secret(&args, ask)?;

    // Know before any request whether the secret can be kept; never fall back silently.
    // On a terminal (a headless box over ssh, say) the file store is offered right there.
    if kind == StoreKind::Keyring
        && let Err(e) = Keyring::platform().probe()
    {
        let file = store::file_path()?;
        let question = format!(
            "Keep the client secret in {} instead (unencrypted, readable only by you)?",
            file.display()
        );
        match ask {
            Some(prompter) => {
                crate::diag::notice(format!("the OS keyring is not available: {e}"));
                if prompter.confirm(&question, false)? {
                    kind = StoreKind::File;
                } else {
                    return Err(crate::error::CliError::new(
                        crate::error::Exit::Failure,
                        store::keyring_unavailable_message(&e),
                    )
                    .into());
                }
            }
            None => {
                return Err(crate::error::CliError::new(
                    crate::error::Exit::Failure,
                    store::keyring_unavailable_message(&e),
                )
                .into());
            }
        }
    }

    let http = api::http_client(&base)?;
    let token = api::oauth::client_credentials(&http, &base, &client_id, &secret).await?;

    store::write_secret(&name, kind, &secret)?;
    let mut cfg = Config::load()?;
    // Logging in again with the other store: do not leave the old copy of the secret behind.
    if let Some(old) = cfg.tenants.get(&name)
        && old.credential_store != kind
        && old.credential_store == StoreKind::File
    {
        store::delete_secret(&name, None)?;
    }
    let was_default = cfg.default.is_some();
    cfg.upsert(
        &name,
        Profile {
            domain: base.to_string(),
            client_id,
            credential_store: kind,
        },
    );
    cfg.save()?;
    token_cache::forget(&name)?;
    let cached = CachedToken {
        access_token: Secret::new(token.access_token),
        expires_at: chrono::Utc::now().timestamp() + token.expires_in,
        scope: token.scope.clone(),
    };
    if let Err(e) = token_cache::save(&name, &cached) {
        crate::diag::warn(format!("could not cache the access token: {e:#}"));
    }

    if kind == StoreKind::File {
        eprintln!(
            "warning: the client secret is stored unencrypted in {} (readable only by you)",
            store::file_path()?.display()
        );
    }
    eprintln!("Logged in to {name} ({base}).");
    if !was_default {
        eprintln!("{name} is now the default tenant.");
    }
    let scopes: Vec<&str> = token
        .scope
        .as_deref()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    if scopes.is_empty() {
        eprintln!("Granted scopes: none (authorize the application for the Management API)");
    } else {
        eprintln!("Granted scopes:");
        for s in scopes {
            eprintln!("  {s}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn logout(global: &GlobalArgs, args: LogoutArgs) -> anyhow::Result<ExitCode> {
    let mut cfg = Config::load()?;
    let Some(name) = args
        .name
        .or_else(|| global.tenant.clone())
        .or_else(|| cfg.default.clone())
    else {
        return Err(usage(
            "no tenant to log out of: none is configured (name one: a0 logout NAME)",
        ));
    };
    if name == LOCAL_TENANT {
        return Err(usage(
            "the built-in local tenant has no credentials to forget",
        ));
    }
    let profile = cfg.get(&name)?.clone();
    let was_default = cfg.default.as_deref() == Some(name.as_str());
    // The profile goes first: once it is saved, nothing refers to the secret, and a keyring that cannot be
    // reached only leaves an entry to delete by hand (the warning names it), never a half-removed tenant.
    cfg.remove(&name);
    cfg.save()?;
    token_cache::forget(&name)?;
    if let Some(warning) = store::delete_secret(&name, Some(profile.credential_store))? {
        crate::diag::warn(warning);
    }
    eprintln!("Logged out of {name}.");
    if was_default && !cfg.tenants.is_empty() {
        eprintln!("There is no default tenant now; choose one with `a0 tenants use NAME`.");
    }
    Ok(ExitCode::SUCCESS)
}

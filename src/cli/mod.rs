//! The command tree. One file per noun: it parses (clap derive) and orchestrates; HTTP lives in `crate::api`,
//! credentials in `crate::auth`, and everything written to stdout goes through `crate::output`.

pub mod apis;
pub mod completions;
pub mod emulator;
#[cfg(test)]
mod examples;
pub mod jobs;
pub mod login;
pub mod roles;
mod session;
pub mod tenants;
pub mod token;
pub mod userinfo;
pub mod users;

use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::output::OutputArgs;

/// What `a0 --help` shows after the commands.
pub const AFTER_HELP: &str = "\
Examples:
  a0 users list
  a0 users create --connection Username-Password-Authentication \\
      --email ada@example.com --password-stdin <<< 'Correct Horse Battery 9'
  a0 login --domain tenant.eu.auth0.com --client-id ID --client-secret-stdin < secret.txt
  AUTH0_DOMAIN=tenant.eu.auth0.com AUTH0_CLIENT_ID=… AUTH0_CLIENT_SECRET=… \\
      a0 users list -o json

Without a configured tenant, a0 uses the built-in local tenant (an emulator stored in your data dir).

Exit codes:
  0    ok
  1    other failure
  2    bad usage or bad input (nothing was sent)
  3    not found
  4    not authenticated or not allowed (missing scope)
  5    server error, or rate limited after retries
  6    partial failure: some items of a multi-item command failed
  130  interrupted (Ctrl-C)";

/// Administer the users of an Auth0 tenant (and run a local one).
#[derive(Debug, Parser)]
#[command(name = "a0", version, about, propagate_version = true, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command takes.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Tenant to use (a name from `a0 tenants list`, or `local`).
    #[arg(long, global = true, env = "A0_TENANT")]
    pub tenant: Option<String>,
    /// Never prompt; fail instead when a value is missing.
    #[arg(long, global = true)]
    pub no_input: bool,
    /// Log each HTTP request (method, URL, status, duration, rate-limit headers) to stderr; secrets redacted.
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Give up on one request after this many seconds, however slowly its answer trickles in (export
    /// downloads excepted) [default: 30].
    #[arg(long, global = true, env = "A0_TIMEOUT", value_name = "SECONDS", value_parser = parse_timeout)]
    pub timeout: Option<std::time::Duration>,
    #[command(flatten)]
    pub output: OutputArgs,
    /// Whether `--tenant` was given as a flag (not through `A0_TENANT`); set by [`Cli::parse_args`].
    #[arg(skip)]
    pub tenant_from_flag: bool,
}

impl GlobalArgs {
    /// The tenant the command line asked for, for `crate::auth`.
    pub fn tenant_choice(&self) -> crate::auth::TenantChoice {
        crate::auth::TenantChoice {
            name: self.tenant.clone(),
            from_flag: self.tenant_from_flag,
        }
    }
}

/// `--timeout`: seconds, more than 0 (fractions allowed).
fn parse_timeout(s: &str) -> Result<std::time::Duration, String> {
    match s.trim().parse::<f64>() {
        Ok(secs) if secs > 0.0 && secs.is_finite() && secs <= 86_400.0 => {
            Ok(std::time::Duration::from_secs_f64(secs))
        }
        _ => Err(format!(
            "`{s}` is not a number of seconds between 0 and 86400 (e.g. --timeout 30)"
        )),
    }
}

impl Cli {
    /// Parses the process's arguments (exiting with clap's message on bad usage) and records where `--tenant`
    /// came from: clap merges the flag and `A0_TENANT`, but only the flag beats the `AUTH0_*` variables.
    pub fn parse_args() -> Cli {
        use clap::{CommandFactory, FromArgMatches, ValueEnum};
        // clap's own message would name --output; the value came from the environment, so say that.
        if let Some(v) = std::env::var_os("A0_OUTPUT").filter(|v| !v.is_empty()) {
            let v = v.to_string_lossy();
            if crate::output::Format::from_str(&v, true).is_err() {
                eprintln!(
                    "a0: A0_OUTPUT={v} is not an output format; set it to table, json, ndjson or csv, or unset it"
                );
                std::process::exit(crate::error::Exit::Usage as i32);
            }
        }
        let matches = Cli::command().get_matches();
        let mut cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
        cli.global.tenant_from_flag =
            matches.value_source("tenant") == Some(clap::parser::ValueSource::CommandLine);
        crate::diag::set_verbose(cli.global.verbose);
        crate::api::set_timeout(cli.global.timeout.unwrap_or(crate::api::DEFAULT_TIMEOUT));
        cli
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log in to a tenant with a machine-to-machine application's credentials.
    Login(login::LoginArgs),
    /// Forget a tenant: its profile, secret and cached token.
    Logout(login::LogoutArgs),
    /// List, choose and show the tenants a0 knows.
    #[command(subcommand)]
    Tenants(tenants::TenantsCommand),
    /// Print the Management API access token, or its claims.
    Token(token::TokenArgs),
    /// List, search, create, update, block and delete users.
    #[command(subcommand)]
    Users(users::UsersCommand),
    /// The profile a user's access token gives (/userinfo); the token comes from stdin.
    #[command(after_help = userinfo::USERINFO_EXAMPLES)]
    Userinfo(userinfo::TokenArg),
    /// The profile in a user's ID token (/tokeninfo); the token comes from stdin.
    #[command(after_help = userinfo::TOKENINFO_EXAMPLES)]
    Tokeninfo(userinfo::TokenArg),
    /// APIs (resource servers): the audiences tokens are for, their permissions, RBAC.
    #[command(subcommand)]
    Apis(apis::ApisCommand),
    /// Roles, their permissions and their users.
    #[command(subcommand)]
    Roles(roles::RolesCommand),
    /// Bulk import and export users (Auth0 jobs), and inspect jobs.
    #[command(subcommand)]
    Jobs(jobs::JobsCommand),
    /// Run the local Auth0 tenant as a server.
    #[command(subcommand)]
    Emulator(emulator::EmulatorCommand),
    /// Print a shell completion script.
    #[command(after_help = completions::EXAMPLES)]
    Completions(completions::CompletionsArgs),
    /// Write man pages (a0.1 and one per subcommand) into a directory.
    #[command(after_help = completions::MAN_EXAMPLES)]
    Man(completions::ManArgs),
}

/// Runs the parsed command.
pub async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let Cli { global, command } = cli;
    match command {
        Command::Login(args) => login::login(&global, args).await,
        Command::Logout(args) => login::logout(&global, args).await,
        Command::Tenants(cmd) => tenants::run(&global, cmd).await,
        Command::Token(args) => token::run(&global, args).await,
        Command::Users(cmd) => users::run(&global, cmd).await,
        Command::Userinfo(args) => userinfo::userinfo(&global, args).await,
        Command::Tokeninfo(args) => userinfo::tokeninfo(&global, args).await,
        Command::Apis(cmd) => apis::run(&global, cmd).await,
        Command::Roles(cmd) => roles::run(&global, cmd).await,
        Command::Jobs(cmd) => jobs::run(&global, cmd).await,
        Command::Emulator(cmd) => emulator::run(&global, cmd).await,
        Command::Completions(args) => completions::completions(&global, args),
        Command::Man(args) => completions::man(args),
    }
}

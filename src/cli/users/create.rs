//! `a0 users create`: builds the body from the flags (and `--data`), takes the password from a hidden prompt
//! or `--password-stdin` (never from argv, never printed), and on a terminal asks for what is missing.

use std::process::ExitCode;

use clap::Args;
use serde_json::Value;

use super::{ProfileArgs, StdinOnce};
use crate::api::{connections, users};
use crate::cli::GlobalArgs;
use crate::error::usage;
use crate::output::{self, Printer};

pub const EXAMPLES: &str = "\
Examples:
  a0 users create --connection Username-Password-Authentication \\
      --email ada@example.com --password-stdin <<< 'Correct Horse Battery 9'
  a0 users create --connection Username-Password-Authentication --email ada@example.com \\
      --name 'Ada Lovelace' --app-metadata '{\"plan\":\"pro\"}' --user-metadata @prefs.json \\
      --password-stdin < pw.txt
  a0 users create     # on a terminal: asks for the connection, email and password";

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Connection to create the user in (e.g. Username-Password-Authentication).
    #[arg(long, value_name = "NAME")]
    pub connection: Option<String>,
    #[command(flatten)]
    pub profile: ProfileArgs,
    /// Read the password from stdin (first line) instead of prompting.
    #[arg(long)]
    pub password_stdin: bool,
}

pub async fn run(global: &GlobalArgs, args: CreateArgs) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, output::USERS)?;
    let mut stdin = StdinOnce::default();
    let mut body = args.profile.body(&mut stdin)?;
    let mut password = if args.password_stdin {
        Some(stdin.password()?)
    } else {
        None
    };
    let prompt = super::can_prompt(global)
        && !args.password_stdin
        && args.profile.data.as_deref() != Some("-");

    let connection = match args.connection.clone().or_else(|| {
        body.get("connection")
            .and_then(Value::as_str)
            .map(str::to_owned)
    }) {
        Some(c) if !c.is_empty() => Some(c),
        _ if prompt => None,
        _ => {
            return Err(usage(
                "--connection is required (e.g. --connection Username-Password-Authentication)",
            ));
        }
    };
    if !prompt && !body.contains_key("email") && !body.contains_key("phone_number") {
        return Err(usage(
            "--email is required (or --phone-number for an SMS connection)",
        ));
    }
    let has_password = password.is_some() || body.contains_key("password");
    if let Some(c) = &connection {
        check_password_presence(c, has_password, prompt)?;
    }

    let client = super::connect(global).await?;
    let connection = match connection {
        Some(c) => c,
        None => {
            let picked = pick_connection(global, &client).await?;
            check_password_presence(&picked, has_password, prompt)?;
            picked
        }
    };
    // The connection's password policy, to check a typed password before sending it (none without
    // read:connections: then the server's answer is the check).
    let options = if prompt && !is_passwordless(&connection) && !has_password {
        connections::list(&client)
            .await
            .ok()
            .and_then(|all| all.into_iter().find(|c| c.name == connection))
            .map(|c| c.options)
    } else {
        None
    };
    body.insert("connection".into(), Value::String(connection.clone()));
    if prompt && !body.contains_key("email") && !body.contains_key("phone_number") {
        let email = global.output.io.prompter().input("Email", &|s| {
            super::validate_email(s).map_err(|e| e.to_string())
        })?;
        body.insert("email".into(), Value::String(email));
    }
    let ask_password = prompt && !has_password && !is_passwordless(&connection);
    if ask_password {
        if let Some(o) = &options {
            crate::diag::notice(format!(
                "{connection} passwords need {}",
                a0_emulator::users::describe_policy(o)
            ));
        }
        password = Some(strong_password(global, options.as_ref())?);
    }
    // On a terminal a password the server still finds too weak is asked again (up to 5 times in all).
    let mut tries = 1;
    loop {
        if let Some(pw) = &password {
            body.insert("password".into(), Value::String(pw.clone()));
        }
        match users::create(&client, &Value::Object(body.clone())).await {
            Ok(user) => {
                printer.one(&user)?;
                return Ok(ExitCode::SUCCESS);
            }
            Err(e) if is_unknown_connection(&e) => return Err(unknown_connection(&client, e).await),
            Err(e) if ask_password && tries < 5 && is_weak_password(&e) => {
                tries += 1;
                crate::diag::notice(format!(
                    "the tenant says the password is too weak for {connection}; try another"
                ));
                password = Some(strong_password(global, options.as_ref())?);
            }
            Err(e) if is_weak_password(&e) => {
                return Err(anyhow::Error::from(e).context(match &options {
                    Some(o) => format!(
                        "{connection} passwords need {}",
                        a0_emulator::users::describe_policy(o)
                    ),
                    None => format!("the password does not meet {connection}'s password policy"),
                }));
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// Auth0's passwordless connections are always named `email` and `sms`; they take no password.
fn is_passwordless(connection: &str) -> bool {
    connection == "email" || connection == "sms"
}

/// A passwordless connection refuses a password, and a database connection needs one: both said locally
/// (exit 2, nothing sent) rather than by the server after the fact.
fn check_password_presence(
    connection: &str,
    has_password: bool,
    prompt: bool,
) -> anyhow::Result<()> {
    if is_passwordless(connection) && has_password {
        return Err(usage(format!(
            "the {connection} connection is passwordless: its users sign in with a one-time code, so it takes \
             no password; drop --password-stdin (or `password` from --data)"
        )));
    }
    if !is_passwordless(connection) && !has_password && !prompt {
        return Err(usage(format!(
            "a user of the database connection {connection} needs a password: pass --password-stdin (the \
             first line of stdin), or run on a terminal to be asked; nothing was sent"
        )));
    }
    Ok(())
}

/// Asks for a password until it meets the connection's policy (when known), saying what is missing.
fn strong_password(global: &GlobalArgs, options: Option<&Value>) -> anyhow::Result<String> {
    loop {
        let pw = super::prompt_password(global)?;
        match options {
            Some(o) if !a0_emulator::users::password_is_strong(o, &pw) => {
                crate::diag::notice(format!(
                    "too weak: the password needs {}; try again",
                    a0_emulator::users::describe_policy(o)
                ));
            }
            _ => return Ok(pw),
        }
    }
}

fn is_weak_password(e: &crate::api::Error) -> bool {
    matches!(e, crate::api::Error::Management { body, .. }
        if body.message.as_deref().is_some_and(|m| m.contains("PasswordStrengthError")))
}

fn is_unknown_connection(e: &crate::api::Error) -> bool {
    matches!(e, crate::api::Error::Management { body, .. }
        if body.error_code.as_deref() == Some("inexistent_connection"))
}

/// The API's "the connection does not exist", with the connections users can be created in (as `jobs import`
/// does); without `read:connections` the API's words alone.
async fn unknown_connection(client: &crate::api::Client, e: crate::api::Error) -> anyhow::Error {
    match connections::list(client).await {
        Ok(all) => {
            let names: Vec<String> = all
                .into_iter()
                .filter(|c| c.accepts_created_users())
                .map(|c| c.name)
                .collect();
            crate::error::CliError::new(
                crate::error::Exit::Failure,
                format!(
                    "{e}; users can be created in: {}",
                    if names.is_empty() {
                        "no connection of this tenant".to_owned()
                    } else {
                        names.join(", ")
                    }
                ),
            )
            .into()
        }
        Err(_) => e.into(),
    }
}

/// Asks which of the tenant's database/passwordless connections to use.
async fn pick_connection(
    global: &GlobalArgs,
    client: &crate::api::Client,
) -> anyhow::Result<String> {
    let all = connections::list(client).await?;
    let names: Vec<String> = all
        .into_iter()
        .filter(|c| c.accepts_created_users())
        .map(|c| c.name)
        .collect();
    match names.as_slice() {
        [] => Err(usage(
            "the tenant has no database or passwordless connection; pass --connection",
        )),
        [only] => Ok(only.clone()),
        _ => {
            let i = global
                .output
                .io
                .prompter()
                .select("Connection", &names, 0)?;
            Ok(names[i].clone())
        }
    }
}

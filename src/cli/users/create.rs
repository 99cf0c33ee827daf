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

    let client = super::connect(global).await?;
    let connection = match connection {
        Some(c) => c,
        None => pick_connection(global, &client).await?,
    };
    body.insert("connection".into(), Value::String(connection));
    if prompt {
        if !body.contains_key("email") && !body.contains_key("phone_number") {
            let email = global.output.io.prompter().input("Email", &|s| {
                super::validate_email(s).map_err(|e| e.to_string())
            })?;
            body.insert("email".into(), Value::String(email));
        }
        if password.is_none() && !body.contains_key("phone_number") {
            password = Some(super::prompt_password(global)?);
        }
    }
    if let Some(pw) = password {
        body.insert("password".into(), Value::String(pw));
    }
    let user = match users::create(&client, &Value::Object(body)).await {
        Ok(u) => u,
        Err(e) if is_unknown_connection(&e) => return Err(unknown_connection(&client, e).await),
        Err(e) => return Err(e.into()),
    };
    printer.one(&user)?;
    Ok(ExitCode::SUCCESS)
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

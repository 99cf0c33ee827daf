//! `a0 users update ID`: PATCH with exactly the fields given — never a default (the official CLI always
//! sends `blocked:false` and so unblocks users; a0 does not).

use std::process::ExitCode;

use clap::Args;
use serde_json::Value;

use super::{ProfileArgs, StdinOnce};
use crate::api::users;
use crate::cli::GlobalArgs;
use crate::error::usage;
use crate::output::{self, Printer};

pub const LONG_ABOUT: &str = "Change a user: sends only the fields you give; everything else stays as it is \
(a blocked user stays blocked).

Metadata (--app-metadata, --user-metadata) merges one level deep: top-level keys you send replace the stored \
ones, keys you do not send are kept, a key set to null is removed (--user-metadata '{\"theme\":null}'), nested \
objects are replaced whole, and an empty object {} clears the metadata.

--unset FIELD removes a root attribute (sends it as null).";

pub const EXAMPLES: &str = "\
Examples:
  a0 users update 'auth0|123' --name 'Ada Lovelace'
  a0 users update 'auth0|123' --app-metadata '{\"plan\":\"pro\",\"trial\":null}'
  a0 users update 'auth0|123' --unset nickname --unset picture
  a0 users update 'auth0|123' --password-stdin < new-password.txt";

/// Root attributes `--unset` may remove.
const UNSETTABLE: &[&str] = &[
    "name",
    "given_name",
    "family_name",
    "nickname",
    "picture",
    "phone_number",
    "username",
    "email",
    "app_metadata",
    "user_metadata",
];

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The user's id (e.g. `auth0|63d17c4a8869daf88ed7db97`).
    #[arg(value_name = "ID")]
    pub id: String,
    /// The identity's connection (needed to change email, username or password of a secondary identity).
    #[arg(long, value_name = "NAME")]
    pub connection: Option<String>,
    #[command(flatten)]
    pub profile: ProfileArgs,
    /// Read a new password from stdin (first line).
    #[arg(long, conflicts_with = "password_prompt")]
    pub password_stdin: bool,
    /// Ask for a new password on the terminal (hidden).
    #[arg(long)]
    pub password_prompt: bool,
    /// Remove a root attribute (repeatable): name, given_name, family_name, nickname, picture, phone_number,
    /// username, email, app_metadata, user_metadata.
    #[arg(long, value_name = "FIELD")]
    pub unset: Vec<String>,
}

pub async fn run(global: &GlobalArgs, args: UpdateArgs) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, output::USERS)?;
    let mut stdin = StdinOnce::default();
    let mut body = args.profile.body(&mut stdin)?;
    for field in &args.unset {
        if !UNSETTABLE.contains(&field.as_str()) {
            return Err(usage(format!(
                "--unset {field}: can unset only {}",
                UNSETTABLE.join(", ")
            )));
        }
        if body.contains_key(field) {
            return Err(usage(format!(
                "--unset {field} conflicts with a value given for {field}"
            )));
        }
        body.insert(field.clone(), Value::Null);
    }
    if let Some(c) = &args.connection {
        body.insert("connection".into(), Value::String(c.clone()));
    }
    if args.password_stdin {
        body.insert("password".into(), Value::String(stdin.password()?));
    } else if args.password_prompt {
        if !super::can_prompt(global) {
            return Err(usage(
                "--password-prompt needs a terminal; use --password-stdin",
            ));
        }
        body.insert(
            "password".into(),
            Value::String(super::prompt_password(global)?),
        );
    }
    if body.is_empty() || (body.len() == 1 && body.contains_key("connection")) {
        return Err(usage(
            "nothing to update: give at least one field (see `a0 users update --help`)",
        ));
    }
    let client = super::connect(global).await?;
    let user = users::patch(&client, &args.id, &Value::Object(body)).await?;
    printer.one(&user)?;
    Ok(ExitCode::SUCCESS)
}

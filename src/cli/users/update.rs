//! `a0 users update ID`: PATCH with exactly the fields given — never a default (the official CLI always
//! sends `blocked:false` and so unblocks users; a0 does not).

use std::process::ExitCode;

use clap::Args;
use serde_json::Value;

use super::bulk::{self, BulkArgs, Change, Selection};
use super::{ProfileArgs, StdinOnce};
use crate::bulk::exec::Op;
use crate::cli::GlobalArgs;
use crate::error::usage;

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
  a0 users update 'auth0|123' --password-stdin < new-password.txt
  a0 users update --query 'email:*@acme.com' --app-metadata '{\"plan\":\"pro\"}' --yes
  a0 users update --from plans.csv --yes";

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
    /// User ids (e.g. `auth0|63d17c4a8869daf88ed7db97`); `-` alone reads ids (or users as NDJSON or a JSON
    /// array) from stdin.
    #[arg(value_name = "ID")]
    pub ids: Vec<String>,
    /// One change per user from FILE: NDJSON or a JSON array of objects (`user_id` plus the fields to set), or
    /// CSV with a `user_id` column and one column per field (`app_metadata.plan`; empty cells are not sent).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["ids", "query", "password_stdin", "password_prompt", "unset"])]
    pub from: Option<std::path::PathBuf>,
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
    #[command(flatten)]
    pub bulk: BulkArgs,
}

pub async fn run(global: &GlobalArgs, args: UpdateArgs) -> anyhow::Result<ExitCode> {
    let change = |op| Change {
        verb: "update",
        title: "Update",
        past: "updated",
        op,
    };
    if let Some(path) = &args.from {
        if !args.profile.is_empty() || args.connection.is_some() {
            return Err(usage(
                "--from FILE gives each user's change; drop the field flags (or put them in the file)",
            ));
        }
        let name = path.display().to_string();
        let text =
            std::fs::read_to_string(path).map_err(|e| usage(format!("cannot read {name}: {e}")))?;
        // The whole file is checked before anything is sent.
        let targets = crate::bulk::from_file::parse(&name, &text)
            .map_err(|e| usage(format!("{e}; nothing was sent")))?;
        let selection = Selection::File { name, targets };
        return bulk::run(global, change(Op::PatchEach), selection, &args.bulk).await;
    }
    let selection = Selection::from_args(args.ids.clone(), args.bulk.query.clone(), None)?;
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
    let single = matches!(&selection, Selection::Ids(ids) if ids.len() == 1);
    if (args.password_stdin || args.password_prompt) && !single {
        return Err(usage(
            "a password is set for one user at a time: give exactly one id",
        ));
    }
    if args.password_stdin {
        if matches!(selection, Selection::Stdin) {
            return Err(usage("stdin cannot carry both the ids and the password"));
        }
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
    if matches!(selection, Selection::Stdin) && stdin.used() {
        return Err(usage(
            "stdin cannot carry both the ids (-) and a value (- or --password-stdin)",
        ));
    }
    let unsets_email = args.unset.iter().any(|f| f == "email");
    let code = bulk::run(
        global,
        change(Op::Patch(Value::Object(body))),
        selection,
        &args.bulk,
    )
    .await?;
    if unsets_email && code != ExitCode::SUCCESS {
        crate::diag::notice(
            "a0: a user who signs in with their email keeps it; give a new one with \
             `a0 users update ID --email NEW` instead of --unset email",
        );
    }
    Ok(code)
}

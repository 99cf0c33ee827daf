//! `a0 users mfa list|reset|forget-browsers USER`: "I lost my phone". `reset` deletes every enrolled method
//! (the user enrolls again at their next login) and asks first on a terminal; `forget-browsers` makes every
//! browser ask for MFA again.

use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde_json::Value;

use super::{can_prompt, check_id, connect};
use crate::api::users;
use crate::cli::GlobalArgs;
use crate::error::usage;
use crate::output::{Kind, Printer};

/// Authentication methods as Auth0 lists them (masked).
const METHODS: Kind = Kind {
    default_columns: &[
        "id",
        "type",
        "name",
        "email",
        "phone_number",
        "confirmed",
        "created_at",
    ],
    columns: &[
        "id",
        "type",
        "name",
        "email",
        "phone_number",
        "confirmed",
        "created_at",
        "preferred_authentication_method",
    ],
    dotted_roots: &[],
    id: "id",
    low_value: &["created_at", "name"],
    whole: &["id"],
};

#[derive(Debug, Subcommand)]
pub enum MfaCommand {
    /// List a user's enrolled MFA methods.
    #[command(
        after_help = "Examples:\n  a0 users mfa list 'auth0|123'\n  a0 users mfa list 'auth0|123' --jq '.[].type'"
    )]
    List(UserArg),
    /// Delete every MFA method of a user ("I lost my phone"); they enroll again at their next login.
    #[command(
        after_help = "Examples:\n  a0 users mfa reset 'auth0|123'\n  a0 users mfa reset 'auth0|123' --yes"
    )]
    Reset(ResetArgs),
    /// Make every browser the user ticked "remember me" on ask for MFA again.
    #[command(after_help = "Examples:\n  a0 users mfa forget-browsers 'auth0|123'")]
    ForgetBrowsers(UserArg),
}

#[derive(Debug, Args)]
pub struct UserArg {
    /// The user's id.
    #[arg(value_name = "USER")]
    pub user: String,
}

#[derive(Debug, Args)]
pub struct ResetArgs {
    /// The user's id.
    #[arg(value_name = "USER")]
    pub user: String,
    /// Do not ask (required off a terminal).
    #[arg(long)]
    pub yes: bool,
}

pub async fn run(global: &GlobalArgs, cmd: MfaCommand) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, METHODS)?;
    match cmd {
        MfaCommand::List(a) => {
            check_id(&a.user)?;
            let client = connect(global).await?;
            printer.list(&users::authentication_methods(&client, &a.user).await?)?;
        }
        MfaCommand::Reset(a) => {
            check_id(&a.user)?;
            if !a.yes && !can_prompt(global) {
                return Err(usage(
                    "refusing to reset MFA without confirmation: not on a terminal (or --no-input); pass --yes",
                ));
            }
            let client = connect(global).await?;
            let methods = users::authentication_methods(&client, &a.user).await?;
            if methods.is_empty() {
                crate::diag::notice(format!("{} has no MFA methods; nothing to reset", a.user));
                return Ok(ExitCode::SUCCESS);
            }
            if !a.yes {
                let kinds: Vec<&str> = methods
                    .iter()
                    .filter_map(|m| m.get("type").and_then(Value::as_str))
                    .collect();
                let question = format!(
                    "Delete the {} MFA {} of {} ({})? They enroll again at their next login",
                    methods.len(),
                    if methods.len() == 1 {
                        "method"
                    } else {
                        "methods"
                    },
                    a.user,
                    kinds.join(", ")
                );
                if !global.output.io.prompter().confirm(&question, false)? {
                    crate::diag::notice("nothing deleted");
                    return Ok(ExitCode::SUCCESS);
                }
            }
            users::delete_authentication_methods(&client, &a.user).await?;
            eprintln!("a0: deleted {} MFA methods of {}", methods.len(), a.user);
        }
        MfaCommand::ForgetBrowsers(a) => {
            check_id(&a.user)?;
            let client = connect(global).await?;
            users::invalidate_remember_browser(&client, &a.user).await?;
            eprintln!("a0: every browser of {} asks for MFA again", a.user);
        }
    }
    Ok(ExitCode::SUCCESS)
}

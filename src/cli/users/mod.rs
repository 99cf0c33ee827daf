//! `a0 users …`: one file per verb; this file holds the command enum and what the verbs share (the profile
//! flags of create/update, JSON arguments, stdin, prompting, connecting).

mod block;
mod blocks;
pub mod bulk;
mod create;
mod delete;
mod get;
mod link;
mod list;
mod logs;
mod mfa;
mod permissions;
mod refresh_tokens;
mod reset_password;
mod roles;
mod token;
mod update;
mod verify_email;

use std::io::Read;
use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde_json::{Map, Value};

use super::GlobalArgs;
use crate::error::usage;

#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// List or search users (Auth0 search syntax), page by page up to --limit.
    #[command(after_help = list::EXAMPLES)]
    List(list::ListArgs),
    /// Show users by id, or find them by email.
    #[command(after_help = get::EXAMPLES)]
    Get(get::GetArgs),
    /// Create a user in a connection.
    #[command(after_help = create::EXAMPLES)]
    Create(Box<create::CreateArgs>),
    /// Change a user: sends only the fields you give.
    #[command(after_help = update::EXAMPLES, long_about = update::LONG_ABOUT)]
    Update(Box<update::UpdateArgs>),
    /// Delete users (asks first on a terminal; needs --yes otherwise).
    #[command(after_help = delete::EXAMPLES)]
    Delete(delete::DeleteArgs),
    /// Block users: they can no longer log in.
    #[command(after_help = block::BLOCK_EXAMPLES)]
    Block(block::BlockArgs),
    /// Unblock users.
    #[command(after_help = block::UNBLOCK_EXAMPLES)]
    Unblock(block::BlockArgs),
    /// Brute-force blocks (failed-login lockouts): list, clear. Not `block`'s blocked: true.
    #[command(subcommand)]
    Blocks(blocks::BlocksCommand),
    /// A password-change link for the user ("I forgot my password"), printed on stdout.
    #[command(after_help = reset_password::EXAMPLES)]
    ResetPassword(reset_password::ResetPasswordArgs),
    /// Send the verification email again, or print a verification link (--ticket).
    #[command(after_help = verify_email::EXAMPLES)]
    VerifyEmail(verify_email::VerifyEmailArgs),
    /// Link a second account into a user (its identity moves; the secondary user goes).
    #[command(after_help = link::LINK_EXAMPLES)]
    Link(link::LinkArgs),
    /// Unlink an identity from a user: it becomes a user of its own again.
    #[command(after_help = link::UNLINK_EXAMPLES)]
    Unlink(link::UnlinkArgs),
    /// A user's recent log events, newest first (logins, blocks, password changes, API changes).
    #[command(after_help = logs::EXAMPLES)]
    Logs(logs::LogsArgs),
    /// A user's MFA: list methods, reset them all ("I lost my phone"), forget remembered browsers.
    #[command(subcommand)]
    Mfa(mfa::MfaCommand),
    /// A user's refresh tokens: list, revoke ("log me out everywhere").
    #[command(subcommand)]
    RefreshTokens(refresh_tokens::RefreshTokensCommand),
    /// A user's own tokens (password-realm login), for /userinfo, /tokeninfo or your API.
    #[command(after_help = token::EXAMPLES)]
    Token(token::TokenArgs),
    /// A user's roles: list, assign, remove.
    #[command(subcommand)]
    Roles(roles::UserRolesCommand),
    /// A user's permissions (direct, and from roles): list, add, remove.
    #[command(subcommand)]
    Permissions(permissions::UserPermissionsCommand),
}

pub async fn run(global: &GlobalArgs, cmd: UsersCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        UsersCommand::List(a) => list::run(global, a).await,
        UsersCommand::Get(a) => get::run(global, a).await,
        UsersCommand::Create(a) => create::run(global, *a).await,
        UsersCommand::Update(a) => update::run(global, *a).await,
        UsersCommand::Delete(a) => delete::run(global, a).await,
        UsersCommand::Block(a) => block::run(global, a, true).await,
        UsersCommand::Unblock(a) => block::run(global, a, false).await,
        UsersCommand::Blocks(c) => blocks::run(global, c).await,
        UsersCommand::ResetPassword(a) => reset_password::run(global, a).await,
        UsersCommand::VerifyEmail(a) => verify_email::run(global, a).await,
        UsersCommand::Link(a) => link::link(global, a).await,
        UsersCommand::Unlink(a) => link::unlink(global, a).await,
        UsersCommand::Logs(a) => logs::run(global, a).await,
        UsersCommand::Mfa(c) => mfa::run(global, c).await,
        UsersCommand::RefreshTokens(c) => refresh_tokens::run(global, c).await,
        UsersCommand::Token(a) => token::run(global, a).await,
        UsersCommand::Roles(c) => roles::run(global, c).await,
        UsersCommand::Permissions(c) => permissions::run(global, c).await,
    }
}

// Shared by every command that talks to a tenant; the `users` verbs reach them as `super::…`.
pub(crate) use super::session::{can_prompt, check_id, connect};

/// Profile flags shared by `create` and `update` (every root attribute the API accepts).
#[derive(Debug, Clone, Default, Args)]
pub struct ProfileArgs {
    /// Email address.
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// Username (for connections that require one).
    #[arg(long)]
    pub username: Option<String>,
    /// Full name.
    #[arg(long)]
    pub name: Option<String>,
    /// Given (first) name.
    #[arg(long)]
    pub given_name: Option<String>,
    /// Family (last) name.
    #[arg(long)]
    pub family_name: Option<String>,
    /// Nickname.
    #[arg(long)]
    pub nickname: Option<String>,
    /// Picture URL.
    #[arg(long, value_name = "URL")]
    pub picture: Option<String>,
    /// Phone number in E.164 form (+14155550100).
    #[arg(long, value_name = "PHONE")]
    pub phone_number: Option<String>,
    /// Mark the email as verified (`--email-verified=false` to unmark).
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub email_verified: Option<bool>,
    /// Send a verification email (Auth0 sends one when the email is not verified).
    #[arg(long, overrides_with = "no_verify_email")]
    pub verify_email: bool,
    /// Do not send a verification email.
    #[arg(long, overrides_with = "verify_email")]
    pub no_verify_email: bool,
    /// Block the user (`--blocked=false` to unblock).
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub blocked: Option<bool>,
    /// app_metadata as a JSON object: inline, @FILE, or - for stdin.
    #[arg(long, value_name = "JSON")]
    pub app_metadata: Option<String>,
    /// user_metadata as a JSON object: inline, @FILE, or - for stdin.
    #[arg(long, value_name = "JSON")]
    pub user_metadata: Option<String>,
    /// Any other attributes as a JSON object (inline, @FILE, or -); the flags above override its keys.
    #[arg(long, value_name = "JSON")]
    pub data: Option<String>,
}

impl ProfileArgs {
    /// Whether no profile flag was given.
    pub fn is_empty(&self) -> bool {
        let texts = [
            &self.email,
            &self.username,
            &self.name,
            &self.given_name,
            &self.family_name,
            &self.nickname,
            &self.picture,
            &self.phone_number,
            &self.app_metadata,
            &self.user_metadata,
            &self.data,
        ];
        texts.iter().all(|t| t.is_none())
            && self.email_verified.is_none()
            && self.blocked.is_none()
            && !self.verify_email
            && !self.no_verify_email
    }

    /// The request body these flags describe: `--data` first, then each given flag. Validates everything a
    /// user could get wrong (exit 2). `stdin` is consumed by at most one argument.
    pub fn body(&self, stdin: &mut StdinOnce) -> anyhow::Result<Map<String, Value>> {
        let mut body = match &self.data {
            Some(raw) => json_object_arg("--data", raw, stdin)?,
            None => Map::new(),
        };
        if let Some(email) = &self.email {
            validate_email(email)?;
        }
        let strings = [
            ("email", &self.email),
            ("username", &self.username),
            ("name", &self.name),
            ("given_name", &self.given_name),
            ("family_name", &self.family_name),
            ("nickname", &self.nickname),
            ("picture", &self.picture),
            ("phone_number", &self.phone_number),
        ];
        for (key, value) in strings {
            if let Some(v) = value {
                if v.is_empty() {
                    return Err(usage(format!(
                        "--{} must not be empty (use `a0 users update --unset {key}` to remove it)",
                        key.replace('_', "-")
                    )));
                }
                body.insert(key.to_owned(), Value::String(v.clone()));
            }
        }
        if let Some(v) = self.email_verified {
            body.insert("email_verified".into(), Value::Bool(v));
        }
        if self.verify_email {
            body.insert("verify_email".into(), Value::Bool(true));
        } else if self.no_verify_email {
            body.insert("verify_email".into(), Value::Bool(false));
        }
        if let Some(v) = self.blocked {
            body.insert("blocked".into(), Value::Bool(v));
        }
        if let Some(raw) = &self.app_metadata {
            body.insert(
                "app_metadata".into(),
                Value::Object(json_object_arg("--app-metadata", raw, stdin)?),
            );
        }
        if let Some(raw) = &self.user_metadata {
            body.insert(
                "user_metadata".into(),
                Value::Object(json_object_arg("--user-metadata", raw, stdin)?),
            );
        }
        Ok(body)
    }
}

/// An email needs something before and after one `@`.
pub(crate) fn validate_email(email: &str) -> anyhow::Result<()> {
    match email.split_once('@') {
        Some((local, domain))
            if !local.is_empty() && !domain.is_empty() && !email.contains(char::is_whitespace) =>
        {
            Ok(())
        }
        _ => Err(usage(format!(
            "`{email}` is not an email address (it needs a name, an @ and a domain)"
        ))),
    }
}

/// stdin, which at most one argument (`-` JSON or `--password-stdin`) may read.
#[derive(Debug, Default)]
pub struct StdinOnce {
    taken_by: Option<&'static str>,
}

impl StdinOnce {
    /// Reads all of stdin for `flag`; a second reader is a usage error.
    pub fn read(&mut self, flag: &'static str) -> anyhow::Result<String> {
        if let Some(first) = self.taken_by {
            return Err(usage(format!("{first} and {flag} cannot both read stdin")));
        }
        self.taken_by = Some(flag);
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| usage(format!("cannot read stdin for {flag}: {e}")))?;
        Ok(s)
    }

    /// Whether an argument has read stdin.
    pub fn used(&self) -> bool {
        self.taken_by.is_some()
    }

    /// A password from stdin: the first line without its line ending; empty is a usage error.
    pub fn password(&mut self) -> anyhow::Result<String> {
        let raw = self.read("--password-stdin")?;
        let line = raw.lines().next().unwrap_or("");
        if line.is_empty() {
            return Err(usage(
                "--password-stdin: stdin is empty; pipe the password in, e.g. `… --password-stdin < pw.txt`",
            ));
        }
        Ok(line.to_owned())
    }
}

/// A JSON object argument: inline, `@FILE`, or `-` (stdin). Errors name the flag and the line/column.
pub(crate) fn json_object_arg(
    flag: &'static str,
    raw: &str,
    stdin: &mut StdinOnce,
) -> anyhow::Result<Map<String, Value>> {
    let text = if raw == "-" {
        stdin.read(flag)?
    } else if let Some(path) = raw.strip_prefix('@') {
        std::fs::read_to_string(path)
            .map_err(|e| usage(format!("{flag}: cannot read {path}: {e}")))?
    } else {
        raw.to_owned()
    };
    let value: Value = serde_json::from_str(&text).map_err(|e| {
        usage(format!(
            "{flag}: invalid JSON at line {} column {}: {e}",
            e.line(),
            e.column()
        ))
    })?;
    match value {
        Value::Object(m) => Ok(m),
        other => Err(usage(format!(
            "{flag} must be a JSON object like '{{\"plan\":\"pro\"}}', not {}",
            crate::bulk::from_file::type_name(&other)
        ))),
    }
}

/// Asks for a password twice on the terminal (hidden).
pub(crate) fn prompt_password(global: &GlobalArgs) -> anyhow::Result<String> {
    let pw = global
        .output
        .io
        .prompter()
        .password("Password", Some("Repeat password"))?;
    if pw.is_empty() {
        return Err(usage("the password must not be empty"));
    }
    Ok(pw)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{CliError, Exit};

    #[test]
    fn invalid_json_names_flag_line_and_column() {
        let err = json_object_arg("--app-metadata", "{\n  \"a\": }", &mut StdinOnce::default())
            .unwrap_err();
        let s = err.to_string();
        assert!(s.contains("--app-metadata") && s.contains("line 2"), "{s}");
        assert_eq!(
            CliError::exit_in(&err).unwrap_or(Exit::Failure),
            Exit::Usage
        );
    }

    #[test]
    fn metadata_must_be_an_object() {
        let err = json_object_arg("--user-metadata", "[1]", &mut StdinOnce::default()).unwrap_err();
        assert!(err.to_string().contains("an array"));
    }

    #[test]
    fn emails_need_an_at() {
        assert!(validate_email("ada@example.com").is_ok());
        assert!(validate_email("ada.example.com").is_err());
        assert!(validate_email("@example.com").is_err());
    }

    #[test]
    fn profile_sends_only_given_fields() {
        let args = ProfileArgs {
            name: Some("x".into()),
            ..Default::default()
        };
        let body = args.body(&mut StdinOnce::default()).unwrap();
        assert_eq!(Value::Object(body), serde_json::json!({"name":"x"}));
    }
}

/// The result of a multi-item command: 0 when all succeeded, the common exit code when all failed the same
/// way, 6 (partial failure) otherwise.
#[derive(Debug, Default)]
pub(crate) struct Outcome {
    ok: usize,
    failed: Vec<crate::error::Exit>,
}

impl Outcome {
    pub fn ok(&mut self) {
        self.ok += 1;
    }

    /// Records a failure of `item` and reports it on stderr.
    pub fn fail(&mut self, item: &str, err: &crate::api::Error) {
        if err.is_not_found() {
            eprintln!("a0: {item}: no such user");
        } else {
            eprintln!("a0: {item}: {err}");
        }
        self.failed.push(err.exit());
    }

    pub fn exit(&self) -> ExitCode {
        let failed: Vec<u8> = self.failed.iter().map(|e| *e as u8).collect();
        items_exit(self.ok, &failed)
    }
}

/// The exit code of a command over several users: 0 when none failed, the common code when every one failed the
/// same way (3 for one missing user), 6 (partial failure) otherwise.
pub(crate) fn items_exit(ok: usize, failed: &[u8]) -> ExitCode {
    match failed.first() {
        None => ExitCode::SUCCESS,
        Some(first) if ok == 0 && failed.iter().all(|e| e == first) => ExitCode::from(*first),
        Some(_) => crate::error::Exit::Partial.into(),
    }
}

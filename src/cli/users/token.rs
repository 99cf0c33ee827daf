//! `a0 users token USER --password-stdin`: a user's own tokens, as your application gets them at login (the
//! password-realm grant, with the tenant's application). For `a0 userinfo` / `a0 tokeninfo`, an API's tests,
//! or checking what a user's token carries.

use std::process::ExitCode;

use clap::Args;
use serde_json::Value;

use super::{StdinOnce, can_prompt, check_id, connect};
use crate::api::{self, users};
use crate::auth::Secret;
use crate::cli::GlobalArgs;
use crate::error::{CliError, Exit, usage};
use crate::output::{Format, Kind, Printer};

pub const EXAMPLES: &str = "\
Examples:
  a0 users token ada@example.com --password-stdin < pw.txt
  a0 users token ada@example.com --password-stdin --audience https://api.example.com --json < pw.txt
  a0 users token ada@example.com --password-stdin --jq .access_token < pw.txt | a0 userinfo -

On a real tenant the application a0 logs in with needs the Password grant (Dashboard → Applications → the
application → Advanced Settings → Grant Types → Password). The built-in local tenant allows it.";

/// The token response, for structured output.
const TOKENS: Kind = Kind {
    default_columns: &["token_type", "expires_in", "scope"],
    columns: &[
        "access_token",
        "id_token",
        "refresh_token",
        "token_type",
        "expires_in",
        "scope",
    ],
    dotted_roots: &[],
    id: "access_token",
    low_value: &[],
    whole: &["access_token", "id_token", "refresh_token"],
};

#[derive(Debug, Args)]
pub struct TokenArgs {
    /// The user: email, username or user id.
    #[arg(value_name = "USER")]
    pub user: String,
    /// Read the user's password from stdin (first line) instead of prompting.
    #[arg(long)]
    pub password_stdin: bool,
    /// The API the access token is for (its identifier); default: the tenant's default audience.
    #[arg(long, value_name = "API")]
    pub audience: Option<String>,
    /// Scopes to ask for [default: openid profile email].
    #[arg(long, value_name = "SCOPES", default_value = "openid profile email")]
    pub scope: String,
    /// The user's database connection (the realm); default: the one the user is in.
    #[arg(long, value_name = "NAME")]
    pub connection: Option<String>,
}

pub async fn run(global: &GlobalArgs, args: TokenArgs) -> anyhow::Result<ExitCode> {
    let o = &global.output;
    let structured = o.json
        || o.jq.is_some()
        || matches!(o.output, Some(Format::Json | Format::Ndjson | Format::Csv));
    let printer = Printer::new(o, TOKENS)?;
    if args.user.trim().is_empty() {
        return Err(usage("give the user: email, username or user id"));
    }
    let password = if args.password_stdin {
        StdinOnce::default().password()?
    } else if can_prompt(global) {
        String::new()
    } else {
        return Err(usage(
            "the user's password is needed: pass it on stdin with --password-stdin (a0 cannot prompt: no \
             terminal, or --no-input)",
        ));
    };
    let client = connect(global).await?;
    let Some((client_id, secret)) = client.application().await? else {
        return Err(CliError::new(
            Exit::Usage,
            "a0 users token logs the user in through the tenant's application, and AUTH0_API_TOKEN has none: \
             use a tenant from `a0 login`, or AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET",
        )
        .into());
    };
    let (username, realm) = who(&client, &args).await?;
    let password = if password.is_empty() {
        global
            .output
            .io
            .prompter()
            .password(&format!("Password of {username}"), None)?
    } else {
        password
    };
    let password = Secret::new(password);
    let login = api::oauth::UserLogin {
        client_id: &client_id,
        client_secret: &secret,
        username: &username,
        password: &password,
        realm: &realm,
        audience: args.audience.as_deref(),
        scope: &args.scope,
    };
    let (http, base) = client.http();
    let tokens = match api::oauth::password_realm(http, base, &login).await {
        Ok(t) => t,
        Err(e) => return Err(explain(e, &client_id)),
    };
    if client.is_builtin_local() {
        crate::diag::notice(
            "note: the built-in local tenant is served only while an a0 command runs, so these tokens name a \
             port that is closed now; for tokens to use elsewhere, run `a0 emulator serve` and log in to it",
        );
    }
    if structured {
        printer.one(&tokens)?;
    } else {
        let access = tokens
            .get("access_token")
            .and_then(Value::as_str)
            .unwrap_or_default();
        crate::output::text(&global.output.io, &format!("{access}\n"))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The username and realm to log in with: an id is looked up (its email or username, and its connection); an
/// email without --connection is looked up to find the user's database connection.
async fn who(client: &api::Client, args: &TokenArgs) -> anyhow::Result<(String, String)> {
    let database = |u: &Value| -> Option<String> {
        u.get("identities")?
            .as_array()?
            .iter()
            .find(|i| i.get("provider").and_then(Value::as_str) == Some("auth0"))
            .and_then(|i| i.get("connection").and_then(Value::as_str))
            .map(str::to_owned)
    };
    if args.user.contains('|') {
        check_id(&args.user)?;
        let user = users::get(client, &args.user).await?;
        let name = user
            .get("email")
            .or_else(|| user.get("username"))
            .and_then(Value::as_str)
            .ok_or_else(|| {
                usage(format!(
                    "{} has no email or username to log in with",
                    args.user
                ))
            })?
            .to_owned();
        let realm = match &args.connection {
            Some(c) => c.clone(),
            None => database(&user).ok_or_else(|| {
                usage(format!(
                    "{} is not a database user: only database users log in with a password",
                    args.user
                ))
            })?,
        };
        return Ok((name, realm));
    }
    if let Some(c) = &args.connection {
        return Ok((args.user.clone(), c.clone()));
    }
    if !args.user.contains('@') {
        return Err(usage(
            "a username needs --connection (the database connection it belongs to)",
        ));
    }
    let found = users::by_email(client, &args.user).await?;
    let realms: Vec<String> = found.iter().filter_map(database).collect();
    match realms.as_slice() {
        [one] => Ok((args.user.clone(), one.clone())),
        [] => Err(CliError::new(
            Exit::NotFound,
            format!("no database user has the email {}", args.user),
        )
        .into()),
        many => Err(usage(format!(
            "{} is in several database connections ({}); choose one with --connection",
            args.user,
            many.join(", ")
        ))),
    }
}

/// What to do about a refused login: the grant not enabled on the application, or a wrong password.
fn explain(e: api::Error, client_id: &str) -> anyhow::Error {
    let text = e.to_string();
    if text.contains("unauthorized_client") || text.contains("Grant type") {
        let exit = e.exit();
        return CliError::new(
            exit,
            format!(
                "{text}\nThe application {client_id} needs the Password grant: Dashboard → Applications → the \
                 application → Advanced Settings → Grant Types → Password."
            ),
        )
        .into();
    }
    e.into()
}

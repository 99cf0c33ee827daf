//! `a0 users link PRIMARY SECONDARY` and `a0 users unlink PRIMARY PROVIDER USER_ID`: linked accounts ("I have two
//! accounts"). Linking moves the secondary user's identity into the primary and removes the secondary user (its
//! metadata is lost, as in Auth0); unlinking makes the identity a user of its own again.

use std::process::ExitCode;

use clap::Args;
use serde_json::Value;

use super::{check_id, connect};
use crate::api::users;
use crate::cli::GlobalArgs;
use crate::error::usage;
use crate::output::{Kind, Printer};

pub const LINK_EXAMPLES: &str = "\
Examples:
  a0 users link 'auth0|123' 'google-oauth2|104523987612345678901'
  a0 users link 'auth0|123' 'auth0|456' --json

The secondary user is removed and its metadata is lost (as in Auth0); its identity lives on in the primary.";

pub const UNLINK_EXAMPLES: &str = "\
Examples:
  a0 users unlink 'auth0|123' google-oauth2 104523987612345678901";

/// A user's identities.
pub const IDENTITIES: Kind = Kind {
    default_columns: &["provider", "user_id", "connection", "profileData.email"],
    columns: &[
        "provider",
        "user_id",
        "connection",
        "isSocial",
        "profileData",
    ],
    dotted_roots: &["profileData"],
    id: "user_id",
    low_value: &[],
    whole: &["user_id", "profileData.email"],
};

#[derive(Debug, Args)]
pub struct LinkArgs {
    /// The user who stays (the primary).
    #[arg(value_name = "PRIMARY")]
    pub primary: String,
    /// The user whose identity moves into the primary (provider|id).
    #[arg(value_name = "SECONDARY")]
    pub secondary: String,
}

#[derive(Debug, Args)]
pub struct UnlinkArgs {
    /// The user who has the identity.
    #[arg(value_name = "PRIMARY")]
    pub primary: String,
    /// The identity's provider (auth0, google-oauth2, email, …).
    #[arg(value_name = "PROVIDER")]
    pub provider: String,
    /// The identity's user id, without the `provider|` prefix.
    #[arg(value_name = "USER_ID")]
    pub user_id: String,
}

fn identities(v: Value) -> Vec<Value> {
    match v {
        Value::Array(a) => a,
        _ => Vec::new(),
    }
}

pub async fn link(global: &GlobalArgs, args: LinkArgs) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, IDENTITIES)?;
    check_id(&args.primary)?;
    check_id(&args.secondary)?;
    let Some((provider, id)) = args
        .secondary
        .split_once('|')
        .filter(|(p, i)| !p.is_empty() && !i.is_empty())
    else {
        return Err(usage(format!(
            "`{}` is not a user id with its provider (like google-oauth2|104523987612345678901)",
            args.secondary
        )));
    };
    if args.primary == args.secondary {
        return Err(usage(
            "a user cannot be linked to itself: give two different users",
        ));
    }
    let client = connect(global).await?;
    let linked = users::link(&client, &args.primary, provider, id).await?;
    eprintln!(
        "a0: linked {} into {}; {} is no longer a user of its own",
        args.secondary, args.primary, args.secondary
    );
    printer.list(&identities(linked))?;
    Ok(ExitCode::SUCCESS)
}

pub async fn unlink(global: &GlobalArgs, args: UnlinkArgs) -> anyhow::Result<ExitCode> {
    let printer = Printer::new(&global.output, IDENTITIES)?;
    check_id(&args.primary)?;
    if args.provider.trim().is_empty()
        || args.user_id.trim().is_empty()
        || args.user_id.contains('|')
    {
        return Err(usage(
            "give the identity as PROVIDER USER_ID, the id without its provider| prefix (e.g. google-oauth2 1045…)",
        ));
    }
    let client = connect(global).await?;
    let left = users::unlink(&client, &args.primary, &args.provider, &args.user_id).await?;
    eprintln!(
        "a0: unlinked {}|{} from {}; it is a user of its own again",
        args.provider, args.user_id, args.primary
    );
    printer.list(&identities(left))?;
    Ok(ExitCode::SUCCESS)
}

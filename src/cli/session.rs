//! What every command that talks to a tenant shares: the client for the chosen tenant, whether a0 may ask
//! questions, and the local check of a user id. Commands import these from here, not from each other, so no
//! command module depends on another.

use super::GlobalArgs;
use crate::error::usage;

/// The tenant's Management API client (flags > env > stored tenant > the local tenant).
pub(crate) async fn connect(global: &GlobalArgs) -> anyhow::Result<crate::api::Client> {
    let session = crate::auth::resolve(&global.tenant_choice()).await?;
    crate::api::Client::new(session)
}

/// A user id must be something a path can carry: not empty, `.` or `..` (exit 2, nothing sent).
pub(crate) fn check_id(id: &str) -> anyhow::Result<()> {
    if id.trim().is_empty() || id == "." || id == ".." {
        return Err(usage(format!(
            "`{id}` is not a user id (ids look like auth0|63d17c4a8869daf88ed7db97)"
        )));
    }
    Ok(())
}

/// Whether a0 may ask questions: stdin and stderr are terminals and `--no-input` was not given.
pub(crate) fn can_prompt(global: &GlobalArgs) -> bool {
    !global.no_input && global.output.io.interactive()
}

//! Runs one change over many users with many requests in flight: at most `concurrency` at once, each paced by
//! the client from the rate-limit headers (`api::pacer`), a 429 waited out and that user retried (the request
//! core does both). A Ctrl-C (see `crate::interrupt`) stops the sending of new requests; those in flight finish
//! and are reported, so a journal can record them.

use futures_util::StreamExt;
use serde_json::Value;

use super::journal::{Done, Target};
use crate::api::{self, Client, users};

/// The change made to every target.
#[derive(Debug, Clone)]
pub enum Op {
    /// `PATCH /users/{id}` with this body for every user (block, unblock, `update --query`).
    Patch(Value),
    /// `PATCH /users/{id}` with each target's own body (`update --from`).
    PatchEach,
    /// `DELETE /users/{id}`.
    Delete,
}

/// How many 429s one user's request waits out before it counts as failed.
const RATE_LIMIT_WAITS: u32 = 20;

/// What one target came to, and the API's answer when there was one (the changed user).
#[derive(Debug)]
pub struct Answer {
    pub done: Done,
    pub user: Option<Value>,
}

impl Answer {
    fn from_error(e: &api::Error) -> Answer {
        let done = if e.is_not_found() {
            Done::Missing
        } else {
            Done::Failed {
                status: e.status(),
                error: e.to_string(),
                exit: e.exit() as u8,
            }
        };
        Answer { done, user: None }
    }
}

async fn one(client: &Client, target: &Target, op: &Op) -> Answer {
    let result = match op {
        Op::Patch(body) => users::patch_with(client, &target.id, body, RATE_LIMIT_WAITS)
            .await
            .map(Some),
        Op::PatchEach => match &target.body {
            Some(body) => users::patch_with(client, &target.id, body, RATE_LIMIT_WAITS)
                .await
                .map(Some),
            None => Ok(None),
        },
        Op::Delete => users::delete_with(client, &target.id, RATE_LIMIT_WAITS)
            .await
            .map(|()| None),
    };
    match result {
        Ok(user) => Answer {
            done: Done::Ok,
            user,
        },
        Err(e) => Answer::from_error(&e),
    }
}

/// Sends `op` for every target, `concurrency` at a time, and hands each answer to `on_answer` as it arrives.
/// Returns whether the run was stopped by Ctrl-C before every target was sent.
pub async fn run(
    client: &Client,
    targets: Vec<Target>,
    op: &Op,
    concurrency: usize,
    mut on_answer: impl FnMut(&Target, Answer),
) -> bool {
    let total = targets.len();
    let mut started = 0usize;
    let mut answers = futures_util::stream::iter(targets)
        .take_while(|_| std::future::ready(!crate::interrupt::requested()))
        .map(|t| {
            started += 1;
            async move {
                let a = one(client, &t, op).await;
                (t, a)
            }
        })
        .buffer_unordered(concurrency.max(1));
    while let Some((t, a)) = answers.next().await {
        on_answer(&t, a);
    }
    drop(answers);
    started < total
}

/// Characters that end a quoted phrase in the search syntax.
fn quote(id: &str) -> String {
    let mut s = String::with_capacity(id.len() + 2);
    s.push('"');
    for c in id.chars() {
        if c == '"' || c == '\\' {
            s.push('\\');
        }
        s.push(c);
    }
    s.push('"');
    s
}

/// How many ids one existence search asks about.
const IDS_PER_SEARCH: usize = 50;

/// Which of `ids` exist, with one search per 50 ids (`user_id:"a" OR user_id:"b" …`, `concurrency` at a time)
/// rather than a lookup per user: Auth0's DELETE answers 204 for a user that does not exist, so this is how `delete` can report them.
pub async fn existing(
    client: &Client,
    ids: &[String],
    concurrency: usize,
) -> Result<std::collections::HashSet<String>, api::Error> {
    let searches = ids.chunks(IDS_PER_SEARCH).map(|batch| {
        let q = batch
            .iter()
            .map(|id| format!("user_id:{}", quote(id)))
            .collect::<Vec<_>>()
            .join(" OR ");
        async move {
            users::list(
                client,
                &users::ListParams {
                    q: Some(q),
                    sort: None,
                    page: 0,
                    per_page: users::MAX_PER_PAGE,
                },
            )
            .await
        }
    });
    let mut pages = futures_util::stream::iter(searches).buffer_unordered(concurrency.max(1));
    let mut found = std::collections::HashSet::new();
    while let Some(page) = pages.next().await {
        for u in page?.users {
            if let Some(id) = u.get("user_id").and_then(Value::as_str) {
                found.insert(id.to_owned());
            }
        }
    }
    Ok(found)
}

/// The users among `ids` (at most 50: one search), as the API returns them; for a prompt that says who.
pub async fn lookup(client: &Client, ids: &[String]) -> Result<Vec<Value>, api::Error> {
    let Some(batch) = ids.chunks(IDS_PER_SEARCH).next() else {
        return Ok(Vec::new());
    };
    let q = batch
        .iter()
        .map(|id| format!("user_id:{}", quote(id)))
        .collect::<Vec<_>>()
        .join(" OR ");
    let page = users::list(
        client,
        &users::ListParams {
            q: Some(q),
            sort: None,
            page: 0,
            per_page: users::MAX_PER_PAGE,
        },
    )
    .await?;
    Ok(page.users)
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn ids_are_quoted_as_phrases() {
        assert_eq!(quote("auth0|123"), "\"auth0|123\"");
        assert_eq!(quote("a\"b\\c"), "\"a\\\"b\\\\c\"");
    }
}

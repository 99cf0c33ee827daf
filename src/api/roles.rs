//! Typed RBAC calls: `/resource-servers` (APIs), `/roles` with their permissions and users, and
//! `/users/{id}/roles|permissions`. Objects stay `serde_json::Value`, as the API returns them.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use reqwest::Method;
use serde_json::{Value, json};

use super::users::user_path;
use super::{Client, Error};

/// Escaped in a path segment: everything but unreserved characters (an API identifier is a URL).
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Auth0's per-page maximum for these lists.
const PER_PAGE: usize = 100;

fn segment(s: &str) -> String {
    utf8_percent_encode(s, SEGMENT).to_string()
}

/// Every item of an offset-paged list (`page`, `per_page`, `include_totals` → `{<key>, start, limit, total}`),
/// page by page until `total`.
async fn all_pages(
    client: &Client,
    path: &str,
    key: &str,
    extra: &[(&str, String)],
) -> Result<Vec<Value>, Error> {
    let mut out = Vec::new();
    for page in 0.. {
        let mut query: Vec<(&str, String)> = vec![
            ("page", page.to_string()),
            ("per_page", PER_PAGE.to_string()),
            ("include_totals", "true".to_owned()),
        ];
        query.extend(extra.iter().cloned());
        let v = client.send(Method::GET, path, &query, None).await?;
        let (items, total) = match v {
            Value::Array(a) => {
                let n = a.len();
                (
                    a,
                    None::<usize>.or(if n < PER_PAGE {
                        Some(out.len() + n)
                    } else {
                        None
                    }),
                )
            }
            Value::Object(mut m) => {
                let total = m.get("total").and_then(Value::as_u64).map(|t| t as usize);
                let items = match m.remove(key) {
                    Some(Value::Array(a)) => a,
                    _ => Vec::new(),
                };
                (items, total)
            }
            _ => (Vec::new(), Some(out.len())),
        };
        let n = items.len();
        out.extend(items);
        if n == 0 || n < PER_PAGE || total.is_some_and(|t| out.len() >= t) {
            break;
        }
    }
    Ok(out)
}

// ---- APIs (resource servers) ----

/// `resource-servers/<id or URL-encoded identifier>`.
fn api_path(id_or_identifier: &str) -> String {
    format!("resource-servers/{}", segment(id_or_identifier))
}

pub async fn list_apis(client: &Client) -> Result<Vec<Value>, Error> {
    all_pages(client, "resource-servers", "resource_servers", &[]).await
}

/// An API by its id or its identifier (Auth0 takes either in the path).
pub async fn get_api(client: &Client, id_or_identifier: &str) -> Result<Value, Error> {
    client
        .send(Method::GET, &api_path(id_or_identifier), &[], None)
        .await
}

pub async fn create_api(client: &Client, body: &Value) -> Result<Value, Error> {
    client
        .send(Method::POST, "resource-servers", &[], Some(body))
        .await
}

pub async fn update_api(client: &Client, id: &str, body: &Value) -> Result<Value, Error> {
    client
        .send(Method::PATCH, &api_path(id), &[], Some(body))
        .await
}

pub async fn delete_api(client: &Client, id: &str) -> Result<(), Error> {
    client
        .send(Method::DELETE, &api_path(id), &[], None)
        .await
        .map(|_| ())
}

// ---- roles ----

fn role_path(id: &str) -> String {
    format!("roles/{}", segment(id))
}

/// Every role, or those whose name contains `name_filter` (case-insensitive, as Auth0 filters).
pub async fn list_roles(client: &Client, name_filter: Option<&str>) -> Result<Vec<Value>, Error> {
    let extra: Vec<(&str, String)> = name_filter
        .map(|n| ("name_filter", n.to_owned()))
        .into_iter()
        .collect();
    all_pages(client, "roles", "roles", &extra).await
}

pub async fn get_role(client: &Client, id: &str) -> Result<Value, Error> {
    client.send(Method::GET, &role_path(id), &[], None).await
}

pub async fn create_role(client: &Client, body: &Value) -> Result<Value, Error> {
    client.send(Method::POST, "roles", &[], Some(body)).await
}

pub async fn update_role(client: &Client, id: &str, body: &Value) -> Result<Value, Error> {
    client
        .send(Method::PATCH, &role_path(id), &[], Some(body))
        .await
}

pub async fn delete_role(client: &Client, id: &str) -> Result<(), Error> {
    client
        .send(Method::DELETE, &role_path(id), &[], None)
        .await
        .map(|_| ())
}

/// `{"permissions":[{resource_server_identifier, permission_name}…]}`.
pub fn permissions_body(api: &str, names: &[String]) -> Value {
    let list: Vec<Value> = names
        .iter()
        .map(|n| json!({"resource_server_identifier": api, "permission_name": n}))
        .collect();
    json!({ "permissions": list })
}

/// Who holds permissions: a role or a user (directly).
#[derive(Debug, Clone, Copy)]
pub enum Holder<'a> {
    Role(&'a str),
    User(&'a str),
}

impl Holder<'_> {
    fn permissions_path(&self) -> String {
        match self {
            Holder::Role(id) => format!("{}/permissions", role_path(id)),
            Holder::User(id) => format!("{}/permissions", user_path(id)),
        }
    }
}

/// The permissions a role grants, or a user has (a user's with their `sources`: direct or which role).
pub async fn permissions(client: &Client, holder: Holder<'_>) -> Result<Vec<Value>, Error> {
    all_pages(client, &holder.permissions_path(), "permissions", &[]).await
}

/// Adds (`POST`) or removes (`DELETE`) the permissions of [`permissions_body`].
pub async fn change_permissions(
    client: &Client,
    holder: Holder<'_>,
    add: bool,
    body: &Value,
) -> Result<(), Error> {
    let method = if add { Method::POST } else { Method::DELETE };
    client
        .send(method, &holder.permissions_path(), &[], Some(body))
        .await
        .map(|_| ())
}

/// Every member of a role, with checkpoint paging (`take`/`from` → `{users, next}`): offset paging stops at
/// 1,000 members, checkpoints do not.
pub async fn role_users(client: &Client, role_id: &str) -> Result<Vec<Value>, Error> {
    let path = format!("{}/users", role_path(role_id));
    let mut out = Vec::new();
    let mut from: Option<String> = None;
    loop {
        let mut query: Vec<(&str, String)> = vec![("take", PER_PAGE.to_string())];
        if let Some(f) = &from {
            query.push(("from", f.clone()));
        }
        let v = client.send(Method::GET, &path, &query, None).await?;
        let (items, next) = match v {
            Value::Object(mut m) => (
                match m.remove("users") {
                    Some(Value::Array(a)) => a,
                    _ => Vec::new(),
                },
                m.get("next")
                    .and_then(Value::as_str)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
            ),
            Value::Array(a) => (a, None),
            _ => (Vec::new(), None),
        };
        let n = items.len();
        out.extend(items);
        match next {
            Some(n2) if n > 0 && from.as_deref() != Some(n2.as_str()) => from = Some(n2),
            _ => break,
        }
    }
    Ok(out)
}

/// How many users one `POST /roles/{id}/users` assigns at most (a0's batch; the spec sets no limit).
pub const ROLE_USERS_BATCH: usize = 100;

pub async fn add_role_users(
    client: &Client,
    role_id: &str,
    user_ids: &[String],
) -> Result<(), Error> {
    let path = format!("{}/users", role_path(role_id));
    client
        .send(
            Method::POST,
            &path,
            &[],
            Some(&json!({ "users": user_ids })),
        )
        .await
        .map(|_| ())
}

// ---- a user's roles and permissions ----

pub async fn user_roles(client: &Client, user_id: &str) -> Result<Vec<Value>, Error> {
    all_pages(
        client,
        &format!("{}/roles", user_path(user_id)),
        "roles",
        &[],
    )
    .await
}

/// Gives (`add`) or takes away a user's roles.
pub async fn change_user_roles(
    client: &Client,
    user_id: &str,
    add: bool,
    role_ids: &[String],
) -> Result<(), Error> {
    let method = if add { Method::POST } else { Method::DELETE };
    let path = format!("{}/roles", user_path(user_id));
    client
        .send(method, &path, &[], Some(&json!({ "roles": role_ids })))
        .await
        .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_identifiers_are_one_path_segment() {
        assert_eq!(
            api_path("https://api.example.com/orders"),
            "resource-servers/https%3A%2F%2Fapi.example.com%2Forders"
        );
        assert_eq!(role_path("rol_abc"), "roles/rol_abc");
    }

    #[test]
    fn permission_bodies_name_the_api_of_each() {
        assert_eq!(
            permissions_body("https://api", &["read:x".into()]),
            json!({"permissions":[{"resource_server_identifier":"https://api","permission_name":"read:x"}]})
        );
    }
}

//! `GET /api/v2/connections` and `/connections/{id}`: the three default connections, filters, projection,
//! 404 and scope.

mod common;

use common::TestServer;
use reqwest::Method;
use serde_json::{Value, json};

async fn get(s: &TestServer, path: &str) -> (u16, Value) {
    let r = s.api(Method::GET, path).send().await.unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

fn names(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn a_new_tenant_has_the_three_default_connections() {
    let s = TestServer::start().await;
    let (st, v) = get(&s, "/connections").await;
    assert_eq!(st, 200);
    assert_eq!(
        names(&v),
        vec!["Username-Password-Authentication", "email", "google-oauth2"]
    );
    for c in v.as_array().unwrap() {
        let id = c["id"].as_str().unwrap();
        assert!(
            id.starts_with("con_")
                && id.len() == 20
                && id[4..].chars().all(|c| c.is_ascii_alphanumeric())
        );
        assert_eq!(c["realms"], json!([c["name"]]));
        assert_eq!(c["is_domain_connection"], false);
    }
    let db = &v[0];
    assert_eq!(db["strategy"], "auth0");
    assert_eq!(db["options"]["passwordPolicy"], "good");
    assert_eq!(
        db["options"]["password_complexity_options"]["min_length"],
        8
    );
    assert_eq!(db["options"]["requires_username"], false);
    assert_eq!(v[1]["strategy"], "email");
    assert_eq!(v[2]["options"]["set_user_root_attributes"], "on_each_login");
}

#[tokio::test]
async fn strategy_and_name_filter() {
    let s = TestServer::start().await;
    let (_, v) = get(&s, "/connections?strategy=auth0").await;
    assert_eq!(names(&v), vec!["Username-Password-Authentication"]);
    let (_, v) = get(&s, "/connections?strategy=auth0&strategy=google-oauth2").await;
    assert_eq!(
        names(&v),
        vec!["Username-Password-Authentication", "google-oauth2"]
    );
    let (_, v) = get(&s, "/connections?name=email").await;
    assert_eq!(names(&v), vec!["email"]);
    let (_, v) = get(&s, "/connections?strategy=samlp").await;
    assert_eq!(v, json!([]));
}

#[tokio::test]
async fn fields_paging_and_totals() {
    let s = TestServer::start().await;
    let (_, v) = get(&s, "/connections?fields=name,strategy").await;
    assert_eq!(v[1], json!({"strategy": "email", "name": "email"}));
    let (_, v) = get(
        &s,
        "/connections?fields=options&include_fields=false&per_page=1&page=1&include_totals=true",
    )
    .await;
    assert_eq!(v["start"], 1);
    assert_eq!(v["limit"], 1);
    assert_eq!(v["total"], 3);
    assert_eq!(v["connections"].as_array().unwrap().len(), 1);
    assert!(v["connections"][0].get("options").is_none());
    let (st, _) = get(&s, "/connections?per_page=0").await;
    assert_eq!(st, 400);
}

#[tokio::test]
async fn list_items_carry_only_the_fields_of_connection_for_list() {
    let s = TestServer::start().await;
    // The properties of `ConnectionForList` in shared/reference/management-api.subset.openapi.json.
    let allowed = [
        "name",
        "display_name",
        "options",
        "id",
        "strategy",
        "realms",
        "is_domain_connection",
        "show_as_button",
        "metadata",
        "authentication",
        "connected_accounts",
        "cross_app_access_requesting_app",
    ];
    for path in ["/connections", "/connections?take=2"] {
        let (_, v) = get(&s, path).await;
        let items = v
            .get("connections")
            .unwrap_or(&v)
            .as_array()
            .unwrap()
            .clone();
        assert!(!items.is_empty());
        for c in items {
            for k in c.as_object().unwrap().keys() {
                assert!(
                    allowed.contains(&k.as_str()),
                    "{path}: {k} is not in ConnectionForList"
                );
            }
        }
    }
}

#[tokio::test]
async fn checkpoint_paging_walks_every_connection_once() {
    let s = TestServer::start().await;
    let (st, v) = get(&s, "/connections?take=2").await;
    assert_eq!(st, 200);
    assert_eq!(
        names(&v["connections"]),
        vec!["Username-Password-Authentication", "email"]
    );
    assert!(v.get("total").is_none() && v.get("start").is_none());
    let next = v["next"].as_str().unwrap().to_owned();
    let (st, v) = get(&s, &format!("/connections?take=2&from={next}")).await;
    assert_eq!(st, 200);
    assert_eq!(names(&v["connections"]), vec!["google-oauth2"]);
    assert!(v.get("next").is_none(), "the last page has no next: {v}");
    // `from` alone pages with the default take (50); filters and fields still apply.
    let (_, v) = get(&s, &format!("/connections?from={next}&fields=name")).await;
    assert_eq!(v["connections"], json!([{"name": "google-oauth2"}]));
    let (_, v) = get(&s, "/connections?take=5&strategy=auth0").await;
    assert_eq!(
        names(&v["connections"]),
        vec!["Username-Password-Authentication"]
    );
    let (st, e) = get(&s, "/connections?from=%%%").await;
    assert_eq!(st, 400);
    assert_eq!(e["errorCode"], "invalid_query_string");
    let (st, _) = get(&s, "/connections?take=0").await;
    assert_eq!(st, 400);
}

#[tokio::test]
async fn get_by_id_and_404() {
    let s = TestServer::start().await;
    let (_, list) = get(&s, "/connections?name=google-oauth2").await;
    let id = list[0]["id"].as_str().unwrap();
    let (st, mut c) = get(&s, &format!("/connections/{id}")).await;
    assert_eq!(st, 200);
    // The single connection has `enabled_clients`; list items (`ConnectionForList`) do not.
    assert!(c.get("enabled_clients").is_some(), "{c}");
    c.as_object_mut().unwrap().remove("enabled_clients");
    assert_eq!(c, list[0]);
    let (st, e) = get(&s, "/connections/con_doesnotexist0000").await;
    assert_eq!(st, 404);
    assert_eq!(
        e,
        json!({"statusCode": 404, "error": "Not Found", "message": "The connection does not exist.", "errorCode": "inexistent_connection"})
    );
    // The store lookups others use agree.
    let by_name = s
        .handle
        .store()
        .connection_by_name("google-oauth2")
        .unwrap()
        .unwrap();
    assert_eq!(by_name.id, id);
    assert_eq!(
        s.handle.store().connection_by_id(id).unwrap().unwrap().name,
        "google-oauth2"
    );
}

#[tokio::test]
async fn connections_need_read_connections() {
    let s = TestServer::start_with(|b| {
        b.config(a0_emulator::EmulatorConfig {
            clients: vec![a0_emulator::config::ClientConfig {
                id: "u".into(),
                secret: "u-secret".into(),
                scopes: vec!["read:users".into()],
                ..Default::default()
            }],
            ..Default::default()
        })
    })
    .await;
    let token = s.token_for("u", "u-secret").await;
    let r = s
        .http
        .get(s.url("/api/v2/connections/anything"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let e: Value = r.json().await.unwrap();
    assert_eq!(
        e["message"],
        "Insufficient scope, expected any of: read:connections"
    );
}

//! `GET /api/v2/users`: envelope and plain array, paging limits (per_page ≤ 100, the 1,000-record cap),
//! sort, `q`, `fields`, and Auth0's query-string errors.

mod common;

use common::TestServer;
use reqwest::Method;
use serde_json::{Value, json};

fn seed(n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            json!({
                "email": format!("user{i:04}@example.com"),
                "user_id": format!("u{i:04}"),
                "given_name": format!("G{}", n - i),
                "app_metadata": {"plan": if i % 2 == 0 { "pro" } else { "free" }},
            })
        })
        .collect()
}

async fn get(s: &TestServer, path: &str) -> (u16, String) {
    let r = s.api(Method::GET, path).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

async fn get_json(s: &TestServer, path: &str) -> Value {
    let (st, raw) = get(s, path).await;
    assert_eq!(st, 200, "{path}: {raw}");
    serde_json::from_str(&raw).unwrap()
}

fn ids(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|u| u["user_id"].as_str().unwrap().to_string())
        .collect()
}

async fn assert_query_error(s: &TestServer, path: &str, message: &str) {
    let (st, raw) = get(s, path).await;
    assert_eq!(st, 400, "{path}: {raw}");
    let e: Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(
        e,
        json!({"statusCode": 400, "error": "Bad Request", "message": message, "errorCode": "invalid_query_string"}),
        "{path}"
    );
}

#[tokio::test]
async fn without_include_totals_the_answer_is_a_plain_array_of_50_in_a_stable_order() {
    let s = TestServer::start_with(|b| b.seed_users(seed(60))).await;
    let v = get_json(&s, "/users").await;
    let got = ids(&v);
    assert_eq!(got.len(), 50);
    // Same created_at for all seeded users: ties broken by user_id.
    let expected: Vec<String> = (0..50).map(|i| format!("auth0|u{i:04}")).collect();
    assert_eq!(got, expected);
    assert_eq!(ids(&get_json(&s, "/users?page=1").await).len(), 10);
}

#[tokio::test]
async fn include_totals_envelope_has_auth0_key_order() {
    let s = TestServer::start_with(|b| b.seed_users(seed(25))).await;
    let (st, raw) = get(
        &s,
        "/users?include_totals=true&per_page=10&page=2&search_engine=v3",
    )
    .await;
    assert_eq!(st, 200);
    assert!(
        raw.starts_with("{\"start\":20,\"limit\":10,\"length\":5,\"users\":["),
        "{raw}"
    );
    assert!(raw.ends_with("],\"total\":25}"), "{raw}");
    let v: Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(v["users"].as_array().unwrap().len(), 5);
    // Past the end: an empty page, total still right.
    let v = get_json(&s, "/users?include_totals=true&per_page=10&page=5").await;
    assert_eq!(v["users"], json!([]));
    assert_eq!(v["total"], 25);
    assert_eq!(v["length"], 0);
}

#[tokio::test]
async fn paging_parameters_are_validated_like_auth0() {
    let s = TestServer::start().await;
    assert_query_error(
        &s,
        "/users?per_page=1000",
        "Query validation error: 'Value 1000 is greater than maximum 100' on property per_page (Number of results per page).",
    )
    .await;
    assert_query_error(
        &s,
        "/users?page=-1",
        "Query validation error: 'Value -1 is less than minimum 0' on property page (Page index of the results to return. First page is 0).",
    )
    .await;
    assert_query_error(
        &s,
        "/users?per_page=ten",
        "Query validation error: 'Expected type integer but found type string' on property per_page (Number of results per page).",
    )
    .await;
    assert_query_error(
        &s,
        "/users?sort=bad",
        "Query validation error: 'String does not match pattern ^(([a-zA-Z0-9_\\.]+))\\:(1|-1)$: bad' on property sort (Field to sort by. Use field:order where order is 1 for ascending and -1 for descending. e.g. created_at:1).",
    )
    .await;
    let (st, _) = get(&s, "/users?sort=email:2").await;
    assert_eq!(st, 400);
    let (st, _) = get(&s, "/users?include_totals=yes").await;
    assert_eq!(st, 400);
    let (st, _) = get(&s, "/users?search_engine=v9").await;
    assert_eq!(st, 400);
}

#[tokio::test]
async fn only_the_first_1000_records_can_be_paged_through() {
    let s = TestServer::start_with(|b| b.seed_users(seed(1050))).await;
    let v = get_json(&s, "/users?per_page=100&page=9&include_totals=true").await;
    assert_eq!(v["length"], 100);
    assert_eq!(v["total"], 1050);
    assert_eq!(v["users"][99]["user_id"], "auth0|u0999");
    for path in [
        "/users?per_page=100&page=10",
        "/users?per_page=50&page=20",
        "/users?per_page=30&page=33",
    ] {
        let (st, raw) = get(&s, path).await;
        assert_eq!(st, 400, "{path}");
        assert_eq!(
            serde_json::from_str::<Value>(&raw).unwrap(),
            json!({"statusCode": 400, "error": "Bad Request", "message": "You can only page through the first 1000 records. See https://auth0.com/docs/users/search/v3/view-search-results-by-page#limitation", "errorCode": "invalid_paging"}),
        );
    }
}

#[tokio::test]
async fn sort_orders_by_the_field_in_either_direction() {
    let s = TestServer::start_with(|b| b.seed_users(seed(5))).await;
    let asc = ids(&get_json(&s, "/users?sort=email:1").await);
    let desc = ids(&get_json(&s, "/users?sort=email:-1").await);
    assert_eq!(asc.len(), 5);
    let mut rev = asc.clone();
    rev.reverse();
    assert_eq!(desc, rev);
    // given_name G5..G1 runs opposite to email.
    assert_eq!(ids(&get_json(&s, "/users?sort=given_name:1").await), rev);
}

#[tokio::test]
async fn q_filters_and_bad_q_names_the_position() {
    let s = TestServer::start_with(|b| b.seed_users(seed(30))).await;
    let v = get_json(&s, "/users?q=email:user001*&include_totals=true").await;
    assert_eq!(v["total"], 10);
    let v = get_json(&s, "/users?q=email%3A%22USER0003%40example.com%22").await;
    assert_eq!(ids(&v), vec!["auth0|u0003"]);
    let v = get_json(&s, "/users?q=app_metadata.plan:pro&include_totals=true").await;
    assert_eq!(v["total"], 15);
    let (st, raw) = get(&s, "/users?q=email:%22unterminated").await;
    assert_eq!(st, 400, "{raw}");
    let e: Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(e["errorCode"], "invalid_query_string");
    let msg = e["message"].as_str().unwrap();
    assert!(msg.contains("position 6"), "{msg}");
    let (st, raw) = get(&s, "/users?q=(email:a").await;
    assert_eq!(st, 400, "{raw}");
    assert!(raw.contains("position"), "{raw}");
}

#[tokio::test]
async fn fields_projection_applies_to_every_user() {
    let s = TestServer::start_with(|b| b.seed_users(seed(3))).await;
    let v = get_json(&s, "/users?fields=user_id,email&include_fields=true").await;
    assert_eq!(
        v[0],
        json!({"email": "user0000@example.com", "user_id": "auth0|u0000"})
    );
    let v = get_json(
        &s,
        "/users?fields=identities,app_metadata&include_fields=false&include_totals=true",
    )
    .await;
    for u in v["users"].as_array().unwrap() {
        assert!(u.get("identities").is_none() && u.get("app_metadata").is_none());
        assert!(u.get("email").is_some());
    }
}

#[tokio::test]
async fn connection_parameter_narrows_to_one_connection() {
    let s = TestServer::start_with(|b| b.seed_users(seed(3))).await;
    let r = s
        .api(Method::POST, "/users")
        .json(&json!({"connection": "email", "email": "pwless@example.com"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let v = get_json(&s, "/users?connection=email").await;
    assert_eq!(v.as_array().unwrap().len(), 1);
    let v = get_json(&s, "/users?q=identities.connection:%22email%22").await;
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(get_json(&s, "/users").await.as_array().unwrap().len(), 4);
}

/// A search that runs past the budget (Auth0: about 2 s) is answered 503 as Auth0 words it, and the emulator
/// keeps answering.
#[tokio::test]
async fn a_search_past_its_budget_is_a_503_and_the_tenant_keeps_answering() {
    let s = TestServer::start_with(|b| b.seed_users(seed(3000))).await;
    s.handle
        .store()
        .set_search_budget(std::time::Duration::from_millis(1));
    let (status, raw) = get(&s, "/users?q=email:*example*&include_totals=true").await;
    assert_eq!(status, 503, "{raw}");
    let body: Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(body["statusCode"], 503);
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .starts_with("The query exceeded the timeout."),
        "{body}"
    );
    // a plain read still answers, and with the default budget the same search works
    let (status, _) = get(&s, "/users/auth0%7Cu0001").await;
    assert_eq!(status, 200);
    s.handle
        .store()
        .set_search_budget(a0_emulator::store::users::SEARCH_BUDGET);
    let page = get_json(
        &s,
        "/users?q=email:*example*&include_totals=true&per_page=1",
    )
    .await;
    assert_eq!(page["total"], 3000);
}

//! RBAC over real HTTP: resource servers, roles, role permissions and members, user roles and permissions, the
//! cascades on delete, scopes, and tokens for custom APIs (client credentials and the password grant).

mod common;

use a0_emulator::EmulatorConfig;
use a0_emulator::config::{ApiConfig, ClientConfig, GrantConfig, ScopeConfig};
use base64::Engine as _;
use common::{DB, TestServer, create_user_ok, enc};
use reqwest::Method;
use serde_json::{Value, json};

const API: &str = "https://api.example.com/";
const PW: &str = "Correct-Horse-9";

/// A request to `/api/v2{path}` with `token` (the admin's when `None`): status, JSON body (`null` when empty),
/// and the content type.
async fn call_as(
    s: &TestServer,
    token: Option<&str>,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let mut req = s
        .http
        .request(method, s.url(&format!("/api/v2{path}")))
        .bearer_auth(token.unwrap_or(&s.admin_token));
    if let Some(b) = body {
        req = req.json(&b);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    assert_eq!(
        resp.headers()["content-type"],
        "application/json; charset=utf-8",
        "{path}"
    );
    let text = resp.text().await.unwrap();
    let v = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap()
    };
    (status, v)
}

async fn call(s: &TestServer, method: Method, path: &str, body: Option<Value>) -> (u16, Value) {
    call_as(s, None, method, path, body).await
}

fn config() -> EmulatorConfig {
    EmulatorConfig {
        apis: vec![ApiConfig {
            identifier: API.into(),
            name: Some("Example API".into()),
            scopes: vec![
                ScopeConfig::Full {
                    value: "read:x".into(),
                    description: Some("Read x".into()),
                },
                ScopeConfig::Value("write:x".into()),
                ScopeConfig::Value("delete:x".into()),
            ],
            enforce_policies: Some(true),
            token_dialect: Some("access_token_authz".into()),
            ..Default::default()
        }],
        clients: vec![
            ClientConfig {
                id: "m2m".into(),
                secret: "m2m-secret".into(),
                scopes: vec![],
                grants: vec![GrantConfig {
                    audience: API.into(),
                    scopes: vec!["read:x".into(), "write:x".into()],
                }],
            },
            ClientConfig {
                id: "reader".into(),
                secret: "reader-secret".into(),
                scopes: vec!["read:users".into()],
                ..Default::default()
            },
        ],
        ..Default::default()
    }
}

async fn server() -> TestServer {
    TestServer::start_with(|b| b.config(config())).await
}

async fn new_user(s: &TestServer, email: &str) -> String {
    let u = create_user_ok(s, json!({"connection": DB, "email": email, "password": PW})).await;
    u["user_id"].as_str().unwrap().to_owned()
}

async fn new_role(s: &TestServer, name: &str) -> String {
    let (st, r) = call(
        s,
        Method::POST,
        "/roles",
        Some(json!({"name": name, "description": format!("{name} role")})),
    )
    .await;
    assert_eq!(st, 200, "{r}");
    r["id"].as_str().unwrap().to_owned()
}

fn perm(name: &str) -> Value {
    json!({"resource_server_identifier": API, "permission_name": name})
}

fn payload(token: &str) -> Value {
    let part = token.split('.').nth(1).unwrap();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(part)
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

fn header(token: &str) -> Value {
    let part = token.split('.').next().unwrap();
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(part)
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

// ---------------------------------------------------------------------------------------------------------
// Resource servers
// ---------------------------------------------------------------------------------------------------------

#[tokio::test]
async fn resource_server_create_fills_auth0_defaults_and_crud_follows_the_reference() {
    let s = TestServer::start().await;
    let (st, rs) = call(
        &s,
        Method::POST,
        "/resource-servers",
        Some(json!({"identifier": "https://uat.api/TestAcc"})),
    )
    .await;
    assert_eq!(st, 201, "{rs}");
    let id = rs["id"].as_str().unwrap().to_owned();
    assert_eq!(id.len(), 24);
    assert_eq!(
        rs,
        json!({"id": id, "identifier": "https://uat.api/TestAcc", "allow_offline_access": false,
               "skip_consent_for_verifiable_first_party_clients": false,
               "subject_type_authorization": {"client": {"policy": "require_client_grant"}, "user": {"policy": "allow_all"}},
               "token_lifetime": 86400, "token_lifetime_for_web": 7200, "signing_alg": "RS256"})
    );
    let keys: Vec<&String> = rs.as_object().unwrap().keys().collect();
    assert_eq!(keys[0], "id");
    assert_eq!(keys[1], "identifier");

    // Get by id, by the URL-encoded identifier, and by the identifier encoded twice.
    let (st, got) = call(&s, Method::GET, &format!("/resource-servers/{id}"), None).await;
    assert_eq!((st, &got), (200, &rs));
    let once = enc("https://uat.api/TestAcc");
    let (st, got) = call(&s, Method::GET, &format!("/resource-servers/{once}"), None).await;
    assert_eq!((st, &got), (200, &rs));
    let twice = enc(&once);
    let (st, got) = call(&s, Method::GET, &format!("/resource-servers/{twice}"), None).await;
    assert_eq!((st, &got), (200, &rs));

    // Duplicate identifier: 409.
    let (st, body) = call(
        &s,
        Method::POST,
        "/resource-servers",
        Some(json!({"identifier": "https://uat.api/TestAcc"})),
    )
    .await;
    assert_eq!(st, 409);
    assert_eq!(body["statusCode"], 409);
    assert_eq!(body["error"], "Conflict");

    // PATCH: 200 with the whole API; scopes, RBAC and dialect appear once set.
    let (st, patched) = call(
        &s,
        Method::PATCH,
        &format!("/resource-servers/{id}"),
        Some(json!({"name": "Acc", "scopes": [{"value": "read:a", "description": "Read a"}],
                    "enforce_policies": true, "token_dialect": "rfc9068_profile_authz", "token_lifetime": 600})),
    )
    .await;
    assert_eq!(st, 200, "{patched}");
    assert_eq!(patched["name"], "Acc");
    assert_eq!(patched["enforce_policies"], true);
    assert_eq!(patched["token_dialect"], "rfc9068_profile_authz");
    assert_eq!(patched["token_lifetime"], 600);
    assert_eq!(
        patched["scopes"],
        json!([{"value": "read:a", "description": "Read a"}])
    );
    // identifier and id cannot be sent on PATCH.
    let (st, body) = call(
        &s,
        Method::PATCH,
        &format!("/resource-servers/{id}"),
        Some(json!({"identifier": "https://other"})),
    )
    .await;
    assert_eq!(st, 400);
    assert_eq!(
        body,
        json!({"statusCode":400,"error":"Bad Request","message":"Payload validation error: 'Additional properties not allowed: identifier'.","errorCode":"invalid_body"})
    );

    // Delete: 204 twice; then 404.
    for _ in 0..2 {
        let (st, body) = call(&s, Method::DELETE, &format!("/resource-servers/{id}"), None).await;
        assert_eq!((st, body), (204, Value::Null));
    }
    let (st, body) = call(&s, Method::GET, &format!("/resource-servers/{id}"), None).await;
    assert_eq!(st, 404);
    assert_eq!(
        body,
        json!({"statusCode":404,"error":"Not Found","message":"The resource server does not exist","errorCode":"inexistent_resource_server"})
    );
}

#[tokio::test]
async fn resource_server_bodies_are_validated_as_auth0() {
    let s = TestServer::start().await;
    let cases = [
        (
            json!({"name": "x"}),
            "Payload validation error: 'Missing required property: identifier'.",
        ),
        (
            json!({"identifier": "a", "foo": 1}),
            "Payload validation error: 'Additional properties not allowed: foo'.",
        ),
        (
            json!({"identifier": "a", "token_lifetime": 3000000}),
            "Payload validation error: 'Value 3000000 is greater than maximum 2592000' on property token_lifetime (Expiration value (in seconds) for access tokens issued for this API from the token endpoint.).",
        ),
        (
            json!({"identifier": "a", "name": "a<b"}),
            "Payload validation error: 'String does not match pattern ^[^<>]+$: a<b' on property name (Friendly name for this resource server. Can not contain `<` or `>` characters.).",
        ),
        (
            json!({"identifier": "a", "token_dialect": "jwt"}),
            "Payload validation error: 'No enum match for: \"jwt\"' on property token_dialect (Dialect of issued access token.).",
        ),
    ];
    for (body, message) in cases {
        let (st, got) = call(&s, Method::POST, "/resource-servers", Some(body)).await;
        assert_eq!(st, 400);
        assert_eq!(got["message"], message);
        assert_eq!(got["errorCode"], "invalid_body");
    }
    // An HS256 API carries a signing secret.
    let (st, rs) = call(
        &s,
        Method::POST,
        "/resource-servers",
        Some(json!({"identifier": "hs", "signing_alg": "HS256"})),
    )
    .await;
    assert_eq!(st, 201);
    assert!(rs["signing_secret"].as_str().unwrap().len() >= 16);
}

#[tokio::test]
async fn the_management_api_is_listed_as_the_system_api_and_cannot_be_deleted() {
    let s = server().await;
    let (st, list) = call(&s, Method::GET, "/resource-servers", None).await;
    assert_eq!(st, 200);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["is_system"], true);
    assert_eq!(list[0]["identifier"], s.audience());
    assert_eq!(list[0]["name"], "Auth0 Management API");
    assert_eq!(list[1]["identifier"], API);
    assert_eq!(list[1]["enforce_policies"], true);
    assert_eq!(
        list[1]["scopes"],
        json!([{"value":"read:x","description":"Read x"},{"value":"write:x"},{"value":"delete:x"}])
    );

    // include_totals: total, start, limit, resource_servers, in that order; per_page pages.
    let (_, env) = call(
        &s,
        Method::GET,
        "/resource-servers?include_totals=true&per_page=1&page=1",
        None,
    )
    .await;
    let keys: Vec<&String> = env.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["total", "start", "limit", "resource_servers"]);
    assert_eq!(env["total"], 2);
    assert_eq!(env["start"], 1);
    assert_eq!(env["limit"], 1);
    assert_eq!(env["resource_servers"][0]["identifier"], API);

    // identifiers filter and fields.
    let (_, only) = call(
        &s,
        Method::GET,
        &format!(
            "/resource-servers?identifiers={}&fields=id,identifier",
            enc(API)
        ),
        None,
    )
    .await;
    assert_eq!(only.as_array().unwrap().len(), 1);
    assert_eq!(
        only[0].as_object().unwrap().keys().collect::<Vec<_>>(),
        ["id", "identifier"]
    );

    let sys = enc(&s.audience());
    let (st, body) = call(
        &s,
        Method::DELETE,
        &format!("/resource-servers/{sys}"),
        None,
    )
    .await;
    assert_eq!(st, 403);
    assert_eq!(body["statusCode"], 403);
    let (st, body) = call(
        &s,
        Method::PATCH,
        &format!("/resource-servers/{sys}"),
        Some(json!({"name": "Mine"})),
    )
    .await;
    assert_eq!(st, 400);
    assert_eq!(
        body["message"],
        "Payload validation error: 'Additional properties not allowed: name'."
    );
    let (st, body) = call(
        &s,
        Method::PATCH,
        &format!("/resource-servers/{sys}"),
        Some(json!({"token_lifetime": 3600})),
    )
    .await;
    assert_eq!(st, 200);
    assert_eq!(body["token_lifetime"], 3600);
    assert_eq!(body["is_system"], true);
    // Creating the Management API's identifier again is a conflict.
    let (st, _) = call(
        &s,
        Method::POST,
        "/resource-servers",
        Some(json!({"identifier": s.audience()})),
    )
    .await;
    assert_eq!(st, 409);
}

// ---------------------------------------------------------------------------------------------------------
// Roles
// ---------------------------------------------------------------------------------------------------------

#[tokio::test]
async fn roles_crud_status_codes_and_errors_follow_the_reference() {
    let s = TestServer::start().await;
    let (st, role) = call(
        &s,
        Method::POST,
        "/roles",
        Some(json!({"name": "test-role", "description": "Test Role"})),
    )
    .await;
    assert_eq!(st, 200);
    let id = role["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("rol_") && id.len() == 20, "{id}");
    assert_eq!(
        role,
        json!({"id": id, "name": "test-role", "description": "Test Role"})
    );

    // Without a description the create answer omits it; GET then shows "".
    let (_, bare) = call(&s, Method::POST, "/roles", Some(json!({"name": "bare"}))).await;
    assert_eq!(bare.as_object().unwrap().len(), 2);
    let bare_id = bare["id"].as_str().unwrap();
    let (_, got) = call(&s, Method::GET, &format!("/roles/{bare_id}"), None).await;
    assert_eq!(got["description"], "");

    // Duplicate name (any case): 409.
    let (st, body) = call(
        &s,
        Method::POST,
        "/roles",
        Some(json!({"name": "TEST-role"})),
    )
    .await;
    assert_eq!(st, 409);
    assert_eq!(
        body,
        json!({"statusCode":409,"error":"Conflict","message":"The role already exists."})
    );
    let (st, body) = call(
        &s,
        Method::POST,
        "/roles",
        Some(json!({"description": "x"})),
    )
    .await;
    assert_eq!(st, 400);
    assert_eq!(
        body["message"],
        "Payload validation error: 'Missing required property: name'."
    );

    let (st, patched) = call(
        &s,
        Method::PATCH,
        &format!("/roles/{id}"),
        Some(json!({"description": "Changed"})),
    )
    .await;
    assert_eq!(st, 200);
    assert_eq!(
        patched,
        json!({"id": id, "name": "test-role", "description": "Changed"})
    );

    // List: name_filter is case-insensitive; include_totals envelope is {roles,start,limit,total}.
    let (_, env) = call(
        &s,
        Method::GET,
        "/roles?name_filter=TEST&include_totals=true&per_page=50",
        None,
    )
    .await;
    assert_eq!(
        env,
        json!({"roles":[{"id": id, "name": "test-role", "description": "Changed"}],"start":0,"limit":50,"total":1})
    );
    let (_, arr) = call(&s, Method::GET, "/roles?per_page=1&page=1", None).await;
    assert_eq!(arr.as_array().unwrap().len(), 1);
    assert_eq!(arr[0]["name"], "bare");

    // DELETE: 200 {}, then 404 without errorCode.
    let (st, body) = call(&s, Method::DELETE, &format!("/roles/{id}"), None).await;
    assert_eq!((st, body), (200, json!({})));
    let (st, body) = call(&s, Method::DELETE, &format!("/roles/{id}"), None).await;
    assert_eq!(st, 404);
    assert_eq!(
        body,
        json!({"statusCode":404,"error":"Not Found","message":"The role does not exist."})
    );
    let (st, _) = call(&s, Method::GET, &format!("/roles/{id}"), None).await;
    assert_eq!(st, 404);
}

#[tokio::test]
async fn role_permissions_are_checked_against_the_apis_scopes() {
    let s = server().await;
    let role = new_role(&s, "editor").await;
    let path = format!("/roles/{role}/permissions");
    let (st, body) = call(
        &s,
        Method::POST,
        &path,
        Some(json!({"permissions": [perm("read:x"), perm("write:x")]})),
    )
    .await;
    assert_eq!((st, body), (201, json!({})));

    let (st, env) = call(
        &s,
        Method::GET,
        &format!("{path}?include_totals=true"),
        None,
    )
    .await;
    assert_eq!(st, 200);
    assert_eq!(
        env,
        json!({"permissions":[
            {"permission_name":"read:x","description":"Read x","resource_server_name":"Example API","resource_server_identifier":API},
            {"permission_name":"write:x","resource_server_name":"Example API","resource_server_identifier":API}],
            "start":0,"limit":50,"total":2})
    );

    // Unknown permission: 400; unknown API: 404; empty list: 400.
    let (st, body) = call(
        &s,
        Method::POST,
        &path,
        Some(json!({"permissions": [perm("fly:x")]})),
    )
    .await;
    assert_eq!(st, 400, "{body}");
    assert_eq!(body["statusCode"], 400);
    let (st, body) = call(
        &s,
        Method::POST,
        &path,
        Some(json!({"permissions": [{"resource_server_identifier": "https://nope", "permission_name": "read:x"}]})),
    )
    .await;
    assert_eq!(st, 404);
    assert_eq!(
        body["message"],
        "The resource server does not exist: 'https://nope'"
    );
    let (st, body) = call(&s, Method::POST, &path, Some(json!({"permissions": []}))).await;
    assert_eq!(st, 400);
    assert_eq!(
        body["message"],
        "Payload validation error: 'Array is too short (0), minimum 1' on property permissions (array of resource_server_identifier, permission_name pairs.)."
    );

    // DELETE: 204, also for a permission the role does not have.
    let (st, body) = call(
        &s,
        Method::DELETE,
        &path,
        Some(json!({"permissions": [perm("write:x"), perm("delete:x")]})),
    )
    .await;
    assert_eq!((st, body), (204, Value::Null));
    let (_, arr) = call(&s, Method::GET, &path, None).await;
    assert_eq!(arr.as_array().unwrap().len(), 1);
    // Unknown role: 404.
    let (st, _) = call(&s, Method::GET, "/roles/rol_nope/permissions", None).await;
    assert_eq!(st, 404);
}

#[tokio::test]
async fn role_users_page_by_offset_and_by_checkpoint() {
    let s = TestServer::start().await;
    let role = new_role(&s, "members").await;
    let mut ids = Vec::new();
    for i in 0..5 {
        ids.push(new_user(&s, &format!("member{i}@example.com")).await);
    }
    let path = format!("/roles/{role}/users");
    let (st, body) = call(&s, Method::POST, &path, Some(json!({"users": ids}))).await;
    assert_eq!((st, body), (200, json!({})));
    // Again: no duplicates.
    let (st, _) = call(&s, Method::POST, &path, Some(json!({"users": [ids[0]]}))).await;
    assert_eq!(st, 200);

    let (_, env) = call(
        &s,
        Method::GET,
        &format!("{path}?include_totals=true&per_page=2&page=1"),
        None,
    )
    .await;
    assert_eq!(env["total"], 5);
    assert_eq!(env["start"], 2);
    assert_eq!(env["limit"], 2);
    assert_eq!(env["users"][0]["user_id"], ids[2].as_str());
    assert_eq!(
        env["users"][0]
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>(),
        ["user_id", "email", "picture", "name"]
    );

    // Checkpoint: `take` wins over include_totals/per_page; the last page has no `next`.
    let (_, p1) = call(
        &s,
        Method::GET,
        &format!("{path}?include_totals=true&per_page=50&take=2"),
        None,
    )
    .await;
    assert_eq!(
        p1.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["users", "next"]
    );
    let mut seen: Vec<String> = p1["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["user_id"].as_str().unwrap().to_owned())
        .collect();
    let mut next = p1["next"].as_str().map(str::to_owned);
    while let Some(from) = next {
        let (st, page) = call(
            &s,
            Method::GET,
            &format!("{path}?from={}&take=2", enc(&from)),
            None,
        )
        .await;
        assert_eq!(st, 200);
        seen.extend(
            page["users"]
                .as_array()
                .unwrap()
                .iter()
                .map(|u| u["user_id"].as_str().unwrap().to_owned()),
        );
        next = page["next"].as_str().map(str::to_owned);
    }
    assert_eq!(seen, ids);

    // Unknown user in the list: 404, nothing assigned.
    let other = new_role(&s, "other").await;
    let (st, body) = call(
        &s,
        Method::POST,
        &format!("/roles/{other}/users"),
        Some(json!({"users": [ids[0], "auth0|nope"]})),
    )
    .await;
    assert_eq!(st, 404);
    assert_eq!(body["errorCode"], "inexistent_user");
    let (_, empty) = call(
        &s,
        Method::GET,
        &format!("/roles/{other}/users?take=10"),
        None,
    )
    .await;
    assert_eq!(empty, json!({"users": []}));
}

// ---------------------------------------------------------------------------------------------------------
// User roles and permissions
// ---------------------------------------------------------------------------------------------------------

#[tokio::test]
async fn user_roles_and_permissions_list_their_sources() {
    let s = server().await;
    let user = new_user(&s, "jane@example.com").await;
    let u = enc(&user);
    let role = new_role(&s, "reader").await;
    call(
        &s,
        Method::POST,
        &format!("/roles/{role}/permissions"),
        Some(json!({"permissions": [perm("read:x")]})),
    )
    .await;

    let (st, body) = call(
        &s,
        Method::POST,
        &format!("/users/{u}/roles"),
        Some(json!({"roles": [role]})),
    )
    .await;
    assert_eq!((st, body), (204, Value::Null));
    let (_, env) = call(
        &s,
        Method::GET,
        &format!("/users/{u}/roles?include_totals=true"),
        None,
    )
    .await;
    assert_eq!(
        env,
        json!({"roles":[{"id": role, "name": "reader", "description": "reader role"}],"start":0,"limit":50,"total":1})
    );

    let (st, body) = call(
        &s,
        Method::POST,
        &format!("/users/{u}/permissions"),
        Some(json!({"permissions": [perm("read:x"), perm("write:x")]})),
    )
    .await;
    assert_eq!((st, body), (201, json!({})));
    let (st, list) = call(&s, Method::GET, &format!("/users/{u}/permissions"), None).await;
    assert_eq!(st, 200);
    assert_eq!(
        list,
        json!([
            {"permission_name":"read:x","description":"Read x","resource_server_name":"Example API","resource_server_identifier":API,
             "sources":[{"source_id":"","source_name":"","source_type":"DIRECT"},{"source_id":role,"source_name":"reader","source_type":"ROLE"}]},
            {"permission_name":"write:x","resource_server_name":"Example API","resource_server_identifier":API,
             "sources":[{"source_id":"","source_name":"","source_type":"DIRECT"}]}
        ])
    );

    // Removing: 204, also for unassigned ones; the role-given permission stays.
    let (st, _) = call(
        &s,
        Method::DELETE,
        &format!("/users/{u}/permissions"),
        Some(json!({"permissions": [perm("read:x"), perm("delete:x")]})),
    )
    .await;
    assert_eq!(st, 204);
    let (_, env) = call(
        &s,
        Method::GET,
        &format!("/users/{u}/permissions?include_totals=true"),
        None,
    )
    .await;
    assert_eq!(env["total"], 2);
    assert_eq!(env["permissions"][0]["sources"][0]["source_type"], "ROLE");

    let (st, _) = call(
        &s,
        Method::DELETE,
        &format!("/users/{u}/roles"),
        Some(json!({"roles": [role, "rol_notassigned"]})),
    )
    .await;
    assert_eq!(st, 204);
    let (_, roles) = call(&s, Method::GET, &format!("/users/{u}/roles"), None).await;
    assert_eq!(roles, json!([]));

    // Unknown user: 404 inexistent_user; unknown role: 404; empty roles: 400.
    for (method, path, body) in [
        (Method::GET, "/users/auth0%7Cnope/roles".to_string(), None),
        (
            Method::GET,
            "/users/auth0%7Cnope/permissions".to_string(),
            None,
        ),
        (
            Method::POST,
            "/users/auth0%7Cnope/roles".to_string(),
            Some(json!({"roles": [role]})),
        ),
    ] {
        let (st, body) = call(&s, method, &path, body).await;
        assert_eq!(st, 404);
        assert_eq!(
            body,
            json!({"statusCode":404,"error":"Not Found","message":"The user does not exist.","errorCode":"inexistent_user"})
        );
    }
    let (st, body) = call(
        &s,
        Method::POST,
        &format!("/users/{u}/roles"),
        Some(json!({"roles": ["rol_nope"]})),
    )
    .await;
    assert_eq!(st, 404);
    assert_eq!(body["message"], "The role does not exist.");
    let (st, _) = call(
        &s,
        Method::POST,
        &format!("/users/{u}/roles"),
        Some(json!({"roles": []})),
    )
    .await;
    assert_eq!(st, 400);
}

#[tokio::test]
async fn deleting_a_user_a_role_or_an_api_removes_every_assignment_to_it() {
    let s = server().await;
    let a = new_user(&s, "a@example.com").await;
    let b = new_user(&s, "b@example.com").await;
    let role = new_role(&s, "r1").await;
    let (_, rs) = call(
        &s,
        Method::POST,
        "/resource-servers",
        Some(json!({"identifier": "https://second", "scopes": [{"value": "s:1"}]})),
    )
    .await;
    let rs_id = rs["id"].as_str().unwrap().to_owned();
    let p2 = json!({"resource_server_identifier": "https://second", "permission_name": "s:1"});
    call(
        &s,
        Method::POST,
        &format!("/roles/{role}/permissions"),
        Some(json!({"permissions": [perm("read:x"), p2.clone()]})),
    )
    .await;
    call(
        &s,
        Method::POST,
        &format!("/roles/{role}/users"),
        Some(json!({"users": [a, b]})),
    )
    .await;
    call(
        &s,
        Method::POST,
        &format!("/users/{}/permissions", enc(&a)),
        Some(json!({"permissions": [p2.clone(), perm("write:x")]})),
    )
    .await;

    // API deleted: its permissions leave roles and users.
    let (st, _) = call(
        &s,
        Method::DELETE,
        &format!("/resource-servers/{rs_id}"),
        None,
    )
    .await;
    assert_eq!(st, 204);
    let (_, rp) = call(&s, Method::GET, &format!("/roles/{role}/permissions"), None).await;
    assert_eq!(rp.as_array().unwrap().len(), 1);
    let (_, up) = call(
        &s,
        Method::GET,
        &format!("/users/{}/permissions", enc(&a)),
        None,
    )
    .await;
    let names: Vec<&str> = up
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["permission_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["read:x", "write:x"]);

    // A scope removed from an API leaves the assignments too.
    let (st, _) = call(
        &s,
        Method::PATCH,
        &format!("/resource-servers/{}", enc(API)),
        Some(json!({"scopes": [{"value": "read:x", "description": "Read x"}]})),
    )
    .await;
    assert_eq!(st, 200);
    let (_, up) = call(
        &s,
        Method::GET,
        &format!("/users/{}/permissions", enc(&a)),
        None,
    )
    .await;
    assert_eq!(up.as_array().unwrap().len(), 1);

    // User deleted: it leaves the role.
    call(&s, Method::DELETE, &format!("/users/{}", enc(&b)), None).await;
    let (_, members) = call(
        &s,
        Method::GET,
        &format!("/roles/{role}/users?include_totals=true"),
        None,
    )
    .await;
    assert_eq!(members["total"], 1);

    // Role deleted: it leaves the user, and its permissions go.
    call(&s, Method::DELETE, &format!("/roles/{role}"), None).await;
    let (_, roles) = call(&s, Method::GET, &format!("/users/{}/roles", enc(&a)), None).await;
    assert_eq!(roles, json!([]));
    let (_, up) = call(
        &s,
        Method::GET,
        &format!("/users/{}/permissions", enc(&a)),
        None,
    )
    .await;
    assert_eq!(up, json!([]));
    let n: i64 = s
        .handle
        .store()
        .with(|c| {
            Ok(c.query_row(
                "SELECT (SELECT count(*) FROM role_permissions) + (SELECT count(*) FROM user_roles)",
                [],
                |r| r.get(0),
            )?)
        })
        .unwrap();
    assert_eq!(n, 0);
}

// ---------------------------------------------------------------------------------------------------------
// Scopes
// ---------------------------------------------------------------------------------------------------------

#[tokio::test]
async fn every_rbac_endpoint_enforces_its_scopes() {
    let s = server().await;
    let token = s.token_for("reader", "reader-secret").await;
    let user = enc(&new_user(&s, "x@example.com").await);
    let cases = [
        (
            Method::GET,
            "/resource-servers".to_string(),
            "read:resource_servers",
        ),
        (
            Method::POST,
            "/resource-servers".to_string(),
            "create:resource_servers",
        ),
        (
            Method::GET,
            "/resource-servers/x".to_string(),
            "read:resource_servers",
        ),
        (
            Method::PATCH,
            "/resource-servers/x".to_string(),
            "update:resource_servers",
        ),
        (
            Method::DELETE,
            "/resource-servers/x".to_string(),
            "delete:resource_servers",
        ),
        (Method::GET, "/roles".to_string(), "read:roles"),
        (Method::POST, "/roles".to_string(), "create:roles"),
        (Method::GET, "/roles/rol_x".to_string(), "read:roles"),
        (Method::PATCH, "/roles/rol_x".to_string(), "update:roles"),
        (Method::DELETE, "/roles/rol_x".to_string(), "delete:roles"),
        (
            Method::GET,
            "/roles/rol_x/permissions".to_string(),
            "read:roles",
        ),
        (
            Method::POST,
            "/roles/rol_x/permissions".to_string(),
            "update:roles",
        ),
        (
            Method::DELETE,
            "/roles/rol_x/permissions".to_string(),
            "update:roles",
        ),
        (
            Method::POST,
            "/roles/rol_x/users".to_string(),
            "update:roles",
        ),
        (Method::POST, format!("/users/{user}/roles"), "update:users"),
        (
            Method::DELETE,
            format!("/users/{user}/roles"),
            "update:users",
        ),
        (
            Method::POST,
            format!("/users/{user}/permissions"),
            "update:users",
        ),
        (
            Method::DELETE,
            format!("/users/{user}/permissions"),
            "update:users",
        ),
    ];
    for (method, path, scope) in cases {
        let (st, body) = call_as(&s, Some(&token), method.clone(), &path, Some(json!({}))).await;
        assert_eq!(st, 403, "{method} {path}");
        assert_eq!(
            body,
            json!({"statusCode":403,"error":"Forbidden","message":format!("Insufficient scope, expected any of: {scope}"),"errorCode":"insufficient_scope"}),
            "{method} {path}"
        );
    }
    // read:users is one of the accepted scopes of these lists.
    for path in [
        format!("/users/{user}/roles"),
        format!("/users/{user}/permissions"),
    ] {
        let (st, _) = call_as(&s, Some(&token), Method::GET, &path, None).await;
        assert_eq!(st, 200, "{path}");
    }
    let role = new_role(&s, "r").await;
    let (st, _) = call_as(
        &s,
        Some(&token),
        Method::GET,
        &format!("/roles/{role}/users"),
        None,
    )
    .await;
    assert_eq!(st, 200);
}

// ---------------------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------------------

#[tokio::test]
async fn client_credentials_for_a_granted_api_and_refused_otherwise() {
    let s = server().await;
    let (st, body) = s
        .post_token(json!({"grant_type": "client_credentials", "client_id": "m2m", "client_secret": "m2m-secret", "audience": API}))
        .await;
    assert_eq!(st, 200, "{body}");
    assert_eq!(body["scope"], "read:x write:x");
    assert_eq!(body["expires_in"], 86400);
    let claims = payload(body["access_token"].as_str().unwrap());
    assert_eq!(claims["aud"], API);
    assert_eq!(claims["sub"], "m2m@clients");
    assert_eq!(claims["gty"], "client-credentials");
    assert_eq!(claims["azp"], "m2m");
    assert_eq!(claims["permissions"], json!(["read:x", "write:x"]));

    // Narrowed by scope; a scope outside the grant is refused.
    let (st, body) = s
        .post_token(json!({"grant_type": "client_credentials", "client_id": "m2m", "client_secret": "m2m-secret", "audience": API, "scope": "read:x"}))
        .await;
    assert_eq!((st, body["scope"].clone()), (200, json!("read:x")));
    let (st, body) = s
        .post_token(json!({"grant_type": "client_credentials", "client_id": "m2m", "client_secret": "m2m-secret", "audience": API, "scope": "read:x delete:x"}))
        .await;
    assert_eq!(st, 403);
    assert_eq!(
        body,
        json!({"error":"access_denied","error_description":"Client has not been granted scopes: delete:x"})
    );

    // No grant for this API: 403 access_denied.
    let (st, body) = s
        .post_token(json!({"grant_type": "client_credentials", "client_id": "reader", "client_secret": "reader-secret", "audience": API}))
        .await;
    assert_eq!(st, 403);
    assert_eq!(body["error"], "access_denied");
    assert!(
        body["error_description"]
            .as_str()
            .unwrap()
            .starts_with(&format!("Client is not authorized to access \"{API}\"")),
        "{body}"
    );
    // An API that does not exist: Service not found.
    let (st, body) = s
        .post_token(json!({"grant_type": "client_credentials", "client_id": "m2m", "client_secret": "m2m-secret", "audience": "https://nope"}))
        .await;
    assert_eq!(st, 403);
    assert_eq!(body["error_description"], "Service not found: https://nope");

    // A custom-API token is no Management API token.
    let (st, body) = s
        .post_token(json!({"grant_type": "client_credentials", "client_id": "m2m", "client_secret": "m2m-secret", "audience": API}))
        .await;
    assert_eq!(st, 200);
    let (st, _) = call_as(
        &s,
        body["access_token"].as_str(),
        Method::GET,
        "/users",
        None,
    )
    .await;
    assert_eq!(st, 401);
}

#[tokio::test]
async fn password_grant_for_an_rbac_api_limits_scope_and_carries_permissions() {
    let s = server().await;
    let user = new_user(&s, "pat@example.com").await;
    let role = new_role(&s, "writer").await;
    call(
        &s,
        Method::POST,
        &format!("/roles/{role}/permissions"),
        Some(json!({"permissions": [perm("write:x")]})),
    )
    .await;
    call(
        &s,
        Method::POST,
        &format!("/users/{}/roles", enc(&user)),
        Some(json!({"roles": [role]})),
    )
    .await;
    call(
        &s,
        Method::POST,
        &format!("/users/{}/permissions", enc(&user)),
        Some(json!({"permissions": [perm("read:x")]})),
    )
    .await;

    let (st, body) = s
        .post_token(json!({
            "grant_type": "http://auth0.com/oauth/grant-type/password-realm", "realm": DB,
            "client_id": "m2m", "username": "pat@example.com", "password": PW, "audience": API,
            "scope": "openid read:x write:x delete:x",
        }))
        .await;
    assert_eq!(st, 200, "{body}");
    assert_eq!(body["scope"], "openid read:x write:x");
    let token = body["access_token"].as_str().unwrap();
    let claims = payload(token);
    assert_eq!(claims["sub"], user.as_str());
    assert_eq!(claims["aud"], json!([API, format!("{}/userinfo", s.base)]));
    assert_eq!(claims["scope"], "openid read:x write:x");
    assert_eq!(claims["permissions"], json!(["read:x", "write:x"]));
    assert_eq!(claims["gty"], "password");
    assert!(body["id_token"].is_string());
    // The token also works on /userinfo.
    let info: Value = s
        .http
        .get(s.url("/userinfo"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(info["sub"], user.as_str());

    // Without openid: aud is the API alone.
    let (_, body) = s
        .post_token(
            json!({"grant_type": "password", "client_id": "m2m", "username": "pat@example.com",
                           "password": PW, "audience": API, "scope": "delete:x read:x"}),
        )
        .await;
    assert_eq!(body["scope"], "read:x");
    assert_eq!(payload(body["access_token"].as_str().unwrap())["aud"], API);
}

#[tokio::test]
async fn api_dialects_and_rbac_off_shape_the_token() {
    let s = TestServer::start().await;
    let user = new_user(&s, "dia@example.com").await;
    let (st, _) = call(
        &s,
        Method::POST,
        "/resource-servers",
        Some(
            json!({"identifier": "https://open", "scopes": [{"value": "a"}, {"value": "b"}],
                    "token_dialect": "rfc9068_profile", "token_lifetime": 120}),
        ),
    )
    .await;
    assert_eq!(st, 201);
    let (st, body) = s
        .post_token(
            json!({"grant_type": "password", "client_id": s.admin_id, "username": "dia@example.com",
                           "password": PW, "audience": "https://open", "scope": "a b c"}),
        )
        .await;
    assert_eq!(st, 200, "{body}");
    // RBAC off: every requested scope the API defines.
    assert_eq!(body["scope"], "a b");
    assert_eq!(body["expires_in"], 120);
    let token = body["access_token"].as_str().unwrap();
    assert_eq!(header(token)["typ"], "at+jwt");
    let c = payload(token);
    assert_eq!(c["client_id"], s.admin_id.as_str());
    assert!(c["jti"].is_string());
    assert!(c.get("gty").is_none() && c.get("azp").is_none() && c.get("permissions").is_none());
    assert_eq!(c["exp"].as_i64().unwrap() - c["iat"].as_i64().unwrap(), 120);
    assert_eq!(c["sub"], user.as_str());
}

#[tokio::test]
async fn config_apis_are_updated_by_identifier_on_restart_and_keep_their_id() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tenant.sqlite");
    let build = |cfg: EmulatorConfig| {
        a0_emulator::Emulator::builder()
            .data_file(&db)
            .signing_key_pem(common::shared_signing_key())
            .settings(common::test_settings())
            .config(cfg)
            .build()
            .unwrap()
    };
    let s = TestServer::start_emulator(build(config())).await;
    let (_, api) = call(
        &s,
        Method::GET,
        &format!("/resource-servers/{}", enc(API)),
        None,
    )
    .await;
    let role = new_role(&s, "keeper").await;
    call(
        &s,
        Method::POST,
        &format!("/roles/{role}/permissions"),
        Some(json!({"permissions": [perm("read:x"), perm("delete:x")]})),
    )
    .await;
    s.handle.shutdown().await;

    // The config now drops `delete:x` and renames the API.
    let mut cfg = config();
    cfg.apis[0].name = Some("Renamed".into());
    cfg.apis[0].scopes.pop();
    let s = TestServer::start_emulator(build(cfg)).await;
    let (_, again) = call(
        &s,
        Method::GET,
        &format!("/resource-servers/{}", enc(API)),
        None,
    )
    .await;
    assert_eq!(again["id"], api["id"]);
    assert_eq!(again["name"], "Renamed");
    assert_eq!(again["enforce_policies"], true);
    let (_, perms) = call(&s, Method::GET, &format!("/roles/{role}/permissions"), None).await;
    let names: Vec<&str> = perms
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["permission_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["read:x"]);
    // The grant survived too.
    let (st, _) = s
        .post_token(json!({"grant_type": "client_credentials", "client_id": "m2m", "client_secret": "m2m-secret", "audience": API}))
        .await;
    assert_eq!(st, 200);
    s.handle.shutdown().await;
}

#[tokio::test]
async fn an_invalid_config_api_stops_the_build() {
    let mut cfg = config();
    cfg.apis[0].token_dialect = Some("jwt".into());
    let err = a0_emulator::Emulator::builder()
        .in_memory()
        .signing_key_pem(common::shared_signing_key())
        .config(cfg)
        .build()
        .err()
        .unwrap();
    assert!(
        err.to_string().contains("No enum match for: \"jwt\""),
        "{err}"
    );
}

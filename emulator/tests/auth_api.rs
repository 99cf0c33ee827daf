//! The Authentication API over real HTTP: `/oauth/token` grants, `/userinfo`, `/tokeninfo`, `/.well-known/*`.

mod common;

use common::{DB, TestServer, create_user_ok, decoding_key_from_jwks};
use serde_json::{Value, json};

#[tokio::test]
async fn client_credentials_grant_answers_a_bearer_token_with_every_admin_scope() {
    let s = TestServer::start().await;
    let resp = s
        .http
        .post(s.url("/oauth/token"))
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_id", s.admin_id.as_str()),
            ("client_secret", s.admin_secret.as_str()),
            ("audience", s.audience().as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(
        resp.headers()["content-type"],
        "application/json; charset=utf-8"
    );
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["expires_in"], 86400);
    assert_eq!(body["scope"], a0_emulator::ALL_SCOPES.join(" "));
    assert!(body["access_token"].as_str().unwrap().split('.').count() == 3);
    // The harness's own token request plus this one.
    assert_eq!(s.handle.token_requests(), 2);
}

#[tokio::test]
async fn client_credentials_with_a_wrong_secret_is_access_denied() {
    let s = TestServer::start().await;
    let (status, body) = s
        .post_token(json!({
            "grant_type": "client_credentials",
            "client_id": s.admin_id,
            "client_secret": "wrong",
            "audience": s.audience(),
        }))
        .await;
    assert_eq!(status, 401);
    assert_eq!(
        body,
        json!({"error":"access_denied","error_description":"Unauthorized"})
    );
}

const PW: &str = "Correct-Horse-9";

async fn get_user(s: &TestServer, id: &str) -> Value {
    let enc = id.replace('|', "%7C");
    s.api(reqwest::Method::GET, &format!("/users/{enc}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::test]
async fn client_credentials_errors_follow_auth0() {
    let s = TestServer::start().await;
    let aud = s.audience();
    let cases = [
        (
            json!({"client_id": s.admin_id, "client_secret": s.admin_secret, "audience": aud}),
            400,
            json!({"error":"invalid_request","error_description":"Missing required parameter: grant_type"}),
        ),
        (
            json!({"grant_type": "authorization_code", "client_id": s.admin_id}),
            403,
            json!({"error":"unsupported_grant_type","error_description":"Unsupported grant type: authorization_code"}),
        ),
        (
            json!({"grant_type": "client_credentials", "client_id": "nobody", "client_secret": "x", "audience": aud}),
            401,
            json!({"error":"access_denied","error_description":"Unauthorized"}),
        ),
        (
            json!({"grant_type": "client_credentials", "client_secret": "x", "audience": aud}),
            400,
            json!({"error":"invalid_request","error_description":"Missing required parameter: client_id"}),
        ),
        (
            json!({"grant_type": "client_credentials", "client_id": s.admin_id, "client_secret": s.admin_secret}),
            403,
            json!({"error":"access_denied","error_description":"No audience parameter was provided, and no default audience has been configured"}),
        ),
        (
            json!({"grant_type": "client_credentials", "client_id": s.admin_id, "client_secret": s.admin_secret, "audience": "https://other.example/api/v2/"}),
            403,
            json!({"error":"access_denied","error_description":"Service not found: https://other.example/api/v2/"}),
        ),
    ];
    for (body, status, expected) in cases {
        assert_eq!(
            s.post_token(body.clone()).await,
            (status, expected),
            "{body}"
        );
    }
    let resp = s
        .http
        .post(s.url("/oauth/token"))
        .header("content-type", "application/json")
        .body("{oops")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["error"], "invalid_request");
}

#[tokio::test]
async fn client_credentials_token_has_auth0_claims_and_verifies_with_the_jwks() {
    let s = TestServer::start().await;
    let jwks = s.jwks().await;
    let k = &jwks["keys"][0];
    assert_eq!(k["kty"], "RSA");
    assert_eq!(k["alg"], "RS256");
    assert_eq!(k["use"], "sig");
    let (kid, key) = decoding_key_from_jwks(&jwks);
    let header = jsonwebtoken::decode_header(&s.admin_token).unwrap();
    assert_eq!(header.kid.as_deref(), Some(kid.as_str()));
    assert_eq!(header.alg, jsonwebtoken::Algorithm::RS256);
    let mut v = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::RS256);
    v.set_audience(&[s.audience()]);
    v.set_issuer(&[format!("{}/", s.base)]);
    let claims = jsonwebtoken::decode::<Value>(&s.admin_token, &key, &v)
        .unwrap()
        .claims;
    assert_eq!(claims["sub"], format!("{}@clients", s.admin_id));
    assert_eq!(claims["azp"], s.admin_id.as_str());
    assert_eq!(claims["gty"], "client-credentials");
    assert_eq!(
        claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(),
        86400
    );
}

#[tokio::test]
async fn openid_configuration_names_this_tenant() {
    let s = TestServer::start().await;
    let conf: Value = s
        .http
        .get(s.url("/.well-known/openid-configuration"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(conf["issuer"], format!("{}/", s.base));
    assert_eq!(
        conf["jwks_uri"],
        format!("{}/.well-known/jwks.json", s.base)
    );
    assert_eq!(conf["token_endpoint"], format!("{}/oauth/token", s.base));
    assert_eq!(conf["userinfo_endpoint"], format!("{}/userinfo", s.base));
}

#[tokio::test]
async fn password_grant_logs_in_a_database_user_and_records_the_login() {
    let s = TestServer::start().await;
    let user = create_user_ok(
        &s,
        json!({"connection": DB, "email": "Ann@Example.com", "password": PW, "name": "Ann Example"}),
    )
    .await;
    let user_id = user["user_id"].as_str().unwrap();

    let (status, body) = s.post_token(json!({"grant_type": "password", "client_id": s.admin_id, "client_secret": s.admin_secret,
               "username": "ann@example.com", "password": PW, "scope": "openid profile email"}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["expires_in"], 86400);
    assert_eq!(body["scope"], "openid profile email");

    // The id_token is for the client and carries the profile.
    let jwks = s.jwks().await;
    let (_, key) = decoding_key_from_jwks(&jwks);
    let mut v = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::RS256);
    v.set_audience(&[s.admin_id.as_str()]);
    v.set_issuer(&[format!("{}/", s.base)]);
    let id = jsonwebtoken::decode::<Value>(body["id_token"].as_str().unwrap(), &key, &v)
        .unwrap()
        .claims;
    assert_eq!(id["sub"], user_id);
    assert_eq!(id["email"], "ann@example.com");
    assert_eq!(id["name"], "Ann Example");

    // The access token is for /userinfo, with gty password.
    let access = body["access_token"].as_str().unwrap();
    let claims = jsonwebtoken::dangerous::insecure_decode::<Value>(access)
        .unwrap()
        .claims;
    assert_eq!(claims["aud"], format!("{}/userinfo", s.base));
    assert_eq!(claims["gty"], "password");
    assert_eq!(claims["sub"], user_id);

    let info: Value = s
        .http
        .get(s.url("/userinfo"))
        .bearer_auth(access)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(info["sub"], user_id);
    assert_eq!(info["email"], "ann@example.com");
    assert_eq!(info["email_verified"], false);
    assert_eq!(info["name"], "Ann Example");
    assert!(info.get("nickname").is_some() && info.get("picture").is_some());
    assert!(info.get("updated_at").is_some());
    assert!(
        info.get("identities").is_none(),
        "userinfo is OIDC claims only"
    );

    let stored = get_user(&s, user_id).await;
    assert_eq!(stored["logins_count"], 1);
    assert_eq!(stored["last_ip"], "127.0.0.1");
    assert!(stored["last_login"].as_str().unwrap().ends_with('Z'));
    assert_eq!(stored["updated_at"], stored["last_login"]);

    // tokeninfo answers the profile of the id_token's user.
    let resp = s
        .http
        .post(s.url("/tokeninfo"))
        .json(&json!({"id_token": body["id_token"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let profile: Value = resp.json().await.unwrap();
    assert_eq!(profile["user_id"], user_id);
    assert_eq!(profile["email"], "ann@example.com");
    assert!(profile.get("password").is_none());
}

#[tokio::test]
async fn password_realm_grant_uses_the_realm_connection_and_counts_logins() {
    let s = TestServer::start().await;
    let user = create_user_ok(
        &s,
        json!({"connection": DB, "email": "bob@example.com", "password": PW}),
    )
    .await;
    for _ in 0..2 {
        let (status, body) = s.post_token(json!({"grant_type": "http://auth0.com/oauth/grant-type/password-realm",
                   "client_id": s.admin_id, "realm": DB, "username": "bob@example.com", "password": PW,
                   "audience": s.audience()}),
        )
        .await;
        assert_eq!(status, 200, "{body}");
        let claims = jsonwebtoken::dangerous::insecure_decode::<Value>(
            body["access_token"].as_str().unwrap(),
        )
        .unwrap()
        .claims;
        assert_eq!(
            claims["aud"],
            json!([s.audience(), format!("{}/userinfo", s.base)])
        );
    }
    let stored = get_user(&s, user["user_id"].as_str().unwrap()).await;
    assert_eq!(stored["logins_count"], 2);

    let (status, body) = s.post_token(json!({"grant_type": "http://auth0.com/oauth/grant-type/password-realm",
               "client_id": s.admin_id, "realm": "email", "username": "bob@example.com", "password": PW}),
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "invalid_request");
}

#[tokio::test]
async fn password_grant_refuses_wrong_passwords_unknown_users_and_blocked_users() {
    let s = TestServer::start().await;
    let user = create_user_ok(
        &s,
        json!({"connection": DB, "email": "carol@example.com", "password": PW}),
    )
    .await;
    let wrong = json!({"error":"invalid_grant","error_description":"Wrong email or password."});
    for (username, password) in [
        ("carol@example.com", "not-the-password"),
        ("nobody@example.com", PW),
    ] {
        assert_eq!(
            s.post_token(json!({"grant_type": "password", "client_id": s.admin_id, "username": username, "password": password}),
            )
            .await,
            (403, wrong.clone())
        );
    }
    let stored = get_user(&s, user["user_id"].as_str().unwrap()).await;
    assert!(stored.get("logins_count").is_none_or(|c| c == 0));

    let id = user["user_id"].as_str().unwrap().replace('|', "%7C");
    let resp = s
        .api(reqwest::Method::PATCH, &format!("/users/{id}"))
        .json(&json!({"blocked": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(
        s.post_token(json!({"grant_type": "password", "client_id": s.admin_id, "username": "carol@example.com", "password": PW}),
        )
        .await,
        (
            401,
            json!({"error":"unauthorized","error_description":"user is blocked"})
        )
    );
    assert_eq!(
        s.post_token(json!({"grant_type": "password", "client_id": s.admin_id, "username": "carol@example.com"}),
        )
        .await,
        (
            400,
            json!({"error":"invalid_request","error_description":"Missing required parameter: password"})
        )
    );
}

#[tokio::test]
async fn userinfo_and_tokeninfo_refuse_bad_tokens() {
    let s = TestServer::start().await;
    // A Management API token is not a /userinfo token.
    let resp = s
        .http
        .get(s.url("/userinfo"))
        .bearer_auth(&s.admin_token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["error"], "invalid_token");

    let resp = s.http.get(s.url("/userinfo")).send().await.unwrap();
    assert_eq!(resp.status(), 401);

    let resp = s
        .http
        .post(s.url("/tokeninfo"))
        .json(&json!({"id_token": "a.b.c"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["error"], "invalid_token");
}

#[tokio::test]
async fn client_credentials_accepts_http_basic_client_authentication() {
    let s = TestServer::start().await;
    let resp = s
        .http
        .post(s.url("/oauth/token"))
        .basic_auth(&s.admin_id, Some(&s.admin_secret))
        .form(&[
            ("grant_type", "client_credentials"),
            ("audience", s.audience().as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let resp = s
        .http
        .post(s.url("/oauth/token"))
        .basic_auth(&s.admin_id, Some("wrong"))
        .form(&[
            ("grant_type", "client_credentials"),
            ("audience", s.audience().as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
}

//! The Authentication API's client-credentials grant: `POST {base}/oauth/token` for a Management API token
//! (audience `{base}/api/v2/`). Error answers (`{error, error_description}`) become [`Error::Auth`], which exits 4
//! for 401/403. The client secret is only ever in the request body.

use serde::{Deserialize, Serialize};

use super::Error;
use crate::auth::Secret;

/// A successful `/oauth/token` answer.
#[derive(Clone, Deserialize)]
pub struct TokenResponse {
    pub access_token: String,
    /// Seconds from now.
    #[serde(default = "default_expires_in")]
    pub expires_in: i64,
    /// Space-separated scopes granted.
    #[serde(default)]
    pub scope: Option<String>,
    #[serde(default)]
    pub token_type: Option<String>,
}

/// Auth0's Management API tokens last 24 h by default; used when a server omits `expires_in`.
fn default_expires_in() -> i64 {
    86_400
}

impl std::fmt::Debug for TokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenResponse")
            .field("access_token", &"[redacted]")
            .field("expires_in", &self.expires_in)
            .field("scope", &self.scope)
            .field("token_type", &self.token_type)
            .finish()
    }
}

#[derive(Serialize)]
struct TokenRequest<'a> {
    grant_type: &'a str,
    client_id: &'a str,
    client_secret: &'a str,
    audience: String,
}

/// The Management API audience of a tenant: `{base}api/v2/`.
pub fn management_audience(base: &url::Url) -> String {
    format!("{}/api/v2/", base.as_str().trim_end_matches('/'))
}

/// Fetches a Management API token with the client-credentials grant.
pub async fn client_credentials(
    http: &reqwest::Client,
    base: &url::Url,
    client_id: &str,
    secret: &Secret,
) -> Result<TokenResponse, Error> {
    let url = base
        .join("oauth/token")
        .map_err(|e| Error::Other(format!("bad tenant URL {base}: {e}")))?;
    let body = TokenRequest {
        grant_type: "client_credentials",
        client_id,
        client_secret: secret.expose(),
        audience: management_audience(base),
    };
    let started = std::time::Instant::now();
    let sent = http.post(url.clone()).json(&body).send().await;
    log_sent(
        "POST",
        &url,
        "client credentials; secret redacted",
        &sent,
        started,
    );
    let value = match read_json(sent, &url).await {
        Ok(v) => v,
        Err(mut err) => {
            if let Error::Auth { body, .. } = &mut err
                && let Some(desc) = body.error_description.as_mut()
                && desc.starts_with("Service not found")
                && let Some(expected) = expected_audience(http, base).await
                && expected != management_audience(base)
            {
                desc.push_str(&format!(
                    ". This server expects the audience {expected}: log in with --domain {}",
                    expected.trim_end_matches("/api/v2/")
                ));
            }
            return Err(err);
        }
    };
    serde_json::from_value(value).map_err(|e| Error::Decode {
        url: url.to_string(),
        // serde's message names the field and position, never the value.
        reason: format!("not a token response: {e}"),
    })
}

/// The `-v` line of an Authentication API call: what was sent (secrets named as redacted), status, duration.
fn log_sent(
    method: &str,
    url: &url::Url,
    what: &str,
    sent: &Result<reqwest::Response, reqwest::Error>,
    started: std::time::Instant,
) {
    crate::diag::verbose(format!(
        "> {method} {url} ({what})\n< {} in {} ms",
        match sent {
            Ok(r) => r.status().as_u16().to_string(),
            Err(_) => "connection error".to_owned(),
        },
        started.elapsed().as_millis()
    ));
}

/// What a user's login asks for with the password-realm grant.
pub struct UserLogin<'a> {
    pub client_id: &'a str,
    pub client_secret: &'a Secret,
    pub username: &'a str,
    pub password: &'a Secret,
    pub realm: &'a str,
    pub audience: Option<&'a str>,
    pub scope: &'a str,
}

/// `POST /oauth/token` with the password-realm grant: a user's tokens (the whole JSON answer: access_token,
/// id_token with `openid`, refresh_token with `offline_access`, scope, expires_in). Needs a client with the
/// Password grant enabled.
pub async fn password_realm(
    http: &reqwest::Client,
    base: &url::Url,
    login: &UserLogin<'_>,
) -> Result<serde_json::Value, Error> {
    let url = base
        .join("oauth/token")
        .map_err(|e| Error::Other(format!("bad tenant URL {base}: {e}")))?;
    let mut form = vec![
        (
            "grant_type",
            "http://auth0.com/oauth/grant-type/password-realm",
        ),
        ("client_id", login.client_id),
        ("client_secret", login.client_secret.expose()),
        ("username", login.username),
        ("password", login.password.expose()),
        ("realm", login.realm),
        ("scope", login.scope),
    ];
    if let Some(a) = login.audience {
        form.push(("audience", a));
    }
    let started = std::time::Instant::now();
    let sent = http.post(url.clone()).form(&form).send().await;
    log_sent(
        "POST",
        &url,
        "password-realm; password and secret redacted",
        &sent,
        started,
    );
    read_json(sent, &url).await
}

/// `GET /userinfo` with a user's access token: their profile claims.
pub async fn userinfo(
    http: &reqwest::Client,
    base: &url::Url,
    token: &str,
) -> Result<serde_json::Value, Error> {
    let url = base
        .join("userinfo")
        .map_err(|e| Error::Other(format!("bad tenant URL {base}: {e}")))?;
    let started = std::time::Instant::now();
    let sent = http.get(url.clone()).bearer_auth(token).send().await;
    log_sent("GET", &url, "token redacted", &sent, started);
    read_json(sent, &url).await
}

/// `POST /tokeninfo` with an ID token: the user's profile.
pub async fn tokeninfo(
    http: &reqwest::Client,
    base: &url::Url,
    id_token: &str,
) -> Result<serde_json::Value, Error> {
    let url = base
        .join("tokeninfo")
        .map_err(|e| Error::Other(format!("bad tenant URL {base}: {e}")))?;
    let started = std::time::Instant::now();
    let sent = http
        .post(url.clone())
        .json(&serde_json::json!({ "id_token": id_token }))
        .send()
        .await;
    log_sent("POST", &url, "ID token redacted", &sent, started);
    read_json(sent, &url).await
}

/// The JSON of a 2xx answer, else the typed error of its body.
async fn read_json(
    sent: Result<reqwest::Response, reqwest::Error>,
    url: &url::Url,
) -> Result<serde_json::Value, Error> {
    let transport = |cause| Error::Transport {
        url: url.to_string(),
        cause,
    };
    let resp = sent.map_err(transport)?;
    let status = resp.status().as_u16();
    let bytes = resp.bytes().await.map_err(transport)?;
    if !(200..300).contains(&status) {
        return Err(Error::from_response_body(status, &bytes));
    }
    serde_json::from_slice(&bytes).map_err(|e| Error::Decode {
        url: url.to_string(),
        reason: format!("not JSON: {e}"),
    })
}

/// The Management API audience a server names through its OpenID discovery document (`{issuer}api/v2/`),
/// asked for only to explain a "Service not found"; any failure just means no better advice.
async fn expected_audience(http: &reqwest::Client, base: &url::Url) -> Option<String> {
    #[derive(Deserialize)]
    struct Discovery {
        issuer: String,
    }
    let url = base.join(".well-known/openid-configuration").ok()?;
    let resp = http
        .get(url)
        .timeout(std::time::Duration::from_secs(5))
        .send()
        .await
        .ok()?;
    if !resp.status().is_success() {
        return None;
    }
    let found: Discovery = resp.json().await.ok()?;
    let issuer = url::Url::parse(&found.issuer).ok()?;
    Some(management_audience(&issuer))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audience_is_base_plus_api_v2() {
        let base = url::Url::parse("http://127.0.0.1:4000/").unwrap();
        assert_eq!(management_audience(&base), "http://127.0.0.1:4000/api/v2/");
    }

    #[test]
    fn token_response_debug_hides_the_token() {
        let r: TokenResponse = serde_json::from_str(
            r#"{"access_token":"eyJsecret","expires_in":60,"scope":"read:users"}"#,
        )
        .unwrap();
        assert!(!format!("{r:?}").contains("eyJsecret"));
        assert_eq!(r.expires_in, 60);
    }
}

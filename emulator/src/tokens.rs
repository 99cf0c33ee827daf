//! The tenant's RS256 key; issuing and verifying JWTs (verified tokens are cached).
//!
//! Verification is split in two: the expensive part (RSA signature, JSON parsing) runs once per token and its
//! result is cached; the cheap part (expiry, audience, issuer) runs on every request against the cached claims.

use std::collections::HashMap;
use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use parking_lot::RwLock;
use rsa::RsaPrivateKey;
use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::pkcs8::DecodePrivateKey;
use rsa::traits::PublicKeyParts;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// Lifetime of every token the emulator issues (Auth0's default for APIs).
pub const TOKEN_LIFETIME_SECS: i64 = 86_400;

/// How many verified tokens are remembered.
const CACHE_CAPACITY: usize = 50_000;

/// `aud` may be one string or a list (Auth0 uses a list when a user token also grants `/userinfo`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Audience {
    One(String),
    Many(Vec<String>),
}

impl Audience {
    pub fn contains(&self, aud: &str) -> bool {
        match self {
            Audience::One(a) => a == aud,
            Audience::Many(v) => v.iter().any(|a| a == aud),
        }
    }

    /// The audience as Auth0 prints it in `Bad audience: …`.
    pub fn display(&self) -> String {
        match self {
            Audience::One(a) => a.clone(),
            Audience::Many(v) => v.join(" "),
        }
    }
}

/// The claims of an access token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub iss: String,
    pub sub: String,
    pub aud: Audience,
    pub iat: i64,
    pub exp: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub azp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gty: Option<String>,
    /// Not before (unix seconds); a token is refused until then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nbf: Option<i64>,
}

impl Claims {
    pub fn scopes(&self) -> Vec<String> {
        self.scope
            .as_deref()
            .unwrap_or("")
            .split_whitespace()
            .map(str::to_owned)
            .collect()
    }
}

/// Why a token was refused. The `Display` text is what the Management API puts in its 401 body.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    /// Not a JWT, not ours, or a bad signature.
    #[error("Invalid token")]
    Invalid,
    #[error("Expired token received for JSON Web Token validation")]
    Expired,
    #[error("Bad audience: {0}")]
    BadAudience(String),
    #[error("Bad issuer: {0}")]
    BadIssuer(String),
}

/// Issues and verifies this tenant's tokens.
pub struct TokenService {
    encoding: EncodingKey,
    decoding: DecodingKey,
    kid: String,
    /// Base64url modulus and exponent, for the JWKS.
    n: String,
    e: String,
    cache: RwLock<HashMap<Box<str>, Arc<Claims>>>,
}

impl std::fmt::Debug for TokenService {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenService")
            .field("kid", &self.kid)
            .finish_non_exhaustive()
    }
}

/// The error of building a [`TokenService`] from a bad key.
#[derive(Debug, thiserror::Error)]
#[error("the tenant's signing key is unusable: {0}")]
pub struct KeyError(String);

impl TokenService {
    /// From the PKCS#8 PEM private key kept in the tenant's `meta` table.
    pub fn from_pem(pem: &str) -> Result<TokenService, KeyError> {
        let key = RsaPrivateKey::from_pkcs8_pem(pem).map_err(|e| KeyError(e.to_string()))?;
        let der = key.to_pkcs1_der().map_err(|e| KeyError(e.to_string()))?;
        let n_bytes = key.n().to_bytes_be();
        let e_bytes = key.e().to_bytes_be();
        let kid = URL_SAFE_NO_PAD.encode(&Sha256::digest(&n_bytes)[..16]);
        Ok(TokenService {
            encoding: EncodingKey::from_rsa_der(der.as_bytes()),
            decoding: DecodingKey::from_rsa_raw_components(&n_bytes, &e_bytes),
            kid,
            n: URL_SAFE_NO_PAD.encode(&n_bytes),
            e: URL_SAFE_NO_PAD.encode(&e_bytes),
            cache: RwLock::new(HashMap::new()),
        })
    }

    /// The key id in every token header and in the JWKS; derived from the key, so stable across restarts.
    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// `GET /.well-known/jwks.json`.
    pub fn jwks(&self) -> Value {
        json!({ "keys": [{
            "kty": "RSA",
            "use": "sig",
            "alg": "RS256",
            "kid": self.kid,
            "n": self.n,
            "e": self.e,
        }]})
    }

    /// Signs any claims set with the tenant key (RS256, `kid` header).
    pub fn sign<T: Serialize>(&self, claims: &T) -> Result<String, jsonwebtoken::errors::Error> {
        let mut header = Header::new(Algorithm::RS256);
        header.kid = Some(self.kid.clone());
        jsonwebtoken::encode(&header, claims, &self.encoding)
    }

    /// Signs claims with the tenant key and a `typ` header (`at+jwt` for RFC 9068 access tokens).
    pub fn sign_typed<T: Serialize>(
        &self,
        claims: &T,
        typ: &str,
    ) -> Result<String, jsonwebtoken::errors::Error> {
        let mut header = Header::new(Algorithm::RS256);
        header.kid = Some(self.kid.clone());
        header.typ = Some(typ.to_owned());
        jsonwebtoken::encode(&header, claims, &self.encoding)
    }

    /// Issues an access token valid for [`TOKEN_LIFETIME_SECS`].
    pub fn issue(
        &self,
        issuer: &str,
        sub: &str,
        aud: Audience,
        scope: Option<String>,
        azp: &str,
        gty: &str,
    ) -> Result<String, jsonwebtoken::errors::Error> {
        let now = chrono::Utc::now().timestamp();
        self.sign(&Claims {
            iss: issuer.to_owned(),
            sub: sub.to_owned(),
            aud,
            iat: now,
            exp: now + TOKEN_LIFETIME_SECS,
            scope,
            azp: Some(azp.to_owned()),
            gty: Some(gty.to_owned()),
            nbf: None,
        })
    }

    /// Verifies signature, expiry, audience and issuer. Signature checks are cached per token.
    pub fn verify(
        &self,
        token: &str,
        audience: &str,
        issuer: &str,
    ) -> Result<Arc<Claims>, TokenError> {
        let claims = self.verified_claims(token)?;
        let now = chrono::Utc::now().timestamp();
        if claims.exp <= now {
            return Err(TokenError::Expired);
        }
        // A token that is not valid yet is refused like a bad one (Auth0 gives no more detail).
        if claims.nbf.is_some_and(|nbf| nbf > now) {
            return Err(TokenError::Invalid);
        }
        if !claims.aud.contains(audience) {
            return Err(TokenError::BadAudience(claims.aud.display()));
        }
        if claims.iss != issuer {
            return Err(TokenError::BadIssuer(claims.iss.clone()));
        }
        Ok(claims)
    }

    /// Checks only the signature (any claims shape, e.g. an `id_token`), without caching.
    pub fn decode_any(&self, token: &str) -> Result<Value, TokenError> {
        let data = jsonwebtoken::decode::<Value>(token, &self.decoding, &signature_only())
            .map_err(|_| TokenError::Invalid)?;
        Ok(data.claims)
    }

    fn verified_claims(&self, token: &str) -> Result<Arc<Claims>, TokenError> {
        if let Some(c) = self.cache.read().get(token) {
            return Ok(c.clone());
        }
        // Only this tenant's key signs its tokens: a missing or unknown `kid` is refused before any signature
        // check, as a JWKS-based verifier (Auth0's) would find no key for it.
        let header = jsonwebtoken::decode_header(token).map_err(|_| TokenError::Invalid)?;
        if header.kid.as_deref() != Some(self.kid.as_str()) {
            return Err(TokenError::Invalid);
        }
        let data = jsonwebtoken::decode::<Claims>(token, &self.decoding, &signature_only())
            .map_err(|_| TokenError::Invalid)?;
        let claims = Arc::new(data.claims);
        let now = chrono::Utc::now().timestamp();
        if claims.exp > now {
            let mut cache = self.cache.write();
            if cache.len() >= CACHE_CAPACITY {
                cache.retain(|_, c| c.exp > now);
                if cache.len() >= CACHE_CAPACITY {
                    cache.clear();
                }
            }
            cache.insert(token.into(), claims.clone());
        }
        Ok(claims)
    }
}

/// RS256 signature check only; claims are checked by hand so that the result can be cached.
fn signature_only() -> Validation {
    let mut v = Validation::new(Algorithm::RS256);
    v.validate_exp = false;
    v.validate_nbf = false;
    v.validate_aud = false;
    v.required_spec_claims.clear();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service() -> TokenService {
        let pem = crate::store::tenant::generate_signing_key_pem().unwrap();
        TokenService::from_pem(&pem).unwrap()
    }

    #[test]
    fn issued_token_verifies_and_carries_claims() {
        let s = service();
        let t = s
            .issue(
                "http://x/",
                "abc@clients",
                Audience::One("http://x/api/v2/".into()),
                Some("read:users".into()),
                "abc",
                "client-credentials",
            )
            .unwrap();
        let c = s.verify(&t, "http://x/api/v2/", "http://x/").unwrap();
        assert_eq!(c.sub, "abc@clients");
        assert_eq!(c.scopes(), vec!["read:users".to_string()]);
        // A second verify is served from the cache and still checks the audience.
        assert_eq!(
            s.verify(&t, "http://y/api/v2/", "http://x/").unwrap_err(),
            TokenError::BadAudience("http://x/api/v2/".into())
        );
        let header = jsonwebtoken::decode_header(&t).unwrap();
        assert_eq!(header.kid.as_deref(), Some(s.kid()));
    }

    #[test]
    fn token_of_another_key_is_invalid() {
        let a = service();
        let b = service();
        let t = a
            .issue("i", "s", Audience::One("a".into()), None, "c", "g")
            .unwrap();
        assert_eq!(b.verify(&t, "a", "i").unwrap_err(), TokenError::Invalid);
        assert_eq!(
            b.verify("not.a.jwt", "a", "i").unwrap_err(),
            TokenError::Invalid
        );
    }

    #[test]
    fn expired_token_is_refused() {
        let s = service();
        let now = chrono::Utc::now().timestamp();
        let t = s
            .sign(&Claims {
                iss: "i".into(),
                sub: "s".into(),
                aud: Audience::One("a".into()),
                iat: now - 100,
                exp: now - 10,
                scope: None,
                azp: None,
                gty: None,
                nbf: None,
            })
            .unwrap();
        assert_eq!(s.verify(&t, "a", "i").unwrap_err(), TokenError::Expired);
    }
}

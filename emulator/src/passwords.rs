//! Stored password hashes: verifying a login password against one (the password grant), and checking a
//! `custom_password_hash` object when it is imported (bulk imports and seeding).
//!
//! What the `users.password_hash` column holds: either a bcrypt string (`$2a$…`, `$2b$…`) or, for users imported
//! with `custom_password_hash`, that object serialised as JSON (it starts with `{`). [`verify_password`] accepts
//! both, so the password grant needs no other knowledge of imports. After the first successful login with a custom
//! hash, the password grant replaces it with a bcrypt hash of the password (as Auth0 does).
//!
//! Supported for login: `bcrypt`, `md5`, `sha1`, `sha256`, `sha512`, `hmac` (md5/sha1/sha224/sha256/sha384/
//! sha512 digests), `pbkdf2` (PHC string `$pbkdf2-<digest>$i=<iterations>[,l=<keylen>]$<salt B64>$<hash B64>`,
//! digests sha1/sha224/sha256/sha384/sha512) and `ldap` (`{SHA}`, `{SSHA}`, `{MD5}`, `{SMD5}`, `{SHA256}`,
//! `{SSHA256}`, `{SHA512}`, `{SSHA512}`). `argon2`, `scrypt` and `md4` are accepted on import (the schema allows
//! them) but such users cannot log in to the emulator: verification answers `false`.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use hmac::{Hmac, Mac};
use md5::Md5;
use serde_json::Value;
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};

/// Auth0's pattern for an imported `password_hash`: bcrypt, cost 10.
pub const AUTH0_BCRYPT_PATTERN: &str = r"^\$2[ab]?\$10+\$[./A-Za-z0-9]{53}$";

/// What the seed's relaxed check accepts: bcrypt `$2a$`/`$2b$` of any two-digit cost.
const ANY_COST_BCRYPT_PATTERN: &str = r"^\$2[ab]\$[0-9]{2}\$[./A-Za-z0-9]{53}$";

/// Which bcrypt costs [`is_bcrypt_hash`] accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BcryptCost {
    /// What Auth0's bulk import takes as `password_hash`: [`AUTH0_BCRYPT_PATTERN`] (cost 10).
    Auth0,
    /// Any two-digit cost (seeded users, whose tests hash at cost 4 to stay fast).
    Any,
}

impl BcryptCost {
    /// The pattern, as validation errors quote it.
    pub fn pattern(self) -> &'static str {
        match self {
            BcryptCost::Auth0 => AUTH0_BCRYPT_PATTERN,
            BcryptCost::Any => ANY_COST_BCRYPT_PATTERN,
        }
    }
}

/// Whether `hash` is a bcrypt hash whose form `cost` accepts (checked without a regex engine). With
/// [`BcryptCost::Auth0`] this is exactly the check of an imported `password_hash`.
pub fn is_bcrypt_hash(hash: &str, cost: BcryptCost) -> bool {
    let Some(rest) = hash.strip_prefix("$2") else {
        return false;
    };
    let tail = match cost {
        BcryptCost::Auth0 => {
            // `[ab]?` then `10+`: a 1 and at least one 0.
            let rest = rest
                .strip_prefix('a')
                .or_else(|| rest.strip_prefix('b'))
                .unwrap_or(rest);
            let Some(rest) = rest.strip_prefix("$1") else {
                return false;
            };
            let zeros = rest.len() - rest.trim_start_matches('0').len();
            if zeros == 0 {
                return false;
            }
            rest[zeros..].strip_prefix('$')
        }
        BcryptCost::Any => {
            let Some(rest) = rest.strip_prefix("a$").or_else(|| rest.strip_prefix("b$")) else {
                return false;
            };
            let digits = rest
                .as_bytes()
                .iter()
                .take(2)
                .filter(|b| b.is_ascii_digit());
            if digits.count() != 2 {
                return false;
            }
            rest[2..].strip_prefix('$')
        }
    };
    tail.is_some_and(|t| {
        t.len() == 53
            && t.bytes()
                .all(|b| b == b'.' || b == b'/' || b.is_ascii_alphanumeric())
    })
}

/// True when `password` matches what the store holds for a user: a bcrypt hash, or a custom hash as JSON.
/// Anything unreadable answers `false`, never panics.
pub fn verify_password(stored_hash: &str, password: &str) -> bool {
    let stored = stored_hash.trim();
    if stored.starts_with('{') {
        match serde_json::from_str::<Value>(stored) {
            Ok(spec) => verify_custom(&spec, password),
            Err(_) => false,
        }
    } else {
        bcrypt::verify(password, stored).unwrap_or(false)
    }
}

/// True when `stored_hash` is an imported custom hash (Auth0 replaces those with bcrypt at the first good login).
pub fn is_custom(stored_hash: &str) -> bool {
    stored_hash.trim_start().starts_with('{')
}

/// True when `password` matches the `custom_password_hash` object `spec`.
pub fn verify_custom(spec: &Value, password: &str) -> bool {
    verify_custom_inner(spec, password).unwrap_or(false)
}

fn verify_custom_inner(spec: &Value, password: &str) -> Option<bool> {
    let algorithm = spec.get("algorithm")?.as_str()?;
    let hash = spec.get("hash")?;
    let value = hash.get("value")?.as_str()?;
    let encoding = hash.get("encoding").and_then(Value::as_str);
    let pw = encode_password(
        password,
        spec.pointer("/password/encoding").and_then(Value::as_str),
    )?;
    match algorithm {
        "bcrypt" => Some(bcrypt::verify(&pw, value).unwrap_or(false)),
        "pbkdf2" => verify_pbkdf2(value, &pw),
        "ldap" => verify_ldap(value, &pw),
        "md5" | "sha1" | "sha256" | "sha512" => {
            let expected = decode(value, encoding.unwrap_or("hex"))?;
            let input = salted(spec, &pw)?;
            let got = digest(algorithm, &input)?;
            Some(ct_eq(&got, &expected))
        }
        "hmac" => {
            let expected = decode(value, encoding.unwrap_or("hex"))?;
            let digest_name = hash.get("digest")?.as_str()?;
            let key = hash.get("key")?;
            let key = decode(
                key.get("value")?.as_str()?,
                key.get("encoding")
                    .and_then(Value::as_str)
                    .unwrap_or("utf8"),
            )?;
            let input = salted(spec, &pw)?;
            let got = hmac_digest(digest_name, &key, &input)?;
            Some(ct_eq(&got, &expected))
        }
        _ => None,
    }
}

/// Checks the per-algorithm rules Auth0 applies on import beyond the JSON schema. Each problem is
/// `(path, message)` with `path` relative to the user (`custom_password_hash.hash.encoding`).
pub fn check_custom_hash(spec: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Some(algorithm) = spec.get("algorithm").and_then(Value::as_str) else {
        return out; // the schema reports it
    };
    let Some(hash) = spec.get("hash") else {
        return out;
    };
    let value = hash.get("value").and_then(Value::as_str);
    let encoding = hash.get("encoding").and_then(Value::as_str);
    let has_salt = spec.get("salt").is_some();
    let mut err = |path: &str, msg: String| {
        out.push((format!("custom_password_hash.{path}"), msg));
    };
    let Some(value) = value else {
        err("hash.value", "Missing required property: value".into());
        return out;
    };
    match algorithm {
        "bcrypt" | "pbkdf2" | "ldap" | "argon2" => {
            if encoding.is_some_and(|e| e != "utf8") {
                err(
                    "hash.encoding",
                    format!("hash.encoding must be utf8 when algorithm is {algorithm}"),
                );
            }
            if has_salt {
                err(
                    "salt",
                    format!("salt is not allowed when algorithm is {algorithm}"),
                );
            }
            let ok = match algorithm {
                "bcrypt" => value.parse::<bcrypt::HashParts>().is_ok(),
                "pbkdf2" => parse_pbkdf2(value).is_some(),
                "ldap" => parse_ldap(value).is_some(),
                _ => value.starts_with("$argon2"),
            };
            if !ok {
                err(
                    "hash.value",
                    format!("hash.value is not a valid {algorithm} hash"),
                );
            }
        }
        "md4" | "md5" | "sha1" | "sha256" | "sha512" | "hmac" => {
            let enc = encoding.unwrap_or("hex");
            if enc == "utf8" {
                err(
                    "hash.encoding",
                    format!("hash.encoding must be hex or base64 when algorithm is {algorithm}"),
                );
            } else if decode(value, enc).is_none() {
                err("hash.value", format!("hash.value is not valid {enc}"));
            }
            if algorithm == "hmac" {
                if hash.get("digest").is_none() {
                    err(
                        "hash.digest",
                        "hash.digest is required when algorithm is hmac".into(),
                    );
                }
                if hash.get("key").is_none() {
                    err(
                        "hash.key",
                        "hash.key is required when algorithm is hmac".into(),
                    );
                }
            }
            if let Some(salt) = spec.get("salt")
                && let Some(sv) = salt.get("value").and_then(Value::as_str)
            {
                let senc = salt
                    .get("encoding")
                    .and_then(Value::as_str)
                    .unwrap_or("utf8");
                if decode(sv, senc).is_none() {
                    err("salt.value", format!("salt.value is not valid {senc}"));
                }
            }
        }
        "scrypt" if spec.get("keylen").and_then(Value::as_u64).unwrap_or(0) == 0 => {
            err(
                "keylen",
                "keylen is required when algorithm is scrypt".into(),
            );
        }
        _ => {}
    }
    out
}

/// The password as the bytes the original system hashed (`password.encoding`, default utf8).
fn encode_password(password: &str, encoding: Option<&str>) -> Option<Vec<u8>> {
    match encoding.unwrap_or("utf8") {
        "utf8" => Some(password.as_bytes().to_vec()),
        "utf16le" | "ucs2" => Some(
            password
                .encode_utf16()
                .flat_map(|u| u.to_le_bytes())
                .collect(),
        ),
        // Node's latin1/binary/ascii keep the low byte of each UTF-16 code unit.
        "latin1" | "binary" | "ascii" => {
            Some(password.encode_utf16().map(|u| (u & 0xff) as u8).collect())
        }
        _ => None,
    }
}

/// Salt + password (or password + salt) per `salt.position`; the password alone when there is no salt.
fn salted(spec: &Value, pw: &[u8]) -> Option<Vec<u8>> {
    let Some(salt) = spec.get("salt") else {
        return Some(pw.to_vec());
    };
    let bytes = decode(
        salt.get("value")?.as_str()?,
        salt.get("encoding")
            .and_then(Value::as_str)
            .unwrap_or("utf8"),
    )?;
    let mut out = Vec::with_capacity(bytes.len() + pw.len());
    match salt
        .get("position")
        .and_then(Value::as_str)
        .unwrap_or("prefix")
    {
        "prefix" => {
            out.extend_from_slice(&bytes);
            out.extend_from_slice(pw);
        }
        "suffix" => {
            out.extend_from_slice(pw);
            out.extend_from_slice(&bytes);
        }
        _ => return None,
    }
    Some(out)
}

/// Decodes `value` per an Auth0 encoding name: `hex` (either case), `base64` (standard or url-safe, padding
/// optional) or `utf8`.
pub fn decode(value: &str, encoding: &str) -> Option<Vec<u8>> {
    match encoding {
        "hex" => hex::decode(value).ok(),
        "base64" => b64_any(value),
        "utf8" => Some(value.as_bytes().to_vec()),
        _ => None,
    }
}

fn b64_any(value: &str) -> Option<Vec<u8>> {
    STANDARD
        .decode(value)
        .or_else(|_| STANDARD_NO_PAD.decode(value))
        .or_else(|_| URL_SAFE.decode(value))
        .or_else(|_| URL_SAFE_NO_PAD.decode(value))
        .ok()
}

fn digest(algorithm: &str, input: &[u8]) -> Option<Vec<u8>> {
    Some(match algorithm {
        "md5" => Md5::digest(input).to_vec(),
        "sha1" => Sha1::digest(input).to_vec(),
        "sha224" => Sha224::digest(input).to_vec(),
        "sha256" => Sha256::digest(input).to_vec(),
        "sha384" => Sha384::digest(input).to_vec(),
        "sha512" => Sha512::digest(input).to_vec(),
        _ => return None,
    })
}

fn hmac_digest(digest_name: &str, key: &[u8], input: &[u8]) -> Option<Vec<u8>> {
    macro_rules! mac {
        ($d:ty) => {{
            let mut m = <Hmac<$d> as Mac>::new_from_slice(key).ok()?;
            m.update(input);
            m.finalize().into_bytes().to_vec()
        }};
    }
    Some(match digest_name {
        "md5" => mac!(Md5),
        "sha1" => mac!(Sha1),
        "sha224" => mac!(Sha224),
        "sha256" => mac!(Sha256),
        "sha384" => mac!(Sha384),
        "sha512" => mac!(Sha512),
        _ => return None,
    })
}

/// A parsed `$pbkdf2-<digest>$i=<n>[,l=<len>]$<salt>$<hash>`.
struct Pbkdf2Phc {
    digest: String,
    iterations: u32,
    keylen: Option<usize>,
    salt: Vec<u8>,
    hash: Vec<u8>,
}

fn parse_pbkdf2(value: &str) -> Option<Pbkdf2Phc> {
    let mut parts = value.split('$');
    if !parts.next()?.is_empty() {
        return None;
    }
    let digest = parts.next()?.strip_prefix("pbkdf2-")?.to_owned();
    if !matches!(
        digest.as_str(),
        "sha1" | "sha224" | "sha256" | "sha384" | "sha512"
    ) {
        return None;
    }
    let mut iterations = None;
    let mut keylen = None;
    for param in parts.next()?.split(',') {
        let (k, v) = param.split_once('=')?;
        match k {
            "i" => iterations = Some(v.parse::<u32>().ok().filter(|n| *n > 0)?),
            "l" => keylen = Some(v.parse::<usize>().ok().filter(|n| *n > 0)?),
            _ => return None,
        }
    }
    let salt = b64_any(parts.next()?)?;
    let hash = b64_any(parts.next()?)?;
    if parts.next().is_some() || hash.is_empty() {
        return None;
    }
    if keylen.is_some_and(|l| l != hash.len()) {
        return None;
    }
    Some(Pbkdf2Phc {
        digest,
        iterations: iterations?,
        keylen,
        salt,
        hash,
    })
}

fn verify_pbkdf2(value: &str, pw: &[u8]) -> Option<bool> {
    let p = parse_pbkdf2(value)?;
    let mut out = vec![0u8; p.keylen.unwrap_or(p.hash.len())];
    match p.digest.as_str() {
        "sha1" => pbkdf2::pbkdf2_hmac::<Sha1>(pw, &p.salt, p.iterations, &mut out),
        "sha224" => pbkdf2::pbkdf2_hmac::<Sha224>(pw, &p.salt, p.iterations, &mut out),
        "sha256" => pbkdf2::pbkdf2_hmac::<Sha256>(pw, &p.salt, p.iterations, &mut out),
        "sha384" => pbkdf2::pbkdf2_hmac::<Sha384>(pw, &p.salt, p.iterations, &mut out),
        "sha512" => pbkdf2::pbkdf2_hmac::<Sha512>(pw, &p.salt, p.iterations, &mut out),
        _ => return None,
    }
    Some(ct_eq(&out, &p.hash))
}

/// `{SCHEME}base64` → (digest name, salted?, decoded bytes).
fn parse_ldap(value: &str) -> Option<(&'static str, bool, Vec<u8>)> {
    let rest = value.strip_prefix('{')?;
    let (scheme, b64) = rest.split_once('}')?;
    let (name, salted, len) = match scheme.to_ascii_uppercase().as_str() {
        "MD5" => ("md5", false, 16),
        "SMD5" => ("md5", true, 16),
        "SHA" => ("sha1", false, 20),
        "SSHA" => ("sha1", true, 20),
        "SHA256" => ("sha256", false, 32),
        "SSHA256" => ("sha256", true, 32),
        "SHA512" => ("sha512", false, 64),
        "SSHA512" => ("sha512", true, 64),
        _ => return None,
    };
    let bytes = b64_any(b64)?;
    let ok = if salted {
        bytes.len() > len
    } else {
        bytes.len() == len
    };
    ok.then_some((name, salted, bytes))
}

fn verify_ldap(value: &str, pw: &[u8]) -> Option<bool> {
    let (name, salted, bytes) = parse_ldap(value)?;
    let len = digest(name, b"")?.len();
    let (expected, salt) = if salted {
        bytes.split_at(len)
    } else {
        (bytes.as_slice(), &[][..])
    };
    let mut input = pw.to_vec();
    input.extend_from_slice(salt);
    Some(ct_eq(&digest(name, &input)?, expected))
}

/// Comparison whose time does not depend on where the inputs differ.
fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bcrypt_check_takes_cost_10_for_imports_and_any_cost_for_seeds() {
        let salt_and_hash = "N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";
        let cost = |c: &str| format!("$2b${c}${salt_and_hash}");
        assert!(is_bcrypt_hash(&cost("10"), BcryptCost::Auth0));
        assert!(is_bcrypt_hash(
            &format!("$2$10${salt_and_hash}"),
            BcryptCost::Auth0
        ));
        assert!(!is_bcrypt_hash(&cost("04"), BcryptCost::Auth0));
        assert!(is_bcrypt_hash(&cost("04"), BcryptCost::Any));
        assert!(is_bcrypt_hash(&cost("10"), BcryptCost::Any));
        assert!(!is_bcrypt_hash(
            &format!("$2y$10${salt_and_hash}"),
            BcryptCost::Any
        ));
        assert!(!is_bcrypt_hash(&cost("4"), BcryptCost::Any));
        assert!(!is_bcrypt_hash(&cost("10")[..40], BcryptCost::Any));
        assert!(!is_bcrypt_hash("plaintext", BcryptCost::Any));
    }
    use serde_json::json;

    fn hexs(b: &[u8]) -> String {
        hex::encode(b)
    }

    #[test]
    fn md5_with_prefix_salt_matches_the_schema_example() {
        // The schema's own example: MD5('salt' + 'password') = '67A1E09BB1F83F5007DC119C14D663AA'.
        let spec = json!({"algorithm": "md5",
            "hash": {"value": "67A1E09BB1F83F5007DC119C14D663AA", "encoding": "hex"},
            "salt": {"value": "salt", "position": "prefix"}});
        assert!(verify_custom(&spec, "password"));
        assert!(!verify_custom(&spec, "Password"));
        let suffix = json!({"algorithm": "md5",
            "hash": {"value": "67A1E09BB1F83F5007DC119C14D663AA", "encoding": "hex"},
            "salt": {"value": "salt", "position": "suffix"}});
        assert!(!verify_custom(&suffix, "password"));
    }

    #[test]
    fn unsalted_md5_and_sha256_known_vectors() {
        let md5 = json!({"algorithm": "md5", "hash": {"value": "5f4dcc3b5aa765d61d8327deb882cf99", "encoding": "hex"}});
        assert!(verify_custom(&md5, "password"));
        let known = "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8";
        let sha = json!({"algorithm": "sha256", "hash": {"value": known.to_uppercase(), "encoding": "hex"}});
        assert!(verify_custom(&sha, "password"));
        assert!(!verify_custom(&sha, "passwore"));
        let sha = json!({"algorithm": "sha256", "hash": {"value": known, "encoding": "hex"}});
        assert!(verify_custom(&sha, "password"));
    }

    #[test]
    fn sha_family_with_salt_positions_and_encodings() {
        let salt = b"\x01\x02pepper";
        for algo in ["sha1", "sha256", "sha512"] {
            let mut prefixed = salt.to_vec();
            prefixed.extend_from_slice(b"hunter2");
            let mut suffixed = b"hunter2".to_vec();
            suffixed.extend_from_slice(salt);
            let h_pre = digest(algo, &prefixed).unwrap();
            let h_suf = digest(algo, &suffixed).unwrap();
            let spec = json!({"algorithm": algo,
                "hash": {"value": STANDARD.encode(&h_pre), "encoding": "base64"},
                "salt": {"value": hex::encode(salt).to_uppercase(), "encoding": "hex"}});
            assert!(verify_custom(&spec, "hunter2"), "{algo} prefix");
            assert!(!verify_custom(&spec, "hunter3"), "{algo} wrong pw");
            let spec = json!({"algorithm": algo,
                "hash": {"value": URL_SAFE_NO_PAD.encode(&h_suf), "encoding": "base64"},
                "salt": {"value": STANDARD.encode(salt), "encoding": "base64", "position": "suffix"}});
            assert!(verify_custom(&spec, "hunter2"), "{algo} suffix");
        }
    }

    #[test]
    fn pbkdf2_rfc7914_vector_in_phc_format() {
        // RFC 7914 §11: PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1, dkLen=64.
        let dk = hex::decode(
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc\
             49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783",
        )
        .unwrap();
        let phc = format!(
            "$pbkdf2-sha256$i=1,l=64${}${}",
            STANDARD_NO_PAD.encode(b"salt"),
            STANDARD_NO_PAD.encode(&dk)
        );
        let spec = json!({"algorithm": "pbkdf2", "hash": {"value": phc, "encoding": "utf8"}});
        assert!(verify_custom(&spec, "passwd"));
        assert!(!verify_custom(&spec, "passwd2"));
        assert!(check_custom_hash(&spec).is_empty());
    }

    #[test]
    fn pbkdf2_sha512_without_keylen_uses_hash_length() {
        let mut out = [0u8; 32];
        pbkdf2::pbkdf2_hmac::<Sha512>(b"s3cret!", b"NaCl", 1000, &mut out);
        let phc = format!(
            "$pbkdf2-sha512$i=1000${}${}",
            STANDARD_NO_PAD.encode(b"NaCl"),
            STANDARD_NO_PAD.encode(out)
        );
        let stored = json!({"algorithm": "pbkdf2", "hash": {"value": phc}}).to_string();
        assert!(verify_password(&stored, "s3cret!"));
        assert!(!verify_password(&stored, "s3cret"));
    }

    #[test]
    fn hmac_sha256_with_key_and_salt() {
        let mut m = <Hmac<Sha256> as Mac>::new_from_slice(b"server-key").unwrap();
        m.update(b"saltpw");
        let h = m.finalize().into_bytes();
        let spec = json!({"algorithm": "hmac",
            "hash": {"value": hexs(&h), "encoding": "hex", "digest": "sha256",
                     "key": {"value": STANDARD.encode(b"server-key"), "encoding": "base64"}},
            "salt": {"value": "salt"}});
        assert!(verify_custom(&spec, "pw"));
        assert!(!verify_custom(&spec, "pw2"));
    }

    #[test]
    fn bcrypt_plain_and_custom() {
        let h = bcrypt::hash("correct horse", 4).unwrap();
        assert!(verify_password(&h, "correct horse"));
        assert!(!verify_password(&h, "wrong horse"));
        let stored = json!({"algorithm": "bcrypt", "hash": {"value": h}}).to_string();
        assert!(is_custom(&stored));
        assert!(verify_password(&stored, "correct horse"));
        assert!(!verify_password(&stored, "correct horse "));
    }

    #[test]
    fn ldap_ssha() {
        let mut input = b"letmein".to_vec();
        input.extend_from_slice(b"abcd");
        let mut bytes = Sha1::digest(&input).to_vec();
        bytes.extend_from_slice(b"abcd");
        let spec = json!({"algorithm": "ldap", "hash": {"value": format!("{{SSHA}}{}", STANDARD.encode(&bytes))}});
        assert!(verify_custom(&spec, "letmein"));
        assert!(!verify_custom(&spec, "letmeout"));
    }

    #[test]
    fn utf16le_password_encoding() {
        let pw: Vec<u8> = "pä".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let spec = json!({"algorithm": "sha1", "hash": {"value": hexs(&Sha1::digest(&pw)), "encoding": "hex"},
            "password": {"encoding": "utf16le"}});
        assert!(verify_custom(&spec, "pä"));
        let utf8 = json!({"algorithm": "sha1", "hash": {"value": hexs(&Sha1::digest(&pw)), "encoding": "hex"}});
        assert!(!verify_custom(&utf8, "pä"));
    }

    #[test]
    fn garbage_never_verifies() {
        assert!(!verify_password("", "x"));
        assert!(!verify_password("{not json", "x"));
        assert!(!verify_password("$2b$10$short", "x"));
        let argon = json!({"algorithm": "argon2", "hash": {"value": "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$abc"}});
        assert!(!verify_custom(&argon, "x"));
    }

    #[test]
    fn import_rules_reject_misused_fields() {
        let bad = json!({"algorithm": "md5", "hash": {"value": "zz", "encoding": "utf8"}});
        let errs = check_custom_hash(&bad);
        assert_eq!(errs[0].0, "custom_password_hash.hash.encoding");
        let bad = json!({"algorithm": "pbkdf2", "hash": {"value": "$pbkdf2-sha256$i=0$x$y"}, "salt": {"value": "s"}});
        let paths: Vec<_> = check_custom_hash(&bad).into_iter().map(|e| e.0).collect();
        assert_eq!(
            paths,
            [
                "custom_password_hash.salt",
                "custom_password_hash.hash.value"
            ]
        );
        let bad = json!({"algorithm": "hmac", "hash": {"value": "00", "encoding": "hex"}});
        assert_eq!(check_custom_hash(&bad).len(), 2);
    }
}

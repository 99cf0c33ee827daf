//! What an access token for an API (not the Management API) carries: its `scope`, and with an `*_authz` dialect
//! its `permissions` claim, following Auth0's RBAC rules.

use super::resource_servers::{rbac_enabled, scope_values, token_dialect};
use serde_json::Value;

/// OIDC scopes: granted to a user token whatever the API says.
pub const OIDC_SCOPES: &[&str] = &[
    "openid",
    "profile",
    "email",
    "address",
    "phone",
    "offline_access",
];

/// The API scopes of a user token: the requested ones the API defines; with RBAC on, only those among the
/// user's permissions (direct and through roles).
pub fn user_api_scopes(
    api: &Value,
    requested: &[&str],
    user_permissions: &[String],
) -> Vec<String> {
    let defined = scope_values(api);
    let rbac = rbac_enabled(api);
    let mut out: Vec<String> = Vec::new();
    for r in requested {
        if OIDC_SCOPES.contains(r) || out.iter().any(|o| o == r) {
            continue;
        }
        let ok = if rbac {
            user_permissions.iter().any(|p| p == r)
        } else {
            defined.iter().any(|d| d == r)
        };
        if ok {
            out.push((*r).to_owned());
        }
    }
    out
}

/// Whether tokens for this API carry `permissions` (an `*_authz` dialect with RBAC on).
pub fn adds_permissions(api: &Value) -> bool {
    rbac_enabled(api) && token_dialect(api).ends_with("_authz")
}

/// Whether tokens for this API follow RFC 9068 (`client_id`, `jti`, `typ: at+jwt`, no `gty`/`azp`).
pub fn is_rfc9068(api: &Value) -> bool {
    token_dialect(api).starts_with("rfc9068_profile")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rbac_limits_scopes_to_the_users_permissions() {
        let api = json!({"scopes": [{"value": "read:x"}, {"value": "write:x"}], "enforce_policies": true});
        let perms = vec!["read:x".to_string()];
        assert_eq!(
            user_api_scopes(&api, &["openid", "read:x", "write:x"], &perms),
            vec!["read:x"]
        );
        let open = json!({"scopes": [{"value": "read:x"}, {"value": "write:x"}]});
        assert_eq!(
            user_api_scopes(&open, &["read:x", "write:x", "other"], &[]),
            vec!["read:x", "write:x"]
        );
    }
}

//! Turns what a user types as a tenant domain (`tenant.eu.auth0.com` or a URL) into the tenant's base URL.
//!
//! `https://` is the default and the only scheme allowed for remote hosts; `http://` is accepted only for
//! loopback addresses (127.0.0.0/8, ::1, localhost), which is how a local emulator is reached.

use std::net::IpAddr;

use url::{Host, Url};

use crate::error::usage;

/// Parses a domain or URL into a base URL ending with `/` (path, query and fragment dropped).
pub fn parse(input: &str) -> anyhow::Result<Url> {
    let input = input.trim();
    if input.is_empty() {
        return Err(usage("the tenant domain is empty"));
    }
    let with_scheme = if input.contains("://") {
        input.to_string()
    } else {
        format!("https://{input}")
    };
    let mut url = Url::parse(&with_scheme).map_err(|e| {
        usage(format!(
            "`{input}` is not a valid tenant domain or URL: {e}"
        ))
    })?;
    let Some(host) = url.host() else {
        return Err(usage(format!("`{input}` has no host name")));
    };
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&host) => {}
        "http" => {
            return Err(usage(format!(
                "refusing `{input}`: http:// is only allowed for loopback addresses \
                 (127.0.0.1, ::1, localhost); use https://"
            )));
        }
        other => {
            return Err(usage(format!(
                "`{input}`: unsupported scheme `{other}` (use https://)"
            )));
        }
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(usage(format!(
            "`{input}`: credentials do not belong in the domain"
        )));
    }
    url.set_path("/");
    url.set_query(None);
    url.set_fragment(None);
    Ok(url)
}

fn is_loopback(host: &Host<&str>) -> bool {
    match host {
        Host::Domain(d) => d.eq_ignore_ascii_case("localhost"),
        Host::Ipv4(ip) => IpAddr::V4(*ip).is_loopback(),
        Host::Ipv6(ip) => IpAddr::V6(*ip).is_loopback(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{CliError, Exit};

    #[test]
    fn bare_domain_becomes_https_base_url() {
        assert_eq!(
            parse("tenant.eu.auth0.com").unwrap().as_str(),
            "https://tenant.eu.auth0.com/"
        );
    }

    #[test]
    fn url_path_is_dropped_and_slash_added() {
        assert_eq!(
            parse("https://t.auth0.com/api/v2?x=1").unwrap().as_str(),
            "https://t.auth0.com/"
        );
    }

    #[test]
    fn http_is_accepted_for_loopback_only() {
        for ok in [
            "http://127.0.0.1:8080",
            "http://127.1.2.3",
            "http://[::1]:9",
            "http://localhost:3000/",
        ] {
            assert!(parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://example.com",
            "http://10.0.0.1",
            "http://localhost.evil.com",
        ] {
            let err = parse(bad).unwrap_err();
            assert_eq!(
                CliError::exit_in(&err).unwrap_or(Exit::Failure),
                Exit::Usage,
                "{bad}"
            );
        }
    }

    #[test]
    fn other_schemes_and_garbage_are_usage_errors() {
        for bad in ["ftp://x.com", "", "https://", "https://u:p@x.com"] {
            assert_eq!(
                CliError::exit_in(&parse(bad).unwrap_err()),
                Some(Exit::Usage),
                "{bad}"
            );
        }
    }
}

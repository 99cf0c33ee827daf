//! HTTPS for `a0 emulator serve --tls`: a local CA (generated once, kept beside the tenant file, or fresh in
//! memory), a server certificate it signs for `localhost`, `127.0.0.1` and `::1`, or a certificate of the
//! user's own; and the listener that completes TLS handshakes for axum.
//!
//! Certificates are made with `rcgen` and served with rustls (ring). The CA's private key never leaves its
//! file (mode 0600) and is never printed.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose, SanType,
};
use rustls::ServerConfig;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::server::TlsStream;

/// The CA certificate's file name in the data dir (PEM; public).
pub const CA_CERT_FILE: &str = "a0-emulator-ca.pem";
/// The CA key's file name in the data dir (PKCS#8 PEM; mode 0600).
pub const CA_KEY_FILE: &str = "a0-emulator-ca-key.pem";

const CA_NAME: &str = "a0 emulator local CA";

/// A TLS setup that cannot be used: the message says which file and why.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct TlsError(String);

fn err(msg: impl Into<String>) -> TlsError {
    TlsError(msg.into())
}

/// The local certificate authority that signs the server certificate.
pub struct LocalCa {
    cert_pem: String,
    key: KeyPair,
}

fn ca_params() -> CertificateParams {
    let mut p = CertificateParams::default();
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, CA_NAME);
    dn.push(DnType::OrganizationName, "a0");
    p.distinguished_name = dn;
    p.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    p.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    p
}

/// Sets the validity of `params` from `from` days to `to` days from today (rcgen takes calendar days).
fn validity(params: &mut CertificateParams, from: i64, to: i64) {
    use chrono::Datelike;
    let day = |days: i64| {
        let d = (chrono::Utc::now() + chrono::Duration::days(days)).date_naive();
        rcgen::date_time_ymd(d.year(), d.month() as u8, d.day() as u8)
    };
    params.not_before = day(from);
    params.not_after = day(to);
}

impl LocalCa {
    /// A new CA (ECDSA P-256), valid for 20 years from yesterday.
    pub fn generate() -> Result<Self, TlsError> {
        let key = KeyPair::generate().map_err(|e| err(format!("cannot generate a key: {e}")))?;
        let mut params = ca_params();
        validity(&mut params, -1, 20 * 365);
        let cert = params
            .self_signed(&key)
            .map_err(|e| err(format!("cannot make the CA certificate: {e}")))?;
        Ok(LocalCa {
            cert_pem: cert.pem(),
            key,
        })
    }

    /// The CA kept in `dir` ([`CA_CERT_FILE`], [`CA_KEY_FILE`]), made and saved there on first use (the key
    /// with mode 0600). Returns the CA and its certificate's path.
    pub fn load_or_create(dir: &Path) -> Result<(Self, PathBuf), TlsError> {
        let cert_path = dir.join(CA_CERT_FILE);
        let key_path = dir.join(CA_KEY_FILE);
        if cert_path.exists() && key_path.exists() {
            let cert_pem = std::fs::read_to_string(&cert_path)
                .map_err(|e| err(format!("cannot read {}: {e}", cert_path.display())))?;
            let key_pem = std::fs::read_to_string(&key_path)
                .map_err(|e| err(format!("cannot read {}: {e}", key_path.display())))?;
            let key = KeyPair::from_pem(&key_pem).map_err(|e| {
                err(format!(
                    "{} is not a PEM private key ({e}); delete it and {} to make a new CA",
                    key_path.display(),
                    cert_path.display()
                ))
            })?;
            let ca = LocalCa { cert_pem, key };
            // A CA whose files were replaced or damaged would sign certificates no client accepts: check now.
            ca.server_config(None).map_err(|e| {
                err(format!(
                    "the CA in {} is unusable ({e}); delete {} and {} to make a new one",
                    dir.display(),
                    CA_CERT_FILE,
                    CA_KEY_FILE
                ))
            })?;
            return Ok((ca, cert_path));
        }
        let ca = Self::generate()?;
        std::fs::create_dir_all(dir)
            .map_err(|e| err(format!("cannot create {}: {e}", dir.display())))?;
        write_private(&key_path, ca.key.serialize_pem().as_bytes())?;
        std::fs::write(&cert_path, &ca.cert_pem)
            .map_err(|e| err(format!("cannot write {}: {e}", cert_path.display())))?;
        Ok((ca, cert_path))
    }

    /// The CA certificate (PEM), what clients trust.
    pub fn cert_pem(&self) -> &str {
        &self.cert_pem
    }

    /// A server configuration with a fresh certificate signed by this CA for `localhost`, `127.0.0.1`, `::1`
    /// and `extra_ip` (the address the server listens on, when it is another one). Checked against the CA as
    /// a client would check it.
    pub fn server_config(&self, extra_ip: Option<IpAddr>) -> Result<Arc<ServerConfig>, TlsError> {
        let mut params = CertificateParams::default();
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CommonName, "localhost");
        params.distinguished_name = dn;
        let mut ips = vec![
            IpAddr::V4(Ipv4Addr::LOCALHOST),
            IpAddr::V6(Ipv6Addr::LOCALHOST),
        ];
        if let Some(ip) = extra_ip.filter(|ip| !ip.is_unspecified() && !ips.contains(ip)) {
            ips.push(ip);
        }
        params.subject_alt_names = std::iter::once(SanType::DnsName(
            "localhost".try_into().expect("a valid DNS name"),
        ))
        .chain(ips.into_iter().map(SanType::IpAddress))
        .collect();
        params.is_ca = IsCa::ExplicitNoCa;
        params.key_usages = vec![
            KeyUsagePurpose::DigitalSignature,
            KeyUsagePurpose::KeyEncipherment,
        ];
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        params.use_authority_key_identifier_extension = true;
        validity(&mut params, -1, 365);
        let leaf_key =
            KeyPair::generate().map_err(|e| err(format!("cannot generate a key: {e}")))?;
        // The issuer is rebuilt from the same name and key the CA certificate was made with: its subject and
        // key identifier are what the leaf names as issuer (checked below against the stored certificate).
        let issuer = Issuer::new(ca_params(), &self.key);
        let leaf = params
            .signed_by(&leaf_key, &issuer)
            .map_err(|e| err(format!("cannot sign the server certificate: {e}")))?;
        let ca_der = CertificateDer::from_pem_slice(self.cert_pem.as_bytes())
            .map_err(|e| err(format!("the CA certificate is not PEM: {e}")))?;
        verify_chain(leaf.der(), &ca_der)?;
        let key = PrivateKeyDer::Pkcs8(leaf_key.serialize_der().into());
        build(vec![leaf.der().clone(), ca_der], key)
    }
}

/// Checks that `leaf` chains to `ca` for `127.0.0.1`, as a client would.
fn verify_chain(leaf: &CertificateDer<'_>, ca: &CertificateDer<'static>) -> Result<(), TlsError> {
    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(ca.clone())
        .map_err(|e| err(format!("the CA certificate is not usable: {e}")))?;
    let verifier = rustls::client::WebPkiServerVerifier::builder_with_provider(
        Arc::new(roots),
        Arc::new(rustls::crypto::ring::default_provider()),
    )
    .build()
    .map_err(|e| err(format!("the CA certificate is not usable: {e}")))?;
    use rustls::client::danger::ServerCertVerifier;
    let now = rustls::pki_types::UnixTime::now();
    let name = rustls::pki_types::ServerName::IpAddress(Ipv4Addr::LOCALHOST.into());
    verifier
        .verify_server_cert(leaf, &[], &name, &[], now)
        .map_err(|e| err(format!("the CA key does not match its certificate: {e}")))?;
    Ok(())
}

fn build(
    chain: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
) -> Result<Arc<ServerConfig>, TlsError> {
    let mut config =
        ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .map_err(|e| err(format!("TLS: {e}")))?
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .map_err(|e| err(format!("the key does not match the certificate: {e}")))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// A server configuration from the user's own certificate chain and key (`--tls-cert`, `--tls-key`): PEM
/// files; the key must be the certificate's.
pub fn server_config_from_files(cert: &Path, key: &Path) -> Result<Arc<ServerConfig>, TlsError> {
    let cert_bytes = std::fs::read(cert).map_err(|e| {
        err(format!(
            "cannot read the certificate {}: {e}",
            cert.display()
        ))
    })?;
    let key_bytes = std::fs::read(key)
        .map_err(|e| err(format!("cannot read the key {}: {e}", key.display())))?;
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&cert_bytes)
        .collect::<Result<_, _>>()
        .map_err(|e| err(format!("{} is not a PEM certificate: {e}", cert.display())))?;
    if chain.is_empty() {
        return Err(err(format!(
            "{} holds no PEM certificate (-----BEGIN CERTIFICATE-----)",
            cert.display()
        )));
    }
    let key_der = PrivateKeyDer::from_pem_slice(&key_bytes).map_err(|e| {
        err(format!(
            "{} is not a PEM private key (PKCS#8, PKCS#1 or SEC1): {e}",
            key.display()
        ))
    })?;
    build(chain, key_der).map_err(|e| {
        err(format!(
            "cannot use {} with {}: {e}",
            cert.display(),
            key.display()
        ))
    })
}

/// Writes a secret file readable by its owner only.
fn write_private(path: &Path, bytes: &[u8]) -> Result<(), TlsError> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts
        .open(path)
        .map_err(|e| err(format!("cannot write {}: {e}", path.display())))?;
    #[cfg(unix)]
    {
        // An existing file keeps its mode on open: narrow it.
        use std::os::unix::fs::PermissionsExt;
        let _ = f.set_permissions(std::fs::Permissions::from_mode(0o600));
    }
    f.write_all(bytes)
        .and_then(|_| f.sync_all())
        .map_err(|e| err(format!("cannot write {}: {e}", path.display())))
}

/// A TCP listener whose connections come out of a TLS handshake. Handshakes run in their own tasks, so a slow
/// or broken client never holds up the others; failed handshakes are dropped.
pub(crate) struct TlsListener {
    rx: mpsc::Receiver<(TlsStream<TcpStream>, SocketAddr)>,
    local: SocketAddr,
    acceptor_task: JoinHandle<()>,
}

const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(30);

impl TlsListener {
    pub(crate) fn new(listener: TcpListener, config: Arc<ServerConfig>) -> std::io::Result<Self> {
        let local = listener.local_addr()?;
        let acceptor = TlsAcceptor::from(config);
        let (tx, rx) = mpsc::channel(64);
        let acceptor_task = tokio::spawn(async move {
            loop {
                let (tcp, peer) = match listener.accept().await {
                    Ok(c) => c,
                    Err(e) => {
                        // Out of file descriptors and the like: wait a little, as axum does.
                        tracing::debug!("accept: {e}");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                if tx.is_closed() {
                    break;
                }
                let acceptor = acceptor.clone();
                let tx = tx.clone();
                tokio::spawn(async move {
                    if let Ok(Ok(tls)) =
                        tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(tcp)).await
                    {
                        let _ = tx.send((tls, peer)).await;
                    }
                });
            }
        });
        Ok(TlsListener {
            rx,
            local,
            acceptor_task,
        })
    }
}

impl Drop for TlsListener {
    fn drop(&mut self) {
        self.acceptor_task.abort();
    }
}

impl axum::serve::Listener for TlsListener {
    type Io = TlsStream<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        match self.rx.recv().await {
            Some(c) => c,
            // The acceptor task only ends when aborted, which happens when this listener is dropped.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        Ok(self.local)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_ca_is_reused_and_its_key_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let (ca, path) = LocalCa::load_or_create(dir.path()).unwrap();
        assert_eq!(path, dir.path().join(CA_CERT_FILE));
        let (again, _) = LocalCa::load_or_create(dir.path()).unwrap();
        assert_eq!(ca.cert_pem(), again.cert_pem());
        again.server_config(None).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(CA_KEY_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn a_ca_key_that_is_not_the_certificates_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        LocalCa::load_or_create(dir.path()).unwrap();
        let other = LocalCa::generate().unwrap();
        std::fs::write(dir.path().join(CA_KEY_FILE), other.key.serialize_pem()).unwrap();
        let e = LocalCa::load_or_create(dir.path()).err().unwrap();
        assert!(e.to_string().contains("unusable"), "{e}");
    }

    #[test]
    fn own_files_that_do_not_parse_or_match_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let a = rcgen::generate_simple_self_signed(vec!["localhost".into()]).unwrap();
        let b = rcgen::generate_simple_self_signed(vec!["localhost".into()]).unwrap();
        let cert = dir.path().join("cert.pem");
        let key = dir.path().join("key.pem");
        let other_key = dir.path().join("other.pem");
        let junk = dir.path().join("junk.pem");
        std::fs::write(&cert, a.cert.pem()).unwrap();
        std::fs::write(&key, a.signing_key.serialize_pem()).unwrap();
        std::fs::write(&other_key, b.signing_key.serialize_pem()).unwrap();
        std::fs::write(&junk, "not pem").unwrap();
        server_config_from_files(&cert, &key).unwrap();
        let e = server_config_from_files(&cert, &other_key).unwrap_err();
        assert!(e.to_string().contains("does not match"), "{e}");
        let e = server_config_from_files(&junk, &key).unwrap_err();
        assert!(e.to_string().contains("no PEM certificate"), "{e}");
        let e = server_config_from_files(&cert, &junk).unwrap_err();
        assert!(e.to_string().contains("not a PEM private key"), "{e}");
    }
}

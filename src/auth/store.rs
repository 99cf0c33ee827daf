//! Where client secrets live: the OS keyring (keyring-core with the platform store; every call bounded by a
//! 3 s timeout) or, only when asked for (`--insecure-storage`, `A0_CREDENTIAL_STORE=file`), `credentials.toml`
//! beside the config (0600). There is no silent fallback from one to the other: when the keyring cannot be
//! used, the caller gets [`StoreError::Unavailable`] and says how to proceed.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use keyring_core::{CredentialStore, Entry};
use serde::{Deserialize, Serialize};

use super::{Secret, files};
use crate::error::{CliError, Exit, usage};

/// The keyring service name every a0 entry uses; the entry's user is the tenant name.
pub const SERVICE: &str = "a0";
/// Upper bound for any one keyring call (a locked or absent Secret Service can hang).
pub const KEYRING_TIMEOUT: Duration = Duration::from_secs(3);

/// Which store holds a tenant's client secret (recorded in its profile).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StoreKind {
    Keyring,
    File,
}

impl StoreKind {
    /// `--insecure-storage` or `A0_CREDENTIAL_STORE=file` picks the file; `keyring` or nothing the keyring.
    pub fn requested(insecure_storage: bool) -> anyhow::Result<StoreKind> {
        if insecure_storage {
            return Ok(StoreKind::File);
        }
        match std::env::var("A0_CREDENTIAL_STORE").ok().as_deref() {
            None | Some("") | Some("keyring") => Ok(StoreKind::Keyring),
            Some("file") => Ok(StoreKind::File),
            Some(other) => Err(usage(format!(
                "A0_CREDENTIAL_STORE={other} is not valid; use `keyring` or `file`"
            ))),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            StoreKind::Keyring => "keyring",
            StoreKind::File => "file",
        }
    }
}

/// Why a keyring call failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No keyring on this machine, or it refused access (locked, no D-Bus session, …).
    #[error("the OS keyring is not available: {0}")]
    Unavailable(String),
    /// The keyring did not answer within the timeout.
    #[error("the OS keyring did not answer within {} s", .0.as_secs())]
    Timeout(Duration),
    #[error("the OS keyring failed: {0}")]
    Other(String),
}

impl From<keyring_core::Error> for StoreError {
    fn from(e: keyring_core::Error) -> Self {
        use keyring_core::Error as K;
        // Display only: the Debug form of some variants carries the secret's bytes.
        match e {
            K::NoStorageAccess(_)
            | K::PlatformFailure(_)
            | K::NoDefaultStore
            | K::NotSupportedByStore(_) => StoreError::Unavailable(e.to_string()),
            other => StoreError::Other(other.to_string()),
        }
    }
}

/// Opens a keyring-core store. Called on the keyring thread, so the store is created, used and dropped there.
type Opener = Arc<dyn Fn() -> keyring_core::Result<Arc<CredentialStore>> + Send + Sync>;

/// The OS keyring (or, in tests, any keyring-core store) with a per-call timeout.
///
/// Every call runs whole on a thread of its own (see [`bounded`]): the store is opened, the entry built and
/// used, and both dropped there, never on a tokio worker. The Secret Service store's objects block on a
/// runtime of their own when dropped, which panics inside ours ("Cannot start a runtime from within a
/// runtime"), so no keyring object may outlive the call that made it.
#[derive(Clone)]
pub struct Keyring {
    open: Opener,
    timeout: Duration,
}

impl Keyring {
    /// A keyring over an already-open store (tests: keyring-core's mock store).
    #[cfg(test)]
    pub fn new(store: Arc<CredentialStore>, timeout: Duration) -> Self {
        Keyring {
            open: Arc::new(move || Ok(store.clone())),
            timeout,
        }
    }

    /// This platform's store (Secret Service over D-Bus, macOS Keychain, Windows Credential Manager), opened
    /// anew by each call.
    pub fn platform() -> Keyring {
        Keyring {
            open: Arc::new(platform_store),
            timeout: KEYRING_TIMEOUT,
        }
    }

    /// Whether the store can be opened at all (D-Bus session, Secret Service present), within the timeout.
    pub fn probe(&self) -> Result<(), StoreError> {
        let open = self.open.clone();
        bounded(self.timeout, move || open().map(drop)).map_err(Into::into)
    }

    /// Runs `op` on `tenant`'s entry, on the keyring thread.
    fn with_entry<T: Send + 'static>(
        &self,
        tenant: &str,
        op: impl FnOnce(&Entry) -> keyring_core::Result<T> + Send + 'static,
    ) -> Result<T, Bounded> {
        let (open, tenant) = (self.open.clone(), tenant.to_string());
        bounded(self.timeout, move || {
            let store = open()?;
            let entry = Entry::new_in_store(&store, SERVICE, &tenant)?;
            let result = op(&entry);
            drop(entry);
            drop(store);
            result
        })
    }

    /// The secret stored for `tenant`, `None` when there is no entry.
    pub fn get(&self, tenant: &str) -> Result<Option<Secret>, StoreError> {
        match self.with_entry(tenant, |e| e.get_password()) {
            Ok(s) => Ok(Some(Secret::new(s))),
            Err(Bounded::Keyring(keyring_core::Error::NoEntry)) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    pub fn set(&self, tenant: &str, secret: &Secret) -> Result<(), StoreError> {
        let secret = secret.clone();
        self.with_entry(tenant, move |e| e.set_password(secret.expose()))
            .map_err(Into::into)
    }

    /// Deletes `tenant`'s entry; a missing entry is fine.
    pub fn delete(&self, tenant: &str) -> Result<(), StoreError> {
        match self.with_entry(tenant, |e| e.delete_credential()) {
            Ok(()) | Err(Bounded::Keyring(keyring_core::Error::NoEntry)) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }
}

#[cfg(target_os = "linux")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(zbus_secret_service_keyring_store::Store::new()?)
}

#[cfg(target_os = "macos")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(apple_native_keyring_store::keychain::Store::new()?)
}

#[cfg(target_os = "windows")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(windows_native_keyring_store::Store::new()?)
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Err(keyring_core::Error::NotSupportedByStore(
        "no OS keyring support on this platform".into(),
    ))
}

/// Failure of a [`bounded`] call.
enum Bounded {
    Keyring(keyring_core::Error),
    Timeout(Duration),
}

impl From<Bounded> for StoreError {
    fn from(b: Bounded) -> Self {
        match b {
            Bounded::Keyring(e) => e.into(),
            Bounded::Timeout(d) => StoreError::Timeout(d),
        }
    }
}

/// Runs a keyring call on its own thread and gives up after `timeout` (the thread is left to finish or
/// die with the process). A plain thread rather than the async runtime: the Secret Service store blocks on a
/// runtime of its own (also when its objects are dropped), which must not run inside ours. Everything `f`
/// creates must be dropped inside `f`.
fn bounded<T: Send + 'static>(
    timeout: Duration,
    f: impl FnOnce() -> keyring_core::Result<T> + Send + 'static,
) -> Result<T, Bounded> {
    let (tx, rx) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("a0-keyring".into())
        .spawn(move || {
            // The receiver may be gone after a timeout; nothing to do then.
            let _ = tx.send(f());
        });
    if let Err(e) = spawned {
        return Err(Bounded::Keyring(keyring_core::Error::PlatformFailure(
            Box::new(e),
        )));
    }
    match rx.recv_timeout(timeout) {
        Ok(result) => result.map_err(Bounded::Keyring),
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => Err(Bounded::Timeout(timeout)),
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => Err(Bounded::Keyring(
            keyring_core::Error::PlatformFailure("the keyring call panicked".into()),
        )),
    }
}

/// `credentials.toml`: client secrets of tenants stored with `--insecure-storage`.
#[derive(Debug, Default, Serialize, Deserialize)]
struct FileSecrets {
    #[serde(default)]
    tenants: BTreeMap<String, FileEntry>,
}

#[derive(Debug, Serialize, Deserialize)]
struct FileEntry {
    client_secret: String,
}

/// The path of `credentials.toml` (beside `config.toml`).
pub fn file_path() -> anyhow::Result<PathBuf> {
    Ok(files::config_dir()?.join("credentials.toml"))
}

fn load_file() -> anyhow::Result<FileSecrets> {
    let path = file_path()?;
    match files::read_optional(&path)? {
        None => Ok(FileSecrets::default()),
        // The parse error would quote the offending line, which may hold a secret: keep only the position.
        Some(text) => toml::from_str(&text).map_err(|e| {
            anyhow::anyhow!(
                "{} is not valid TOML (at byte {:?})",
                path.display(),
                e.span().map(|s| s.start)
            )
        }),
    }
}

fn save_file(secrets: &FileSecrets) -> anyhow::Result<()> {
    let path = file_path()?;
    if secrets.tenants.is_empty() {
        return files::remove_optional(&path);
    }
    let text = toml::to_string_pretty(secrets).context("cannot serialize credentials")?;
    files::write_private(&path, &text)
}

/// The message shown when the keyring cannot be used during `a0 login`.
pub fn keyring_unavailable_message(err: &StoreError) -> String {
    let path = file_path()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| "credentials.toml".into());
    format!(
        "{err}; nothing was saved.\n\
         To keep the client secret in a file instead, run `a0 login` again with --insecure-storage \
         (or set A0_CREDENTIAL_STORE=file): it goes to {path}, readable only by you.\n\
         In CI, skip login and set AUTH0_DOMAIN, AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET."
    )
}

/// Stores `tenant`'s client secret in the given store.
pub fn write_secret(tenant: &str, kind: StoreKind, secret: &Secret) -> anyhow::Result<()> {
    match kind {
        StoreKind::File => {
            let mut all = load_file()?;
            all.tenants.insert(
                tenant.to_string(),
                FileEntry {
                    client_secret: secret.expose().to_string(),
                },
            );
            save_file(&all)
        }
        StoreKind::Keyring => Keyring::platform()
            .set(tenant, secret)
            .map_err(|e| CliError::new(Exit::Failure, keyring_unavailable_message(&e)).into()),
    }
}

/// The error when a stored tenant's secret is needed (no fresh cached token) but the keyring refuses: exit 4.
fn keyring_read_error(tenant: &str, e: &StoreError) -> anyhow::Error {
    CliError::new(
        Exit::Auth,
        format!(
            "cannot read the client secret of tenant `{tenant}` from the OS keyring: {e}.\n\
             Unlock the keyring (it is usually unlocked when you log in to your desktop) and try again, \
             or set AUTH0_DOMAIN, AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET, \
             or run `a0 login --name {tenant} --insecure-storage` to keep the secret in a file"
        ),
    )
    .into()
}

/// Reads `tenant`'s client secret; a missing one is "not authenticated" (exit 4).
pub fn read_secret(tenant: &str, kind: StoreKind) -> anyhow::Result<Secret> {
    let missing = || -> anyhow::Error {
        CliError::new(
            Exit::Auth,
            format!(
                "no client secret stored for tenant `{tenant}` ({} store); run `a0 login --name {tenant}` again",
                kind.as_str()
            ),
        )
        .into()
    };
    match kind {
        StoreKind::File => {
            let all = load_file()?;
            all.tenants
                .get(tenant)
                .map(|e| Secret::new(e.client_secret.clone()))
                .ok_or_else(missing)
        }
        StoreKind::Keyring => match Keyring::platform().get(tenant) {
            Ok(Some(s)) => Ok(s),
            Ok(None) => Err(missing()),
            Err(e) => Err(keyring_read_error(tenant, &e)),
        },
    }
}

/// Removes `tenant`'s secret from the file and, when its profile says so, from the keyring.
///
/// Never fails because the keyring is unavailable or has no entry: returns a warning to print instead.
pub fn delete_secret(tenant: &str, kind: Option<StoreKind>) -> anyhow::Result<Option<String>> {
    let mut all = load_file()?;
    if all.tenants.remove(tenant).is_some() {
        save_file(&all)?;
    }
    if kind != Some(StoreKind::Keyring) {
        return Ok(None);
    }
    match Keyring::platform().delete(tenant) {
        Ok(()) => Ok(None),
        Err(e) => Ok(Some(format!(
            "could not remove the client secret of `{tenant}` from the OS keyring ({e}); \
             delete the entry `{SERVICE}`/`{tenant}` with your keyring manager"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use keyring_core::api::CredentialStoreApi;
    use keyring_core::mock;

    fn mock_keyring() -> (Arc<mock::Store>, Keyring) {
        let store = mock::Store::new().unwrap();
        let k = Keyring::new(store.clone(), Duration::from_secs(3));
        (store, k)
    }

    /// Makes the next call on `tenant`'s mock entry fail with `err`.
    fn inject(store: &Arc<mock::Store>, tenant: &str, err: keyring_core::Error) {
        let entry = store.build(SERVICE, tenant, None).unwrap();
        let cred: &mock::Cred = entry.as_any().downcast_ref().unwrap();
        cred.set_error(err);
    }

    #[test]
    fn keyring_round_trip_and_missing_entry_is_none() {
        let (_, k) = mock_keyring();
        assert!(k.get("prod").unwrap().is_none());
        k.set("prod", &Secret::new("s3cret")).unwrap();
        assert_eq!(k.get("prod").unwrap().unwrap().expose(), "s3cret");
        assert!(k.get("other").unwrap().is_none());
        k.delete("prod").unwrap();
        assert!(k.get("prod").unwrap().is_none());
    }

    #[test]
    fn deleting_a_missing_entry_is_fine() {
        let (store, k) = mock_keyring();
        k.delete("never-there").unwrap();
        inject(&store, "t", keyring_core::Error::NoEntry);
        k.delete("t").unwrap();
    }

    #[test]
    fn no_storage_access_is_unavailable_and_its_message_says_how_to_proceed() {
        let (store, k) = mock_keyring();
        inject(
            &store,
            "prod",
            keyring_core::Error::NoStorageAccess("locked collection".into()),
        );
        let err = k.set("prod", &Secret::new("s3cret")).unwrap_err();
        assert!(matches!(err, StoreError::Unavailable(_)), "{err:?}");
        let msg = keyring_unavailable_message(&err);
        assert!(msg.contains("--insecure-storage"), "{msg}");
        assert!(msg.contains("A0_CREDENTIAL_STORE=file"), "{msg}");
        assert!(!msg.contains("s3cret"));
        // the failed call stored nothing
        assert!(k.get("prod").unwrap().is_none());
    }

    #[test]
    fn platform_failure_and_no_default_store_are_unavailable() {
        let (store, k) = mock_keyring();
        inject(
            &store,
            "a",
            keyring_core::Error::PlatformFailure("no D-Bus session".into()),
        );
        assert!(matches!(k.get("a"), Err(StoreError::Unavailable(_))));
        let e: StoreError = keyring_core::Error::NoDefaultStore.into();
        assert!(matches!(e, StoreError::Unavailable(_)));
    }

    #[test]
    fn bad_encoding_error_never_shows_the_secret_bytes() {
        let e: StoreError = keyring_core::Error::BadEncoding(b"s3cret\xff".to_vec()).into();
        assert!(!format!("{e} {e:?}").contains("s3cret"));
    }

    /// A store whose every entry creation hangs far beyond the timeout.
    #[derive(Debug)]
    struct HangingStore;

    impl CredentialStoreApi for HangingStore {
        fn vendor(&self) -> String {
            "hanging".into()
        }
        fn id(&self) -> String {
            "hanging".into()
        }
        fn build(
            &self,
            _service: &str,
            _user: &str,
            _mods: Option<&std::collections::HashMap<&str, &str>>,
        ) -> keyring_core::Result<Entry> {
            std::thread::sleep(Duration::from_secs(60));
            Err(keyring_core::Error::NoEntry)
        }
        fn as_any(&self) -> &dyn std::any::Any {
            self
        }
    }

    #[test]
    fn a_hanging_keyring_times_out_instead_of_blocking() {
        let k = Keyring::new(Arc::new(HangingStore), Duration::from_millis(50));
        assert!(matches!(k.get("t"), Err(StoreError::Timeout(_))));
        assert!(matches!(
            k.set("t", &Secret::new("x")),
            Err(StoreError::Timeout(_))
        ));
        assert!(matches!(k.delete("t"), Err(StoreError::Timeout(_))));
    }

    #[test]
    fn requested_store_honours_flag_over_env() {
        assert_eq!(StoreKind::requested(true).unwrap(), StoreKind::File);
    }
}

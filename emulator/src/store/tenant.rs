//! The tenant itself: signing key, admin client and extra clients (the `meta` and `clients` tables).

use rand::Rng;
use rand::distr::Alphanumeric;
use rsa::RsaPrivateKey;
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey, LineEnding};
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::{OpenOptions, Result, StoreError};
use crate::config::ClientConfig;

/// `meta` key of the PKCS#8 PEM RS256 signing key.
const SIGNING_KEY: &str = "signing_key";

/// A machine-to-machine client that may ask `/oauth/token` for tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Client {
    pub client_id: String,
    pub client_secret: String,
    pub name: String,
    pub scopes: Vec<String>,
    pub is_admin: bool,
}

/// Generates a fresh 2048-bit RS256 signing key as PKCS#8 PEM.
pub fn generate_signing_key_pem() -> Result<String> {
    let mut rng = rsa::rand_core::OsRng;
    let key = RsaPrivateKey::new(&mut rng, 2048)
        .map_err(|e| StoreError::Other(format!("cannot generate the signing key: {e}")))?;
    let pem = key
        .to_pkcs8_pem(LineEnding::LF)
        .map_err(|e| StoreError::Other(format!("cannot encode the signing key: {e}")))?;
    Ok(pem.to_string())
}

fn random_alnum(n: usize) -> String {
    rand::rng()
        .sample_iter(&Alphanumeric)
        .take(n)
        .map(char::from)
        .collect()
}

/// 64 URL-safe characters (the shape of an Auth0 client secret).
fn random_secret() -> String {
    const SET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut rng = rand::rng();
    (0..64)
        .map(|_| SET[rng.random_range(0..SET.len())] as char)
        .collect()
}

/// First open creates the RS256 signing key and the admin client; later opens apply `opts` overrides.
pub fn bootstrap(tx: &Transaction<'_>, opts: &OpenOptions) -> Result<()> {
    let has_key: Option<String> = tx
        .query_row(
            "SELECT value FROM meta WHERE key = ?1",
            [SIGNING_KEY],
            |r| r.get(0),
        )
        .optional()?;
    if has_key.is_none() {
        let pem = match &opts.signing_key_pem {
            Some(pem) => {
                // Refuse a key we could not sign with, rather than fail on the first token.
                RsaPrivateKey::from_pkcs8_pem(pem)
                    .map_err(|e| StoreError::Other(format!("bad signing key: {e}")))?;
                pem.clone()
            }
            None => generate_signing_key_pem()?,
        };
        tx.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)",
            params![SIGNING_KEY, pem],
        )?;
    }

    let scopes = crate::ALL_SCOPES.join(" ");
    let existing = admin_row(tx)?;
    match existing {
        None => {
            let id = opts
                .admin_client_id
                .clone()
                .unwrap_or_else(|| random_alnum(32));
            let secret = opts
                .admin_client_secret
                .clone()
                .unwrap_or_else(random_secret);
            // A config client may already use this id; the admin wins.
            tx.execute("DELETE FROM clients WHERE client_id = ?1", [&id])?;
            tx.execute(
                "INSERT INTO clients (client_id, client_secret, name, scopes, is_admin)
                 VALUES (?1, ?2, 'a0 emulator admin', ?3, 1)",
                params![id, secret, scopes],
            )?;
        }
        Some(admin) => {
            let id = opts
                .admin_client_id
                .clone()
                .unwrap_or(admin.client_id.clone());
            let secret = opts
                .admin_client_secret
                .clone()
                .unwrap_or(admin.client_secret.clone());
            if id != admin.client_id {
                tx.execute("DELETE FROM clients WHERE client_id = ?1", [&id])?;
            }
            tx.execute(
                "UPDATE clients SET client_id = ?1, client_secret = ?2, scopes = ?3 WHERE is_admin = 1",
                params![id, secret, scopes],
            )?;
        }
    }
    Ok(())
}

fn row_to_client(r: &rusqlite::Row<'_>) -> rusqlite::Result<Client> {
    let scopes: String = r.get(3)?;
    Ok(Client {
        client_id: r.get(0)?,
        client_secret: r.get(1)?,
        name: r.get(2)?,
        scopes: scopes.split_whitespace().map(str::to_owned).collect(),
        is_admin: r.get::<_, i64>(4)? != 0,
    })
}

const CLIENT_COLUMNS: &str = "client_id, client_secret, name, scopes, is_admin";

fn admin_row(conn: &Connection) -> Result<Option<Client>> {
    Ok(conn
        .query_row(
            &format!("SELECT {CLIENT_COLUMNS} FROM clients WHERE is_admin = 1 LIMIT 1"),
            [],
            row_to_client,
        )
        .optional()?)
}

/// The built-in admin client.
pub fn admin_client(conn: &Connection) -> Result<Client> {
    admin_row(conn)?.ok_or_else(|| StoreError::Other("the tenant has no admin client".into()))
}

/// A client by id.
pub fn find_client(conn: &Connection, client_id: &str) -> Result<Option<Client>> {
    Ok(conn
        .query_row(
            &format!("SELECT {CLIENT_COLUMNS} FROM clients WHERE client_id = ?1"),
            [client_id],
            row_to_client,
        )
        .optional()?)
}

/// Creates or replaces a client from the config file. The admin client's id cannot be taken over.
pub fn upsert_client(conn: &Connection, c: &ClientConfig) -> Result<()> {
    if let Some(admin) = admin_row(conn)?
        && admin.client_id == c.id
    {
        return Err(StoreError::Other(format!(
            "config client {:?} has the admin client's id",
            c.id
        )));
    }
    conn.execute(
        "INSERT INTO clients (client_id, client_secret, name, scopes, is_admin)
         VALUES (?1, ?2, ?1, ?3, 0)
         ON CONFLICT(client_id) DO UPDATE SET client_secret = excluded.client_secret,
             scopes = excluded.scopes",
        params![c.id, c.secret, c.scopes.join(" ")],
    )?;
    Ok(())
}

/// The tenant's RS256 signing key (PKCS#8 PEM).
pub fn signing_key_pem(conn: &Connection) -> Result<String> {
    conn.query_row(
        "SELECT value FROM meta WHERE key = ?1",
        [SIGNING_KEY],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| StoreError::Other("the tenant has no signing key".into()))
}

impl super::Store {
    /// A client by id.
    pub fn client(&self, client_id: &str) -> Result<Option<Client>> {
        self.with(|c| find_client(c, client_id))
    }

    /// The built-in admin client.
    pub fn admin_client(&self) -> Result<Client> {
        self.with(|c| admin_client(c))
    }

    /// The tenant's RS256 signing key (PKCS#8 PEM).
    pub fn signing_key_pem(&self) -> Result<String> {
        self.with(|c| signing_key_pem(c))
    }

    /// Creates or replaces the config file's clients, all or none.
    pub fn upsert_clients(&self, clients: &[ClientConfig]) -> Result<()> {
        self.transaction(|tx| {
            for c in clients {
                upsert_client(tx, c)?;
            }
            Ok(())
        })
    }
}

//! Schema migrations. Each entry runs once, in order, inside a transaction; `PRAGMA user_version` records how
//! many have run. Never edit a shipped migration: append a new one.

pub const MIGRATIONS: &[&str] = &[
    // 1: tenant, clients, connections, users.
    r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE clients (
    client_id     TEXT PRIMARY KEY,
    client_secret TEXT NOT NULL,
    name          TEXT NOT NULL,
    scopes        TEXT NOT NULL,            -- space separated
    is_admin      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE connections (
    id       TEXT PRIMARY KEY,              -- con_ + 16 alphanumerics
    name     TEXT NOT NULL UNIQUE,
    strategy TEXT NOT NULL,
    doc      TEXT NOT NULL                  -- the connection object exactly as GET /connections/{id} returns it
);

-- `doc` is the user exactly as the Management API returns it (never a password). The generated columns exist
-- for indexes, uniqueness and the query compiler; they are never written directly.
CREATE TABLE users (
    user_id        TEXT PRIMARY KEY,        -- e.g. auth0|63d17c4a9d503d76c056c160
    connection     TEXT NOT NULL,           -- connection name of the primary identity
    password_hash  TEXT,                    -- bcrypt (or imported custom hash as JSON)
    doc            TEXT NOT NULL,
    email_lc       TEXT GENERATED ALWAYS AS (lower(json_extract(doc, '$.email'))) VIRTUAL,
    username_lc    TEXT GENERATED ALWAYS AS (lower(json_extract(doc, '$.username'))) VIRTUAL,
    name_lc        TEXT GENERATED ALWAYS AS (lower(json_extract(doc, '$.name'))) VIRTUAL,
    nickname_lc    TEXT GENERATED ALWAYS AS (lower(json_extract(doc, '$.nickname'))) VIRTUAL,
    given_name_lc  TEXT GENERATED ALWAYS AS (lower(json_extract(doc, '$.given_name'))) VIRTUAL,
    family_name_lc TEXT GENERATED ALWAYS AS (lower(json_extract(doc, '$.family_name'))) VIRTUAL,
    created_at     TEXT GENERATED ALWAYS AS (json_extract(doc, '$.created_at')) VIRTUAL
);
CREATE UNIQUE INDEX users_connection_email ON users(connection, email_lc) WHERE email_lc IS NOT NULL;
CREATE UNIQUE INDEX users_connection_username ON users(connection, username_lc) WHERE username_lc IS NOT NULL;
CREATE INDEX users_email ON users(email_lc);
CREATE INDEX users_name ON users(name_lc);
CREATE INDEX users_created_at ON users(created_at);
"#,
    // 2: bulk jobs (imports, exports, verification emails), the users of pending imports, per-user errors.
    r#"
CREATE TABLE jobs (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,  -- processing order
    id             TEXT NOT NULL UNIQUE,               -- job_ + 16 alphanumerics
    type           TEXT NOT NULL,                      -- users_import | users_export | verification_email
    status         TEXT NOT NULL,                      -- pending | processing | completed | failed
    created_at     TEXT NOT NULL,
    created_unix   INTEGER NOT NULL,
    started_unix   INTEGER,
    connection_id  TEXT,
    connection     TEXT,
    params         TEXT NOT NULL,                      -- JSON: the request's options
    total          INTEGER NOT NULL DEFAULT 0,
    processed      INTEGER NOT NULL DEFAULT 0,
    inserted       INTEGER NOT NULL DEFAULT 0,
    updated        INTEGER NOT NULL DEFAULT 0,
    failed         INTEGER NOT NULL DEFAULT 0,
    status_details TEXT,
    file_path      TEXT,                               -- export: the gzip file on disk
    file_name      TEXT                                -- export: its download name
);
CREATE INDEX jobs_status ON jobs(status, seq);

-- The users of an import until the job is done; `pre_errors` holds the file-level verdict (schema, duplicates).
CREATE TABLE job_import_users (
    job_id     TEXT NOT NULL,
    idx        INTEGER NOT NULL,
    user       TEXT NOT NULL,
    pre_errors TEXT,
    PRIMARY KEY (job_id, idx)
) WITHOUT ROWID;

-- What GET /jobs/{id}/errors lists: the user as submitted (hashes redacted) and its errors.
CREATE TABLE job_errors (
    job_id TEXT NOT NULL,
    idx    INTEGER NOT NULL,
    user   TEXT NOT NULL,
    errors TEXT NOT NULL,
    PRIMARY KEY (job_id, idx)
) WITHOUT ROWID;
"#,
    // 3: RBAC: APIs (resource servers), roles, their permissions and members, users' direct permissions, and the
    // APIs the config file grants to clients. Every assignment dies with the user, role or API it points at.
    r#"
CREATE TABLE resource_servers (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,  -- list order
    id         TEXT NOT NULL UNIQUE,               -- 24 hex digits
    identifier TEXT NOT NULL UNIQUE,               -- the audience
    doc        TEXT NOT NULL                       -- the API exactly as GET /resource-servers/{id} returns it
);

CREATE TABLE roles (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,              -- rol_ + 16 alphanumerics
    name        TEXT NOT NULL,
    description TEXT
);
CREATE UNIQUE INDEX roles_name ON roles(lower(name));

CREATE TABLE role_permissions (
    role_id    TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
    rs_id      TEXT NOT NULL REFERENCES resource_servers(id) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (role_id, rs_id, permission)
);
CREATE INDEX role_permissions_rs ON role_permissions(rs_id);

CREATE TABLE user_roles (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT, -- assignment order (checkpoint paging of role members)
    user_id     TEXT NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    role_id     TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
    assigned_at TEXT NOT NULL,
    UNIQUE (user_id, role_id)
);
CREATE INDEX user_roles_role ON user_roles(role_id, seq);

CREATE TABLE user_permissions (
    user_id    TEXT NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    rs_id      TEXT NOT NULL REFERENCES resource_servers(id) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (user_id, rs_id, permission)
);
CREATE INDEX user_permissions_rs ON user_permissions(rs_id);

-- APIs granted to config clients (client credentials): replaced from the config file on every start.
CREATE TABLE client_grants (
    client_id TEXT NOT NULL,
    audience  TEXT NOT NULL,
    scopes    TEXT NOT NULL,                       -- space separated
    PRIMARY KEY (client_id, audience)
);
"#,
    // 4: brute-force protection: consecutive failed password logins per user and IP, and the blocks they trip.
    r#"
CREATE TABLE login_failures (
    user_id    TEXT NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    ip         TEXT NOT NULL,
    identifier TEXT NOT NULL,                     -- the email or username the attempts used
    connection TEXT NOT NULL,
    failures   INTEGER NOT NULL,
    blocked_at TEXT,                              -- set once failures reach the threshold
    PRIMARY KEY (user_id, ip)
);
CREATE INDEX login_failures_identifier ON login_failures(lower(identifier));
"#,
    // 5: account-support tickets (password change, email verification) and the outbox of emails the tenant
    // would have sent.
    r#"
CREATE TABLE tickets (
    ticket      TEXT PRIMARY KEY,                 -- 32 alphanumerics, the `ticket` of the URL
    kind        TEXT NOT NULL,                    -- password_change | email_verification
    user_id     TEXT NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    expires_at  INTEGER NOT NULL,                 -- unix seconds
    result_url  TEXT,
    mark_email_verified INTEGER NOT NULL DEFAULT 0,
    used_at     TEXT
);

CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL,                     -- verification_email | password_changed | import_completed
    to_addr    TEXT NOT NULL,
    user_id    TEXT,
    subject    TEXT NOT NULL,
    link       TEXT,
    created_at TEXT NOT NULL
);
"#,
    // 6: MFA: a user's enrolled authentication methods (from imports' `mfa_factors`), and when their
    // remembered browsers were last invalidated.
    r#"
CREATE TABLE authentication_methods (
    id         TEXT PRIMARY KEY,                  -- <type>|dev_<16 alphanumerics>
    user_id    TEXT NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    doc        TEXT NOT NULL,                     -- the method as GET …/authentication-methods lists it
    created_at TEXT NOT NULL
);
CREATE INDEX authentication_methods_user ON authentication_methods(user_id, created_at);
"#,
    // 7: refresh tokens of users (password grant with offline_access for an API that allows it); only a hash of
    // each token is kept.
    r#"
CREATE TABLE refresh_tokens (
    id         TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,              -- sha256 hex of the token
    user_id    TEXT NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    client_id  TEXT NOT NULL,
    audience   TEXT NOT NULL,
    scope      TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX refresh_tokens_user ON refresh_tokens(user_id, created_at);
"#,
];

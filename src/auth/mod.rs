//! Tenants, credential stores and the token cache. Decides which tenant a command talks to and with what
//! credentials; never does HTTP itself.

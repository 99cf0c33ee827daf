//! The tenant's RS256 key; issuing and verifying JWTs (verified tokens are cached).

/// Issues and verifies this tenant's tokens.
pub struct TokenService {}

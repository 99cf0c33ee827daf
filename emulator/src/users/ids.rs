//! User ids.

/// `auth0|` + 24 hex digits whose first 8 are the creation time in Unix seconds (an ObjectId look-alike).
pub fn new_object_id(unix_secs: i64) -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    let tail: u64 = rng.random();
    format!("{:08x}{:016x}", unix_secs as u32, tail)
}

//! User ids.

/// 24 hex digits whose first 8 are the creation time in Unix seconds (an ObjectId look-alike); a user id is
/// `<provider>|` followed by it.
pub fn new_object_id(unix_secs: i64) -> String {
    use rand::Rng;
    let tail: u64 = rand::rng().random();
    format!("{:08x}{:016x}", unix_secs.max(0) as u32, tail)
}

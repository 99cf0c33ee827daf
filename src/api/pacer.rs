//! Client-side pacing from the tenant's rate-limit headers, so that many requests in flight rarely meet a 429.
//!
//! Auth0 meters the Management API with a token bucket and states it on every answer: `x-ratelimit-limit` (the
//! bucket's size), `x-ratelimit-remaining` and `x-ratelimit-reset` (when it is full again). The pacer keeps a
//! bucket of its own: it starts from the first answer's `remaining`, refills at `limit` per second (Auth0's
//! Management API limits are per second), never believes it has more than the server last said less the
//! requests still in flight (which the server may not have counted yet), and on a 429
//! empties itself and slows down by a quarter (then creeps back up), in case the tenant refills slower than
//! its limit suggests. Before the first answer it lets requests through.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use reqwest::header::HeaderMap;

/// Paces below the stated rate by this factor: a small margin against clock skew between the buckets.
const MARGIN: f64 = 0.995;

#[derive(Debug, Default)]
pub struct Pacer {
    state: Mutex<Option<Bucket>>,
    waiting: AtomicBool,
    /// Requests sent and not answered yet: the server may not have counted them in the `remaining` it states.
    in_flight: AtomicU64,
}

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    capacity: f64,
    /// Tokens per second.
    rate: f64,
    /// The stated limit (the most `rate` creeps back up to).
    limit: f64,
    last: Instant,
}

impl Bucket {
    fn refill(&mut self, now: Instant) {
        let dt = now.duration_since(self.last).as_secs_f64();
        self.last = now;
        self.tokens = (self.tokens + dt * self.rate).min(self.capacity);
    }
}

fn header(headers: &HeaderMap, name: &str) -> Option<f64> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<f64>().ok())
}

impl Pacer {
    /// Waits until a request may be sent, and takes its token.
    pub async fn acquire(&self) {
        loop {
            let wait = {
                let Ok(mut state) = self.state.lock() else {
                    self.in_flight.fetch_add(1, Ordering::Relaxed);
                    return;
                };
                let Some(b) = state.as_mut() else {
                    self.in_flight.fetch_add(1, Ordering::Relaxed);
                    return;
                };
                b.refill(Instant::now());
                if b.tokens >= 1.0 {
                    b.tokens -= 1.0;
                    None
                } else {
                    Some(Duration::from_secs_f64((1.0 - b.tokens) / b.rate))
                }
            };
            match wait {
                None => {
                    self.waiting.store(false, Ordering::Relaxed);
                    self.in_flight.fetch_add(1, Ordering::Relaxed);
                    return;
                }
                Some(d) => {
                    self.waiting.store(true, Ordering::Relaxed);
                    tokio::time::sleep(d.max(Duration::from_millis(1))).await;
                }
            }
        }
    }

    /// A request that [`Pacer::acquire`] let through got no answer (a connection error).
    pub fn abandon(&self) {
        let _ = self
            .in_flight
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_sub(1));
    }

    /// Learns from one answer's headers (and whether it was a 429).
    pub fn observe(&self, headers: &HeaderMap, rate_limited: bool) {
        self.abandon();
        // The others in flight may not be counted in `remaining` yet: assume they are not.
        let in_flight = self.in_flight.load(Ordering::Relaxed) as f64;
        let (Some(limit), Some(remaining)) = (
            header(headers, "x-ratelimit-limit"),
            header(headers, "x-ratelimit-remaining"),
        ) else {
            return;
        };
        if limit < 1.0 {
            return;
        }
        let Ok(mut state) = self.state.lock() else {
            return;
        };
        let now = Instant::now();
        let b = state.get_or_insert_with(|| Bucket {
            tokens: remaining - in_flight,
            capacity: limit,
            rate: limit * MARGIN,
            limit: limit * MARGIN,
            last: now,
        });
        b.refill(now);
        b.capacity = limit;
        b.limit = limit * MARGIN;
        b.tokens = b.tokens.min(remaining - in_flight);
        if rate_limited {
            b.tokens = b.tokens.min(0.0);
            b.rate = (b.rate * 0.75).max(1.0);
        } else {
            b.rate = (b.rate + 0.01 * b.limit).min(b.limit);
        }
    }

    /// Whether a request is waiting for the bucket to refill right now (for progress displays).
    pub fn is_waiting(&self) -> bool {
        self.waiting.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(limit: u32, remaining: u32) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("x-ratelimit-limit", limit.into());
        h.insert("x-ratelimit-remaining", remaining.into());
        h
    }

    #[test]
    fn an_empty_bucket_refills_at_the_stated_rate_less_what_is_in_flight() {
        let p = Pacer::default();
        // two requests let through before any answer, then the first answer: 10 left, the other still in flight
        p.in_flight.store(2, Ordering::Relaxed);
        p.observe(&headers(100, 10), false);
        let mut state = p.state.lock().unwrap();
        let b = state.as_mut().unwrap();
        assert_eq!(
            b.tokens, 9.0,
            "the request still in flight is not counted by the server yet"
        );
        b.tokens = 0.0;
        let later = b.last + Duration::from_millis(100);
        b.refill(later);
        // 100 ms at the stated 100/s less the margin
        assert!((b.tokens - 10.0 * MARGIN).abs() < 1e-6, "{}", b.tokens);
        b.refill(later + Duration::from_secs(10));
        assert_eq!(b.tokens, 100.0, "never more than the bucket holds");
    }

    #[test]
    fn a_429_empties_the_bucket_and_slows_down() {
        let p = Pacer::default();
        p.observe(&headers(50, 40), false);
        p.observe(&headers(50, 40), true);
        let state = p.state.lock().unwrap();
        let b = state.as_ref().unwrap();
        assert!(b.tokens <= 0.0);
        assert!(b.rate < 50.0 * MARGIN * 0.8);
    }
}

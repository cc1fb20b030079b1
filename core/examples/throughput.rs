//! Native conversion throughput, for `bench/REPORT.md` (run by `scripts/bench`).
//!
//! The same work as the JavaScript peers in `bench/peers/`: the first 1,000
//! sessions of "Thursday 10:00 America/Los_Angeles every 2 weeks from
//! 2026-01-08" (`Schedule::upcoming`), each converted to 10 zones
//! (`zone::to_local` over `zone::Bundled`): 10,000 conversions per round.
//! Prints one JSON line: conversions per second (median of the rounds) and a
//! checksum (sum of the local wall times in minutes since the epoch) that the
//! JavaScript peers must reproduce.
//!
//! ```text
//! cargo run --release --example throughput -p otel-feedback-core [-- ROUNDS]
//! ```

use std::hint::black_box;
use std::time::Instant;

use chrono::{TimeZone, Utc};
use otel_feedback_core::schedule::Schedule;
use otel_feedback_core::zone::{to_local, Bundled, ZoneSource};

#[path = "../benches/common/mod.rs"]
mod common;
use common::ZONES;

const SESSIONS: usize = 1_000;

fn round(schedule: &Schedule) -> i64 {
    let from = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    let sessions = schedule
        .upcoming(from, SESSIONS, &Bundled)
        .expect("the default schedule is valid");
    let mut sum = 0i64;
    for name in ZONES {
        let zone = Bundled.resolve(name).expect("a known zone");
        for s in &sessions {
            let local = to_local(&*zone, s.start);
            sum += local.naive_local().and_utc().timestamp() / 60;
        }
    }
    sum
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    let schedule = Schedule::default();
    let checksum = round(&schedule);
    // Warm up, then time each round separately.
    for _ in 0..rounds / 10 {
        black_box(round(black_box(&schedule)));
    }
    let mut times: Vec<f64> = (0..rounds)
        .map(|_| {
            let t = Instant::now();
            black_box(round(black_box(&schedule)));
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    let conversions = (SESSIONS * ZONES.len()) as f64;
    println!(
        "{{\"impl\":\"core (Rust, native)\",\"conversions\":{},\"rounds\":{},\"median_round_ms\":{:.4},\"conversions_per_sec\":{:.0},\"checksum\":{}}}",
        conversions,
        rounds,
        median * 1e3,
        conversions / median,
        checksum
    );
}

//! Shared by the benchmarks and `examples/throughput.rs` (`#[path]`): the
//! visitor zones of the conversion benchmarks and criterion's settings.
#![allow(dead_code)] // each includer uses part of it

use std::time::Duration;

use criterion::Criterion;

/// The 10 visitor zones (`bench/lib.mjs` has the same list for the
/// JavaScript peers).
pub const ZONES: [&str; 10] = [
    "America/Los_Angeles",
    "America/New_York",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Kyiv",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Tokyo",
    "Australia/Sydney",
];

/// Short runs (20 samples, 2 s each) so the whole report takes a few minutes.
pub fn criterion() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
}

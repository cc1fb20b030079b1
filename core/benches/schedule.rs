//! Schedule and conversion benchmarks (criterion), summarised in
//! `bench/REPORT.md` by `scripts/bench`.
//!
//! - `schedule/occurrences+conversion 10k`: the first 1,000 sessions of the
//!   default schedule, each converted to 10 zones (10,000 conversions);
//! - `schedule/upcoming 6`: what the widget does per render;
//! - `schedule/to_local 1`: one conversion through chrono-tz.
//!
//! Short runs (20 samples, 2 s) so the whole report takes a few minutes.

use std::hint::black_box;

use chrono::{DateTime, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use otel_feedback_core::schedule::Schedule;
use otel_feedback_core::zone::{to_local, Bundled, ZoneSource};

mod common;
use common::ZONES;

fn from() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap()
}

fn occurrences_and_conversion(schedule: &Schedule) -> i64 {
    let sessions = schedule.upcoming(from(), 1_000, &Bundled).unwrap();
    let mut sum = 0i64;
    for name in ZONES {
        let zone = Bundled.resolve(name).unwrap();
        for s in &sessions {
            sum += to_local(&*zone, s.start)
                .naive_local()
                .and_utc()
                .timestamp()
                / 60;
        }
    }
    sum
}

fn benches(c: &mut Criterion) {
    let schedule = Schedule::default();
    // The JavaScript peers in bench/peers/ produce the same checksum.
    assert_eq!(occurrences_and_conversion(&schedule), 395_349_258_360);

    let mut group = c.benchmark_group("schedule");
    group.throughput(Throughput::Elements(10_000));
    group.bench_function("occurrences+conversion 10k", |b| {
        b.iter(|| occurrences_and_conversion(black_box(&schedule)))
    });
    group.throughput(Throughput::Elements(6));
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap();
    group.bench_function("upcoming 6", |b| {
        b.iter(|| schedule.upcoming(black_box(now), 6, &Bundled).unwrap())
    });
    group.throughput(Throughput::Elements(1));
    let tokyo = Bundled.resolve("Asia/Tokyo").unwrap();
    group.bench_function("to_local 1", |b| {
        b.iter(|| to_local(&*tokyo, black_box(now)))
    });
    group.finish();
}

criterion_group! {
    name = schedule;
    config = common::criterion();
    targets = benches
}
criterion_main!(schedule);

//! Request validation and composition benchmarks (criterion), summarised in
//! `bench/REPORT.md` by `scripts/bench`.
//!
//! - `request/parse+validate`: a full request from JSON (every field, three
//!   preferred sessions) read and checked against the default configuration;
//! - `request/validate`: the check alone;
//! - `compose/*`: each output from the validated request: the Slack message,
//!   the `mailto:` URL, one `.ics` event, the whole series as `.ics`, the
//!   Google Calendar link and the Slack links.

use std::hint::black_box;

use chrono::{DateTime, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use otel_feedback_core::compose::{gcal, ics, mailto, slack};
use otel_feedback_core::config::Config;
use otel_feedback_core::i18n::Lang;
use otel_feedback_core::request::{validate, FeedbackRequest};
use otel_feedback_core::zone::Bundled;

mod common;

const REQUEST: &str = r#"{
  "organization": "Example Corp",
  "name": "Jane Doe",
  "email": "jane@example.com",
  "slack": "@jane",
  "role": "SRE lead",
  "topics": ["special-use-cases", "implementation", "adoption"],
  "details": "We run the Collector on 3 Kubernetes clusters.\nMost services are in Go, a few in Java.",
  "slots": ["2026-11-26T18:00:00Z", "2026-12-10T18:00:00Z", "2026-12-24T18:00:00Z"],
  "alternative_time": "Any Tuesday morning, Tokyo time",
  "delete_recording": true,
  "anonymize_post": false,
  "lang": "en",
  "tz": "Asia/Tokyo"
}"#;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap()
}

fn benches(c: &mut Criterion) {
    let config = Config::default();
    let request = FeedbackRequest::from_json(REQUEST, Lang::En).unwrap();
    let valid = validate(&request, &config, now(), &Bundled).unwrap();
    assert_eq!(valid.slots.len(), 3);

    let mut group = c.benchmark_group("request");
    group.bench_function("parse+validate", |b| {
        b.iter(|| {
            let request = FeedbackRequest::from_json(black_box(REQUEST), Lang::En).unwrap();
            validate(&request, &config, now(), &Bundled).unwrap()
        })
    });
    group.bench_function("validate", |b| {
        b.iter(|| validate(black_box(&request), &config, now(), &Bundled).unwrap())
    });
    group.finish();

    let mut group = c.benchmark_group("compose");
    group.bench_function("slack message", |b| {
        b.iter(|| slack::message(black_box(&valid), &config, &Bundled))
    });
    group.bench_function("slack links", |b| {
        b.iter(|| slack::links(black_box(&config)))
    });
    group.bench_function("mailto", |b| {
        b.iter(|| mailto::mailto(black_box(&valid), &config, &Bundled))
    });
    group.bench_function("ics event", |b| {
        b.iter(|| ics::event(black_box(&valid), &config, &Bundled, now(), 0).unwrap())
    });
    group.bench_function("ics series", |b| {
        b.iter(|| ics::series(black_box(&config), &Bundled, now(), Lang::En).unwrap())
    });
    group.bench_function("gcal link", |b| {
        b.iter(|| gcal::link(black_box(&valid), &config, &Bundled, 0).unwrap())
    });
    group.finish();
}

criterion_group! {
    name = request;
    config = common::criterion();
    targets = benches
}
criterion_main!(request);

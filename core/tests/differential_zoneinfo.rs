//! Differential test: core over its bundled tz database against Python's
//! `zoneinfo` over the PyPI `tzdata` package of the same release
//! (`scripts/setup` installs it; `reference/zoneinfo_check.py` compares).
//!
//! Two implementations, one release of the data: a mismatch is a bug, and
//! the machine's own tzdata is read by neither side. Every zone is checked
//! over 60 sessions of the default schedule as the visitor's zone, and as
//! the source of weekly series at Thursday 10:00 and Sunday 02:30 (the hour
//! most zones change clocks: gaps and overlaps).

use std::process::Command;

use chrono::{DateTime, SecondsFormat, Utc};
use otel_feedback_core::config::Config;
use otel_feedback_core::schedule::{Schedule, Series};
use otel_feedback_core::zone::{to_local, Bundled, Tzdb, ZoneSource};
use serde_json::{json, Map, Value};

const SESSIONS: usize = 60;

fn after() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-22T00:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

fn weekly(zone: &str, weekday: &str, time: &str, anchor: &str) -> Value {
    let schedule = Schedule {
        series: vec![Series {
            weekday: weekday.into(),
            time: time.into(),
            zone: zone.into(),
            every_weeks: 1,
            anchor: anchor.into(),
            ..Series::default()
        }],
        ..Schedule::default()
    };
    let starts: Vec<i64> = schedule
        .upcoming(after(), SESSIONS, &Bundled)
        .unwrap()
        .iter()
        .map(|o| o.start.timestamp())
        .collect();
    json!({ "anchor": anchor, "time": time, "after": after().timestamp(), "starts": starts })
}

#[test]
fn every_zone_agrees_with_python_zoneinfo_on_the_same_release() {
    let sessions = Config::default()
        .schedule
        .upcoming(after(), SESSIONS, &Bundled)
        .unwrap();
    assert_eq!(sessions.len(), SESSIONS);
    let mut zones = Map::new();
    for name in Bundled::database().names() {
        let zone = Bundled.resolve(&name).unwrap();
        let target: Vec<Value> = sessions
            .iter()
            .map(|o| {
                let local = to_local(&*zone, o.start).to_rfc3339_opts(SecondsFormat::Secs, false);
                json!([o.start.timestamp(), local])
            })
            .collect();
        let source = vec![
            weekly(&name, "thu", "10:00", "2026-01-01"),
            weekly(&name, "sun", "02:30", "2026-01-04"),
        ];
        zones.insert(name, json!({ "target": target, "source": source }));
    }
    let count = zones.len();
    let data = json!({ "release": Tzdb::bundled_version(), "zones": zones });
    let path = std::env::temp_dir().join(format!(
        "otel-feedback-zoneinfo-{}.json",
        std::process::id()
    ));
    std::fs::write(&path, data.to_string()).unwrap();
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/reference/zoneinfo_check.py"
    );
    let out = Command::new("python3")
        .arg(script)
        .arg(&path)
        .env("PYTHONTZPATH", "")
        .output()
        .expect("python3 runs (scripts/setup installs the tzdata package it needs)");
    let _ = std::fs::remove_file(&path);
    let report = String::from_utf8_lossy(&out.stdout);
    println!("{report}{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        out.status.success(),
        "core and zoneinfo disagree:\n{report}"
    );
    assert!(count > 500, "only {count} zones compared");
}

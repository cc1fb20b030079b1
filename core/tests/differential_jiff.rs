//! Differential test: core's conversions against jiff's own, both over the
//! *same* data (jiff's bundled tz database), for every zone it knows.
//!
//! Core asks a zone only "what is the offset at this instant?" and derives
//! the rest itself (`zone::to_utc`'s RFC 5545 gap and overlap rule, the
//! schedule's dates). jiff converts civil times to instants its own way
//! ("compatible" disambiguation, which is RFC 5545's rule). Because both
//! read one copy of the data, a mismatch is a bug in core, never a tzdata
//! difference, and the test holds on any machine.
//!
//! Each zone is checked as the *target* of the default series (Thursday
//! 10:00 Los Angeles, two years) and as the *source* of weekly series at
//! Thursday 10:00, Sunday 02:30 and Sunday 00:30 (the times most zones
//! change clocks: gaps and overlaps), plus every transition's own hour.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use otel_feedback_core::schedule::{Schedule, Series};
use otel_feedback_core::zone::{to_utc, Bundled, ZoneSource};

const WEEKS: usize = 104;

fn after() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-01-01T00:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

fn series(weekday: &str, time: &str, zone: &str, anchor: &str) -> Schedule {
    Schedule {
        series: vec![Series {
            weekday: weekday.into(),
            time: time.into(),
            zone: zone.into(),
            every_weeks: 1,
            anchor: anchor.into(),
            ..Series::default()
        }],
        ..Schedule::default()
    }
}

fn civil(date: NaiveDate, h: i8, m: i8) -> jiff::civil::DateTime {
    jiff::civil::date(date.year() as i16, date.month() as i8, date.day() as i8).at(h, m, 0, 0)
}

/// Compares one zone; returns the first disagreement, if any, and the
/// number of conversions compared.
fn compare_zone(
    name: &str,
    jz: &jiff::tz::TimeZone,
    la_sessions: &[DateTime<Utc>],
) -> (Option<String>, usize) {
    let Some(cz) = Bundled.resolve(name) else {
        return (Some(format!("{name}: unknown to core")), 0);
    };
    let mut compared = 0;
    for start in la_sessions {
        let core = cz.offset_at(*start).local_minus_utc();
        let ts = jiff::Timestamp::from_second(start.timestamp()).unwrap();
        let jiff = jz.to_offset(ts).seconds();
        compared += 1;
        if core != jiff {
            return (
                Some(format!(
                    "{name}: offset at {start}: core {core}s, jiff {jiff}s"
                )),
                compared,
            );
        }
    }
    for (weekday, time, anchor) in [
        ("thu", "10:00", "2026-01-01"),
        ("sun", "02:30", "2026-01-04"),
        ("sun", "00:30", "2026-01-04"),
    ] {
        let got = series(weekday, time, name, anchor)
            .upcoming(after(), WEEKS, &Bundled)
            .unwrap();
        assert_eq!(got.len(), WEEKS, "{name}");
        let (h, m) = time.split_once(':').unwrap();
        let (h, m): (i8, i8) = (h.parse().unwrap(), m.parse().unwrap());
        // jiff's sessions: each week's date from the anchor on, at `time`,
        // from the first that is not before `after`.
        let anchor = NaiveDate::parse_from_str(anchor, "%Y-%m-%d").unwrap();
        let expected = (0..).map(|week| {
            let date = anchor + chrono::Duration::weeks(week);
            let at = jz
                .to_ambiguous_zoned_datetime(civil(date, h, m))
                .compatible()
                .unwrap()
                .timestamp()
                .as_second();
            (date, at)
        });
        let expected = expected.filter(|(_, at)| *at >= after().timestamp());
        for (o, (date, expected)) in got.iter().zip(expected) {
            compared += 1;
            if o.start.timestamp() != expected {
                return (
                    Some(format!(
                        "{name}: {weekday} {time} on {date}: core {} ({}h), jiff {}",
                        o.start,
                        o.source_local().time().hour(),
                        jiff::Timestamp::from_second(expected).unwrap()
                    )),
                    compared,
                );
            }
        }
    }
    // Every transition from 2020 to 2030: the wall times just before, at,
    // inside and after it (a gap's or an overlap's every awkward minute).
    let from = jiff::Timestamp::from_second(1_577_836_800).unwrap(); // 2020-01-01
    let until = jiff::Timestamp::from_second(1_893_456_000).unwrap(); // 2030-01-01
    for t in jz.following(from) {
        if t.timestamp() > until {
            break;
        }
        let before = t.timestamp() - jiff::SignedDuration::from_secs(1);
        let wall_before = jz.to_datetime(before);
        for delta_min in [-61i64, -30, -1, 0, 1, 15, 30, 59, 60, 61, 90, 120] {
            let dt = wall_before
                .checked_add(jiff::SignedDuration::from_mins(delta_min))
                .unwrap();
            let local =
                NaiveDate::from_ymd_opt(dt.year().into(), dt.month() as u32, dt.day() as u32)
                    .unwrap()
                    .and_hms_opt(dt.hour() as u32, dt.minute() as u32, dt.second() as u32)
                    .unwrap();
            let core = to_utc(&*cz, local).timestamp();
            let jiff = jz
                .to_ambiguous_zoned_datetime(dt)
                .compatible()
                .unwrap()
                .timestamp()
                .as_second();
            compared += 1;
            if core != jiff {
                return (
                    Some(format!(
                        "{name}: wall time {dt} near the transition at {}: core {core}, jiff {jiff}",
                        t.timestamp()
                    )),
                    compared,
                );
            }
        }
    }
    (None, compared)
}

#[test]
fn every_zone_converts_as_jiff_does_on_the_same_data() {
    let db = jiff::tz::TimeZoneDatabase::bundled();
    let la: Vec<_> = series("thu", "10:00", "America/Los_Angeles", "2026-01-01")
        .upcoming(after(), WEEKS, &Bundled)
        .unwrap()
        .into_iter()
        .map(|o| o.start)
        .collect();
    let mut mismatches = Vec::new();
    let mut zones = 0;
    let mut compared = 0;
    for name in Bundled::database().names() {
        let jz = db.get(&name).unwrap();
        zones += 1;
        let (diff, n) = compare_zone(&name, &jz, &la);
        compared += n;
        mismatches.extend(diff);
    }
    println!(
        "differential (jiff, tzdata {}): {zones} zones, {compared} conversions, {} mismatches",
        otel_feedback_core::zone::Tzdb::bundled_version(),
        mismatches.len()
    );
    assert!(
        mismatches.is_empty(),
        "core and jiff disagree:\n{}",
        mismatches.join("\n")
    );
    assert!(
        zones > 500,
        "the bundled database should know every IANA zone, found {zones}"
    );
}

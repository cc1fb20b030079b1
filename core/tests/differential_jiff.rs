//! Differential test: core's conversions, driven by chrono-tz, against jiff
//! with its own bundled tz database, for every zone chrono-tz knows.
//!
//! Each zone is checked three ways over two years of weekly occurrences:
//! as the *target* of the default series (Thursday 10:00 Los Angeles), and
//! as the *source* of series at Thursday 10:00, Sunday 02:30 and Sunday
//! 00:30 (the times when most zones change clocks, so gaps and overlaps are
//! hit). jiff's "compatible" disambiguation is RFC 5545's rule.

use chrono::{DateTime, Datelike, Timelike, Utc};
use otel_feedback_core::schedule::{Schedule, Series};
use otel_feedback_core::zone::{Tzdb, ZoneSource};

/// Zones where chrono-tz's and jiff's tzdata versions disagree in the
/// compared window. Each entry names the zone and why; the test fails if a
/// listed zone stops differing (keep the list honest) or an unlisted one
/// starts.
const KNOWN_TZDATA_DIFFERENCES: &[(&str, &str)] = &[];

const WEEKS: usize = 104;

fn after() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-22T00:00:00Z")
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

/// Compares one zone; returns the first disagreement, if any, and the
/// number of occurrences compared.
fn compare_zone(name: &str, la_sessions: &[DateTime<Utc>]) -> (Option<String>, usize) {
    let Ok(jz) = jiff::tz::TimeZone::get(name) else {
        return (Some(format!("{name}: unknown to jiff's bundled tzdb")), 0);
    };
    let cz = Tzdb.resolve(name).unwrap();
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
        let schedule = series(weekday, time, name, anchor);
        let got = schedule.upcoming(after(), WEEKS, &Tzdb).unwrap();
        assert_eq!(got.len(), WEEKS, "{name}");
        let (h, m) = time.split_once(':').unwrap();
        for o in &got {
            // The session's intended local date: the source-local date of the
            // start, except when a gap pushed it past midnight (not the case
            // for these times).
            let local = o.source_local();
            let date = local.date_naive();
            let civil = jiff::civil::date(date.year() as i16, date.month() as i8, date.day() as i8)
                .at(h.parse().unwrap(), m.parse().unwrap(), 0, 0);
            let expected = jz
                .to_ambiguous_zoned(civil)
                .compatible()
                .unwrap()
                .timestamp()
                .as_second();
            compared += 1;
            if o.start.timestamp() != expected {
                return (
                    Some(format!(
                        "{name}: {weekday} {time} on {date}: core {} ({}), jiff {}",
                        o.start,
                        local.time().hour(),
                        jiff::Timestamp::from_second(expected).unwrap()
                    )),
                    compared,
                );
            }
        }
    }
    (None, compared)
}

#[test]
fn every_chrono_tz_zone_agrees_with_jiff_over_two_years() {
    let la: Vec<_> = series("thu", "10:00", "America/Los_Angeles", "2026-01-01")
        .upcoming(after(), WEEKS, &Tzdb)
        .unwrap()
        .into_iter()
        .map(|o| o.start)
        .collect();
    let mut mismatches = Vec::new();
    let mut zones = 0;
    let mut compared = 0;
    for name in Tzdb::names() {
        zones += 1;
        let (diff, n) = compare_zone(name, &la);
        compared += n;
        if let Some(d) = diff {
            mismatches.push((name, d));
        }
    }
    println!(
        "differential: {zones} zones, {compared} occurrences compared, {} mismatches",
        mismatches.len()
    );
    for (_, d) in &mismatches {
        println!("  {d}");
    }
    let unexpected: Vec<_> = mismatches
        .iter()
        .filter(|(z, _)| !KNOWN_TZDATA_DIFFERENCES.iter().any(|(k, _)| k == z))
        .map(|(_, d)| d.as_str())
        .collect();
    assert!(
        unexpected.is_empty(),
        "core and jiff disagree:\n{}",
        unexpected.join("\n")
    );
    for (known, why) in KNOWN_TZDATA_DIFFERENCES {
        assert!(
            mismatches.iter().any(|(z, _)| z == known),
            "{known} is listed as differing ({why}) but now agrees: remove it"
        );
    }
    assert!(
        zones > 500,
        "chrono-tz should know every IANA zone, found {zones}"
    );
}

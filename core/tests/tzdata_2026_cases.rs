//! The 2026 tz database changes as a visitor meets them, pinned to the
//! bundled release (`Bundled`), so the answers hold on any machine. The
//! expected values were read from Python's `zoneinfo` over the PyPI
//! `tzdata` 2026.6 package (= 2026f), not from core.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use otel_feedback_core::config::Config;
use otel_feedback_core::zone::{to_local, to_utc, Bundled, Tzdb, ZoneSource};

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// The default schedule's session on Thursday 2026-11-26 (10:00 in Los
/// Angeles), as the visitor in `zone` sees it.
fn thanksgiving_session_in(zone: &str) -> String {
    let sessions = Config::default()
        .schedule
        .upcoming(utc("2026-11-20T00:00:00Z"), 1, &Bundled)
        .unwrap();
    assert_eq!(sessions[0].start, utc("2026-11-26T18:00:00Z"));
    let zone = Bundled.resolve(zone).unwrap();
    to_local(&*zone, sessions[0].start).to_rfc3339_opts(SecondsFormat::Secs, false)
}

#[test]
fn the_bundled_release_is_2026f_or_newer() {
    // The cases below are 2026f's; an older bundled copy would be stale.
    let v = Tzdb::bundled_version();
    assert!(v >= "2026f" && v.len() >= 5, "bundled tzdata is {v}");
}

#[test]
fn vancouver_stays_at_minus_seven_on_2026_11_26() {
    // British Columbia kept summer time all year from 2026 (tzdata 2026f):
    // 11:00 at −07:00, not 10:00 PST.
    assert_eq!(
        thanksgiving_session_in("America/Vancouver"),
        "2026-11-26T11:00:00-07:00"
    );
}

#[test]
fn alberta_and_manitoba_stay_on_summer_time_too() {
    assert_eq!(
        thanksgiving_session_in("America/Edmonton"),
        "2026-11-26T12:00:00-06:00"
    );
    assert_eq!(
        thanksgiving_session_in("America/Winnipeg"),
        "2026-11-26T13:00:00-05:00"
    );
}

#[test]
fn havana_stays_at_minus_four() {
    assert_eq!(
        thanksgiving_session_in("America/Havana"),
        "2026-11-26T14:00:00-04:00"
    );
}

#[test]
fn casablanca_is_at_utc_in_november_and_plus_one_in_june() {
    assert_eq!(
        thanksgiving_session_in("Africa/Casablanca"),
        "2026-11-26T18:00:00+00:00"
    );
    let casablanca = Bundled.resolve("Africa/Casablanca").unwrap();
    let june = to_local(&*casablanca, utc("2026-06-26T18:00:00Z"));
    assert_eq!(
        june.to_rfc3339_opts(SecondsFormat::Secs, false),
        "2026-06-26T19:00:00+01:00"
    );
}

#[test]
fn los_angeles_gap_on_2026_03_08_moves_02_30_to_03_30_pdt() {
    let la = Bundled.resolve("America/Los_Angeles").unwrap();
    let local = NaiveDate::from_ymd_opt(2026, 3, 8)
        .unwrap()
        .and_hms_opt(2, 30, 0)
        .unwrap();
    assert_eq!(to_utc(&*la, local), utc("2026-03-08T10:30:00Z"));
}

#[test]
fn los_angeles_overlap_on_2026_11_01_takes_the_first_01_30() {
    let la = Bundled.resolve("America/Los_Angeles").unwrap();
    let local = NaiveDate::from_ymd_opt(2026, 11, 1)
        .unwrap()
        .and_hms_opt(1, 30, 0)
        .unwrap();
    assert_eq!(to_utc(&*la, local), utc("2026-11-01T08:30:00Z"));
}

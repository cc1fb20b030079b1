//! Properties of occurrences and conversions, for any series in any of a
//! set of zones chosen for their awkward rules.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use otel_feedback_core::schedule::{Schedule, Series};
use otel_feedback_core::zone::{to_local, to_utc, Tzdb, ZoneSource};
use proptest::prelude::*;

const ZONES: &[&str] = &[
    "America/Los_Angeles",
    "America/New_York",
    "America/Sao_Paulo",
    "America/Santiago",
    "America/Havana",
    "America/Asuncion",
    "America/Mexico_City",
    "Europe/Berlin",
    "Europe/Kyiv",
    "Europe/London",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Pacific/Auckland",
    "Pacific/Chatham",
    "Pacific/Apia",
    "Africa/Casablanca",
    "UTC",
];

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn weekday(i: usize) -> Weekday {
    [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ][i]
}

prop_compose! {
    fn a_series()(zone in 0..ZONES.len(), day in 0usize..7, hour in 0u32..24, quarter in 0u32..4,
                  every in 1i64..5, anchor_days in 0i64..3650)
                 -> (Series, Weekday, NaiveTime) {
        let base = NaiveDate::from_ymd_opt(2020, 1, 6).unwrap(); // a Monday
        let anchor = base + Duration::days(anchor_days / 7 * 7 + day as i64);
        let time = NaiveTime::from_hms_opt(hour, quarter * 15, 0).unwrap();
        (Series {
            weekday: DAYS[day].into(),
            time: format!("{:02}:{:02}", hour, quarter * 15),
            zone: ZONES[zone].into(),
            every_weeks: every,
            anchor: anchor.to_string(),
            ..Series::default()
        }, weekday(day), time)
    }
}

fn schedule(s: &Series) -> Schedule {
    Schedule {
        series: vec![s.clone()],
        ..Schedule::default()
    }
}

fn instant(secs: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(secs, 0).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 400,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_occurrence_is_on_the_weekday_at_the_wall_time_or_moved_by_a_gap(
        (series, day, time) in a_series(), after in 1_577_836_800i64..1_893_456_000
    ) {
        let zone = Tzdb.resolve(&series.zone).unwrap();
        for o in schedule(&series).upcoming(instant(after), 8, &Tzdb).unwrap() {
            let local = o.source_local();
            prop_assert!(o.start >= instant(after));
            prop_assert_eq!(local.weekday(), day);
            if local.time() != time {
                // Only a gap may move it, forward by exactly the gap's length.
                let before = zone.offset_at(o.start - Duration::days(1)).local_minus_utc();
                let after_gap = zone.offset_at(o.start).local_minus_utc();
                let gap = i64::from(after_gap - before);
                prop_assert!(gap > 0, "moved without a gap: {local} vs {time}");
                prop_assert_eq!(local.time() - time, Duration::seconds(gap));
            }
        }
    }

    #[test]
    fn consecutive_occurrences_are_n_weeks_apart_in_source_dates(
        (series, _, _) in a_series(), after in 1_577_836_800i64..1_893_456_000
    ) {
        let got = schedule(&series).upcoming(instant(after), 8, &Tzdb).unwrap();
        prop_assert_eq!(got.len(), 8);
        for w in got.windows(2) {
            let (a, b) = (w[0].source_local().date_naive(), w[1].source_local().date_naive());
            prop_assert_eq!((b - a).num_days(), 7 * series.every_weeks);
        }
    }

    #[test]
    fn converting_to_any_zone_and_back_gives_the_same_instant(
        zone in 0..ZONES.len(), secs in 1_577_836_800i64..1_893_456_000
    ) {
        let zone = Tzdb.resolve(ZONES[zone]).unwrap();
        let t = instant(secs);
        let local = to_local(&*zone, t);
        prop_assert_eq!(local.with_timezone(&Utc), t);
        // From the bare wall time: the same instant, unless the wall time
        // happens twice (an overlap), when RFC 5545 takes the earlier one.
        let back = to_utc(&*zone, local.naive_local());
        if back != t {
            prop_assert!(back < t, "{} -> {back}", t);
            prop_assert_eq!(to_local(&*zone, back).naive_local(), local.naive_local());
        }
    }
}

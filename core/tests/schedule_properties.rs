//! Properties of occurrences and conversions, for any series in any of a
//! set of zones chosen for their awkward rules.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use otel_feedback_core::schedule::{Schedule, Series};
use otel_feedback_core::zone::{to_local, to_utc, Bundled, ZoneSource};
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
        let zone = Bundled.resolve(&series.zone).unwrap();
        for o in schedule(&series).upcoming(instant(after), 8, &Bundled).unwrap() {
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
        let got = schedule(&series).upcoming(instant(after), 8, &Bundled).unwrap();
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
        let zone = Bundled.resolve(ZONES[zone]).unwrap();
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

/// Each part of `full` (one series, then one extra at a time) on its own.
fn upcoming_by_parts(
    full: &Schedule,
    after: DateTime<Utc>,
    count: usize,
) -> Vec<otel_feedback_core::schedule::Occurrence> {
    let mut all = Vec::new();
    for (i, s) in full.series.iter().enumerate() {
        let part = Schedule {
            series: vec![s.clone()],
            cancelled: full.cancelled.clone(),
            extra: Vec::new(),
        };
        for mut o in part.upcoming(after, count, &Bundled).unwrap() {
            o.series = Some(i);
            all.push(o);
        }
    }
    for e in &full.extra {
        let part = Schedule {
            series: Vec::new(),
            cancelled: Vec::new(),
            extra: vec![e.clone()],
        };
        all.extend(part.upcoming(after, 1, &Bundled).unwrap());
    }
    all
}

prop_compose! {
    fn an_extra()(zone in 0..2usize, day in 0i64..21, hour in 9u32..11, label in 0u8..3)
                 -> otel_feedback_core::schedule::ExtraSession {
        let date = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap() + Duration::days(day);
        otel_feedback_core::schedule::ExtraSession {
            date: date.to_string(),
            time: format!("{hour:02}:00"),
            zone: ZONES[zone].into(),
            duration_minutes: 60,
            label: Some(format!("extra {label}")),
        }
    }
}

proptest! {
    /// `upcoming` merges the parts as a stable sort by (start, series
    /// before extras, series index) and keeps the first of equal starts.
    #[test]
    fn upcoming_merges_series_and_extras_like_a_stable_sort(
        series in prop::collection::vec(a_series(), 0..4),
        extra in prop::collection::vec(an_extra(), 0..6),
        same_time in any::<bool>(),
        count in 1usize..12,
    ) {
        let mut full = Schedule {
            series: series.into_iter().map(|(s, _, _)| s).collect(),
            cancelled: Vec::new(),
            extra,
        };
        if same_time {
            // Collisions: every series at 10:00 Los Angeles on Thursdays.
            for s in &mut full.series {
                s.zone = "America/Los_Angeles".into();
                s.weekday = "thu".into();
                s.time = "10:00".into();
                s.anchor = "2026-01-08".into();
            }
        }
        prop_assume!(!full.series.is_empty() || !full.extra.is_empty());
        let after = instant(1_793_000_000); // 2026-10-26
        let mut want = upcoming_by_parts(&full, after, count);
        want.sort_by_key(|o| (o.start, o.series.is_none(), o.series));
        want.dedup_by_key(|o| o.start);
        want.truncate(count);
        prop_assert_eq!(full.upcoming(after, count, &Bundled).unwrap(), want);
    }
}

#[test]
fn of_two_extras_at_one_instant_the_first_listed_is_kept_after_a_series_session() {
    let extra = |label: &str| otel_feedback_core::schedule::ExtraSession {
        date: "2026-11-26".into(),
        time: "10:00".into(),
        label: Some(label.into()),
        ..Default::default()
    };
    let s = Schedule {
        extra: vec![extra("second"), extra("first"), {
            let mut e = extra("early");
            e.time = "09:00".into();
            e
        }],
        ..Schedule::default()
    };
    let got = s
        .upcoming(instant(1_795_000_000), 2, &Bundled) // 2026-11-18
        .unwrap();
    let labels: Vec<_> = got.iter().map(|o| o.label.as_deref().unwrap()).collect();
    // 09:00 extra; then 10:00: the series session wins over both extras.
    assert_eq!(labels, ["early", "End-User SIG"]);
    let extras_only = Schedule {
        series: Vec::new(),
        ..s
    };
    let got = extras_only
        .upcoming(instant(1_795_000_000), 3, &Bundled)
        .unwrap();
    let labels: Vec<_> = got.iter().map(|o| o.label.as_deref().unwrap()).collect();
    assert_eq!(labels, ["early", "second"]);
}

// schedule's date and time readers are hand-written (chrono's
// `parse_from_str` costs the wasm ~8 KB; docs/widget.md, size ledger):
// against chrono, on the strict shapes they accept (equal answers) and on
// any text (what they accept, chrono reads the same way).
proptest! {
    #[test]
    fn dates_are_read_as_chrono_reads_them(y in 0u32..10_000, m in 0u32..14, d in 0u32..33, noise in "[-0-9 +a:]{0,12}") {
        use otel_feedback_core::schedule::parse_date;
        let strict = format!("{y:04}-{m:02}-{d:02}");
        prop_assert_eq!(parse_date(&strict), NaiveDate::parse_from_str(&strict, "%Y-%m-%d").ok());
        if let Some(date) = parse_date(&noise) {
            prop_assert_eq!(NaiveDate::parse_from_str(noise.trim(), "%Y-%m-%d").ok(), Some(date));
        }
    }

    #[test]
    fn times_are_read_as_chrono_reads_them(h in 0u32..30, m in 0u32..70, noise in "[0-9 :+a]{0,7}") {
        use otel_feedback_core::schedule::parse_time;
        let strict = format!("{h:02}:{m:02}");
        prop_assert_eq!(parse_time(&strict), NaiveTime::parse_from_str(&strict, "%H:%M").ok());
        if let Some(time) = parse_time(&noise) {
            prop_assert_eq!(NaiveTime::parse_from_str(noise.trim(), "%H:%M").ok(), Some(time));
        }
    }
}

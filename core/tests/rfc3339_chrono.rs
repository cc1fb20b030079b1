//! core::rfc3339 against chrono, its reference: the reader against
//! `DateTime::parse_from_rfc3339`, the writers against
//! `to_rfc3339_opts(SecondsFormat::Secs, …)`.

use chrono::{DateTime, FixedOffset, SecondsFormat, TimeZone, Utc};
use otel_feedback_core::rfc3339;
use proptest::prelude::*;

/// chrono's answer, with a leap second (`:60`) read as `:59`, as core
/// documents (chrono keeps it as 1,000,000,000+ nanoseconds of `:59`).
fn chrono_reads(s: &str) -> Option<DateTime<Utc>> {
    let t = DateTime::parse_from_rfc3339(s).ok()?.with_timezone(&Utc);
    let nanos = t.timestamp_subsec_nanos() % 1_000_000_000;
    DateTime::from_timestamp(t.timestamp(), nanos)
}

fn text() -> impl Strategy<Value = String> {
    // Mostly well-formed instants with awkward parts, some noise.
    let year = prop_oneof![Just(0u32), Just(9999), 1900u32..2100];
    let sep = prop_oneof![Just('T'), Just('t'), Just(' '), Just('x')];
    let frac = prop_oneof![Just(String::new()), "\\.[0-9]{1,12}", Just(".".to_owned())];
    let offset = prop_oneof![
        Just("Z".to_owned()),
        Just("z".to_owned()),
        "[+-](0[0-9]|1[0-9]|2[0-5]):[0-6][0-9]",
        Just("+0530".to_owned()),
        Just(String::new()),
    ];
    (
        year,
        0u32..14,
        0u32..33,
        sep,
        0u32..25,
        0u32..61,
        0u32..62,
        frac,
        offset,
    )
        .prop_map(|(y, mo, d, sep, h, mi, s, frac, off)| {
            format!("{y:04}-{mo:02}-{d:02}{sep}{h:02}:{mi:02}:{s:02}{frac}{off}")
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn reading_matches_chrono(s in prop_oneof![text(), ".{0,30}"]) {
        prop_assert_eq!(rfc3339::parse(&s), chrono_reads(&s), "{:?}", s);
    }

    #[test]
    fn writing_matches_chrono(secs in -62_167_219_200i64..253_402_300_799, offset_min in -1439i32..1440) {
        let t = DateTime::from_timestamp(secs, 0).unwrap();
        prop_assert_eq!(rfc3339::utc(t), t.to_rfc3339_opts(SecondsFormat::Secs, true));
        let local = t.with_timezone(&FixedOffset::east_opt(offset_min * 60).unwrap());
        if (0..=9999).contains(&chrono::Datelike::year(&local)) {
            prop_assert_eq!(rfc3339::local(local), local.to_rfc3339_opts(SecondsFormat::Secs, false));
        }
    }
}

#[test]
fn a_leap_second_is_read_as_the_second_before() {
    let t = rfc3339::parse("2016-12-31T23:59:60Z").unwrap();
    assert_eq!(t, Utc.with_ymd_and_hms(2016, 12, 31, 23, 59, 59).unwrap());
}

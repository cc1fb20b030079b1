//! The real cases the schedule must get right, each pinned to exact times.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use otel_feedback_core::config::Config;
use otel_feedback_core::error::IssueKind;
use otel_feedback_core::schedule::{ExtraSession, Schedule, Series};
use otel_feedback_core::zone::{to_local, to_utc, Bundled, ZoneSource};

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// The sessions after `after` seen from `zone`, as RFC 3339 local strings.
fn local_starts(schedule: &Schedule, after: &str, n: usize, zone: &str) -> Vec<String> {
    let zone = Bundled.resolve(zone).unwrap();
    schedule
        .upcoming(utc(after), n, &Bundled)
        .unwrap()
        .iter()
        .map(|o| to_local(&*zone, o.start).to_rfc3339())
        .collect()
}

fn weekly(weekday: &str, time: &str, zone: &str, anchor: &str) -> Schedule {
    Schedule {
        series: vec![Series {
            weekday: weekday.into(),
            time: time.into(),
            zone: zone.into(),
            anchor: anchor.into(),
            every_weeks: 1,
            ..Series::default()
        }],
        ..Schedule::default()
    }
}

#[test]
fn default_is_alternating_thursdays_10am_los_angeles_for_an_hour() {
    let s = Schedule::default()
        .upcoming(utc("2026-11-22T00:00:00Z"), 3, &Bundled)
        .unwrap();
    let starts: Vec<_> = s.iter().map(|o| o.start.to_rfc3339()).collect();
    assert_eq!(
        starts,
        [
            "2026-11-26T18:00:00+00:00",
            "2026-12-10T18:00:00+00:00",
            "2026-12-24T18:00:00+00:00"
        ]
    );
    assert!(s
        .iter()
        .all(|o| o.end - o.start == chrono::Duration::minutes(60)));
    assert_eq!(
        s[0].source_local().to_rfc3339(),
        "2026-11-26T10:00:00-08:00"
    );
}

#[test]
fn march_week_when_the_us_has_changed_clocks_and_europe_has_not_berlin_is_18_00() {
    // US DST starts Sun 2027-03-14, the EU's on Sun 2027-03-28.
    let s = weekly("thu", "10:00", "America/Los_Angeles", "2027-01-07");
    assert_eq!(
        local_starts(&s, "2027-03-10T00:00:00Z", 3, "Europe/Berlin"),
        [
            "2027-03-11T19:00:00+01:00",
            "2027-03-18T18:00:00+01:00",
            "2027-03-25T18:00:00+01:00"
        ]
    );
    assert_eq!(
        local_starts(&s, "2027-03-29T00:00:00Z", 1, "Europe/Berlin"),
        ["2027-04-01T19:00:00+02:00"]
    );
}

#[test]
fn autumn_week_when_europe_has_changed_clocks_and_the_us_has_not_berlin_is_18_00() {
    // EU DST ends Sun 2026-10-25, the US's on Sun 2026-11-01.
    let s = weekly("thu", "10:00", "America/Los_Angeles", "2026-01-08");
    assert_eq!(
        local_starts(&s, "2026-10-21T00:00:00Z", 3, "Europe/Berlin"),
        [
            "2026-10-22T19:00:00+02:00",
            "2026-10-29T18:00:00+01:00",
            "2026-11-05T19:00:00+01:00"
        ]
    );
}

#[test]
fn kyiv_sees_20_00_in_winter_and_20_00_in_summer() {
    let s = weekly("thu", "10:00", "America/Los_Angeles", "2026-01-08");
    assert_eq!(
        local_starts(&s, "2026-11-22T00:00:00Z", 1, "Europe/Kyiv"),
        ["2026-11-26T20:00:00+02:00"]
    );
    assert_eq!(
        local_starts(&s, "2027-07-01T00:00:00Z", 1, "Europe/Kyiv"),
        ["2027-07-01T20:00:00+03:00"]
    );
}

#[test]
fn thursday_in_los_angeles_is_friday_in_tokyo_sydney_and_auckland() {
    let s = weekly("thu", "10:00", "America/Los_Angeles", "2026-01-08");
    let after = "2026-11-22T00:00:00Z";
    assert_eq!(
        local_starts(&s, after, 1, "Asia/Tokyo"),
        ["2026-11-27T03:00:00+09:00"]
    );
    assert_eq!(
        local_starts(&s, after, 1, "Australia/Sydney"),
        ["2026-11-27T05:00:00+11:00"]
    );
    assert_eq!(
        local_starts(&s, after, 1, "Pacific/Auckland"),
        ["2026-11-27T07:00:00+13:00"]
    );
}

#[test]
fn offsets_that_are_not_whole_hours_kolkata_kathmandu_chatham() {
    let s = weekly("thu", "10:00", "America/Los_Angeles", "2026-01-08");
    let after = "2026-11-22T00:00:00Z";
    assert_eq!(
        local_starts(&s, after, 1, "Asia/Kolkata"),
        ["2026-11-26T23:30:00+05:30"]
    );
    assert_eq!(
        local_starts(&s, after, 1, "Asia/Kathmandu"),
        ["2026-11-26T23:45:00+05:45"]
    );
    // Chatham: +13:45 in its summer (November), +12:45 in its winter (July).
    assert_eq!(
        local_starts(&s, after, 1, "Pacific/Chatham"),
        ["2026-11-27T07:45:00+13:45"]
    );
    assert_eq!(
        local_starts(&s, "2027-07-01T00:00:00Z", 1, "Pacific/Chatham"),
        ["2027-07-02T05:45:00+12:45"]
    );
}

#[test]
fn mexico_city_dropped_dst_in_2022_so_summer_2023_is_still_minus_6() {
    let s = weekly("thu", "10:00", "America/Los_Angeles", "2021-01-07");
    // 2021 summer: Mexico City still had DST (-05:00).
    assert_eq!(
        local_starts(&s, "2021-07-01T00:00:00Z", 1, "America/Mexico_City"),
        ["2021-07-01T12:00:00-05:00"]
    );
    // 2023 summer: no DST any more (-06:00), so 11:00.
    assert_eq!(
        local_starts(&s, "2023-07-01T00:00:00Z", 1, "America/Mexico_City"),
        ["2023-07-06T11:00:00-06:00"]
    );
}

#[test]
fn asuncion_stays_on_minus_3_all_year_since_october_2024() {
    let s = weekly("thu", "10:00", "America/Los_Angeles", "2026-01-08");
    // Paraguay adopted permanent -03:00 in October 2024: no winter -04:00.
    assert_eq!(
        local_starts(&s, "2027-07-01T00:00:00Z", 1, "America/Asuncion"),
        ["2027-07-01T14:00:00-03:00"]
    );
    assert_eq!(
        local_starts(&s, "2026-11-22T00:00:00Z", 1, "America/Asuncion"),
        ["2026-11-26T15:00:00-03:00"]
    );
}

#[test]
fn a_session_at_02_30_on_spring_forward_night_moves_to_03_30_pdt() {
    // Sun 2027-03-14: 02:00 PST jumps to 03:00 PDT; 02:30 does not exist.
    let s = weekly("sun", "02:30", "America/Los_Angeles", "2027-01-03");
    assert_eq!(
        local_starts(&s, "2027-03-13T00:00:00Z", 2, "America/Los_Angeles"),
        ["2027-03-14T03:30:00-07:00", "2027-03-21T02:30:00-07:00"]
    );
}

#[test]
fn a_session_at_01_30_on_fall_back_night_takes_the_first_01_30_pdt() {
    // Sun 2026-11-01: 01:30 happens at -07:00 and again at -08:00.
    let s = weekly("sun", "01:30", "America/Los_Angeles", "2026-01-04");
    let got = s
        .upcoming(utc("2026-10-31T00:00:00Z"), 1, &Bundled)
        .unwrap();
    assert_eq!(got[0].start, utc("2026-11-01T08:30:00Z"));
    assert_eq!(
        got[0].source_local().to_rfc3339(),
        "2026-11-01T01:30:00-07:00"
    );
}

#[test]
fn rfc5545_gap_rule_in_berlin_02_30_becomes_03_30_cest() {
    let berlin = Bundled.resolve("Europe/Berlin").unwrap();
    let local = NaiveDate::from_ymd_opt(2027, 3, 28)
        .unwrap()
        .and_hms_opt(2, 30, 0)
        .unwrap();
    assert_eq!(to_utc(&*berlin, local), utc("2027-03-28T01:30:00Z"));
}

#[test]
fn sig_alternating_monday_09_and_thursday_10_merge_in_time_order() {
    let mut s = Schedule::default();
    s.series.push(Series {
        weekday: "mon".into(),
        time: "09:00".into(),
        anchor: "2026-01-12".into(),
        label: Some("Monday meeting".into()),
        ..Series::default()
    });
    let got = s
        .upcoming(utc("2026-11-22T00:00:00Z"), 4, &Bundled)
        .unwrap();
    let keys: Vec<_> = got
        .iter()
        .map(|o| (o.start.to_rfc3339(), o.series_key()))
        .collect();
    assert_eq!(
        keys,
        [
            (
                "2026-11-26T18:00:00+00:00".into(),
                "End-User SIG".to_string()
            ),
            ("2026-11-30T17:00:00+00:00".into(), "Monday meeting".into()),
            ("2026-12-10T18:00:00+00:00".into(), "End-User SIG".into()),
            ("2026-12-14T17:00:00+00:00".into(), "Monday meeting".into()),
        ]
    );
}

#[test]
fn a_cancelled_christmas_eve_is_skipped_and_an_extra_session_is_added() {
    let mut s = Schedule::default();
    s.cancelled.push("2026-12-24".into());
    s.extra.push(ExtraSession {
        date: "2026-12-17".into(),
        time: "09:00".into(),
        label: Some("Extra".into()),
        ..ExtraSession::default()
    });
    let got = s
        .upcoming(utc("2026-12-01T00:00:00Z"), 3, &Bundled)
        .unwrap();
    let starts: Vec<_> = got.iter().map(|o| o.start.to_rfc3339()).collect();
    assert_eq!(
        starts,
        [
            "2026-12-10T18:00:00+00:00",
            "2026-12-17T17:00:00+00:00",
            "2027-01-07T18:00:00+00:00"
        ]
    );
    assert_eq!(got[1].series, None);
}

#[test]
fn a_series_that_ended_with_until_yields_nothing_after() {
    let mut s = Schedule::default();
    s.series[0].until = Some("2026-12-10".into());
    let got = s
        .upcoming(utc("2026-11-22T00:00:00Z"), 6, &Bundled)
        .unwrap();
    assert_eq!(got.len(), 2);
}

#[test]
fn no_session_before_the_anchor() {
    let mut s = Schedule::default();
    s.series[0].anchor = "2027-02-04".into();
    let got = s
        .upcoming(utc("2026-11-22T00:00:00Z"), 1, &Bundled)
        .unwrap();
    assert_eq!(got[0].start, utc("2027-02-04T18:00:00Z"));
}

#[test]
fn a_session_starting_exactly_at_after_is_included() {
    let got = Schedule::default()
        .upcoming(utc("2026-11-26T18:00:00Z"), 1, &Bundled)
        .unwrap();
    assert_eq!(got[0].start, utc("2026-11-26T18:00:00Z"));
    let got = Schedule::default()
        .upcoming(utc("2026-11-26T18:00:01Z"), 1, &Bundled)
        .unwrap();
    assert_eq!(got[0].start, utc("2026-12-10T18:00:00Z"));
}

#[test]
fn occurrence_at_accepts_real_sessions_only() {
    let s = Schedule::default();
    assert!(s
        .occurrence_at(utc("2026-12-10T18:00:00Z"), &Bundled)
        .unwrap()
        .is_some());
    // The off week, and the right day at the wrong time.
    assert!(s
        .occurrence_at(utc("2026-12-03T18:00:00Z"), &Bundled)
        .unwrap()
        .is_none());
    assert!(s
        .occurrence_at(utc("2026-12-10T17:00:00Z"), &Bundled)
        .unwrap()
        .is_none());
}

fn issue_of(s: &Schedule) -> (String, IssueKind, String) {
    let err = s.validate(&Bundled).unwrap_err();
    let i = &err.issues()[0];
    (i.field.clone(), i.kind.clone(), i.message.clone())
}

#[test]
fn unknown_zone_america_los_angles_is_named_with_a_suggestion() {
    let mut s = Schedule::default();
    s.series[0].zone = "America/Los_Angles".into();
    let (field, kind, msg) = issue_of(&s);
    assert_eq!(
        (field.as_str(), kind),
        ("series[0].zone", IssueKind::UnknownZone)
    );
    #[cfg(feature = "suggest")]
    assert_eq!(
        msg,
        "unknown time zone 'America/Los_Angles'; did you mean 'America/Los_Angeles'?"
    );
    // Without the `suggest` feature (the widget's wasm) the generic hint.
    #[cfg(not(feature = "suggest"))]
    assert_eq!(
        msg,
        "unknown time zone 'America/Los_Angles'; use an IANA name such as 'America/Los_Angeles'"
    );
}

#[test]
fn anchor_on_a_wednesday_for_a_thursday_series_suggests_the_next_thursday() {
    let mut s = Schedule::default();
    s.series[0].anchor = "2026-01-07".into();
    let (field, kind, msg) = issue_of(&s);
    assert_eq!(
        (field.as_str(), kind),
        ("series[0].anchor", IssueKind::AnchorNotOnWeekday)
    );
    assert!(
        msg.contains("2026-01-07 is a Wednesday") && msg.contains("such as 2026-01-08"),
        "{msg}"
    );
}

#[test]
fn interval_of_zero_weeks_is_refused() {
    let mut s = Schedule::default();
    s.series[0].every_weeks = 0;
    let (field, kind, msg) = issue_of(&s);
    assert_eq!(
        (field.as_str(), kind),
        ("series[0].every_weeks", IssueKind::BadInterval)
    );
    assert!(msg.ends_with("got 0"), "{msg}");
}

#[test]
fn durations_of_zero_and_over_a_day_are_refused_and_a_day_is_accepted() {
    for bad in [0, -5, 1441] {
        let mut s = Schedule::default();
        s.series[0].duration_minutes = bad;
        let (field, kind, _) = issue_of(&s);
        assert_eq!(
            (field.as_str(), kind),
            ("series[0].duration_minutes", IssueKind::BadDuration)
        );
    }
    let mut s = Schedule::default();
    s.series[0].duration_minutes = 1440;
    assert!(s.validate(&Bundled).is_ok());
}

#[test]
fn time_25_00_and_other_non_times_are_refused() {
    for bad in [
        "25:00", "10:60", "10", "10:5", "ten", "", "-1:00", "10:00:00",
    ] {
        let mut s = Schedule::default();
        s.series[0].time = bad.into();
        let (field, kind, msg) = issue_of(&s);
        assert_eq!(
            (field.as_str(), kind),
            ("series[0].time", IssueKind::BadTime),
            "{bad}"
        );
        assert!(msg.contains(&format!("'{bad}'")), "{msg}");
    }
    for good in ["00:00", "9:30", "23:59"] {
        let mut s = Schedule::default();
        s.series[0].time = good.into();
        s.validate(&Bundled).unwrap();
    }
}

#[test]
fn every_problem_is_reported_at_once() {
    let s = Schedule::from_json(
        r#"{"series":[{"weekday":"thurs","time":"25:00","zone":"Mars/Olympus","every_weeks":0,"duration_minutes":0,"anchor":"2026-02-30"}],
            "cancelled":["tomorrow"]}"#,
    )
    .unwrap();
    let err = s.validate(&Bundled).unwrap_err();
    let fields: Vec<_> = err.issues().iter().map(|i| i.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "series[0].weekday",
            "series[0].time",
            "series[0].duration_minutes",
            "series[0].zone",
            "series[0].every_weeks",
            "series[0].anchor",
            "cancelled[0]"
        ]
    );
}

#[test]
fn json_round_trips_and_missing_keys_take_defaults() {
    let s = Schedule::from_json(r#"{"series":[{"anchor":"2026-03-05"}]}"#).unwrap();
    assert_eq!(s.series[0].weekday, "thu");
    assert_eq!(s.series[0].zone, "America/Los_Angeles");
    assert_eq!(Schedule::from_json(&s.to_json()).unwrap(), s);
}

#[test]
fn a_typo_in_a_key_is_refused_not_ignored() {
    let err = Schedule::from_json(r#"{"series":[{"every_week":3}]}"#).unwrap_err();
    assert!(err.to_string().contains("every_week"), "{err}");
}

#[test]
fn the_site_config_overrides_the_default_anchor() {
    let c = Config::from_json(r#"{"schedule":{"series":[{"anchor":"2026-01-15"}]}}"#).unwrap();
    let got = c
        .schedule
        .upcoming(
            Utc.with_ymd_and_hms(2026, 11, 22, 0, 0, 0).unwrap(),
            1,
            &Bundled,
        )
        .unwrap();
    assert_eq!(
        got[0].start,
        utc("2026-11-19T18:00:00Z") + chrono::Duration::weeks(2)
    );
}

#[test]
fn config_errors_carry_the_schedule_prefix() {
    let c = Config::from_json(r#"{"schedule":{"series":[{"zone":"Europe/Kiyv"}]}}"#).unwrap();
    let err = c.validate(&Bundled).unwrap_err();
    assert_eq!(err.issues()[0].field, "schedule.series[0].zone");
    assert!(
        err.to_string().contains(if cfg!(feature = "suggest") {
            "did you mean 'Europe/Kyiv'?"
        } else {
            "use an IANA name such as 'America/Los_Angeles'"
        }),
        "{err}"
    );
}

#[test]
fn dates_must_be_yyyy_mm_dd_and_real() {
    use otel_feedback_core::schedule::parse_date;
    assert_eq!(
        parse_date(" 2026-01-08 "),
        NaiveDate::from_ymd_opt(2026, 1, 8)
    );
    assert_eq!(
        parse_date("2028-02-29"),
        NaiveDate::from_ymd_opt(2028, 2, 29)
    );
    for bad in [
        "2026-02-30",
        "2026-1-08",
        "26-01-08",
        "2026/01/08",
        "2026-01-0x",
        "+026-01-08",
        "",
        "2026-01-08T10:00",
    ] {
        assert_eq!(parse_date(bad), None, "{bad}");
    }
}

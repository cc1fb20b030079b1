//! The `otel-feedback slots` and `zones` commands, run as a user would.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_otel-feedback"))
        .args(args)
        .env("TZ", "UTC")
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// 26 sessions in Kyiv, checked against an independent calculation with
/// jiff's own tz database: Thursday 10:00 Los Angeles every 14 days from the
/// anchor.
#[test]
fn kyiv_26_sessions_match_jiff() {
    let out = run(&[
        "slots",
        "--tz",
        "Europe/Kyiv",
        "--format",
        "json",
        "--count",
        "26",
        "--anchor",
        "2026-01-08",
        "--after",
        "2026-11-22T00:00:00Z",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let got: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(got.len(), 26);
    let la = jiff::tz::TimeZone::get("America/Los_Angeles").unwrap();
    let kyiv = jiff::tz::TimeZone::get("Europe/Kyiv").unwrap();
    let mut date = jiff::civil::date(2026, 11, 26);
    for item in &got {
        let start = date.at(10, 0, 0, 0).to_zoned(la.clone()).unwrap();
        let ts = start.timestamp();
        let local = ts.to_zoned(kyiv.clone());
        assert_eq!(
            item["utc"],
            format!("{}", ts.strftime("%Y-%m-%dT%H:%M:%SZ"))
        );
        assert_eq!(
            item["local"],
            local.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
        );
        assert_eq!(
            item["source"],
            start.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
        );
        let end = ts.checked_add(jiff::SignedDuration::from_hours(1)).unwrap();
        assert_eq!(
            item["end_utc"],
            end.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
        );
        assert_eq!(item["series"], "End-User SIG");
        date = date.checked_add(jiff::Span::new().days(14)).unwrap();
    }
}

#[test]
fn text_table_shows_local_time_offset_and_source_time() {
    let out = run(&[
        "slots",
        "--tz",
        "Asia/Kathmandu",
        "--count",
        "1",
        "--after",
        "2026-11-22T00:00:00Z",
    ]);
    let text = stdout(&out);
    assert!(text.contains("Thu 2026-11-26  23:45  UTC+05:45"), "{text}");
    assert!(text.contains("= 10:00 PST (-08:00)"), "{text}");
}

#[test]
fn text_table_marks_a_different_local_day() {
    let out = run(&[
        "slots",
        "--tz",
        "Asia/Tokyo",
        "--count",
        "1",
        "--after",
        "2026-11-22T00:00:00Z",
    ]);
    let text = stdout(&out);
    assert!(
        text.contains("Fri 2026-11-27  03:00  JST (+09:00)") && text.contains("(Thu)"),
        "{text}"
    );
}

#[test]
fn overrides_change_the_series() {
    let out = run(&[
        "slots",
        "--format",
        "json",
        "--count",
        "2",
        "--after",
        "2026-11-22T00:00:00Z",
        "--weekday",
        "mon",
        "--time",
        "09:00",
        "--every-weeks",
        "1",
        "--duration-min",
        "30",
        "--source-tz",
        "Europe/Berlin",
    ]);
    let got: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(got[0]["utc"], "2026-11-23T08:00:00Z");
    assert_eq!(got[0]["end_utc"], "2026-11-23T08:30:00Z");
    assert_eq!(got[1]["utc"], "2026-11-30T08:00:00Z");
}

#[test]
fn bad_input_exits_2_with_one_line_naming_the_argument() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["slots", "--tz", "America/Los_Angles"],
            "--tz: unknown time zone 'America/Los_Angles'; did you mean 'America/Los_Angeles'?",
        ),
        (
            &["slots", "--time", "25:00"],
            "--time: '25:00' is not a time of day",
        ),
        (
            &["slots", "--anchor", "2026-01-07"],
            "--anchor: the anchor 2026-01-07 is a Wednesday",
        ),
        (
            &["slots", "--every-weeks", "0"],
            "--every-weeks: the series must repeat every 1 to 52 weeks",
        ),
        (
            &["slots", "--duration-min", "0"],
            "--duration-min: a session must last between 1 and 1440 minutes",
        ),
        (
            &["slots", "--after", "tomorrow"],
            "--after: 'tomorrow' is not an RFC 3339 instant",
        ),
        (&["slots", "--count", "abc"], "'--count <N>'"),
        (
            &["slots", "--config", "/nonexistent.json"],
            "--config: cannot read '/nonexistent.json'",
        ),
    ];
    for (args, expected) in cases {
        let out = run(args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(expected), "{args:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(
            !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
            "{err}"
        );
    }
}

#[test]
fn zones_lists_iana_names_including_kyiv_and_chatham() {
    let out = run(&["zones"]);
    let text = stdout(&out);
    let names: Vec<&str> = text.lines().collect();
    assert!(names.contains(&"Europe/Kyiv") && names.contains(&"Pacific/Chatham"));
    assert!(names.len() > 500, "{}", names.len());
}

#[test]
fn version_names_the_tzdata_release() {
    let out = run(&["--version"]);
    let text = stdout(&out);
    assert!(text.contains("IANA tzdata 20"), "{text}");
}

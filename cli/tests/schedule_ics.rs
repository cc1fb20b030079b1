//! `otel-feedback schedule --from-ics`: the community calendar, read as a
//! site's build would read it, then checked through `otel-feedback slots`.
//!
//! The fixture `fixtures/community.ics` is shaped like a Google Calendar
//! export (CRLF, folded lines, VTIMEZONE, X-WR-TIMEZONE) and holds the
//! cadence changes of 2026: a weekly Wednesday series that ended in June
//! (UNTIL), then a biweekly Thursday series with a cancelled Christmas Eve
//! (EXDATE in UTC), an extra session (RDATE) and the Thanksgiving session
//! moved to Tuesday (RECURRENCE-ID), next to events that must not match.

use std::path::PathBuf;
use std::process::{Command, Output};

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_otel-feedback"))
        // The bundled tz data: answers that hold on any machine.
        .env("OTEL_FEEDBACK_TZDATA", "bundled")
        // Nothing in the fixtures is over yet: answers that hold on any date.
        .env("OTEL_FEEDBACK_NOW", "2000-01-01T00:00:00Z")
        .args(args)
        .env("TZ", "UTC")
        .output()
        .expect("the binary runs")
}

fn run_stdin(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_otel-feedback"))
        // The bundled tz data: answers that hold on any machine.
        .env("OTEL_FEEDBACK_TZDATA", "bundled")
        // Nothing in the fixtures is over yet: answers that hold on any date.
        .env("OTEL_FEEDBACK_NOW", "2000-01-01T00:00:00Z")
        .args(args)
        .env("TZ", "UTC")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn tmp(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("schedule_ics");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

const EXPECTED: &str = r#"{
  "schedule": {
    "series": [
      {
        "weekday": "wed",
        "time": "08:00",
        "duration_minutes": 60,
        "zone": "America/Los_Angeles",
        "every_weeks": 1,
        "anchor": "2026-01-07",
        "until": "2026-06-30",
        "label": "End-User SIG: feedback session"
      },
      {
        "weekday": "thu",
        "time": "10:00",
        "duration_minutes": 60,
        "zone": "America/Los_Angeles",
        "every_weeks": 2,
        "anchor": "2026-07-09",
        "label": "End-User SIG, feedback sessions"
      }
    ],
    "cancelled": [
      "2026-04-01",
      "2026-11-26",
      "2026-12-24"
    ],
    "extra": [
      {
        "date": "2026-11-24",
        "time": "09:00",
        "zone": "America/Los_Angeles",
        "duration_minutes": 60,
        "label": "End-User SIG feedback session (moved for Thanksgiving)"
      },
      {
        "date": "2026-12-03",
        "time": "10:00",
        "zone": "America/Los_Angeles",
        "duration_minutes": 60,
        "label": "End-User SIG, feedback sessions"
      }
    ]
  }
}
"#;

/// The whole conversion, pinned: UNTIL=20260701T065959Z is 23:59:59 on
/// 30 June in Los Angeles, so the weekly series' last date is 2026-06-30
/// (not the UTC date 07-01); the EXDATE given in UTC (18:00Z) cancels the
/// 10:00 PST session of 24 December; the Thanksgiving override cancels 26
/// November and adds Tuesday 24 November 09:00; the all-day "summer break"
/// is skipped with a warning; the community meeting does not match.
#[test]
fn community_calendar_becomes_two_series_cancellations_and_extras() {
    let out = run(&[
        "schedule",
        "--from-ics",
        &fixture("community.ics"),
        "--summary",
        "end-user sig",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), EXPECTED);
    assert_eq!(
        stderr(&out),
        "warning: event 'End-User SIG summer break' (DTSTART 20260803): an all-day event (DTSTART;VALUE=DATE) has no start time; skipped\n"
    );
}

fn slots(config: &str, after: &str, count: &str) -> Vec<(String, String)> {
    let out = run(&[
        "slots", "--config", config, "--tz", "UTC", "--after", after, "--count", count, "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let items: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).unwrap();
    items
        .iter()
        .map(|i| {
            (
                i["utc"].as_str().unwrap().to_owned(),
                i["source"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn written_config() -> String {
    // One file per test thread: tests run in parallel, and one test's write
    // must not truncate the file another is reading.
    let thread = format!("{:?}", std::thread::current().id());
    let id: String = thread.chars().filter(char::is_ascii_digit).collect();
    let path = tmp(&format!("community-{id}.json"));
    let out = run(&[
        "schedule",
        "--from-ics",
        &fixture("community.ics"),
        "--summary",
        "End-User SIG",
        "--out",
        path.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "", "--out writes nothing to stdout");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), EXPECTED);
    path.to_string_lossy().into_owned()
}

/// Late November: the moved Thanksgiving session (Tue 09:00 PST), no
/// session on Thanksgiving itself, the RDATE extra on 3 December, no session
/// on Christmas Eve, then the biweekly Thursdays go on into 2027.
#[test]
fn slots_from_the_calendar_skip_thanksgiving_and_christmas_eve() {
    let config = written_config();
    assert_eq!(
        slots(&config, "2026-11-20T00:00:00Z", "6"),
        [
            ("2026-11-24T17:00:00Z", "2026-11-24T09:00:00-08:00"),
            ("2026-12-03T18:00:00Z", "2026-12-03T10:00:00-08:00"),
            ("2026-12-10T18:00:00Z", "2026-12-10T10:00:00-08:00"),
            ("2027-01-07T18:00:00Z", "2027-01-07T10:00:00-08:00"),
            ("2027-01-21T18:00:00Z", "2027-01-21T10:00:00-08:00"),
            ("2027-02-04T18:00:00Z", "2027-02-04T10:00:00-08:00"),
        ]
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
    );
}

/// The weekly Wednesday series stops after 24 June (UNTIL); the biweekly
/// Thursdays start on 9 July. In between, no Wednesday 1 July.
#[test]
fn slots_from_the_calendar_end_the_weekly_series_at_until() {
    let config = written_config();
    assert_eq!(
        slots(&config, "2026-06-20T00:00:00Z", "3"),
        [
            ("2026-06-24T15:00:00Z", "2026-06-24T08:00:00-07:00"),
            ("2026-07-09T17:00:00Z", "2026-07-09T10:00:00-07:00"),
            ("2026-07-23T17:00:00Z", "2026-07-23T10:00:00-07:00"),
        ]
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
    );
}

/// EXDATE;TZID=…:20260401T080000 removes April Fools' Wednesday only; the
/// US is already on PDT (since 8 March), so 08:00 is 15:00Z.
#[test]
fn slots_from_the_calendar_skip_the_exdate_in_april() {
    let config = written_config();
    assert_eq!(
        slots(&config, "2026-03-25T00:00:00Z", "3"),
        [
            ("2026-03-25T15:00:00Z", "2026-03-25T08:00:00-07:00"),
            ("2026-04-08T15:00:00Z", "2026-04-08T08:00:00-07:00"),
            ("2026-04-15T15:00:00Z", "2026-04-15T08:00:00-07:00"),
        ]
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
    );
}

/// `--config` keeps the site's own keys as written and replaces only the
/// schedule.
#[test]
fn config_base_keeps_other_keys() {
    let base = tmp("base.json");
    std::fs::write(
        &base,
        r#"{"slack": {"channel_name": "otel-user-research"}, "sessions_shown": 4, "schedule": {"series": []}}"#,
    )
    .unwrap();
    let out = run(&[
        "schedule",
        "--from-ics",
        &fixture("community.ics"),
        "--summary",
        "End-User SIG",
        "--config",
        base.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        v["slack"],
        serde_json::json!({"channel_name": "otel-user-research"})
    );
    assert_eq!(v["sessions_shown"], 4);
    let expected: serde_json::Value = serde_json::from_str(EXPECTED).unwrap();
    assert_eq!(v["schedule"], expected["schedule"]);
}

fn calendar(event: &str) -> String {
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\nBEGIN:VEVENT\r\nUID:x@test\r\nSUMMARY:End-User SIG\r\n{}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        event.trim().replace('\n', "\r\n")
    )
}

fn from_stdin(event: &str) -> Output {
    run_stdin(
        &["schedule", "--from-ics", "-", "--summary", "End-User SIG"],
        &calendar(event),
    )
}

fn schedule_of(out: &Output) -> serde_json::Value {
    assert!(out.status.success(), "{}", stderr(out));
    let v: serde_json::Value = serde_json::from_str(&stdout(out)).unwrap();
    v["schedule"].clone()
}

/// COUNT=3 from Thursday 12 March (DST already on in the US): the third
/// session is 26 March, which becomes `until`.
#[test]
fn count_becomes_until_at_the_last_session() {
    let out = from_stdin(
        "DTSTART;TZID=America/Los_Angeles:20260312T100000\nDTEND;TZID=America/Los_Angeles:20260312T110000\nRRULE:FREQ=WEEKLY;COUNT=3",
    );
    let s = schedule_of(&out);
    assert_eq!(s["series"][0]["anchor"], "2026-03-12");
    assert_eq!(s["series"][0]["until"], "2026-03-26");
    assert_eq!(s["series"][0]["every_weeks"], 1);
}

/// BYDAY=TU,TH every 2 weeks, from a Thursday, weeks starting on Monday:
/// the Tuesday of DTSTART's week is before DTSTART, so the Tuesday series
/// starts two weeks later; COUNT=4 → Thu 8, Tue 20, Thu 22 Jan, Tue 3 Feb.
#[test]
fn two_weekdays_become_two_series_with_their_own_anchors() {
    let out = from_stdin(
        "DTSTART;TZID=Europe/Kyiv:20260108T170000\nDURATION:PT45M\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=4",
    );
    let s = schedule_of(&out);
    assert_eq!(
        s["series"],
        serde_json::json!([
            {"weekday": "thu", "time": "17:00", "duration_minutes": 45, "zone": "Europe/Kyiv",
             "every_weeks": 2, "anchor": "2026-01-08", "until": "2026-02-03", "label": "End-User SIG"},
            {"weekday": "tue", "time": "17:00", "duration_minutes": 45, "zone": "Europe/Kyiv",
             "every_weeks": 2, "anchor": "2026-01-20", "until": "2026-02-03", "label": "End-User SIG"}
        ])
    );
}

/// A UTC DTSTART recurs in UTC; a one-off event becomes an extra session.
#[test]
fn a_one_off_event_becomes_an_extra_session() {
    let out = from_stdin("DTSTART:20261210T170000Z\nDTEND:20261210T174500Z");
    let s = schedule_of(&out);
    assert_eq!(s["series"], serde_json::json!([]));
    assert_eq!(
        s["extra"],
        serde_json::json!([{"date": "2026-12-10", "time": "17:00", "zone": "UTC",
                            "duration_minutes": 45, "label": "End-User SIG"}])
    );
}

fn one_line_error(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(2), "stdout: {}", stdout(out));
    assert_eq!(stdout(out), "");
    let err = stderr(out);
    assert_eq!(err.lines().count(), 1, "{err}");
    err
}

#[test]
fn monthly_rule_is_refused_naming_the_event_and_freq() {
    let err = one_line_error(&from_stdin(
        "DTSTART;TZID=America/Los_Angeles:20260108T100000\nDURATION:PT1H\nRRULE:FREQ=MONTHLY;BYDAY=2TH",
    ));
    assert_eq!(
        err,
        "error: --from-ics -: event 'End-User SIG' (DTSTART 20260108T100000): RRULE FREQ=MONTHLY is not supported; the schedule takes weekly series only (FREQ=WEEKLY, INTERVAL=N for every N weeks)\n"
    );
}

#[test]
fn bysetpos_is_refused_naming_the_part() {
    let err = one_line_error(&from_stdin(
        "DTSTART;TZID=America/Los_Angeles:20260108T100000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;BYDAY=TH;BYSETPOS=1",
    ));
    assert!(err.contains("RRULE BYSETPOS=1 is not supported"), "{err}");
}

#[test]
fn unknown_tzid_suggests_the_iana_name() {
    let err = one_line_error(&from_stdin(
        "DTSTART;TZID=America/Los_Angles:20260108T100000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY",
    ));
    assert!(
        err.contains("DTSTART;TZID=America/Los_Angles: unknown time zone; did you mean 'America/Los_Angeles'?"),
        "{err}"
    );
}

#[test]
fn floating_time_without_calendar_zone_asks_for_tzid() {
    let err = one_line_error(&from_stdin(
        "DTSTART:20260108T100000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY",
    ));
    assert!(err.contains("add TZID=<IANA zone> to DTSTART"), "{err}");
}

#[test]
fn event_without_end_asks_for_dtend() {
    let err = one_line_error(&from_stdin(
        "DTSTART;TZID=America/Los_Angeles:20260108T100000\nRRULE:FREQ=WEEKLY",
    ));
    assert!(err.contains("no DTEND or DURATION"), "{err}");
}

#[test]
fn no_matching_summary_lists_titles() {
    let out = run(&[
        "schedule",
        "--from-ics",
        &fixture("community.ics"),
        "--summary",
        "Collector SIG",
    ]);
    let err = one_line_error(&out);
    assert!(
        err.contains("no event's SUMMARY contains 'Collector SIG'"),
        "{err}"
    );
    assert!(err.contains("'OTel community meeting'"), "{err}");
}

#[test]
fn missing_file_names_the_argument() {
    let err = one_line_error(&run(&[
        "schedule",
        "--from-ics",
        "/nonexistent/calendar.ics",
        "--summary",
        "x",
    ]));
    assert!(
        err.starts_with("error: --from-ics: cannot read '/nonexistent/calendar.ics'"),
        "{err}"
    );
}

#[test]
fn summary_is_required() {
    let err = one_line_error(&run(&["schedule", "--from-ics", &fixture("community.ics")]));
    assert!(err.contains("--summary"), "{err}");
}

fn calendar_of(events: &[&str]) -> String {
    let mut out = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n");
    for e in events {
        out.push_str("BEGIN:VEVENT\r\n");
        out.push_str(&e.trim().replace('\n', "\r\n"));
        out.push_str("\r\nEND:VEVENT\r\n");
    }
    out + "END:VCALENDAR\r\n"
}

fn from_calendar(events: &[&str]) -> Output {
    run_stdin(
        &["schedule", "--from-ics", "-", "--summary", "End-User SIG"],
        &calendar_of(events),
    )
}

/// An override with STATUS:CANCELLED only cancels its date; an EXDATE that
/// is not a session of the series is reported and dropped, so it cannot
/// cancel another series' session.
#[test]
fn cancelled_override_and_stray_exdate() {
    let out = from_calendar(&[
        "UID:a@test\nSUMMARY:End-User SIG\nDTSTART;TZID=America/Los_Angeles:20260108T100000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;INTERVAL=2\nEXDATE;TZID=America/Los_Angeles:20260115T100000",
        "UID:a@test\nSUMMARY:End-User SIG\nRECURRENCE-ID;TZID=America/Los_Angeles:20260122T100000\nDTSTART;TZID=America/Los_Angeles:20260122T100000\nDURATION:PT1H\nSTATUS:CANCELLED",
    ]);
    let s = schedule_of(&out);
    assert_eq!(s["cancelled"], serde_json::json!(["2026-01-22"]));
    assert_eq!(s["extra"], serde_json::json!([]));
    assert_eq!(
        stderr(&out),
        "warning: event 'End-User SIG' (DTSTART 20260108T100000): EXDATE 2026-01-15 10:00:00 America/Los_Angeles matches no session of the series; ignored\n"
    );
}

/// Core's `cancelled` dates apply to every series: cancelling Wednesday
/// 2026-01-14 of a Wednesday series in Berlin also removes the Kyiv
/// Wednesday series' session that day, and the command says so.
#[test]
fn a_cancelled_date_shared_by_two_series_is_warned_about() {
    let out = from_calendar(&[
        "UID:b@test\nSUMMARY:End-User SIG EMEA\nDTSTART;TZID=Europe/Berlin:20260107T160000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY\nEXDATE;TZID=Europe/Berlin:20260114T160000",
        "UID:c@test\nSUMMARY:End-User SIG Kyiv\nDTSTART;TZID=Europe/Kyiv:20260107T120000\nDURATION:PT30M\nRRULE:FREQ=WEEKLY",
    ]);
    let s = schedule_of(&out);
    assert_eq!(s["cancelled"], serde_json::json!(["2026-01-14"]));
    assert_eq!(s["series"].as_array().unwrap().len(), 2);
    assert_eq!(
        stderr(&out),
        "warning: event 'End-User SIG EMEA' (DTSTART 20260107T160000): cancelling 2026-01-14 also cancels that day's session of 'End-User SIG Kyiv' (a schedule's cancelled dates apply to every series)\n"
    );
}

/// RFC 5545 counts DTSTART as the first session even when it is not on a
/// BYDAY weekday: it becomes an extra session, and the Thursday series
/// starts on the next Thursday. An RDATE given as a PERIOD keeps its own
/// length.
#[test]
fn dtstart_off_byday_and_rdate_period_become_extra_sessions() {
    let out = from_calendar(&[
        "UID:d@test\nSUMMARY:End-User SIG\nDTSTART;TZID=America/Los_Angeles:20260106T100000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;BYDAY=TH\nRDATE;VALUE=PERIOD:20260301T170000Z/PT90M",
    ]);
    let s = schedule_of(&out);
    assert_eq!(s["series"][0]["anchor"], "2026-01-08");
    assert_eq!(s["series"][0]["weekday"], "thu");
    assert_eq!(
        s["extra"],
        serde_json::json!([
            {"date": "2026-01-06", "time": "10:00", "zone": "America/Los_Angeles", "duration_minutes": 60, "label": "End-User SIG"},
            {"date": "2026-03-01", "time": "09:00", "zone": "America/Los_Angeles", "duration_minutes": 90, "label": "End-User SIG"}
        ])
    );
}

/// A series whose UNTIL is before its first session writes nothing; with
/// no other session the command fails instead of writing an empty schedule.
#[test]
fn a_series_that_ended_before_it_began_is_an_error_when_nothing_is_left() {
    let err = one_line_error(&from_calendar(&[
        "UID:e@test\nSUMMARY:End-User SIG\nDTSTART;TZID=America/Los_Angeles:20260108T100000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;UNTIL=20260108T170000Z",
    ]));
    assert!(
        err.contains("the matching events yield no session"),
        "{err}"
    );
}

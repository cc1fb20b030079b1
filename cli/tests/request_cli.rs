//! `otel-feedback validate` and `otel-feedback compose`, run as a user would.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const NOW: &str = "2026-11-22T12:00:00Z";

fn example() -> String {
    format!(
        "{}/../docs/examples/request.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_otel-feedback"))
        // The bundled tz data: answers that hold on any machine.
        .env("OTEL_FEEDBACK_TZDATA", "bundled")
        .args(args)
        .env("TZ", "UTC")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    {
        let mut pipe = child.stdin.take().unwrap();
        if let Some(input) = stdin {
            // The program may exit before reading (bad arguments): ignore EPIPE.
            let _ = pipe.write_all(input.as_bytes());
        }
    }
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn errors(o: &Output) -> Vec<(String, String, String)> {
    let v: Vec<serde_json::Value> = serde_json::from_str(&stdout(o)).expect("a JSON array");
    v.iter()
        .map(|e| {
            (
                e["field"].as_str().unwrap().to_owned(),
                e["code"].as_str().unwrap().to_owned(),
                e["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn the_documented_example_is_valid() {
    let out = run(&["validate", &example(), "--now", NOW], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "valid\n");
}

#[test]
fn an_invalid_request_exits_1_with_every_error_as_json() {
    let out = run(
        &["validate", "-", "--now", NOW],
        Some(
            r#"{"organization": "", "name": "Jane", "email": "jane@", "topics": ["pricing"], "slots": ["2026-12-03T18:00:00Z"]}"#,
        ),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let e = errors(&out);
    let codes: Vec<(&str, &str)> = e.iter().map(|(f, c, _)| (f.as_str(), c.as_str())).collect();
    assert_eq!(
        codes,
        vec![
            ("organization", "required"),
            ("email", "invalid-email"),
            ("topics", "unknown-topic"),
            ("slots", "not-a-session"),
        ]
    );
    assert_eq!(e[0].2, "Enter the name of your organization.");
}

#[test]
fn lang_flag_localizes_the_errors() {
    let out = run(
        &["validate", "-", "--now", NOW, "--lang", "uk-UA"],
        Some("{}"),
    );
    assert_eq!(out.status.code(), Some(1));
    let e = errors(&out);
    assert_eq!(e[0].2, "Вкажіть назву вашої організації.");
    assert_eq!(e[1].2, "Вкажіть ваше імʼя.");
}

#[test]
fn now_decides_which_slots_have_passed() {
    let out = run(
        &["validate", &example(), "--now", "2026-12-01T00:00:00Z"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let e = errors(&out);
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].1, "in-the-past");
    assert_eq!(
        e[0].2,
        "Fri 2026-11-27 03:00 JST (Asia/Tokyo, UTC+09:00) has already passed; pick an upcoming session."
    );
}

#[test]
fn config_changes_the_schedule_and_the_channel() {
    let dir =
        std::env::temp_dir().join(format!("otel-feedback-request-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("config.json");
    // Weekly sessions: 2026-12-03 becomes a session.
    std::fs::write(
        &config,
        r#"{"schedule": {"series": [{"every_weeks": 1}]}, "slack": {"channel_name": "otel-user-research"}}"#,
    )
    .unwrap();
    let request = r#"{"organization": "Acme", "name": "Jane", "slack": "@jane", "topics": ["adoption"], "slots": ["2026-12-03T18:00:00Z"]}"#;
    let out = run(
        &[
            "validate",
            "-",
            "--now",
            NOW,
            "--config",
            config.to_str().unwrap(),
        ],
        Some(request),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = run(
        &[
            "compose",
            "--as",
            "slack-links",
            "-",
            "--now",
            NOW,
            "--config",
            config.to_str().unwrap(),
        ],
        Some(request),
    );
    assert!(stdout(&out).contains("\"channel_name\": \"otel-user-research\""));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn compose_slack_prints_the_message() {
    let out = run(
        &["compose", "--as", "slack", &example(), "--now", NOW],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("*Feedback session request*\n"));
    assert!(text.contains(
        "• Thu 2026-12-10 10:00 PST (America/Los_Angeles, UTC-08:00) / Fri 2026-12-11 03:00 JST (Asia/Tokyo, UTC+09:00)\n"
    ));
}

#[test]
fn compose_email_prints_a_mailto_url_to_the_recipient_under_1800_characters() {
    let dir = std::env::temp_dir().join(format!(
        "otel-feedback-request-cli-mailto-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("config.json");
    std::fs::write(&config, r#"{"email": {"to": "sig-end-user@example.org"}}"#).unwrap();
    let out = run(
        &[
            "compose",
            "--as",
            "email",
            &example(),
            "--now",
            NOW,
            "--config",
            config.to_str().unwrap(),
        ],
        None,
    );
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let url = stdout(&out);
    assert!(url.starts_with(
        "mailto:sig-end-user@example.org?subject=Feedback%20session%20request%3A%20Example%20Corp&body="
    ));
    assert!(url.trim_end().len() <= 1800);
    assert_eq!(url.lines().count(), 1);
}

#[test]
fn compose_email_without_a_recipient_prints_no_mailto_but_says_why() {
    // The default configuration publishes no address: no recipient, no
    // mailto (core's `mailto::link`, as the widget shows no email link).
    for config in [None, Some(r#"{"email": {"to": "  "}}"#)] {
        let mut args = vec!["compose", "--as", "email", "-", "--now", NOW];
        let dir = std::env::temp_dir().join(format!(
            "otel-feedback-request-cli-no-recipient-{}",
            std::process::id()
        ));
        let path = dir.join("config.json");
        if let Some(text) = config {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, text).unwrap();
            args.extend(["--config", path.to_str().unwrap()]);
        }
        let request = std::fs::read_to_string(example()).unwrap();
        let out = run(&args, Some(&request));
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(out.status.code(), Some(2), "{config:?}");
        assert_eq!(stdout(&out), "", "no mailto: at all");
        assert_eq!(
            stderr(&out),
            "error: --as email: the configuration has no email recipient (`email.to`), so there is no mailto: link; \
             set `email.to` in the --config file, or use --as email-text for the email as text\n"
        );
    }
}

#[test]
fn compose_ics_prints_one_event_with_crlf_lines() {
    let out = run(
        &[
            "compose",
            "--as",
            "ics",
            "--slot",
            "2",
            &example(),
            "--now",
            NOW,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(text.contains("\r\nDTSTART:20261210T180000Z\r\nDTEND:20261210T190000Z\r\n"));
    assert!(text.contains("\r\nDTSTAMP:20261122T120000Z\r\n"));
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 1);
    assert!(text.ends_with("END:VCALENDAR\r\n"));
}

#[test]
fn compose_ics_series_prints_the_recurring_rule() {
    let out = run(
        &["compose", "--as", "ics-series", &example(), "--now", NOW],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.contains("\r\nDTSTART;TZID=America/Los_Angeles:20260108T100000\r\n"));
    assert!(text.contains("\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH\r\n"));
    assert!(text.contains("\r\nBEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles\r\n"));
}

#[test]
fn compose_gcal_prints_the_template_link() {
    let out = run(&["compose", "--as", "gcal", &example(), "--now", NOW], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with(
        "https://calendar.google.com/calendar/render?action=TEMPLATE&text=OpenTelemetry%20feedback%20session%3A%20Example%20Corp&dates=20261126T180000Z/20261126T190000Z&details="
    ));
}

#[test]
fn compose_of_an_invalid_request_exits_1_with_the_errors() {
    let out = run(
        &["compose", "--as", "slack", "-", "--now", NOW],
        Some(r#"{"name": "Jane"}"#),
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(errors(&out)[0].1, "required");
}

#[test]
fn compose_ics_without_a_slot_explains_what_is_missing() {
    let request = r#"{"organization": "Acme", "name": "Jane", "email": "j@example.com", "topics": ["adoption"], "alternative_time": "Tuesdays"}"#;
    let out = run(
        &["compose", "--as", "ics", "-", "--now", NOW],
        Some(request),
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        errors(&out),
        vec![(
            "slots".into(),
            "required".into(),
            "A calendar entry needs a preferred session; pick one of the upcoming sessions.".into()
        )]
    );
}

#[test]
fn bad_json_exits_1_and_names_the_problem() {
    let out = run(&["validate", "-", "--now", NOW], Some("{not json"));
    assert_eq!(out.status.code(), Some(1));
    let e = errors(&out);
    assert_eq!(e[0].1, "invalid-json");
    assert!(
        e[0].2
            .starts_with("The request is not valid JSON (key must be a string at line 1 column 2)"),
        "{}",
        e[0].2
    );
    let out = run(
        &["validate", "-", "--now", NOW],
        Some(r#"{"organisation": "Acme"}"#),
    );
    assert_eq!(
        errors(&out)[0],
        (
            "organisation".into(),
            "unknown-field".into(),
            "“organisation” is not a field of a request; check its spelling.".into()
        )
    );
}

#[test]
fn bad_arguments_exit_2_with_one_line_naming_the_argument() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["validate", "/nonexistent/request.json"],
            "error: FILE: cannot read '/nonexistent/request.json'",
        ),
        (
            &["validate", "-", "--now", "tomorrow"],
            "error: --now: 'tomorrow' is not an RFC 3339 instant",
        ),
        (
            &["validate", "-", "--lang", "en US"],
            "error: --lang: 'en US' is not a language tag",
        ),
        (
            &["validate", "-", "--config", "/nonexistent/c.json"],
            "error: --config: cannot read '/nonexistent/c.json'",
        ),
        (
            &["compose", "--as", "fax", "-"],
            "error: invalid value 'fax' for '--as <FORMAT>'",
        ),
        (
            &["compose", "-"],
            "error: the following required arguments were not provided",
        ),
        (
            &["compose", "--as", "ics", "--slot", "3", "-", "--now", NOW],
            "error: --slot: 3 is out of range",
        ),
        (
            &["validate", "-", "--config", "-"],
            "error: --config: the request already reads standard input",
        ),
    ];
    let example = std::fs::read_to_string(example()).unwrap();
    for (args, start) in cases {
        let out = run(args, Some(&example));
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with(start), "{args:?}: {err}");
        assert!(stdout(&out).is_empty());
    }
}

#[test]
fn an_invalid_config_exits_2() {
    let dir = std::env::temp_dir().join(format!(
        "otel-feedback-request-cli-bad-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("config.json");
    std::fs::write(
        &config,
        r#"{"schedule": {"series": [{"zone": "America/Los_Angles"}]}}"#,
    )
    .unwrap();
    let out = run(
        &["validate", &example(), "--config", config.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: --config: schedule.series[0].zone: unknown time zone 'America/Los_Angles'; did you mean 'America/Los_Angeles'?\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

//! `otel-feedback describe`: the schedule sentence for a page's fallback.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_otel-feedback"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

const NOW: &str = "2026-11-22T12:00:00Z";

#[test]
fn the_default_schedule_in_english_and_ukrainian() {
    let o = run(&["describe", "--now", NOW], "");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(o.stdout).unwrap(),
        "Sessions are usually held during the End-User SIG meeting, on alternating Thursdays at 10:00 Pacific Time.\n"
    );
    let o = run(
        &[
            "describe",
            "--now",
            NOW,
            "--lang",
            "uk",
            "--tz",
            "Europe/Kyiv",
        ],
        "",
    );
    assert_eq!(
        String::from_utf8(o.stdout).unwrap(),
        "Сесії зазвичай проходять під час засідань End-User SIG: через четвер о 10:00 за тихоокеанським часом. Час нижче — за часом Europe/Kyiv.\n"
    );
}

#[test]
fn a_changed_schedule_changes_the_sentence_in_every_language() {
    // Weekly Tuesdays at 09:00 in Berlin, an extra session, a cancellation.
    let config = r#"{"schedule": {"series": [{"weekday": "tue", "time": "09:00", "zone": "Europe/Berlin", "every_weeks": 1, "anchor": "2026-01-06", "label": null}], "cancelled": ["2026-12-29"], "extra": [{"date": "2026-12-10", "time": "09:00"}]}}"#;
    let o = run(
        &[
            "describe", "--now", NOW, "--config", "-", "--format", "json",
        ],
        config,
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let all: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        all["en"],
        "Sessions are usually held every Tuesday at 09:00 Central European Time. Extra session: Thu 2026-12-10 at 09:00 Pacific Time. No session on Tue 2026-12-29."
    );
    assert_eq!(
        all["uk"],
        "Сесії зазвичай проходять щовівторка о 09:00 за центральноєвропейським часом. Додаткова сесія: Чт 2026-12-10 о 09:00 за тихоокеанським часом. Не буде сесії: Вт 2026-12-29."
    );
    assert!(all["ja"].as_str().unwrap().contains("毎週火曜日"));
    assert!(all["pt"].as_str().unwrap().contains("toda terça-feira"));
}

#[test]
fn every_n_weeks_takes_the_plural_and_several_series_are_listed() {
    let config = r#"{"schedule": {"series": [
        {"weekday": "wed", "time": "17:00", "zone": "America/New_York", "every_weeks": 3, "anchor": "2026-01-07", "label": "APAC"},
        {"weekday": "mon", "time": "08:00", "zone": "Asia/Kolkata", "every_weeks": 5, "anchor": "2026-01-05", "label": null}]}}"#;
    let o = run(
        &[
            "describe", "--now", NOW, "--config", "-", "--format", "json",
        ],
        config,
    );
    let all: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        all["en"],
        "Sessions are usually held on several schedules: APAC, every 3 weeks on Wednesday at 17:00 Eastern Time; every 5 weeks on Monday at 08:00 Asia/Kolkata time."
    );
    let uk = all["uk"].as_str().unwrap();
    assert!(
        uk.contains("раз на 3 тижні у середу") && uk.contains("раз на 5 тижнів у понеділок"),
        "{uk}"
    );
}

#[test]
fn an_unknown_zone_exits_2() {
    let o = run(&["describe", "--tz", "Mars/Olympus"], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8(o.stderr).unwrap().contains("--tz"));
}

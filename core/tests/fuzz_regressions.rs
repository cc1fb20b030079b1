//! One test per problem the fuzz targets (`fuzz/`, see `docs/fuzzing.md`)
//! found, named after the case, with the input that showed it.

use chrono::{DateTime, TimeZone, Utc};
use otel_feedback_core::compose::ics;
use otel_feedback_core::config::Config;
use otel_feedback_core::request::{validate, FeedbackRequest};
use otel_feedback_core::zone::Tzdb;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap()
}

fn request(details: &str) -> FeedbackRequest {
    FeedbackRequest {
        organization: "Example Corp".into(),
        name: "Jane Doe".into(),
        email: "jane@example.com".into(),
        topics: vec!["adoption".into()],
        details: details.into(),
        slots: vec!["2026-11-26T18:00:00Z".into()],
        ..Default::default()
    }
}

/// The physical lines of `text` that are followed by a continuation line.
fn folded_lines(text: &str) -> Vec<&str> {
    let lines: Vec<&str> = text.split("\r\n").collect();
    lines
        .windows(2)
        .filter(|w| w[1].starts_with(' '))
        .map(|w| w[0])
        .collect()
}

// request_json seed `hostile` (details with 90 spaces in a row): `ics::fold`
// documents that a physical line never ends in a space, but a run of spaces
// longer than a line cannot be moved and still ends one (parsers that trim
// physical lines, like the ical crate, then lose those spaces).
#[test]
fn fold_leaves_trailing_spaces_on_a_run_of_74_spaces() {
    let line = format!("DESCRIPTION:a{}b", " ".repeat(74));
    let folded = ics::fold(&line);
    let bad: Vec<&str> = folded_lines(&folded)
        .into_iter()
        .filter(|l| l.ends_with(' '))
        .collect();
    assert_eq!(bad, Vec::<&str>::new(), "{folded:?}");
}

// The same case end to end: 90 spaces typed in the details of a request.
#[test]
fn ics_event_keeps_a_run_of_90_spaces_in_the_details_through_ical() {
    let details = format!("before{}after", " ".repeat(90));
    let valid = validate(&request(&details), &Config::default(), now(), &Tzdb).unwrap();
    let text = ics::event(&valid, &Config::default(), &Tzdb, now(), 0).unwrap();
    let cal = ical::IcalParser::new(text.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    let description = cal.events[0]
        .properties
        .iter()
        .find(|p| p.name == "DESCRIPTION")
        .and_then(|p| p.value.clone())
        .unwrap();
    assert!(
        description.contains(&details),
        "spaces lost: {description:?}"
    );
}

//! Requests built from fuzz data (every text field arbitrary, slots picked
//! among real upcoming sessions), validated and, when valid, composed into
//! every format; the raw text also goes straight into the composers that
//! take strings (`neutralize`, `escape_text`, `fold`).
#![no_main]

use std::sync::OnceLock;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use otel_feedback_core::config::Config;
use otel_feedback_core::request::{self, format_instant, validate, FeedbackRequest};
use otel_feedback_core::zone::Bundled;
use otel_feedback_fuzz::{check_errors, check_raw_text, compose_and_check, now, RECIPIENTS};

const LANGS: [&str; 6] = ["", "en", "uk-UA", "ja", "pt-BR", "fr-CH, uk;q=0.9"];
const ZONES: [&str; 8] = [
    "",
    "UTC",
    "America/Los_Angeles",
    "Asia/Tokyo",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "Pacific/Kiritimati",
    "Europe/Kyiv",
];
const TOPICS: [&str; 3] = ["special-use-cases", "implementation", "adoption"];

#[derive(Debug, Arbitrary)]
enum Contact {
    None,
    Fixed,
    Raw(String),
}

#[derive(Debug, Arbitrary)]
enum Slot {
    /// One of the next six sessions.
    Upcoming(u8),
    Raw(String),
}

#[derive(Debug, Arbitrary)]
struct Input {
    organization: String,
    name: String,
    email: Contact,
    slack: Contact,
    role: String,
    topics: (bool, bool, bool),
    extra_topic: Option<String>,
    details: String,
    slots: Vec<Slot>,
    alternative_time: String,
    delete_recording: bool,
    anonymize_post: bool,
    lang: u8,
    tz: Result<u8, String>,
    recipient: u8,
    raw: String,
    /// Repeats organization, name, details and alternative time up to their
    /// limits (long valid text is rare otherwise): 0 leaves a field as is.
    stretch: [u8; 4],
}

/// `s` repeated `times` times, cut to `max` characters (when `times` > 0).
fn stretched(s: &str, times: u8, max: usize) -> String {
    if times == 0 || s.is_empty() {
        return s.to_owned();
    }
    s.repeat(usize::from(times).min(max))
        .chars()
        .take(max)
        .collect()
}

fn sessions() -> &'static [String] {
    static S: OnceLock<Vec<String>> = OnceLock::new();
    S.get_or_init(|| {
        Config::default()
            .schedule
            .upcoming(now(), 6, &Bundled)
            .unwrap()
            .iter()
            .map(|o| format_instant(o.start))
            .collect()
    })
}

fuzz_target!(|input: Input| {
    check_raw_text(&input.raw);

    let contact = |c: &Contact, fixed: &str| match c {
        Contact::None => String::new(),
        Contact::Fixed => fixed.to_owned(),
        Contact::Raw(s) => s.clone(),
    };
    let (a, b, c) = input.topics;
    let mut topics: Vec<String> = [a, b, c]
        .iter()
        .zip(TOPICS)
        .filter(|(on, _)| **on)
        .map(|(_, t)| t.to_owned())
        .collect();
    topics.extend(input.extra_topic.clone());
    let [so, sn, sd, sa] = input.stretch;
    let request = FeedbackRequest {
        organization: stretched(&input.organization, so, request::ORGANIZATION_MAX),
        name: stretched(&input.name, sn, request::NAME_MAX),
        email: contact(&input.email, "jane@example.com"),
        slack: contact(&input.slack, "@jane"),
        role: input.role.clone(),
        topics,
        details: stretched(&input.details, sd, request::DETAILS_MAX),
        slots: input
            .slots
            .iter()
            .map(|s| match s {
                Slot::Upcoming(i) => sessions()[usize::from(*i) % 6].clone(),
                Slot::Raw(s) => s.clone(),
            })
            .collect(),
        alternative_time: stretched(&input.alternative_time, sa, request::ALTERNATIVE_TIME_MAX),
        delete_recording: input.delete_recording,
        anonymize_post: input.anonymize_post,
        lang: LANGS[usize::from(input.lang) % LANGS.len()].to_owned(),
        tz: match &input.tz {
            Ok(i) => ZONES[usize::from(*i) % ZONES.len()].to_owned(),
            Err(s) => s.clone(),
        },
    };
    let mut config = Config::default();
    config.email.to = RECIPIENTS[usize::from(input.recipient) % RECIPIENTS.len()].to_owned();
    match validate(&request, &config, now(), &Bundled) {
        Ok(valid) => compose_and_check(&valid, &config),
        Err(errors) => check_errors(&errors, false),
    }
});

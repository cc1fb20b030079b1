//! Properties over generated valid requests: composing never panics, the
//! `mailto:` URL parses back (url crate) to exactly its recipient, subject
//! and body, and the `.ics` parses back (ical crate) into exactly one VEVENT
//! with the request's values.

use chrono::{DateTime, TimeZone, Utc};
use otel_feedback_core::compose::{basic_utc, gcal, ics, mailto, slack};
use otel_feedback_core::config::Config;
use otel_feedback_core::i18n::{self, Lang};
use otel_feedback_core::request::{validate, FeedbackRequest};
use otel_feedback_core::zone::Bundled;
use proptest::prelude::*;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap()
}

/// Characters that stress every escaping layer: URL delimiters, iCalendar
/// separators, Slack markup, quotes, non-Latin scripts, emoji, combining
/// marks, astral plane.
const TEXT: &str =
    "[a-zA-Z0-9 .,;:\\\\\"'@<>!#&%+=?/()\\[\\]*_~`|{}^$-]|[éжїЖ日本語çã€🚀👩🇺🇦\u{0301}\u{1F600}]";

fn text(min: usize, max: usize) -> impl Strategy<Value = String> {
    (
        "[A-Za-zжé日🚀]",
        proptest::collection::vec(proptest::string::string_regex(TEXT).unwrap(), min..=max),
    )
        .prop_map(|(first, rest)| format!("{first}{}", rest.concat()))
}

fn details() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        proptest::collection::vec(
            prop_oneof![4 => proptest::string::string_regex(TEXT).unwrap(), 1 => Just("\n".to_owned()), 1 => Just("\r\n".to_owned())],
            0..=1999
        )
        .prop_map(|v| v.concat()),
    ]
}

fn request() -> impl Strategy<Value = FeedbackRequest> {
    let sessions: Vec<String> = Config::default()
        .schedule
        .upcoming(now(), 6, &Bundled)
        .unwrap()
        .iter()
        .map(|o| basic_rfc3339(o.start))
        .collect();
    (
        text(0, 119),
        text(0, 79),
        prop_oneof![
            Just(String::new()),
            "[a-z0-9_%+-]{1,20}@[a-z]{1,10}\\.(com|org|укр)"
        ],
        prop_oneof![
            Just(String::new()),
            "@[a-zA-Zé][a-zA-Zé._-]{0,20}",
            "U[A-Z0-9]{8,10}"
        ],
        prop_oneof![Just(String::new()), text(0, 79)],
        proptest::sample::subsequence(
            vec!["special-use-cases", "implementation", "adoption"],
            1..=3,
        ),
        details(),
        proptest::sample::subsequence(sessions, 0..=3),
        text(0, 299),
        (any::<bool>(), any::<bool>()),
        prop_oneof![
            Just("en"),
            Just("uk-UA"),
            Just("ja"),
            Just("pt-BR"),
            Just("xx")
        ],
        prop_oneof![
            Just(""),
            Just("UTC"),
            Just("Asia/Kathmandu"),
            Just("Australia/Lord_Howe"),
            Just("America/St_Johns"),
            Just("Pacific/Kiritimati"),
            Just("America/Los_Angeles"),
            Just("Europe/Kyiv"),
        ],
    )
        .prop_map(
            |(
                organization,
                name,
                email,
                slack,
                role,
                topics,
                details,
                slots,
                alt,
                (del, anon),
                lang,
                tz,
            )| {
                let email = if email.is_empty() && slack.is_empty() {
                    "fallback@example.com".to_owned()
                } else {
                    email
                };
                FeedbackRequest {
                    organization,
                    name,
                    email,
                    slack,
                    role,
                    topics: topics.into_iter().map(str::to_owned).collect(),
                    details,
                    alternative_time: if slots.is_empty() { alt } else { String::new() },
                    slots,
                    delete_recording: del,
                    anonymize_post: anon,
                    lang: lang.into(),
                    tz: tz.into(),
                }
            },
        )
}

fn basic_rfc3339(t: DateTime<Utc>) -> String {
    otel_feedback_core::request::format_instant(t)
}

fn unescape(s: &str) -> String {
    otel_feedback_core::compose::ics::unescape_text(s)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(200),
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_valid_request_composes_and_round_trips(r in request(), to in prop_oneof![Just(""), Just("sig-end-user@example.org")]) {
        let mut config = Config::default();
        config.email.to = to.to_owned();
        let v = validate(&r, &config, now(), &Bundled);
        prop_assert!(v.is_ok(), "generator made an invalid request: {:?}", v.err());
        let v = v.unwrap();

        // Slack: nothing pings.
        let msg = slack::message(&v, &config, &Bundled).to_lowercase();
        for bad in ["@here", "@channel", "@everyone", "<!", "<@", "<#"] {
            prop_assert!(!msg.contains(bad), "{} in {}", bad, msg);
        }

        // mailto: parses back to exactly what it carries; untouched unless shortened.
        let mail = mailto::email(&v, &config, &Bundled);
        let m = mailto::mailto(&v, &config, &Bundled);
        prop_assert!(m.url.len() <= mailto::MAX_URL, "{}", m.url.len());
        let url = url::Url::parse(&m.url).unwrap();
        prop_assert_eq!(url.scheme(), "mailto");
        let path: String = url::form_urlencoded::parse(format!("x={}", url.path()).as_bytes()).next().unwrap().1.into_owned();
        prop_assert_eq!(path, to);
        let pairs: Vec<(String, String)> = url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
        prop_assert_eq!(pairs.len(), 2);
        prop_assert_eq!(&pairs[0], &("subject".to_owned(), m.subject.clone()));
        prop_assert_eq!(&pairs[1], &("body".to_owned(), m.body.clone()));
        prop_assert!(!m.subject.contains(['\r', '\n']));
        if !m.shortened {
            prop_assert_eq!(&m.subject, &mail.subject);
            prop_assert_eq!(&m.body, &mail.body.replace('\n', "\r\n"));
            if let Some(d) = &v.details {
                prop_assert!(m.body.contains(&d.replace('\n', "\r\n")));
            }
        } else {
            prop_assert!(m.body.contains(&i18n::text(Lang::En, "msg-shortened")));
        }
        prop_assert!(mail.body.contains(&v.organization));

        // .ics: one VEVENT with the request's values.
        for (i, slot) in v.slots.iter().enumerate() {
            let text = ics::event(&v, &config, &Bundled, now(), i).unwrap();
            for line in text.split("\r\n") {
                prop_assert!(line.len() <= 75);
            }
            let cal = ical::IcalParser::new(text.as_bytes()).next().unwrap().unwrap();
            prop_assert_eq!(cal.events.len(), 1);
            let props = &cal.events[0].properties;
            let get = |name: &str| -> Vec<String> {
                props.iter().filter(|p| p.name == name).map(|p| p.value.clone().unwrap_or_default()).collect()
            };
            prop_assert_eq!(get("DTSTART"), vec![basic_utc(slot.start)]);
            prop_assert_eq!(get("DTEND"), vec![basic_utc(slot.end)]);
            let summary = i18n::format(v.lang, "event-summary", &[("organization", v.organization.as_str().into())]);
            prop_assert_eq!(get("SUMMARY").iter().map(|s| unescape(s)).collect::<Vec<_>>(), vec![summary.clone()]);
            let description = unescape(&get("DESCRIPTION")[0]);
            if let Some(d) = &v.details {
                prop_assert!(description.contains(d.as_str()));
            }
            prop_assert!(description.contains(&v.name));

            // Google Calendar: the same session and title.
            let link = gcal::link(&v, &config, &Bundled, i).unwrap();
            let u = url::Url::parse(&link).unwrap();
            let q: std::collections::HashMap<String, String> = u.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
            prop_assert_eq!(&q["dates"], &format!("{}/{}", basic_utc(slot.start), basic_utc(slot.end)));
            prop_assert_eq!(&q["text"], &summary);
        }
    }
}

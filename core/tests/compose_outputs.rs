//! The composed outputs: Slack message and links, email and `mailto:`,
//! `.ics` (one session and the series), Google Calendar link; and a table
//! of hostile inputs that must stay inert in every output.

mod common;

use chrono::{DateTime, TimeZone, Utc};
use otel_feedback_core::compose::{gcal, ics, mailto, slack};
use otel_feedback_core::config::Config;
use otel_feedback_core::i18n::Lang;
use otel_feedback_core::request::{validate, FeedbackRequest, ValidRequest};
use otel_feedback_core::zone::Bundled;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap()
}

fn sample() -> FeedbackRequest {
    FeedbackRequest {
        organization: "Example Corp".into(),
        name: "Jane Doe".into(),
        email: "jane@example.com".into(),
        slack: "@jane".into(),
        role: "SRE lead".into(),
        topics: vec!["adoption".into(), "special-use-cases".into()],
        slots: vec!["2026-11-26T18:00:00Z".into(), "2027-06-10T17:00:00Z".into()],
        details: "We run 3 clusters.\nMostly Go, some Java.".into(),
        delete_recording: true,
        tz: "Asia/Tokyo".into(),
        ..Default::default()
    }
}

fn valid(r: &FeedbackRequest) -> ValidRequest {
    validate(r, &Config::default(), now(), &Bundled).unwrap()
}

#[test]
fn slack_message_for_a_tokyo_visitor_gives_pacific_and_tokyo_times() {
    let msg = slack::message(&valid(&sample()), &Config::default(), &Bundled);
    let expected = "*Feedback session request*\n\
Hello! We would like to schedule an OpenTelemetry end-user feedback session.\n\
\n\
*Organization:* Example Corp\n\
*Contact:* Jane Doe (SRE lead)\n\
*Email:* jane@example.com\n\
*Slack:* @jane\n\
*Topics:* Special use cases; Challenges with adoption within the organization\n\
*Preferred sessions:*\n\
• Thu 2026-11-26 10:00 PST (America/Los_Angeles, UTC-08:00) / Fri 2026-11-27 03:00 JST (Asia/Tokyo, UTC+09:00)\n\
• Thu 2027-06-10 10:00 PDT (America/Los_Angeles, UTC-07:00) / Fri 2027-06-11 02:00 JST (Asia/Tokyo, UTC+09:00)\n\
*Compliance:*\n\
• Please delete the recording once the notes are summarized.\n\
• The blog post may name the organization.\n\
*Details:*\n\
> We run 3 clusters.\n\
> Mostly Go, some Java.\n\
Composed on https://opentelemetry.io/community/end-user/interviews-feedback/\n";
    assert_eq!(msg, expected);
}

#[test]
fn slack_message_is_english_even_for_a_ukrainian_visitor_unless_configured() {
    common::load_missing_catalogs();
    let mut r = sample();
    r.lang = "uk".into();
    let v = valid(&r);
    assert!(
        slack::message(&v, &Config::default(), &Bundled).starts_with("*Feedback session request*")
    );
    let config = Config {
        message_lang: "uk".into(),
        ..Config::default()
    };
    let msg = slack::message(&v, &config, &Bundled);
    assert!(
        msg.starts_with("*Запит на сесію зворотного звʼязку*"),
        "{msg}"
    );
    assert!(msg.contains("• Чт 2026-11-26 10:00 PST"), "{msg}");
}

#[test]
fn slack_message_for_a_pacific_visitor_shows_each_time_once() {
    let mut r = sample();
    r.tz = "America/Los_Angeles".into();
    let msg = slack::message(&valid(&r), &Config::default(), &Bundled);
    assert!(
        msg.contains("• Thu 2026-11-26 10:00 PST (America/Los_Angeles, UTC-08:00)\n"),
        "{msg}"
    );
}

#[test]
fn slack_message_without_slots_gives_the_other_times() {
    let mut r = sample();
    r.slots = vec![];
    r.alternative_time = "Tuesdays after 15:00 UTC".into();
    let msg = slack::message(&valid(&r), &Config::default(), &Bundled);
    assert!(msg.contains("*Preferred sessions:*\n• None of the scheduled sessions\n*Other times:* Tuesdays after 15:00 UTC\n"), "{msg}");
}

#[test]
fn neutralize_breaks_every_mention_form_and_keeps_addresses() {
    let wj = '\u{2060}';
    let cases = [
        ("@here", format!("@{wj}here")),
        ("@channel please", format!("@{wj}channel please")),
        ("hey @EVERYONE", format!("hey @{wj}EVERYONE")),
        ("x@here", format!("x@{wj}here")),
        ("<!channel>", format!("<{wj}!channel>")),
        ("<!here|here>", format!("<{wj}!here|here>")),
        ("<@U03UARAJ405>", format!("<{wj}@{wj}U03UARAJ405>")),
        ("<#C01RT3MSWGZ>", format!("<{wj}#C01RT3MSWGZ>")),
        ("(@reese)", format!("(@{wj}reese)")),
        ("jane@example.com", "jane@example.com".to_owned()),
        ("a < b and c > d", format!("a <{wj} b and c > d")),
        // Slack's link syntax: every `<` opens a control sequence.
        (
            "<https://evil.example|click here>",
            format!("<{wj}https://evil.example|click here>"),
        ),
        ("<https://x>", format!("<{wj}https://x>")),
        ("<mailto:a@b|x>", format!("<{wj}mailto:a@b|x>")),
        ("<<https://x>>", format!("<{wj}<{wj}https://x>>")),
        ("email me @ noon", "email me @ noon".to_owned()),
    ];
    for (input, expected) in cases {
        assert_eq!(slack::neutralize(input), expected, "{input}");
        // Readable: removing the joiners gives the input back.
        assert_eq!(slack::neutralize(input).replace(wj, ""), input);
    }
}

#[test]
fn slack_links_come_from_the_configuration() {
    let mut config = Config::default();
    let l = slack::links(&config);
    assert_eq!(
        l.channel_web,
        "https://cloud-native.slack.com/archives/C01RT3MSWGZ"
    );
    assert_eq!(
        l.channel_app,
        "slack://channel?team=T08PSQ7BQ&id=C01RT3MSWGZ"
    );
    assert_eq!(l.dms.len(), 2);
    assert_eq!(l.dms[0].name, "Reese Lee");
    assert_eq!(
        l.dms[0].app_url,
        "slack://user?team=T08PSQ7BQ&id=U03UARAJ405"
    );
    assert_eq!(
        l.dms[1].app_url,
        "slack://user?team=T08PSQ7BQ&id=U02EUCBFK8A"
    );
    assert_eq!(
        l.dms[1].web_url,
        "https://cloud-native.slack.com/team/U02EUCBFK8A"
    );
    config.slack.channel_id = "C0NEWCHANNEL".into();
    config.slack.channel_name = "otel-user-research".into();
    let l = slack::links(&config);
    assert_eq!(
        l.channel_web,
        "https://cloud-native.slack.com/archives/C0NEWCHANNEL"
    );
    assert_eq!(l.channel_name, "otel-user-research");
}

fn parse_mailto(url: &str) -> (String, String, String) {
    let u = url::Url::parse(url).unwrap();
    assert_eq!(u.scheme(), "mailto");
    let to = percent_decode(u.path());
    let mut subject = None;
    let mut body = None;
    for (k, v) in u.query_pairs() {
        match &*k {
            "subject" => subject = Some(v.into_owned()),
            "body" => body = Some(v.into_owned()),
            other => panic!("unexpected header {other}"),
        }
    }
    (to, subject.unwrap(), body.unwrap())
}

fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("x={s}").as_bytes())
        .next()
        .unwrap()
        .1
        .into_owned()
}

#[test]
fn mailto_parses_back_to_recipient_subject_and_crlf_body() {
    let v = valid(&sample());
    let config = Config::default();
    let mail = mailto::email(&v, &config, &Bundled);
    let m = mailto::mailto(&v, &config, &Bundled);
    assert!(m.url.starts_with(
        "mailto:?subject=Feedback%20session%20request%3A%20Example%20Corp&body=Hello%21"
    ));
    assert!(m.url.contains("%0D%0A"));
    let (to, subject, body) = parse_mailto(&m.url);
    assert_eq!(to, "");
    assert_eq!(subject, "Feedback session request: Example Corp");
    assert_eq!(body, mail.body.replace('\n', "\r\n"));
    assert!(body.contains("\r\nDetails:\r\nWe run 3 clusters.\r\nMostly Go, some Java.\r\n"));
    assert!(!m.shortened);
}

#[test]
fn mailto_with_a_configured_recipient() {
    let mut config = Config::default();
    config.email.to = "sig-end-user@example.org".into();
    let m = mailto::mailto(&valid(&sample()), &config, &Bundled);
    assert!(
        m.url
            .starts_with("mailto:sig-end-user@example.org?subject="),
        "{}",
        m.url
    );
    assert_eq!(parse_mailto(&m.url).0, "sig-end-user@example.org");
}

#[test]
fn mailto_over_1800_characters_shortens_the_details_with_a_marker() {
    let mut r = sample();
    r.details = "Our pipeline has many stages. "
        .repeat(66)
        .trim()
        .to_owned(); // 1979 chars
    let v = valid(&r);
    let m = mailto::mailto(&v, &Config::default(), &Bundled);
    assert!(m.url.len() <= mailto::MAX_URL, "{}", m.url.len());
    assert!(
        m.url.len() > mailto::MAX_URL - 60,
        "uses the room it has: {}",
        m.url.len()
    );
    assert!(m.shortened);
    let (_, _, body) = parse_mailto(&m.url);
    assert!(body.contains("Our pipeline has many stages."));
    assert!(
        body.contains("… [shortened: the full text is in the copied message]\r\n"),
        "{body}"
    );
    assert!(body.ends_with(
        "Composed on https://opentelemetry.io/community/end-user/interviews-feedback/\r\n"
    ));
    // The full text stays available to copy.
    assert!(mailto::email(&v, &Config::default(), &Bundled)
        .body
        .contains(&r.details));
}

fn unescape(s: &str) -> String {
    otel_feedback_core::compose::ics::unescape_text(s)
}

fn prop<'a>(
    props: &'a [ical::property::Property],
    name: &str,
) -> Vec<&'a ical::property::Property> {
    props.iter().filter(|p| p.name == name).collect()
}

fn assert_wire_format(text: &str) {
    assert!(text.ends_with("\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{line:?} has {} octets", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'), "{line:?}");
    }
}

#[test]
fn ics_event_parses_back_into_one_vevent_with_the_request_values() {
    let v = valid(&sample());
    let text = ics::event(&v, &Config::default(), &Bundled, now(), 1).unwrap();
    assert_wire_format(&text);
    let cal = ical::IcalParser::new(text.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(cal.events.len(), 1);
    let p = &cal.events[0].properties;
    let value = |name: &str| prop(p, name)[0].value.clone().unwrap();
    assert_eq!(value("DTSTART"), "20270610T170000Z");
    assert_eq!(value("DTEND"), "20270610T180000Z");
    assert_eq!(value("DTSTAMP"), "20261122T120000Z");
    assert_eq!(value("UID"), ics::uid(&v, v.slots[1].start));
    assert_eq!(
        value("URL"),
        "https://opentelemetry.io/community/end-user/interviews-feedback/"
    );
    assert_eq!(
        unescape(&value("SUMMARY")),
        "OpenTelemetry feedback session: Example Corp"
    );
    let description = unescape(&value("DESCRIPTION"));
    assert!(
        description.contains("Organization: Example Corp\nContact: Jane Doe (SRE lead)\n"),
        "{description}"
    );
    assert!(description.contains("Details:\nWe run 3 clusters.\nMostly Go, some Java.\n"));
    let props: Vec<&str> = cal.properties.iter().map(|p| p.name.as_str()).collect();
    assert!(props.contains(&"PRODID") && props.contains(&"VERSION"));
    assert!(ics::event(&v, &Config::default(), &Bundled, now(), 2).is_none());
}

#[test]
fn ics_uid_is_stable_for_the_same_request_and_start() {
    let v = valid(&sample());
    assert_eq!(
        ics::uid(&v, v.slots[0].start),
        ics::uid(&v, v.slots[0].start)
    );
    assert_ne!(
        ics::uid(&v, v.slots[0].start),
        ics::uid(&v, v.slots[1].start)
    );
    assert!(ics::uid(&v, v.slots[0].start).ends_with("-20261126T180000Z@otel-feedback"));
}

#[test]
fn ics_folds_long_ukrainian_lines_without_splitting_a_character() {
    common::load_missing_catalogs();
    let mut r = sample();
    r.lang = "uk".into();
    r.organization = "Організація з дуже довгою назвою".into();
    let text = ics::event(&valid(&r), &Config::default(), &Bundled, now(), 0).unwrap();
    assert_wire_format(&text); // a split character would not be valid UTF-8 per line
    let cal = ical::IcalParser::new(text.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    let summary = prop(&cal.events[0].properties, "SUMMARY")[0]
        .value
        .clone()
        .unwrap();
    assert_eq!(
        unescape(&summary),
        "Сесія зворотного звʼязку OpenTelemetry: Організація з дуже довгою назвою"
    );
}

#[test]
fn ics_series_has_a_weekly_rule_a_los_angeles_vtimezone_and_exdates() {
    let mut config = Config::default();
    config.schedule.cancelled = vec!["2026-12-24".into(), "2026-12-31".into()];
    config.schedule.series[0].until = Some("2027-06-30".into());
    let text = ics::series(&config, &Bundled, now(), Lang::En).unwrap();
    assert_wire_format(&text);
    let cal = ical::IcalParser::new(text.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(cal.timezones.len(), 1);
    assert_eq!(cal.events.len(), 1);
    let p = &cal.events[0].properties;
    let start = prop(p, "DTSTART")[0];
    assert_eq!(start.value.as_deref(), Some("20260108T100000"));
    assert_eq!(
        start.params.as_ref().unwrap()[0],
        ("TZID".to_owned(), vec!["America/Los_Angeles".to_owned()])
    );
    assert_eq!(
        prop(p, "RRULE")[0].value.as_deref(),
        Some("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20270630T170000Z")
    );
    // 2026-12-24 is a session date; 2026-12-31 is the off week, so no EXDATE.
    let exdates: Vec<_> = prop(p, "EXDATE")
        .iter()
        .map(|e| e.value.clone().unwrap())
        .collect();
    assert_eq!(exdates, vec!["20261224T100000"]);
    assert!(text.contains(
        "BEGIN:DAYLIGHT\r\nDTSTART:20250309T020000\r\nTZOFFSETFROM:-0800\r\nTZOFFSETTO:-0700\r\nTZNAME:PDT\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nEND:DAYLIGHT\r\n"
    ));
    assert!(text.contains(
        "BEGIN:STANDARD\r\nDTSTART:20251102T020000\r\nTZOFFSETFROM:-0700\r\nTZOFFSETTO:-0800\r\nTZNAME:PST\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nEND:STANDARD\r\n"
    ));
}

#[test]
fn ics_series_for_weekly_sessions_in_kathmandu_has_one_standard_part() {
    let mut config = Config::default();
    config.schedule.series[0].zone = "Asia/Kathmandu".into();
    config.schedule.series[0].every_weeks = 1;
    let text = ics::series(&config, &Bundled, now(), Lang::En).unwrap();
    assert!(text.contains("TZID:Asia/Kathmandu\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0545\r\nTZOFFSETTO:+0545\r\nEND:STANDARD\r\n"), "{text}");
    assert!(text.contains("RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TH\r\n"));
}

#[test]
fn ics_series_adds_extra_sessions_in_utc() {
    let mut config = Config::default();
    config.schedule.extra = vec![otel_feedback_core::schedule::ExtraSession {
        date: "2026-12-16".into(),
        time: "09:00".into(),
        label: Some("Extra session".into()),
        ..Default::default()
    }];
    let text = ics::series(&config, &Bundled, now(), Lang::En).unwrap();
    let cal = ical::IcalParser::new(text.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(cal.events.len(), 2);
    let p = &cal.events[1].properties;
    assert_eq!(
        prop(p, "DTSTART")[0].value.as_deref(),
        Some("20261216T170000Z")
    );
    assert_eq!(
        prop(p, "SUMMARY")[0].value.as_deref(),
        Some("Extra session")
    );
}

#[test]
fn ics_series_of_an_invalid_schedule_is_an_error() {
    let mut config = Config::default();
    config.schedule.series[0].zone = "America/Los_Angles".into();
    let err = ics::series(&config, &Bundled, now(), Lang::En).unwrap_err();
    assert_eq!(err.issues()[0].field, "schedule.series[0].zone");
}

#[test]
fn gcal_link_has_the_session_in_utc() {
    let v = valid(&sample());
    let link = gcal::link(&v, &Config::default(), &Bundled, 0).unwrap();
    assert!(link.starts_with(
        "https://calendar.google.com/calendar/render?action=TEMPLATE&text=OpenTelemetry%20feedback%20session%3A%20Example%20Corp&dates=20261126T180000Z/20261126T190000Z&details=Hello%21"
    ), "{link}");
    let u = url::Url::parse(&link).unwrap();
    let details = u
        .query_pairs()
        .find(|(k, _)| k == "details")
        .unwrap()
        .1
        .into_owned();
    assert!(details
        .contains("Topics: Special use cases; Challenges with adoption within the organization\n"));
    assert!(gcal::link(&v, &Config::default(), &Bundled, 5).is_none());
}

/// Hostile values for every text field; each must come out inert.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "@here",
    "<!channel>",
    "<!everyone> <@U03UARAJ405> <#C01RT3MSWGZ>",
    "x\r\nBcc: evil@example.com",
    "evil\u{202E}fdp.exe",
    "🚀 OpenTelemetry 👩\u{200D}💻 🇺🇦",
    "🚀 OpenTelemetry 🇺🇦 ✅",
    "",
    "   \t  ",
    "a&b=c?d#e%20f+g",
];

fn hostile_request(value: &str, long: usize) -> FeedbackRequest {
    let mut r = sample();
    let big = value.repeat(long.max(1));
    r.organization = format!("Org {value}");
    r.name = format!("Name {value}");
    r.role = format!("Role {value}");
    r.details = big;
    r.alternative_time = format!("Alt {value}");
    r
}

#[test]
fn hostile_inputs_are_refused_or_come_out_inert_in_every_output() {
    let config = Config::default();
    let mut accepted = 0;
    for value in HOSTILE {
        let r = hostile_request(value, 1);
        let Ok(v) = validate(&r, &config, now(), &Bundled) else {
            // Refused: CR and LF outside the multi-line fields, and the RTL
            // override (a zero-width joiner inside an emoji sequence is part
            // of it, and accepted).
            assert!(value.contains(['\r', '\u{202E}']), "{value:?}");
            continue;
        };
        accepted += 1;
        let msg = slack::message(&v, &config, &Bundled);
        for bad in ["@here", "@channel", "@everyone", "<!", "<@", "<#"] {
            assert!(
                !msg.to_lowercase().contains(bad),
                "{value:?} left {bad} in {msg}"
            );
        }
        let m = mailto::mailto(&v, &config, &Bundled);
        assert!(m.url.is_ascii() && m.url.len() <= mailto::MAX_URL);
        assert!(!m.url.contains('\r') && !m.url.contains('\n') && !m.url.contains(' '));
        let (to, subject, body) = parse_mailto(&m.url);
        assert_eq!(to, "");
        assert!(!subject.contains('\n') && !subject.contains('\r'));
        assert_eq!(
            body,
            mailto::email(&v, &config, &Bundled)
                .body
                .replace('\n', "\r\n")
        );
        let text = ics::event(&v, &config, &Bundled, now(), 0).unwrap();
        assert_wire_format(&text);
        let cal = ical::IcalParser::new(text.as_bytes())
            .next()
            .unwrap()
            .unwrap();
        assert_eq!(cal.events.len(), 1, "{value:?}");
        let names: Vec<&str> = cal.events[0]
            .properties
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "UID",
                "DTSTAMP",
                "DTSTART",
                "DTEND",
                "SUMMARY",
                "DESCRIPTION",
                "URL",
                "STATUS"
            ],
            "{value:?}"
        );
        let summary = prop(&cal.events[0].properties, "SUMMARY")[0]
            .value
            .clone()
            .unwrap();
        assert_eq!(
            unescape(&summary),
            format!(
                "OpenTelemetry feedback session: {}",
                format!("Org {value}").trim()
            )
        );
        let link = gcal::link(&v, &config, &Bundled, 0).unwrap();
        assert!(link.is_ascii() && !link.contains(' '));
    }
    // Refused: CRLF and the RTL override; whitespace-only trims away.
    assert_eq!(accepted, 9);
}

#[test]
fn ten_thousand_character_fields_are_refused_with_a_length_error() {
    let mut r = sample();
    r.details = "x".repeat(10_000);
    r.organization = "y".repeat(10_000);
    let errors = validate(&r, &Config::default(), now(), &Bundled).unwrap_err();
    let codes: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.field.as_str(), e.code.as_str()))
        .collect();
    assert_eq!(
        codes,
        vec![("organization", "too-long"), ("details", "too-long")]
    );
}

#[test]
fn the_longest_valid_emoji_request_still_fits_every_link() {
    let mut r = sample();
    r.organization = "🚀".repeat(120);
    r.name = "👩".repeat(80);
    r.role = "🔭".repeat(80);
    r.details = "📈\n".repeat(1000);
    r.alternative_time = "🕙".repeat(300);
    let v = valid(&r);
    let m = mailto::mailto(&v, &Config::default(), &Bundled);
    assert!(m.url.len() <= mailto::MAX_URL, "{}", m.url.len());
    assert!(m.shortened);
    let (_, subject, body) = parse_mailto(&m.url);
    assert!(subject.starts_with("Feedback session request: 🚀"));
    assert!(body.contains("[shortened"));
    let text = ics::event(&v, &Config::default(), &Bundled, now(), 0).unwrap();
    assert_wire_format(&text);
}

#[test]
fn ics_folding_never_leaves_a_space_at_the_end_of_a_physical_line() {
    // 74 characters, then a space at the fold point.
    let line = format!("SUMMARY:{} {}", "a".repeat(66), "b".repeat(100));
    let folded = ics::fold(&line);
    for physical in folded.split("\r\n") {
        assert!(physical.len() <= 75);
        assert!(
            !physical.ends_with(' ') || physical.trim().is_empty(),
            "{physical:?}"
        );
    }
    // Unfolding (remove CRLF + one space) gives the line back.
    assert_eq!(folded.trim_end_matches("\r\n").replace("\r\n ", ""), line);
}

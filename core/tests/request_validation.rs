//! Every validation rule of a feedback request: a failing and a passing case.

mod common;

use chrono::{DateTime, TimeZone, Utc};
use otel_feedback_core::config::Config;
use otel_feedback_core::i18n::Lang;
use otel_feedback_core::request::{
    validate, validate_in, FeedbackRequest, FieldError, Topic, ValidRequest,
};
use otel_feedback_core::zone::Bundled;

/// Sunday 2026-11-22 12:00 UTC. The default schedule meets on alternating
/// Thursdays at 10:00 Los Angeles from 2026-01-08: 2026-11-26 (18:00Z, PST),
/// 2026-12-10, 2026-12-24...
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap()
}

const NEXT: &str = "2026-11-26T18:00:00Z";
const SECOND: &str = "2026-12-10T18:00:00Z";
const THIRD: &str = "2026-12-24T18:00:00Z";
const FOURTH: &str = "2027-01-07T18:00:00Z";

fn good() -> FeedbackRequest {
    FeedbackRequest {
        organization: "Example Corp".into(),
        name: "Jane Doe".into(),
        email: "jane@example.com".into(),
        topics: vec!["implementation".into()],
        slots: vec![NEXT.into()],
        ..Default::default()
    }
}

fn check(r: &FeedbackRequest) -> Result<ValidRequest, Vec<FieldError>> {
    validate(r, &Config::default(), now(), &Bundled)
}

fn errors(r: &FeedbackRequest) -> Vec<(String, String)> {
    match check(r) {
        Ok(_) => Vec::new(),
        Err(e) => e.into_iter().map(|e| (e.field, e.code)).collect(),
    }
}

fn only(field: &str, code: &str) -> Vec<(String, String)> {
    vec![(field.to_owned(), code.to_owned())]
}

fn message(r: &FeedbackRequest) -> String {
    check(r).unwrap_err()[0].message.clone()
}

#[test]
fn a_complete_request_is_valid_and_trimmed() {
    let mut r = good();
    r.organization = "  Example Corp\t".replace('\t', " ");
    r.role = "  SRE lead ".into();
    r.details = "line one\r\nline two\rline three\n".into();
    r.topics = vec!["adoption".into(), "special-use-cases".into()];
    let v = check(&r).unwrap();
    assert_eq!(v.organization, "Example Corp");
    assert_eq!(v.role.as_deref(), Some("SRE lead"));
    assert_eq!(v.details.as_deref(), Some("line one\nline two\nline three"));
    assert_eq!(v.topics, vec![Topic::SpecialUseCases, Topic::Adoption]);
    assert_eq!(v.slots.len(), 1);
    assert_eq!(
        v.slots[0].start,
        Utc.with_ymd_and_hms(2026, 11, 26, 18, 0, 0).unwrap()
    );
    assert_eq!(v.tz, "UTC");
    assert_eq!(v.email.as_deref(), Some("jane@example.com"));
    assert_eq!(v.slack, None);
}

#[test]
fn an_empty_request_lists_every_missing_field_at_once() {
    assert_eq!(
        errors(&FeedbackRequest::default()),
        vec![
            ("organization".into(), "required".into()),
            ("name".into(), "required".into()),
            ("contact".into(), "required".into()),
            ("topics".into(), "required".into()),
            ("slots".into(), "required".into()),
        ]
    );
}

#[test]
fn organization_whitespace_only_is_missing() {
    let mut r = good();
    r.organization = " \u{3000}  ".into();
    assert_eq!(errors(&r), only("organization", "required"));
    assert_eq!(message(&r), "Enter the name of your organization.");
}

#[test]
fn organization_of_120_characters_passes_and_121_fails_with_the_limit() {
    let mut r = good();
    r.organization = "é".repeat(120);
    assert!(check(&r).is_ok());
    r.organization = "é".repeat(130);
    assert_eq!(errors(&r), only("organization", "too-long"));
    // Reading stopped at the 121st character: the limit, not a length.
    assert_eq!(
        message(&r),
        "“Organization” is longer than 120 characters; shorten it to 120 or fewer."
    );
}

#[test]
fn name_is_required_and_at_most_80_characters() {
    let mut r = good();
    r.name = "".into();
    assert_eq!(errors(&r), only("name", "required"));
    r.name = "x".repeat(81);
    assert_eq!(errors(&r), only("name", "too-long"));
    r.name = "x".repeat(80);
    assert!(check(&r).is_ok());
}

#[test]
fn email_or_slack_is_enough_but_one_is_needed() {
    let mut r = good();
    r.email = "".into();
    assert_eq!(errors(&r), only("contact", "required"));
    r.slack = "@jane".into();
    assert!(check(&r).is_ok());
    r.slack = "U03UARAJ405".into();
    assert_eq!(check(&r).unwrap().slack.as_deref(), Some("U03UARAJ405"));
}

#[test]
fn email_must_be_an_address() {
    let mut r = good();
    for bad in [
        "jane",
        "jane@",
        "@example.com",
        "jane@example",
        "jane doe@example.com",
        "jane@@example.com",
        "jane..doe@example.com",
        "jane@example.com>, evil@example.com",
        "\"jane\"@example.com",
        "jane@-example.com",
    ] {
        r.email = bad.into();
        assert_eq!(errors(&r), only("email", "invalid-email"), "{bad}");
    }
    r.email = "jane@example".into();
    assert_eq!(
        message(&r),
        "“jane@example” is not an email address; use the form name@example.com."
    );
    for ok in [
        "jane.doe+otel@example.co.uk",
        "o'brien@example.ie",
        "олена@приклад.укр",
    ] {
        r.email = ok.into();
        assert!(check(&r).is_ok(), "{ok}");
    }
}

#[test]
fn slack_is_a_handle_or_a_member_id() {
    let mut r = good();
    for ok in [
        "@jane",
        "@Jane Doe",
        "@jane.doe-2",
        "@Олена",
        "U03UARAJ405",
        "W012A3CDE",
    ] {
        r.slack = ok.into();
        assert!(check(&r).is_ok(), "{ok}");
    }
    for bad in [
        "jane",
        "@",
        "@ jane",
        "@jane<script>",
        "u03uaraj405",
        "C01RT3MSWGZ",
        "@jane@x",
    ] {
        r.slack = bad.into();
        assert_eq!(errors(&r), only("slack", "invalid-slack"), "{bad}");
    }
}

#[test]
fn slack_group_mentions_are_refused_with_their_own_message() {
    let mut r = good();
    for bad in ["@here", "@channel", "@Everyone"] {
        r.slack = bad.into();
        assert_eq!(errors(&r), only("slack", "invalid-slack"), "{bad}");
    }
    r.slack = "@here".into();
    assert_eq!(
        message(&r),
        "“@here” would notify a whole channel; give your own Slack handle instead."
    );
}

#[test]
fn role_is_optional_and_at_most_80_characters() {
    let mut r = good();
    r.role = "".into();
    assert_eq!(check(&r).unwrap().role, None);
    r.role = "r".repeat(81);
    assert_eq!(errors(&r), only("role", "too-long"));
}

#[test]
fn topics_must_be_a_non_empty_subset_without_repeats() {
    let mut r = good();
    r.topics = vec![];
    assert_eq!(errors(&r), only("topics", "required"));
    r.topics = vec!["pricing".into()];
    assert_eq!(errors(&r), only("topics", "unknown-topic"));
    assert_eq!(
        message(&r),
        "“pricing” is not a topic; use special-use-cases, implementation or adoption."
    );
    r.topics = vec!["adoption".into(), "adoption".into()];
    assert_eq!(errors(&r), only("topics", "duplicate"));
    r.topics = Topic::ALL.iter().map(|t| t.id().to_owned()).collect();
    assert_eq!(check(&r).unwrap().topics, Topic::ALL.to_vec());
}

#[test]
fn details_allow_newlines_and_at_most_2000_characters() {
    let mut r = good();
    r.details = "a\nb\n".repeat(500); // 2000 characters, trimmed to 1999
    assert!(check(&r).is_ok());
    r.details = "d".repeat(2001);
    assert_eq!(errors(&r), only("details", "too-long"));
}

#[test]
fn newlines_are_refused_outside_the_multi_line_fields() {
    let mut r = good();
    r.name = "Jane\nDoe".into();
    assert_eq!(errors(&r), only("name", "forbidden-character"));
    assert_eq!(
        message(&r),
        "“Name” has an invisible or control character at character 5: U+000A LINE FEED; remove it."
    );
    // Other times and details take several lines; the position says which.
    r.name = "Jane Doe".into();
    r.alternative_time = "Tuesdays\nor Wednesdays".into();
    r.details = "one\ntwo\tthree".into();
    assert!(check(&r).is_ok());
    r.details = "one\ntwo \u{202E}three".into();
    assert_eq!(
        message(&r),
        "“Details” has an invisible or control character at line 2, column 5: U+202E RIGHT-TO-LEFT OVERRIDE; remove it."
    );
    r.details.clear();
    r.name = "Jane Doe".into();
    r.email = "jane@example.com\r\nBcc: evil@example.com".into();
    assert_eq!(errors(&r), only("email", "forbidden-character"));
}

#[test]
fn bidi_overrides_and_isolates_are_refused_in_every_text_field() {
    for c in [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}',
    ] {
        let mut r = good();
        r.details = format!("see {c}gnp.exe");
        assert_eq!(errors(&r), only("details", "forbidden-character"), "{c:?}");
        let mut r = good();
        r.organization = format!("Acme{c}");
        assert_eq!(
            errors(&r),
            only("organization", "forbidden-character"),
            "{c:?}"
        );
    }
}

#[test]
fn zero_width_spaces_are_refused_in_names_and_joiners_only_inside_words() {
    let mut r = good();
    r.name = "Ja\u{200B}ne".into();
    assert_eq!(errors(&r), only("name", "forbidden-character"));
    let mut r = good();
    r.organization = "\u{FEFF}Acme".into();
    assert_eq!(errors(&r), only("organization", "forbidden-character"));
    // U+FEFF is refused in details too.
    let mut r = good();
    r.details = "hello\u{FEFF}".into();
    assert_eq!(errors(&r), only("details", "forbidden-character"));
    // A zero-width joiner inside an emoji sequence, a non-joiner inside a
    // Persian name: accepted in every field.
    let mut r = good();
    r.details = "Our team 👩\u{200D}💻 loves traces".into();
    r.name = "فاطمه\u{200C}زهرا".into();
    r.organization = "Ольга 👩🏽\u{200D}💻".into();
    assert!(check(&r).is_ok());
    // At the end of a word, or next to a space, a joiner joins nothing.
    r.name = "Ana\u{200D}".into();
    assert_eq!(errors(&r), only("name", "forbidden-character"));
    r.name = "Ana \u{200C}Lee".into();
    assert_eq!(errors(&r), only("name", "forbidden-character"));
}

#[test]
fn alternative_time_is_required_without_slots_and_at_most_300_characters() {
    let mut r = good();
    r.slots = vec![];
    assert_eq!(errors(&r), only("slots", "required"));
    r.alternative_time = "Tuesdays after 15:00 UTC".into();
    assert!(check(&r).is_ok());
    r.alternative_time = "t".repeat(301);
    assert_eq!(errors(&r), only("alternative_time", "too-long"));
}

#[test]
fn a_slot_must_be_rfc3339() {
    let mut r = good();
    r.slots = vec!["next thursday".into()];
    assert_eq!(errors(&r), only("slots", "invalid-date"));
    r.slots = vec!["2026-11-26T10:00:00-08:00".into()];
    assert_eq!(
        check(&r).unwrap().slots[0].start.to_rfc3339(),
        "2026-11-26T18:00:00+00:00"
    );
}

#[test]
fn a_slot_must_be_a_session_of_the_schedule() {
    let mut r = good();
    // A Thursday at 10:00 Los Angeles, but the off week of the series.
    r.slots = vec!["2026-12-03T18:00:00Z".into()];
    assert_eq!(errors(&r), only("slots", "not-a-session"));
    // The right day, an hour off.
    r.slots = vec!["2026-11-26T17:00:00Z".into()];
    assert_eq!(errors(&r), only("slots", "not-a-session"));
    r.tz = "Asia/Tokyo".into();
    assert_eq!(
        message(&r),
        "Fri 2026-11-27 02:00 JST (Asia/Tokyo, UTC+09:00) is not a session; pick one of the upcoming sessions."
    );
}

#[test]
fn a_slot_must_not_have_passed() {
    let mut r = good();
    r.slots = vec!["2026-11-12T18:00:00Z".into()]; // a real session, 10 days ago
    assert_eq!(errors(&r), only("slots", "in-the-past"));
}

#[test]
fn the_december_slot_is_in_pacific_standard_time_and_the_june_one_in_daylight_time() {
    let mut r = good();
    r.slots = vec!["2027-06-03T17:00:00Z".into()];
    // 2027-06-03 is 73 weeks after the anchor: an odd week, not a session.
    assert_eq!(errors(&r), only("slots", "not-a-session"));
    r.slots = vec!["2027-06-10T17:00:00Z".into()]; // 10:00 PDT
    assert!(check(&r).is_ok());
}

#[test]
fn slots_are_distinct_and_at_most_three() {
    let mut r = good();
    r.slots = vec![NEXT.into(), "2026-11-26T10:00:00-08:00".into()];
    assert_eq!(errors(&r), only("slots", "duplicate"));
    r.slots = vec![NEXT.into(), SECOND.into(), THIRD.into()];
    assert!(check(&r).is_ok());
    r.slots.push(FOURTH.into());
    assert_eq!(errors(&r), only("slots", "too-many"));
    assert_eq!(message(&r), "4 sessions are picked; pick 3 or fewer.");
}

#[test]
fn the_visitor_zone_must_be_known() {
    let mut r = good();
    r.tz = "Europe/Kyiv".into();
    assert_eq!(check(&r).unwrap().tz, "Europe/Kyiv");
    r.tz = "Mars/Olympus".into();
    assert_eq!(errors(&r), only("tz", "unknown-zone"));
}

#[test]
fn messages_follow_the_request_language_and_unknown_languages_fall_back_to_english() {
    common::load_missing_catalogs();
    let mut r = good();
    r.organization = "x".repeat(122);
    r.lang = "uk-UA".into();
    assert_eq!(
        message(&r),
        "Поле «Організація» містить понад 120 символів; скоротіть його до 120 або менше."
    );
    // The plural follows the limit: 254 символи.
    let mut e = good();
    e.lang = "uk-UA".into();
    e.email = format!("{}@example.com", "x".repeat(250));
    assert_eq!(
        message(&e),
        "Поле «Електронна пошта» містить понад 254 символи; скоротіть його до 254 або менше."
    );
    r.organization = "x".repeat(125);
    r.lang = "tlh".into();
    assert_eq!(
        message(&r),
        "“Organization” is longer than 120 characters; shorten it to 120 or fewer."
    );
    let errors = validate_in(&r, &Config::default(), now(), &Bundled, Lang::Uk).unwrap_err();
    assert!(errors[0].message.starts_with("Поле «Організація»"));
}

#[test]
fn a_10000_character_field_gives_a_short_error() {
    let mut r = good();
    r.email = "a".repeat(10_000);
    let e = check(&r).unwrap_err();
    assert!(e.iter().all(|e| e.message.chars().count() < 200), "{e:?}");
}

#[test]
fn max_preferred_comes_from_the_configuration() {
    let config = Config {
        max_preferred: 1,
        ..Config::default()
    };
    let mut r = good();
    r.slots = vec![NEXT.into(), SECOND.into()];
    let e = validate(&r, &config, now(), &Bundled).unwrap_err();
    assert_eq!(e[0].code, "too-many");
    assert_eq!(e[0].message, "2 sessions are picked; pick 1 or fewer.");
}

#[test]
fn json_with_an_unknown_key_names_it() {
    let e = FeedbackRequest::from_json(r#"{"organisation": "Acme"}"#, Lang::En).unwrap_err();
    assert_eq!(e[0].field, "organisation");
    assert_eq!(e[0].code, "unknown-field");
    let e = FeedbackRequest::from_json(r#"{"topics": "adoption"}"#, Lang::En).unwrap_err();
    assert_eq!(e[0].code, "invalid-json");
    let r =
        FeedbackRequest::from_json(r#"{"organization": "Acme", "email": null}"#, Lang::En).unwrap();
    assert_eq!(r.organization, "Acme");
    assert_eq!(r.email, "");
}

#[test]
fn errors_serialize_as_field_code_message() {
    let e = check(&FeedbackRequest {
        organization: "Acme".into(),
        ..good()
    });
    assert!(e.is_ok());
    let e = FieldError {
        field: "name".into(),
        code: "required".into(),
        message: "Enter your name.".into(),
    };
    assert_eq!(
        serde_json::to_string(&e).unwrap(),
        r#"{"field":"name","code":"required","message":"Enter your name."}"#
    );
}

//! Hostile input in any field of a request (issue 7, part 2).
//!
//! For every generated case, either validation refuses it with exactly the
//! [`FieldError`]s the documented rules predict on the hostile field(s), or
//! the request is valid and then:
//! - the `mailto:` URL parses back (url crate) to the configured recipient
//!   and exactly the headers `subject` and `body`, nothing else;
//! - the Slack text carries no live markup or mention: every `<` is
//!   followed by a word joiner (no `<https://…|label>` link, `<!channel>`,
//!   `<@U…>`, `<#C…>`), and no `@here`/`@channel`/`@everyone` (any case,
//!   `@` or `＠`);
//! - the `.ics` parses (ical crate) into exactly one VCALENDAR with exactly
//!   one VEVENT, no other component, exactly the expected property names,
//!   each once, without parameters.
//!
//! Hostile text: CR, LF, `\r\nBcc: x@y`, `%0D%0A`, `?`, `&`, `#`, Slack
//! markup and group mentions, iCalendar delimiters and component lines,
//! U+2028, bidi controls, zero-width characters, any `char` at all, and
//! strings up to 10,000 characters.
//!
//! Case counts: `PROPTEST_CASES` (default 2048 for one hostile field, 1024
//! for every field at once; each asserts that at least a tenth of its cases
//! were valid and a tenth refused); the table test runs every listed string
//! in every field.

use chrono::{DateTime, TimeZone, Utc};
use otel_feedback_core::compose::{ics, mailto, slack};
use otel_feedback_core::config::Config;
use otel_feedback_core::request::{
    self, format_instant, is_email, parse_instant, validate, FeedbackRequest, FieldError, Topic,
};
use otel_feedback_core::zone::{Bundled, ZoneSource};
use proptest::prelude::*;
use proptest::test_runner::{Config as RunnerConfig, TestRunner};
use std::cell::Cell;

#[path = "common/oracles.rs"]
mod oracles;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap()
}

/// Thursday 2026-11-26 10:00 in Los Angeles: a session of the default schedule.
const SLOT: &str = "2026-11-26T18:00:00Z";

/// The strings the issue names, and more of the same kind.
const HOSTILE: &[&str] = &[
    "\r",
    "\n",
    "\r\n",
    "\r\nBcc: x@y",
    "\nCc: boss@example.com",
    "%0D%0A",
    "%0D%0ABcc:%20x@y",
    "?",
    "&",
    "#",
    "=",
    "+",
    "%",
    "%25",
    "?bcc=x@y&cc=z@w",
    "&to=evil@example.com",
    "&subject=spoof",
    "&body=spoof#frag",
    "@here",
    "@channel",
    "@everyone",
    "@HERE",
    "@Channel",
    "＠here",
    "a@here",
    "<!channel>",
    "<!here|here>",
    "<!everyone>",
    "<!subteam^S123>",
    "<@U123>",
    "<@W0123ABCD>",
    "<#C01RT3MSWGZ|general>",
    "<https://evil.example|click>",
    "<https://x>",
    "<mailto:a@b|x>",
    "<http://evil.example|https://opentelemetry.io>",
    "<tel:+1555|call>",
    "<slack://channel?team=T1&id=C1|x>",
    "<www.example.com|x>",
    "< https://x|y>",
    "<!date^1392734382^{date}|x>",
    "\u{2028}",
    "\u{2029}",
    "\u{202E}",
    "\u{202A}",
    "\u{2066}",
    "\u{2069}",
    "\u{200B}",
    "\u{2060}",
    "\u{FEFF}",
    "\u{0085}",
    "\u{0000}",
    "\t",
    "\u{001B}[31m",
    ";",
    ",",
    ":",
    "\\",
    "\\n",
    "\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:x",
    "\nBEGIN:VALARM\nACTION:DISPLAY\nEND:VALARM",
    "\r\nATTENDEE;CN=x:mailto:x@y",
    "\r\n ATTACH:http://x",
    "DESCRIPTION;ALTREP=\"x\":y",
    "mailto:x@y?bcc=z@w",
    "é",
    "日本語",
    "🚀",
    "👩\u{200D}💻",
    "e\u{0301}",
    " ",
    "   ",
    "*bold* _it_ ~st~ `code`",
    "> quote",
    "&lt;!channel&gt;",
];

/// The fields a hostile value may go into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Organization,
    Name,
    Email,
    Slack,
    Role,
    Topics,
    Details,
    Slots,
    AlternativeTime,
    Lang,
    Tz,
}

const FIELDS: [Field; 11] = [
    Field::Organization,
    Field::Name,
    Field::Email,
    Field::Slack,
    Field::Role,
    Field::Topics,
    Field::Details,
    Field::Slots,
    Field::AlternativeTime,
    Field::Lang,
    Field::Tz,
];

impl Field {
    fn key(self) -> &'static str {
        match self {
            Field::Organization => "organization",
            Field::Name => "name",
            Field::Email => "email",
            Field::Slack => "slack",
            Field::Role => "role",
            Field::Topics => "topics",
            Field::Details => "details",
            Field::Slots => "slots",
            Field::AlternativeTime => "alternative_time",
            Field::Lang => "lang",
            Field::Tz => "tz",
        }
    }

    /// The documented length limit (`None`: not free text).
    fn max(self) -> Option<usize> {
        request::max_length(self.key())
    }

    fn set(self, r: &mut FeedbackRequest, value: &str) {
        let v = value.to_owned();
        match self {
            Field::Organization => r.organization = v,
            Field::Name => r.name = v,
            Field::Email => r.email = v,
            Field::Slack => r.slack = v,
            Field::Role => r.role = v,
            Field::Topics => r.topics.push(v),
            Field::Details => r.details = v,
            Field::Slots => r.slots = vec![v],
            Field::AlternativeTime => r.alternative_time = v,
            Field::Lang => r.lang = v,
            Field::Tz => r.tz = v,
        }
    }
}

/// A valid request with every field filled in.
fn base() -> FeedbackRequest {
    FeedbackRequest {
        organization: "Example Corp".into(),
        name: "Jane Doe".into(),
        email: "jane@example.com".into(),
        slack: "@jane".into(),
        role: "SRE lead".into(),
        topics: vec!["adoption".into()],
        details: "We run the Collector.".into(),
        slots: vec![SLOT.into()],
        alternative_time: "Tuesdays".into(),
        delete_recording: true,
        anonymize_post: false,
        lang: "en".into(),
        tz: "Asia/Tokyo".into(),
    }
}

/// Refused characters, restated from `request`'s documentation: control
/// characters (but LF in `details` and `alternative_time`, tab in
/// `details`), bidi embeddings, overrides and isolates, line and paragraph
/// separators, U+FEFF; zero-width spaces and word joiners too in `name`,
/// `organization`, `email` and `slack`. A ZWJ or ZWNJ only between two
/// visible characters.
fn refused(c: char, field: Field) -> bool {
    let newline_ok = matches!(field, Field::Details | Field::AlternativeTime) && c == '\n';
    let tab_ok = field == Field::Details && c == '\t';
    let strict = matches!(
        field,
        Field::Name | Field::Organization | Field::Email | Field::Slack
    );
    (c.is_control() && !newline_ok && !tab_ok)
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}' | '\u{FEFF}')
        || (strict && matches!(c, '\u{200B}' | '\u{2060}'..='\u{2064}' | '\u{180E}'))
}

fn refused_in(v: &str, field: Field) -> bool {
    let chars: Vec<char> = v.chars().collect();
    let joiner = |c: char| matches!(c, '\u{200C}' | '\u{200D}');
    let visible = |c: Option<&char>| {
        c.is_some_and(|c| !c.is_whitespace() && !joiner(*c) && !refused(*c, field))
    };
    chars.iter().enumerate().any(|(i, &c)| {
        refused(c, field)
            || (joiner(c) && !(i > 0 && visible(chars.get(i - 1)) && visible(chars.get(i + 1))))
    })
}

/// The error codes validation must report on `field` for `value`, in order;
/// `None` when the rules leave the outcome to a check not restated here
/// (then the codes must be a subset of the returned list).
fn expected_codes(field: Field, value: &str, base: &FeedbackRequest) -> (Vec<&'static str>, bool) {
    let mut codes = Vec::new();
    let exact = true;
    // `v`: the text as validation sees it (line breaks made LF in a
    // multi-line field). Too long: more than the limit once trimmed, or
    // more than twice the limit as typed; then that is the only error.
    let text_rules = |v: &str, codes: &mut Vec<&'static str>| {
        let max = field.max().unwrap();
        if v.trim().chars().count() > max || v.chars().count() > 2 * max {
            codes.push("too-long");
        } else if refused_in(v.trim(), field) {
            codes.push("forbidden-character");
        }
    };
    match field {
        Field::Organization | Field::Name => {
            text_rules(value, &mut codes);
            if value.trim().is_empty() && codes.is_empty() {
                codes.push("required");
            }
        }
        Field::Role => text_rules(value, &mut codes),
        Field::AlternativeTime | Field::Details => {
            let v = value.replace("\r\n", "\n").replace('\r', "\n");
            text_rules(&v, &mut codes)
        }
        Field::Email => {
            let v = value.trim();
            text_rules(value, &mut codes);
            if codes.is_empty() && !v.is_empty() && !is_email(v) {
                codes.push("invalid-email");
            }
        }
        Field::Slack => {
            let v = value.trim();
            text_rules(value, &mut codes);
            if codes.is_empty() && !v.is_empty() {
                // The handle rules are not restated: whatever the answer,
                // it may only be `invalid-slack`.
                return (vec!["invalid-slack"], false);
            }
        }
        Field::Topics => match Topic::from_id(value.trim()) {
            None => codes.push("unknown-topic"),
            Some(t) if base.topics.iter().any(|b| Topic::from_id(b) == Some(t)) => {
                codes.push("duplicate")
            }
            Some(_) => {}
        },
        Field::Slots => {
            if parse_instant(value.trim()).is_none() {
                codes.push("invalid-date");
            } else {
                return (vec!["in-the-past", "not-a-session"], false);
            }
        }
        Field::Lang => {}
        Field::Tz => {
            let v = value.trim();
            if !v.is_empty() && Bundled.resolve(v).is_none() {
                codes.push("unknown-zone");
            }
        }
    }
    (codes, exact)
}

/// Everything that must hold for one request: the exact refusals on the
/// hostile fields, or, when valid, the three outputs' structure. Returns
/// whether the request was valid.
fn check(request: &FeedbackRequest, hostile: &[Field], to: &str) -> Result<bool, TestCaseError> {
    let mut config = Config::default();
    config.email.to = to.to_owned();
    let reference = base();
    let mut expect_ok = true;
    let result = validate(request, &config, now(), &Bundled);
    let errors: &[FieldError] = match &result {
        Ok(_) => &[],
        Err(e) => e,
    };
    for field in FIELDS {
        let got: Vec<&str> = errors
            .iter()
            .filter(|e| e.field == field.key())
            .map(|e| e.code.as_str())
            .collect();
        if !hostile.contains(&field) {
            prop_assert!(got.is_empty(), "benign {:?} refused: {:?}", field, errors);
            continue;
        }
        let value = match field {
            Field::Organization => &request.organization,
            Field::Name => &request.name,
            Field::Email => &request.email,
            Field::Slack => &request.slack,
            Field::Role => &request.role,
            Field::Topics => request.topics.last().unwrap(),
            Field::Details => &request.details,
            Field::Slots => &request.slots[0],
            Field::AlternativeTime => &request.alternative_time,
            Field::Lang => &request.lang,
            Field::Tz => &request.tz,
        };
        let (codes, exact) = expected_codes(field, value, &reference);
        if exact {
            prop_assert_eq!(&got, &codes, "{:?} = {:?}: {:?}", field, value, errors);
            expect_ok &= codes.is_empty();
        } else {
            prop_assert!(
                got.iter().all(|c| codes.contains(c)),
                "{:?} = {:?}: {:?}",
                field,
                value,
                errors
            );
            expect_ok &= got.is_empty();
        }
    }
    // Email and Slack both hostile and both emptied: the contact is required.
    let contact_missing = request.email.trim().is_empty() && request.slack.trim().is_empty();
    if contact_missing {
        prop_assert!(errors
            .iter()
            .any(|e| e.field == "email" && e.code == "required"));
        return Ok(false);
    }
    prop_assert_eq!(result.is_ok(), expect_ok, "{:?}", errors);
    let Ok(valid) = result else {
        return Ok(false);
    };
    check_mailto(&mailto::mailto(&valid, &config, &Bundled), to)?;
    check_slack(&slack::message(&valid, &config, &Bundled))?;
    for i in 0..valid.slots.len() {
        check_ics(&ics::event(&valid, &config, &Bundled, now(), i).unwrap())?;
    }
    Ok(true)
}

fn check_mailto(m: &mailto::Mailto, to: &str) -> Result<(), TestCaseError> {
    let u = &m.url;
    prop_assert!(
        !u.contains(['\r', '\n', ' ', '#']),
        "raw CR, LF, space or # in {}",
        u
    );
    prop_assert!(u.is_ascii(), "{}", u);
    prop_assert_eq!(u.matches('?').count(), 1, "{}", u);
    oracles::reads_back(m, to).map_err(TestCaseError::fail)?;
    prop_assert!(!m.subject.contains(['\r', '\n']));
    Ok(())
}

fn check_slack(text: &str) -> Result<(), TestCaseError> {
    oracles::no_live_markup(text).map_err(TestCaseError::fail)
}

fn names(props: &[ical::property::Property]) -> Vec<String> {
    let mut n: Vec<String> = props.iter().map(|p| p.name.clone()).collect();
    n.sort();
    n
}

fn check_ics(text: &str) -> Result<(), TestCaseError> {
    prop_assert!(text.ends_with("\r\n"));
    for line in text[..text.len() - 2].split("\r\n") {
        prop_assert!(line.len() <= 75, "{} octets: {:?}", line.len(), line);
        prop_assert!(!line.contains(['\r', '\n']), "bare CR or LF in {:?}", line);
    }
    let calendars: Vec<_> = ical::IcalParser::new(text.as_bytes()).collect();
    prop_assert_eq!(calendars.len(), 1, "{}", text);
    let cal = match &calendars[0] {
        Ok(c) => c,
        Err(e) => return Err(TestCaseError::fail(format!("{e}: {text}"))),
    };
    prop_assert_eq!(
        names(&cal.properties),
        ["CALSCALE", "METHOD", "PRODID", "VERSION"]
    );
    prop_assert_eq!(cal.events.len(), 1, "{}", text);
    prop_assert!(cal.alarms.is_empty() && cal.todos.is_empty() && cal.journals.is_empty());
    prop_assert!(cal.free_busys.is_empty() && cal.timezones.is_empty());
    let event = &cal.events[0];
    prop_assert!(event.alarms.is_empty(), "{}", text);
    prop_assert_eq!(
        names(&event.properties),
        [
            "DESCRIPTION",
            "DTEND",
            "DTSTAMP",
            "DTSTART",
            "STATUS",
            "SUMMARY",
            "UID",
            "URL"
        ],
        "{}",
        text
    );
    for p in cal.properties.iter().chain(&event.properties) {
        prop_assert!(p.params.is_none(), "parameter on {:?} in {}", p, text);
    }
    Ok(())
}

/// A piece of hostile text: a listed string, any characters at all, or
/// plain text.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(HOSTILE).prop_map(str::to_owned),
        2 => proptest::collection::vec(any::<char>(), 1..6).prop_map(|v| v.into_iter().collect()),
        2 => "[a-zA-Z0-9 .,@<>!#&?=%-]{1,12}",
    ]
}

/// Repeats `piece` to exactly `len` characters.
fn repeat_to(piece: &str, len: usize) -> String {
    let piece = if piece.is_empty() { "x" } else { piece };
    piece.chars().cycle().take(len).collect()
}

/// Hostile text for a field with limit `max`: short mixes, strings just
/// under, at and over the limit, and 10,000 characters.
fn hostile(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::collection::vec(fragment(), 1..10).prop_map(|v| v.concat()),
        2 => (fragment(), prop_oneof![Just(max - 1), Just(max), Just(max + 1)])
            .prop_map(|(p, n)| repeat_to(&p, n)),
        1 => fragment().prop_map(|p| repeat_to(&p, 10_000)),
    ]
}

/// Hostile text with what validation refuses taken out: the characters
/// refused in `name` (the strictest rules; CR and LF kept when `multiline`)
/// and anything past `max` characters. Such text reaches the outputs.
fn accepted(max: usize, multiline: bool) -> impl Strategy<Value = String> {
    hostile(max).prop_map(move |v| {
        let kept: String = v
            .chars()
            .filter(|c| {
                ((multiline && matches!(c, '\r' | '\n')) || !refused(*c, Field::Name))
                    && !matches!(c, '\u{200C}' | '\u{200D}')
            })
            .take(max - 1)
            .collect();
        format!("x{kept}")
    })
}

/// Mostly accepted text, sometimes anything.
fn mostly_accepted(max: usize, multiline: bool) -> impl Strategy<Value = String> {
    prop_oneof![4 => accepted(max, multiline), 1 => hostile(max)]
}

/// Valid addresses and handles built from hostile characters: they pass
/// validation, so they reach every output.
fn hostile_email() -> impl Strategy<Value = String> {
    (
        "[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]{1,20}",
        proptest::sample::select(&["example.com", "here.example", "channel.io", "приклад.укр"][..]),
    )
        .prop_map(|(local, domain)| format!("{local}@{domain}"))
}

fn hostile_slack() -> impl Strategy<Value = String> {
    prop_oneof![
        "@(here|channel|everyone|HERE|Channel)[a-z0-9._'-]{1,8}",
        "@[a-zA-Zé][a-zA-Zé0-9._' -]{0,20}[a-z]",
        "[UW][A-Z0-9]{6,20}",
    ]
}

fn value_for(field: Field) -> BoxedStrategy<String> {
    match field {
        Field::Email => prop_oneof![2 => hostile(254), 1 => hostile_email()].boxed(),
        Field::Slack => prop_oneof![2 => hostile(80), 1 => hostile_slack()].boxed(),
        f => hostile(f.max().unwrap_or(300)).boxed(),
    }
}

fn recipient() -> impl Strategy<Value = &'static str> {
    prop_oneof![Just(""), Just("sig-end-user@example.org")]
}

fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Runs `cases` generated cases through `test`; returns how many requests
/// were valid (outputs checked) and how many were refused, and checks that
/// both outcomes were exercised.
fn run<S: Strategy>(
    cases: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<bool, TestCaseError>,
) -> (usize, usize) {
    let valid = Cell::new(0);
    let refused = Cell::new(0);
    let mut runner = TestRunner::new(RunnerConfig {
        cases,
        // The failing input is printed by the panic below; there is no
        // source file to write a regression seed next to.
        failure_persistence: None,
        ..RunnerConfig::default()
    });
    runner
        .run(&strategy, |value| {
            let ok = test(value)?;
            let counter = if ok { &valid } else { &refused };
            counter.set(counter.get() + 1);
            Ok(())
        })
        .unwrap();
    let (valid, refused) = (valid.get(), refused.get());
    eprintln!("{cases} cases: {valid} valid (outputs checked), {refused} refused");
    // Both branches must carry weight: at least a tenth of the cases each.
    assert!(valid * 10 >= cases as usize, "{valid} valid of {cases}");
    assert!(
        refused * 10 >= cases as usize,
        "{refused} refused of {cases}"
    );
    (valid, refused)
}

/// One field hostile, the others valid: the refusal is on that field with
/// the predicted codes, or the outputs hold.
#[test]
fn hostile_text_in_one_field_is_refused_on_that_field_or_stays_inert() {
    let field_value =
        proptest::sample::select(&FIELDS[..]).prop_flat_map(|f| (Just(f), value_for(f)));
    run(
        cases(2048),
        (field_value, recipient()),
        |((field, value), to)| {
            let mut r = base();
            field.set(&mut r, &value);
            check(&r, &[field], to)
        },
    );
}

/// Every free-text field hostile at once (mostly with the refused
/// characters taken out, and email and Slack as valid but hostile-looking
/// contacts, so the request can pass).
#[test]
fn hostile_text_in_every_field_at_once_is_refused_or_stays_inert() {
    let texts = (
        mostly_accepted(120, false),
        mostly_accepted(80, false),
        mostly_accepted(80, false),
        mostly_accepted(2000, true),
        mostly_accepted(300, false),
        hostile(300),
    );
    let contacts = (hostile_email(), hostile_slack(), recipient());
    run(
        cases(1024),
        (texts, contacts),
        |((organization, name, role, details, alternative_time, lang), (email, slack, to))| {
            let r = FeedbackRequest {
                organization,
                name,
                role,
                details,
                alternative_time,
                lang,
                email,
                slack,
                ..base()
            };
            check(
                &r,
                &[
                    Field::Organization,
                    Field::Name,
                    Field::Role,
                    Field::Details,
                    Field::AlternativeTime,
                    Field::Email,
                    Field::Slack,
                    Field::Lang,
                ],
                to,
            )
        },
    );
}

/// Every listed hostile string, alone and wrapped in text, in every field,
/// with both recipients.
#[test]
fn every_listed_hostile_string_in_every_field() {
    let (mut valid, mut refused) = (0, 0);
    for s in HOSTILE {
        for value in [s.to_string(), format!("Acme {s} Corp")] {
            for field in FIELDS {
                for to in ["", "sig-end-user@example.org"] {
                    let mut r = base();
                    field.set(&mut r, &value);
                    match check(&r, &[field], to) {
                        Ok(true) => valid += 1,
                        Ok(false) => refused += 1,
                        Err(e) => panic!("{field:?} = {value:?}, to {to:?}: {e}"),
                    }
                }
            }
        }
    }
    eprintln!("table: {valid} valid, {refused} refused");
    assert_eq!(valid + refused, HOSTILE.len() * 2 * FIELDS.len() * 2);
    assert_eq!((valid, refused), (1560, 1740));
}

/// The cases the issue names, pinned: what validation says and what the
/// outputs carry.
#[test]
fn crlf_bcc_in_details_stays_in_the_body() {
    let mut r = base();
    r.details = "hi\r\nBcc: x@y".into();
    let config = Config::default();
    let valid = validate(&r, &config, now(), &Bundled).unwrap();
    let m = mailto::mailto(&valid, &config, &Bundled);
    assert!(m.url.contains("hi%0D%0ABcc%3A%20x%40y"), "{}", m.url);
    let keys: Vec<String> = url::Url::parse(&m.url)
        .unwrap()
        .query_pairs()
        .map(|(k, _)| k.into_owned())
        .collect();
    assert_eq!(keys, ["subject", "body"]);
}

#[test]
fn crlf_bcc_in_the_organization_is_refused_on_organization() {
    let mut r = base();
    r.organization = "Acme\r\nBcc: x@y".into();
    let errors = validate(&r, &Config::default(), now(), &Bundled).unwrap_err();
    let got: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.field.as_str(), e.code.as_str()))
        .collect();
    assert_eq!(got, [("organization", "forbidden-character")]);
    assert!(
        errors[0].message.contains("U+000D"),
        "{}",
        errors[0].message
    );
}

#[test]
fn bidi_override_in_the_role_is_refused_on_role() {
    let mut r = base();
    r.role = "admin\u{202E}txt.exe".into();
    let errors = validate(&r, &Config::default(), now(), &Bundled).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(
        (errors[0].field.as_str(), errors[0].code.as_str()),
        ("role", "forbidden-character")
    );
    assert!(
        errors[0].message.contains("U+202E"),
        "{}",
        errors[0].message
    );
}

#[test]
fn ten_thousand_character_details_are_refused_as_too_long_not_cut() {
    let mut r = base();
    r.details = "@here ".repeat(2000).chars().take(10_000).collect();
    let errors = validate(&r, &Config::default(), now(), &Bundled).unwrap_err();
    let got: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.field.as_str(), e.code.as_str()))
        .collect();
    assert_eq!(got, [("details", "too-long")]);
    assert_eq!(
        errors[0].message,
        "“Details” is longer than 2000 characters; shorten it to 2000 or fewer."
    );
}

#[test]
fn group_mentions_and_markup_in_every_text_field_reach_slack_inert() {
    let mut r = base();
    r.organization = "@here Corp".into();
    r.name = "<!channel> Jane".into();
    r.role = "<@U123> @everyone".into();
    r.details = "ping <#C01RT3MSWGZ|general>\n@channel-wide ＠here".into();
    r.alternative_time = "@Here or @CHANNEL".into();
    r.email = "x@here.example".into();
    r.slack = "@channel-x".into();
    let config = Config::default();
    let valid = validate(&r, &config, now(), &Bundled).unwrap();
    let text = slack::message(&valid, &config, &Bundled);
    check_slack(&text).unwrap();
    let wj = slack::WORD_JOINER;
    assert!(text.contains(&format!("@{wj}here Corp")), "{text}");
    assert!(text.contains(&format!("<{wj}!channel> Jane")), "{text}");
    assert!(text.contains(&format!("x@{wj}here.example")), "{text}");
}

/// Slack's link syntax (`<https://…|label>`, `<mailto:…>`, and every
/// other `<…>` control sequence) in every text field reaches Slack inert,
/// reading the same (issue 27, item 4).
#[test]
fn slack_links_in_every_text_field_reach_slack_inert() {
    let mut r = base();
    r.organization = "<https://evil.example|click here>".into();
    r.name = "Ana <https://x>".into();
    r.role = "<mailto:a@b|x>".into();
    r.details = "see <http://evil.example|https://opentelemetry.io>\n<www.example.com|y>".into();
    r.alternative_time = "<https://evil.example|Tuesday>".into();
    let config = Config::default();
    let valid = validate(&r, &config, now(), &Bundled).unwrap();
    let text = slack::message(&valid, &config, &Bundled);
    check_slack(&text).unwrap();
    let wj = slack::WORD_JOINER;
    for typed in [
        "<https://evil.example|click here>",
        "Ana <https://x>",
        "<mailto:a@b|x>",
        "see <http://evil.example|https://opentelemetry.io>",
        "<www.example.com|y>",
        "<https://evil.example|Tuesday>",
    ] {
        assert!(
            text.contains(&typed.replace('<', &format!("<{wj}"))),
            "{typed:?} in {text}"
        );
    }
}

/// Characters Slack's markup is made of, and any character at all.
fn markup_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(&["<", ">", "|", "!", "@", "#", "^", "<https://", "<mailto:", "<!", "<@", "<#", "\u{2060}", " ", "\n"][..]).prop_map(str::to_owned),
        2 => "[a-z:/.]{1,8}",
        1 => any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

/// For any text, `neutralize` leaves no `<` Slack would read as the start
/// of a link, mention or channel, and removing the joiners it adds gives
/// the text back (the visible characters are kept).
#[test]
fn neutralized_text_has_no_slack_markup_and_keeps_every_visible_character() {
    let mut runner = TestRunner::new(RunnerConfig {
        cases: cases(4096),
        failure_persistence: None,
        ..RunnerConfig::default()
    });
    runner
        .run(&markup_text(), |s| {
            let n = slack::neutralize(&s);
            oracles::no_live_markup(&n).map_err(TestCaseError::fail)?;
            prop_assert_eq!(
                n.replace(slack::WORD_JOINER, ""),
                s.replace(slack::WORD_JOINER, "")
            );
            // The visitor's own address or handle: no markup either.
            let own = slack::neutralize_groups(&s);
            prop_assert!(
                !own.contains('<') || own.matches('<').count() == own.matches("<\u{2060}").count(),
                "{:?}",
                own
            );
            Ok(())
        })
        .unwrap();
}

#[test]
fn ics_delimiters_in_the_organization_stay_one_summary_value() {
    let mut r = base();
    r.organization = "A;B,C:D\\E".into();
    r.details = "\nEND:VEVENT\nBEGIN:VALARM\nACTION:DISPLAY".into();
    let config = Config::default();
    let valid = validate(&r, &config, now(), &Bundled).unwrap();
    let text = ics::event(&valid, &config, &Bundled, now(), 0).unwrap();
    check_ics(&text).unwrap();
    assert!(
        text.contains("SUMMARY:OpenTelemetry feedback session: A\\;B\\,C:D\\\\E\r\n"),
        "{text}"
    );
    assert_eq!(format_instant(valid.slots[0].start), SLOT);
}

#[test]
fn the_shared_output_checks_catch_what_they_look_for() {
    assert!(oracles::no_live_markup("hi @\u{2060}here").is_ok());
    for live in [
        "hi @HERE",
        "hi ＠channel",
        "<!channel>",
        "see <#C01|x>",
        "@everyone!",
        "<https://evil.example|click here>",
        "<https://x>",
        "<mailto:a@b|x>",
        "a < b",
    ] {
        assert!(oracles::no_live_markup(live).is_err(), "{live:?}");
    }
    let config = Config::default();
    let valid = validate(&base(), &config, now(), &Bundled).unwrap();
    let mut m = mailto::mailto(&valid, &config, &Bundled);
    let to = config.email.to.clone();
    assert_eq!(oracles::reads_back(&m, &to), Ok(()));
    assert!(oracles::reads_back(&m, "someone@else.example").is_err());
    m.subject.push('!');
    assert!(oracles::reads_back(&m, &to).is_err());
}

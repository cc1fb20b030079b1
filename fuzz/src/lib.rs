//! Invariants the fuzz targets check on every output, beyond "no panic".
//!
//! Each `check_*` function panics (with the offending text) when an output
//! breaks a rule, so libFuzzer records the input as a crash.

use std::collections::BTreeSet;

use chrono::{DateTime, TimeZone, Utc};
use otel_feedback_core::compose::{basic_utc, gcal, ics, mailto, slack};
use otel_feedback_core::config::Config;
use otel_feedback_core::i18n;
use otel_feedback_core::request::{FieldError, ValidRequest};
use otel_feedback_core::zone::Bundled;

/// The checks shared with core's property tests.
#[path = "../../core/tests/common/oracles.rs"]
mod oracles;

/// The fixed "now" of every request target: Sunday 2026-11-22 12:00 UTC.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap()
}

/// The recipients the targets try (`config.email.to`).
pub const RECIPIENTS: [&str; 3] = ["", "sig-end-user@example.org", "a+b.c@example.org"];

/// Every JSON key of a request: the only values `FieldError::field` may take
/// (besides empty, for a document that is not a request at all).
const FIELDS: [&str; 13] = [
    "organization",
    "name",
    "email",
    "slack",
    "role",
    "topics",
    "details",
    "slots",
    "alternative_time",
    "delete_recording",
    "anonymize_post",
    "lang",
    "tz",
];

/// The codes `FieldError::code` documents.
const CODES: [&str; 14] = [
    "required",
    "too-long",
    "invalid-email",
    "invalid-slack",
    "forbidden-character",
    "unknown-topic",
    "duplicate",
    "invalid-date",
    "not-a-session",
    "in-the-past",
    "too-many",
    "unknown-zone",
    "invalid-json",
    "unknown-field",
];

/// A refused request: every error names a real field (or none, for bad
/// JSON), uses a documented code and has a message.
pub fn check_errors(errors: &[FieldError], from_json: bool) {
    assert!(!errors.is_empty(), "validation failed with no error");
    for e in errors {
        assert!(CODES.contains(&e.code.as_str()), "undocumented code {e:?}");
        assert!(!e.message.trim().is_empty(), "empty message {e:?}");
        match e.code.as_str() {
            // The unknown key itself, as typed in the JSON; the message
            // quotes it, or serde's detail, in full (known:
            // fuzz_regressions.rs, unknown_field_error_* and
            // invalid_json_error_*), so no length check here.
            "unknown-field" => assert!(from_json, "{e:?}"),
            "invalid-json" => assert!(from_json && e.field.is_empty(), "{e:?}"),
            _ => {
                assert!(FIELDS.contains(&e.field.as_str()), "unknown field {e:?}");
                // Quoted values are cut to 60 characters and cleaned of
                // refused characters (`request::shown`), or already checked
                // (email up to 254, Slack up to 80).
                assert!(e.message.chars().count() <= 600, "long message {e:?}");
                assert!(
                    !e.message.chars().any(|c| c.is_control()
                        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')),
                    "refused character in message {e:?}"
                );
            }
        }
    }
}

/// The `mailto:` URL: ASCII without raw spaces or line breaks, one `?`, one
/// `&`, no `#`, at most [`mailto::MAX_URL`] long, and it parses back (url
/// crate) to exactly the recipient, then `subject` and `body` with the
/// values it claims to carry.
pub fn check_mailto(m: &mailto::Mailto, to: &str) {
    let u = &m.url;
    assert!(u.len() <= mailto::MAX_URL, "mailto too long: {}", u.len());
    assert!(u.starts_with("mailto:"), "{u}");
    assert!(
        u.bytes().all(|b| b.is_ascii_graphic()),
        "raw space, control or non-ASCII byte in {u:?}"
    );
    assert_eq!(u.matches('?').count(), 1, "{u}");
    assert_eq!(u.matches('&').count(), 1, "{u}");
    assert!(!u.contains('#'), "{u}");
    let q = u.find('?').unwrap();
    assert!(u[q..].starts_with("?subject="), "{u}");
    assert!(!m.subject.contains(['\r', '\n']), "{:?}", m.subject);

    oracles::reads_back(m, to).unwrap_or_else(|e| panic!("{e}"));
}

/// Slack text: no `<!`, `<@`, `<#` markup and no `@here`/`@channel`/
/// `@everyone` (any case, `@` or fullwidth `＠`); and, as
/// `compose::slack::neutralize` documents, every `@` that starts a word
/// and is followed by what could start a name is followed by U+2060 WORD
/// JOINER.
pub fn check_slack(text: &str) {
    oracles::no_live_markup(text).unwrap_or_else(|e| panic!("{e}"));
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(_, c)) in chars.iter().enumerate() {
        if c != '@' && c != '\u{FF20}' {
            continue;
        }
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let word_start =
            !prev.is_some_and(|p| p.is_ascii_alphanumeric() || matches!(p, '.' | '_' | '-' | '+'));
        if let Some(&(_, next)) = chars.get(k + 1) {
            // Only what could start a name: the message puts `)` after the
            // role, and `@)` mentions no one (fuzz_regressions.rs,
            // role_ending_in_an_at_sign_*).
            let name_like = word_char(next) || matches!(next, '.' | '_' | '-' | '\u{2060}');
            if word_start && name_like {
                assert_eq!(
                    next,
                    slack::WORD_JOINER,
                    "word-start @ without a joiner in {text:?}"
                );
            }
        }
    }
}

/// A letter or digit as `neutralize` counts them (`request::word_char`,
/// crate-private): ASCII letters and digits, and any non-ASCII character
/// that is not whitespace, a control, a bidi control, a line or paragraph
/// separator or a zero-width character. (Combining marks and non-ASCII
/// punctuation count: `Ƒ\u{341}@Q` is one word.)
fn word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (!c.is_ascii()
            && !c.is_whitespace()
            && !c.is_control()
            && !matches!(c,
                '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}'
                | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{180E}'))
}

/// Physical lines of an iCalendar text: CRLF only, at most 75 octets, no
/// line folded after a space (`ics::fold` documents it); returns the
/// unfolded content lines.
pub fn ics_lines(text: &str) -> Vec<String> {
    assert!(text.ends_with("\r\n"), "{text:?}");
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            assert!(i > 0 && bytes[i - 1] == b'\r', "bare LF at {i} in {text:?}");
        }
        if b == b'\r' {
            assert_eq!(bytes.get(i + 1), Some(&b'\n'), "bare CR at {i} in {text:?}");
        }
    }
    let mut out: Vec<String> = Vec::new();
    let physical: Vec<&str> = text[..text.len() - 2].split("\r\n").collect();
    for (i, line) in physical.iter().copied().enumerate() {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.is_empty(), "empty line in {text:?}");
        let folded_here = physical.get(i + 1).is_some_and(|n| n.starts_with(' '));
        if folded_here && line.ends_with(' ') {
            // Known (fuzz_regressions.rs: fold_leaves_trailing_spaces_on_a_run_of_74_spaces):
            // a run of spaces too long to move still ends the line. Anything
            // else ending a folded line in a space is new.
            let content = line.strip_prefix(' ').filter(|_| i > 0).unwrap_or(line);
            let trailing = content.len() - content.trim_end_matches(' ').len();
            assert!(
                trailing == content.len() || trailing >= 71,
                "folded physical line ends in a space: {line:?}"
            );
        }
        assert!(
            !line.chars().any(char::is_control),
            "control character in {line:?}"
        );
        match line.strip_prefix(' ') {
            Some(cont) => out
                .last_mut()
                .expect("continuation before any line")
                .push_str(cont),
            None => out.push(line.to_owned()),
        }
    }
    out
}

/// A content line's property name (before the first `:` or `;`).
pub fn prop_name(line: &str) -> &str {
    let end = line.find([':', ';']).expect("content line without a colon");
    &line[..end]
}

/// Reverses `ics::escape_text` (core's `ics::unescape_text`), and checks
/// that `s` is escaped exactly as `escape_text` escapes: no bare `;` or
/// `,`, no escape other than `\\`, `\;`, `\,` and `\n`.
pub fn unescape(s: &str) -> String {
    let out = ics::unescape_text(s);
    assert_eq!(ics::escape_text(&out), s, "not escaped as escape_text does");
    out
}

/// The property names of a single-event `.ics`.
pub const EVENT_PROPS: [&str; 14] = [
    "BEGIN",
    "CALSCALE",
    "DESCRIPTION",
    "DTEND",
    "DTSTAMP",
    "DTSTART",
    "END",
    "METHOD",
    "PRODID",
    "STATUS",
    "SUMMARY",
    "UID",
    "URL",
    "VERSION",
];

/// The single-event `.ics`: one VCALENDAR with exactly one VEVENT, exactly
/// the [`EVENT_PROPS`], each once, and the session's times and summary.
pub fn check_ics_event(text: &str, req: &ValidRequest, slot: usize) {
    let lines = ics_lines(text);
    let begins: Vec<&str> = lines
        .iter()
        .filter_map(|l| l.strip_prefix("BEGIN:"))
        .collect();
    let ends: Vec<&str> = lines
        .iter()
        .filter_map(|l| l.strip_prefix("END:"))
        .collect();
    assert_eq!(begins, ["VCALENDAR", "VEVENT"], "{text}");
    assert_eq!(ends, ["VEVENT", "VCALENDAR"], "{text}");
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    let names: Vec<&str> = lines.iter().map(|l| prop_name(l)).collect();
    let set: BTreeSet<&str> = names.iter().copied().collect();
    assert_eq!(set, EVENT_PROPS.into_iter().collect(), "{text}");
    assert_eq!(
        names.len(),
        EVENT_PROPS.len() + 2,
        "repeated property: {text}"
    );
    let value = |name: &str| -> &str {
        let l = lines.iter().find(|l| prop_name(l) == name).unwrap();
        &l[name.len() + 1..]
    };
    let o = &req.slots[slot];
    assert_eq!(value("DTSTART"), basic_utc(o.start));
    assert_eq!(value("DTEND"), basic_utc(o.end));
    let summary = i18n::format(
        req.lang,
        "event-summary",
        &[("organization", req.organization.as_str().into())],
    );
    assert_eq!(unescape(value("SUMMARY")), summary);
    let description = unescape(value("DESCRIPTION"));
    assert!(description.contains(&req.name), "{description:?}");
}

/// The series `.ics`: well-formed lines, balanced components of the known
/// kinds only, and `events` VEVENTs.
pub fn check_ics_series(text: &str, events: usize) {
    let lines = ics_lines(text);
    let mut stack: Vec<&str> = Vec::new();
    let mut vevents = 0;
    for l in &lines {
        if let Some(c) = l.strip_prefix("BEGIN:") {
            assert!(
                matches!(
                    c,
                    "VCALENDAR" | "VTIMEZONE" | "STANDARD" | "DAYLIGHT" | "VEVENT"
                ),
                "component {c} in {text}"
            );
            assert_eq!(stack.is_empty(), c == "VCALENDAR", "{text}");
            vevents += usize::from(c == "VEVENT");
            stack.push(c);
        } else if let Some(c) = l.strip_prefix("END:") {
            assert_eq!(stack.pop(), Some(c), "{text}");
        } else {
            assert!(!stack.is_empty(), "line outside VCALENDAR: {l:?}");
            let name = prop_name(l);
            assert!(
                name.bytes().all(|b| b.is_ascii_uppercase() || b == b'-'),
                "bad property name {name:?}"
            );
            if matches!(name, "SUMMARY" | "DESCRIPTION") {
                unescape(&l[name.len() + 1..]);
            }
        }
    }
    assert!(stack.is_empty(), "{text}");
    assert_eq!(vevents, events, "{text}");
}

/// The Google Calendar link: no raw spaces or line breaks, exactly the keys
/// `action`, `text`, `dates`, `details`, and the session's dates.
pub fn check_gcal(link: &str, req: &ValidRequest, slot: usize) {
    assert!(
        link.bytes().all(|b| b.is_ascii_graphic()),
        "raw byte in {link:?}"
    );
    assert!(!link.contains('#'), "{link}");
    let u = url::Url::parse(link).unwrap();
    let keys: Vec<String> = u.query_pairs().map(|(k, _)| k.into_owned()).collect();
    assert_eq!(keys, ["action", "text", "dates", "details"], "{link}");
    let dates = u.query_pairs().find(|(k, _)| k == "dates").unwrap().1;
    let o = &req.slots[slot];
    assert_eq!(
        dates,
        format!("{}/{}", basic_utc(o.start), basic_utc(o.end))
    );
}

/// Composes every output for a valid request and checks each one.
pub fn compose_and_check(req: &ValidRequest, config: &Config) {
    let to = config.email.to.trim();
    check_slack(&slack::message(req, config, &Bundled));
    let _ = slack::links(config);
    let email = mailto::email(req, config, &Bundled);
    assert!(!email.subject.contains(['\r', '\n']));
    assert!(email.body.contains(&req.organization));
    check_mailto(&mailto::mailto(req, config, &Bundled), to);
    for slot in 0..req.slots.len() {
        let text = ics::event(req, config, &Bundled, now(), slot).expect("slot exists");
        check_ics_event(&text, req, slot);
        let link = gcal::link(req, config, &Bundled, slot).expect("slot exists");
        check_gcal(&link, req, slot);
    }
    assert!(ics::event(req, config, &Bundled, now(), req.slots.len()).is_none());
    assert!(gcal::link(req, config, &Bundled, req.slots.len()).is_none());
}

/// The raw-string composers: `slack::neutralize`, `ics::escape_text` and
/// `ics::fold`.
pub fn check_raw_text(s: &str) {
    let n = slack::neutralize(s);
    check_slack(&n);
    // Only joiners are added.
    assert_eq!(
        n.replace(slack::WORD_JOINER, ""),
        s.replace(slack::WORD_JOINER, "")
    );

    let escaped = ics::escape_text(s);
    assert!(!escaped.chars().any(char::is_control), "{escaped:?}");
    let kept: String = s
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect();
    assert_eq!(unescape(&escaped), kept);
    let line = format!("DESCRIPTION:{escaped}");
    let folded = ics::fold(&line);
    let lines = ics_lines(&folded);
    assert_eq!(lines, [line]);
}

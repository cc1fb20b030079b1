//! Turning a [`ValidRequest`] into the text to
//! send: a Slack message, a `mailto:` URL, an `.ics` calendar file or a
//! Google Calendar link.
//!
//! Every fact (channel, team, contacts, recipient, page URL) comes from
//! [`Config`]. Instants are written by [`crate::present::describe_instant`].

use chrono::{DateTime, Utc};

use crate::i18n::{self, Lang};
use crate::present::describe_instant;
use crate::text;
use crate::zone::ZoneRules;

pub mod gcal;
pub mod ics;
pub mod mailto;
pub mod slack;

use chrono::FixedOffset;

use crate::config::Config;
use crate::request::ValidRequest;
use crate::schedule::Occurrence;
use crate::zone::ZoneSource;

/// A zone with one fixed offset: stands in when a source cannot resolve a
/// session's own zone (the occurrence still knows its offset).
struct Fixed {
    name: String,
    offset: FixedOffset,
}

impl ZoneRules for Fixed {
    fn name(&self) -> &str {
        &self.name
    }
    fn offset_at(&self, _instant: DateTime<Utc>) -> FixedOffset {
        self.offset
    }
}

/// The rules of `name`, or a fixed-offset stand-in.
fn zone_or_fixed(zones: &dyn ZoneSource, name: &str, offset: FixedOffset) -> Box<dyn ZoneRules> {
    zones.resolve(name).unwrap_or_else(|| {
        Box::new(Fixed {
            name: name.to_owned(),
            offset,
        })
    })
}

/// One preferred session in the session's own zone (Pacific Time by
/// default) and, when different, in the visitor's zone:
/// `Thu 2026-11-26 10:00 PST (America/Los_Angeles, UTC-08:00) / Fri 2026-11-27 03:00 JST (Asia/Tokyo, UTC+09:00)`.
pub fn describe_slot(
    lang: Lang,
    slot: &Occurrence,
    visitor_zone: &str,
    zones: &dyn ZoneSource,
) -> String {
    let source = zone_or_fixed(zones, &slot.source_zone, slot.source_offset);
    let mut out = describe_instant(lang, &*source, slot.start);
    if visitor_zone != slot.source_zone {
        let visitor = zone_or_fixed(
            zones,
            visitor_zone,
            FixedOffset::east_opt(0).expect("zero offset"),
        );
        out.push_str(" / ");
        out.push_str(&describe_instant(lang, &*visitor, slot.start));
    }
    out
}

/// The language composed messages for the SIG are written in
/// (`config.message_lang`, English by default).
pub fn message_lang(config: &Config) -> Lang {
    Lang::negotiate(&config.message_lang)
}

/// `YYYYMMDDTHHMMSSZ` (iCalendar and Google Calendar UTC form).
pub fn basic_utc(t: DateTime<Utc>) -> String {
    let mut out = String::with_capacity(16);
    text::push_basic(&mut out, t.naive_utc());
    out.push('Z');
    out
}

/// The plain-text request (the email body, the calendar description),
/// split so the details can be shortened on their own.
struct Body {
    head: String,
    details: Option<String>,
    tail: String,
}

/// The request's fields, preferred sessions and compliance choices, one
/// per line: the part the Slack message and the plain text share. Slack
/// style (`slack`) writes labels in bold (`*Label:*`), bullets as `•` and
/// [`slack::neutralize`]s typed text; plain text writes `Label:` and `-`.
fn write_fields(
    out: &mut String,
    req: &ValidRequest,
    zones: &dyn ZoneSource,
    lang: Lang,
    slack: bool,
) {
    let (em, bullet) = if slack {
        ("*", "\u{2022} ")
    } else {
        ("", "- ")
    };
    let typed = |s: &str| {
        if slack {
            slack::neutralize(s)
        } else {
            s.to_owned()
        }
    };
    // `*Label:* ` / `Label: ` (then a value), or `*Label:*` / `Label:` and a
    // line break (then bullets).
    let label = |out: &mut String, key: &str, after: &str| {
        for p in [em, &i18n::text(lang, key), ":", em, after] {
            out.push_str(p);
        }
    };
    let line = |out: &mut String, start: &str, value: &str| {
        out.push_str(start);
        out.push_str(value);
        out.push('\n');
    };
    let field = |out: &mut String, key: &str, value: &str| {
        label(out, key, " ");
        line(out, "", value);
    };
    field(out, "msg-organization", &typed(&req.organization));
    let mut contact = typed(&req.name);
    if let Some(role) = &req.role {
        for p in [" (", &typed(role), ")"] {
            contact.push_str(p);
        }
    }
    field(out, "msg-contact", &contact);
    // The visitor's own address and handle, as typed (the handle is meant
    // to reach them; validation let no `<…>` markup through), but never a
    // group mention.
    let own = |s: &str| {
        if slack {
            slack::neutralize_groups(s)
        } else {
            s.to_owned()
        }
    };
    if let Some(email) = &req.email {
        field(out, "msg-email", &own(email));
    }
    if let Some(handle) = &req.slack {
        field(out, "msg-slack", &own(handle));
    }
    let mut topics = String::new();
    for (i, topic) in req.topics.iter().enumerate() {
        if i > 0 {
            topics.push_str("; ");
        }
        topics.push_str(&topic.label(lang));
    }
    field(out, "msg-topics", &topics);
    label(out, "msg-slots", "\n");
    if req.slots.is_empty() {
        line(out, bullet, &i18n::text(lang, "msg-no-slots"));
    }
    for slot in &req.slots {
        line(out, bullet, &describe_slot(lang, slot, &req.tz, zones));
    }
    if let Some(alt) = &req.alternative_time {
        // Several lines are quoted, one `> ` each, so a typed line cannot
        // pass for one of the message's own.
        if alt.bytes().any(|b| b == b'\n') {
            label(out, "msg-alternative-time", "\n");
            for l in text::split(&typed(alt), b'\n') {
                line(out, "> ", l);
            }
        } else {
            field(out, "msg-alternative-time", &typed(alt));
        }
    }
    label(out, "msg-compliance", "\n");
    line(
        out,
        bullet,
        &compliance_line(lang, req.delete_recording, true),
    );
    line(
        out,
        bullet,
        &compliance_line(lang, req.anonymize_post, false),
    );
}

/// The sentence that ends every message: sent from `config.page_url`.
fn sent_from(lang: Lang, config: &Config) -> String {
    i18n::format(
        lang,
        "msg-sent-from",
        &[("url", config.page_url.as_str().into())],
    )
}

impl Body {
    fn new(req: &ValidRequest, config: &Config, zones: &dyn ZoneSource, lang: Lang) -> Body {
        let mut head = i18n::text(lang, "msg-intro");
        head.push_str("\n\n");
        write_fields(&mut head, req, zones, lang, false);
        Body {
            head,
            details: req.details.clone(),
            tail: sent_from(lang, config),
        }
    }

    /// The whole text, with at most `keep` characters of the details
    /// (followed by the shortening marker when cut).
    fn render(&self, lang: Lang, keep: Option<usize>) -> String {
        let mut out = self.head.clone();
        if let Some(details) = &self.details {
            out.push('\n');
            out.push_str(&i18n::text(lang, "msg-details"));
            out.push_str(":\n");
            match keep {
                Some(n) if n < text::char_count(details) => {
                    out.push_str(crate::text::trim_end(cut(details, n)));
                    out.push_str(&i18n::text(lang, "msg-shortened"));
                }
                _ => out.push_str(details),
            }
            out.push('\n');
        }
        out.push('\n');
        out.push_str(&self.tail);
        out.push('\n');
        out
    }

    fn details_len(&self) -> usize {
        self.details.as_ref().map_or(0, |d| text::char_count(d))
    }
}

fn compliance_line(lang: Lang, yes: bool, recording: bool) -> String {
    let key = match (recording, yes) {
        (true, true) => "msg-delete-recording-yes",
        (true, false) => "msg-delete-recording-no",
        (false, true) => "msg-anonymize-yes",
        (false, false) => "msg-anonymize-no",
    };
    i18n::text(lang, key)
}

/// Percent-encodes every byte of `text` but RFC 3986's unreserved
/// characters (`A-Z a-z 0-9 - . _ ~`) and, with `keep_at`, `@`, with
/// upper-case hex digits (hand-written: the percent-encoding crate's
/// tables and `Display` cost the wasm about 1 KB).
fn percent_encode(text: &str, keep_at: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'_' | b'~')
            || (keep_at && b == b'@')
        {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(text::HEX_UPPER[usize::from(b >> 4)]));
            out.push(char::from(text::HEX_UPPER[usize::from(b & 15)]));
        }
    }
    out
}

/// Cuts `text` to at most `max` characters, never inside a character.
fn cut(text: &str, max: usize) -> &str {
    for (n, (i, _)) in text.char_indices().enumerate() {
        if n == max {
            return text.get(..i).unwrap_or(text);
        }
    }
    text
}

/// The longest text that fits: the largest `n` in `0..=max` for which
/// `fits(n)` holds, or 0 when none does. `fits` must be monotone (if `n`
/// characters fit, fewer do too), as a length limit is; then this equals
/// the linear search from `max` down, in about log2(max) calls.
pub(crate) fn longest_fit(max: usize, mut fits: impl FnMut(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, max);
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo
}

#[cfg(test)]
mod longest_fit_tests {
    use super::longest_fit;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn it_finds_what_a_linear_search_finds(max in 0usize..300, limit in 0usize..400) {
            let fits = |n: usize| n <= limit;
            let linear = (0..=max).rev().find(|n| fits(*n)).unwrap_or(0);
            prop_assert_eq!(longest_fit(max, fits), linear);
        }

        #[test]
        fn it_agrees_on_an_encoded_length(text in "\\PC{0,80}", budget in 0usize..200) {
            // Characters of `text` whose percent-encoding stays within `budget`.
            let fits = |n: usize| super::percent_encode(super::cut(&text, n), false).len() <= budget;
            let max = text.chars().count();
            let linear = (0..=max).rev().find(|n| fits(*n)).unwrap_or(0);
            prop_assert_eq!(longest_fit(max, fits), linear);
        }
    }
}

#[cfg(test)]
mod percent_tests {
    use super::percent_encode;
    use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
    use proptest::prelude::*;

    const FIELD: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');

    #[test]
    fn unreserved_characters_stay_and_everything_else_is_upper_case_hex() {
        assert_eq!(
            percent_encode("a-Z.0_9~ @&é\r\n", false),
            "a-Z.0_9~%20%40%26%C3%A9%0D%0A"
        );
        assert_eq!(percent_encode("sig@example.org", true), "sig@example.org");
    }

    proptest! {
        #[test]
        fn it_matches_the_percent_encoding_crate(s in "\\PC*|[\\x00-\\x7f]*", keep_at in any::<bool>()) {
            const ADDRESS: &AsciiSet = &FIELD.remove(b'@');
            let set = if keep_at { ADDRESS } else { FIELD };
            prop_assert_eq!(percent_encode(&s, keep_at), utf8_percent_encode(&s, set).to_string());
        }
    }
}

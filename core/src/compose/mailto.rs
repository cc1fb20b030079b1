//! The email: its text, and a `mailto:` URL (RFC 6068) that opens it.
//!
//! - The recipient is `config.email.to`; the page publishes no address, so
//!   it may be empty. No recipient, no mailto: [`link`] is the URL to
//!   offer, `None` without a recipient (a `mailto:` without an address goes
//!   nowhere); the widget shows no email link then and the CLI says so.
//!   [`mailto`] composes the URL whatever the recipient (`mailto:?subject=…`).
//! - Subject and body are UTF-8, percent-encoded with everything but RFC
//!   3986's unreserved characters escaped (so `&`, `=`, `?`, `#`, `%` and
//!   line breaks in typed text cannot end the field or start a header).
//! - The subject is one line; the body's line breaks are `%0D%0A`.
//! - The URL is at most [`MAX_URL`] characters: past that, the details are
//!   shortened with a visible marker (`msg-shortened`), and the widget offers
//!   the full text to copy instead.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use otel_feedback_core::{compose::mailto, config::Config, request::{validate, FeedbackRequest}, zone::Bundled};
//!
//! let now = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap();
//! let req = FeedbackRequest {
//!     organization: "A&B Corp".into(), name: "Jane".into(), email: "jane@example.com".into(),
//!     topics: vec!["adoption".into()], alternative_time: "Tuesdays".into(), ..Default::default()
//! };
//! let valid = validate(&req, &Config::default(), now, &Bundled).unwrap();
//! let m = mailto::mailto(&valid, &Config::default(), &Bundled);
//! assert!(m.url.starts_with("mailto:?subject=Feedback%20session%20request%3A%20A%26B%20Corp&body="));
//! assert!(!m.shortened);
//! // The default configuration has no recipient: nothing to offer.
//! assert!(mailto::link(&valid, &Config::default(), &Bundled).is_none());
//! ```

use serde::Serialize;

use super::{message_lang, percent_encode, Body};
use crate::config::Config;
use crate::i18n;
use crate::request::ValidRequest;
use crate::text::cat;
use crate::zone::ZoneSource;

/// The longest `mailto:` URL produced, in characters (bytes: it is ASCII).
pub const MAX_URL: usize = 1800;

/// The email, as plain text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Email {
    /// The recipient (`config.email.to`), possibly empty.
    pub to: String,
    /// One line.
    pub subject: String,
    /// The full body, lines separated by `\n`.
    pub body: String,
}

/// A `mailto:` URL and whether its body had to be shortened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mailto {
    /// The URL, at most [`MAX_URL`] characters.
    pub url: String,
    /// True when the details (or, for extreme inputs, the body) were cut.
    pub shortened: bool,
    /// The body the URL carries (line breaks as `\r\n`), for checking.
    pub body: String,
    /// The subject the URL carries.
    pub subject: String,
}

fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        out.push(if c.is_control() { ' ' } else { c });
    }
    out
}

/// The email's recipient, subject and full body, in `config.message_lang`.
pub fn email(req: &ValidRequest, config: &Config, zones: &dyn ZoneSource) -> Email {
    let lang = message_lang(config);
    let body = Body::new(req, config, zones, lang).render(lang, None);
    Email {
        to: crate::text::trim(&config.email.to).to_owned(),
        subject: one_line(&i18n::format(
            lang,
            "email-subject",
            &[("organization", req.organization.as_str().into())],
        )),
        body,
    }
}

fn encoded_len(s: &str) -> usize {
    // A character is escaped byte by byte: 3 per byte of its UTF-8.
    let mut n = 0;
    for b in s.bytes() {
        n += if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            1
        } else {
            3
        };
    }
    n
}

fn crlf(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 64);
    for c in s.chars() {
        if c == '\n' {
            out.push('\r');
        }
        out.push(c);
    }
    out
}

/// Whether the configuration names an email recipient (`email.to`,
/// trimmed, not empty): without one there is no `mailto:` to offer.
pub fn has_recipient(config: &Config) -> bool {
    !crate::text::trim(&config.email.to).is_empty()
}

/// The `mailto:` URL to offer: [`mailto`]'s, or `None` when the
/// configuration has no recipient ([`has_recipient`]). The one rule the
/// widget and the CLI follow.
pub fn link(req: &ValidRequest, config: &Config, zones: &dyn ZoneSource) -> Option<Mailto> {
    has_recipient(config).then(|| mailto(req, config, zones))
}

/// The `mailto:` URL for the email, shortened to [`MAX_URL`] if needed.
pub fn mailto(req: &ValidRequest, config: &Config, zones: &dyn ZoneSource) -> Mailto {
    let lang = message_lang(config);
    let mail = email(req, config, zones);
    // Everything but RFC 3986 unreserved characters is escaped; in the
    // address, `@` may stay as it is (RFC 6068 §2).
    let to = percent_encode(&mail.to, true);
    let prefix = cat(&["mailto:", &to, "?subject="]);
    let mut subject = mail.subject.clone();
    // Fixed parts: prefix, "&body=".
    let fixed = prefix.len() + "&body=".len();
    let body_of =
        |keep: Option<usize>| crlf(&Body::new(req, config, zones, lang).render(lang, keep));
    let fits =
        |subject: &str, body: &str| fixed + encoded_len(subject) + encoded_len(body) <= MAX_URL;

    let mut body = crlf(&mail.body);
    let mut shortened = false;
    if !fits(&subject, &body) {
        shortened = true;
        // An extreme subject (120 four-byte characters) alone could fill the
        // URL: keep it under a third of the budget.
        if encoded_len(&subject) > MAX_URL / 3 {
            let n = super::longest_fit(crate::text::char_count(&subject), |n| {
                encoded_len(super::cut(&subject, n)) + encoded_len("…") <= MAX_URL / 3
            });
            subject = cat(&[super::cut(&subject, n), "…"]);
        }
        let full = Body::new(req, config, zones, lang);
        // Largest number of detail characters that still fits.
        if fits(&subject, &body_of(Some(0))) {
            let keep =
                super::longest_fit(full.details_len(), |n| fits(&subject, &body_of(Some(n))));
            body = body_of(Some(keep));
        } else {
            // Even without details the body is too long: cut the body itself.
            let marker = crlf(&cat(&["\n", &i18n::text(lang, "msg-shortened")]));
            let whole = body_of(Some(0));
            let keep = super::longest_fit(crate::text::char_count(&whole), |n| {
                fits(&subject, &cat(&[super::cut(&whole, n), &marker]))
            });
            // Never end between the CR and LF of a line break.
            let kept = crate::text::trim_end_byte(super::cut(&whole, keep), b'\r');
            body = cat(&[kept, &marker]);
        }
    }
    let url = cat(&[
        &prefix,
        &percent_encode(&subject, false),
        "&body=",
        &percent_encode(&body, false),
    ]);
    Mailto {
        url,
        shortened,
        body,
        subject,
    }
}

//! The feedback request a visitor fills in, and its validation.
//!
//! A [`FeedbackRequest`] is the raw form, as JSON (schema:
//! `docs/schema/request.schema.json`, example: `docs/examples/request.json`).
//! [`validate`] checks it against the configuration and the clock and returns
//! either a [`ValidRequest`] (trimmed, parsed, ready for [`crate::compose`])
//! or **every** problem at once as [`FieldError`]s whose messages, in the
//! request's language, say what to fix.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use otel_feedback_core::{config::Config, request::{validate, FeedbackRequest}, zone::Bundled};
//!
//! let now = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap();
//! let request = FeedbackRequest {
//!     organization: "  Example Corp ".into(),
//!     name: "Jane Doe".into(),
//!     email: "jane@example.com".into(),
//!     topics: vec!["adoption".into()],
//!     slots: vec!["2026-11-26T18:00:00Z".into()], // Thu 10:00 in Los Angeles
//!     ..Default::default()
//! };
//! let valid = validate(&request, &Config::default(), now, &Bundled).unwrap();
//! assert_eq!(valid.organization, "Example Corp");
//!
//! let empty = FeedbackRequest { lang: "uk".into(), ..Default::default() };
//! let errors = validate(&empty, &Config::default(), now, &Bundled).unwrap_err();
//! assert_eq!(errors[0].field, "organization");
//! assert_eq!(errors[0].code, "required");
//! assert_eq!(errors[0].message, "Вкажіть назву вашої організації.");
//! ```
//!
//! # Rules
//! - `organization` 1–120 characters, `name` 1–80, `role` up to 80,
//!   `details` up to 2000 (newlines allowed), `alternative_time` up to 300,
//!   counted in Unicode scalar values after trimming.
//! - `email` or `slack`, at least one (the error is reported on `email`).
//! - `slack`: `@display name` or a member id (`U…`/`W…`); `@here`,
//!   `@channel` and `@everyone` are refused.
//! - `topics`: a non-empty subset of the three topic ids, each once.
//! - `slots`: up to `config.max_preferred` distinct RFC 3339 instants, each
//!   an upcoming session of `config.schedule` at `now`;
//!   `alternative_time` is required when there are none.
//! - Text that fits real people: line breaks in `details` and
//!   `alternative_time`, tabs in `details`; a ZWJ or ZWNJ between two
//!   visible characters (Persian `فاطمه‌زهرا`, emoji `👩🏽‍💻`) in every field.
//!   Refused everywhere: other C0/C1 controls and NUL, bidi embeddings,
//!   overrides and isolates (U+202A–U+202E, U+2066–U+2069), U+FEFF, line
//!   and paragraph separators, and a joiner at an end or next to a space;
//!   in `name`, `organization`, `email` and `slack` also zero-width spaces
//!   and word joiners (U+200B, U+2060–U+2064, U+180E). The error names the
//!   character and where it is: "line 2, column 5: U+202E RIGHT-TO-LEFT
//!   OVERRIDE" (columns in characters, in the text as typed).
//! - `tz`: the visitor's IANA zone (optional, default `UTC`); `lang`: a BCP
//!   47 tag, unknown tags fall back to English (never an error).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize};

use crate::config::Config;
use crate::i18n::{self, Arg, Lang};
use crate::schedule::Occurrence;
use crate::text::{self, push_radix, HEX_UPPER};
use crate::zone::{ZoneRules, ZoneSource};

/// Maximum length of `organization`, in characters.
pub const ORGANIZATION_MAX: usize = 120;
/// Maximum length of `name`.
pub const NAME_MAX: usize = 80;
/// Maximum length of `role`.
pub const ROLE_MAX: usize = 80;
/// Maximum length of `email` (RFC 5321's path limit).
pub const EMAIL_MAX: usize = 254;
/// Maximum length of `slack`.
pub const SLACK_MAX: usize = 80;
/// Maximum length of `details`.
pub const DETAILS_MAX: usize = 2000;
/// Maximum length of `alternative_time`.
pub const ALTERNATIVE_TIME_MAX: usize = 300;

/// The maximum length of a text field, by its JSON key (for the widget's
/// `maxlength` and counters); `None` for fields that are not free text.
pub fn max_length(field: &str) -> Option<usize> {
    Some(match field {
        "organization" => ORGANIZATION_MAX,
        "name" => NAME_MAX,
        "role" => ROLE_MAX,
        "email" => EMAIL_MAX,
        "slack" => SLACK_MAX,
        "details" => DETAILS_MAX,
        "alternative_time" => ALTERNATIVE_TIME_MAX,
        _ => return None,
    })
}

/// A topic the page names as something to discuss.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    /// `special-use-cases`: "Special use cases".
    SpecialUseCases,
    /// `implementation`: "Challenges with implementation".
    Implementation,
    /// `adoption`: "Challenges with adoption within the organization".
    Adoption,
}

impl Topic {
    /// The three topics, in the page's order.
    pub const ALL: [Topic; 3] = [
        Topic::SpecialUseCases,
        Topic::Implementation,
        Topic::Adoption,
    ];

    /// The id used in JSON: `special-use-cases`, `implementation`, `adoption`.
    pub fn id(self) -> &'static str {
        match self {
            Topic::SpecialUseCases => "special-use-cases",
            Topic::Implementation => "implementation",
            Topic::Adoption => "adoption",
        }
    }

    /// The topic with this id, if any.
    pub fn from_id(id: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.id() == id)
    }

    /// The catalog key of the topic's label (`topic-adoption`).
    pub fn label_key(self) -> &'static str {
        match self {
            Topic::SpecialUseCases => "topic-special-use-cases",
            Topic::Implementation => "topic-implementation",
            Topic::Adoption => "topic-adoption",
        }
    }

    /// The topic's label in `lang`.
    pub fn label(self, lang: Lang) -> String {
        i18n::text(lang, self.label_key())
    }
}

fn null_as_empty<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

fn null_as_empty_vec<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Ok(Option::<Vec<String>>::deserialize(d)?.unwrap_or_default())
}

/// The request as the visitor filled it in (JSON keys exactly as below).
///
/// Every key is optional in JSON (`null` counts as empty); unknown keys are
/// refused so a misspelt field is reported instead of ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FeedbackRequest {
    /// The organization, 1–120 characters.
    #[serde(deserialize_with = "null_as_empty")]
    pub organization: String,
    /// The requester's name, 1–80 characters.
    #[serde(deserialize_with = "null_as_empty")]
    pub name: String,
    /// An email address; this or `slack` is required.
    #[serde(deserialize_with = "null_as_empty")]
    pub email: String,
    /// A Slack display handle (`@jane`) or member id (`U…`/`W…`).
    #[serde(deserialize_with = "null_as_empty")]
    pub slack: String,
    /// The requester's role, optional, up to 80 characters.
    #[serde(deserialize_with = "null_as_empty")]
    pub role: String,
    /// Topic ids: `special-use-cases`, `implementation`, `adoption`.
    #[serde(deserialize_with = "null_as_empty_vec")]
    pub topics: Vec<String>,
    /// Free text, optional, up to 2000 characters; newlines allowed.
    #[serde(deserialize_with = "null_as_empty")]
    pub details: String,
    /// 0 to 3 preferred session starts, RFC 3339 (`2026-11-26T18:00:00Z`).
    #[serde(deserialize_with = "null_as_empty_vec")]
    pub slots: Vec<String>,
    /// Other times that suit; required when `slots` is empty.
    #[serde(deserialize_with = "null_as_empty")]
    pub alternative_time: String,
    /// Ask for the recording to be deleted once the notes are summarized.
    pub delete_recording: bool,
    /// Ask for the blog post to be anonymized.
    pub anonymize_post: bool,
    /// The visitor's language, a BCP 47 tag; unknown tags mean English.
    #[serde(deserialize_with = "null_as_empty")]
    pub lang: String,
    /// The visitor's IANA time zone (`Europe/Kyiv`); empty means UTC.
    #[serde(deserialize_with = "null_as_empty")]
    pub tz: String,
}

impl FeedbackRequest {
    /// Reads a request from JSON.
    ///
    /// A document that is not a request (bad JSON, a wrong type, an unknown
    /// key) gives one [`FieldError`] with code `invalid-json` (or
    /// `unknown-field`, on that field) whose message is in `lang`.
    pub fn from_json(json: &str, lang: Lang) -> Result<Self, Vec<FieldError>> {
        serde_json::from_str(json).map_err(|e| {
            let detail = e.to_string();
            if let Some(rest) = detail.strip_prefix("unknown field `") {
                // Quote the key as `shown` quotes any value: at most 60
                // characters, refused characters (bidi, controls) taken out.
                let field = shown(rest.split('`').next().unwrap_or_default());
                let message = i18n::format(
                    lang,
                    "err-unknown-field",
                    &[("value", Arg::Str(field.clone()))],
                );
                return vec![FieldError {
                    field,
                    code: "unknown-field".into(),
                    message,
                }];
            }
            vec![FieldError {
                field: String::new(),
                code: "invalid-json".into(),
                // serde quotes the offending value whole; keep the message short.
                message: i18n::format(
                    lang,
                    "err-invalid-json",
                    &[("detail", Arg::Str(shown_long(&detail)))],
                ),
            }]
        })
    }
}

/// One problem with one field of a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The request's JSON key (`organization`, `slots`…); empty when the
    /// document as a whole is wrong.
    pub field: String,
    /// A stable kebab-case code: `required`, `too-long`, `invalid-email`,
    /// `invalid-slack`, `forbidden-character`, `unknown-topic`, `duplicate`,
    /// `invalid-date`, `not-a-session`, `in-the-past`, `too-many`,
    /// `unknown-zone`, `invalid-json`, `unknown-field`.
    pub code: String,
    /// What is wrong and how to fix it, in the request's language.
    pub message: String,
}

/// A checked request: trimmed, parsed and ready to compose.
///
/// Only [`validate`] makes one, so composing never sees unchecked input.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ValidRequest {
    /// The organization, trimmed.
    pub organization: String,
    /// The requester's name, trimmed.
    pub name: String,
    /// The email address, if given.
    pub email: Option<String>,
    /// The Slack handle or member id, if given.
    pub slack: Option<String>,
    /// The role, if given.
    pub role: Option<String>,
    /// The topics, in the page's order, each once.
    pub topics: Vec<Topic>,
    /// The details with line breaks as `\n`, if given.
    pub details: Option<String>,
    /// The preferred sessions, in the order given.
    pub slots: Vec<Occurrence>,
    /// Other times, if given.
    pub alternative_time: Option<String>,
    /// Delete the recording once the notes are summarized.
    pub delete_recording: bool,
    /// Anonymize the blog post.
    pub anonymize_post: bool,
    /// The visitor's language.
    pub lang: Lang,
    /// The visitor's time zone name (`UTC` when none was given).
    pub tz: String,
}

/// Checks `request` in its own language (`request.lang`).
pub fn validate(
    request: &FeedbackRequest,
    config: &Config,
    now: DateTime<Utc>,
    zones: &dyn ZoneSource,
) -> Result<ValidRequest, Vec<FieldError>> {
    validate_in(request, config, now, zones, Lang::negotiate(&request.lang))
}

/// Checks `request`, writing error messages in `lang` (the CLI's `--lang`).
///
/// `config` should be valid ([`Config::validate`]); if its schedule is not,
/// every slot is reported as `not-a-session`.
pub fn validate_in(
    request: &FeedbackRequest,
    config: &Config,
    now: DateTime<Utc>,
    zones: &dyn ZoneSource,
    lang: Lang,
) -> Result<ValidRequest, Vec<FieldError>> {
    let mut v = Checker {
        lang,
        errors: Vec::new(),
    };

    let organization = v.text(
        "organization",
        &request.organization,
        ORGANIZATION_MAX,
        Rules::STRICT,
    );
    if organization.is_empty() && v.ok_so_far("organization") {
        v.fail(
            "organization",
            "required",
            "err-organization-required",
            "",
            "",
        );
    }
    let name = v.text("name", &request.name, NAME_MAX, Rules::STRICT);
    if name.is_empty() && v.ok_so_far("name") {
        v.fail("name", "required", "err-name-required", "", "");
    }

    let email = v.text("email", &request.email, EMAIL_MAX, Rules::STRICT);
    if !email.is_empty() && v.ok_so_far("email") && !is_email(&email) {
        v.fail(
            "email",
            "invalid-email",
            "err-invalid-email",
            "value",
            &email,
        );
    }
    let slack = v.text("slack", &request.slack, SLACK_MAX, Rules::STRICT);
    if !slack.is_empty() && v.ok_so_far("slack") {
        match check_slack(&slack) {
            SlackCheck::Ok => {}
            SlackCheck::GroupMention => v.fail(
                "slack",
                "invalid-slack",
                "err-group-mention",
                "value",
                &slack,
            ),
            SlackCheck::Invalid => v.fail(
                "slack",
                "invalid-slack",
                "err-invalid-slack",
                "value",
                &slack,
            ),
        }
    }
    if email.is_empty() && slack.is_empty() && v.ok_so_far("email") && v.ok_so_far("slack") {
        v.fail("email", "required", "err-contact-required", "", "");
    }

    let role = v.text("role", &request.role, ROLE_MAX, Rules::LINE);

    let mut topics = Vec::new();
    for raw in &request.topics {
        let id = crate::text::trim(raw);
        match Topic::from_id(id) {
            Some(t) if topics.contains(&t) => {
                v.fail("topics", "duplicate", "err-duplicate-topic", "value", id)
            }
            Some(t) => topics.push(t),
            None => v.fail(
                "topics",
                "unknown-topic",
                "err-unknown-topic",
                "value",
                &shown(id),
            ),
        }
    }
    if request.topics.is_empty() {
        v.fail("topics", "required", "err-topics-required", "", "");
    }
    // The page's order, each once (no sort: it costs the wasm two copies of
    // the standard library's sort).
    let mut ordered = Vec::new();
    for t in Topic::ALL {
        if topics.contains(&t) {
            ordered.push(t);
        }
    }
    let topics = ordered;

    let details_raw = normalize_newlines(&request.details);
    let details = v.text("details", &details_raw, DETAILS_MAX, Rules::MULTILINE);

    let tz_name = crate::text::trim(&request.tz);
    let tz_zone: Box<dyn ZoneRules> = if tz_name.is_empty() {
        Box::new(Utc)
    } else {
        match zones.resolve(tz_name) {
            Some(z) => z,
            None => {
                v.fail(
                    "tz",
                    "unknown-zone",
                    "err-unknown-zone",
                    "value",
                    &shown(tz_name),
                );
                Box::new(Utc)
            }
        }
    };

    let mut slots: Vec<Occurrence> = Vec::new();
    let mut seen: Vec<DateTime<Utc>> = Vec::new();
    for raw in &request.slots {
        let text = crate::text::trim(raw);
        let Some(start) = parse_instant(text) else {
            v.fail(
                "slots",
                "invalid-date",
                "err-invalid-slot",
                "value",
                &shown(text),
            );
            continue;
        };
        let when = crate::compose::describe_instant(lang, &*tz_zone, start);
        if seen.contains(&start) {
            v.fail("slots", "duplicate", "err-duplicate-slot", "when", &when);
            continue;
        }
        seen.push(start);
        if start < now {
            v.fail("slots", "in-the-past", "err-in-the-past", "when", &when);
            continue;
        }
        match config.schedule.occurrence_at(start, zones) {
            Ok(Some(occurrence)) => slots.push(occurrence),
            _ => v.fail("slots", "not-a-session", "err-not-a-session", "when", &when),
        }
    }
    if request.slots.len() > config.max_preferred {
        v.push(
            "slots",
            "too-many",
            v.msg(
                "err-too-many-slots",
                &[
                    ("count", request.slots.len().into()),
                    ("max", config.max_preferred.into()),
                ],
            ),
        );
    }

    let alternative_raw = normalize_newlines(&request.alternative_time);
    let alternative_time = v.text(
        "alternative_time",
        &alternative_raw,
        ALTERNATIVE_TIME_MAX,
        Rules::LINES,
    );
    if request.slots.is_empty() && alternative_time.is_empty() && v.ok_so_far("alternative_time") {
        v.fail(
            "alternative_time",
            "required",
            "err-alternative-time-required",
            "",
            "",
        );
    }

    if !v.errors.is_empty() {
        return Err(v.errors);
    }
    let some = |s: String| if s.is_empty() { None } else { Some(s) };
    Ok(ValidRequest {
        organization,
        name,
        email: some(email),
        slack: some(slack),
        role: some(role),
        topics,
        details: some(details),
        slots,
        alternative_time: some(alternative_time),
        delete_recording: request.delete_recording,
        anonymize_post: request.anonymize_post,
        lang: Lang::negotiate(&request.lang),
        tz: if tz_name.is_empty() {
            "UTC".to_owned()
        } else {
            tz_zone.name().to_owned()
        },
    })
}

/// Like [`shown`], for a parser's message: up to 300 characters.
fn shown_long(value: &str) -> String {
    shown_up_to(value, 300)
}

/// A value quoted in a message, cut to 60 characters so a 10,000-character
/// input does not make a 10,000-character error.
fn shown(value: &str) -> String {
    shown_up_to(value, 60)
}

/// The first `max` characters of `value` that are not forbidden, and `…`
/// when `value` is longer than `max` characters.
fn shown_up_to(value: &str, max: usize) -> String {
    let mut out = String::new();
    let mut kept = 0;
    for c in value.chars() {
        if kept == max {
            break;
        }
        if !forbidden(c, Rules::STRICT) && !joiner(c) {
            out.push(c);
            kept += 1;
        }
    }
    if text::char_count(value) > max {
        out.push('…');
    }
    out
}

/// What a text field accepts beyond one line of visible text.
#[derive(Clone, Copy)]
pub(crate) struct Rules {
    /// Line breaks (multi-line fields).
    newlines: bool,
    /// Tabs (`details`).
    tabs: bool,
    /// Zero-width spaces and word joiners are refused (names, addresses).
    identifier: bool,
}

impl Rules {
    /// Name, organization, email and Slack handle: one line, no
    /// zero-width spaces.
    pub(crate) const STRICT: Rules = Rules {
        newlines: false,
        tabs: false,
        identifier: true,
    };
    /// Other one-line fields (`role`).
    const LINE: Rules = Rules {
        newlines: false,
        tabs: false,
        identifier: false,
    };
    /// `alternative_time`: line breaks allowed.
    const LINES: Rules = Rules {
        newlines: true,
        tabs: false,
        identifier: false,
    };
    /// `details`: line breaks and tabs allowed.
    const MULTILINE: Rules = Rules {
        newlines: true,
        tabs: true,
        identifier: false,
    };
}

/// U+200C ZERO WIDTH NON-JOINER or U+200D ZERO WIDTH JOINER: part of
/// Persian, Indic and emoji spelling, accepted between two visible
/// characters.
fn joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// Whether `c` is refused whatever its neighbours: controls (C0, DEL, C1;
/// but a line break or tab where `rules` allow it), bidi embeddings,
/// overrides and isolates, U+FEFF, line and paragraph separators, and in
/// identifiers zero-width spaces and word joiners.
pub(crate) fn forbidden(c: char, rules: Rules) -> bool {
    (c.is_control() && !(rules.newlines && c == '\n') && !(rules.tabs && c == '\t'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}' | '\u{FEFF}')
        || (rules.identifier && matches!(c, '\u{200B}' | '\u{2060}'..='\u{2064}' | '\u{180E}'))
}

/// The first refused character of `value` and its byte offset:
/// [`forbidden`] ones, and a joiner that is not between two visible
/// characters (at an end, or next to a space or another joiner).
pub(crate) fn first_refused(value: &str, rules: Rules) -> Option<(usize, char)> {
    let visible = |c: Option<char>| {
        c.is_some_and(|c| !c.is_whitespace() && !joiner(c) && !forbidden(c, rules))
    };
    let mut prev = None;
    let mut chars = value.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|(_, n)| *n);
        if forbidden(c, rules) || (joiner(c) && !(visible(prev) && visible(next))) {
            return Some((i, c));
        }
        prev = Some(c);
    }
    None
}

/// The Unicode names of the refused characters that have one, each line
/// `XXXX NAME` (one text, scanned: a `match` costs the wasm far more).
const CHAR_NAMES: &str = "0000 NULL
0009 CHARACTER TABULATION
000A LINE FEED
000D CARRIAGE RETURN
001B ESCAPE
007F DELETE
0085 NEXT LINE
180E MONGOLIAN VOWEL SEPARATOR
200B ZERO WIDTH SPACE
200C ZERO WIDTH NON-JOINER
200D ZERO WIDTH JOINER
2028 LINE SEPARATOR
2029 PARAGRAPH SEPARATOR
202A LEFT-TO-RIGHT EMBEDDING
202B RIGHT-TO-LEFT EMBEDDING
202C POP DIRECTIONAL FORMATTING
202D LEFT-TO-RIGHT OVERRIDE
202E RIGHT-TO-LEFT OVERRIDE
2060 WORD JOINER
2061 FUNCTION APPLICATION
2062 INVISIBLE TIMES
2063 INVISIBLE SEPARATOR
2064 INVISIBLE PLUS
2066 LEFT-TO-RIGHT ISOLATE
2067 RIGHT-TO-LEFT ISOLATE
2068 FIRST STRONG ISOLATE
2069 POP DIRECTIONAL ISOLATE
FEFF ZERO WIDTH NO-BREAK SPACE";

/// `U+202E RIGHT-TO-LEFT OVERRIDE`: a refused character's code point and
/// Unicode name (`<control>`, Unicode's own name field, for the other
/// controls).
pub fn char_label(c: char) -> String {
    let mut code = String::from("U+");
    push_radix(&mut code, u32::from(c).into(), 4, HEX_UPPER);
    let hex = code.get(2..).unwrap_or_default();
    let name = text::split(CHAR_NAMES, b'\n')
        .find_map(|l| text::split_once(l, b' ').filter(|(h, _)| *h == hex))
        .map_or("<control>", |(_, name)| name);
    code.push(' ');
    code.push_str(name);
    code
}

struct Checker {
    lang: Lang,
    errors: Vec<FieldError>,
}

impl Checker {
    fn msg(&self, key: &str, args: &[(&str, Arg)]) -> String {
        i18n::format(self.lang, key, args)
    }

    /// Records `field`'s error `code` with the message `key`, its
    /// `{ $name }` set to `value` (one call shape for every such error:
    /// less code than building each message's arguments in place).
    fn fail(&mut self, field: &str, code: &str, key: &str, name: &str, value: &str) {
        let message = self.msg(key, &[(name, value.into())]);
        self.push(field, code, message);
    }

    fn push(&mut self, field: &str, code: &str, message: String) {
        self.errors.push(FieldError {
            field: field.to_owned(),
            code: code.to_owned(),
            message,
        });
    }

    fn ok_so_far(&self, field: &str) -> bool {
        !self.errors.iter().any(|e| e.field == field)
    }

    /// Trims `raw`, checks its characters and length; returns the trimmed text.
    fn text(&mut self, field: &str, raw: &str, max: usize, rules: Rules) -> String {
        let value = crate::text::trim(raw);
        let mut key = String::from("field-");
        for c in field.chars() {
            key.push(if c == '_' { '-' } else { c });
        }
        let label = i18n::text(self.lang, &key);
        if let Some((at, bad)) = first_refused(value, rules) {
            // Where the visitor typed it: line and column (in characters,
            // from 1) in the text as given, before trimming.
            let lead = (value.as_ptr() as usize).saturating_sub(raw.as_ptr() as usize);
            let (mut line, mut column) = (1usize, 1usize);
            for c in raw.get(..lead + at).unwrap_or_default().chars() {
                if c == '\n' {
                    (line, column) = (line + 1, 1);
                } else {
                    column += 1;
                }
            }
            let code = char_label(bad);
            let message = self.msg(
                "err-forbidden-character",
                &[
                    ("field", label.as_str().into()),
                    ("char", code.into()),
                    // 0: a one-line field, where only the column is given.
                    ("line", if rules.newlines { line } else { 0 }.into()),
                    ("column", column.into()),
                ],
            );
            self.push(field, "forbidden-character", message);
        }
        let length = text::char_count(value);
        if length > max {
            let message = self.msg(
                "err-too-long",
                &[
                    ("field", label.into()),
                    ("length", length.into()),
                    ("max", max.into()),
                ],
            );
            self.push(field, "too-long", message);
        }
        value.to_owned()
    }
}

/// CRLF and lone CR become LF.
fn normalize_newlines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

/// A letter or digit: ASCII ones, and any non-ASCII character that is not
/// whitespace, a control, bidi or zero-width character. (Unicode's
/// alphanumeric tables would cost the widget's wasm kilobytes; a Slack
/// display name may hold emoji anyway.)
pub(crate) fn word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (!c.is_ascii() && !c.is_whitespace() && !forbidden(c, Rules::STRICT) && !joiner(c))
}

/// Whether `s` looks like a deliverable address: `local@domain.tld`, with
/// an RFC 5322 dot-atom local part (no quotes, spaces or comments) of up to
/// 64 characters and a domain of letters, digits and hyphens (any script)
/// with at least one dot. Non-ASCII characters count as letters.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = text::rsplit_once(s, b'@') else {
        return false;
    };
    if local.is_empty() || local.len() > 64 || domain.len() > 253 || text::char_count(s) > EMAIL_MAX
    {
        return false;
    }
    // `char` in a `&str` would link the standard library's substring search
    // (for non-ASCII characters): a byte list is enough here.
    let atext = |c: char| {
        matches!(
            c,
            '!' | '#'
                | '$'
                | '%'
                | '&'
                | '\''
                | '*'
                | '+'
                | '/'
                | '='
                | '?'
                | '^'
                | '_'
                | '`'
                | '{'
                | '|'
                | '}'
                | '~'
                | '-'
        ) || word_char(c)
    };
    if text::split(local, b'.').any(|part| part.is_empty() || !part.chars().all(atext)) {
        return false;
    }
    let label_ok = |l: &str| {
        !l.is_empty()
            && text::char_count(l) <= 63
            && l.as_bytes().first() != Some(&b'-')
            && l.as_bytes().last() != Some(&b'-')
            && l.chars().all(|c| word_char(c) || c == '-')
    };
    let (mut labels, mut tld) = (0, "");
    for l in text::split(domain, b'.') {
        if !label_ok(l) {
            return false;
        }
        labels += 1;
        tld = l;
    }
    labels >= 2 && text::char_count(tld) >= 2 && !tld.bytes().all(|b| b.is_ascii_digit())
}

enum SlackCheck {
    Ok,
    GroupMention,
    Invalid,
}

fn check_slack(s: &str) -> SlackCheck {
    if let Some(handle) = text::strip_prefix(s, b'@') {
        if ["here", "channel", "everyone"]
            .iter()
            .any(|g| handle.eq_ignore_ascii_case(g))
        {
            return SlackCheck::GroupMention;
        }
        let ok = !handle.is_empty()
            && handle.as_bytes().first() != Some(&b' ')
            && !handle.as_bytes().windows(2).any(|w| w == b"  ")
            && handle
                .chars()
                .all(|c| word_char(c) || joiner(c) || matches!(c, '.' | '_' | '-' | '\'' | ' '));
        return if ok {
            SlackCheck::Ok
        } else {
            SlackCheck::Invalid
        };
    }
    if is_member_id(s) {
        SlackCheck::Ok
    } else {
        SlackCheck::Invalid
    }
}

/// Whether `s` is a Slack member id: `U` or `W` and 6 to 20 uppercase
/// letters or digits (`U03UARAJ405`).
pub fn is_member_id(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('U' | 'W'))
        && (7..=21).contains(&s.len())
        && chars.all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

pub use crate::rfc3339::{parse as parse_instant, utc as format_instant};

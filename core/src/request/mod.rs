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
//!   counted in Unicode scalar values after trimming. A text is read only
//!   until it is known to be too long ([`extent`]: `max + 1` characters
//!   for a text that starts and goes on visibly, never more than
//!   `2 × max + 1`); one with more than twice its limit as typed, spaces
//!   included, is too long too. A too-long field
//!   gets only that error (its characters are checked once it fits).
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

//!
//! # Where things are
//! This module holds the types; [`validate`] and one function per field
//! are in `request/validate.rs`; the character, email and Slack checks in
//! `request/checks.rs`.

use serde::{Deserialize, Deserializer, Serialize};

use crate::i18n::{self, Arg, Lang};
use crate::schedule::Occurrence;

mod checks;
mod validate;

pub use checks::{char_label, extent, is_email, is_member_id, Extent};
pub use validate::{validate, validate_in};

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
                let field = validate::shown(rest.split('`').next().unwrap_or_default());
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
                    &[("detail", Arg::Str(validate::shown_long(&detail)))],
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

pub use crate::rfc3339::{parse as parse_instant, utc as format_instant};

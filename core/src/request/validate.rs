//! Validation: [`validate_in`] checks each field in turn (one function per
//! field below, in the order errors are reported) and collects every
//! problem; the format checks themselves are in [`super::checks`].

use chrono::{DateTime, Utc};

use super::checks::{
    char_label, check_slack, extent_in, first_refused, forbidden, is_email, joiner, Rules,
    SlackCheck,
};
use super::{
    FeedbackRequest, FieldError, Topic, ValidRequest, ALTERNATIVE_TIME_MAX, DETAILS_MAX, EMAIL_MAX,
    NAME_MAX, ORGANIZATION_MAX, ROLE_MAX, SLACK_MAX,
};
use crate::config::Config;
use crate::i18n::{self, Arg, Lang};
use crate::schedule::Occurrence;
use crate::text;
use crate::zone::{ZoneRules, ZoneSource};

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
    let organization = v.required(
        "organization",
        &request.organization,
        ORGANIZATION_MAX,
        "err-organization-required",
    );
    let name = v.required("name", &request.name, NAME_MAX, "err-name-required");
    let (email, slack) = v.contact(&request.email, &request.slack);
    let role = v.text("role", &request.role, ROLE_MAX, Rules::LINE);
    let topics = v.topics(&request.topics);
    let details = v.text("details", &request.details, DETAILS_MAX, Rules::MULTILINE);
    let (tz_name, tz_zone) = v.zone(&request.tz, zones);
    let slots = v.slots(&request.slots, config, now, zones, &*tz_zone);
    let alternative_time = v.alternative_time(&request.alternative_time, request.slots.is_empty());

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
pub(super) fn shown_long(value: &str) -> String {
    shown_up_to(value, 300)
}

/// A value quoted in a message, cut to 60 characters so a 10,000-character
/// input does not make a 10,000-character error.
pub(super) fn shown(value: &str) -> String {
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
    // More than `max` characters, read no further than that.
    if value.chars().nth(max).is_some() {
        out.push('…');
    }
    out
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

    /// Checks the length of `raw` (read only until it is known to be too
    /// long: [`extent_in`]), then its characters (line breaks made LF in a
    /// multi-line field); returns the trimmed text (empty when too long).
    fn text(&mut self, field: &str, raw: &str, max: usize, rules: Rules) -> String {
        let mut key = String::from("field-");
        for c in field.chars() {
            key.push(if c == '_' { '-' } else { c });
        }
        let label = i18n::text(self.lang, &key);
        if extent_in(raw.chars(), max, rules.newlines).too_long {
            // Its length is not known (reading stopped): the message names
            // the limit. Its characters are checked once it fits.
            let message = self.msg(
                "err-too-long",
                &[("field", label.into()), ("max", max.into())],
            );
            self.push(field, "too-long", message);
            return String::new();
        }
        // At most twice the limit: cheap to copy and scan.
        let normalized;
        let raw = if rules.newlines {
            normalized = normalize_newlines(raw);
            normalized.as_str()
        } else {
            raw
        };
        let value = crate::text::trim(raw);
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
        value.to_owned()
    }
    /// A required one-line field (`organization`, `name`): the trimmed text.
    fn required(&mut self, field: &str, raw: &str, max: usize, missing: &str) -> String {
        let value = self.text(field, raw, max, Rules::STRICT);
        if value.is_empty() && self.ok_so_far(field) {
            self.fail(field, "required", missing, "", "");
        }
        value
    }

    /// `email` and `slack`: each well formed, and at least one given (the
    /// error is reported on `email`).
    fn contact(&mut self, raw_email: &str, raw_slack: &str) -> (String, String) {
        let email = self.text("email", raw_email, EMAIL_MAX, Rules::STRICT);
        if !email.is_empty() && self.ok_so_far("email") && !is_email(&email) {
            self.fail(
                "email",
                "invalid-email",
                "err-invalid-email",
                "value",
                &email,
            );
        }
        let slack = self.text("slack", raw_slack, SLACK_MAX, Rules::STRICT);
        if !slack.is_empty() && self.ok_so_far("slack") {
            let key = match check_slack(&slack) {
                SlackCheck::Ok => None,
                SlackCheck::GroupMention => Some("err-group-mention"),
                SlackCheck::Invalid => Some("err-invalid-slack"),
            };
            if let Some(key) = key {
                self.fail("slack", "invalid-slack", key, "value", &slack);
            }
        }
        if email.is_empty()
            && slack.is_empty()
            && self.ok_so_far("email")
            && self.ok_so_far("slack")
        {
            // The rule is the group's (email or Slack): the error is the
            // contact group's, not one field's.
            self.fail("contact", "required", "err-contact-required", "", "");
        }
        (email, slack)
    }

    /// `topics`: known ids, each once, at least one; in the page's order.
    fn topics(&mut self, raw: &[String]) -> Vec<Topic> {
        let mut topics = Vec::new();
        for raw in raw {
            let id = text::trim(raw);
            match Topic::from_id(id) {
                Some(t) if topics.contains(&t) => {
                    self.fail("topics", "duplicate", "err-duplicate-topic", "value", id)
                }
                Some(t) => topics.push(t),
                None => self.fail(
                    "topics",
                    "unknown-topic",
                    "err-unknown-topic",
                    "value",
                    &shown(id),
                ),
            }
        }
        if raw.is_empty() {
            self.fail("topics", "required", "err-topics-required", "", "");
        }
        // The page's order, each once (no sort: it costs the wasm two copies of
        // the standard library's sort).
        let mut ordered = Vec::new();
        for t in Topic::ALL {
            if topics.contains(&t) {
                ordered.push(t);
            }
        }
        ordered
    }

    /// `tz`: the trimmed name and its rules (UTC when empty or unknown).
    fn zone<'a>(&mut self, raw: &'a str, zones: &dyn ZoneSource) -> (&'a str, Box<dyn ZoneRules>) {
        let name = text::trim(raw);
        if name.is_empty() {
            return (name, Box::new(Utc));
        }
        match zones.resolve(name) {
            Some(z) => (name, z),
            None => {
                self.fail(
                    "tz",
                    "unknown-zone",
                    "err-unknown-zone",
                    "value",
                    &shown(name),
                );
                (name, Box::new(Utc))
            }
        }
    }

    /// `slots`: distinct instants, each an upcoming session of the
    /// schedule, at most `config.max_preferred`; named in the visitor's
    /// zone `tz` in errors.
    fn slots(
        &mut self,
        raw: &[String],
        config: &Config,
        now: DateTime<Utc>,
        zones: &dyn ZoneSource,
        tz: &dyn ZoneRules,
    ) -> Vec<Occurrence> {
        let mut slots: Vec<Occurrence> = Vec::new();
        let mut seen: Vec<DateTime<Utc>> = Vec::new();
        for raw in raw {
            let value = text::trim(raw);
            let Some(start) = super::parse_instant(value) else {
                self.fail(
                    "slots",
                    "invalid-date",
                    "err-invalid-slot",
                    "value",
                    &shown(value),
                );
                continue;
            };
            let when = crate::present::describe_instant(self.lang, tz, start);
            if seen.contains(&start) {
                self.fail("slots", "duplicate", "err-duplicate-slot", "when", &when);
                continue;
            }
            seen.push(start);
            if start < now {
                self.fail("slots", "in-the-past", "err-in-the-past", "when", &when);
                continue;
            }
            match config.schedule.occurrence_at(start, zones) {
                Ok(Some(occurrence)) => slots.push(occurrence),
                _ => self.fail("slots", "not-a-session", "err-not-a-session", "when", &when),
            }
        }
        if raw.len() > config.max_preferred {
            let message = self.msg(
                "err-too-many-slots",
                &[
                    ("count", raw.len().into()),
                    ("max", config.max_preferred.into()),
                ],
            );
            self.push("slots", "too-many", message);
        }
        slots
    }

    /// `alternative_time`: line breaks allowed; required when no slot was
    /// picked.
    fn alternative_time(&mut self, raw: &str, no_slots: bool) -> String {
        let value = self.text("alternative_time", raw, ALTERNATIVE_TIME_MAX, Rules::LINES);
        if no_slots && value.is_empty() && self.ok_so_far("alternative_time") {
            // "Pick a session, or say which other times suit you": the
            // sessions' error (their group is what the visitor fixes first).
            self.fail("slots", "required", "err-alternative-time-required", "", "");
        }
        value
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

//! The bridge to core's request: the form's values in, errors or outputs
//! back. No rule lives here.

use chrono::{DateTime, Utc};
use otel_feedback_core::compose::{gcal, ics, mailto, slack};
use otel_feedback_core::config::Config;
use otel_feedback_core::i18n::Lang;
use otel_feedback_core::request::{self, FeedbackRequest, ValidRequest};
use otel_feedback_core::zone::{Chain, Tzdb, ZoneSource};
use serde_json::{json, Value};

use crate::intl::IntlZones;

/// The form's values as typed (untrimmed: core trims).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Form {
    /// `organization`.
    pub organization: String,
    /// `name`.
    pub name: String,
    /// `email`.
    pub email: String,
    /// `slack`.
    pub slack: String,
    /// `role`.
    pub role: String,
    /// `details`.
    pub details: String,
    /// `alternative_time`.
    pub alternative_time: String,
    /// Ticked topic values.
    pub topics: Vec<String>,
    /// Ticked sessions (UTC instants, RFC 3339).
    pub slots: Vec<String>,
    /// "None of these — propose another time".
    pub no_slot: bool,
    /// `delete_recording`.
    pub delete_recording: bool,
    /// `anonymize_post`.
    pub anonymize_post: bool,
}

impl Form {
    /// A text field by its request name.
    pub fn text(&self, field: &str) -> &str {
        match field {
            "organization" => &self.organization,
            "name" => &self.name,
            "email" => &self.email,
            "slack" => &self.slack,
            "role" => &self.role,
            "details" => &self.details,
            "alternative_time" => &self.alternative_time,
            _ => "",
        }
    }

    /// The draft as stored in localStorage.
    pub fn to_json(&self) -> String {
        json!({
            "organization": self.organization,
            "name": self.name,
            "email": self.email,
            "slack": self.slack,
            "role": self.role,
            "details": self.details,
            "alternative_time": self.alternative_time,
            "topics": self.topics,
            "slots": self.slots,
            "no_slot": self.no_slot,
            "delete_recording": self.delete_recording,
            "anonymize_post": self.anonymize_post,
        })
        .to_string()
    }

    /// Reads a stored draft; anything unreadable is ignored.
    pub fn from_json(text: &str) -> Option<Form> {
        let v: Value = serde_json::from_str(text).ok()?;
        let s = |k: &str| {
            v.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        let b = |k: &str| v.get(k).and_then(Value::as_bool).unwrap_or_default();
        let list = |k: &str| {
            v.get(k)
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default()
        };
        Some(Form {
            organization: s("organization"),
            name: s("name"),
            email: s("email"),
            slack: s("slack"),
            role: s("role"),
            details: s("details"),
            alternative_time: s("alternative_time"),
            topics: list("topics"),
            slots: list("slots"),
            no_slot: b("no_slot"),
            delete_recording: b("delete_recording"),
            anonymize_post: b("anonymize_post"),
        })
    }
}

/// One problem, on one field, in the page language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The request field (`organization`, `slots`, `topics`…).
    pub field: String,
    /// What to fix.
    pub message: String,
}

/// Everything a valid request produces.
#[derive(Debug, Clone, Default)]
pub struct Outputs {
    /// The Slack message.
    pub slack: String,
    /// `slack://channel?team=…&id=…`.
    pub channel_app: String,
    /// `https://…/archives/<id>`.
    pub channel_web: String,
    /// (name, `slack://user?…`) per contact.
    pub dms: Vec<(String, String)>,
    /// The `mailto:` URL.
    pub mailto: String,
    /// Whether the email's details were shortened to fit the URL.
    pub mailto_shortened: bool,
    /// One `.ics` per chosen session.
    pub ics: Vec<String>,
    /// The `.ics` for the whole series.
    pub ics_series: String,
    /// A Google Calendar link per chosen session.
    pub gcal: Vec<String>,
}

/// Asks core to validate the form and, when valid, compose the outputs.
///
/// `lang` is the page language (error messages); `zone` the visitor's zone
/// (the message gives each session in it too).
pub fn check(
    config: &Config,
    lang: &str,
    zone: &str,
    now: DateTime<Utc>,
    form: &Form,
) -> Result<Outputs, Vec<FieldError>> {
    let req = FeedbackRequest {
        organization: form.organization.clone(),
        name: form.name.clone(),
        email: form.email.clone(),
        slack: form.slack.clone(),
        role: form.role.clone(),
        topics: form.topics.clone(),
        details: form.details.clone(),
        slots: if form.no_slot {
            Vec::new()
        } else {
            form.slots.clone()
        },
        alternative_time: form.alternative_time.clone(),
        delete_recording: form.delete_recording,
        anonymize_post: form.anonymize_post,
        lang: lang.to_owned(),
        tz: zone.to_owned(),
    };
    let zones = Chain(Tzdb, IntlZones);
    let valid = request::validate_in(&req, config, now, &zones, Lang::negotiate(lang)).map_err(
        |errors| {
            errors
                .into_iter()
                .map(|e| FieldError {
                    field: e.field,
                    message: e.message,
                })
                .collect::<Vec<_>>()
        },
    )?;
    Ok(compose(&valid, config, &zones, now))
}

fn compose(
    req: &ValidRequest,
    config: &Config,
    zones: &dyn ZoneSource,
    now: DateTime<Utc>,
) -> Outputs {
    let links = slack::links(config);
    let mail = mailto::mailto(req, config, zones);
    let n = req.slots.len();
    Outputs {
        slack: slack::message(req, config, zones),
        channel_app: links.channel_app,
        channel_web: links.channel_web,
        dms: links.dms.into_iter().map(|d| (d.name, d.app_url)).collect(),
        mailto: mail.url,
        mailto_shortened: mail.shortened,
        ics: (0..n)
            .filter_map(|i| ics::event(req, config, zones, now, i))
            .collect(),
        ics_series: ics::series(config, zones, now, req.lang).unwrap_or_default(),
        gcal: (0..n)
            .filter_map(|i| gcal::link(req, config, zones, i))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_round_trips_with_hostile_text() {
        let f = Form {
            organization: "<script>alert(1)</script>".into(),
            details: "line 1\nline 2 \u{202e}".into(),
            topics: vec!["adoption".into()],
            slots: vec!["2026-11-26T18:00:00Z".into()],
            anonymize_post: true,
            ..Form::default()
        };
        assert_eq!(Form::from_json(&f.to_json()), Some(f));
        assert_eq!(Form::from_json("not json"), None);
    }
}

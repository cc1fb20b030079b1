//! The bridge to core's request: the form's values in, errors or outputs
//! back. No rule lives here.

use chrono::{DateTime, Utc};
use js_sys::{Array, Reflect, JSON};
use otel_feedback_core::compose::{gcal, ics, mailto, slack};
use otel_feedback_core::config::Config;
use otel_feedback_core::i18n::Lang;
use otel_feedback_core::request::{self, FeedbackRequest, FieldError, ValidRequest};
use otel_feedback_core::zone::ZoneSource;
use wasm_bindgen::JsValue;

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
    /// Reads a stored draft; anything unreadable is ignored.
    pub fn from_json(text: &str) -> Option<Form> {
        Form::from_value(&JSON::parse(text).ok()?)
    }

    /// The form from a JS object of that shape (see [`Form::from_json`]);
    /// `None` when `v` is not a plain object (an array is not a form).
    pub fn from_value(v: &JsValue) -> Option<Form> {
        let v = Some(v).filter(|v| v.is_object() && !Array::is_array(v))?;
        let get = |k: &str| Reflect::get(v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
        let s = |k: &str| get(k).as_string().unwrap_or_default();
        let b = |k: &str| get(k).as_bool().unwrap_or_default();
        let list = |k: &str| {
            let a = get(k);
            if Array::is_array(&a) {
                Array::from(&a)
                    .iter()
                    .filter_map(|x| x.as_string())
                    .collect()
            } else {
                Vec::new()
            }
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
    /// The `mailto:` URL, empty without a recipient
    /// (`compose::mailto::link`).
    pub mailto: String,
    /// Whether the email's details were shortened to fit the URL.
    pub mailto_shortened: bool,
    /// The email's full body, as plain text (to copy when the URL's was
    /// shortened).
    pub email_text: String,
    /// The chosen sessions' starts (RFC 3339, UTC), in the order of `ics`
    /// and `gcal`.
    pub slots: Vec<String>,
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
    zones: &dyn ZoneSource,
    config: &Config,
    lang: &str,
    zone: &str,
    now: DateTime<Utc>,
    form: Form,
) -> Result<Outputs, Vec<FieldError>> {
    let req = FeedbackRequest {
        organization: form.organization,
        name: form.name,
        email: form.email,
        slack: form.slack,
        role: form.role,
        topics: form.topics,
        details: form.details,
        slots: if form.no_slot { Vec::new() } else { form.slots },
        alternative_time: form.alternative_time,
        delete_recording: form.delete_recording,
        anonymize_post: form.anonymize_post,
        lang: lang.to_owned(),
        tz: zone.to_owned(),
    };
    let valid = request::validate_in(&req, config, now, zones, Lang::negotiate(lang))?;
    Ok(compose(&valid, config, zones, now))
}

fn compose(
    req: &ValidRequest,
    config: &Config,
    zones: &dyn ZoneSource,
    now: DateTime<Utc>,
) -> Outputs {
    let links = slack::links(config);
    // No recipient, no mailto (core's rule): an empty URL.
    let (mailto, mailto_shortened) = match mailto::link(req, config, zones) {
        Some(m) => (m.url, m.shortened),
        None => (String::new(), false),
    };
    let mut out = Outputs {
        slack: slack::message(req, config, zones),
        channel_app: links.channel_app,
        channel_web: links.channel_web,
        mailto,
        mailto_shortened,
        email_text: mailto::email(req, config, zones).body,
        ics_series: ics::series(config, zones, now, req.lang).unwrap_or_default(),
        ..Outputs::default()
    };
    for d in links.dms {
        out.dms.push((d.name, d.app_url));
    }
    for (i, slot) in req.slots.iter().enumerate() {
        out.slots.push(otel_feedback_core::rfc3339::utc(slot.start));
        if let Some(e) = ics::event(req, config, zones, now, i) {
            out.ics.push(e);
        }
        if let Some(g) = gcal::link(req, config, zones, i) {
            out.gcal.push(g);
        }
    }
    out
}

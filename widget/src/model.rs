//! The widget's model: what the view (`js/view.js`) asks, answered by core.
//!
//! The view draws and reads the DOM; every decision is made here or in
//! core: which zone a name means, which sessions are upcoming and how they
//! fall in the visitor's day, whether a request is valid and what it
//! produces, and every text. Answers that are more than one string are
//! JSON texts (see each method), which the view reads with `JSON.parse`.
//!
//! The page's wasm (feature `list`) answers the list: `t`, `zone`, `intro`,
//! `sessions`; the form's wasm (feature `form`), loaded when the visitor
//! opens the form, answers `t`, `check`, `topics`, `limit`, `reads`, `count` over
//! the same configuration and catalogs. A build with both (the default,
//! the tests') answers everything.

use chrono::{DateTime, Utc};
use otel_feedback_core::config::Config;
use wasm_bindgen::prelude::*;

use crate::intl::IntlZones;
#[cfg(feature = "form")]
use crate::request::{self, Form};
use crate::strings::{Overrides, Strings};
use crate::text::{num, trim, Json};
#[cfg(feature = "list")]
use {
    crate::intl,
    otel_feedback_core::describe::describe,
    otel_feedback_core::i18n::Lang,
    otel_feedback_core::present::{day_shift, short_zone},
    otel_feedback_core::rfc3339,
    otel_feedback_core::zone::lookup::city,
    otel_feedback_core::zone::to_local,
    otel_feedback_core::zone::{ZoneRules, ZoneSource},
};

/// One mounted widget's configuration, texts and clock.
#[wasm_bindgen]
#[derive(Debug)]
pub struct Widget {
    config: Config,
    s: Strings,
    now: Option<DateTime<Utc>>,
    /// The configuration's `message_lang`: the channel's language, which
    /// the visitor may trade for the page's (`Widget::compose_in_page`).
    channel_lang: String,
}

impl Widget {
    /// A model over a configuration core has validated.
    pub fn new(config: Config, s: Strings, now: Option<DateTime<Utc>>) -> Widget {
        let channel_lang = config.message_lang.clone();
        Widget {
            config,
            s,
            now,
            channel_lang,
        }
    }

    /// How many sessions a visitor may pick (`max_preferred`).
    pub fn max(&self) -> usize {
        self.config.max_preferred
    }

    fn now(&self) -> DateTime<Utc> {
        self.now.unwrap_or_else(|| {
            DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
        })
    }

    #[cfg(feature = "list")]
    /// The rules of a zone name the view got from [`Widget::zone`] (UTC
    /// for anything else).
    fn rules(name: &str) -> Box<dyn ZoneRules> {
        IntlZones.resolve(name).unwrap_or_else(|| Box::new(Utc))
    }
}

#[wasm_bindgen]
impl Widget {
    /// The text for `key`: the page's override, else core's catalog for
    /// the page language, else English. `args` (an object of name → text,
    /// optional) fills placeholders; `max` and `channel` are always there.
    /// Arguments made of digits select plural forms.
    pub fn t(&self, key: &str, args: JsValue) -> String {
        let mut given = Overrides::new();
        if args.is_object() {
            let _ = crate::jsconfig::string_map(&args, &mut given);
        }
        let max = num(self.config.max_preferred as u64);
        let mut all: Vec<(&str, &str)> = given
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        all.push(("max", &max));
        all.push(("channel", &self.config.slack.channel_name));
        self.s.get(key, &all)
    }
}

/// What the list asks (the list's build, feature `list`).
#[cfg(feature = "list")]
#[wasm_bindgen]
impl Widget {
    /// The zone `name` means (trimmed; an old name the browser reports,
    /// `Europe/Kiev`, as its current one when the offsets agree), or an
    /// empty text when neither the browser nor the wasm knows it.
    pub fn zone(&self, name: &str) -> String {
        let name = intl::current_name(trim(name), self.now());
        if IntlZones.resolve(&name).is_some() {
            name
        } else {
            String::new()
        }
    }

    /// The zone a text typed into the zone box names before the picker's
    /// lookup has answered (or when it cannot load): only a text written as
    /// an IANA id (core's `zone::lookup::written_as_id`: `Asia/Tokyo`,
    /// `UTC`) that the browser knows, as [`Widget::zone`] answers it; empty
    /// for anything else (`tokyo` waits for the lookup, never UTC).
    #[wasm_bindgen(js_name = typedZone)]
    pub fn typed_zone(&self, text: &str) -> String {
        if otel_feedback_core::zone::lookup::written_as_id(text) {
            self.zone(text)
        } else {
            String::new()
        }
    }

    /// The sentence above the sessions for a visitor in `zone`: the page's
    /// own (`sessions-help`), else core's, generated from the schedule in
    /// the page language (cadence, zone, extra sessions and
    /// cancellations), then the zone the times are shown in
    /// (`intro-shown-in`), named by `name`: the browser's name for it in
    /// the page language, which the view asks `Intl` for (`view/dom.js`
    /// `zoneName`: core knows no `Intl`); the zone itself when empty. The
    /// site's build data answers the same (`js/list-data.js`).
    pub fn intro(&self, zone: &str, name: &str) -> String {
        let max = num(self.config.max_preferred as u64);
        let args = [
            ("max", max.as_str()),
            ("channel", &self.config.slack.channel_name),
        ];
        if let Some(own) = self.s.overridden("sessions-help", &args) {
            return own;
        }
        let lang = Lang::negotiate(self.s.lang());
        let sentence =
            describe(&self.config.schedule, &IntlZones, self.now(), lang, None).unwrap_or_default();
        let name = if name.is_empty() { zone } else { name };
        let shown = self
            .s
            .get("intro-shown-in", &[("zone", name), args[0], args[1]]);
        if sentence.is_empty() {
            shown
        } else {
            self.s.get(
                "schedule-sentences",
                &[("a", &sentence), ("b", &shown), args[0], args[1]],
            )
        }
    }

    /// The upcoming sessions for a visitor in `zone` (a name from
    /// [`Widget::zone`], or `UTC`), as JSON:
    ///
    /// `{"label": bool, "own": city, "list": [{"utc", "ms", "wall", "local",
    /// "days", "abbr", "city", "label"}]}`: `label` says whether series
    /// labels are worth showing (more than one series), `own` names the
    /// visitor's zone by its city when its short name would read like the
    /// source zone's (empty otherwise); per session `utc` is the instant in RFC 3339 and `ms` in
    /// milliseconds, `wall` the source zone's wall time as milliseconds
    /// read as UTC (so the view formats it without knowing that zone),
    /// `local` the visitor's wall time with offset, `days` how many days
    /// the visitor's date is after the source date (−1, 0 or 1), `abbr` the
    /// source zone's short name (`PT`) and `city` its city (`Los
    /// Angeles`), `label` the series label or `null`.
    pub fn sessions(&self, zone: &str) -> String {
        // Every zone, the source zone included, from the browser's Intl.
        let sessions = self
            .config
            .schedule
            .upcoming(self.now(), self.config.sessions_shown, &IntlZones)
            .unwrap_or_default();
        let mut j = Json::default();
        j.begin('{');
        let visitor = Widget::rules(zone);
        let schedule = &self.config.schedule;
        j.key("label")
            .bool(schedule.series.len() + schedule.extra.len() > 1);
        // The visitor's zone by its city when its short name reads like the
        // source zone's (Vancouver's PDT beside Los Angeles' PT).
        let own = sessions
            .first()
            .filter(|o| o.source_zone != zone)
            .filter(|o| {
                let abbr = |r: &dyn ZoneRules, z: &str| {
                    short_zone(r.abbreviation_at(o.start).as_deref(), z)
                };
                abbr(&*visitor, zone) == abbr(&*Widget::rules(&o.source_zone), &o.source_zone)
            });
        j.key("own")
            .str(&own.map(|_| city(zone)).unwrap_or_default());
        j.key("list").begin('[');
        for occ in &sessions {
            let source = Widget::rules(&occ.source_zone);
            let local = to_local(&*visitor, occ.start);
            let days = day_shift(occ, &*visitor);
            j.begin('{');
            j.key("utc").str(&rfc3339::utc(occ.start));
            j.key("ms")
                .raw(&num(occ.start.timestamp_millis().max(0) as u64));
            let wall = occ.source_local().naive_local().and_utc();
            j.key("wall")
                .raw(&num(wall.timestamp_millis().max(0) as u64));
            j.key("local").str(&rfc3339::local(local));
            j.key("days").raw(if days > 0 {
                "1"
            } else if days < 0 {
                "-1"
            } else {
                "0"
            });
            j.key("abbr").str(&short_zone(
                source.abbreviation_at(occ.start).as_deref(),
                &occ.source_zone,
            ));
            j.key("city").str(&city(&occ.source_zone));
            j.key("label");
            match &occ.label {
                Some(l) => j.str(l),
                None => j.raw("null"),
            };
            j.end('}');
        }
        j.end(']').end('}');
        j.0
    }
}

/// What the form asks (the form's build, feature `form`).
#[cfg(feature = "form")]
#[wasm_bindgen]
impl Widget {
    /// The topics a visitor may tick, core's ids in the page's order,
    /// separated by spaces (`special-use-cases implementation adoption`).
    pub fn topics(&self) -> String {
        let mut ids = String::new();
        for t in otel_feedback_core::request::Topic::ALL {
            ids.push_str(t.id());
            ids.push(' ');
        }
        ids
    }

    /// The most characters core accepts in the text field `field` (the
    /// request's JSON key), or 0 for a field without a limit.
    pub fn limit(&self, field: &str) -> u32 {
        otel_feedback_core::request::max_length(field).map_or(0, |n| n as u32)
    }

    /// How many UTF-16 units of the text field `field` the model reads
    /// (0: all of it): enough for the `2 × limit + 1` characters core's
    /// validation reads at most (`request::extent`), so the view hands over
    /// no more than that however long the field is (a 1 MB paste costs
    /// what a text of the limit costs) and the answers are the ones the
    /// whole text gets.
    pub fn reads(&self, field: &str) -> u32 {
        otel_feedback_core::request::max_length(field).map_or(0, |n| (4 * n + 2) as u32)
    }

    /// How many characters `text` counts for a limit, as core counts them.
    pub fn count(&self, text: &str) -> u32 {
        otel_feedback_core::text::char_count(text) as u32
    }

    /// The language the messages are composed in and the page's, as codes
    /// separated by a space (`en uk`): the channel's (`message_lang`) and
    /// the one a visitor may write in instead; the same code twice when
    /// they are one language (no choice to offer).
    #[wasm_bindgen(js_name = messageLangs)]
    pub fn message_langs(&self) -> String {
        use otel_feedback_core::i18n::Lang;
        let channel = Lang::negotiate(&self.channel_lang).code();
        let page = Lang::negotiate(self.s.lang()).code();
        otel_feedback_core::text::cat(&[channel, " ", page])
    }

    /// Composes the messages in the page's language (`own`), else in the
    /// channel's (`message_lang`, the default): the visitor's choice. The
    /// page's catalog, which the form has loaded, has every message text.
    #[wasm_bindgen(js_name = composeInPage)]
    pub fn compose_in_page(&mut self, own: bool) {
        self.config.message_lang = if own {
            otel_feedback_core::i18n::Lang::negotiate(self.s.lang())
                .code()
                .to_owned()
        } else {
            self.channel_lang.clone()
        };
    }

    /// Validates the form (`form`: JSON of the form's state, see
    /// `js/view.js`) for a visitor in `zone`, as JSON:
    ///
    /// `{"errors": [{"field", "message"}]}` for an invalid request, else
    /// `{"slack", "app", "web", "invite", "mailto", "short", "mail", "at":
    /// [utc], "dms": [[name, url]], "ics": [text], "series", "gcal":
    /// [url]}`: the Slack message, the channel's app and web links, the
    /// Slack invitation, the `mailto:` URL (empty when the configuration
    /// has no recipient), whether its details were shortened, the email's
    /// full plain text, the chosen sessions' starts, a DM link per
    /// contact, an `.ics` per chosen session, the whole series' `.ics`, and
    /// a Google Calendar link per chosen session (`at`, `ics` and `gcal`
    /// in the same order).
    pub fn check(&self, form: &str, zone: &str) -> String {
        let form = Form::from_json(form).unwrap_or_default();
        let mut j = Json::default();
        j.begin('{');
        match request::check(
            &IntlZones,
            &self.config,
            self.s.lang(),
            zone,
            self.now(),
            form,
        ) {
            Err(errors) => {
                j.key("errors").begin('[');
                for e in &errors {
                    j.begin('{');
                    j.key("field").str(&e.field);
                    j.key("message").str(&e.message);
                    j.end('}');
                }
                j.end(']');
            }
            Ok(out) => {
                j.key("slack").str(&out.slack);
                j.key("app").str(&out.channel_app);
                j.key("web").str(&out.channel_web);
                j.key("invite").str(&self.config.slack.invite_url);
                // No recipient configured: no email link (core's one rule,
                // `compose::mailto::has_recipient`).
                let to = otel_feedback_core::compose::mailto::has_recipient(&self.config);
                j.key("mailto").str(if to { &out.mailto } else { "" });
                j.key("short").bool(to && out.mailto_shortened);
                j.key("mail").str(&out.email_text);
                j.key("at").begin('[');
                for s in &out.slots {
                    j.str(s);
                }
                j.end(']');
                j.key("dms").begin('[');
                for (name, url) in &out.dms {
                    j.begin('[').str(name).str(url).end(']');
                }
                j.end(']');
                j.key("ics").begin('[');
                for ics in &out.ics {
                    j.str(ics);
                }
                j.end(']');
                j.key("series").str(&out.ics_series);
                j.key("gcal").begin('[');
                for g in &out.gcal {
                    j.str(g);
                }
                j.end(']');
            }
        }
        j.end('}');
        j.0
    }
}

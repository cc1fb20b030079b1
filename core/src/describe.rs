//! The sentence that says when sessions happen, generated from the
//! [`Schedule`] in any catalog language.
//!
//! One series or several, every week or every N weeks (the weekday and the
//! number in each language's own grammar and plural forms, from the
//! `schedule-*` messages), the source zone named as people say it (`tz-*`
//! messages: "Pacific Time"; `tz-other` for a zone without one), an end
//! date, the upcoming extra sessions and cancelled dates, and the zone the
//! times are shown in. The widget shows it above the sessions (a page may
//! still override it: `strings.sessions-help`); `otel-feedback describe`
//! prints it for a page's fallback text.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use otel_feedback_core::{describe::describe, i18n::Lang, schedule::Schedule, zone::Tzdb};
//!
//! let now = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap();
//! let s = Schedule::default();
//! assert_eq!(
//!     describe(&s, &Tzdb, now, Lang::En, None).unwrap(),
//!     "Sessions are usually held during the End-User SIG meeting, on alternating Thursdays at 10:00 Pacific Time."
//! );
//! assert_eq!(
//!     describe(&s, &Tzdb, now, Lang::Uk, Some("Europe/Kyiv")).unwrap(),
//!     "Сесії зазвичай проходять під час засідань End-User SIG: через четвер о 10:00 за тихоокеанським часом. Час нижче — за часом Europe/Kyiv."
//! );
//! ```

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Timelike, Utc, Weekday};

use crate::compose::weekday_key;
use crate::error::Error;
use crate::i18n::{self, Arg, Lang};
use crate::schedule::{Rule, Schedule};
use crate::text;
use crate::zone::{to_local, ZoneRules, ZoneSource};

/// The catalog's name for a zone, with its preposition where the language
/// needs one ("Pacific Time", "за тихоокеанським часом"): the `tz-<name>`
/// message (`America/Los_Angeles` → `tz-america-los-angeles`), else
/// `tz-other` with the IANA name.
pub fn zone_phrase(lang: Lang, zone: &str) -> String {
    let mut key = String::from("tz-");
    for c in zone.chars() {
        key.push(match c {
            '/' | '_' => '-',
            c => c.to_ascii_lowercase(),
        });
    }
    if i18n::is_translated(lang, &key) || i18n::is_translated(Lang::En, &key) {
        i18n::text(lang, &key)
    } else {
        i18n::format(lang, "tz-other", &[("zone", zone.into())])
    }
}

/// `mon`…`sun`: the selector the `schedule-cadence` message takes.
fn day_id(d: Weekday) -> &'static str {
    weekday_key(d).get(3..).unwrap_or_default()
}

fn hh_mm(t: NaiveTime) -> String {
    let mut out = String::with_capacity(5);
    text::push_pair(&mut out, t.hour(), ":", t.minute());
    out
}

/// `Thu 2026-12-24`.
fn day_and_date(lang: Lang, d: NaiveDate) -> String {
    let mut out = i18n::text(lang, weekday_key(d.weekday()));
    out.push(' ');
    text::push_date(&mut out, d);
    out
}

/// Items joined by the language's list separator.
fn list(lang: Lang, items: &[String]) -> String {
    let sep = i18n::text(lang, "schedule-sep");
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(item);
    }
    out
}

/// One series: cadence, time and zone, and its end date.
fn rule_text(lang: Lang, rule: &Rule) -> String {
    let f = |key: &str, args: &[(&str, Arg)]| i18n::format(lang, key, args);
    let cadence = f(
        "schedule-cadence",
        &[
            ("every", rule.every_weeks.into()),
            ("day", day_id(rule.weekday).into()),
        ],
    );
    let out = f(
        "schedule-rule",
        &[
            ("cadence", cadence.into()),
            ("time", hh_mm(rule.time).into()),
            ("zone", zone_phrase(lang, rule.zone.name()).into()),
        ],
    );
    match rule.until {
        Some(until) => f(
            "schedule-until",
            &[("rule", out.into()), ("date", text::date(until).into())],
        ),
        None => out,
    }
}

/// The sentence(s) saying when sessions happen under `schedule`, in
/// `lang`: its series that have not ended at `now`, then its upcoming
/// extra sessions and cancelled dates; with `visitor` (the zone the
/// widget shows times in), a last sentence naming that zone. Fails when
/// the schedule is invalid (the error lists every issue, as
/// [`Schedule::validate`]'s does).
pub fn describe(
    schedule: &Schedule,
    zones: &dyn ZoneSource,
    now: DateTime<Utc>,
    lang: Lang,
    visitor: Option<&str>,
) -> Result<String, Error> {
    let plan = schedule.compile(zones)?;
    let f = |key: &str, args: &[(&str, Arg)]| i18n::format(lang, key, args);
    let mut parts: Vec<String> = Vec::new();
    let today = |zone: &dyn ZoneRules| to_local(zone, now).date_naive();

    let live: Vec<&Rule> = plan
        .rules
        .iter()
        .filter(|r| r.until.is_none_or(|u| u >= today(&*r.zone)))
        .collect();
    match live.as_slice() {
        [] => {}
        [one] => {
            let rule = rule_text(lang, one);
            parts.push(match &one.label {
                Some(label) => f(
                    "schedule-one-labelled",
                    &[("label", label.into()), ("rule", rule.into())],
                ),
                None => f("schedule-one", &[("rule", rule.into())]),
            });
        }
        many => {
            let items: Vec<String> = many
                .iter()
                .map(|r| {
                    let rule = rule_text(lang, r);
                    match &r.label {
                        Some(label) => f(
                            "schedule-item-labelled",
                            &[("label", label.into()), ("rule", rule.into())],
                        ),
                        None => rule,
                    }
                })
                .collect();
            parts.push(f("schedule-many", &[("list", list(lang, &items).into())]));
        }
    }

    let extras: Vec<String> = plan
        .extras
        .iter()
        .filter(|e| e.start >= now)
        .map(|e| {
            let local = to_local(&*e.zone, e.start);
            f(
                "schedule-at",
                &[
                    ("date", day_and_date(lang, local.date_naive()).into()),
                    ("time", hh_mm(local.time()).into()),
                    ("zone", zone_phrase(lang, e.zone.name()).into()),
                ],
            )
        })
        .collect();
    if !extras.is_empty() {
        parts.push(f(
            "schedule-extra",
            &[
                ("count", extras.len().into()),
                ("list", list(lang, &extras).into()),
            ],
        ));
    }

    // Cancelled dates are source-local: "upcoming" in the first series'
    // zone (UTC without a series).
    let first_zone = plan.rules.first().map(|r| &*r.zone);
    let from = first_zone.map_or_else(|| now.date_naive(), today);
    let cancelled: Vec<String> = plan
        .cancelled
        .iter()
        .filter(|d| **d >= from)
        .map(|d| day_and_date(lang, *d))
        .collect();
    if !cancelled.is_empty() {
        parts.push(f(
            "schedule-cancelled",
            &[
                ("count", cancelled.len().into()),
                ("list", list(lang, &cancelled).into()),
            ],
        ));
    }
    if let Some(zone) = visitor {
        parts.push(f(
            "schedule-shown-in",
            &[("zone", zone_phrase(lang, zone).into())],
        ));
    }
    Ok(join_sentences(lang, &parts))
}

/// Sentences joined as the language writes them (a space, or none in
/// Japanese: `schedule-sentences`).
fn join_sentences(lang: Lang, parts: &[String]) -> String {
    let mut out = String::new();
    for p in parts {
        out = if out.is_empty() {
            p.clone()
        } else {
            i18n::format(
                lang,
                "schedule-sentences",
                &[("a", out.into()), ("b", p.as_str().into())],
            )
        };
    }
    out
}

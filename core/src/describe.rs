//! The sentence that says when sessions happen, generated from the
//! [`Schedule`] in any catalog language.
//!
//! One series or several, every week or every N weeks (the weekday and the
//! number in each language's own grammar and plural forms, from the
//! `schedule-*` messages), the source zone named as people say it (`tz-*`
//! messages: "Pacific Time"; `tz-other` for a zone without one), the
//! visitor's own weekday and time when they differ, an end date, and the
//! upcoming extra sessions and cancelled dates. The widget shows it above
//! the sessions (a page may still override it: `strings.sessions-help`);
//! `otel-feedback describe` prints it for a page's fallback text.
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
//!     "Сесії зазвичай проходять під час засідань End-User SIG: через четвер о 10:00 за тихоокеанським часом (у вас: Чт 20:00 або 19:00 за часом Europe/Kyiv)."
//! );
//! ```

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Timelike, Utc, Weekday};

use crate::compose::weekday_key;
use crate::error::Error;
use crate::i18n::{self, Arg, Lang};
use crate::schedule::{Compiled, Rule, Schedule};
use crate::text;
use crate::zone::{to_local, ZoneRules, ZoneSource};

/// How many upcoming sessions of a series are looked at for the visitor's
/// weekdays and times (a year of weekly sessions: both DST changes).
const LOOK_AHEAD: usize = 53;

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

/// One series: cadence, time and zone, its end date, and the visitor's
/// weekday and time(s) when they differ from the source's.
fn rule_text(
    lang: Lang,
    rule: &Rule,
    plan: &Compiled,
    now: DateTime<Utc>,
    visitor: Option<&dyn ZoneRules>,
) -> String {
    let f = |key: &str, args: &[(&str, Arg)]| i18n::format(lang, key, args);
    let cadence = f(
        "schedule-cadence",
        &[
            ("every", rule.every_weeks.into()),
            ("day", day_id(rule.weekday).into()),
        ],
    );
    let source = rule.zone.name();
    let mut out = f(
        "schedule-rule",
        &[
            ("cadence", cadence.into()),
            ("time", hh_mm(rule.time).into()),
            ("zone", zone_phrase(lang, source).into()),
        ],
    );
    if let Some(until) = rule.until {
        out = f(
            "schedule-until",
            &[
                ("rule", out.into()),
                ("date", text::date(until).into()),
            ],
        );
    }
    let Some(visitor) = visitor.filter(|v| v.name() != source) else {
        return out;
    };
    // The visitor's weekday and time of each upcoming session: one pair
    // most of the year, two when the zones change clocks on different days.
    let mut seen: Vec<(Weekday, NaiveTime)> = Vec::new();
    rule.upcoming(now, LOOK_AHEAD, &plan.cancelled, &mut |o| {
        let local = to_local(visitor, o.start);
        let pair = (local.weekday(), local.time());
        if !seen.contains(&pair) {
            seen.push(pair);
        }
    });
    if seen.is_empty() || seen == [(rule.weekday, rule.time)] {
        return out;
    }
    let mut times = String::new();
    for (i, (day, time)) in seen.iter().enumerate() {
        // `Thu 20:00`, and only the time while the day stays the same.
        let one = if i > 0 && seen[i - 1].0 == *day {
            hh_mm(*time)
        } else {
            text::cat(&[&i18n::text(lang, weekday_key(*day)), " ", &hh_mm(*time)])
        };
        times = if i == 0 {
            one
        } else {
            f("schedule-or", &[("a", times.into()), ("b", one.into())])
        };
    }
    f(
        "schedule-visitor",
        &[
            ("rule", out.into()),
            ("times", times.into()),
            ("zone", zone_phrase(lang, visitor.name()).into()),
        ],
    )
}

/// The sentence(s) saying when sessions happen under `schedule`, in
/// `lang`: its series that have not ended at `now`, then its upcoming
/// extra sessions and cancelled dates. With `visitor` (an IANA name
/// `zones` knows), each series also gives the visitor's weekday and time
/// when they differ. Fails when the schedule is invalid (the error lists
/// every issue, as [`Schedule::validate`]'s does).
pub fn describe(
    schedule: &Schedule,
    zones: &dyn ZoneSource,
    now: DateTime<Utc>,
    lang: Lang,
    visitor: Option<&str>,
) -> Result<String, Error> {
    let plan = schedule.compile(zones)?;
    let visitor = visitor.and_then(|name| zones.resolve(name));
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
            let rule = rule_text(lang, one, &plan, now, visitor.as_deref());
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
                    let rule = rule_text(lang, r, &plan, now, visitor.as_deref());
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

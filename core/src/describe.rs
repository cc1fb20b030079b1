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

use crate::error::Error;
use crate::i18n::{self, Arg, Lang};
use crate::present::weekday_key;
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
        msg(lang, "tz-other", &[("zone", zone)])
    }
}

/// `key` in `lang` with text arguments (one place builds and drops the
/// [`Arg`]s: less code in the wasm than at each call).
#[inline(never)]
fn msg(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (*k, Arg::from(*v))).collect();
    i18n::format(lang, key, &args)
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

/// One series: cadence, time and zone, and its end date.
fn rule_text(lang: Lang, rule: &Rule) -> String {
    let cadence = i18n::format(
        lang,
        "schedule-cadence",
        &[
            ("every", rule.every_weeks.into()),
            ("day", day_id(rule.weekday).into()),
        ],
    );
    let out = msg(
        lang,
        "schedule-rule",
        &[
            ("cadence", &cadence),
            ("time", &hh_mm(rule.time)),
            ("zone", &zone_phrase(lang, rule.zone.name())),
        ],
    );
    match rule.until {
        Some(until) => msg(
            lang,
            "schedule-until",
            &[("rule", &out), ("date", &text::date(until))],
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
    let today = |zone: &dyn ZoneRules| to_local(zone, now).date_naive();
    let sep = i18n::text(lang, "schedule-sep");
    // Items joined by the language's list separator.
    let join = |list: &mut String, item: &str| {
        if !list.is_empty() {
            list.push_str(&sep);
        }
        list.push_str(item);
    };
    let mut out = String::new();
    // Sentences joined as the language writes them (`schedule-sentences`:
    // a space, none in Japanese).
    let mut sentence = |s: String| {
        out = if out.is_empty() {
            s
        } else {
            msg(lang, "schedule-sentences", &[("a", &out), ("b", &s)])
        };
    };

    // The series that have not ended: one sentence for one, a list for
    // several.
    let (mut series, mut n, mut one) = (String::new(), 0, String::new());
    for rule in &plan.rules {
        if rule.until.is_some_and(|u| u < today(&*rule.zone)) {
            continue;
        }
        let text = rule_text(lang, rule);
        let label = rule.label.as_deref();
        one = match label {
            Some(l) => msg(
                lang,
                "schedule-one-labelled",
                &[("label", l), ("rule", &text)],
            ),
            None => msg(lang, "schedule-one", &[("rule", &text)]),
        };
        let item = match label {
            Some(l) => msg(
                lang,
                "schedule-item-labelled",
                &[("label", l), ("rule", &text)],
            ),
            None => text,
        };
        join(&mut series, &item);
        n += 1;
    }
    if n == 1 {
        sentence(one);
    } else if n > 1 {
        sentence(msg(lang, "schedule-many", &[("list", &series)]));
    }

    let (mut extras, mut n) = (String::new(), 0usize);
    for (_, e) in plan
        .extras
        .iter()
        .enumerate()
        .filter(|(i, _)| plan.extra_upcoming(*i, now))
    {
        let local = to_local(&*e.zone, e.start);
        let item = msg(
            lang,
            "schedule-at",
            &[
                ("date", &day_and_date(lang, local.date_naive())),
                ("time", &hh_mm(local.time())),
                ("zone", &zone_phrase(lang, e.zone.name())),
            ],
        );
        join(&mut extras, &item);
        n += 1;
    }
    if n > 0 {
        sentence(i18n::format(
            lang,
            "schedule-extra",
            &[("count", n.into()), ("list", extras.into())],
        ));
    }

    // Cancelled dates are source-local: "upcoming" in the first series'
    // zone (UTC without a series).
    let mut cancelled = String::new();
    for (_, d) in plan
        .cancelled
        .iter()
        .enumerate()
        .filter(|(i, _)| plan.cancelled_upcoming(*i, now))
    {
        join(&mut cancelled, &day_and_date(lang, *d));
    }
    if !cancelled.is_empty() {
        sentence(msg(lang, "schedule-cancelled", &[("list", &cancelled)]));
    }

    if let Some(zone) = visitor {
        sentence(msg(
            lang,
            "schedule-shown-in",
            &[("zone", &zone_phrase(lang, zone))],
        ));
    }
    Ok(out)
}

/// [`describe`] in every language: language code → sentence.
pub fn all_languages(
    schedule: &Schedule,
    zones: &dyn ZoneSource,
    now: DateTime<Utc>,
) -> Result<serde_json::Map<String, serde_json::Value>, Error> {
    let mut all = serde_json::Map::new();
    for lang in Lang::ALL {
        let text = describe(schedule, zones, now, lang, None)?;
        all.insert(lang.code().to_owned(), text.into());
    }
    Ok(all)
}

/// [`all_languages`] as the JSON a site's data file holds (`{"en": "…",
/// "uk": "…", …}`, pretty, a final newline): what `otel-feedback describe
/// --format json` and the npm package's `otel-feedback-schedule
/// --describe` write.
pub fn all_languages_json(
    schedule: &Schedule,
    zones: &dyn ZoneSource,
    now: DateTime<Utc>,
) -> Result<String, Error> {
    let all = all_languages(schedule, zones, now)?;
    Ok(serde_json::to_string_pretty(&all).expect("text always serializes") + "\n")
}

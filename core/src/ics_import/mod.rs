//! The community's `.ics` calendar turned into the widget's schedule
//! configuration (feature `ics-import`): what `otel-feedback schedule
//! --from-ics` and the npm package's `otel-feedback-schedule` run.
//!
//! The calendar is parsed with the `ical` crate ([`props`] reads its
//! properties, [`values`] its dates and zones); [`rrule`] maps a weekly rule
//! onto series and [`builder`] collects every event into core's
//! [`Schedule`]:
//!
//! | iCalendar                                  | schedule                              |
//! |--------------------------------------------|---------------------------------------|
//! | VEVENT with `RRULE:FREQ=WEEKLY`            | one `series` per `BYDAY` weekday      |
//! | `DTSTART;TZID=…`                           | `zone`, `time`, `anchor` (first date) |
//! | `DTEND` − `DTSTART`, or `DURATION`         | `duration_minutes`                    |
//! | `INTERVAL=N`                               | `every_weeks`                         |
//! | `UNTIL` (or `COUNT`, converted)            | `until`: the last local date it meets |
//! | `SUMMARY`                                  | `label`                               |
//! | `EXDATE`                                   | `cancelled`                           |
//! | `RDATE`, a VEVENT without `RRULE`          | `extra`                               |
//! | a `RECURRENCE-ID` override                 | `cancelled` original + `extra` new    |
//!
//! Time zones are read by their `TZID` name from a [`ZoneSource`] (the
//! calendar's `VTIMEZONE` blocks are not needed). What a schedule cannot
//! express (`FREQ` other than `WEEKLY`, `BYSETPOS`, `BYMONTH`…, `EXRULE`,
//! `RANGE=THISANDFUTURE`) is an error naming the event and the property.
//! What can be skipped safely (all-day or cancelled events, an `EXDATE`
//! that matches no session) is a warning. [`import`] validates the result
//! with core before it is returned. Every message is worded for the command
//! line (`--from-ics`, `--summary`, `--config` name the arguments), the
//! same in both front ends.
//!
//! ```
//! use otel_feedback_core::ics_import::{import, Options};
//! use otel_feedback_core::zone::Tzdb;
//!
//! let ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:End-User SIG\r\n\
//!            DTSTART;TZID=America/Los_Angeles:20260108T100000\r\nDURATION:PT1H\r\n\
//!            RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
//! let opts = Options { from_ics: "sig.ics", calendar: ics, summary: "end-user", config: None, now: None };
//! let out = import(&opts, &Tzdb).unwrap();
//! assert!(out.json.contains(r#""every_weeks": 2"#));
//! assert!(out.warnings.is_empty());
//! ```

mod builder;
mod output;
mod props;
mod rrule;
mod values;

use std::collections::BTreeSet;

use ical::parser::ical::component::IcalEvent;

use crate::schedule::{Schedule, Series};
use crate::zone::ZoneSource;
use builder::Builder;
use props::{event_name, prop, text_prop};
use values::Reader;

pub use output::{check_args, import, read_error, write_error, Imported, Options};

/// A failure, already worded for the user (without the `--from-ics` prefix).
type Fail = String;

/// Converts a calendar's events whose SUMMARY contains `summary` (any case)
/// into a schedule, with warnings.
pub fn from_ics(
    text: &str,
    summary: &str,
    zones: &dyn ZoneSource,
) -> Result<(Schedule, Vec<String>), String> {
    let (events, cal_zone) = parse(text)?;
    let mut b = Builder::new(Reader { cal_zone, zones });
    let wanted = summary.trim().to_lowercase();
    let matches =
        |e: &IcalEvent| text_prop(e, "SUMMARY").is_some_and(|s| s.to_lowercase().contains(&wanted));
    let is_override = |e: &IcalEvent| prop(e, "RECURRENCE-ID").is_some();
    let masters: Vec<&IcalEvent> = events
        .iter()
        .filter(|e| !is_override(e) && matches(e))
        .collect();
    if masters.is_empty() {
        return Err(no_match(&events, summary));
    }
    for master in &masters {
        let overrides: Vec<&IcalEvent> = match text_prop(master, "UID") {
            Some(uid) => events
                .iter()
                .filter(|e| is_override(e) && text_prop(e, "UID").as_deref() == Some(&*uid))
                .collect(),
            None => Vec::new(),
        };
        b.event(master, &overrides)?;
    }
    // Overrides whose master is not in the file: keep them as one-off events.
    for e in events.iter().filter(|e| is_override(e) && matches(e)) {
        let uid = text_prop(e, "UID");
        let has_master = events
            .iter()
            .any(|m| !is_override(m) && text_prop(m, "UID") == uid);
        if !has_master {
            let name = event_name(e);
            b.warnings.push(format!(
                "{name}: RECURRENCE-ID without its recurring event in the file; kept as a one-off session"
            ));
            b.event(e, &[])?;
        }
    }
    finish(b)
}

/// Every VEVENT of every VCALENDAR, and the first X-WR-TIMEZONE.
fn parse(text: &str) -> Result<(Vec<IcalEvent>, Option<String>), Fail> {
    let mut events: Vec<IcalEvent> = Vec::new();
    let mut cal_zone: Option<String> = None;
    let mut calendars = 0;
    for cal in ical::IcalParser::new(text.as_bytes()) {
        let cal = cal.map_err(|e| format!("not a valid iCalendar file: {e}"))?;
        calendars += 1;
        if cal_zone.is_none() {
            cal_zone = cal
                .properties
                .iter()
                .find(|p| p.name.eq_ignore_ascii_case("X-WR-TIMEZONE"))
                .and_then(|p| p.value.clone());
        }
        events.extend(cal.events);
    }
    if calendars == 0 {
        return Err(
            "not an iCalendar file: no BEGIN:VCALENDAR; export the calendar as .ics".into(),
        );
    }
    Ok((events, cal_zone))
}

/// No event matched: say which titles the calendar has.
fn no_match(events: &[IcalEvent], summary: &str) -> Fail {
    let titles: BTreeSet<String> = events
        .iter()
        .filter_map(|e| text_prop(e, "SUMMARY"))
        .take(5)
        .collect();
    let seen = if titles.is_empty() {
        "the calendar has no titled events".to_owned()
    } else {
        let list: Vec<String> = titles.into_iter().map(|t| format!("'{t}'")).collect();
        format!("titles include {}", list.join(", "))
    };
    format!(
        "no event's SUMMARY contains '{}'; {seen}; pass part of one of them to --summary",
        summary.trim()
    )
}

/// The schedule in core's order, with the cross-series warnings.
fn finish(mut b: Builder<'_>) -> Result<(Schedule, Vec<String>), Fail> {
    // Core applies a cancelled date to every series: say so when that
    // removes a session the calendar keeps.
    for (date, from) in &b.cancelled {
        for (s, rule, owner) in &b.series {
            if owner != from && rule.meets_on(*date) {
                b.warnings.push(format!(
                    "{from}: cancelling {date} also cancels that day's session of '{}' (a schedule's cancelled dates apply to every series)",
                    s.label.as_deref().unwrap_or("another series")
                ));
            }
        }
    }
    let mut series: Vec<Series> = b.series.into_iter().map(|(s, _, _)| s).collect();
    series.sort_by(|a, b| (&a.anchor, &a.time).cmp(&(&b.anchor, &b.time)));
    let cancelled: BTreeSet<String> = b
        .cancelled
        .into_iter()
        .map(|(d, _)| d.to_string())
        .collect();
    b.extra.sort_by_key(|(i, _)| *i);
    b.extra.dedup_by_key(|(i, _)| *i);
    let schedule = Schedule {
        series,
        cancelled: cancelled.into_iter().collect(),
        extra: b.extra.into_iter().map(|(_, e)| e).collect(),
    };
    if schedule.series.is_empty() && schedule.extra.is_empty() {
        return Err(
            "the matching events yield no session (all ended, cancelled or all-day); check --summary and the calendar"
                .into(),
        );
    }
    Ok((schedule, b.warnings))
}

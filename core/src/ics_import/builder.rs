//! Collects the schedule event by event: a recurring event becomes series
//! (one per weekday), its `EXDATE`s cancelled dates, its `RDATE`s and moved
//! `RECURRENCE-ID` overrides extra sessions; a one-off event an extra
//! session. What can be skipped safely is a warning.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, NaiveDate, Timelike, Utc};
use ical::parser::ical::component::IcalEvent;
use ical::property::Property;

use super::props::{event_name, is_cancelled, param, prop, props, text_prop, weekday_code};
use super::rrule::{self, Rule};
use super::values::{minutes, Reader, Stamp, When};
use super::Fail;
use crate::schedule::{ExtraSession, Series};
use crate::zone::{to_local, to_utc};

/// An extra session before it is written: start, minutes, label.
type Extra = (DateTime<Utc>, i64, Option<String>);

/// What every part of one event needs: its name for messages, its start,
/// its length and its label.
struct Event {
    name: String,
    start: Stamp,
    minutes: i64,
    label: Option<String>,
}

#[derive(Debug)]
pub(super) struct Builder<'z> {
    pub reader: Reader<'z>,
    pub warnings: Vec<String>,
    /// Each series with its rule and the event it came from, for
    /// cross-checking cancelled dates.
    pub series: Vec<(Series, Rule, String)>,
    /// (date, which event asked for it)
    pub cancelled: BTreeSet<(NaiveDate, String)>,
    pub extra: Vec<(DateTime<Utc>, ExtraSession)>,
}

impl<'z> Builder<'z> {
    pub fn new(reader: Reader<'z>) -> Self {
        Builder {
            reader,
            warnings: Vec::new(),
            series: Vec::new(),
            cancelled: BTreeSet::new(),
            extra: Vec::new(),
        }
    }

    /// Adds one event (a recurring master with its `overrides`, or a
    /// one-off).
    pub fn event(&mut self, e: &IcalEvent, overrides: &[&IcalEvent]) -> Result<(), Fail> {
        let Some(ev) = self.read_event(e)? else {
            return Ok(());
        };
        let exdates = self.reader.values(&ev.name, e, "EXDATE")?;
        let rdates = self.rdate_starts(&ev, e, &exdates)?;
        let rrules: Vec<&Property> = props(e, "RRULE").collect();
        match rrules.as_slice() {
            [] => self.one_off(&ev, &exdates, rdates),
            [one] => {
                let (rule, dtstart_extra) =
                    rrule::weekly(&self.reader, &mut self.warnings, &ev.name, one, &ev.start)?;
                self.recurring(&ev, rule, dtstart_extra, &exdates, rdates, overrides)
            }
            _ => Err(format!(
                "{}: more than one RRULE; split the event into one event per rule",
                ev.name
            )),
        }
    }

    /// The event's start, length and label; `None` (with a warning) when it
    /// is cancelled or all-day.
    fn read_event(&mut self, e: &IcalEvent) -> Result<Option<Event>, Fail> {
        let name = event_name(e);
        if is_cancelled(e) {
            self.warnings
                .push(format!("{name}: STATUS:CANCELLED; skipped"));
            return Ok(None);
        }
        let Some(start) = self.reader.start(&name, e)? else {
            self.warnings.push(format!(
                "{name}: an all-day event (DTSTART;VALUE=DATE) has no start time; skipped"
            ));
            return Ok(None);
        };
        let length = self.reader.length(&name, e, &start)?.ok_or_else(|| {
            format!("{name}: no DTEND or DURATION; add DTEND (or DURATION:PT1H) so the session has a length")
        })?;
        let minutes = minutes(&name, length)?;
        if prop(e, "EXRULE").is_some() {
            return Err(format!(
                "{name}: EXRULE is not supported (RFC 5545 deprecated it); list the cancelled dates as EXDATE"
            ));
        }
        Ok(Some(Event {
            label: text_prop(e, "SUMMARY"),
            name,
            start,
            minutes,
        }))
    }

    /// The RDATE starts with their minutes, less those an EXDATE removes
    /// (RFC 5545 §3.8.5.1).
    fn rdate_starts(
        &self,
        ev: &Event,
        e: &IcalEvent,
        exdates: &[(When, Option<Duration>)],
    ) -> Result<Vec<(DateTime<Utc>, i64)>, Fail> {
        let zone = self.reader.rules(&ev.start.zone);
        let date_of = |i: DateTime<Utc>| to_local(&*zone, i).date_naive();
        let mut rdates = self.reader.values(&ev.name, e, "RDATE")?;
        rdates.retain(|(r, _)| {
            !exdates.iter().any(|(x, _)| match (r, x) {
                (When::Time(a), When::Time(b)) => a.instant == b.instant,
                (When::Time(a), When::Date(d)) => date_of(a.instant) == *d,
                (When::Date(a), When::Date(b)) => a == b,
                (When::Date(a), When::Time(b)) => date_of(b.instant) == *a,
            })
        });
        let mut out = Vec::new();
        for (r, len) in &rdates {
            let instant = match r {
                When::Time(s) => s.instant,
                When::Date(d) => to_utc(&*zone, d.and_time(ev.start.local.time())),
            };
            let m = match len {
                Some(l) => minutes(&ev.name, *l)?,
                None => ev.minutes,
            };
            out.push((instant, m));
        }
        Ok(out)
    }

    /// A one-off event (and its RDATEs): extra sessions.
    fn one_off(
        &mut self,
        ev: &Event,
        exdates: &[(When, Option<Duration>)],
        rdates: Vec<(DateTime<Utc>, i64)>,
    ) -> Result<(), Fail> {
        if !exdates.is_empty() {
            let name = &ev.name;
            self.warnings
                .push(format!("{name}: EXDATE on an event without RRULE; ignored"));
        }
        let zone = &ev.start.zone;
        self.push_extra(
            &ev.name,
            "DTSTART",
            ev.start.instant,
            zone,
            ev.minutes,
            &ev.label,
        )?;
        for (instant, m) in rdates {
            self.push_extra(&ev.name, "RDATE", instant, zone, m, &ev.label)?;
        }
        Ok(())
    }

    /// A recurring event: its series, cancelled dates and extra sessions.
    fn recurring(
        &mut self,
        ev: &Event,
        rule: Rule,
        dtstart_extra: bool,
        exdates: &[(When, Option<Duration>)],
        rdates: Vec<(DateTime<Utc>, i64)>,
        overrides: &[&IcalEvent],
    ) -> Result<(), Fail> {
        let (mut cancelled, dtstart_cancelled) =
            self.cancelled_dates(ev, &rule, dtstart_extra, exdates);
        let mut extras: Vec<Extra> = Vec::new();
        if dtstart_extra && !dtstart_cancelled {
            extras.push((ev.start.instant, ev.minutes, ev.label.clone()));
        }
        let zone = self.reader.rules(&rule.zone);
        for (instant, m) in rdates {
            let local = to_local(&*zone, instant).date_naive();
            if rule.has_session_at(&self.reader, instant) && !cancelled.contains(&local) {
                continue; // the series already has it
            }
            extras.push((instant, m, ev.label.clone()));
        }
        for o in overrides {
            self.apply_override(ev, &rule, o, &mut cancelled, &mut extras)?;
        }
        for (instant, m, l) in extras {
            self.push_extra(&ev.name, "session", instant, &rule.zone, m, &l)?;
        }
        for d in cancelled {
            self.cancelled.insert((d, ev.name.clone()));
        }
        self.push_series(ev, &rule);
        Ok(())
    }

    /// EXDATEs that hit a session of the series, and whether one cancels
    /// DTSTART's extra session; the rest are warned about.
    fn cancelled_dates(
        &mut self,
        ev: &Event,
        rule: &Rule,
        dtstart_extra: bool,
        exdates: &[(When, Option<Duration>)],
    ) -> (BTreeSet<NaiveDate>, bool) {
        let zone = self.reader.rules(&rule.zone);
        let mut cancelled = BTreeSet::new();
        let mut dtstart_cancelled = false;
        for (x, _) in exdates {
            let (date, exact) = match x {
                When::Date(d) => (*d, None),
                When::Time(s) => (to_local(&*zone, s.instant).date_naive(), Some(s.instant)),
            };
            let start = &ev.start;
            if dtstart_extra && exact.map_or(date == start.local.date(), |i| i == start.instant) {
                dtstart_cancelled = true;
            } else if rule.meets_on(date)
                && exact.is_none_or(|i| i == rule.start_on(&self.reader, date))
            {
                cancelled.insert(date);
            } else {
                let raw = match x {
                    When::Date(d) => d.to_string(),
                    When::Time(s) => format!("{} {}", s.local, s.zone),
                };
                self.warnings.push(format!(
                    "{}: EXDATE {raw} matches no session of the series; ignored",
                    ev.name
                ));
            }
        }
        (cancelled, dtstart_cancelled)
    }

    /// One RECURRENCE-ID override: the original session is cancelled (or
    /// its extra session dropped) and, unless the override is cancelled
    /// too, the moved session added.
    fn apply_override(
        &mut self,
        ev: &Event,
        rule: &Rule,
        o: &IcalEvent,
        cancelled: &mut BTreeSet<NaiveDate>,
        extras: &mut Vec<Extra>,
    ) -> Result<(), Fail> {
        let oev = event_name(o);
        let rid = prop(o, "RECURRENCE-ID").expect("overrides have a RECURRENCE-ID");
        if param(rid, "RANGE").is_some_and(|r| r.eq_ignore_ascii_case("THISANDFUTURE")) {
            return Err(format!(
                "{oev}: RECURRENCE-ID;RANGE=THISANDFUTURE is not supported; end the old series with UNTIL and start a new event"
            ));
        }
        let raw = rid.value.as_deref().unwrap_or_default();
        let original = match self.reader.when(&oev, rid, raw)? {
            When::Time(s) => s.instant,
            When::Date(d) => rule.start_on(&self.reader, d),
        };
        let date = to_local(&*self.reader.rules(&rule.zone), original).date_naive();
        let in_series = rule.has_session_at(&self.reader, original);
        let extra_at = extras.iter().position(|(i, _, _)| *i == original);
        if !in_series && extra_at.is_none() {
            self.warnings.push(format!(
                "{oev}: RECURRENCE-ID {raw} matches no session of the series; ignored"
            ));
            return Ok(());
        }
        if in_series && cancelled.contains(&date) {
            return Ok(()); // cancelled by EXDATE anyway
        }
        let moved = if is_cancelled(o) {
            None
        } else {
            let Some(new_start) = self.reader.start(&oev, o)? else {
                return Err(format!(
                    "{oev}: the moved session is all-day (DTSTART;VALUE=DATE); give it a start time"
                ));
            };
            let m = match self.reader.length(&oev, o, &new_start)? {
                Some(l) => minutes(&oev, l)?,
                None => ev.minutes,
            };
            if new_start.instant == original && m == ev.minutes {
                return Ok(()); // only the description changed
            }
            let label = text_prop(o, "SUMMARY").or_else(|| ev.label.clone());
            Some((new_start.instant, m, label))
        };
        match extra_at {
            Some(i) => {
                extras.remove(i);
            }
            None => {
                cancelled.insert(date);
            }
        }
        extras.extend(moved);
        Ok(())
    }

    /// One schedule series per weekday of the rule.
    fn push_series(&mut self, ev: &Event, rule: &Rule) {
        for day in &rule.days {
            let series = Series {
                weekday: weekday_code(day.weekday).to_owned(),
                time: rule.time.format("%H:%M").to_string(),
                duration_minutes: ev.minutes,
                zone: rule.zone.clone(),
                every_weeks: rule.every,
                anchor: day.anchor.to_string(),
                until: day.until.map(|u| u.to_string()),
                label: ev.label.clone(),
            };
            self.series.push((series, rule.only(day), ev.name.clone()));
        }
    }

    /// An extra session at `instant`, written in `zone`.
    fn push_extra(
        &mut self,
        ev: &str,
        what: &str,
        instant: DateTime<Utc>,
        zone: &str,
        minutes: i64,
        label: &Option<String>,
    ) -> Result<(), Fail> {
        let rules = self.reader.rules(zone);
        let local = to_local(&*rules, instant).naive_local();
        if local.second() != 0 {
            return Err(format!(
                "{ev}: {what} {local} has seconds; use whole minutes"
            ));
        }
        if to_utc(&*rules, local) != instant {
            return Err(format!(
                "{ev}: {what} {local} in {zone} is the second of two identical wall times (clocks fall back); the schedule cannot name it, move it by an hour"
            ));
        }
        self.extra.push((
            instant,
            ExtraSession {
                date: local.date().to_string(),
                time: local.time().format("%H:%M").to_string(),
                zone: zone.to_owned(),
                duration_minutes: minutes,
                label: label.clone(),
            },
        ));
        Ok(())
    }
}

//! The sessions a [`Schedule`] generates: [`Schedule::upcoming`],
//! [`Schedule::occurrence_at`] and what is over ([`Schedule::without_past`]),
//! over the compiled schedule.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::validate::{Compiled, Rule};
use super::{Occurrence, Schedule};
use crate::error::Error;
use crate::zone::{add_days, add_secs, days_between, to_local, to_utc, ZoneRules, ZoneSource};

/// `start` plus `seconds` (a session's end); like `start + TimeDelta`, it
/// panics past chrono's last instant.
fn end_of(start: DateTime<Utc>, seconds: i64) -> DateTime<Utc> {
    add_secs(start, seconds).expect("`DateTime + TimeDelta` overflowed")
}

impl Compiled {
    /// The first series' local date at `now` (UTC's without a series): a
    /// cancelled date before it is past, since cancelled dates are
    /// source-local.
    fn today(&self, now: DateTime<Utc>) -> NaiveDate {
        self.rules.first().map_or_else(
            || now.date_naive(),
            |r| to_local(&*r.zone, now).date_naive(),
        )
    }

    /// Whether cancelled date `i` is today or later at `now`: the one rule
    /// for what is still upcoming, behind [`Schedule::without_past`] and
    /// the schedule sentence.
    pub(crate) fn cancelled_upcoming(&self, i: usize, now: DateTime<Utc>) -> bool {
        self.cancelled[i] >= self.today(now)
    }

    /// Whether extra session `i` starts at or after `now`.
    pub(crate) fn extra_upcoming(&self, i: usize, now: DateTime<Utc>) -> bool {
        self.extras[i].start >= now
    }
}

impl Schedule {
    /// This schedule without what is over at `now`: the cancelled dates
    /// before the first series' local date, and the extra sessions that
    /// started before `now` (each kept entry as it was written). What a
    /// site's build writes, so a past cancellation does not stay in the
    /// data (and the sentence) forever. Fails as [`Schedule::validate`].
    ///
    /// ```
    /// use otel_feedback_core::schedule::Schedule;
    /// use otel_feedback_core::zone::Bundled;
    /// let s = Schedule::from_json(r#"{"cancelled": ["2026-11-26", "2026-12-24"]}"#).unwrap();
    /// let now = "2026-12-01T00:00:00Z".parse().unwrap();
    /// assert_eq!(s.without_past(now, &Bundled).unwrap().cancelled, ["2026-12-24"]);
    /// ```
    pub fn without_past(
        &self,
        now: DateTime<Utc>,
        zones: &dyn ZoneSource,
    ) -> Result<Schedule, Error> {
        let plan = self.compile(zones)?;
        Ok(Schedule {
            series: self.series.clone(),
            cancelled: (self.cancelled.iter().enumerate())
                .filter(|(i, _)| plan.cancelled_upcoming(*i, now))
                .map(|(_, c)| c.clone())
                .collect(),
            extra: (self.extra.iter().enumerate())
                .filter(|(i, _)| plan.extra_upcoming(*i, now))
                .map(|(_, e)| e.clone())
                .collect(),
        })
    }

    /// The next `count` sessions starting at or after `after`, in time order.
    ///
    /// Sessions of every series and the extra sessions are merged; a
    /// cancelled date removes the sessions of that (source-local) date; two
    /// sessions starting at the same instant are shown once.
    pub fn upcoming(
        &self,
        after: DateTime<Utc>,
        count: usize,
        zones: &dyn ZoneSource,
    ) -> Result<Vec<Occurrence>, Error> {
        let plan = self.compile(zones)?;
        // Each occurrence goes after every one with a key ≤ its own: the
        // order of a stable sort by key, without a sort's code in the wasm
        // (series come in time order, so a single series only appends).
        let mut out: Vec<Occurrence> = Vec::new();
        let mut add = |o: Occurrence| {
            let key = |o: &Occurrence| (o.start, o.series.is_none(), o.series);
            let at = out.partition_point(|x| key(x) <= key(&o));
            out.insert(at, o);
        };
        for rule in &plan.rules {
            rule.upcoming(after, count, &plan.cancelled, &mut add);
        }
        for extra in &plan.extras {
            if extra.start >= after {
                add(occurrence(
                    extra.start,
                    extra.duration,
                    None,
                    &extra.label,
                    &*extra.zone,
                ));
            }
        }
        out.dedup_by_key(|o| o.start);
        out.truncate(count);
        Ok(out)
    }

    /// The session that starts exactly at `start`, if the schedule has one.
    ///
    /// This is how a requested slot is checked: it must be a real session,
    /// not just any instant.
    pub fn occurrence_at(
        &self,
        start: DateTime<Utc>,
        zones: &dyn ZoneSource,
    ) -> Result<Option<Occurrence>, Error> {
        let found = self.upcoming(start, 1, zones)?;
        Ok(found.into_iter().find(|o| o.start == start))
    }
}

/// The session starting at `start` in `zone`.
fn occurrence(
    start: DateTime<Utc>,
    duration: i64,
    series: Option<usize>,
    label: &Option<String>,
    zone: &dyn ZoneRules,
) -> Occurrence {
    Occurrence {
        start,
        end: end_of(start, duration),
        series,
        label: label.clone(),
        source_zone: zone.name().to_owned(),
        source_offset: zone.offset_at(start),
    }
}

impl Rule {
    /// Passes the first `count` sessions of this series at or after `after`
    /// to `add`, in time order.
    pub(crate) fn upcoming(
        &self,
        after: DateTime<Utc>,
        count: usize,
        cancelled: &[NaiveDate],
        add: &mut dyn FnMut(Occurrence),
    ) {
        let step = 7 * self.every_weeks;
        // Start a day early in source-local terms so a session on the same
        // local date as `after` is never skipped.
        // Near chrono's extreme instants the wall date may not exist: before
        // the earliest, every session is upcoming; past the latest, none.
        let offset = self.zone.offset_at(after).local_minus_utc();
        let from =
            add_secs(after, offset.into()).and_then(|local| local.naive_utc().date().pred_opt());
        let mut k = match from {
            Some(from) if from > self.anchor => days_between(from, self.anchor) / step,
            Some(_) => 0,
            None if after.year() < 0 => 0,
            None => return,
        };
        let mut added = 0;
        // Bounded: every cancelled date can skip at most one step, and the
        // first two steps may fall before `after`.
        let limit = k + count as i64 + cancelled.len() as i64 + 3;
        while added < count && k < limit {
            let Some(date) = add_days(self.anchor, k * step) else {
                break;
            };
            k += 1;
            if self.until.is_some_and(|u| date > u) {
                break;
            }
            debug_assert_eq!(date.weekday(), self.weekday);
            if cancelled.contains(&date) {
                continue;
            }
            let start = to_utc(&*self.zone, date.and_time(self.time));
            if start < after {
                continue;
            }
            add(occurrence(
                start,
                self.duration,
                Some(self.index),
                &self.label,
                &*self.zone,
            ));
            added += 1;
        }
    }
}

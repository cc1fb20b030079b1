//! A weekly `RRULE` mapped onto schedule series: one [`Day`] per `BYDAY`
//! weekday, `INTERVAL` as `every_weeks`, `UNTIL` (or `COUNT`, converted) as
//! the last local date it meets. Everything else a rule can say is refused
//! with the part that cannot be expressed.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use ical::property::Property;

use super::props::{days_until, ical_weekday};
use super::values::{Reader, Stamp, When};
use super::Fail;
use crate::zone::{to_local, to_utc};

/// One weekday of a weekly rule, as a core series.
#[derive(Debug, Clone)]
pub(super) struct Day {
    pub weekday: Weekday,
    pub anchor: NaiveDate,
    pub until: Option<NaiveDate>,
}

/// A weekly rule: its local start time in its zone and its weekdays.
#[derive(Debug)]
pub(super) struct Rule {
    pub time: NaiveTime,
    pub zone: String,
    pub every: i64,
    pub days: Vec<Day>,
}

impl Rule {
    /// Does the series meet on `date` (a local date in its zone)?
    pub fn meets_on(&self, date: NaiveDate) -> bool {
        self.days.iter().any(|d| day_meets(d, self.every, date))
    }

    /// The instant of the session on local `date`.
    pub fn start_on(&self, r: &Reader<'_>, date: NaiveDate) -> DateTime<Utc> {
        to_utc(&*r.rules(&self.zone), date.and_time(self.time))
    }

    /// Is `instant` exactly one of the series' sessions?
    pub fn has_session_at(&self, r: &Reader<'_>, instant: DateTime<Utc>) -> bool {
        let date = to_local(&*r.rules(&self.zone), instant).date_naive();
        self.meets_on(date) && self.start_on(r, date) == instant
    }

    /// The same rule with only `day`.
    pub fn only(&self, day: &Day) -> Rule {
        Rule {
            time: self.time,
            zone: self.zone.clone(),
            every: self.every,
            days: vec![day.clone()],
        }
    }
}

fn day_meets(d: &Day, every: i64, date: NaiveDate) -> bool {
    date >= d.anchor
        && date.weekday() == d.weekday
        && (date - d.anchor).num_days() % (7 * every) == 0
        && d.until.is_none_or(|u| date <= u)
}

/// The parts of an RRULE the schedule can express.
struct Parts<'a> {
    interval: i64,
    byday: Vec<Weekday>,
    until: Option<&'a str>,
    count: Option<u32>,
    wkst: Weekday,
}

/// Reads a weekly RRULE into one day-series per BYDAY weekday. The bool is
/// true when DTSTART itself is not on a BYDAY weekday (RFC 5545 still counts
/// it as the first session: it becomes an extra session). Pushes a warning
/// when the rule ends before its first session.
pub(super) fn weekly(
    r: &Reader<'_>,
    warnings: &mut Vec<String>,
    ev: &str,
    p: &Property,
    start: &Stamp,
) -> Result<(Rule, bool), Fail> {
    let raw = p.value.as_deref().unwrap_or_default();
    let mut parts = parse(ev, raw)?;
    let first = start.local.date();
    if parts.byday.is_empty() {
        parts.byday.push(first.weekday());
    }
    let dtstart_extra = !parts.byday.contains(&first.weekday());
    let mut rule = Rule {
        time: start.local.time(),
        zone: start.zone.clone(),
        every: parts.interval,
        days: first_days(&parts, first),
    };
    let last = match (parts.until, parts.count) {
        (Some(u), _) => Some(last_by_until(r, ev, &rule, u)?),
        (None, Some(n)) => last_by_count(&mut rule, n - u32::from(dtstart_extra)),
        (None, None) => None,
    };
    if let Some(last) = last {
        let before = rule.days.len();
        rule.days.retain(|d| d.anchor <= last);
        if rule.days.is_empty() && before > 0 {
            warnings.push(format!(
                "{ev}: RRULE ends (UNTIL/COUNT) before its first session; no series written"
            ));
        }
        for d in &mut rule.days {
            d.until = Some(last);
        }
    }
    Ok((rule, dtstart_extra))
}

/// Splits the rule into its parts, refusing what a schedule cannot say.
fn parse<'a>(ev: &str, raw: &'a str) -> Result<Parts<'a>, Fail> {
    // FREQ first: a monthly rule's other parts do not matter.
    let freq = raw
        .split(';')
        .filter_map(|part| part.split_once('='))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("FREQ"))
        .map(|(_, v)| v.trim().to_ascii_uppercase());
    match freq.as_deref() {
        Some("WEEKLY") => {}
        Some(f) => {
            return Err(format!(
                "{ev}: RRULE FREQ={f} is not supported; the schedule takes weekly series only (FREQ=WEEKLY, INTERVAL=N for every N weeks)"
            ))
        }
        None => return Err(format!("{ev}: RRULE has no FREQ; add FREQ=WEEKLY")),
    }
    let mut parts = Parts {
        interval: 1,
        byday: Vec::new(),
        until: None,
        count: None,
        wkst: Weekday::Mon,
    };
    for part in raw.split(';').filter(|s| !s.trim().is_empty()) {
        let (k, v) = part
            .split_once('=')
            .ok_or_else(|| format!("{ev}: RRULE part '{part}' is not NAME=VALUE"))?;
        match k.trim().to_ascii_uppercase().as_str() {
            "FREQ" => {}
            "INTERVAL" => {
                parts.interval = v.trim().parse().ok().filter(|n| (1..=52).contains(n)).ok_or_else(|| {
                    format!("{ev}: RRULE INTERVAL={v} is out of range; the schedule repeats every 1 to 52 weeks")
                })?;
            }
            "BYDAY" => {
                for d in v.split(',') {
                    let day = ical_weekday(d.trim()).ok_or_else(|| {
                        format!("{ev}: RRULE BYDAY={d} is not supported in a weekly rule; use plain weekdays such as TH (no ordinal like 2TH)")
                    })?;
                    if !parts.byday.contains(&day) {
                        parts.byday.push(day);
                    }
                }
            }
            "UNTIL" => parts.until = Some(v.trim()),
            "COUNT" => {
                parts.count = Some(v.trim().parse().ok().filter(|n| *n >= 1).ok_or_else(|| {
                    format!("{ev}: RRULE COUNT={v} is not a positive number")
                })?);
            }
            "WKST" => {
                parts.wkst = ical_weekday(v.trim()).ok_or_else(|| {
                    format!("{ev}: RRULE WKST={v} is not a weekday; use MO..SU")
                })?;
            }
            other => {
                return Err(format!(
                    "{ev}: RRULE {other}={v} is not supported; the schedule takes weekly rules with INTERVAL, BYDAY, UNTIL or COUNT only"
                ))
            }
        }
    }
    if parts.until.is_some() && parts.count.is_some() {
        return Err(format!(
            "{ev}: RRULE has both UNTIL and COUNT (RFC 5545 allows one); keep UNTIL"
        ));
    }
    Ok(parts)
}

/// Each weekday's first session: in the week (starting on WKST) that holds
/// DTSTART, or INTERVAL weeks later if that is earlier than DTSTART.
fn first_days(parts: &Parts<'_>, first: NaiveDate) -> Vec<Day> {
    let week = first - Duration::days(days_until(parts.wkst, first.weekday()));
    let mut days: Vec<Day> = parts
        .byday
        .iter()
        .map(|&w| {
            let mut anchor = week + Duration::days(days_until(parts.wkst, w));
            if anchor < first {
                anchor += Duration::days(7 * parts.interval);
            }
            Day {
                weekday: w,
                anchor,
                until: None,
            }
        })
        .collect();
    days.sort_by_key(|d| d.anchor);
    days
}

/// The last local date whose session starts at or before UNTIL. A floating
/// UNTIL is read in DTSTART's zone (RFC 5545 §3.3.10).
fn last_by_until(r: &Reader<'_>, ev: &str, rule: &Rule, until: &str) -> Result<NaiveDate, Fail> {
    let fake = Property {
        name: "RRULE UNTIL".into(),
        params: Some(vec![("TZID".into(), vec![rule.zone.clone()])]),
        value: None,
    };
    Ok(match r.when(ev, &fake, until)? {
        When::Date(d) => d,
        When::Time(s) => {
            let zone = r.rules(&rule.zone);
            let d = to_local(&*zone, s.instant).date_naive();
            if to_utc(&*zone, d.and_time(rule.time)) <= s.instant {
                d
            } else {
                d - Duration::days(1)
            }
        }
    })
}

/// The date of the `n`th session (COUNT, less DTSTART when it is an extra
/// session); with none left, the rule loses its days.
fn last_by_count(rule: &mut Rule, n: u32) -> Option<NaiveDate> {
    if n == 0 {
        rule.days.clear();
        return None;
    }
    let mut seen = 0;
    let mut d = rule.days[0].anchor;
    loop {
        if rule.meets_on(d) {
            seen += 1;
            if seen == n {
                return Some(d);
            }
        }
        d += Duration::days(1);
    }
}

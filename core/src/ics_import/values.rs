//! DATE and DATE-TIME values resolved to instants: `DTSTART`, `DTEND`,
//! `DURATION`, `EXDATE`, `RDATE`, `RECURRENCE-ID` and `UNTIL`.
//!
//! A `TZID` is read by its IANA name from the [`ZoneSource`] (the
//! calendar's `VTIMEZONE` blocks are not needed); a floating time takes the
//! calendar's `X-WR-TIMEZONE`.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Timelike, Utc};
use ical::parser::ical::component::IcalEvent;
use ical::property::Property;

use super::props::{param, parse_duration, prop, props};
use super::Fail;
use crate::zone::{to_utc, ZoneRules, ZoneSource};

/// A start resolved to a zone: the wall time, the zone's name and the instant.
#[derive(Debug, Clone)]
pub(super) struct Stamp {
    pub local: NaiveDateTime,
    pub zone: String,
    pub instant: DateTime<Utc>,
}

/// A value of a DATE or DATE-TIME property.
#[derive(Debug, Clone)]
pub(super) enum When {
    Date(NaiveDate),
    Time(Stamp),
}

/// Reads values in the calendar's context (its default zone, the zones).
pub(super) struct Reader<'z> {
    pub cal_zone: Option<String>,
    pub zones: &'z dyn ZoneSource,
}

impl std::fmt::Debug for Reader<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reader")
            .field("cal_zone", &self.cal_zone)
            .finish_non_exhaustive()
    }
}

impl Reader<'_> {
    /// The rules of a zone already checked by [`Reader::when`].
    pub fn rules(&self, zone: &str) -> Box<dyn ZoneRules> {
        self.zones
            .resolve(zone)
            .expect("zone names are checked when read")
    }

    /// Reads one DATE / DATE-TIME value of `p` (one of its comma-separated
    /// values: `raw`).
    pub fn when(&self, ev: &str, p: &Property, raw: &str) -> Result<When, Fail> {
        let name = p.name.to_ascii_uppercase();
        let raw = raw.trim();
        let bad = || {
            format!(
                "{ev}: {name} '{raw}' is not an iCalendar date or date-time; use e.g. 20261126T100000 with TZID, or 20261126T180000Z"
            )
        };
        if raw.len() == 8 || param(p, "VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE")) {
            let d = NaiveDate::parse_from_str(raw, "%Y%m%d").map_err(|_| bad())?;
            return Ok(When::Date(d));
        }
        let (digits, utc) = match raw.strip_suffix(['Z', 'z']) {
            Some(d) => (d, true),
            None => (raw, false),
        };
        let local = NaiveDateTime::parse_from_str(digits, "%Y%m%dT%H%M%S").map_err(|_| bad())?;
        let zone = if utc {
            "UTC".to_owned()
        } else if let Some(tzid) = param(p, "TZID") {
            self.known_tzid(ev, &name, tzid.trim())?
        } else if let Some(z) = &self.cal_zone {
            if self.zones.resolve(z).is_none() {
                return Err(format!(
                    "{ev}: {name} '{raw}' is a floating time and the calendar's X-WR-TIMEZONE '{z}' is not an IANA zone; add TZID=<IANA zone> to {name}"
                ));
            }
            z.clone()
        } else {
            return Err(format!(
                "{ev}: {name} '{raw}' has no time zone (no TZID, no Z, no X-WR-TIMEZONE); add TZID=<IANA zone> to {name}"
            ));
        };
        let instant = to_utc(&*self.rules(&zone), local);
        Ok(When::Time(Stamp {
            local,
            zone,
            instant,
        }))
    }

    fn known_tzid(&self, ev: &str, name: &str, tzid: &str) -> Result<String, Fail> {
        if self.zones.resolve(tzid).is_some() {
            return Ok(tzid.to_owned());
        }
        #[cfg(feature = "suggest")]
        let hint = crate::zone::suggest(tzid).map(|s| format!("did you mean '{s}'?"));
        #[cfg(not(feature = "suggest"))]
        let hint: Option<String> = None;
        let hint =
            hint.unwrap_or_else(|| "use an IANA name such as 'America/Los_Angeles' in TZID".into());
        Err(format!(
            "{ev}: {name};TZID={tzid}: unknown time zone; {hint}"
        ))
    }

    /// Every value of every `name` property (EXDATE, RDATE), with PERIOD
    /// values split into start and optional length.
    pub fn values(
        &self,
        ev: &str,
        e: &IcalEvent,
        name: &str,
    ) -> Result<Vec<(When, Option<Duration>)>, Fail> {
        let mut out = Vec::new();
        for p in props(e, name) {
            for raw in p.value.as_deref().unwrap_or_default().split(',') {
                if raw.trim().is_empty() {
                    continue;
                }
                out.push(self.period(ev, p, name, raw)?);
            }
        }
        Ok(out)
    }

    /// One value, `start` or `start/end` or `start/duration`.
    fn period(
        &self,
        ev: &str,
        p: &Property,
        name: &str,
        raw: &str,
    ) -> Result<(When, Option<Duration>), Fail> {
        let (start, end) = match raw.split_once('/') {
            Some((start, end)) => (start, Some(end)),
            None => (raw, None),
        };
        let when = self.when(ev, p, start)?;
        let len = match end {
            None => None,
            Some(end) if end.trim_start_matches(['+', '-']).starts_with(['P', 'p']) => {
                Some(parse_duration(end).ok_or_else(|| {
                    format!("{ev}: {name} period '{raw}' has a bad duration; use e.g. PT1H")
                })?)
            }
            Some(end) => match (&when, self.when(ev, p, end)?) {
                (When::Time(a), When::Time(b)) => Some(b.instant - a.instant),
                _ => {
                    return Err(format!(
                        "{ev}: {name} period '{raw}' is not a period of date-times"
                    ))
                }
            },
        };
        Ok((when, len))
    }

    /// The event's start; all-day events give `None`.
    pub fn start(&self, ev: &str, e: &IcalEvent) -> Result<Option<Stamp>, Fail> {
        let p = prop(e, "DTSTART")
            .ok_or_else(|| format!("{ev}: no DTSTART; every event needs a start"))?;
        let raw = p.value.as_deref().unwrap_or_default();
        match self.when(ev, p, raw)? {
            When::Date(_) => Ok(None),
            When::Time(s) => {
                if s.local.second() != 0 {
                    return Err(format!(
                        "{ev}: DTSTART '{raw}' has seconds; the schedule keeps whole minutes, set the seconds to 00"
                    ));
                }
                Ok(Some(s))
            }
        }
    }

    /// DTEND − DTSTART, or DURATION; `None` when the event has neither.
    pub fn length(&self, ev: &str, e: &IcalEvent, start: &Stamp) -> Result<Option<Duration>, Fail> {
        if let Some(p) = prop(e, "DTEND") {
            let raw = p.value.as_deref().unwrap_or_default();
            return match self.when(ev, p, raw)? {
                When::Time(end) => Ok(Some(end.instant - start.instant)),
                When::Date(_) => Err(format!(
                    "{ev}: DTEND '{raw}' is a date while DTSTART is a date-time; give DTEND a time"
                )),
            };
        }
        if let Some(p) = prop(e, "DURATION") {
            let raw = p.value.as_deref().unwrap_or_default();
            return parse_duration(raw).map(Some).ok_or_else(|| {
                format!("{ev}: DURATION '{raw}' is not an RFC 5545 duration; use e.g. PT1H")
            });
        }
        Ok(None)
    }
}

/// A session's length in whole minutes, 1 minute to 24 hours.
pub(super) fn minutes(ev: &str, d: Duration) -> Result<i64, Fail> {
    let secs = d.num_seconds();
    if secs % 60 != 0 || !(60..=1440 * 60).contains(&secs) {
        return Err(format!(
            "{ev}: DTEND/DURATION gives a session of {secs} s; a session lasts whole minutes, 1 minute to 24 hours"
        ));
    }
    Ok(secs / 60)
}

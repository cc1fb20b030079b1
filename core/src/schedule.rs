//! The recurring-session schedule and its upcoming occurrences.
//!
//! A [`Schedule`] is plain data, read from and written to JSON, with defaults
//! taken from the opentelemetry.io page: the End-User SIG meets on
//! alternating Thursdays at 10:00 Pacific Time, sessions last an hour.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use otel_feedback_core::{schedule::Schedule, zone::{Bundled, ZoneSource, to_local}};
//!
//! let schedule = Schedule::default();
//! let now = Utc.with_ymd_and_hms(2026, 11, 22, 0, 0, 0).unwrap();
//! let next = schedule.upcoming(now, 3, &Bundled).unwrap();
//! assert_eq!(next.len(), 3);
//! // Thursday 10:00 in Los Angeles is Friday 03:00 in Tokyo.
//! let tokyo = Bundled.resolve("Asia/Tokyo").unwrap();
//! assert_eq!(to_local(&*tokyo, next[0].start).format("%a %H:%M").to_string(), "Fri 03:00");
//! ```
//!
//! # JSON schema
//!
//! ```json
//! {
//!   "series": [{
//!     "weekday": "thu",              // mon..sun, or the full English name
//!     "time": "10:00",               // HH:MM, 24-hour, wall time in `zone`
//!     "duration_minutes": 60,        // 1..=1440
//!     "zone": "America/Los_Angeles", // IANA name
//!     "every_weeks": 2,              // 1..=52
//!     "anchor": "2026-01-08",        // the first session, on `weekday`
//!     "until": "2027-06-30",         // optional: last possible date
//!     "label": "End-User SIG"        // optional
//!   }],
//!   "cancelled": ["2026-12-24"],     // source-local dates with no session
//!   "extra": [{                      // one-off sessions
//!     "date": "2026-12-10", "time": "09:00",
//!     "zone": "America/Los_Angeles", "duration_minutes": 60,
//!     "label": "Extra session"
//!   }]
//! }
//! ```
//! Every key is optional (a missing one takes its default); unknown keys are
//! refused so a typo does not go unnoticed. The full schema is in
//! `docs/schema/schedule.schema.json` (and `config.schema.json` for the whole configuration).
//!
//! # Wall times that do not exist or happen twice
//!
//! A series' time is a wall time in its zone. When a DST change makes it
//! ambiguous, RFC 5545's rule applies (see [`crate::zone::to_utc`]): a time
//! in a gap moves forward by the gap's length, a time in an overlap takes the
//! first of its two instants.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, Utc, Weekday};
use serde::{Deserialize, Serialize};

use crate::error::{ConfigIssue, Error, IssueKind};
use crate::text::{cat, date, digits, int};
use crate::zone::{add_days, add_secs, days_between, to_local, to_utc, ZoneRules, ZoneSource};

/// `start` plus `seconds` (a session's end); like `start + TimeDelta`, it
/// panics past chrono's last instant.
fn end_of(start: DateTime<Utc>, seconds: i64) -> DateTime<Utc> {
    add_secs(start, seconds).expect("`DateTime + TimeDelta` overflowed")
}

/// The default anchor: a Thursday on which the series meets.
///
/// The page publishes "alternating Thursdays" without saying which ones, so
/// this is a choice, not a fact: a site sets its own `anchor`.
pub const DEFAULT_ANCHOR: &str = "2026-01-08";

/// What a series or an extra session that leaves them out starts at, in
/// which zone and for how long: the page's facts (10:00 Pacific, an hour).
const DEFAULT_TIME: &str = "10:00";
const DEFAULT_ZONE: &str = "America/Los_Angeles";
const DEFAULT_DURATION_MINUTES: i64 = 60;

/// One recurring series of sessions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Series {
    /// Day of the week in the series' zone: `mon`..`sun` or the full name.
    pub weekday: String,
    /// Wall-clock start time in the series' zone, `HH:MM`.
    pub time: String,
    /// Length of a session in minutes, 1 to 1440.
    #[serde(deserialize_with = "crate::json::whole")]
    pub duration_minutes: i64,
    /// IANA zone the weekday and time are given in.
    pub zone: String,
    /// The series repeats every this many weeks (1 to 52).
    #[serde(deserialize_with = "crate::json::whole")]
    pub every_weeks: i64,
    /// The first session's date, `YYYY-MM-DD`; must fall on `weekday`.
    pub anchor: String,
    /// Optional last date (inclusive) on which the series may meet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// Optional name shown with each session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

impl Default for Series {
    fn default() -> Self {
        Series {
            weekday: "thu".into(),
            time: DEFAULT_TIME.into(),
            duration_minutes: DEFAULT_DURATION_MINUTES,
            zone: DEFAULT_ZONE.into(),
            every_weeks: 2,
            anchor: DEFAULT_ANCHOR.into(),
            until: None,
            label: Some("End-User SIG".into()),
        }
    }
}

/// A one-off session outside any series.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ExtraSession {
    /// Date in `zone`, `YYYY-MM-DD`.
    pub date: String,
    /// Wall-clock start time in `zone`, `HH:MM`.
    pub time: String,
    /// IANA zone of `date` and `time`.
    pub zone: String,
    /// Length in minutes, 1 to 1440.
    #[serde(deserialize_with = "crate::json::whole")]
    pub duration_minutes: i64,
    /// Optional name shown with the session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

impl Default for ExtraSession {
    fn default() -> Self {
        ExtraSession {
            date: String::new(),
            time: DEFAULT_TIME.into(),
            zone: DEFAULT_ZONE.into(),
            duration_minutes: DEFAULT_DURATION_MINUTES,
            label: None,
        }
    }
}

/// One or more recurring series, cancelled dates and extra sessions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Schedule {
    /// The recurring series; sessions of all series are merged in time order.
    #[serde(deserialize_with = "crate::json::objects")]
    pub series: Vec<Series>,
    /// Dates (`YYYY-MM-DD`, in each series' own zone) with no session.
    pub cancelled: Vec<String>,
    /// One-off sessions.
    #[serde(deserialize_with = "crate::json::objects")]
    pub extra: Vec<ExtraSession>,
}

impl Default for Schedule {
    fn default() -> Self {
        Schedule {
            series: vec![Series::default()],
            cancelled: Vec::new(),
            extra: Vec::new(),
        }
    }
}

/// One session: when it starts and ends, and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    /// Start instant.
    pub start: DateTime<Utc>,
    /// End instant.
    pub end: DateTime<Utc>,
    /// Index of the series in [`Schedule::series`]; `None` for an extra.
    pub series: Option<usize>,
    /// The series' or extra session's label.
    pub label: Option<String>,
    /// The IANA zone the session is defined in.
    pub source_zone: String,
    /// The source zone's offset at the start.
    pub source_offset: FixedOffset,
}

impl Occurrence {
    /// Start as a wall time in the source zone (e.g. 10:00-07:00).
    pub fn source_local(&self) -> DateTime<FixedOffset> {
        self.start.with_timezone(&self.source_offset)
    }

    /// Start as a wall time in any zone.
    pub fn local_in<Z: ZoneRules + ?Sized>(&self, zone: &Z) -> DateTime<FixedOffset> {
        to_local(zone, self.start)
    }

    /// The label, else `series N` (0-based), else `extra`: a stable key for
    /// machine output.
    pub fn series_key(&self) -> String {
        match (&self.label, self.series) {
            (Some(label), _) => label.clone(),
            (None, Some(i)) => int(i as i64),
            (None, None) => "extra".to_owned(),
        }
    }
}

/// A validated series, ready to enumerate.
pub(crate) struct Rule {
    pub(crate) index: usize,
    pub(crate) weekday: Weekday,
    pub(crate) time: NaiveTime,
    /// Seconds.
    pub(crate) duration: i64,
    pub(crate) zone: Box<dyn ZoneRules>,
    pub(crate) every_weeks: i64,
    pub(crate) anchor: NaiveDate,
    pub(crate) until: Option<NaiveDate>,
    pub(crate) label: Option<String>,
}

pub(crate) struct Extra {
    pub(crate) start: DateTime<Utc>,
    /// Seconds.
    pub(crate) duration: i64,
    pub(crate) zone: Box<dyn ZoneRules>,
    label: Option<String>,
}

/// A schedule with every value parsed: series and extra sessions in the
/// order of the schedule (all of them: compiling fails on any issue).
pub(crate) struct Compiled {
    pub(crate) rules: Vec<Rule>,
    pub(crate) cancelled: Vec<NaiveDate>,
    pub(crate) extras: Vec<Extra>,
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

/// Days from `from` forward to the next `to` (0 to 6).
///
/// ```
/// use chrono::Weekday;
/// use otel_feedback_core::schedule::days_until;
/// assert_eq!(days_until(Weekday::Fri, Weekday::Thu), 6);
/// assert_eq!(days_until(Weekday::Thu, Weekday::Thu), 0);
/// ```
pub fn days_until(from: Weekday, to: Weekday) -> i64 {
    i64::from((to.num_days_from_monday() + 7 - from.num_days_from_monday()) % 7)
}

/// The first date on weekday `w` from `date` on (`date` itself when it is
/// one); `None` past chrono's last date.
pub fn on_or_after(date: NaiveDate, w: Weekday) -> Option<NaiveDate> {
    add_days(date, days_until(date.weekday(), w))
}

/// Parses `mon`..`sun` or a full English weekday name, any case.
pub fn parse_weekday(s: &str) -> Option<Weekday> {
    let s = crate::text::trim(s).to_ascii_lowercase();
    const NAMES: [(&str, &str, Weekday); 7] = [
        ("mon", "monday", Weekday::Mon),
        ("tue", "tuesday", Weekday::Tue),
        ("wed", "wednesday", Weekday::Wed),
        ("thu", "thursday", Weekday::Thu),
        ("fri", "friday", Weekday::Fri),
        ("sat", "saturday", Weekday::Sat),
        ("sun", "sunday", Weekday::Sun),
    ];
    NAMES
        .iter()
        .find(|(short, long, _)| s == *short || s == *long)
        .map(|(_, _, d)| *d)
}

/// Parses `HH:MM` (24-hour clock, `00:00` to `23:59`).
pub fn parse_time(s: &str) -> Option<NaiveTime> {
    let (h, m) = crate::text::split_once(crate::text::trim(s), b':')?;
    if h.len() > 2 || m.len() != 2 {
        return None;
    }
    NaiveTime::from_hms_opt(digits(h)?, digits(m)?, 0)
}

/// Parses `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    // Hand-written: chrono's `parse_from_str` costs ~8 KB in the wasm.
    let s = crate::text::trim(s);
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| digits(s.get(r)?);
    NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

fn weekday_name(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// The issues found so far; `at` prefixes the field of the next ones
/// (`series[0].`), so a field's path is only written when it has an issue.
struct Issues {
    list: Vec<ConfigIssue>,
    at: String,
}

impl Issues {
    fn push(&mut self, name: &str, value: &str, kind: IssueKind, message: String) {
        self.list.push(ConfigIssue {
            field: cat(&[&self.at, name]),
            value: value.to_owned(),
            kind,
            message,
        });
    }

    fn zone(
        &mut self,
        zones: &dyn ZoneSource,
        field: &str,
        name: &str,
    ) -> Option<Box<dyn ZoneRules>> {
        let found = zones.resolve(crate::text::trim(name));
        if found.is_none() {
            #[cfg(feature = "suggest")]
            let suggestion = crate::zone::suggest(name);
            #[cfg(not(feature = "suggest"))]
            let suggestion: Option<String> = None;
            let hint = match suggestion.as_deref() {
                Some(s) => ["did you mean '", s, "'?"],
                None => ["use an IANA name such as 'America/Los_Angeles'", "", ""],
            };
            let message = cat(&[
                "unknown time zone '",
                name,
                "'; ",
                hint[0],
                hint[1],
                hint[2],
            ]);
            self.push(field, name, IssueKind::UnknownZone, message);
        }
        found
    }

    fn time(&mut self, field: &str, value: &str) -> Option<NaiveTime> {
        let t = parse_time(value);
        if t.is_none() {
            self.push(
                field,
                value,
                IssueKind::BadTime,
                cat(&[
                    "'",
                    value,
                    "' is not a time of day; use HH:MM on a 24-hour clock, such as '10:00'",
                ]),
            );
        }
        t
    }

    fn date(&mut self, field: &str, value: &str) -> Option<NaiveDate> {
        let d = parse_date(value);
        if d.is_none() {
            self.push(
                field,
                value,
                IssueKind::BadDate,
                cat(&[
                    "'",
                    value,
                    "' is not a date; use YYYY-MM-DD, such as '2026-01-08'",
                ]),
            );
        }
        d
    }

    /// The duration in seconds.
    fn duration(&mut self, field: &str, minutes: i64) -> Option<i64> {
        if (1..=1440).contains(&minutes) {
            Some(minutes * 60)
        } else {
            let got = int(minutes);
            self.push(
                field,
                &got,
                IssueKind::BadDuration,
                cat(&[
                    "a session must last between 1 and 1440 minutes (24 hours); got ",
                    &got,
                ]),
            );
            None
        }
    }
}

impl Schedule {
    /// Reads a schedule from JSON; missing keys take their defaults.
    pub fn from_json(json: &str) -> Result<Self, Error> {
        crate::json::read(json)
    }

    /// Writes the schedule as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a schedule always serializes")
    }

    /// Checks every value, returning all the issues at once.
    pub fn validate(&self, zones: &dyn ZoneSource) -> Result<(), Error> {
        self.compile(zones).map(|_| ())
    }

    pub(crate) fn compile(&self, zones: &dyn ZoneSource) -> Result<Compiled, Error> {
        let mut issues = Issues {
            list: Vec::new(),
            at: String::new(),
        };
        if self.series.is_empty() && self.extra.is_empty() {
            issues.push(
                "series",
                "[]",
                IssueKind::Empty,
                "the schedule has no series and no extra sessions; add at least one".into(),
            );
        }
        let mut rules = Vec::new();
        for (i, s) in self.series.iter().enumerate() {
            issues.at = cat(&["series[", &int(i as i64), "]."]);
            let weekday = parse_weekday(&s.weekday);
            if weekday.is_none() {
                issues.push(
                    "weekday",
                    &s.weekday,
                    IssueKind::BadWeekday,
                    cat(&[
                        "unknown weekday '",
                        &s.weekday,
                        "'; use one of mon, tue, wed, thu, fri, sat, sun",
                    ]),
                );
            }
            let time = issues.time("time", &s.time);
            let duration = issues.duration("duration_minutes", s.duration_minutes);
            let zone = issues.zone(zones, "zone", &s.zone);
            if !(1..=52).contains(&s.every_weeks) {
                let got = int(s.every_weeks);
                issues.push(
                    "every_weeks",
                    &got,
                    IssueKind::BadInterval,
                    cat(&[
                        "the series must repeat every 1 to 52 weeks (1 = weekly, 2 = alternating weeks); got ",
                        &got,
                    ]),
                );
            }
            let anchor = issues.date("anchor", &s.anchor);
            if let (Some(a), Some(w)) = (anchor, weekday) {
                if a.weekday() != w {
                    let fix = on_or_after(a, w).unwrap_or(a);
                    issues.push(
                        "anchor",
                        &s.anchor,
                        IssueKind::AnchorNotOnWeekday,
                        cat(&[
                            "the anchor ",
                            &date(a),
                            " is a ",
                            weekday_name(a.weekday()),
                            ", but the series meets on ",
                            weekday_name(w),
                            "; use a ",
                            weekday_name(w),
                            " such as ",
                            &date(fix),
                        ]),
                    );
                }
            }
            let until = match &s.until {
                Some(u) => issues.date("until", u),
                None => None,
            };
            if let (Some(a), Some(u)) = (anchor, until) {
                if u < a {
                    issues.push(
                        "until",
                        s.until.as_deref().unwrap_or_default(),
                        IssueKind::UntilBeforeAnchor,
                        cat(&[
                            "until ",
                            &date(u),
                            " is before the anchor ",
                            &date(a),
                            "; remove it or use a later date",
                        ]),
                    );
                }
            }
            if let (Some(weekday), Some(time), Some(duration), Some(zone), Some(anchor)) =
                (weekday, time, duration, zone, anchor)
            {
                rules.push(Rule {
                    index: i,
                    weekday,
                    time,
                    duration,
                    zone,
                    every_weeks: s.every_weeks,
                    anchor,
                    until,
                    label: s.label.clone(),
                });
            }
        }
        let mut cancelled = Vec::new();
        for (i, c) in self.cancelled.iter().enumerate() {
            issues.at = cat(&["cancelled[", &int(i as i64), "]"]);
            if let Some(d) = issues.date("", c) {
                cancelled.push(d);
            }
        }
        let mut extras = Vec::new();
        for (i, e) in self.extra.iter().enumerate() {
            issues.at = cat(&["extra[", &int(i as i64), "]."]);
            let date = issues.date("date", &e.date);
            let time = issues.time("time", &e.time);
            let duration = issues.duration("duration_minutes", e.duration_minutes);
            let zone = issues.zone(zones, "zone", &e.zone);
            if let (Some(date), Some(time), Some(duration), Some(zone)) =
                (date, time, duration, zone)
            {
                extras.push(Extra {
                    start: to_utc(&*zone, date.and_time(time)),
                    duration,
                    zone,
                    label: e.label.clone(),
                });
            }
        }
        if issues.list.is_empty() {
            Ok(Compiled {
                rules,
                cancelled,
                extras,
            })
        } else {
            Err(Error::Config(issues.list))
        }
    }

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

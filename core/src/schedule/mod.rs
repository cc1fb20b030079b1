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
//!
//! # Layout
//!
//! This file holds the types (read from and written to JSON); `parse.rs`
//! reads a weekday, a time of day and a date; `validate.rs` checks every
//! value ([`Schedule::validate`]) and compiles the schedule; `generate.rs`
//! enumerates the sessions ([`Schedule::upcoming`],
//! [`Schedule::occurrence_at`], [`Schedule::without_past`]).

use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::text::int;
use crate::zone::{to_local, ZoneRules};

mod generate;
mod parse;
mod validate;

pub use parse::{days_until, on_or_after, parse_date, parse_time, parse_weekday};
pub(crate) use validate::Rule;

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

impl Schedule {
    /// Reads a schedule from JSON; missing keys take their defaults.
    pub fn from_json(json: &str) -> Result<Self, Error> {
        crate::json::read(json)
    }

    /// Writes the schedule as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a schedule always serializes")
    }
}

//! The crate's one error type.
//!
//! Every message names the field, the offending value and the fix, e.g.
//! `schedule.series[0].zone: unknown time zone 'America/Los_Angles'; use an
//! IANA name such as 'America/Los_Angeles'`.

use std::fmt;

/// What was wrong with one configuration value.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum IssueKind {
    /// A time-zone name the zone source does not know.
    UnknownZone,
    /// A weekday that is not `mon`..`sun` (or a full English name).
    BadWeekday,
    /// A time that is not `HH:MM` on a 24-hour clock.
    BadTime,
    /// A date that is not `YYYY-MM-DD`.
    BadDate,
    /// The anchor date does not fall on the series' weekday.
    AnchorNotOnWeekday,
    /// A repeat interval below 1 week (or absurdly large).
    BadInterval,
    /// A duration of 0 minutes or over 24 hours.
    BadDuration,
    /// A schedule with no series and no extra sessions.
    Empty,
    /// `until` before `anchor`.
    UntilBeforeAnchor,
    /// A value outside its allowed range (counts, limits).
    OutOfRange,
    /// A URL or identifier in the wrong shape.
    BadValue,
}

/// One invalid configuration value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigIssue {
    /// The JSON path of the field, e.g. `schedule.series[0].zone`.
    pub field: String,
    /// The value as given.
    pub value: String,
    /// What kind of problem it is.
    pub kind: IssueKind,
    /// What is wrong and how to fix it, in English (for site maintainers).
    pub message: String,
}

impl fmt::Display for ConfigIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in [&self.field, ": ", &self.message] {
            f.write_str(p)?;
        }
        Ok(())
    }
}

/// The error type of `otel-feedback-core`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The configuration (schedule, contacts, links) has invalid values; all
    /// of them are listed.
    Config(Vec<ConfigIssue>),
    /// A JSON document could not be parsed; the message says where.
    Json(String),
}

impl Error {
    /// The configuration issues, if this is a configuration error.
    ///
    /// ```
    /// use otel_feedback_core::{schedule::Schedule, zone::Bundled};
    /// let mut s = Schedule::default();
    /// s.series[0].zone = "America/Los_Angles".into();
    /// let err = s.validate(&Bundled).unwrap_err();
    /// assert_eq!(err.issues()[0].field, "series[0].zone");
    /// ```
    pub fn issues(&self) -> &[ConfigIssue] {
        match self {
            Error::Config(issues) => issues,
            Error::Json(_) => &[],
        }
    }

    pub(crate) fn prefixed(mut self, prefix: &str) -> Self {
        if let Error::Config(issues) = &mut self {
            for i in issues {
                i.field = crate::text::cat(&[prefix, ".", &i.field]);
            }
        }
        self
    }
}

impl Error {
    /// What [`Display`](fmt::Display) writes (one issue per line, each
    /// `field: message`), built without `core::fmt` (which a wasm build
    /// would otherwise link for this one message).
    ///
    /// ```
    /// use otel_feedback_core::{schedule::Schedule, zone::Bundled};
    /// let mut s = Schedule::default();
    /// s.series[0].every_weeks = 0;
    /// let err = s.validate(&Bundled).unwrap_err();
    /// assert_eq!(err.message(), err.to_string());
    /// assert!(err.message().starts_with("series[0].every_weeks: "));
    /// ```
    pub fn message(&self) -> String {
        match self {
            Error::Config(issues) => {
                let mut out = String::new();
                for (i, issue) in issues.iter().enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    out.push_str(&issue.field);
                    out.push_str(": ");
                    out.push_str(&issue.message);
                }
                out
            }
            Error::Json(msg) => crate::text::cat(&["invalid JSON: ", msg]),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for Error {}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::Json(e.to_string())
    }
}

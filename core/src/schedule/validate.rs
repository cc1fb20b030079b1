//! Checking a [`Schedule`]: every value parsed, every issue listed with
//! its JSON path ([`Schedule::validate`]), and the result compiled into
//! what the generation enumerates ([`Compiled`]).

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc, Weekday};

use super::parse::{on_or_after, parse_date, parse_time, parse_weekday};
use super::Schedule;
use crate::error::{ConfigIssue, Error, IssueKind};
use crate::text::{cat, date, int};
use crate::zone::{to_utc, ZoneRules, ZoneSource};

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
    pub(crate) label: Option<String>,
}

/// A schedule with every value parsed: series and extra sessions in the
/// order of the schedule (all of them: compiling fails on any issue).
pub(crate) struct Compiled {
    pub(crate) rules: Vec<Rule>,
    pub(crate) cancelled: Vec<NaiveDate>,
    pub(crate) extras: Vec<Extra>,
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
}

//! `otel-feedback schedule --from-ics FILE --summary TEXT`: turn the
//! community's `.ics` calendar into the widget's schedule configuration.
//!
//! The calendar is parsed with the `ical` crate; this module interprets the
//! properties RFC 5545 defines for a recurring meeting and maps them onto
//! core's [`Schedule`]:
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
//! Time zones are read by their `TZID` name from the IANA database (the
//! calendar's `VTIMEZONE` blocks are not needed); a floating time takes the
//! calendar's `X-WR-TIMEZONE`. What a schedule cannot express (`FREQ` other
//! than `WEEKLY`, `BYSETPOS`, `BYMONTH`…, `EXRULE`, `RANGE=THISANDFUTURE`) is
//! an error naming the event and the property. What can be skipped safely
//! (all-day or cancelled events, an `EXDATE` that matches no session) is a
//! warning on stderr. The result is validated with core before it is written.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::process::ExitCode;

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc, Weekday,
};
use ical::parser::ical::component::IcalEvent;
use ical::property::Property;
use otel_feedback_core::config::Config;
use otel_feedback_core::schedule::{ExtraSession, Schedule, Series};
use otel_feedback_core::zone::{suggest, to_local, to_utc, Tzdb, ZoneRules, ZoneSource};

use crate::{read_input, usage, UsageError};

/// Arguments of `schedule`.
#[derive(clap::Args, Debug)]
pub struct ScheduleArgs {
    /// An `.ics` calendar to read the series from (`-` for stdin).
    #[arg(long = "from-ics", value_name = "FILE")]
    pub from_ics: Option<String>,
    /// Keep the events whose SUMMARY contains this text (any case).
    #[arg(long, value_name = "TEXT")]
    pub summary: Option<String>,
    /// A configuration JSON file whose `schedule` is replaced; its other keys
    /// are kept as written. Without it, only `{"schedule": …}` is written and
    /// everything else keeps the widget's defaults.
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,
    /// Where to write the configuration JSON (`-` or absent: stdout).
    #[arg(long, value_name = "FILE")]
    pub out: Option<String>,
}

/// Runs `schedule`.
pub fn run(args: &ScheduleArgs) -> ExitCode {
    match build(args) {
        Ok((json, warnings)) => {
            for w in &warnings {
                eprintln!("warning: {w}");
            }
            match args.out.as_deref() {
                None | Some("-") => {
                    print!("{json}");
                    ExitCode::SUCCESS
                }
                Some(path) => match std::fs::write(path, &json) {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(e) => {
                        eprintln!(
                            "error: --out: cannot write '{path}': {e}; give a writable path or '-' for stdout"
                        );
                        ExitCode::from(2)
                    }
                },
            }
        }
        Err(UsageError(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}

fn build(args: &ScheduleArgs) -> Result<(String, Vec<String>), UsageError> {
    let path = args
        .from_ics
        .as_deref()
        .ok_or_else(|| usage("--from-ics: missing; give the calendar file (.ics)"))?;
    let summary = args.summary.as_deref().unwrap_or_default();
    if summary.trim().is_empty() {
        return Err(usage(
            "--summary: missing or empty; give part of the events' title, such as --summary 'End-User SIG'",
        ));
    }
    let text = read_input("--from-ics", path)?;
    let (schedule, warnings) =
        from_ics(&text, summary).map_err(|e| usage(format!("--from-ics {path}: {e}")))?;

    let base = match &args.config {
        Some(base) => {
            let text = read_input("--config", base)?;
            let value: serde_json::Value = serde_json::from_str(&text)
                .map_err(|e| usage(format!("--config {base}: invalid JSON: {e}")))?;
            match value {
                serde_json::Value::Object(map) => map,
                _ => {
                    return Err(usage(format!(
                        "--config {base}: the configuration must be a JSON object"
                    )))
                }
            }
        }
        None => serde_json::Map::new(),
    };
    // The schedule keeps core's key order (as in the docs); the base's other
    // keys follow.
    let mut members = vec![("schedule".to_owned(), schedule.to_json())];
    for (k, v) in base.iter().filter(|(k, _)| k.as_str() != "schedule") {
        let value = serde_json::to_string_pretty(v).expect("JSON values always serialize");
        members.push((k.clone(), value));
    }
    let mut json = String::from("{\n");
    for (i, (k, v)) in members.iter().enumerate() {
        let key = serde_json::to_string(k).expect("strings serialize");
        let value = v.replace('\n', "\n  ");
        let comma = if i + 1 < members.len() { "," } else { "" };
        let _ = writeln!(json, "  {key}: {value}{comma}");
    }
    json.push_str("}\n");
    // What is written must load and validate exactly as the widget will.
    let config = Config::from_json(&json).map_err(|e| match &args.config {
        Some(base) => usage(format!("--config {base}: {e}")),
        None => usage(format!("--from-ics {path}: {e}")),
    })?;
    config.validate(&Tzdb).map_err(|e| {
        let first = e
            .issues()
            .first()
            .map(ToString::to_string)
            .unwrap_or_else(|| e.to_string());
        usage(format!(
            "--from-ics {path}: the result is not valid: {first}"
        ))
    })?;
    Ok((json, warnings))
}

/// A failure, already worded for the user (without the `--from-ics` prefix).
type Fail = String;

/// Converts a calendar's matching events into a schedule, with warnings.
pub fn from_ics(text: &str, summary: &str) -> Result<(Schedule, Vec<String>), Fail> {
    let mut parser = ical::IcalParser::new(text.as_bytes());
    let mut events: Vec<IcalEvent> = Vec::new();
    let mut cal_zone: Option<String> = None;
    let mut calendars = 0;
    for cal in &mut parser {
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
    let mut b = Builder {
        cal_zone,
        warnings: Vec::new(),
        series: Vec::new(),
        cancelled: BTreeSet::new(),
        extra: Vec::new(),
    };
    let wanted = summary.trim().to_lowercase();
    let matches = |e: &IcalEvent| {
        text_prop(e, "SUMMARY")
            .map(|s| s.to_lowercase().contains(&wanted))
            .unwrap_or(false)
    };
    let masters: Vec<&IcalEvent> = events
        .iter()
        .filter(|e| prop(e, "RECURRENCE-ID").is_none() && matches(e))
        .collect();
    if masters.is_empty() {
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
        return Err(format!(
            "no event's SUMMARY contains '{}'; {seen}; pass part of one of them to --summary",
            summary.trim()
        ));
    }
    for master in &masters {
        let uid = text_prop(master, "UID");
        let overrides: Vec<&IcalEvent> = match &uid {
            Some(uid) => events
                .iter()
                .filter(|e| {
                    prop(e, "RECURRENCE-ID").is_some()
                        && text_prop(e, "UID").as_deref() == Some(uid.as_str())
                })
                .collect(),
            None => Vec::new(),
        };
        b.event(master, &overrides)?;
    }
    // Overrides whose master is not in the file: keep them as one-off events.
    for e in events
        .iter()
        .filter(|e| prop(e, "RECURRENCE-ID").is_some() && matches(e))
    {
        let uid = text_prop(e, "UID");
        let has_master = events
            .iter()
            .any(|m| prop(m, "RECURRENCE-ID").is_none() && text_prop(m, "UID") == uid);
        if !has_master {
            let name = event_name(e);
            b.warnings.push(format!(
                "{name}: RECURRENCE-ID without its recurring event in the file; kept as a one-off session"
            ));
            b.event(e, &[])?;
        }
    }
    b.finish()
}

/// A start resolved to a zone: the wall time, the zone's name and the instant.
#[derive(Debug, Clone)]
struct Stamp {
    local: NaiveDateTime,
    zone: String,
    instant: DateTime<Utc>,
}

/// A value of a DATE or DATE-TIME property.
#[derive(Debug, Clone)]
enum When {
    Date(NaiveDate),
    Time(Stamp),
}

/// One weekday of a weekly rule, as a core series.
#[derive(Debug, Clone)]
struct Day {
    weekday: Weekday,
    anchor: NaiveDate,
    until: Option<NaiveDate>,
}

#[derive(Debug)]
struct Rule {
    time: NaiveTime,
    zone: String,
    every: i64,
    days: Vec<Day>,
}

impl Rule {
    /// Does the series meet on `date` (a local date in its zone)?
    fn meets_on(&self, date: NaiveDate) -> bool {
        self.days.iter().any(|d| day_meets(d, self.every, date))
    }

    fn start_on(&self, date: NaiveDate) -> DateTime<Utc> {
        to_utc(&*resolve(&self.zone), date.and_time(self.time))
    }
}

fn day_meets(d: &Day, every: i64, date: NaiveDate) -> bool {
    date >= d.anchor
        && date.weekday() == d.weekday
        && (date - d.anchor).num_days() % (7 * every) == 0
        && d.until.is_none_or(|u| date <= u)
}

struct Builder {
    cal_zone: Option<String>,
    warnings: Vec<String>,
    /// Each series with its rule, for cross-checking cancelled dates.
    series: Vec<(Series, Rule, String)>,
    /// (date, which event asked for it)
    cancelled: BTreeSet<(NaiveDate, String)>,
    extra: Vec<(DateTime<Utc>, ExtraSession)>,
}

fn resolve(zone: &str) -> Box<dyn ZoneRules> {
    Tzdb.resolve(zone)
        .expect("zone names are checked when read")
}

fn prop<'e>(e: &'e IcalEvent, name: &str) -> Option<&'e Property> {
    e.properties
        .iter()
        .find(|p| p.name.eq_ignore_ascii_case(name))
}

fn props<'e>(e: &'e IcalEvent, name: &'e str) -> impl Iterator<Item = &'e Property> + 'e {
    e.properties
        .iter()
        .filter(move |p| p.name.eq_ignore_ascii_case(name))
}

fn param<'p>(p: &'p Property, name: &str) -> Option<&'p str> {
    p.params
        .as_ref()?
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .and_then(|(_, v)| v.first())
        .map(String::as_str)
}

/// A TEXT value with RFC 5545 escapes undone.
fn text_prop(e: &IcalEvent, name: &str) -> Option<String> {
    prop(e, name).and_then(|p| p.value.as_deref()).map(unescape)
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out.trim().to_owned()
}

/// `event 'SUMMARY' (DTSTART value)`: how errors name an event.
fn event_name(e: &IcalEvent) -> String {
    let title = text_prop(e, "SUMMARY").unwrap_or_else(|| "(untitled)".into());
    match prop(e, "DTSTART").and_then(|p| p.value.as_deref()) {
        Some(start) => format!("event '{title}' (DTSTART {start})"),
        None => format!("event '{title}'"),
    }
}

fn weekday_code(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}

fn ical_weekday(s: &str) -> Option<Weekday> {
    Some(match s.to_ascii_uppercase().as_str() {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

/// Days from `from` forward to `to` (0..=6).
fn days_until(from: Weekday, to: Weekday) -> i64 {
    i64::from((to.num_days_from_monday() + 7 - from.num_days_from_monday()) % 7)
}

/// Parses an RFC 5545 DURATION (`PT1H`, `PT1H30M`, `P1D`, `P1W`).
fn parse_duration(s: &str) -> Option<Duration> {
    let s = s.trim();
    let (negative, s) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let s = s.strip_prefix(['P', 'p'])?;
    let mut total = Duration::zero();
    let mut number = String::new();
    let mut in_time = false;
    let mut any = false;
    for c in s.chars() {
        match c.to_ascii_uppercase() {
            'T' if number.is_empty() && !in_time => in_time = true,
            d if d.is_ascii_digit() => number.push(d),
            unit => {
                let n: i64 = number.parse().ok()?;
                number.clear();
                any = true;
                total += match (unit, in_time) {
                    ('W', false) => Duration::weeks(n),
                    ('D', false) => Duration::days(n),
                    ('H', true) => Duration::hours(n),
                    ('M', true) => Duration::minutes(n),
                    ('S', true) => Duration::seconds(n),
                    _ => return None,
                };
            }
        }
    }
    if !number.is_empty() || !any {
        return None;
    }
    Some(if negative { -total } else { total })
}

impl Builder {
    /// Reads one DATE / DATE-TIME value of `p` (one of its comma-separated
    /// values: `raw`).
    fn when(&self, ev: &str, p: &Property, raw: &str) -> Result<When, Fail> {
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
            let tzid = tzid.trim();
            if Tzdb.resolve(tzid).is_none() {
                let hint = suggest(tzid)
                    .map(|s| format!("did you mean '{s}'?"))
                    .unwrap_or_else(|| {
                        "use an IANA name such as 'America/Los_Angeles' in TZID".to_owned()
                    });
                return Err(format!(
                    "{ev}: {name};TZID={tzid}: unknown time zone; {hint}"
                ));
            }
            tzid.to_owned()
        } else if let Some(z) = &self.cal_zone {
            if Tzdb.resolve(z).is_none() {
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
        let instant = to_utc(&*resolve(&zone), local);
        Ok(When::Time(Stamp {
            local,
            zone,
            instant,
        }))
    }

    /// Every value of every `name` property (EXDATE, RDATE), with PERIOD
    /// values split into start and optional length.
    fn values(
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
                let (start, len) = match raw.split_once('/') {
                    Some((start, end)) => (start, Some(end)),
                    None => (raw, None),
                };
                let when = self.when(ev, p, start)?;
                let len = match len {
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
                out.push((when, len));
            }
        }
        Ok(out)
    }

    /// The event's start; all-day events give `None`.
    fn start(&self, ev: &str, e: &IcalEvent) -> Result<Option<Stamp>, Fail> {
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
    fn length(&self, ev: &str, e: &IcalEvent, start: &Stamp) -> Result<Option<Duration>, Fail> {
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

    fn minutes(&self, ev: &str, d: Duration) -> Result<i64, Fail> {
        let secs = d.num_seconds();
        if secs % 60 != 0 || !(60..=1440 * 60).contains(&secs) {
            return Err(format!(
                "{ev}: DTEND/DURATION gives a session of {secs} s; a session lasts whole minutes, 1 minute to 24 hours"
            ));
        }
        Ok(secs / 60)
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
        let rules = resolve(zone);
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

    fn event(&mut self, e: &IcalEvent, overrides: &[&IcalEvent]) -> Result<(), Fail> {
        let ev = event_name(e);
        if text_prop(e, "STATUS").is_some_and(|s| s.eq_ignore_ascii_case("CANCELLED")) {
            self.warnings
                .push(format!("{ev}: STATUS:CANCELLED; skipped"));
            return Ok(());
        }
        let Some(start) = self.start(&ev, e)? else {
            self.warnings.push(format!(
                "{ev}: an all-day event (DTSTART;VALUE=DATE) has no start time; skipped"
            ));
            return Ok(());
        };
        let length = self.length(&ev, e, &start)?.ok_or_else(|| {
            format!("{ev}: no DTEND or DURATION; add DTEND (or DURATION:PT1H) so the session has a length")
        })?;
        let minutes = self.minutes(&ev, length)?;
        let label = text_prop(e, "SUMMARY");
        for bad in ["EXRULE"] {
            if prop(e, bad).is_some() {
                return Err(format!(
                    "{ev}: {bad} is not supported (RFC 5545 deprecated it); list the cancelled dates as EXDATE"
                ));
            }
        }
        let rrules: Vec<&Property> = props(e, "RRULE").collect();
        let exdates = self.values(&ev, e, "EXDATE")?;
        let mut rdates = self.values(&ev, e, "RDATE")?;
        // EXDATE also removes RDATE instances (RFC 5545 §3.8.5.1).
        rdates.retain(|(r, _)| {
            !exdates.iter().any(|(x, _)| match (r, x) {
                (When::Time(a), When::Time(b)) => a.instant == b.instant,
                (When::Time(a), When::Date(d)) => {
                    to_local(&*resolve(&start.zone), a.instant).date_naive() == *d
                }
                (When::Date(a), When::Date(b)) => a == b,
                (When::Date(a), When::Time(b)) => {
                    to_local(&*resolve(&start.zone), b.instant).date_naive() == *a
                }
            })
        });
        let mut rdate_starts: Vec<(DateTime<Utc>, i64)> = Vec::new();
        for (r, len) in &rdates {
            let instant = match r {
                When::Time(s) => s.instant,
                When::Date(d) => to_utc(&*resolve(&start.zone), d.and_time(start.local.time())),
            };
            let m = match len {
                Some(l) => self.minutes(&ev, *l)?,
                None => minutes,
            };
            rdate_starts.push((instant, m));
        }

        let rule = match rrules.as_slice() {
            [] => None,
            [one] => Some(self.rule(&ev, one, &start)?),
            _ => {
                return Err(format!(
                    "{ev}: more than one RRULE; split the event into one event per rule"
                ))
            }
        };

        let Some((rule, dtstart_extra)) = rule else {
            // A one-off event (and its RDATEs): extra sessions.
            if !exdates.is_empty() {
                self.warnings
                    .push(format!("{ev}: EXDATE on an event without RRULE; ignored"));
            }
            self.push_extra(&ev, "DTSTART", start.instant, &start.zone, minutes, &label)?;
            for (instant, m) in rdate_starts {
                self.push_extra(&ev, "RDATE", instant, &start.zone, m, &label)?;
            }
            return Ok(());
        };

        // Cancelled dates: EXDATEs that hit a session of the series.
        let zone = resolve(&rule.zone);
        let mut cancelled: BTreeSet<NaiveDate> = BTreeSet::new();
        let mut dtstart_cancelled = false;
        for (x, _) in &exdates {
            let (date, exact) = match x {
                When::Date(d) => (*d, None),
                When::Time(s) => (to_local(&*zone, s.instant).date_naive(), Some(s.instant)),
            };
            if dtstart_extra && exact.map_or(date == start.local.date(), |i| i == start.instant) {
                dtstart_cancelled = true;
            } else if rule.meets_on(date) && exact.is_none_or(|i| i == rule.start_on(date)) {
                cancelled.insert(date);
            } else {
                let raw = match x {
                    When::Date(d) => d.to_string(),
                    When::Time(s) => format!("{} {}", s.local, s.zone),
                };
                self.warnings.push(format!(
                    "{ev}: EXDATE {raw} matches no session of the series; ignored"
                ));
            }
        }
        let mut extras: Vec<(DateTime<Utc>, i64, Option<String>)> = Vec::new();
        if dtstart_extra && !dtstart_cancelled {
            extras.push((start.instant, minutes, label.clone()));
        }
        for (instant, m) in rdate_starts {
            let local = to_local(&*zone, instant).date_naive();
            if rule.meets_on(local)
                && rule.start_on(local) == instant
                && !cancelled.contains(&local)
            {
                continue; // the series already has it
            }
            extras.push((instant, m, label.clone()));
        }

        // Overrides of single sessions: RECURRENCE-ID names the original.
        for o in overrides {
            let oev = event_name(o);
            let rid = prop(o, "RECURRENCE-ID").expect("overrides have a RECURRENCE-ID");
            if param(rid, "RANGE").is_some_and(|r| r.eq_ignore_ascii_case("THISANDFUTURE")) {
                return Err(format!(
                    "{oev}: RECURRENCE-ID;RANGE=THISANDFUTURE is not supported; end the old series with UNTIL and start a new event"
                ));
            }
            let raw = rid.value.as_deref().unwrap_or_default();
            let original = match self.when(&oev, rid, raw)? {
                When::Time(s) => s.instant,
                When::Date(d) => rule.start_on(d),
            };
            let date = to_local(&*zone, original).date_naive();
            let in_series = rule.meets_on(date) && rule.start_on(date) == original;
            let extra_at = extras.iter().position(|(i, _, _)| *i == original);
            if !in_series && extra_at.is_none() {
                self.warnings.push(format!(
                    "{oev}: RECURRENCE-ID {raw} matches no session of the series; ignored"
                ));
                continue;
            }
            if in_series && cancelled.contains(&date) {
                continue; // cancelled by EXDATE anyway
            }
            let status_cancelled =
                text_prop(o, "STATUS").is_some_and(|s| s.eq_ignore_ascii_case("CANCELLED"));
            let moved = if status_cancelled {
                None
            } else {
                let Some(new_start) = self.start(&oev, o)? else {
                    return Err(format!(
                        "{oev}: the moved session is all-day (DTSTART;VALUE=DATE); give it a start time"
                    ));
                };
                let m = match self.length(&oev, o, &new_start)? {
                    Some(l) => self.minutes(&oev, l)?,
                    None => minutes,
                };
                let olabel = text_prop(o, "SUMMARY").or_else(|| label.clone());
                if new_start.instant == original && m == minutes {
                    continue; // only the description changed
                }
                Some((new_start.instant, m, olabel))
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
        }

        let name = ev.clone();
        for (instant, m, l) in extras {
            self.push_extra(&name, "session", instant, &rule.zone, m, &l)?;
        }
        for d in cancelled {
            self.cancelled.insert((d, name.clone()));
        }
        if rule.days.is_empty() {
            return Ok(());
        }
        for day in &rule.days {
            let series = Series {
                weekday: weekday_code(day.weekday).to_owned(),
                time: rule.time.format("%H:%M").to_string(),
                duration_minutes: minutes,
                zone: rule.zone.clone(),
                every_weeks: rule.every,
                anchor: day.anchor.to_string(),
                until: day.until.map(|u| u.to_string()),
                label: label.clone(),
            };
            let one = Rule {
                time: rule.time,
                zone: rule.zone.clone(),
                every: rule.every,
                days: vec![day.clone()],
            };
            self.series.push((series, one, name.clone()));
        }
        Ok(())
    }

    /// Reads a weekly RRULE into one day-series per BYDAY weekday. The bool
    /// is true when DTSTART itself is not on a BYDAY weekday (RFC 5545 still
    /// counts it as the first session: it becomes an extra session).
    fn rule(&mut self, ev: &str, p: &Property, start: &Stamp) -> Result<(Rule, bool), Fail> {
        let raw = p.value.as_deref().unwrap_or_default();
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
        let mut interval = 1i64;
        let mut byday: Vec<Weekday> = Vec::new();
        let mut until: Option<&str> = None;
        let mut count: Option<u32> = None;
        let mut wkst = Weekday::Mon;
        for part in raw.split(';').filter(|s| !s.trim().is_empty()) {
            let (k, v) = part
                .split_once('=')
                .ok_or_else(|| format!("{ev}: RRULE part '{part}' is not NAME=VALUE"))?;
            match k.trim().to_ascii_uppercase().as_str() {
                "FREQ" => {}
                "INTERVAL" => {
                    interval = v.trim().parse().ok().filter(|n| (1..=52).contains(n)).ok_or_else(|| {
                        format!("{ev}: RRULE INTERVAL={v} is out of range; the schedule repeats every 1 to 52 weeks")
                    })?;
                }
                "BYDAY" => {
                    for d in v.split(',') {
                        let day = ical_weekday(d.trim()).ok_or_else(|| {
                            format!("{ev}: RRULE BYDAY={d} is not supported in a weekly rule; use plain weekdays such as TH (no ordinal like 2TH)")
                        })?;
                        if !byday.contains(&day) {
                            byday.push(day);
                        }
                    }
                }
                "UNTIL" => until = Some(v.trim()),
                "COUNT" => {
                    count = Some(v.trim().parse().ok().filter(|n| *n >= 1).ok_or_else(|| {
                        format!("{ev}: RRULE COUNT={v} is not a positive number")
                    })?);
                }
                "WKST" => {
                    wkst = ical_weekday(v.trim()).ok_or_else(|| {
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
        if until.is_some() && count.is_some() {
            return Err(format!(
                "{ev}: RRULE has both UNTIL and COUNT (RFC 5545 allows one); keep UNTIL"
            ));
        }
        let first = start.local.date();
        if byday.is_empty() {
            byday.push(first.weekday());
        }
        let dtstart_extra = !byday.contains(&first.weekday());
        // The week (starting on WKST) that holds DTSTART; each weekday's
        // first session is in it, or INTERVAL weeks later if that is earlier
        // than DTSTART.
        let week = first - Duration::days(days_until(wkst, first.weekday()));
        let mut days: Vec<Day> = byday
            .iter()
            .map(|&w| {
                let mut anchor = week + Duration::days(days_until(wkst, w));
                if anchor < first {
                    anchor += Duration::days(7 * interval);
                }
                Day {
                    weekday: w,
                    anchor,
                    until: None,
                }
            })
            .collect();
        days.sort_by_key(|d| d.anchor);
        let time = start.local.time();
        let zone = resolve(&start.zone);
        let last = if let Some(u) = until {
            // A floating UNTIL is read in DTSTART's zone (RFC 5545 §3.3.10).
            let fake = Property {
                name: "RRULE UNTIL".into(),
                params: Some(vec![("TZID".into(), vec![start.zone.clone()])]),
                value: None,
            };
            Some(match self.when(ev, &fake, u)? {
                When::Date(d) => d,
                When::Time(s) => {
                    // The last local date whose session starts at or before UNTIL.
                    let d = to_local(&*zone, s.instant).date_naive();
                    if to_utc(&*zone, d.and_time(time)) <= s.instant {
                        d
                    } else {
                        d - Duration::days(1)
                    }
                }
            })
        } else if let Some(n) = count {
            // COUNT counts DTSTART when it is not on a BYDAY weekday.
            let n = n - u32::from(dtstart_extra);
            if n == 0 {
                days.clear();
                None
            } else {
                let every = interval;
                let probe = Rule {
                    time,
                    zone: start.zone.clone(),
                    every,
                    days: days.clone(),
                };
                let mut seen = 0;
                let mut d = days[0].anchor;
                loop {
                    if probe.meets_on(d) {
                        seen += 1;
                        if seen == n {
                            break Some(d);
                        }
                    }
                    d += Duration::days(1);
                }
            }
        } else {
            None
        };
        if let Some(last) = last {
            let before = days.len();
            days.retain(|d| d.anchor <= last);
            if days.is_empty() && before > 0 {
                self.warnings.push(format!(
                    "{ev}: RRULE ends (UNTIL/COUNT) before its first session; no series written"
                ));
            }
            for d in &mut days {
                d.until = Some(last);
            }
        }
        Ok((
            Rule {
                time,
                zone: start.zone.clone(),
                every: interval,
                days,
            },
            dtstart_extra,
        ))
    }

    fn finish(mut self) -> Result<(Schedule, Vec<String>), Fail> {
        // Core applies a cancelled date to every series: say so when that
        // removes a session the calendar keeps.
        for (date, from) in &self.cancelled {
            for (s, rule, owner) in &self.series {
                if owner != from && rule.meets_on(*date) {
                    let mut msg = String::new();
                    let _ = write!(
                        msg,
                        "{from}: cancelling {date} also cancels that day's session of '{}' (a schedule's cancelled dates apply to every series)",
                        s.label.as_deref().unwrap_or("another series")
                    );
                    self.warnings.push(msg);
                }
            }
        }
        let mut series: Vec<Series> = self.series.into_iter().map(|(s, _, _)| s).collect();
        series.sort_by(|a, b| (&a.anchor, &a.time).cmp(&(&b.anchor, &b.time)));
        let cancelled: BTreeSet<String> = self
            .cancelled
            .into_iter()
            .map(|(d, _)| d.to_string())
            .collect();
        self.extra.sort_by_key(|(i, _)| *i);
        self.extra.dedup_by_key(|(i, _)| *i);
        let schedule = Schedule {
            series,
            cancelled: cancelled.into_iter().collect(),
            extra: self.extra.into_iter().map(|(_, e)| e).collect(),
        };
        if schedule.series.is_empty() && schedule.extra.is_empty() {
            return Err(
                "the matching events yield no session (all ended, cancelled or all-day); check --summary and the calendar"
                    .into(),
            );
        }
        Ok((schedule, self.warnings))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_in_rfc_5545_form() {
        assert_eq!(parse_duration("PT1H"), Some(Duration::hours(1)));
        assert_eq!(parse_duration("PT1H30M"), Some(Duration::minutes(90)));
        assert_eq!(parse_duration("P1D"), Some(Duration::days(1)));
        assert_eq!(parse_duration("P1W"), Some(Duration::weeks(1)));
        assert_eq!(parse_duration("-PT15M"), Some(Duration::minutes(-15)));
        assert_eq!(parse_duration("PT"), None);
        assert_eq!(parse_duration("P1H"), None);
        assert_eq!(parse_duration("1H"), None);
    }

    #[test]
    fn text_escapes_are_undone() {
        assert_eq!(
            unescape(r"End-User SIG\, feedback\; 1\\2\nnext"),
            "End-User SIG, feedback; 1\\2\nnext"
        );
    }
}

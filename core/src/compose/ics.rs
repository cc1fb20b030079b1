//! iCalendar files (RFC 5545): one requested session, or the whole series.
//!
//! - Lines end in CRLF and are folded at 75 octets, never inside a UTF-8
//!   character; TEXT values escape `\` `;` `,` and line breaks.
//! - [`event`]: one VEVENT for one preferred session, times in UTC (`Z`),
//!   so no VTIMEZONE is needed. UID is derived from the request and the
//!   start, DTSTAMP is the `now` passed in.
//! - [`series`]: one VEVENT per recurring series with `DTSTART;TZID=…`
//!   (a weekly RRULE must keep its wall time across DST changes, which UTC
//!   cannot express), `RRULE:FREQ=WEEKLY;INTERVAL=N;BYDAY=..`, EXDATE for
//!   cancelled dates, and a VTIMEZONE generated from the zone's own
//!   offsets; extra sessions are separate VEVENTs in UTC.
//!
//! ```
//! use otel_feedback_core::compose::ics::{escape_text, fold};
//! assert_eq!(escape_text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
//! let folded = fold(&format!("DESCRIPTION:{}", "é".repeat(40)));
//! assert!(folded.split("\r\n").all(|l| l.len() <= 75));
//! ```

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, Utc, Weekday};

use super::{basic_utc, Body};
use crate::config::Config;
use crate::error::Error;
use crate::i18n::{self, Lang};
use crate::present::abbreviation;
use crate::request::ValidRequest;
use crate::text::{cat, int, push_basic, push_int, push_pair, push_radix, HEX_LOWER};
use crate::zone::{add_secs, days_between, to_utc, ZoneRules, ZoneSource, DAY};

/// `t` plus `secs` seconds; like `t + TimeDelta`, panics past chrono's range.
fn shifted(t: DateTime<Utc>, secs: i64) -> DateTime<Utc> {
    add_secs(t, secs).expect("`DateTime + TimeDelta` overflowed")
}

/// The PRODID of every file.
pub fn prodid() -> String {
    cat(&["-//OpenTelemetry//otel-feedback ", crate::VERSION, "//EN"])
}

/// Escapes a TEXT value (RFC 5545 §3.3.11); control characters other than
/// a tab are dropped.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            // A tab is TEXT (RFC 5545 WSP); other controls are dropped.
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Reverses [`escape_text`]: `\n` or `\N` is a line break, a backslash
/// before any other character stands for that character (RFC 5545
/// §3.3.11), and a lone backslash at the end is kept.
///
/// ```
/// use otel_feedback_core::compose::ics::{escape_text, unescape_text};
/// assert_eq!(unescape_text("a\\;b\\,c\\\\d\\ne"), "a;b,c\\d\ne");
/// let s = "Kyiv; 10:00, Thursday\\\nline two";
/// assert_eq!(unescape_text(&escape_text(s)), s);
/// ```
pub fn unescape_text(s: &str) -> String {
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
    out
}

/// Folds one content line at 75 octets (continuations start with a space)
/// and ends it with CRLF.
///
/// A physical line never ends in a space: spaces before a fold move to the
/// next line. RFC 5545 keeps them either way, but some parsers trim each
/// physical line and would lose them.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut line_start = 0;
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            let current = out.get(line_start..).unwrap_or_default();
            let content = crate::text::strip_prefix(current, b' ')
                .filter(|_| line_start > 0)
                .unwrap_or(current);
            let trailing = content.len() - crate::text::trim_end_byte(content, b' ').len();
            let movable = trailing > 0 && trailing < content.len() && 1 + trailing + n <= 75;
            let moved = if movable { trailing } else { 0 };
            out.truncate(out.len() - moved);
            out.push_str("\r\n ");
            line_start = out.len() - 1;
            for _ in 0..moved {
                out.push(' ');
            }
            width = 1 + moved;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}

fn uri(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !c.is_control() && c != ' ' {
            out.push(c);
        }
    }
    out
}

/// FNV-1a, 64 bits: a stable, dependency-free hash for UIDs.
fn fnv(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        // Each part ends with a 0 byte.
        for &b in p.as_bytes().iter().chain(&[0u8]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

struct Lines(String);

impl Lines {
    fn new() -> Lines {
        let mut l = Lines(String::new());
        l.add("BEGIN:VCALENDAR");
        l.add("VERSION:2.0");
        l.prop("PRODID:", &prodid());
        l.add("CALSCALE:GREGORIAN");
        l.add("METHOD:PUBLISH");
        l
    }

    fn add(&mut self, line: &str) {
        self.0.push_str(&fold(line));
    }

    /// A property: `name` (with its `:`) and its value.
    fn prop(&mut self, name: &str, value: &str) {
        self.add(&cat(&[name, value]));
    }

    fn text(&mut self, name: &str, value: &str) {
        self.prop(name, &escape_text(value));
    }

    /// `BEGIN:VEVENT`, its UID and DTSTAMP.
    fn begin_event(&mut self, uid: &str, now: DateTime<Utc>) {
        self.add("BEGIN:VEVENT");
        self.prop("UID:", uid);
        self.prop("DTSTAMP:", &basic_utc(now));
    }

    /// SUMMARY, DESCRIPTION, URL, an optional STATUS and `END:VEVENT`.
    fn end_event(&mut self, summary: &str, description: &str, url: &str, status: Option<&str>) {
        self.text("SUMMARY:", summary);
        self.text("DESCRIPTION:", description);
        self.prop("URL:", &uri(url));
        if let Some(status) = status {
            self.prop("STATUS:", status);
        }
        self.add("END:VEVENT");
    }

    fn finish(mut self) -> String {
        self.add("END:VCALENDAR");
        self.0
    }
}

/// The UID of the event for `req` at the session starting at `start`.
pub fn uid(req: &ValidRequest, start: DateTime<Utc>) -> String {
    let start = basic_utc(start);
    let h = fnv(&[
        &req.organization,
        &req.name,
        req.email.as_deref().unwrap_or(""),
        req.slack.as_deref().unwrap_or(""),
        &start,
    ]);
    uid_text(h, "-", &start)
}

/// `<hash, 16 hex digits><kind><index>@otel-feedback`.
fn uid_text(hash: u64, kind: &str, index: &str) -> String {
    let mut out = String::new();
    push_radix(&mut out, hash, 16, HEX_LOWER);
    for p in [kind, index, "@otel-feedback"] {
        out.push_str(p);
    }
    out
}

/// The calendar file for the preferred session `slot` (0-based) of `req`,
/// in the visitor's language; `None` when the request has no such slot.
pub fn event(
    req: &ValidRequest,
    config: &Config,
    zones: &dyn ZoneSource,
    now: DateTime<Utc>,
    slot: usize,
) -> Option<String> {
    let occurrence = req.slots.get(slot)?;
    let lang = req.lang;
    let mut l = Lines::new();
    l.begin_event(&uid(req, occurrence.start), now);
    l.prop("DTSTART:", &basic_utc(occurrence.start));
    l.prop("DTEND:", &basic_utc(occurrence.end));
    let summary = i18n::format(
        lang,
        "event-summary",
        &[("organization", req.organization.as_str().into())],
    );
    let body = Body::new(req, config, zones, lang).render(lang, None);
    l.end_event(
        &summary,
        crate::text::trim_end(&body),
        &config.page_url,
        Some("TENTATIVE"),
    );
    Some(l.finish())
}

fn local_basic(t: NaiveDateTime) -> String {
    let mut out = String::with_capacity(15);
    push_basic(&mut out, t);
    out
}

fn ical_offset(o: FixedOffset) -> String {
    let secs = o.local_minus_utc();
    let sign = if secs < 0 { '-' } else { '+' };
    let s = secs.unsigned_abs();
    let mut out = String::from(sign);
    push_pair(&mut out, s / 3600, "", s / 60 % 60);
    if s % 60 != 0 {
        push_int(&mut out, (s % 60).into(), 2);
    }
    out
}

fn ical_day(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

fn days_in_month(d: NaiveDate) -> u32 {
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|n| n.pred_opt())
        .map_or(31, |last| last.day())
}

/// A VTIMEZONE for `zone`, built from its offsets during `year`: one
/// STANDARD or DAYLIGHT part per transition, with a yearly
/// `BYMONTH=m;BYDAY=nSU` rule (the rule holds while the zone keeps its
/// current DST law), or a single STANDARD part for a zone without DST.
pub fn vtimezone(zone: &dyn ZoneRules, year: i32) -> String {
    let mut out = Lines(String::new());
    out.add("BEGIN:VTIMEZONE");
    out.prop("TZID:", zone.name());
    let start = NaiveDate::from_ymd_opt(year, 1, 1)
        .unwrap_or_default()
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default()
        .and_utc();
    let mut transitions = Vec::new();
    let mut t = start;
    let mut offset = zone.offset_at(t);
    for _ in 0..366 {
        let next = shifted(t, DAY);
        let next_offset = zone.offset_at(next);
        if next_offset != offset {
            // The first second with the new offset (offsets change on whole
            // seconds).
            let (mut lo, mut hi) = (0, DAY);
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if zone.offset_at(shifted(t, mid)) == offset {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let hi = shifted(t, hi);
            transitions.push((hi, offset, zone.offset_at(hi)));
        }
        t = next;
        offset = next_offset;
    }
    if transitions.is_empty() {
        let o = zone.offset_at(start);
        out.add("BEGIN:STANDARD");
        out.add("DTSTART:19700101T000000");
        out.prop("TZOFFSETFROM:", &ical_offset(o));
        out.prop("TZOFFSETTO:", &ical_offset(o));
        if let Some(name) = abbreviation(zone, start) {
            out.prop("TZNAME:", &name);
        }
        out.add("END:STANDARD");
    }
    let yearly = transitions.len() == 2;
    for (at, from, to) in &transitions {
        let kind = if to.local_minus_utc() > from.local_minus_utc() {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        let local = shifted(*at, from.local_minus_utc().into()).naive_utc();
        out.prop("BEGIN:", kind);
        out.prop("DTSTART:", &local_basic(local));
        out.prop("TZOFFSETFROM:", &ical_offset(*from));
        out.prop("TZOFFSETTO:", &ical_offset(*to));
        if let Some(name) = abbreviation(zone, *at) {
            out.prop("TZNAME:", &name);
        }
        if yearly {
            let date = local.date();
            let n: i32 = if date.day() + 7 > days_in_month(date) {
                -1
            } else {
                ((date.day() - 1) / 7 + 1) as i32
            };
            let mut rule = String::from("RRULE:FREQ=YEARLY;BYMONTH=");
            push_int(&mut rule, date.month().into(), 0);
            rule.push_str(";BYDAY=");
            push_int(&mut rule, n.into(), 0);
            rule.push_str(ical_day(date.weekday()));
            out.add(&rule);
        }
        out.prop("END:", kind);
    }
    out.add("END:VTIMEZONE");
    out.0
}

/// The whole recurring series as a calendar file, in `lang`.
///
/// Fails when the schedule is invalid (the error lists every issue).
pub fn series(
    config: &Config,
    zones: &dyn ZoneSource,
    now: DateTime<Utc>,
    lang: Lang,
) -> Result<String, Error> {
    let schedule = &config.schedule;
    // The same check and error as `config.validate`, keeping the parsed
    // values.
    let plan = schedule
        .compile(zones)
        .map_err(|e| e.prefixed("schedule"))?;
    let mut tzids: Vec<&str> = Vec::new();
    let mut vtimezones = String::new();
    let mut events = Lines(String::new());
    let description = i18n::format(
        lang,
        "series-description",
        &[("url", config.page_url.as_str().into())],
    );
    let default_summary = i18n::text(lang, "series-summary");
    for rule in &plan.rules {
        let Some(s) = schedule.series.get(rule.index) else {
            continue;
        };
        let (zone, time, anchor) = (&*rule.zone, rule.time, rule.anchor);
        let tzid = zone.name();
        if !tzids.contains(&tzid) {
            tzids.push(tzid);
            // From the year before the anchor, so the first onset precedes
            // the first session.
            vtimezones.push_str(&vtimezone(zone, anchor.year() - 1));
        }
        let start = anchor.and_time(time);
        let end = shifted(to_utc(zone, start), rule.duration);
        let end_local = shifted(end, zone.offset_at(end).local_minus_utc().into()).naive_utc();
        let step = 7 * rule.every_weeks;
        let (every, index) = (int(rule.every_weeks), int(rule.index as i64));
        let uid = fnv(&[tzid, &s.anchor, &s.time, &every, &index]);
        events.begin_event(&uid_text(uid, "-series-", &index), now);
        let tzid_prop = |name: &str| cat(&[name, ";TZID=", tzid, ":"]);
        let (dtstart, dtend, exdate) = (
            tzid_prop("DTSTART"),
            tzid_prop("DTEND"),
            tzid_prop("EXDATE"),
        );
        events.prop(&dtstart, &local_basic(start));
        events.prop(&dtend, &local_basic(end_local));
        let mut rrule = cat(&[
            "RRULE:FREQ=WEEKLY;INTERVAL=",
            &every,
            ";BYDAY=",
            ical_day(rule.weekday),
        ]);
        let until = rule.until;
        if let Some(until) = until {
            rrule.push_str(";UNTIL=");
            rrule.push_str(&basic_utc(to_utc(zone, until.and_time(time))));
        }
        events.add(&rrule);
        for &c in &plan.cancelled {
            let days = days_between(c, anchor);
            let on_series = c >= anchor && days % step == 0 && until.is_none_or(|u| c <= u);
            if on_series {
                events.prop(&exdate, &local_basic(c.and_time(time)));
            }
        }
        let summary = s.label.as_deref().unwrap_or(&default_summary);
        events.end_event(summary, &description, &config.page_url, None);
    }
    for (i, (e, x)) in schedule.extra.iter().zip(&plan.extras).enumerate() {
        let index = int(i as i64);
        let uid = fnv(&[&e.date, &e.time, &e.zone, &index]);
        events.begin_event(&uid_text(uid, "-extra-", &index), now);
        events.prop("DTSTART:", &basic_utc(x.start));
        events.prop("DTEND:", &basic_utc(shifted(x.start, x.duration)));
        let summary = e.label.as_deref().unwrap_or(&default_summary);
        events.end_event(summary, &description, &config.page_url, None);
    }
    let mut l = Lines::new();
    l.0.push_str(&vtimezones);
    l.0.push_str(&events.0);
    Ok(l.finish())
}

//! RFC 3339 instants: the one reader and the writers every part uses (the
//! request's sessions, the widget's answers, the CLI's JSON and flags).
//!
//! Written by hand: chrono's parser and formatter cost the widget's wasm
//! kilobytes (docs/widget.md, size ledger). `tests/rfc3339_chrono.rs`
//! compares them with chrono's `parse_from_rfc3339` and
//! `to_rfc3339_opts(SecondsFormat::Secs, …)`.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, Timelike, Utc};

use crate::text::{digits, push_int, push_pair};

/// Parses an RFC 3339 instant (`2026-11-26T18:00:00Z`,
/// `2026-11-26T10:00:00-08:00`, fractions of a second allowed, `t`/`z` and a
/// space separator accepted) into UTC. Written by hand: chrono's parser and
/// formatter cost kilobytes in the widget's wasm.
///
/// ```
/// use otel_feedback_core::rfc3339;
/// let t = rfc3339::parse("2026-11-26T10:00:00-08:00").unwrap();
/// assert_eq!(rfc3339::utc(t), "2026-11-26T18:00:00Z");
/// assert!(rfc3339::parse("2026-11-26 18:00").is_none());
/// ```
pub fn parse(s: &str) -> Option<DateTime<Utc>> {
    let b = s.as_bytes();
    if b.len() < 20 {
        return None;
    }
    let num = |range: std::ops::Range<usize>| digits(s.get(range)?);
    if b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)?;
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    // A leap second (:60) is read as :59, like most systems do.
    if second > 60 {
        return None;
    }
    let time = chrono::NaiveTime::from_hms_opt(hour, minute, second.min(59))?;
    let mut i = 19;
    let mut nanos = 0u32;
    if b.get(i) == Some(&b'.') {
        let start = i + 1;
        i = start;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return None;
        }
        let fraction = s.get(start..i.min(start + 9))?;
        nanos = digits(fraction)? * 10u32.pow(9 - fraction.len() as u32);
    }
    let offset_secs: i64 = match &b[i..] {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let h = i64::from(num(i + 1..i + 3)?);
            let m = i64::from(num(i + 4..i + 6)?);
            if h > 23 || m > 59 {
                return None;
            }
            let secs = h * 3600 + m * 60;
            if *sign == b'-' {
                -secs
            } else {
                secs
            }
        }
        _ => return None,
    };
    let local = date.and_time(time).and_utc().timestamp();
    DateTime::from_timestamp(local - offset_secs, nanos)
}

/// `2026-11-26T18:00:00`: a wall time to the second, as RFC 3339 writes it.
fn push_date_time(out: &mut String, n: NaiveDateTime) {
    push_int(out, n.year().into(), 4);
    out.push('-');
    push_pair(out, n.month(), "-", n.day());
    out.push('T');
    push_pair(out, n.hour(), ":", n.minute());
    out.push(':');
    push_int(out, n.second().into(), 2);
}

/// An argument (`--now`) that is not an RFC 3339 instant: the one
/// message, with the fix, every front end (the CLI, the node command)
/// prints.
pub fn arg_error(arg: &str, value: &str) -> String {
    crate::text::cat(&[
        arg,
        ": '",
        value,
        "' is not an RFC 3339 instant; use e.g. 2026-11-26T18:00:00Z",
    ])
}

/// [`parse`] of an argument's value (trimmed), or [`arg_error`].
pub fn parse_arg(arg: &str, value: &str) -> Result<DateTime<Utc>, String> {
    parse(crate::text::trim(value)).ok_or_else(|| arg_error(arg, value))
}

/// Writes an instant as RFC 3339 in UTC, to the second: `2026-11-26T18:00:00Z`.
pub fn utc(t: DateTime<Utc>) -> String {
    let mut out = String::with_capacity(20);
    push_date_time(&mut out, t.naive_utc());
    out.push('Z');
    out
}

/// Writes a local time with its offset, to the second:
/// `2026-11-27T03:00:00+09:00` (an offset's seconds, which RFC 3339 cannot
/// write, are dropped).
pub fn local(t: DateTime<FixedOffset>) -> String {
    let mut out = String::with_capacity(25);
    push_date_time(&mut out, t.naive_local());
    let off = t.offset().local_minus_utc();
    out.push(if off < 0 { '-' } else { '+' });
    let off = off.unsigned_abs();
    push_pair(&mut out, off / 3600, ":", off / 60 % 60);
    out
}

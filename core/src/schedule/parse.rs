//! The schedule's values read from their text: weekdays, times of day,
//! dates (hand-written: chrono's parsers cost kilobytes in the wasm), and
//! the weekday arithmetic the validation and the CLI's `--weekday` share.

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

use crate::text::digits;
use crate::zone::add_days;

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

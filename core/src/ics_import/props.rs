//! Reading an event's properties: lookup by name, parameters, TEXT escapes,
//! RFC 5545 durations and weekday codes. No schedule rule lives here.

use chrono::{Duration, Weekday};
use ical::parser::ical::component::IcalEvent;
use ical::property::Property;

/// The first property called `name` (any case).
pub(super) fn prop<'e>(e: &'e IcalEvent, name: &str) -> Option<&'e Property> {
    e.properties
        .iter()
        .find(|p| p.name.eq_ignore_ascii_case(name))
}

/// Every property called `name` (EXDATE and RDATE may repeat).
pub(super) fn props<'e>(
    e: &'e IcalEvent,
    name: &'e str,
) -> impl Iterator<Item = &'e Property> + 'e {
    e.properties
        .iter()
        .filter(move |p| p.name.eq_ignore_ascii_case(name))
}

/// The first value of parameter `name` of `p`.
pub(super) fn param<'p>(p: &'p Property, name: &str) -> Option<&'p str> {
    p.params
        .as_ref()?
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .and_then(|(_, v)| v.first())
        .map(String::as_str)
}

/// A TEXT value with RFC 5545 escapes undone.
pub(super) fn text_prop(e: &IcalEvent, name: &str) -> Option<String> {
    prop(e, name).and_then(|p| p.value.as_deref()).map(unescape)
}

/// Is the event (or override) `STATUS:CANCELLED`?
pub(super) fn is_cancelled(e: &IcalEvent) -> bool {
    text_prop(e, "STATUS").is_some_and(|s| s.eq_ignore_ascii_case("CANCELLED"))
}

/// A TEXT value unescaped ([`crate::compose::ics::unescape_text`]) and trimmed.
pub(super) fn unescape(s: &str) -> String {
    crate::compose::ics::unescape_text(s).trim().to_owned()
}

/// `event 'SUMMARY' (DTSTART value)`: how errors name an event.
pub(super) fn event_name(e: &IcalEvent) -> String {
    let title = text_prop(e, "SUMMARY").unwrap_or_else(|| "(untitled)".into());
    match prop(e, "DTSTART").and_then(|p| p.value.as_deref()) {
        Some(start) => format!("event '{title}' (DTSTART {start})"),
        None => format!("event '{title}'"),
    }
}

/// The schedule's weekday code (`thu`).
pub(super) fn weekday_code(d: Weekday) -> &'static str {
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

/// An iCalendar weekday (`TH`).
pub(super) fn ical_weekday(s: &str) -> Option<Weekday> {
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
pub(super) fn days_until(from: Weekday, to: Weekday) -> i64 {
    i64::from((to.num_days_from_monday() + 7 - from.num_days_from_monday()) % 7)
}

/// Parses an RFC 5545 DURATION (`PT1H`, `PT1H30M`, `P1D`, `P1W`).
pub(super) fn parse_duration(s: &str) -> Option<Duration> {
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

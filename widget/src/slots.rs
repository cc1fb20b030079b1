//! The texts of a session the view shows beside `Intl`'s: instants in
//! RFC 3339 and the source zone's short name.

use chrono::{DateTime, Datelike, FixedOffset, Timelike, Utc};

use crate::text::{cat, push_num};

/// `2026-11-26T18:00:00Z`.
pub fn rfc3339_utc(t: DateTime<Utc>) -> String {
    let mut s = date_time(t.naive_utc());
    s.push('Z');
    s
}

/// `YYYY-MM-DDTHH:MM:SS` (years 0..=9999, as the widget shows).
fn date_time(t: chrono::NaiveDateTime) -> String {
    let mut s = String::with_capacity(25);
    push_num(&mut s, t.year().max(0) as u64, 4);
    for (sep, n) in [
        ('-', t.month()),
        ('-', t.day()),
        ('T', t.hour()),
        (':', t.minute()),
        (':', t.second()),
    ] {
        s.push(sep);
        push_num(&mut s, n.into(), 2);
    }
    s
}

/// `2026-11-27T03:00:00+09:00` (seconds of the offset are dropped, as in
/// RFC 3339).
pub fn rfc3339_local(t: DateTime<FixedOffset>) -> String {
    let off = t.offset().local_minus_utc();
    let mut s = date_time(t.naive_local());
    s.push(if off < 0 { '-' } else { '+' });
    let off = off.unsigned_abs();
    push_num(&mut s, (off / 3600).into(), 2);
    s.push(':');
    push_num(&mut s, (off / 60 % 60).into(), 2);
    s
}

/// `PT` from `PST`/`PDT` (and `ET`, `CT`, `MT`…); other abbreviations as
/// they are; the zone's city when there is none.
pub fn short_zone(abbreviation: Option<&str>, zone: &str) -> String {
    match abbreviation {
        Some(a)
            if a.len() == 3
                && (a.ends_with("ST") || a.ends_with("DT"))
                && a.starts_with(|c: char| c.is_ascii_uppercase()) =>
        {
            cat(&[a.get(..1).unwrap_or_default(), "T"])
        }
        Some(a) if !a.is_empty() && !a.starts_with(['+', '-']) => a.to_owned(),
        _ => {
            let city = match zone.bytes().rposition(|b| b == b'/') {
                Some(i) => zone.get(i + 1..).unwrap_or(zone),
                None => zone,
            };
            city.chars()
                .map(|c| if c == '_' { ' ' } else { c })
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn pacific_abbreviations_become_pt() {
        assert_eq!(short_zone(Some("PST"), "America/Los_Angeles"), "PT");
        assert_eq!(short_zone(Some("PDT"), "America/Los_Angeles"), "PT");
        assert_eq!(short_zone(Some("CEST"), "Europe/Berlin"), "CEST");
        assert_eq!(short_zone(Some("+0545"), "Asia/Kathmandu"), "Kathmandu");
        assert_eq!(
            short_zone(None, "America/Argentina/Buenos_Aires"),
            "Buenos Aires"
        );
    }

    #[test]
    fn kathmandu_friday_instant_texts() {
        let t = Utc.with_ymd_and_hms(2026, 11, 26, 18, 0, 0).unwrap();
        assert_eq!(rfc3339_utc(t), "2026-11-26T18:00:00Z");
        let np = FixedOffset::east_opt(5 * 3600 + 45 * 60).unwrap();
        assert_eq!(
            rfc3339_local(t.with_timezone(&np)),
            "2026-11-26T23:45:00+05:45"
        );
        let la = FixedOffset::west_opt(8 * 3600).unwrap();
        assert_eq!(
            rfc3339_local(t.with_timezone(&la)),
            "2026-11-26T10:00:00-08:00"
        );
    }
}

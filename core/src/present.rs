//! How sessions and instants are presented: one home for each rule the
//! widget's list, the site's build data, the composed messages and the CLI
//! share.
//!
//! - [`is_abbreviation`] / [`abbreviation`]: whether a zone's
//!   "abbreviation" is a real one (`PDT`, `CEST`) or an offset (`+0545`,
//!   `GMT+5:45`);
//! - [`short_zone`]: the short name a session's zone is shown with;
//! - [`day_shift`]: how many days the visitor's date is after the source
//!   date;
//! - [`describe_instant`]: an instant as a wall time in a zone, as the
//!   composed messages and the validation errors write it.
//!
//! Times are written from their numeric fields (no chrono `format()`,
//! which costs kilobytes in the widget's wasm):
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use otel_feedback_core::{present::describe_instant, i18n::Lang, zone::{Bundled, ZoneSource}};
//!
//! let start = Utc.with_ymd_and_hms(2026, 11, 26, 18, 0, 0).unwrap();
//! let la = Bundled.resolve("America/Los_Angeles").unwrap();
//! let tokyo = Bundled.resolve("Asia/Tokyo").unwrap();
//! assert_eq!(describe_instant(Lang::En, &*la, start), "Thu 2026-11-26 10:00 PST (America/Los_Angeles, UTC-08:00)");
//! assert_eq!(describe_instant(Lang::En, &*tokyo, start), "Fri 2026-11-27 03:00 JST (Asia/Tokyo, UTC+09:00)");
//! assert_eq!(describe_instant(Lang::En, &Utc, start), "Thu 2026-11-26 18:00 UTC");
//! ```

use chrono::{DateTime, Datelike, Timelike, Utc, Weekday};

use crate::i18n::{self, Lang};
use crate::schedule::Occurrence;
use crate::text::{self, cat};
use crate::zone::lookup::city;
use crate::zone::{days_between, format_offset, to_local, ZoneRules};

/// Whether a zone's abbreviation is a real one: ASCII letters only (`PDT`,
/// `CEST`, `GMT`, `ChST`), not an offset (the tz database's `+0545` and
/// `-03`, `Intl`'s `GMT+5:45`) and not empty.
///
/// ```
/// use otel_feedback_core::present::is_abbreviation;
/// assert!(is_abbreviation("PDT") && is_abbreviation("GMT"));
/// assert!(!is_abbreviation("+0545") && !is_abbreviation("GMT+5:45") && !is_abbreviation(""));
/// ```
pub fn is_abbreviation(a: &str) -> bool {
    !a.is_empty() && a.bytes().all(|b| b.is_ascii_alphabetic())
}

/// The zone's abbreviation at `at` when it has a real one
/// ([`is_abbreviation`]).
pub fn abbreviation(zone: &dyn ZoneRules, at: DateTime<Utc>) -> Option<String> {
    zone.abbreviation_at(at).filter(|a| is_abbreviation(a))
}

/// `PT` from `PST`/`PDT` in North America (and `ET`, `CT`, `MT`…); other
/// abbreviations (`IST`, China's `CST`, `CEST`) as
/// they are; the zone's city when there is none, or when the
/// "abbreviation" is an offset (`+0545`, `GMT+5:45`).
///
/// ```
/// use otel_feedback_core::present::short_zone;
/// assert_eq!(short_zone(Some("PDT"), "America/Los_Angeles"), "PT");
/// assert_eq!(short_zone(Some("+0545"), "Asia/Kathmandu"), "Kathmandu");
/// ```
pub fn short_zone(abbreviation: Option<&str>, zone: &str) -> String {
    match abbreviation {
        // North America's standard/daylight pairs (PST, PDT) as the
        // generic name people say (PT); India's IST, China's CST stay.
        Some(a)
            if a.len() == 3
                && (a.ends_with("ST") || a.ends_with("DT"))
                && a.starts_with(['P', 'M', 'C', 'E', 'A', 'N'])
                && ["America/", "US/", "Canada/"]
                    .iter()
                    .any(|p| zone.starts_with(p)) =>
        {
            cat(&[a.get(..1).unwrap_or_default(), "T"])
        }
        // Intl's "GMT+5:45" and the tz database's "+0545" are offsets, not
        // names: the city says more.
        Some(a) if is_abbreviation(a) => a.to_owned(),
        _ => city(zone),
    }
}

/// How many days the visitor's date (in `visitor`) is after the session's
/// date in its source zone: 1 for Thursday 10:00 Los Angeles seen from
/// Sydney (Friday), -1 for a session at 00:30 Los Angeles seen from
/// Honolulu (the evening before), 0 on the same date.
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use otel_feedback_core::{config::Config, present::day_shift, zone::{Bundled, ZoneSource}};
///
/// let now = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap();
/// let first = &Config::default().schedule.upcoming(now, 1, &Bundled).unwrap()[0];
/// let sydney = Bundled.resolve("Australia/Sydney").unwrap();
/// let la = Bundled.resolve("America/Los_Angeles").unwrap();
/// assert_eq!(day_shift(first, &*sydney), 1);
/// assert_eq!(day_shift(first, &*la), 0);
/// ```
pub fn day_shift(occurrence: &Occurrence, visitor: &dyn ZoneRules) -> i64 {
    days_between(
        occurrence.local_in(visitor).date_naive(),
        occurrence.source_local().date_naive(),
    )
}

/// The catalog key of a weekday's short name (`wd-thu`).
pub fn weekday_key(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "wd-mon",
        Weekday::Tue => "wd-tue",
        Weekday::Wed => "wd-wed",
        Weekday::Thu => "wd-thu",
        Weekday::Fri => "wd-fri",
        Weekday::Sat => "wd-sat",
        Weekday::Sun => "wd-sun",
    }
}

/// `instant` as a wall time in `zone`: weekday (in `lang`), ISO date,
/// 24-hour time, the zone's abbreviation when it has a real one, its name
/// and UTC offset.
pub fn describe_instant(lang: Lang, zone: &dyn ZoneRules, instant: DateTime<Utc>) -> String {
    let local = to_local(zone, instant);
    let mut out = i18n::text(lang, weekday_key(local.weekday()));
    out.push(' ');
    text::push_int(&mut out, local.year().into(), 4);
    out.push('-');
    text::push_pair(&mut out, local.month(), "-", local.day());
    out.push(' ');
    text::push_pair(&mut out, local.hour(), ":", local.minute());
    let name = zone.name();
    if name == "UTC" || name == "Etc/UTC" {
        out.push_str(" UTC");
        return out;
    }
    let offset = format_offset(*local.offset());
    let abbreviation = abbreviation(zone, instant);
    let parts: [&str; 6] = match &abbreviation {
        Some(a) => [" ", a, " (", name, ", UTC", &offset],
        None => [" ", name, " (UTC", &offset, "", ""],
    };
    for p in parts {
        out.push_str(p);
    }
    out.push(')');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pacific_abbreviations_become_pt() {
        assert_eq!(short_zone(Some("PST"), "America/Los_Angeles"), "PT");
        assert_eq!(short_zone(Some("PDT"), "America/Los_Angeles"), "PT");
        assert_eq!(short_zone(Some("CEST"), "Europe/Berlin"), "CEST");
        assert_eq!(short_zone(Some("+0545"), "Asia/Kathmandu"), "Kathmandu");
        assert_eq!(short_zone(Some("GMT+5:45"), "Asia/Kathmandu"), "Kathmandu");
        assert_eq!(short_zone(Some("GMT"), "Europe/London"), "GMT");
        assert_eq!(short_zone(Some("IST"), "Asia/Kolkata"), "IST");
        assert_eq!(short_zone(Some("CST"), "Asia/Shanghai"), "CST");
        assert_eq!(short_zone(Some("CST"), "America/Chicago"), "CT");
        assert_eq!(
            short_zone(None, "America/Argentina/Buenos_Aires"),
            "Buenos Aires"
        );
    }

    #[test]
    fn offsets_are_not_abbreviations() {
        for a in ["+0545", "-03", "GMT+5:45", "UTC-3", ""] {
            assert!(!is_abbreviation(a), "{a}");
        }
        for a in ["PDT", "CEST", "GMT", "UTC", "ChST"] {
            assert!(is_abbreviation(a), "{a}");
        }
    }

    #[test]
    fn half_past_midnight_in_los_angeles_is_the_evening_before_in_honolulu() {
        use crate::config::Config;
        use crate::zone::{Bundled, ZoneSource};
        use chrono::TimeZone;

        let mut config = Config::default();
        config.schedule.series[0].time = "00:30".into();
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap();
        let first = &config.schedule.upcoming(now, 1, &Bundled).unwrap()[0];
        let honolulu = Bundled.resolve("Pacific/Honolulu").unwrap();
        let tokyo = Bundled.resolve("Asia/Tokyo").unwrap();
        let la = Bundled.resolve("America/Los_Angeles").unwrap();
        assert_eq!(day_shift(first, &*honolulu), -1);
        assert_eq!(day_shift(first, &*la), 0);
        assert_eq!(day_shift(first, &*tokyo), 0);
    }
}

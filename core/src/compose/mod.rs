//! Turning a [`ValidRequest`](crate::request::ValidRequest) into the text to
//! send: a Slack message, a `mailto:` URL, an `.ics` calendar file or a
//! Google Calendar link.
//!
//! Every fact (channel, team, contacts, recipient, page URL) comes from
//! [`Config`](crate::config::Config). Times are written from their numeric
//! fields (no chrono `format()`, which costs kilobytes in the widget's wasm):
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use otel_feedback_core::{compose::describe_instant, i18n::Lang, zone::{Tzdb, ZoneSource}};
//!
//! let start = Utc.with_ymd_and_hms(2026, 11, 26, 18, 0, 0).unwrap();
//! let la = Tzdb.resolve("America/Los_Angeles").unwrap();
//! let tokyo = Tzdb.resolve("Asia/Tokyo").unwrap();
//! assert_eq!(describe_instant(Lang::En, &*la, start), "Thu 2026-11-26 10:00 PST (America/Los_Angeles, UTC-08:00)");
//! assert_eq!(describe_instant(Lang::En, &*tokyo, start), "Fri 2026-11-27 03:00 JST (Asia/Tokyo, UTC+09:00)");
//! assert_eq!(describe_instant(Lang::En, &Utc, start), "Thu 2026-11-26 18:00 UTC");
//! ```

use std::fmt::Write as _;

use chrono::{DateTime, Datelike, Timelike, Utc, Weekday};

use crate::i18n::{self, Lang};
use crate::zone::{format_offset, to_local, ZoneRules};

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
    let mut out = String::new();
    let _ = write!(
        out,
        "{} {:04}-{:02}-{:02} {:02}:{:02}",
        i18n::text(lang, weekday_key(local.weekday())),
        local.year(),
        local.month(),
        local.day(),
        local.hour(),
        local.minute()
    );
    let name = zone.name();
    if name == "UTC" || name == "Etc/UTC" {
        out.push_str(" UTC");
        return out;
    }
    let offset = format_offset(*local.offset());
    let abbreviation = zone
        .abbreviation_at(instant)
        .filter(|a| !a.is_empty() && a.chars().all(|c| c.is_ascii_alphabetic()));
    match abbreviation {
        Some(a) => {
            let _ = write!(out, " {a} ({name}, UTC{offset})");
        }
        None => {
            let _ = write!(out, " {name} (UTC{offset})");
        }
    }
    out
}

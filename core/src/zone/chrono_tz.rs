//! `impl ZoneRules for chrono_tz::Tz` (feature `chrono-tz`), for tools that
//! already hold a `chrono_tz::Tz`.
//!
//! Core's own answers never come from here: chrono-tz compiles its tz data
//! in, and its newest release can be a year behind the tz database
//! (chrono-tz 0.10.4 carries 2025b). Use [`super::Tzdb`] for fresh rules.

use chrono::{DateTime, FixedOffset, Offset, TimeZone, Utc};

use super::ZoneRules;

impl ZoneRules for chrono_tz::Tz {
    fn name(&self) -> &str {
        chrono_tz::Tz::name(*self)
    }

    fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset {
        self.offset_from_utc_datetime(&instant.naive_utc()).fix()
    }

    fn abbreviation_at(&self, instant: DateTime<Utc>) -> Option<String> {
        use chrono_tz::OffsetName;
        let offset = self.offset_from_utc_datetime(&instant.naive_utc());
        offset.abbreviation().map(str::to_owned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kathmandu_is_five_forty_five_ahead() {
        let t = DateTime::from_timestamp(1_795_000_000, 0).unwrap();
        let tz: chrono_tz::Tz = "Asia/Kathmandu".parse().unwrap();
        assert_eq!(tz.offset_at(t).local_minus_utc(), 5 * 3600 + 45 * 60);
        assert_eq!(ZoneRules::name(&tz), "Asia/Kathmandu");
    }
}

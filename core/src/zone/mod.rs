//! Time-zone rules, abstracted over where they come from.
//!
//! Core never assumes a time-zone database. A [`ZoneRules`] answers one
//! question — "what is the UTC offset at this instant?" — and everything else
//! (local → UTC with DST gaps and overlaps, UTC → local) is derived from it.
//!
//! Where the rules come from, and why (the freshest data wins):
//! - **natively**, [`Tzdb`] (feature `tzdb`, default on): the system's tz
//!   database (`TZDIR`, else `/usr/share/zoneinfo`), which the OS updates,
//!   or jiff's bundled copy of the newest release when the machine has none
//!   or has an older one ([`Database`] says which, and which release);
//! - **in the browser**, the widget backs every zone, the schedule's source
//!   zone included, with `Intl.DateTimeFormat`: browsers ship tz updates
//!   faster than a widget release could, and the wasm carries no tz data.
//!
//! ([`Bundled`] pins the bundled release, as examples and tests do, so
//! their answers do not depend on the machine.)
//!
//! ```
//! use chrono::{NaiveDate, TimeZone, Utc};
//! use otel_feedback_core::zone::{to_local, to_utc, Bundled, ZoneSource};
//!
//! let la = Bundled.resolve("America/Los_Angeles").unwrap();
//! let berlin = Bundled.resolve("Europe/Berlin").unwrap();
//! // The March week when the US has changed clocks and Europe has not:
//! let local = NaiveDate::from_ymd_opt(2026, 3, 12).unwrap().and_hms_opt(10, 0, 0).unwrap();
//! let start = to_utc(&*la, local);
//! assert_eq!(start, Utc.with_ymd_and_hms(2026, 3, 12, 17, 0, 0).unwrap());
//! assert_eq!(to_local(&*berlin, start).format("%H:%M").to_string(), "18:00");
//! ```

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc};

#[cfg(feature = "chrono-tz")]
mod chrono_tz;
pub mod lookup;
mod names;
#[cfg(feature = "suggest")]
mod suggest;
#[cfg(feature = "tzdb")]
mod tzdb;

#[cfg(feature = "suggest")]
pub use suggest::suggest;
#[cfg(feature = "tzdb")]
pub use tzdb::{Bundled, Choice, Database, Origin, Tzdb};

/// The rules of one time zone: its UTC offset at any instant.
///
/// Implement this to bring zone rules from anywhere (the tz database
/// through jiff, the browser's `Intl`, chrono-tz). Only [`ZoneRules::offset_at`]
/// is required.
pub trait ZoneRules {
    /// The zone's name, normally its IANA identifier (`Europe/Kyiv`).
    fn name(&self) -> &str;

    /// The offset from UTC in effect at `instant`.
    fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset;

    /// A short name for the offset at `instant` (`PDT`, `CET`), when the
    /// source knows one. Callers fall back to the numeric offset.
    fn abbreviation_at(&self, _instant: DateTime<Utc>) -> Option<String> {
        None
    }
}

/// Finds the [`ZoneRules`] for an IANA name.
pub trait ZoneSource {
    /// The rules for `name`, or `None` when this source does not know it.
    fn resolve(&self, name: &str) -> Option<Box<dyn ZoneRules>>;
}

impl<T: ZoneSource + ?Sized> ZoneSource for &T {
    fn resolve(&self, name: &str) -> Option<Box<dyn ZoneRules>> {
        (**self).resolve(name)
    }
}

impl ZoneRules for Utc {
    fn name(&self) -> &str {
        "UTC"
    }

    fn offset_at(&self, _instant: DateTime<Utc>) -> FixedOffset {
        FixedOffset::east_opt(0).expect("zero is a valid offset")
    }

    fn abbreviation_at(&self, _instant: DateTime<Utc>) -> Option<String> {
        Some("UTC".to_owned())
    }
}

/// Tries each source in turn: the first that knows a name wins.
#[derive(Debug, Clone, Copy)]
pub struct Chain<A, B>(pub A, pub B);

impl<A: ZoneSource, B: ZoneSource> ZoneSource for Chain<A, B> {
    fn resolve(&self, name: &str) -> Option<Box<dyn ZoneRules>> {
        self.0.resolve(name).or_else(|| self.1.resolve(name))
    }
}

/// Seconds in a day.
pub(crate) const DAY: i64 = 86_400;

/// `t` moved by `secs` seconds, `None` outside chrono's range: what
/// `t.checked_add_signed(TimeDelta::seconds(secs))` gives, leap seconds
/// included, on whole seconds (chrono's duration arithmetic costs the wasm
/// about 2 KB; this reuses its timestamp conversions).
pub(crate) fn add_secs(t: DateTime<Utc>, secs: i64) -> Option<DateTime<Utc>> {
    let (mut at, mut nanos) = (t.timestamp(), t.timestamp_subsec_nanos());
    if nanos >= 1_000_000_000 && secs != 0 {
        // Leaving a leap second: chrono counts it as the second before
        // (moving forward) or after (moving back).
        nanos -= 1_000_000_000;
        if secs < 0 {
            at += 1;
        }
    }
    DateTime::from_timestamp(at.checked_add(secs)?, nanos)
}

/// `d` moved by `days` days, `None` outside chrono's range
/// (`d.checked_add_signed(TimeDelta::days(days))`).
pub(crate) fn add_days(d: NaiveDate, days: i64) -> Option<NaiveDate> {
    let n = i64::from(d.num_days_from_ce()).checked_add(days)?;
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(n).ok()?)
}

/// The days from `b` to `a` (`(a - b).num_days()`).
pub(crate) fn days_between(a: NaiveDate, b: NaiveDate) -> i64 {
    i64::from(a.num_days_from_ce()) - i64::from(b.num_days_from_ce())
}

fn as_utc(local: NaiveDateTime) -> DateTime<Utc> {
    Utc.from_utc_datetime(&local)
}

/// The instant at which the wall-clock time `local` happens in `zone`.
///
/// Follows RFC 5545 §3.3.5 for the two awkward cases:
/// - **a gap** (clocks jump forward, e.g. 02:30 on the US spring-forward
///   night does not exist): the time is read with the offset in effect
///   *before* the gap, so it moves forward by the gap's length (02:30 PST →
///   03:30 PDT);
/// - **an overlap** (clocks fall back, e.g. 01:30 happens twice): the first
///   occurrence, the earlier instant, is taken.
///
/// The rule looks at the offsets a day before and a day after `local`, so it
/// assumes a zone does not change its offset twice within 48 hours (true of
/// every zone in the tz database since 1970 but a handful of wartime cases).
pub fn to_utc<Z: ZoneRules + ?Sized>(zone: &Z, local: NaiveDateTime) -> DateTime<Utc> {
    let probe = as_utc(local);
    let before = zone.offset_at(add_secs(probe, -DAY).unwrap_or(probe));
    let after = zone.offset_at(add_secs(probe, DAY).unwrap_or(probe));
    let candidate = |offset: FixedOffset| {
        add_secs(probe, -i64::from(offset.local_minus_utc()))
            .expect("`DateTime - TimeDelta` overflowed")
    };
    let early = candidate(before);
    let late = candidate(after);
    let early_ok = zone.offset_at(early) == before;
    let late_ok = zone.offset_at(late) == after;
    match (early_ok, late_ok) {
        (true, true) => early.min(late),
        (true, false) => early,
        (false, true) => late,
        // In a gap: read with the offset before the transition.
        (false, false) => early,
    }
}

/// The wall-clock time of `instant` in `zone`, with the offset in effect.
pub fn to_local<Z: ZoneRules + ?Sized>(zone: &Z, instant: DateTime<Utc>) -> DateTime<FixedOffset> {
    instant.with_timezone(&zone.offset_at(instant))
}

/// The offset formatted as `+05:45`, `-08:00`, or `+00:00`.
pub fn format_offset(offset: FixedOffset) -> String {
    let secs = offset.local_minus_utc();
    let sign = if secs < 0 { '-' } else { '+' };
    let secs = secs.unsigned_abs();
    let mut out = String::from(sign);
    crate::text::push_pair(&mut out, secs / 3600, ":", secs / 60 % 60);
    out
}

#[cfg(test)]
mod arithmetic_tests {
    use super::*;
    use chrono::{NaiveTime, TimeDelta};
    use proptest::prelude::*;

    fn instant(days: i64, secs: u32, nanos: u32) -> Option<DateTime<Utc>> {
        let date = NaiveDate::from_num_days_from_ce_opt(i32::try_from(days).ok()?)?;
        // Nanoseconds from 1e9 make a leap second, valid at :59 only.
        let time = NaiveTime::from_num_seconds_from_midnight_opt(secs, nanos)?;
        Some(date.and_time(time).and_utc())
    }

    proptest! {
        #[test]
        fn add_secs_matches_checked_add_signed(
            days in prop_oneof![-96_000_000i64..96_000_000, 700_000i64..800_000],
            secs in prop_oneof![0u32..86_400, Just(86_399u32), Just(59u32)],
            nanos in prop_oneof![Just(0u32), 0u32..2_000_000_000],
            shift in prop_oneof![-200_000i64..200_000, Just(0i64), Just(DAY), Just(-DAY), any::<i64>()],
        ) {
            if let Some(t) = instant(days, secs, nanos) {
                let expected = TimeDelta::try_seconds(shift).and_then(|d| t.checked_add_signed(d));
                prop_assert_eq!(add_secs(t, shift), expected);
            }
        }

        #[test]
        fn day_arithmetic_matches_chrono(
            a in -96_000_000i64..96_000_000, b in -96_000_000i64..96_000_000, n in -200_000_000i64..200_000_000,
        ) {
            let (Some(a), Some(b)) = (instant(a, 0, 0), instant(b, 0, 0)) else { return Ok(()) };
            let (a, b) = (a.date_naive(), b.date_naive());
            prop_assert_eq!(days_between(a, b), (a - b).num_days());
            if let Some(delta) = TimeDelta::try_days(n) {
                prop_assert_eq!(add_days(a, n), a.checked_add_signed(delta));
            }
        }
    }

    #[test]
    fn the_extremes_match_chrono() {
        for t in [DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC] {
            for shift in [-DAY, -1, 0, 1, DAY, i64::MAX, i64::MIN] {
                let expected = TimeDelta::try_seconds(shift).and_then(|d| t.checked_add_signed(d));
                assert_eq!(add_secs(t, shift), expected, "{t} {shift}");
            }
        }
        for d in [NaiveDate::MIN, NaiveDate::MAX] {
            for n in [-1, 0, 1, 200_000_000, -200_000_000] {
                assert_eq!(
                    add_days(d, n),
                    d.checked_add_signed(TimeDelta::days(n)),
                    "{d} {n}"
                );
            }
        }
    }
}

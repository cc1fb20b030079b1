//! Time-zone rules, abstracted over where they come from.
//!
//! Core never assumes a time-zone database. A [`ZoneRules`] answers one
//! question — "what is the UTC offset at this instant?" — and everything else
//! (local → UTC with DST gaps and overlaps, UTC → local) is derived from it.
//! Natively the rules come from chrono-tz ([`Tzdb`]); in the browser the
//! widget backs the visitor's zone with `Intl.DateTimeFormat`, which already
//! knows every zone, so the wasm does not carry the tz database.
//!
//! ```
//! use chrono::{NaiveDate, TimeZone, Utc};
//! use otel_feedback_core::zone::{to_local, to_utc, Tzdb, ZoneSource};
//!
//! let la = Tzdb.resolve("America/Los_Angeles").unwrap();
//! let berlin = Tzdb.resolve("Europe/Berlin").unwrap();
//! // The March week when the US has changed clocks and Europe has not:
//! let local = NaiveDate::from_ymd_opt(2026, 3, 12).unwrap().and_hms_opt(10, 0, 0).unwrap();
//! let start = to_utc(&*la, local);
//! assert_eq!(start, Utc.with_ymd_and_hms(2026, 3, 12, 17, 0, 0).unwrap());
//! assert_eq!(to_local(&*berlin, start).format("%H:%M").to_string(), "18:00");
//! ```

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};

/// The rules of one time zone: its UTC offset at any instant.
///
/// Implement this to bring zone rules from anywhere (chrono-tz, the
/// browser's `Intl`, the system's zoneinfo). Only [`ZoneRules::offset_at`]
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

/// The IANA time-zone database compiled into chrono-tz.
///
/// In a wasm build chrono-tz may be filtered to a few zones
/// (`CHRONO_TZ_TIMEZONE_FILTER`); then [`Tzdb`] knows only those and a
/// second source (the browser's `Intl`) serves the rest.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tzdb;

impl ZoneSource for Tzdb {
    fn resolve(&self, name: &str) -> Option<Box<dyn ZoneRules>> {
        #[cfg(target_arch = "wasm32")]
        let found = scan(name);
        #[cfg(not(target_arch = "wasm32"))]
        let found = name.parse::<chrono_tz::Tz>().ok();
        found.map(|tz| Box::new(tz) as Box<dyn ZoneRules>)
    }
}

/// The zone named exactly `name`, by a scan of chrono-tz's zone list: the
/// same answer as `name.parse::<Tz>()`, without its perfect-hash lookup
/// (SipHash and its tables cost a wasm about 1 KB; a wasm build carries a
/// handful of zones, so the scan is short). Native builds keep the hash.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn scan(name: &str) -> Option<chrono_tz::Tz> {
    chrono_tz::TZ_VARIANTS
        .iter()
        .copied()
        .find(|tz| tz.name() == name)
}

impl Tzdb {
    /// Every IANA name chrono-tz was built with, canonical names and links.
    pub fn names() -> impl Iterator<Item = &'static str> {
        chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name())
    }

    /// The version of the IANA tz database chrono-tz was built with.
    pub fn version() -> &'static str {
        chrono_tz::IANA_TZDB_VERSION
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

/// The chrono-tz name closest to a mistyped `name` (same name in another
/// case, or within two edits), for "did you mean" hints.
///
/// Only with the `suggest` feature (default on).
#[cfg(feature = "suggest")]
pub fn suggest(name: &str) -> Option<&'static str> {
    let wanted = name.trim().to_ascii_lowercase();
    if wanted.is_empty() {
        return None;
    }
    let mut best: Option<(usize, &'static str)> = None;
    for candidate in Tzdb::names().filter(|n| !RENAMED.contains(n)) {
        let d = edit_distance(&wanted, &candidate.to_ascii_lowercase());
        if d <= 2 && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, candidate));
        }
    }
    best.map(|(_, n)| n)
}

/// Old names kept as links in the tz database; never suggested.
#[cfg(feature = "suggest")]
const RENAMED: &[&str] = &[
    "Europe/Kiev",
    "Asia/Calcutta",
    "Asia/Katmandu",
    "Asia/Saigon",
    "Asia/Rangoon",
    "America/Godthab",
    "Europe/Uzhgorod",
    "Europe/Zaporozhye",
    "Asia/Dacca",
    "Asia/Thimbu",
    "Asia/Ulan_Bator",
    "Atlantic/Faeroe",
    "Pacific/Ponape",
    "Pacific/Truk",
    "America/Buenos_Aires",
];

/// Optimal-string-alignment distance: insertions, deletions, substitutions
/// and swaps of two neighbours each cost 1 ("Kiyv" is one swap from "Kyiv").
#[cfg(feature = "suggest")]
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[i - 1][j - 1] + cost)
                .min(rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = d;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod scan_tests {
    use super::*;

    #[test]
    fn the_scan_finds_what_parsing_finds() {
        for tz in chrono_tz::TZ_VARIANTS {
            assert_eq!(scan(tz.name()), Some(tz));
        }
        for name in [
            "",
            "utc",
            "america/los_angeles",
            "Europe/Kyiv ",
            "Nowhere/Zone",
            "UTC",
        ] {
            assert_eq!(scan(name), name.parse::<chrono_tz::Tz>().ok(), "{name:?}");
        }
    }
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

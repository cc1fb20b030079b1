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

use chrono::{DateTime, Duration, FixedOffset, NaiveDateTime, Offset, TimeZone, Utc};

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
    let day = Duration::days(1);
    let before = zone.offset_at(probe.checked_sub_signed(day).unwrap_or(probe));
    let after = zone.offset_at(probe.checked_add_signed(day).unwrap_or(probe));
    let candidate =
        |offset: FixedOffset| probe - Duration::seconds(offset.local_minus_utc().into());
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

//! The browser's `Intl`: zone rules for every zone the browser knows (the
//! view formats dates and times with `Intl` itself).
//!
//! The wasm carries no tz data: every zone, the schedule's source zone and
//! the visitor's, is an [`IntlZone`], whose offsets come from an
//! `Intl.DateTimeFormat` in that zone (`js/intl.js`: the zone's wall time
//! read back as UTC, minus the instant). Each formatter is constructed once
//! per zone and cached: construction costs ~35 µs, a call ~2 µs.
//!
//! Chromium reports old canonical names (`Europe/Kiev`, `Asia/Calcutta`):
//! nothing here compares zone names coming back from the browser, only
//! offsets and instants.

use chrono::{DateTime, FixedOffset, Utc};
use otel_feedback_core::zone::lookup::current_name as current;
use otel_feedback_core::zone::{ZoneRules, ZoneSource};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/intl.js")]
extern "C" {
    /// The offset of `zone` at `ms`, in seconds; NaN for a zone `Intl`
    /// does not know.
    #[wasm_bindgen(js_name = zoneOffset)]
    fn zone_offset(zone: &str, ms: f64) -> f64;

    /// The short name of `zone`'s offset at `ms` in US English (`PDT`),
    /// empty when `Intl` does not know the zone.
    #[wasm_bindgen(js_name = zoneAbbr)]
    fn zone_abbr(zone: &str, ms: f64) -> String;

}

/// The name to use for `zone` as the browser reported it: core's one rule
/// for renames (`lookup::current_name`: `Europe/Kiev` → `Europe/Kyiv` when
/// the browser gives the new name the same offsets, checked at `at` and
/// half a year later; names are never trusted, offsets are). The zone
/// picker (widget-zones) follows the same rule.
pub fn current_name(zone: &str, at: DateTime<Utc>) -> String {
    current(zone, ms(at), zone_offset).to_owned()
}

/// Milliseconds since the epoch, as JS `Date` takes them.
pub fn ms(instant: DateTime<Utc>) -> f64 {
    instant.timestamp_millis() as f64
}

/// One zone's rules, read from the browser's `Intl`.
#[derive(Debug, Clone)]
pub struct IntlZone {
    name: String,
}

impl IntlZone {
    /// The zone `name`, if the browser knows it.
    pub fn new(name: &str) -> Option<IntlZone> {
        let name = crate::text::trim(name);
        if name.is_empty() {
            return None;
        }
        // Intl knows the zone when it gives an offset for the epoch.
        (!zone_offset(name, 0.0).is_nan()).then(|| IntlZone {
            name: name.to_owned(),
        })
    }
}

impl ZoneRules for IntlZone {
    fn name(&self) -> &str {
        &self.name
    }

    fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset {
        let secs = zone_offset(&self.name, ms(instant));
        // An offset Intl cannot give (an instant outside its range) is 0.
        FixedOffset::east_opt(if secs.is_finite() { secs as i32 } else { 0 })
            .unwrap_or(FixedOffset::east_opt(0).expect("zero offset"))
    }

    fn abbreviation_at(&self, instant: DateTime<Utc>) -> Option<String> {
        Some(zone_abbr(&self.name, ms(instant))).filter(|a| !a.is_empty())
    }
}

/// Resolves any zone the browser's `Intl` knows.
#[derive(Debug, Clone, Copy, Default)]
pub struct IntlZones;

impl ZoneSource for IntlZones {
    fn resolve(&self, name: &str) -> Option<Box<dyn ZoneRules>> {
        IntlZone::new(name).map(|z| Box::new(z) as Box<dyn ZoneRules>)
    }
}

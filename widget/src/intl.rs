//! The browser's `Intl`: zone rules for every zone the browser knows, and
//! every date and time text the widget shows.
//!
//! The wasm carries chrono-tz only for the schedule's source zone(s); the
//! visitor's zone is an [`IntlZone`], whose offsets come from
//! `Intl.DateTimeFormat(…, {timeZone, timeZoneName: 'longOffset'})`. Each
//! formatter is constructed once per zone and cached: construction costs
//! ~35 µs, a `format` call ~1 µs.
//!
//! Chromium reports old canonical names (`Europe/Kiev`, `Asia/Calcutta`):
//! nothing here compares zone names coming back from the browser, only
//! offsets and instants.

use std::cell::RefCell;

use chrono::{DateTime, FixedOffset, Utc};
use js_sys::{Array, Object, Reflect};
use otel_feedback_core::zone::{ZoneRules, ZoneSource};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `Intl.DateTimeFormat`.
    #[wasm_bindgen(js_namespace = Intl)]
    #[derive(Clone, Debug)]
    pub type DateTimeFormat;

    #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = DateTimeFormat)]
    fn new(locale: &JsValue, options: &Object) -> Result<DateTimeFormat, JsValue>;

    /// Formats an instant given in milliseconds since the epoch.
    #[wasm_bindgen(method, js_class = "Intl.DateTimeFormat")]
    pub fn format(this: &DateTimeFormat, ms: f64) -> String;

    #[wasm_bindgen(method, js_class = "Intl.DateTimeFormat", js_name = resolvedOptions)]
    fn resolved_options(this: &DateTimeFormat) -> Object;

    #[wasm_bindgen(catch, js_namespace = Intl, js_name = supportedValuesOf)]
    fn supported_values_of(key: &str) -> Result<Array, JsValue>;
}

/// A plain JS object from string pairs.
pub fn options(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    o
}

/// A formatter for `locale`, falling back to `en` when the browser refuses
/// the tag; `None` only when the options themselves are refused (an unknown
/// `timeZone`).
pub fn formatter(locale: &str, opts: &Object) -> Option<DateTimeFormat> {
    DateTimeFormat::new(&JsValue::from_str(locale), opts)
        .or_else(|_| DateTimeFormat::new(&JsValue::from_str("en"), opts))
        .ok()
}

fn resolved(dtf: &DateTimeFormat, key: &str) -> Option<String> {
    Reflect::get(&dtf.resolved_options(), &JsValue::from_str(key))
        .ok()
        .and_then(|v| v.as_string())
}

/// The visitor's zone as the browser reports it (`Europe/Kiev` for Kyiv in
/// Chromium), or `UTC` when it reports none.
pub fn detected_zone() -> String {
    formatter("en", &Object::new())
        .and_then(|f| resolved(&f, "timeZone"))
        .unwrap_or_else(|| "UTC".to_owned())
}

/// Whether `locale` writes times on a 12-hour clock by default.
pub fn locale_uses_12h(locale: &str) -> bool {
    formatter(locale, &options(&[("hour", "numeric")]))
        .and_then(|f| resolved(&f, "hourCycle"))
        .is_some_and(|c| c == "h12" || c == "h11")
}

/// Every zone `Intl.supportedValuesOf('timeZone')` lists (empty in a
/// browser without it), old names replaced by current ones the browser
/// also accepts (`Europe/Kiev` → `Europe/Kyiv`), each once.
pub fn supported_zones() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let listed = supported_values_of("timeZone")
        .map(|a| a.iter().filter_map(|v| v.as_string()).collect::<Vec<_>>())
        .unwrap_or_default();
    for z in listed {
        let z = match RENAMED.iter().find(|(old, _)| *old == z) {
            Some((_, new)) if IntlZone::new(new).is_some() => (*new).to_owned(),
            _ => z,
        };
        if !out.contains(&z) {
            out.push(z);
        }
    }
    out
}

/// Names the browser's `Intl` may report (Chromium reports its ICU's
/// canonical names) with the tz database's current name.
const RENAMED: &[(&str, &str)] = &[
    ("Europe/Kiev", "Europe/Kyiv"),
    ("Asia/Calcutta", "Asia/Kolkata"),
    ("Asia/Katmandu", "Asia/Kathmandu"),
    ("Asia/Saigon", "Asia/Ho_Chi_Minh"),
    ("Asia/Rangoon", "Asia/Yangon"),
    ("America/Godthab", "America/Nuuk"),
    ("Asia/Dacca", "Asia/Dhaka"),
    ("Asia/Thimbu", "Asia/Thimphu"),
    ("Asia/Ulan_Bator", "Asia/Ulaanbaatar"),
    ("Atlantic/Faeroe", "Atlantic/Faroe"),
    ("Pacific/Ponape", "Pacific/Pohnpei"),
    ("Pacific/Truk", "Pacific/Chuuk"),
    ("Pacific/Enderbury", "Pacific/Kanton"),
    ("America/Buenos_Aires", "America/Argentina/Buenos_Aires"),
];

/// The current name of `zone` when the browser reported an old one
/// (`Europe/Kiev` → `Europe/Kyiv`), provided the browser accepts the new
/// name and gives it the same offsets (checked at `at` and half a year
/// later: names are never trusted, offsets are); `zone` otherwise.
pub fn current_name(zone: &str, at: DateTime<Utc>) -> String {
    let Some((_, new)) = RENAMED.iter().find(|(old, _)| *old == zone) else {
        return zone.to_owned();
    };
    let same = match (IntlZone::new(zone), IntlZone::new(new)) {
        (Some(a), Some(b)) => [at, at + chrono::Duration::days(182)]
            .iter()
            .all(|t| a.offset_at(*t) == b.offset_at(*t)),
        _ => false,
    };
    if same {
        (*new).to_owned()
    } else {
        zone.to_owned()
    }
}

/// Milliseconds since the epoch, as JS `Date` takes them.
pub fn ms(instant: DateTime<Utc>) -> f64 {
    instant.timestamp_millis() as f64
}

/// Parses the `GMT+05:30` that `timeZoneName: 'longOffset'` gives (`GMT`
/// alone is UTC; a historical offset may carry seconds, `GMT-00:25:21`).
pub fn parse_gmt_offset(text: &str) -> Option<FixedOffset> {
    // By bytes: a `&str` pattern would link the standard library's substring
    // search into the wasm.
    let at = text.as_bytes().windows(3).rposition(|w| w == b"GMT")?;
    let rest = crate::dom::trim(text.get(at + 3..)?);
    if rest.is_empty() {
        return FixedOffset::east_opt(0);
    }
    let (sign, digits) = match rest.chars().next()? {
        '+' => (1, &rest[1..]),
        '-' => (-1, &rest[1..]),
        '\u{2212}' => (-1, &rest['\u{2212}'.len_utf8()..]),
        _ => return None,
    };
    let mut secs = 0i32;
    let mut parts = 0;
    for (i, part) in digits.split(':').enumerate() {
        if i > 2 || part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if part.len() > 2 {
            return None;
        }
        let n = part.bytes().fold(0, |n, b| n * 10 + i32::from(b - b'0'));
        secs += n * [3600, 60, 1][i];
        parts += 1;
    }
    if parts == 0 {
        return None;
    }
    FixedOffset::east_opt(sign * secs)
}

thread_local! {
    static OFFSET_FORMATTERS: RefCell<Vec<(String, Option<DateTimeFormat>)>> = const { RefCell::new(Vec::new()) };
}

fn offset_formatter(zone: &str) -> Option<DateTimeFormat> {
    OFFSET_FORMATTERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, f)) = cache.iter().find(|(z, _)| z == zone) {
            return f.clone();
        }
        let f = DateTimeFormat::new(
            &JsValue::from_str("en-US"),
            &options(&[("timeZone", zone), ("timeZoneName", "longOffset")]),
        )
        .ok();
        cache.push((zone.to_owned(), f.clone()));
        f
    })
}

/// One zone's rules, read from the browser's `Intl`.
#[derive(Debug, Clone)]
pub struct IntlZone {
    name: String,
    dtf: DateTimeFormat,
}

impl IntlZone {
    /// The zone `name`, if the browser knows it.
    pub fn new(name: &str) -> Option<IntlZone> {
        let name = crate::dom::trim(name);
        if name.is_empty() {
            return None;
        }
        offset_formatter(name).map(|dtf| IntlZone {
            name: name.to_owned(),
            dtf,
        })
    }
}

impl ZoneRules for IntlZone {
    fn name(&self) -> &str {
        &self.name
    }

    fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset {
        parse_gmt_offset(&self.dtf.format(ms(instant)))
            .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset"))
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

#[cfg(test)]
mod tests {
    use super::parse_gmt_offset;

    fn secs(s: &str) -> Option<i32> {
        parse_gmt_offset(s).map(|o| o.local_minus_utc())
    }

    #[test]
    fn longoffset_texts_of_real_zones() {
        assert_eq!(secs("11/27/2026, GMT+05:45"), Some(5 * 3600 + 45 * 60)); // Kathmandu
        assert_eq!(secs("11/27/2026, GMT-08:00"), Some(-8 * 3600)); // Los Angeles
        assert_eq!(secs("11/27/2026, GMT"), Some(0)); // London in winter
        assert_eq!(secs("1/1/1900, GMT-00:25:21"), Some(-(25 * 60 + 21))); // Dublin LMT
        assert_eq!(secs("GMT\u{2212}03:00"), Some(-3 * 3600));
        assert_eq!(secs("11/27/2026, UTC"), None);
        assert_eq!(secs("GMT+"), None);
    }
}

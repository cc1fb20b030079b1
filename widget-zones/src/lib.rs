//! The zone picker's matching (widget/js/view/picker.js), a wasm module of
//! its own that the page loads only when the visitor first reaches for the
//! zone box: which zones a text may be the beginning of, and which zone it
//! means. The rules are core's (`zone::lookup`: ids in any case, old and
//! local names, cities, generic names, UTC); this crate only holds the
//! candidates the picker hands it once (every zone the browser's `Intl`
//! lists, with their generic names in the page language) and answers in
//! lines, so no JSON is written here.

use std::cell::RefCell;

use otel_feedback_core::zone::lookup::{self, Found, Zone};
use wasm_bindgen::prelude::*;

thread_local! {
    /// The candidates and the visitor's own zone.
    static ZONES: RefCell<(Vec<Zone>, String)> = RefCell::default();
}

/// The lines of `text` (core's byte split: `str::split` would link the
/// standard library's pattern searchers into the wasm).
fn lines(text: &str) -> otel_feedback_core::text::Split<'_> {
    otel_feedback_core::text::split(text, b'\n')
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(module = "/js/intl.js")]
extern "C" {
    /// The offset of `zone` at `ms`, in seconds, from the browser's `Intl`
    /// (the widget's own `js/intl.js`); NaN for a zone it does not know.
    #[wasm_bindgen(js_name = zoneOffset)]
    fn zone_offset(zone: &str, ms: f64) -> f64;
}

/// Natively (the tests): every zone but those in `UNKNOWN` at UTC+02:00.
#[cfg(not(target_arch = "wasm32"))]
fn zone_offset(zone: &str, _ms: f64) -> f64 {
    if UNKNOWN.with(|u| u.borrow().iter().any(|z| z == zone)) {
        f64::NAN
    } else {
        7200.0
    }
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// The zones the tests' browser does not know.
    static UNKNOWN: RefCell<Vec<String>> = RefCell::default();
}

/// The name to use for a zone the browser lists: core's one rule for
/// renames (`lookup::current_name`, as the page's wasm applies it): the
/// current name when the browser knows it with the same offsets at `now`.
fn current(id: &str, now: f64) -> &str {
    lookup::current_name(id, now, zone_offset)
}

/// Takes the candidates: `ids`, one per line (every zone the browser lists,
/// then `UTC` and the visitor's zone), `own` (the visitor's zone, maybe
/// empty) and `now` (milliseconds since the epoch). Answers them as they
/// will be matched, one per line: current names where the browser knows
/// them (`Europe/Kyiv` for `Europe/Kiev`; a browser without `Europe/Kyiv`
/// keeps `Europe/Kiev`), each once, no empty line; the picker gives their
/// labels in that order ([`labels`]).
#[wasm_bindgen]
pub fn zones(ids: &str, own: &str, now: f64) -> String {
    let mut list: Vec<Zone> = Vec::new();
    for id in lines(ids).map(|id| current(id, now)) {
        if !id.is_empty() && !list.iter().any(|z| z.id == id) {
            list.push(Zone::new(id, ""));
        }
    }
    let out: Vec<&str> = list.iter().map(|z| z.id.as_str()).collect();
    let out = out.join("\n");
    ZONES.with(|z| *z.borrow_mut() = (list, current(own, now).to_owned()));
    out
}

/// Gives the candidates their labels (each zone's generic name in the page
/// language, "Pacific Time"; empty for none), one per line in [`zones`]'
/// order.
#[wasm_bindgen]
pub fn labels(labels: &str) {
    ZONES.with(|z| {
        for (zone, l) in z.borrow_mut().0.iter_mut().zip(lines(labels)) {
            zone.label = l.to_owned();
        }
    });
}

/// The zones `text` may be the beginning of, best first, at most six, one
/// per line (core's `zone::lookup::matches` over the candidates).
#[wasm_bindgen]
pub fn matches(text: &str) -> String {
    ZONES.with(|z| lookup::matches(text, &z.borrow().0, 6).join("\n"))
}

/// The zone `text` means (core's `zone::lookup::find`), as lines: the kind
/// first, then zone ids: `zone` and the zone; `several` and the zones it
/// fits (a generic name: "Pacific Time"); `near` and the nearest names
/// (maybe none) when nothing matched; an empty text answers nothing.
#[wasm_bindgen]
pub fn find(text: &str) -> String {
    ZONES.with(|z| {
        let z = z.borrow();
        let own = Some(z.1.as_str()).filter(|o| !o.is_empty());
        let (kind, ids) = match lookup::find(text, &z.0, own) {
            Found::Zone(id) => ("zone", vec![id]),
            Found::Several(ids) => ("several", ids),
            Found::None(ids) => ("near", ids),
            Found::Empty => return String::new(),
        };
        let mut out = kind.to_owned();
        for id in ids {
            out.push('\n');
            out.push_str(&id);
        }
        out
    })
}

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without the atomics feature runs the
    // module on one thread.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() {
        let ids = zones(
            "Europe/Kiev\nAmerica/Los_Angeles\nAmerica/Tijuana\nAsia/Tokyo\nUTC\nEurope/Kiev",
            "Europe/Kiev",
            0.0,
        );
        assert_eq!(
            ids,
            "Europe/Kyiv\nAmerica/Los_Angeles\nAmerica/Tijuana\nAsia/Tokyo\nUTC"
        );
        labels("Eastern European Time\nPacific Time\nPacific Time\nJapan Time\n");
    }

    #[test]
    fn answers_core_lookup_in_lines() {
        setup();
        assert_eq!(matches("tok"), "Asia/Tokyo");
        assert_eq!(matches("kyi"), "Europe/Kyiv");
        assert_eq!(find("Kiev"), "zone\nEurope/Kyiv");
        assert_eq!(find("Tokyo"), "zone\nAsia/Tokyo");
        assert_eq!(find("東京"), "zone\nAsia/Tokyo");
        assert_eq!(
            find("Pacific Time"),
            "several\nAmerica/Los_Angeles\nAmerica/Tijuana"
        );
        assert!(find("Tokyp").starts_with("near\nAsia/Tokyo"));
        assert_eq!(find("  "), "");
        // CLDR's names and the tz database's abbreviations, from core's table.
        assert_eq!(find("Київ"), "zone\nEurope/Kyiv");
        assert_eq!(find("Токіо"), "zone\nAsia/Tokyo");
        assert_eq!(find("JST"), "zone\nAsia/Tokyo");
    }

    #[test]
    fn a_browser_without_the_new_name_keeps_the_old_one() {
        UNKNOWN.with(|u| *u.borrow_mut() = vec!["Europe/Kyiv".into()]);
        let ids = zones("Europe/Kiev\nAsia/Tokyo", "", 0.0);
        UNKNOWN.with(|u| u.borrow_mut().clear());
        assert_eq!(ids, "Europe/Kiev\nAsia/Tokyo");
        // Kyiv, Kiev and Київ mean the zone under the name the browser knows.
        assert_eq!(find("Kyiv"), "zone\nEurope/Kiev");
        assert_eq!(find("Київ"), "zone\nEurope/Kiev");
        assert_eq!(matches("Kyi"), "Europe/Kiev");
    }
}

//! The sessions a site's build lists for its pages: the next
//! [`HORIZON_DAYS`] of the schedule, computed once per build with the
//! build's tz database, which the browser only formats (the widget's
//! `js/list-data.js`). Beside each instant: what the list says of its
//! source zone, and for the zones whose rules changed in recent tz
//! database releases ([`WATCH`]) their offset at that instant, so that a
//! browser whose `Intl` predates the change shows the build's (newer)
//! answer. See docs/zones.md, "Two paths".

use chrono::{DateTime, Duration, Utc};
use serde_json::{json, Map, Value};

use crate::error::Error;
use crate::present::short_zone;
use crate::schedule::Schedule;
use crate::zone::lookup::city;
use crate::zone::{to_local, ZoneSource};

/// How far ahead the build lists sessions: a page stays complete for a
/// year without a rebuild (the site builds on every merge).
pub const HORIZON_DAYS: i64 = 366;

/// At most this many sessions are listed, whatever the horizon holds.
pub const MAX_SESSIONS: usize = 400;

/// The zones whose rules changed in the tz database's 2026 releases
/// (British Columbia, Alberta, Manitoba, Cuba, Morocco): browsers' `Intl`
/// lags behind (Chromium 156 still has Cuba's old rules). The default of
/// the node command's `--watch-zones`.
pub const WATCH: &[&str] = &[
    "America/Vancouver",
    "America/Edmonton",
    "America/Winnipeg",
    "America/Havana",
    "Africa/Casablanca",
    "Africa/El_Aaiun",
];

/// The `sessions` object of the build data:
///
/// ```json
/// { "until": "2027-12-08T22:00:00Z", "more": true, "label": false,
///   "list": [{ "utc": "2026-12-10T18:00:00Z", "ms": 1797012000000,
///              "wall": 1796983200000, "minutes": 60, "zone": "America/Los_Angeles",
///              "abbr": "PT", "city": "Los Angeles", "label": null }],
///   "own": { "America/Los_Angeles": { "America/Tijuana": "Tijuana" } },
///   "offsets": { "America/Havana": [-14400] } }
/// ```
///
/// - `until`: the list holds every session before it; `more`: whether
///   the schedule has sessions after the list;
/// - `label`: whether series labels are worth showing (more than one
///   series or extra session), as the wasm's list says;
/// - per session: the instant (`utc`, `ms`), its source zone's wall time
///   as milliseconds read as UTC (`wall`), the source zone's short name
///   and city, the series label;
/// - `own`: per source zone, the zones whose short name at its first
///   session reads like the source zone's (Tijuana's PST beside Los
///   Angeles' PT), by city: the list names such a visitor's zone by its
///   city when the first session shown comes from that source zone;
/// - `offsets`: each watched zone's UTC offset (seconds) at each session.
pub fn sessions(
    schedule: &Schedule,
    zones: &dyn ZoneSource,
    names: &[String],
    now: DateTime<Utc>,
    watch: &[&str],
) -> Result<Value, Error> {
    let until = now + Duration::days(HORIZON_DAYS);
    let all = schedule.upcoming(now, MAX_SESSIONS, zones)?;
    let list: Vec<_> = all.iter().filter(|o| o.start < until).cloned().collect();
    // Whether the schedule has sessions after the list: a browser whose
    // list has run short then asks core (the wasm) for them.
    let more = list.len() < all.len()
        || all.len() == MAX_SESSIONS
        || !schedule.upcoming(until, 1, zones)?.is_empty();
    let abbr = |zone: &str, at: DateTime<Utc>| {
        zones
            .resolve(zone)
            .map(|r| short_zone(r.abbreviation_at(at).as_deref(), zone))
    };
    // Per source zone, at its first listed session: whichever session
    // is first when the page is read, its source zone has an entry.
    let mut own = Map::new();
    for first in &list {
        if own.contains_key(&first.source_zone) {
            continue;
        }
        let source = abbr(&first.source_zone, first.start);
        let mut same = Map::new();
        for name in names.iter().filter(|n| **n != first.source_zone) {
            if source.is_some() && abbr(name, first.start) == source {
                same.insert(name.clone(), city(name).into());
            }
        }
        own.insert(first.source_zone.clone(), same.into());
    }
    let mut offsets = Map::new();
    for zone in watch {
        if let Some(rules) = zones.resolve(zone) {
            let each: Vec<i32> = list
                .iter()
                .map(|o| to_local(&*rules, o.start).offset().local_minus_utc())
                .collect();
            offsets.insert((*zone).to_owned(), each.into());
        }
    }
    let items: Vec<Value> = list
        .iter()
        .map(|o| {
            json!({
                "utc": crate::rfc3339::utc(o.start),
                "ms": o.start.timestamp_millis(),
                "wall": o.source_local().naive_local().and_utc().timestamp_millis(),
                "minutes": (o.end - o.start).num_minutes(),
                "zone": o.source_zone,
                "abbr": abbr(&o.source_zone, o.start).unwrap_or_else(|| city(&o.source_zone)),
                "city": city(&o.source_zone),
                "label": o.label,
            })
        })
        .collect();
    Ok(json!({
        "until": crate::rfc3339::utc(until),
        "more": more,
        "label": schedule.series.len() + schedule.extra.len() > 1,
        "list": items,
        "own": own,
        "offsets": offsets,
    }))
}

#[cfg(all(test, feature = "tzdb"))]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::zone::Bundled;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn default_sessions(now: &str) -> Value {
        let names = crate::zone::Tzdb::names();
        sessions(
            &Config::default().schedule,
            &Bundled,
            &names,
            at(now),
            WATCH,
        )
        .unwrap()
    }

    #[test]
    fn a_year_of_sessions_with_their_source_zone() {
        let s = default_sessions("2026-11-20T12:00:00Z");
        let list = s["list"].as_array().unwrap();
        // Every other Thursday for a year: 26 or 27 sessions.
        assert!((26..=27).contains(&list.len()), "{}", list.len());
        assert_eq!(list[0]["utc"], "2026-11-26T18:00:00Z");
        assert_eq!(s["more"], true);
        assert_eq!(list[0]["abbr"], "PT");
        assert_eq!(list[0]["city"], "Los Angeles");
        assert_eq!(list[0]["minutes"], 60);
        // 10:00 on the source zone's wall clock, as milliseconds read as UTC.
        assert_eq!(
            list[0]["wall"],
            at("2026-11-26T10:00:00Z").timestamp_millis()
        );
        let last = list.last().unwrap()["utc"].as_str().unwrap();
        assert!(last < s["until"].as_str().unwrap(), "{last}");
    }

    #[test]
    fn watched_zones_carry_the_builds_offsets() {
        let s = default_sessions("2026-11-20T12:00:00Z");
        // tzdata 2026f: Cuba keeps −04:00 in December 2026 (the old rules
        // said −05:00), British Columbia −07:00.
        assert_eq!(s["offsets"]["America/Havana"][1], -4 * 3600);
        assert_eq!(s["offsets"]["America/Vancouver"][0], -7 * 3600);
        assert_eq!(
            s["offsets"]["America/Havana"].as_array().unwrap().len(),
            s["list"].as_array().unwrap().len()
        );
    }

    #[test]
    fn zones_named_like_the_source_zone_are_named_by_city() {
        let s = default_sessions("2026-11-20T12:00:00Z");
        let la = &s["own"]["America/Los_Angeles"];
        assert_eq!(la["America/Tijuana"], "Tijuana");
        assert!(la.get("America/Los_Angeles").is_none());
        assert!(la.get("Europe/Kyiv").is_none());
    }
}

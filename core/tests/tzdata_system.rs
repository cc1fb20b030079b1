//! Keeps the compiled-in tz data honest: chrono-tz's offsets for the
//! schedule's source zones must match the system's zoneinfo (Debian's
//! `tzdata`, updated with the OS) over the next five years. A failure names
//! the zone and the first date that differs: time to update chrono-tz.

use chrono::{DateTime, Duration, Utc};
use otel_feedback_core::config::Config;
use otel_feedback_core::zone::{Tzdb, ZoneSource};

const ZONEINFO: &str = "/usr/share/zoneinfo";

fn source_zones() -> Vec<String> {
    let config = Config::default();
    let mut zones: Vec<String> = config
        .schedule
        .series
        .iter()
        .map(|s| s.zone.clone())
        .collect();
    zones.extend(config.schedule.extra.iter().map(|e| e.zone.clone()));
    // Zones the SIG has met in or could move to; cheap to keep honest too.
    zones.extend(["America/New_York", "Europe/Berlin", "UTC"].map(String::from));
    zones.sort();
    zones.dedup();
    zones
}

#[test]
fn chrono_tz_matches_system_zoneinfo_for_source_zones_over_five_years() {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("the clock is after 1970");
    let start: DateTime<Utc> =
        DateTime::from_timestamp(now.as_secs() as i64, 0).expect("a valid instant");
    let end = start + Duration::days(5 * 366);
    let mut checked = 0;
    for name in source_zones() {
        let path = format!("{ZONEINFO}/{name}");
        let bytes = std::fs::read(&path).unwrap_or_else(|e| {
            panic!("cannot read {path} ({e}): install Debian's tzdata package (scripts/setup does)")
        });
        let system = jiff::tz::TimeZone::tzif(&name, &bytes).expect("system TZif parses");
        let ours = Tzdb
            .resolve(&name)
            .expect("chrono-tz knows the source zone");
        let mut t = start;
        while t < end {
            let mine = ours.offset_at(t).local_minus_utc();
            let theirs = system
                .to_offset(jiff::Timestamp::from_second(t.timestamp()).unwrap())
                .seconds();
            assert_eq!(
                mine, theirs,
                "{name} on {}: chrono-tz (tzdata {}) says {mine}s, the system's zoneinfo says {theirs}s",
                t.date_naive(),
                Tzdb::version()
            );
            checked += 1;
            t += Duration::hours(3);
        }
    }
    assert!(checked > 50_000, "only {checked} instants compared");
}

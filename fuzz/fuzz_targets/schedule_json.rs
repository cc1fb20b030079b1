//! Schedule JSON: parse, validate, list the next 20 sessions after an
//! instant taken from the first 8 bytes, and compose the series `.ics`.
#![no_main]

use chrono::{DateTime, Utc};
use libfuzzer_sys::fuzz_target;
use otel_feedback_core::compose::ics;
use otel_feedback_core::config::Config;
use otel_feedback_core::i18n::Lang;
use otel_feedback_core::schedule::Schedule;
use otel_feedback_core::zone::Bundled;
use otel_feedback_fuzz::{check_ics_series, now};

fuzz_target!(|data: &[u8]| {
    if data.len() < 8 {
        return;
    }
    let (head, rest) = data.split_at(8);
    let secs = i64::from_le_bytes(head.try_into().unwrap());
    let Ok(json) = std::str::from_utf8(rest) else {
        return;
    };
    let Ok(schedule) = Schedule::from_json(json) else {
        return;
    };
    // The JSON form round-trips.
    assert_eq!(Schedule::from_json(&schedule.to_json()).unwrap(), schedule);

    // Any instant chrono can represent (its ends once made `upcoming`
    // panic: core/tests/fuzz_regressions.rs, upcoming_after_the_*).
    let Some(after) = DateTime::<Utc>::from_timestamp(secs, 0) else {
        return;
    };
    let valid = schedule.validate(&Bundled);
    let upcoming = schedule.upcoming(after, 20, &Bundled);
    assert_eq!(valid.is_ok(), upcoming.is_ok());
    let Ok(sessions) = upcoming else {
        return;
    };
    assert!(sessions.len() <= 20);
    for (i, o) in sessions.iter().enumerate() {
        assert!(o.start >= after, "{o:?} before {after}");
        assert!(o.end > o.start, "{o:?}");
        assert!(o.end - o.start <= chrono::Duration::minutes(1440), "{o:?}");
        if i > 0 {
            assert!(sessions[i - 1].start < o.start, "{sessions:?}");
        }
    }
    // Each listed session is found again by `occurrence_at` (the check a
    // requested slot goes through).
    for o in sessions.iter().take(3) {
        let again = schedule.occurrence_at(o.start, &Bundled).unwrap();
        assert_eq!(again.as_ref(), Some(o));
    }

    let config = Config {
        schedule: schedule.clone(),
        ..Config::default()
    };
    let text = ics::series(&config, &Bundled, now(), Lang::En).expect("valid schedule");
    check_ics_series(&text, schedule.series.len() + schedule.extra.len());
});

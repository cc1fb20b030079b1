//! `otel-feedback-schedule`, the npm package's node command, is this crate
//! compiled to wasm (`wasm-bindgen --target nodejs`) plus a small JS file
//! that reads and writes files (`widget/npm/bin/otel-feedback-schedule.mjs`).
//! Every rule and every message is core's: the calendar import
//! (`ics_import`, what `otel-feedback schedule` runs) and the configuration
//! check (`check`). The page's wasm is another module; only the command
//! loads this one.
//!
//! Zones come from core's [`Bundled`] database: jiff's bundled copy of the
//! tz database (a wasm has no /usr/share/zoneinfo), not node's `Intl`, whose
//! ICU data is older on node 20 (2025c) and differs between node builds. The
//! command's answers are then the same on every machine, and the same bytes
//! as `otel-feedback --tzdata bundled schedule` (the CLI's default reads the
//! system's zoneinfo when it is as fresh). The import itself is generic over
//! `ZoneSource`.
#![deny(missing_docs)]

use otel_feedback_core::config::Config;
use otel_feedback_core::zone::{Bundled, ZoneSource};
use otel_feedback_core::{check, ics_import, site};
use wasm_bindgen::prelude::*;

/// Checks the required arguments; throws the message when one is missing.
/// Returns `[path, summary]`.
#[wasm_bindgen(js_name = checkArgs)]
pub fn check_args(
    from_ics: Option<String>,
    summary: Option<String>,
) -> Result<Vec<String>, JsError> {
    let (path, summary) = ics_import::check_args(from_ics.as_deref(), summary.as_deref())
        .map_err(|e| JsError::new(&e))?;
    Ok(vec![path.to_owned(), summary.to_owned()])
}

/// The message for an argument's file that cannot be read.
#[wasm_bindgen(js_name = readError)]
pub fn read_error(arg: &str, path: &str, reason: &str) -> String {
    ics_import::read_error(arg, path, reason)
}

/// The message for `--out` that cannot be written.
#[wasm_bindgen(js_name = writeError)]
pub fn write_error(path: &str, reason: &str) -> String {
    ics_import::write_error(path, reason)
}

/// `--now` (RFC 3339), or core's message naming the fix.
fn now_arg(now: &str) -> Result<chrono::DateTime<chrono::Utc>, JsError> {
    otel_feedback_core::rfc3339::parse_arg("--now", now).map_err(|e| JsError::new(&e))
}

/// Imports a calendar: `{"json": text, "warnings": [line, …]}` as JSON
/// text; throws the one-line message on failure. Cancellations and extra
/// sessions over by `now` (RFC 3339) are left out.
#[wasm_bindgen(js_name = importIcs)]
pub fn import_ics(
    from_ics: &str,
    calendar: &str,
    summary: &str,
    config_name: Option<String>,
    config_text: Option<String>,
    now: &str,
) -> Result<String, JsError> {
    let config = match (&config_name, &config_text) {
        (Some(n), Some(t)) => Some((n.as_str(), t.as_str())),
        _ => None,
    };
    let opts = ics_import::Options {
        from_ics,
        calendar,
        summary,
        config,
        now: Some(now_arg(now)?),
    };
    let out = ics_import::import(&opts, &Bundled).map_err(|e| JsError::new(&e))?;
    Ok(serde_json::json!({ "json": out.json, "warnings": out.warnings }).to_string())
}

/// Checks a configuration file (JSON, or YAML when `yaml`): one line per
/// problem, each naming the field; empty when it is valid.
#[wasm_bindgen(js_name = checkConfig)]
pub fn check_config(text: &str, yaml: bool) -> Vec<String> {
    check_text(text, yaml)
}

/// The schedule sentence of a configuration file (JSON, or YAML when
/// `yaml`) in every language, as JSON (core's `describe`, the CLI's
/// `describe --format json`), at `now` (RFC 3339); the first problem when
/// the file is not valid.
#[wasm_bindgen(js_name = describeConfig)]
pub fn describe_config(text: &str, yaml: bool, now: &str) -> Result<String, JsError> {
    let at = now_arg(now)?;
    describe_text(text, yaml, at.timestamp_millis() as f64).map_err(|e| JsError::new(&e))
}

/// The site's build data for a configuration file (JSON, or YAML when
/// `yaml`) at `now` (RFC 3339): core's [`site::build_json`] (the
/// configuration without what is over, the schedule sentence in every
/// language, the channel's link), zones and the release named from the
/// bundled tz database. Throws the file's first problem.
/// `watch`: the zones whose offsets the build hands the browser, separated
/// by commas (`--watch-zones`); core's [`site::list::WATCH`] when absent.
#[wasm_bindgen(js_name = buildData)]
pub fn build_data(
    text: &str,
    yaml: bool,
    now: &str,
    watch: Option<String>,
) -> Result<String, JsError> {
    let at = now_arg(now)?;
    let watch: Vec<&str> = match &watch {
        Some(list) => list
            .split(',')
            .map(str::trim)
            .filter(|z| !z.is_empty())
            .collect(),
        None => site::list::WATCH.to_vec(),
    };
    build_text(text, yaml, at, &watch).map_err(|e| JsError::new(&e))
}

/// [`build_data`] without wasm-bindgen (native tests).
pub fn build_text(
    text: &str,
    yaml: bool,
    now: chrono::DateTime<chrono::Utc>,
    watch: &[&str],
) -> Result<String, String> {
    let json = checked_json(text, yaml)?;
    if let Some(bad) = watch.iter().find(|z| Bundled.resolve(z).is_none()) {
        return Err(otel_feedback_core::text::cat(&[
            "--watch-zones: '",
            bad,
            "' is not a zone of the tz database; give IANA names separated by commas, e.g. America/Havana,Africa/Casablanca",
        ]));
    }
    site::build_json(
        &json,
        &Bundled,
        &Bundled::database().names(),
        now,
        Bundled::database().version().unwrap_or("unknown"),
        watch,
    )
    .map_err(|e| e.to_string())
}

/// The file as JSON text once core's check passes; its first problem
/// otherwise.
fn checked_json(text: &str, yaml: bool) -> Result<String, String> {
    if let Some(first) = check_text(text, yaml).into_iter().next() {
        return Err(first);
    }
    if !yaml {
        return Ok(text.to_owned());
    }
    let v: serde_json::Value = serde_norway::from_str(text).map_err(|e| e.to_string())?;
    Ok(if v.is_null() {
        "{}".to_owned()
    } else {
        v.to_string()
    })
}

/// [`describe_config`] without wasm-bindgen (native tests), at `now_ms`.
pub fn describe_text(text: &str, yaml: bool, now_ms: f64) -> Result<String, String> {
    let json = checked_json(text, yaml)?;
    let config = Config::from_json(&json).map_err(|e| e.to_string())?;
    let now = chrono::DateTime::from_timestamp_millis(now_ms as i64).unwrap_or_default();
    otel_feedback_core::describe::all_languages_json(&config.schedule, &Bundled, now)
        .map_err(|e| e.to_string())
}

/// [`check_config`] without wasm-bindgen (native tests).
pub fn check_text(text: &str, yaml: bool) -> Vec<String> {
    if !yaml {
        return check::check_json(text, &Bundled);
    }
    match serde_norway::from_str::<serde_json::Value>(text) {
        // An empty YAML file is an empty configuration (every default).
        Ok(serde_json::Value::Null) => check::check_value(serde_json::json!({}), &Bundled),
        Ok(value) => check::check_value(value, &Bundled),
        Err(e) => vec![format!("(file): invalid YAML: {e}")],
    }
}

#[cfg(test)]
mod tests {
    use super::check_text;

    #[test]
    fn yaml_and_json_give_the_same_lines() {
        let yaml = "schedule:\n  series:\n    - anchor: '2026-01-09'\nsessions_shown: 0\n";
        let json = r#"{"schedule": {"series": [{"anchor": "2026-01-09"}]}, "sessions_shown": 0}"#;
        assert_eq!(check_text(yaml, true), check_text(json, false));
        assert_eq!(check_text(yaml, true).len(), 2);
    }

    #[test]
    fn yaml_type_errors_name_the_field() {
        let lines = check_text("schedule:\n  series:\n    - every_weeks: two\n", true);
        assert_eq!(
            lines,
            ["schedule.series[0].every_weeks: invalid type: string \"two\", expected a whole number"]
        );
        assert_eq!(
            check_text("slack:\n  chanel_name: x\n", true)[0]
                .split(':')
                .next(),
            Some("slack.chanel_name")
        );
    }

    #[test]
    fn an_empty_yaml_file_is_every_default() {
        assert!(check_text("", true).is_empty());
        assert!(check_text("{}", false).is_empty());
    }
}

#[cfg(test)]
mod describe_tests {
    use super::describe_text;

    #[test]
    fn a_weekly_berlin_tuesday_is_described_in_every_language_from_yaml_and_json() {
        let yaml = "schedule:\n  series:\n    - weekday: tue\n      time: '09:00'\n      zone: Europe/Berlin\n      every_weeks: 1\n      anchor: '2026-12-01'\n";
        let json = r#"{"schedule":{"series":[{"weekday":"tue","time":"09:00","zone":"Europe/Berlin","every_weeks":1,"anchor":"2026-12-01"}]}}"#;
        let now = 1_795_132_800_000.0; // 2026-11-20
        let a = describe_text(yaml, true, now).unwrap();
        assert_eq!(a, describe_text(json, false, now).unwrap());
        let v: serde_json::Value = serde_json::from_str(&a).unwrap();
        for lang in ["en", "uk", "ja", "pt"] {
            assert!(
                v[lang].as_str().is_some_and(|t| t.contains("09:00")),
                "{lang}: {a}"
            );
        }
        assert!(!a.contains("Thursday"), "{a}");
        assert!(describe_text("sessions_shown: 0\n", true, now)
            .unwrap_err()
            .contains("sessions_shown"));
    }
}

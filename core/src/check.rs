//! A site's configuration file checked as the widget will read it (feature
//! `check`): one line per problem, each naming the field — a value of the
//! wrong type or an unknown key by its path (serde's own rule, through
//! `serde_path_to_error`), then every issue [`Config::validate`] finds.
//!
//! ```
//! use otel_feedback_core::{check::check_json, zone::Tzdb};
//! let bad = r#"{"schedule": {"series": [{"anchor": "2026-01-09"}]}, "sessions_shown": 0}"#;
//! assert_eq!(
//!     check_json(bad, &Tzdb),
//!     [
//!         "schedule.series[0].anchor: the anchor 2026-01-09 is a Friday, but the series meets on Thursday; use a Thursday such as 2026-01-15",
//!         "sessions_shown: must be between 1 and 50; got 0",
//!     ]
//! );
//! assert_eq!(
//!     check_json(r#"{"schedule": {"series": [{"every_weeks": "2"}]}}"#, &Tzdb),
//!     ["schedule.series[0].every_weeks: invalid type: string \"2\", expected i64 at line 1 column 44"]
//! );
//! assert!(check_json("{}", &Tzdb).is_empty());
//! ```

use crate::config::Config;
use crate::zone::ZoneSource;

/// Checks a configuration JSON text; empty when it is valid.
pub fn check_json(text: &str, zones: &dyn ZoneSource) -> Vec<String> {
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed: Result<Config, _> = serde_path_to_error::deserialize(&mut de);
    match parsed.map(|c| (c, de.end())) {
        Ok((config, Ok(()))) => validate(&config, zones),
        Ok((_, Err(trailing))) => vec![located("", &trailing.to_string())],
        Err(e) => vec![located(&e.path().to_string(), &e.inner().to_string())],
    }
}

/// Checks a configuration already parsed into a JSON value (from YAML).
pub fn check_value(value: serde_json::Value, zones: &dyn ZoneSource) -> Vec<String> {
    match serde_path_to_error::deserialize::<_, Config>(value) {
        Ok(config) => validate(&config, zones),
        Err(e) => vec![located(&e.path().to_string(), &e.inner().to_string())],
    }
}

fn located(path: &str, message: &str) -> String {
    if path.is_empty() || path == "." {
        format!("(top level): {message}")
    } else {
        format!("{path}: {message}")
    }
}

fn validate(config: &Config, zones: &dyn ZoneSource) -> Vec<String> {
    match config.validate(zones) {
        Ok(()) => Vec::new(),
        Err(e) => e.issues().iter().map(ToString::to_string).collect(),
    }
}

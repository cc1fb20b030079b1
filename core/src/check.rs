//! A site's configuration file checked as the widget will read it (feature
//! `check`): one line per problem, each naming the field. A value of the
//! wrong type or an unknown key is reported by its path (serde's own rule
//! and message, through `serde_path_to_error`) and left out so the rest can
//! be read too; then every issue [`Config::validate`] finds is listed.
//!
//! ```
//! use otel_feedback_core::{check::check_json, zone::Bundled};
//! let bad = r#"{"schedule": {"series": [{"anchor": "2026-01-09", "every_weeks": "2"}]},
//!               "sessions_shown": 0, "slack": {"chanel_name": "x"}}"#;
//! let lines = check_json(bad, &Bundled);
//! assert_eq!(lines.len(), 4, "{lines:#?}");
//! assert_eq!(lines[0], "schedule.series[0].every_weeks: invalid type: string \"2\", expected a whole number");
//! assert!(lines[1].starts_with("slack.chanel_name: unknown field `chanel_name`"));
//! assert_eq!(
//!     lines[2],
//!     "schedule.series[0].anchor: the anchor 2026-01-09 is a Friday, but the series meets on Thursday; use a Thursday such as 2026-01-15"
//! );
//! assert_eq!(lines[3], "sessions_shown: must be between 1 and 50; got 0");
//! assert!(check_json("{}", &Bundled).is_empty());
//! assert_eq!(check_json("[]", &Bundled), ["(file): invalid type: sequence, expected an object"]);
//! assert_eq!(check_json("{\"a\":", &Bundled), ["(file): EOF while parsing a value at line 1 column 5"]);
//! ```

use serde::{Deserialize, Deserializer};
use serde_json::Value;
use serde_path_to_error::Segment;

use crate::config::Config;
use crate::zone::ZoneSource;

/// A file cannot hold more problems worth listing than this.
const MAX_SHAPE_PROBLEMS: usize = 50;

/// Checks a configuration JSON text; empty when it is valid.
pub fn check_json(text: &str, zones: &dyn ZoneSource) -> Vec<String> {
    match serde_json::from_str::<Value>(text) {
        Ok(value) => check_value(value, zones),
        Err(e) => vec![located("", &e.to_string())],
    }
}

/// Checks a configuration already parsed into a JSON value (from YAML).
pub fn check_value(mut value: Value, zones: &dyn ZoneSource) -> Vec<String> {
    let mut lines = Vec::new();
    while lines.len() < MAX_SHAPE_PROBLEMS {
        match serde_path_to_error::deserialize::<_, Top>(value.clone()) {
            Ok(Top(config)) => {
                if let Err(e) = config.validate(zones) {
                    lines.extend(e.issues().iter().map(ToString::to_string));
                }
                return lines;
            }
            Err(e) => {
                let path: Vec<Segment> = e.path().iter().cloned().collect();
                lines.push(located(&e.path().to_string(), &e.inner().to_string()));
                if !remove(&mut value, &path) {
                    return lines;
                }
            }
        }
    }
    lines
}

/// The configuration read by core's reader's rules (`crate::json`): from
/// an object only, as `Config::from_json` does.
struct Top(Config);

impl<'de> Deserialize<'de> for Top {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::json::object(d).map(Top)
    }
}

fn located(path: &str, message: &str) -> String {
    if path.is_empty() || path == "." {
        format!("(file): {message}")
    } else {
        format!("{path}: {message}")
    }
}

/// Removes the value at `path` (a key from its object, an item from its
/// array); false when there is nothing to remove (the file's top level).
fn remove(value: &mut Value, path: &[Segment]) -> bool {
    let Some((last, parents)) = path.split_last() else {
        return false;
    };
    let mut at = value;
    for segment in parents {
        let next = match (segment, at) {
            (Segment::Map { key }, Value::Object(map)) => map.get_mut(key),
            (Segment::Seq { index }, Value::Array(items)) => items.get_mut(*index),
            _ => None,
        };
        match next {
            Some(v) => at = v,
            None => return false,
        }
    }
    match (last, at) {
        (Segment::Map { key }, Value::Object(map)) => map.remove(key).is_some(),
        (Segment::Seq { index }, Value::Array(items)) if *index < items.len() => {
            items.remove(*index);
            true
        }
        _ => false,
    }
}

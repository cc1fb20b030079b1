//! What the commands share: the usage error (one line, exit code 2), input
//! files and stdin, `--config`, RFC 3339 instants and zone names.

use std::io::Read;

use chrono::{DateTime, Utc};
use otel_feedback_core::config::Config;
use otel_feedback_core::rfc3339;
use otel_feedback_core::zone::{lookup, Tzdb, ZoneRules, ZoneSource};

/// A usage error: printed as one line, exit code 2.
pub struct UsageError(pub String);

/// A [`UsageError`] saying `msg`.
pub fn usage(msg: impl Into<String>) -> UsageError {
    UsageError(msg.into())
}

/// Reads a file, or stdin for `-`.
pub fn read_input(arg: &str, path: &str) -> Result<String, UsageError> {
    if path == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| usage(format!("{arg}: cannot read standard input: {e}")))?;
        Ok(s)
    } else {
        std::fs::read_to_string(path).map_err(|e| {
            usage(format!(
                "{arg}: cannot read '{path}': {e}; give a readable file or '-' for stdin"
            ))
        })
    }
}

/// Loads `--config FILE` or the defaults.
pub fn load_config(path: Option<&str>) -> Result<Config, UsageError> {
    match path {
        None => Ok(Config::default()),
        Some(p) => {
            let text = read_input("--config", p)?;
            let config =
                Config::from_json(&text).map_err(|e| usage(format!("--config {p}: {e}")))?;
            // The whole configuration, as the widget checks it: one file,
            // one answer everywhere.
            config
                .validate(&Tzdb)
                .map_err(|e| usage(format!("--config: {e}")))?;
            Ok(config)
        }
    }
}

/// Parses an RFC 3339 instant given to `arg`.
pub fn parse_instant(arg: &str, value: &str) -> Result<DateTime<Utc>, UsageError> {
    rfc3339::parse_arg(arg, value).map_err(usage)
}

/// Resolves a zone name given to `arg`.
pub fn zone_arg(arg: &str, name: &str) -> Result<Box<dyn ZoneRules>, UsageError> {
    if let Some(z) = Tzdb.resolve(name.trim()) {
        return Ok(z);
    }
    // A city, an old name, another case, `utc`: core's rules over the
    // database's names (zone::lookup).
    let zones: Vec<lookup::Zone> = Tzdb::names()
        .iter()
        .map(|n| lookup::Zone::new(n, ""))
        .collect();
    let hint = match lookup::find(name, &zones, None) {
        lookup::Found::Zone(id) => return Tzdb.resolve(&id).ok_or_else(|| usage(format!("{arg}: unknown time zone '{id}'"))),
        lookup::Found::Several(ids) => format!("it could be {}; give one of them", ids.join(", ")),
        lookup::Found::None(near) if !near.is_empty() => format!("did you mean '{}'?", near.join("' or '")),
        _ => "use a city or an IANA name such as 'Europe/Kyiv' (list them with `otel-feedback zones`)".into(),
    };
    Err(usage(format!("{arg}: unknown time zone '{name}'; {hint}")))
}

//! The whole command, minus reading and writing files: the arguments
//! checked, the calendar imported, the configuration written (the
//! `--config` base's other keys kept) and validated as the widget will.
//! Both front ends (the CLI and the npm package's node command) call this,
//! so their output, errors and warnings are the same bytes.

use std::fmt::Write as _;

use super::from_ics;
use crate::config::Config;
use crate::zone::ZoneSource;

/// What the command was given.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// `--from-ics` as given (a path, a URL or `-`), for messages.
    pub from_ics: &'a str,
    /// The calendar's text.
    pub calendar: &'a str,
    /// `--summary`.
    pub summary: &'a str,
    /// `--config`: its name as given and its text.
    pub config: Option<(&'a str, &'a str)>,
    /// `--now`: cancellations and extra sessions that are over by then are
    /// left out ([`Schedule::without_past`]), so a past `EXDATE` does not
    /// stay in the file forever; `None` keeps every one.
    ///
    /// [`Schedule::without_past`]: crate::schedule::Schedule::without_past
    pub now: Option<chrono::DateTime<chrono::Utc>>,
}

/// The configuration JSON to write, and the warnings to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// Pretty JSON ending in a newline: `{"schedule": …}` then the base's
    /// other keys.
    pub json: String,
    /// One line each, without the `warning: ` prefix.
    pub warnings: Vec<String>,
}

/// The required arguments, before any file is read.
pub fn check_args<'a>(
    from_ics: Option<&'a str>,
    summary: Option<&'a str>,
) -> Result<(&'a str, &'a str), String> {
    let path = from_ics.ok_or("--from-ics: missing; give the calendar file (.ics)")?;
    let summary = summary.unwrap_or_default();
    if summary.trim().is_empty() {
        return Err("--summary: missing or empty; give part of the events' title, such as --summary 'End-User SIG'".into());
    }
    Ok((path, summary))
}

/// `arg` (`--from-ics`, `--config`) could not be read: `reason` is the
/// system's (`No such file or directory (os error 2)`).
pub fn read_error(arg: &str, path: &str, reason: &str) -> String {
    if path == "-" {
        format!("{arg}: cannot read standard input: {reason}")
    } else {
        format!("{arg}: cannot read '{path}': {reason}; give a readable file or '-' for stdin")
    }
}

/// `--out` could not be written.
pub fn write_error(path: &str, reason: &str) -> String {
    format!("--out: cannot write '{path}': {reason}; give a writable path or '-' for stdout")
}

/// Imports the calendar and writes the configuration.
pub fn import(opts: &Options<'_>, zones: &dyn ZoneSource) -> Result<Imported, String> {
    let path = opts.from_ics;
    let (mut schedule, warnings) = from_ics(opts.calendar, opts.summary, zones)
        .map_err(|e| format!("--from-ics {path}: {e}"))?;
    if let Some(now) = opts.now {
        schedule = schedule
            .without_past(now, zones)
            .map_err(|e| format!("--from-ics {path}: {e}"))?;
    }
    let base = match opts.config {
        Some((name, text)) => {
            let value: serde_json::Value = serde_json::from_str(text)
                .map_err(|e| format!("--config {name}: invalid JSON: {e}"))?;
            match value {
                serde_json::Value::Object(map) => map,
                _ => {
                    return Err(format!(
                        "--config {name}: the configuration must be a JSON object"
                    ))
                }
            }
        }
        None => serde_json::Map::new(),
    };
    // The schedule keeps core's key order (as in the docs); the base's other
    // keys follow.
    let mut members = vec![("schedule".to_owned(), schedule.to_json())];
    for (k, v) in base.iter().filter(|(k, _)| k.as_str() != "schedule") {
        let value = serde_json::to_string_pretty(v).expect("JSON values always serialize");
        members.push((k.clone(), value));
    }
    let mut json = String::from("{\n");
    for (i, (k, v)) in members.iter().enumerate() {
        let key = serde_json::to_string(k).expect("strings serialize");
        let value = v.replace('\n', "\n  ");
        let comma = if i + 1 < members.len() { "," } else { "" };
        let _ = writeln!(json, "  {key}: {value}{comma}");
    }
    json.push_str("}\n");
    // What is written must load and validate exactly as the widget will.
    let config = Config::from_json(&json).map_err(|e| match opts.config {
        Some((name, _)) => format!("--config {name}: {e}"),
        None => format!("--from-ics {path}: {e}"),
    })?;
    config.validate(zones).map_err(|e| {
        let first = e
            .issues()
            .first()
            .map(ToString::to_string)
            .unwrap_or_else(|| e.to_string());
        format!("--from-ics {path}: the result is not valid: {first}")
    })?;
    Ok(Imported { json, warnings })
}

//! `otel-feedback schedule --from-ics FILE --summary TEXT`: turn the
//! community's `.ics` calendar into the widget's schedule configuration.
//!
//! The import is core's (`otel_feedback_core::ics_import`, feature
//! `ics-import`): the npm package's `otel-feedback-schedule` runs the same
//! code compiled to wasm, so both print the same bytes. This module only
//! reads and writes the files; zones come from core's `Tzdb`.

use std::process::ExitCode;

use otel_feedback_core::ics_import::{check_args, import, read_error, write_error, Options};
use otel_feedback_core::zone::Tzdb;

/// Arguments of `schedule`.
#[derive(clap::Args, Debug)]
pub struct ScheduleArgs {
    /// An `.ics` calendar to read the series from (`-` for stdin).
    #[arg(long = "from-ics", value_name = "FILE")]
    pub from_ics: Option<String>,
    /// Keep the events whose SUMMARY contains this text (any case).
    #[arg(long, value_name = "TEXT")]
    pub summary: Option<String>,
    /// A configuration JSON file whose `schedule` is replaced; its other keys
    /// are kept as written. Without it, only `{"schedule": …}` is written and
    /// everything else keeps the widget's defaults.
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,
    /// Where to write the configuration JSON (`-` or absent: stdout).
    #[arg(long, value_name = "FILE")]
    pub out: Option<String>,
    /// Leave out the cancellations and extra sessions that are over by this
    /// instant (RFC 3339). Default: now (or `OTEL_FEEDBACK_NOW`, as the npm
    /// package's command reads it).
    #[arg(long, value_name = "RFC3339", env = "OTEL_FEEDBACK_NOW")]
    pub now: Option<String>,
}

/// Runs `schedule`.
pub fn run(args: &ScheduleArgs) -> ExitCode {
    let result = build(args).and_then(|out| {
        for w in &out.warnings {
            eprintln!("warning: {w}");
        }
        match args.out.as_deref() {
            None | Some("-") => {
                print!("{}", out.json);
                Ok(())
            }
            Some(path) => {
                std::fs::write(path, &out.json).map_err(|e| write_error(path, &e.to_string()))
            }
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}

fn build(args: &ScheduleArgs) -> Result<otel_feedback_core::ics_import::Imported, String> {
    let (path, summary) = check_args(args.from_ics.as_deref(), args.summary.as_deref())?;
    let calendar = read("--from-ics", path)?;
    let base = match &args.config {
        Some(name) => Some((name.as_str(), read("--config", name)?)),
        None => None,
    };
    let now = match &args.now {
        Some(n) => otel_feedback_core::rfc3339::parse_arg("--now", n)?,
        None => chrono::Utc::now(),
    };
    let opts = Options {
        from_ics: path,
        calendar: &calendar,
        summary,
        config: base.as_ref().map(|(n, t)| (*n, t.as_str())),
        now: Some(now),
    };
    import(&opts, &Tzdb)
}

/// A file, or stdin for `-`.
fn read(arg: &str, path: &str) -> Result<String, String> {
    use std::io::Read as _;
    let mut s = String::new();
    let result = if path == "-" {
        std::io::stdin().read_to_string(&mut s).map(|_| s)
    } else {
        std::fs::read_to_string(path)
    };
    result.map_err(|e| read_error(arg, path, &e.to_string()))
}

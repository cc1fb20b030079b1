//! `otel-feedback schedule`: build a schedule configuration (placeholder:
//! the ecosystem issue fills this in with `--from-ics`).
use std::process::ExitCode;

/// Arguments of `schedule`.
#[derive(clap::Args, Debug)]
pub struct ScheduleArgs {
    /// An `.ics` calendar to read the series from (`-` for stdin).
    #[arg(long = "from-ics", value_name = "FILE")]
    pub from_ics: Option<String>,
}

/// Runs `schedule`.
pub fn run(_args: &ScheduleArgs) -> ExitCode {
    eprintln!("error: otel-feedback schedule: not implemented yet");
    ExitCode::from(2)
}

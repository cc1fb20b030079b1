//! `otel-feedback validate` and `otel-feedback compose` (placeholder: the
//! request issue fills this in).
use std::process::ExitCode;

/// Arguments of `validate`.
#[derive(clap::Args, Debug)]
pub struct ValidateArgs {
    /// The request JSON file, or `-` for stdin.
    pub file: String,
}

/// Arguments of `compose`.
#[derive(clap::Args, Debug)]
pub struct ComposeArgs {
    /// The request JSON file, or `-` for stdin.
    pub file: String,
}

/// Runs `validate`.
pub fn validate(_args: &ValidateArgs) -> ExitCode {
    eprintln!("otel-feedback validate: not implemented yet");
    ExitCode::from(2)
}

/// Runs `compose`.
pub fn compose(_args: &ComposeArgs) -> ExitCode {
    eprintln!("otel-feedback compose: not implemented yet");
    ExitCode::from(2)
}

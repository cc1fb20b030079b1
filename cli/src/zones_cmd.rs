//! `otel-feedback zones`: the IANA names this build's tz database knows,
//! one a line.

use otel_feedback_core::zone::Tzdb;

use crate::shared::UsageError;

/// Runs `zones`.
pub fn run() -> Result<String, UsageError> {
    Ok(Tzdb::names().join("\n") + "\n")
}

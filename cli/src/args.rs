//! `--lang`, `--now` and `--config`: the arguments `validate`, `compose`
//! and `describe` share ([`Common`], flattened into each), read one way.
//!
//! A command words their help for what it does with them
//! (`#[command(mut_arg(...))]` on its own arguments).

use chrono::{DateTime, Utc};
use otel_feedback_core::config::Config;

use crate::{load_config, parse_instant, usage, UsageError};

/// The arguments several commands share.
#[derive(clap::Args, Debug)]
pub struct Common {
    /// Language (BCP 47, e.g. uk-UA). Unknown languages fall back to English.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// The current instant (RFC 3339). Default: now.
    #[arg(long, value_name = "RFC3339")]
    pub now: Option<String>,
    /// A configuration JSON file (`-` for stdin); default: the page's facts.
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,
}

impl Common {
    /// `--now`, or the clock.
    pub fn now(&self) -> Result<DateTime<Utc>, UsageError> {
        match &self.now {
            Some(n) => parse_instant("--now", n),
            None => Ok(Utc::now()),
        }
    }

    /// `--config FILE`, read and validated, or the defaults.
    pub fn config(&self) -> Result<Config, UsageError> {
        load_config(self.config.as_deref())
    }

    /// A checked `--lang`: letters, digits, `-` and `_`, up to 35 characters.
    pub fn lang_tag(&self) -> Result<Option<String>, UsageError> {
        let Some(v) = &self.lang else { return Ok(None) };
        let v = v.trim();
        let ok = !v.is_empty()
            && v.len() <= 35
            && v.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if ok {
            Ok(Some(v.to_owned()))
        } else {
            Err(usage(format!(
                "--lang: '{v}' is not a language tag; use a BCP 47 tag such as en, uk-UA, ja or pt-BR"
            )))
        }
    }
}

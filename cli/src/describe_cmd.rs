//! `otel-feedback describe`: the sentence saying when sessions happen
//! (core's `describe`), for a page's fallback text, e.g. the Hugo
//! shortcode's:
//!
//! ```sh
//! otel-feedback describe --config data/feedback_session.json --lang uk
//! otel-feedback describe --config data/feedback_session.json --format json \
//!   > data/feedback_session_text.json   # {"en": "...", "uk": "...", ...}
//! ```

use chrono::Utc;
use clap::ValueEnum;
use otel_feedback_core::describe::{all_languages_json, describe};
use otel_feedback_core::i18n::Lang;
use otel_feedback_core::zone::{Tzdb, ZoneSource};

use crate::{load_config, parse_instant, usage, UsageError};

/// What `describe` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DescribeFormat {
    /// The sentence in `--lang`.
    Text,
    /// A JSON object: language code → the sentence, for every language.
    Json,
}

/// Arguments of `describe`.
#[derive(clap::Args, Debug)]
pub struct DescribeArgs {
    /// Language of the sentence (BCP 47; unknown tags mean English).
    #[arg(long, value_name = "LANG", default_value = "en")]
    pub lang: String,
    /// A configuration JSON file (`-` for stdin); default: the page's facts.
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,
    /// The reader's IANA zone: each series also gives its weekday and time
    /// there when they differ. Default: none (a page's fallback text).
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// The current instant (RFC 3339): ended series, past extra sessions and
    /// cancelled dates are left out. Default: now.
    #[arg(long, value_name = "RFC3339")]
    pub now: Option<String>,
    /// `text` or `json` (every language).
    #[arg(long, value_enum, default_value = "text")]
    pub format: DescribeFormat,
}

/// Runs `describe`.
pub fn run(args: &DescribeArgs) -> Result<String, UsageError> {
    let config = load_config(args.config.as_deref())?;
    let now = match &args.now {
        Some(n) => parse_instant("--now", n)?,
        None => Utc::now(),
    };
    let tz = match args.tz.as_deref().map(str::trim) {
        Some(name) if Tzdb.resolve(name).is_none() => {
            return Err(usage(format!(
                "--tz: unknown time zone '{name}'; use an IANA name such as Europe/Kyiv"
            )))
        }
        other => other,
    };
    let one = |lang: Lang| {
        describe(&config.schedule, &Tzdb, now, lang, tz).map_err(|e| {
            let first = e.to_string();
            usage(format!(
                "--config: {}",
                first.lines().next().unwrap_or_default()
            ))
        })
    };
    match args.format {
        DescribeFormat::Text => Ok(one(Lang::negotiate(&args.lang))? + "\n"),
        DescribeFormat::Json => {
            // Every language, for a site's data file (no visitor zone).
            all_languages_json(&config.schedule, &Tzdb, now).map_err(|e| {
                let first = e.to_string();
                usage(format!(
                    "--config: {}",
                    first.lines().next().unwrap_or_default()
                ))
            })
        }
    }
}

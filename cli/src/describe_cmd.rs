//! `otel-feedback describe`: the sentence saying when sessions happen
//! (core's `describe`), for a page's fallback text, e.g. the Hugo
//! shortcode's:
//!
//! ```sh
//! otel-feedback describe --config data/feedback_session.json --lang uk
//! otel-feedback describe --config data/feedback_session.json --format json \
//!   > data/feedback_session_text.json   # {"en": "...", "uk": "...", ...}
//! ```

use clap::ValueEnum;
use otel_feedback_core::describe::{all_languages_json, describe};
use otel_feedback_core::i18n::Lang;
use otel_feedback_core::zone::{Tzdb, ZoneSource};

use crate::args::Common;
use crate::shared::{usage, UsageError};

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
#[command(
    mut_arg("lang", |a| a
        .help("Language of the sentence (BCP 47; unknown tags mean English)")
        .default_value("en")),
    mut_arg("config", |a| a.display_order(1)),
    mut_arg("now", |a| a
        .help("The current instant (RFC 3339): ended series, past extra sessions and cancelled dates are left out. Default: now")
        .display_order(3)),
)]
pub struct DescribeArgs {
    /// `--lang`, `--config`, `--now` (in this order in the help).
    #[command(flatten)]
    pub common: Common,
    /// The reader's IANA zone: each series also gives its weekday and time
    /// there when they differ. Default: none (a page's fallback text).
    #[arg(long, value_name = "ZONE", display_order = 2)]
    pub tz: Option<String>,
    /// `text` or `json` (every language).
    #[arg(long, value_enum, default_value = "text", display_order = 4)]
    pub format: DescribeFormat,
}

/// Runs `describe`.
pub fn run(args: &DescribeArgs) -> Result<String, UsageError> {
    let config = args.common.config()?;
    let now = args.common.now()?;
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
        DescribeFormat::Text => {
            let lang = Lang::negotiate(args.common.lang.as_deref().unwrap_or_default());
            Ok(one(lang)? + "\n")
        }
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

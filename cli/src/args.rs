//! The command line: [`Cli`] (the program, `--tzdata`, `--version`) and
//! its [`Command`]s, each command's own arguments beside it in its
//! `*_cmd.rs`; and `--lang`, `--now` and `--config`, the arguments
//! `validate`, `compose` and `describe` share ([`Common`], flattened into
//! each), read one way.
//!
//! A command words their help for what it does with them
//! (`#[command(mut_arg(...))]` on its own arguments).

use chrono::{DateTime, Utc};
use clap::{Parser, Subcommand, ValueEnum};
use otel_feedback_core::config::Config;

use crate::shared::{load_config, parse_instant, usage, UsageError};
use crate::{catalog_cmd, describe_cmd, request_cmd, schedule_cmd, slots_cmd};

/// Find, convert and request OpenTelemetry end-user feedback sessions.
#[derive(Parser, Debug)]
#[command(
    name = "otel-feedback",
    about,
    disable_version_flag = true,
    arg_required_else_help = true
)]
pub struct Cli {
    /// Print the version and the tz database in use (release, where from).
    #[arg(short = 'V', long)]
    pub version: bool,
    /// Which tz database to use: the system's unless the bundled one is
    /// newer (auto), the system's only, or the bundled one only.
    #[arg(
        long,
        global = true,
        value_enum,
        default_value_t = TzdataArg::Auto,
        value_name = "WHICH",
        env = "OTEL_FEEDBACK_TZDATA"
    )]
    pub tzdata: TzdataArg,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum TzdataArg {
    Auto,
    System,
    Bundled,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List the upcoming sessions in a time zone.
    Slots(slots_cmd::SlotsArgs),
    /// List the IANA time-zone names this build knows.
    Zones,
    /// Check a feedback request (JSON) and list every problem.
    Validate(request_cmd::ValidateArgs),
    /// Turn a valid request into a Slack message, email link or calendar.
    Compose(request_cmd::ComposeArgs),
    /// Write a schedule configuration, e.g. from the community's `.ics` calendar.
    Schedule(schedule_cmd::ScheduleArgs),
    /// Print a language's compiled message catalog, for a page to load at run time.
    Catalog(catalog_cmd::CatalogArgs),
    /// Print the sentence saying when sessions happen, from the schedule.
    Describe(describe_cmd::DescribeArgs),
}

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

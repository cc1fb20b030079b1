//! `otel-feedback validate` and `otel-feedback compose`: the feedback request
//! from a terminal.
//!
//! Exit codes: 0 valid (or composed), 1 the request is invalid (a JSON
//! array of `{field, code, message}` on stdout), 2 bad arguments, an
//! unreadable file or an invalid `--config` (one line on stderr).

use std::process::ExitCode;

use chrono::{DateTime, Utc};
use clap::ValueEnum;
use otel_feedback_core::compose::{gcal, ics, mailto, slack};
use otel_feedback_core::config::Config;
use otel_feedback_core::i18n::{self, Lang};
use otel_feedback_core::request::{validate_in, FeedbackRequest, FieldError, ValidRequest};
use otel_feedback_core::zone::Tzdb;

use crate::args::Common;
use crate::shared::{read_input, usage, UsageError};

/// Arguments of `validate`.
#[derive(clap::Args, Debug)]
#[command(
    mut_arg("lang", |a| a.help("Language of the error messages (BCP 47, e.g. uk-UA); default: the request's `lang`. Unknown languages fall back to English")),
    mut_arg("now", |a| a.help("The current instant (RFC 3339); slots must be at or after it. Default: now")),
)]
pub struct ValidateArgs {
    /// The request JSON file, or `-` for stdin.
    pub file: String,
    /// `--lang`, `--now`, `--config`.
    #[command(flatten)]
    pub common: Common,
}

/// What `compose` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Output {
    /// The Slack message to paste into the channel or a DM.
    Slack,
    /// The `mailto:` URL (at most 1800 characters); needs the
    /// configuration's email recipient.
    Email,
    /// The email as text: To, Subject, then the full body.
    EmailText,
    /// An .ics calendar file for one preferred session.
    Ics,
    /// An .ics calendar file for the whole recurring series.
    IcsSeries,
    /// A Google Calendar template link for one preferred session.
    Gcal,
    /// The Slack channel and DM links, as JSON.
    SlackLinks,
}

/// Arguments of `compose`.
#[derive(clap::Args, Debug)]
#[command(
    mut_arg("lang", |a| a.help("Language of errors and of the calendar text (BCP 47); default: the request's `lang`. The Slack message and email follow the configuration's `message_lang` (English)")),
    mut_arg("now", |a| a.help("The current instant (RFC 3339); also the calendar's DTSTAMP. Default: now")),
)]
pub struct ComposeArgs {
    /// The request JSON file, or `-` for stdin.
    pub file: String,
    /// What to write.
    #[arg(long = "as", value_enum, value_name = "FORMAT")]
    pub output: Output,
    /// Which preferred session the calendar entry is for (1-based).
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub slot: usize,
    /// `--lang`, `--now`, `--config`.
    #[command(flatten)]
    pub common: Common,
}

struct Loaded {
    config: Config,
    now: DateTime<Utc>,
    lang: Lang,
    request: Result<ValidRequest, Vec<FieldError>>,
}

fn load(file: &str, common: &Common) -> Result<Loaded, UsageError> {
    let lang_tag = common.lang_tag()?;
    let now = common.now()?;
    if common.config.as_deref() == Some("-") && file == "-" {
        return Err(usage(
            "--config: the request already reads standard input; give the configuration as a file",
        ));
    }
    let config = common.config()?;
    let text = read_input("FILE", file)?;
    let parse_lang = Lang::negotiate(lang_tag.as_deref().unwrap_or(""));
    let request = match FeedbackRequest::from_json(&text, parse_lang) {
        Ok(mut r) => {
            if let Some(tag) = &lang_tag {
                r.lang = tag.clone();
            }
            let lang = Lang::negotiate(&r.lang);
            return Ok(Loaded {
                request: validate_in(&r, &config, now, &Tzdb, lang),
                config,
                now,
                lang,
            });
        }
        Err(errors) => Err(errors),
    };
    Ok(Loaded {
        config,
        now,
        lang: parse_lang,
        request,
    })
}

fn print_errors(errors: &[FieldError]) -> ExitCode {
    println!(
        "{}",
        serde_json::to_string_pretty(errors).expect("errors always serialize")
    );
    ExitCode::from(1)
}

fn fail(UsageError(msg): UsageError) -> ExitCode {
    eprintln!("error: {msg}");
    ExitCode::from(2)
}

/// Runs `validate`.
pub fn validate(args: &ValidateArgs) -> ExitCode {
    let loaded = match load(&args.file, &args.common) {
        Ok(l) => l,
        Err(e) => return fail(e),
    };
    match loaded.request {
        Ok(_) => {
            println!("valid");
            ExitCode::SUCCESS
        }
        Err(errors) => print_errors(&errors),
    }
}

/// Runs `compose`.
pub fn compose(args: &ComposeArgs) -> ExitCode {
    let loaded = match load(&args.file, &args.common) {
        Ok(l) => l,
        Err(e) => return fail(e),
    };
    let request = match loaded.request {
        Ok(r) => r,
        Err(errors) => return print_errors(&errors),
    };
    let config = &loaded.config;
    let needs_slot = matches!(args.output, Output::Ics | Output::Gcal);
    if needs_slot {
        if request.slots.is_empty() {
            return print_errors(&[FieldError {
                field: "slots".into(),
                code: "required".into(),
                message: i18n::text(loaded.lang, "err-calendar-needs-slot"),
            }]);
        }
        if args.slot == 0 || args.slot > request.slots.len() {
            return fail(usage(format!(
                "--slot: {} is out of range; the request has {} preferred session(s), use 1 to {}",
                args.slot,
                request.slots.len(),
                request.slots.len()
            )));
        }
    }
    let index = args.slot.saturating_sub(1);
    let text = match args.output {
        Output::Slack => slack::message(&request, config, &Tzdb),
        // No recipient, no mailto (core's rule): say so instead of
        // printing a link that goes nowhere.
        Output::Email => match mailto::link(&request, config, &Tzdb) {
            Some(m) => m.url + "\n",
            None => return fail(usage(
                "--as email: the configuration has no email recipient (`email.to`), so there is no mailto: link; \
                 set `email.to` in the --config file, or use --as email-text for the email as text",
            )),
        },
        Output::EmailText => {
            let mail = mailto::email(&request, config, &Tzdb);
            format!(
                "To: {}\nSubject: {}\n\n{}",
                mail.to, mail.subject, mail.body
            )
        }
        Output::Ics => ics::event(&request, config, &Tzdb, loaded.now, index).unwrap_or_default(),
        Output::IcsSeries => match ics::series(config, &Tzdb, loaded.now, request.lang) {
            Ok(text) => text,
            Err(e) => return fail(usage(format!("--config: {e}"))),
        },
        Output::Gcal => gcal::link(&request, config, &Tzdb, index).unwrap_or_default() + "\n",
        Output::SlackLinks => {
            serde_json::to_string_pretty(&slack::links(config)).expect("links always serialize")
                + "\n"
        }
    };
    print!("{text}");
    ExitCode::SUCCESS
}

//! `otel-feedback`: the otel-feedback core from a terminal.
//!
//! Bad input exits with code 2 and one line naming the argument and the fix;
//! the program never panics on user input.

use std::fmt::Write as _;
use std::io::Read;
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use clap::{Parser, Subcommand, ValueEnum};
use otel_feedback_core::config::Config;
use otel_feedback_core::i18n::{self, Lang};
use otel_feedback_core::present;
use otel_feedback_core::rfc3339;
use otel_feedback_core::schedule::{on_or_after, parse_date, parse_weekday, Occurrence};
use otel_feedback_core::zone::{
    format_offset, lookup, to_local, Choice, Origin, Tzdb, ZoneRules, ZoneSource,
};

mod args;
mod describe_cmd;
mod request_cmd;
mod schedule_cmd;

/// `--version`: the program, core, and the tz database in use
/// (`tzdata 2026f (system, /usr/share/zoneinfo)`), with the bundled release
/// when that is not the one in use.
fn long_version() -> String {
    let db = Tzdb::database();
    let bundled = match db.origin() {
        Origin::Bundled => String::new(),
        Origin::System(_) => format!("; bundled tzdata {}", Tzdb::bundled_version()),
    };
    format!(
        "otel-feedback {} (core {}; {}{bundled})\n",
        env!("CARGO_PKG_VERSION"),
        otel_feedback_core::VERSION,
        db.describe(),
    )
}

/// Find, convert and request OpenTelemetry end-user feedback sessions.
#[derive(Parser, Debug)]
#[command(
    name = "otel-feedback",
    about,
    disable_version_flag = true,
    arg_required_else_help = true
)]
struct Cli {
    /// Print the version and the tz database in use (release, where from).
    #[arg(short = 'V', long)]
    version: bool,
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
    tzdata: TzdataArg,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum TzdataArg {
    Auto,
    System,
    Bundled,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the upcoming sessions in a time zone.
    Slots(SlotsArgs),
    /// List the IANA time-zone names this build knows.
    Zones,
    /// Check a feedback request (JSON) and list every problem.
    Validate(request_cmd::ValidateArgs),
    /// Turn a valid request into a Slack message, email link or calendar.
    Compose(request_cmd::ComposeArgs),
    /// Write a schedule configuration, e.g. from the community's `.ics` calendar.
    Schedule(schedule_cmd::ScheduleArgs),
    /// Print a language's compiled message catalog, for a page to load at run time.
    Catalog(CatalogArgs),
    /// Print the sentence saying when sessions happen, from the schedule.
    Describe(describe_cmd::DescribeArgs),
}

#[derive(clap::Args, Debug)]
struct CatalogArgs {
    /// The language: en, uk, ja or pt.
    #[arg(value_name = "LANG", required_unless_present = "list")]
    lang: Option<String>,
    /// Only the composed messages' texts (a page composing in this language
    /// while showing another).
    #[arg(long)]
    messages: bool,
    /// Print the languages with a catalog, one code per line (the list the
    /// build, the package and the Hugo shortcode are checked against).
    #[arg(long, conflicts_with_all = ["lang", "messages"])]
    list: bool,
}

/// `otel-feedback catalog <lang>`: the text `i18n::load` reads.
fn catalog(args: &CatalogArgs) -> Result<String, UsageError> {
    if args.list {
        return Ok(Lang::ALL
            .iter()
            .map(|l| format!("{}\n", l.code()))
            .collect());
    }
    let code = args.lang.as_deref().unwrap_or_default();
    let Some(lang) = Lang::from_code(code.trim()) else {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        return Err(usage(format!(
            "catalog: unknown language '{code}'; use one of {}",
            codes.join(", ")
        )));
    };
    let export = if args.messages {
        i18n::export_messages
    } else {
        i18n::export
    };
    export(lang).ok_or_else(|| {
        usage(format!(
            "catalog: this build has no '{lang}' catalog; build with the core feature lang-{lang}"
        ))
    })
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(clap::Args, Debug)]
struct SlotsArgs {
    /// Zone to show the sessions in (IANA name); default: the system's zone.
    #[arg(long, value_name = "ZONE")]
    tz: Option<String>,
    /// How many sessions to list.
    #[arg(long, default_value_t = 6, value_name = "N")]
    count: usize,
    /// List sessions starting at or after this instant (RFC 3339); default: now.
    #[arg(long, value_name = "RFC3339")]
    after: Option<String>,
    /// A configuration JSON file (`-` for stdin); flags below override its first series.
    #[arg(long, value_name = "FILE")]
    config: Option<String>,
    /// The date of a session of the series (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    anchor: Option<String>,
    /// The series' weekday (mon..sun).
    #[arg(long, value_name = "DAY")]
    weekday: Option<String>,
    /// The series' start time in its zone (HH:MM, 24-hour).
    #[arg(long, value_name = "HH:MM")]
    time: Option<String>,
    /// The zone the series is defined in (IANA name).
    #[arg(long = "source-tz", value_name = "ZONE")]
    source_tz: Option<String>,
    /// The series repeats every N weeks.
    #[arg(long = "every-weeks", value_name = "N")]
    every_weeks: Option<i64>,
    /// Session length in minutes.
    #[arg(long = "duration-min", value_name = "M")]
    duration_min: Option<i64>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

/// A usage error: printed as one line, exit code 2.
pub(crate) struct UsageError(pub String);

pub(crate) fn usage(msg: impl Into<String>) -> UsageError {
    UsageError(msg.into())
}

/// Reads a file, or stdin for `-`.
pub(crate) fn read_input(arg: &str, path: &str) -> Result<String, UsageError> {
    if path == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| usage(format!("{arg}: cannot read standard input: {e}")))?;
        Ok(s)
    } else {
        std::fs::read_to_string(path).map_err(|e| {
            usage(format!(
                "{arg}: cannot read '{path}': {e}; give a readable file or '-' for stdin"
            ))
        })
    }
}

/// Loads `--config FILE` or the defaults.
pub(crate) fn load_config(path: Option<&str>) -> Result<Config, UsageError> {
    match path {
        None => Ok(Config::default()),
        Some(p) => {
            let text = read_input("--config", p)?;
            let config =
                Config::from_json(&text).map_err(|e| usage(format!("--config {p}: {e}")))?;
            // The whole configuration, as the widget checks it: one file,
            // one answer everywhere.
            config
                .validate(&Tzdb)
                .map_err(|e| usage(format!("--config: {e}")))?;
            Ok(config)
        }
    }
}

/// Parses an RFC 3339 instant given to `arg`.
pub(crate) fn parse_instant(arg: &str, value: &str) -> Result<DateTime<Utc>, UsageError> {
    rfc3339::parse_arg(arg, value).map_err(usage)
}

/// Resolves a zone name given to `arg`.
pub(crate) fn zone_arg(arg: &str, name: &str) -> Result<Box<dyn ZoneRules>, UsageError> {
    if let Some(z) = Tzdb.resolve(name.trim()) {
        return Ok(z);
    }
    // A city, an old name, another case, `utc`: core's rules over the
    // database's names (zone::lookup).
    let zones: Vec<lookup::Zone> = Tzdb::names()
        .iter()
        .map(|n| lookup::Zone::new(n, ""))
        .collect();
    let hint = match lookup::find(name, &zones, None) {
        lookup::Found::Zone(id) => return Tzdb.resolve(&id).ok_or_else(|| usage(format!("{arg}: unknown time zone '{id}'"))),
        lookup::Found::Several(ids) => format!("it could be {}; give one of them", ids.join(", ")),
        lookup::Found::None(near) if !near.is_empty() => format!("did you mean '{}'?", near.join("' or '")),
        _ => "use a city or an IANA name such as 'Europe/Kyiv' (list them with `otel-feedback zones`)".into(),
    };
    Err(usage(format!("{arg}: unknown time zone '{name}'; {hint}")))
}

fn system_zone() -> String {
    if let Ok(tz) = std::env::var("TZ") {
        let tz = tz.trim_start_matches(':');
        if Tzdb.resolve(tz).is_some() {
            return tz.to_owned();
        }
    }
    iana_time_zone::get_timezone()
        .ok()
        .filter(|z| Tzdb.resolve(z).is_some())
        .unwrap_or_else(|| "UTC".to_owned())
}

fn slots(args: &SlotsArgs) -> Result<String, UsageError> {
    let mut config = load_config(args.config.as_deref())?;
    let tz_name = args.tz.clone().unwrap_or_else(system_zone);
    let target = zone_arg("--tz", &tz_name)?;
    let after = match &args.after {
        Some(a) => parse_instant("--after", a)?,
        None => Utc::now(),
    };
    if args.count == 0 || args.count > 10_000 {
        return Err(usage(format!(
            "--count: {} is out of range; use 1 to 10000",
            args.count
        )));
    }
    // A flag's value is checked by core with the schedule; its error is
    // reported under the flag's name (below), in core's words.
    let overrides = args.anchor.is_some()
        || args.weekday.is_some()
        || args.time.is_some()
        || args.source_tz.is_some()
        || args.every_weeks.is_some()
        || args.duration_min.is_some();
    if overrides {
        if config.schedule.series.is_empty() {
            config.schedule.series.push(Default::default());
        }
        let s = &mut config.schedule.series[0];
        if let Some(v) = &args.anchor {
            s.anchor = v.clone();
        }
        if let Some(v) = &args.weekday {
            s.weekday = v.clone();
            // A new weekday without a new anchor: move the anchor to that day.
            if args.anchor.is_none() {
                if let (Some(a), Some(w)) = (parse_date(&s.anchor), parse_weekday(v)) {
                    if let Some(d) = on_or_after(a, w) {
                        s.anchor = d.to_string();
                    }
                }
            }
        }
        if let Some(v) = &args.time {
            s.time = v.clone();
        }
        if let Some(v) = &args.source_tz {
            s.zone = v.clone();
        }
        if let Some(v) = args.every_weeks {
            s.every_weeks = v;
        }
        if let Some(v) = args.duration_min {
            s.duration_minutes = v;
        }
    }
    let sessions = config
        .schedule
        .upcoming(after, args.count, &Tzdb)
        .map_err(|e| {
            let first = e.issues().first().cloned();
            match first {
                Some(issue) => {
                    let flag = match issue.field.rsplit('.').next().unwrap_or_default() {
                        "anchor" => "--anchor",
                        "weekday" => "--weekday",
                        "time" => "--time",
                        "zone" => "--source-tz",
                        "every_weeks" => "--every-weeks",
                        "duration_minutes" => "--duration-min",
                        _ => "--config",
                    };
                    if overrides && issue.field.starts_with("series[0].") {
                        usage(format!("{flag}: {}", issue.message))
                    } else {
                        usage(format!("--config: schedule.{issue}"))
                    }
                }
                None => usage(format!("--config: {e}")),
            }
        })?;
    Ok(match args.format {
        Format::Json => slots_json(&sessions, &*target),
        Format::Text => slots_text(&sessions, &*target, &config),
    })
}

/// The tz database in use, for JSON reports: its release and where it
/// came from.
fn tzdata_json() -> serde_json::Value {
    let db = Tzdb::database();
    let (source, path) = match db.origin() {
        Origin::System(dir) => ("system", Some(dir.display().to_string())),
        Origin::Bundled => ("bundled", None),
    };
    serde_json::json!({ "release": db.version(), "source": source, "path": path })
}

fn slots_json(sessions: &[Occurrence], target: &dyn ZoneRules) -> String {
    let tzdata = tzdata_json();
    let items: Vec<serde_json::Value> = sessions
        .iter()
        .map(|o| {
            serde_json::json!({
                "tzdata": tzdata,
                "utc": rfc3339::utc(o.start),
                "local": rfc3339::local(o.local_in(target)),
                "source": rfc3339::local(o.source_local()),
                "end_utc": rfc3339::utc(o.end),
                "series": o.series_key(),
                "zone": target.name(),
                "source_zone": o.source_zone,
            })
        })
        .collect();
    serde_json::to_string_pretty(&items).expect("JSON values always serialize") + "\n"
}

fn zone_label(zone: &dyn ZoneRules, at: DateTime<Utc>) -> String {
    let offset = format_offset(zone.offset_at(at));
    // The tz database gives numeric "abbreviations" (+0545) for many zones.
    match present::abbreviation(zone, at) {
        Some(a) => format!("{a} ({offset})"),
        None => format!("UTC{offset}"),
    }
}

fn slots_text(sessions: &[Occurrence], target: &dyn ZoneRules, config: &Config) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Upcoming sessions in {}:", target.name());
    for o in sessions {
        let local = to_local(target, o.start);
        let source = o.source_local();
        let source_zone = Tzdb.resolve(&o.source_zone);
        let src_label = source_zone
            .as_deref()
            .map(|z| zone_label(z, o.start))
            .unwrap_or_else(|| o.source_zone.clone());
        let day_note = if present::day_shift(o, target) != 0 {
            format!(" ({})", source.format("%a"))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "  {}  {}  {:<16}  = {} {}{}{}",
            local.format("%a %Y-%m-%d"),
            local.format("%H:%M"),
            zone_label(target, o.start),
            source.format("%H:%M"),
            src_label,
            day_note,
            o.label
                .as_deref()
                .map(|l| format!("  [{l}]"))
                .unwrap_or_default(),
        );
    }
    if sessions.is_empty() {
        let _ = writeln!(out, "  (no sessions scheduled)");
    }
    let _ = writeln!(
        out,
        "Book one in #{} ({}/archives/{}).",
        config.slack.channel_name, config.slack.workspace_url, config.slack.channel_id
    );
    out
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = e.print();
                return if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                    ExitCode::from(2)
                } else {
                    ExitCode::SUCCESS
                };
            }
            // One line: clap's first line names the argument and the problem.
            let text = e.render().to_string();
            let first = text
                .lines()
                .next()
                .unwrap_or("invalid arguments")
                .trim_start_matches("error: ");
            eprintln!("error: {first} (see --help)");
            return ExitCode::from(2);
        }
    };
    let choice = match cli.tzdata {
        TzdataArg::Auto => Choice::Freshest,
        TzdataArg::System => Choice::System,
        TzdataArg::Bundled => Choice::Bundled,
    };
    if let Err(e) = Tzdb::init(choice) {
        eprintln!("error: --tzdata system: {e} (--tzdata bundled)");
        return ExitCode::from(2);
    }
    let Some(command) = &cli.command else {
        if cli.version {
            print!("{}", long_version());
            return ExitCode::SUCCESS;
        }
        eprintln!("error: a command is required (see --help)");
        return ExitCode::from(2);
    };
    let result = match command {
        Command::Slots(args) => slots(args),
        Command::Zones => Ok(Tzdb::names().join("\n") + "\n"),
        Command::Validate(args) => return request_cmd::validate(args),
        Command::Compose(args) => return request_cmd::compose(args),
        Command::Schedule(args) => return schedule_cmd::run(args),
        Command::Catalog(args) => catalog(args),
        Command::Describe(args) => describe_cmd::run(args),
    };
    match result {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(UsageError(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn every_command_is_well_formed_with_the_shared_arguments() {
        // Also fails when a command's `mut_arg` names an argument that
        // `args::Common` no longer has.
        super::Cli::command().debug_assert();
    }
}

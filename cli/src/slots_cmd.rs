//! `otel-feedback slots`: the upcoming sessions in a zone, as text or JSON;
//! flags override the configuration's first series.

use std::fmt::Write as _;

use chrono::{DateTime, Utc};
use clap::ValueEnum;
use otel_feedback_core::config::Config;
use otel_feedback_core::present;
use otel_feedback_core::rfc3339;
use otel_feedback_core::schedule::{on_or_after, parse_date, parse_weekday, Occurrence};
use otel_feedback_core::zone::{format_offset, to_local, Origin, Tzdb, ZoneRules, ZoneSource};

use crate::shared::{load_config, parse_instant, usage, zone_arg, UsageError};

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct SlotsArgs {
    /// Zone to show the sessions in (IANA name); default: the system's zone.
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// How many sessions to list.
    #[arg(long, default_value_t = 6, value_name = "N")]
    pub count: usize,
    /// List sessions starting at or after this instant (RFC 3339); default: now.
    #[arg(long, value_name = "RFC3339")]
    pub after: Option<String>,
    /// A configuration JSON file (`-` for stdin); flags below override its first series.
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,
    /// The date of a session of the series (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub anchor: Option<String>,
    /// The series' weekday (mon..sun).
    #[arg(long, value_name = "DAY")]
    pub weekday: Option<String>,
    /// The series' start time in its zone (HH:MM, 24-hour).
    #[arg(long, value_name = "HH:MM")]
    pub time: Option<String>,
    /// The zone the series is defined in (IANA name).
    #[arg(long = "source-tz", value_name = "ZONE")]
    pub source_tz: Option<String>,
    /// The series repeats every N weeks.
    #[arg(long = "every-weeks", value_name = "N")]
    pub every_weeks: Option<i64>,
    /// Session length in minutes.
    #[arg(long = "duration-min", value_name = "M")]
    pub duration_min: Option<i64>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
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

/// Runs `slots`.
pub fn run(args: &SlotsArgs) -> Result<String, UsageError> {
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

//! `otel-feedback`: the otel-feedback core from a terminal.
//!
//! Bad input exits with code 2 and one line naming the argument and the fix;
//! the program never panics on user input.
//!
//! This file reads the arguments and dispatches: the clap definitions are
//! in `args.rs`, each command in its own `*_cmd.rs`, the helpers they share
//! (usage errors, input files, `--config`, instants, zones) in `shared.rs`.

use std::process::ExitCode;

use clap::Parser;
use otel_feedback_core::zone::{Choice, Origin, Tzdb};

use args::{Cli, Command, TzdataArg};
use shared::UsageError;

mod args;
mod catalog_cmd;
mod describe_cmd;
mod request_cmd;
mod schedule_cmd;
mod shared;
mod slots_cmd;
mod zones_cmd;

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
        Command::Slots(args) => slots_cmd::run(args),
        Command::Zones => zones_cmd::run(),
        Command::Validate(args) => return request_cmd::validate(args),
        Command::Compose(args) => return request_cmd::compose(args),
        Command::Schedule(args) => return schedule_cmd::run(args),
        Command::Catalog(args) => catalog_cmd::run(args),
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

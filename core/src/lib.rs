//! # otel-feedback-core
//!
//! Book an end-user interview or feedback session with the OpenTelemetry
//! community: the recurring-session [`schedule`], its conversion to any time
//! zone through a pluggable [`zone`] abstraction, and the [`config`] that
//! holds every fact from the opentelemetry.io page with a default. A
//! visitor's [`request`] is validated and turned by [`compose`] into a Slack
//! message, a `mailto:` URL, an `.ics` file or a Google Calendar link, with
//! every user-visible string from the [`i18n`] catalogs.
//!
//! Core is pure Rust: it knows nothing of wasm-bindgen, JavaScript or the
//! DOM. Zone rules come natively from the system's tz database, or the
//! bundled newest release when that is fresher ([`zone::Tzdb`], through
//! jiff), and from anything that implements [`zone::ZoneRules`] elsewhere
//! (the widget uses the browser's `Intl` for every zone).
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use otel_feedback_core::{config::Config, zone::Tzdb};
//!
//! let config = Config::default();
//! let now = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap();
//! let sessions = config.schedule.upcoming(now, 6, &Tzdb).unwrap();
//! assert_eq!(sessions.len(), 6);
//! assert!(sessions.windows(2).all(|w| w[0].start < w[1].start));
//! ```
#![deny(missing_docs, missing_debug_implementations)]

#[cfg(feature = "check")]
pub mod check;
pub mod compose;
pub mod config;
pub mod describe;
pub mod error;
pub mod i18n;
#[cfg(feature = "ics-import")]
pub mod ics_import;
pub mod json;
pub mod present;
pub mod request;
pub mod rfc3339;
pub mod schedule;
pub mod site;
pub mod text;
pub mod zone;

pub use error::Error;

/// This crate's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

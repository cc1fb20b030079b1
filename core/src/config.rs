//! Every fact the page states, as configuration with defaults.
//!
//! The channel was renamed and the meeting cadence changed three times in
//! 2026: none of these values is a constant in code. A site overrides any of
//! them with a JSON file; keys it leaves out keep the defaults below.
//!
//! ```
//! use otel_feedback_core::config::Config;
//! let config = Config::from_json(r#"{"slack": {"channel_name": "otel-user-research"}}"#).unwrap();
//! assert_eq!(config.slack.channel_name, "otel-user-research");
//! assert_eq!(config.slack.channel_id, "C01RT3MSWGZ"); // default kept
//! ```

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::schedule::Schedule;
use crate::zone::ZoneSource;

/// A maintainer a visitor may write to directly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Display name, e.g. `Reese Lee`.
    pub name: String,
    /// Slack member id, e.g. `U03UARAJ405`.
    pub member_id: String,
}

/// Where requests go on Slack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SlackConfig {
    /// The workspace's web address.
    pub workspace_url: String,
    /// The workspace (team) id, for `slack://` links.
    pub team_id: String,
    /// The channel id; stable across renames.
    pub channel_id: String,
    /// The channel's current name, without `#`.
    pub channel_name: String,
    /// Where newcomers get an invitation to the workspace.
    pub invite_url: String,
    /// Maintainers to DM.
    pub contacts: Vec<Contact>,
}

impl Default for SlackConfig {
    fn default() -> Self {
        SlackConfig {
            workspace_url: "https://cloud-native.slack.com".into(),
            team_id: "T08PSQ7BQ".into(),
            channel_id: "C01RT3MSWGZ".into(),
            channel_name: "otel-sig-end-user".into(),
            invite_url: "https://communityinviter.com/apps/cloud-native/cncf".into(),
            contacts: vec![
                Contact {
                    name: "Reese Lee".into(),
                    member_id: "U03UARAJ405".into(),
                },
                Contact {
                    name: "Adriana Villela".into(),
                    member_id: "U02EUCBFK8A".into(),
                },
            ],
        }
    }
}

/// Where requests go by email.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct EmailConfig {
    /// The recipient. The page publishes no address, so the default is empty
    /// and the visitor's mail client asks for one.
    pub to: String,
}

/// The whole configuration: schedule, destinations and presentation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// When sessions happen.
    pub schedule: Schedule,
    /// Slack destinations.
    pub slack: SlackConfig,
    /// Email destination.
    pub email: EmailConfig,
    /// The page the widget lives on, linked from messages and events.
    pub page_url: String,
    /// Language of the composed message (the SIG works in English).
    pub message_lang: String,
    /// How many upcoming sessions to show.
    pub sessions_shown: usize,
    /// How many sessions a visitor may pick.
    pub max_preferred: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            schedule: Schedule::default(),
            slack: SlackConfig::default(),
            email: EmailConfig::default(),
            page_url: "https://opentelemetry.io/community/end-user/interviews-feedback/".into(),
            message_lang: "en".into(),
            sessions_shown: 6,
            max_preferred: 3,
        }
    }
}

impl Config {
    /// Reads a configuration from JSON; missing keys keep their defaults.
    pub fn from_json(json: &str) -> Result<Self, Error> {
        Ok(serde_json::from_str(json)?)
    }

    /// Writes the configuration as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a configuration always serializes")
    }

    /// Checks the schedule (and every other value), listing all issues.
    pub fn validate(&self, zones: &dyn ZoneSource) -> Result<(), Error> {
        self.schedule
            .validate(zones)
            .map_err(|e| e.prefixed("schedule"))
    }
}

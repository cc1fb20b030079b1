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

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{ConfigIssue, Error, IssueKind};
use crate::schedule::Schedule;
use crate::text::{cat, int};
use crate::zone::ZoneSource;

/// The most sessions a page may list (`sessions_shown`, from 1).
pub const MAX_SESSIONS_SHOWN: usize = 50;

/// The most sessions a visitor may be allowed to pick (`max_preferred`,
/// from 1).
pub const MAX_PREFERRED: usize = 10;

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
    #[serde(deserialize_with = "crate::json::objects")]
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
    #[serde(deserialize_with = "crate::json::object")]
    pub schedule: Schedule,
    /// Slack destinations.
    #[serde(deserialize_with = "crate::json::object")]
    pub slack: SlackConfig,
    /// Email destination.
    #[serde(deserialize_with = "crate::json::object")]
    pub email: EmailConfig,
    /// The page the widget lives on, linked from messages and events.
    pub page_url: String,
    /// Language of the composed message (the SIG works in English).
    pub message_lang: String,
    /// How many upcoming sessions to show.
    #[serde(deserialize_with = "crate::json::count")]
    pub sessions_shown: usize,
    /// How many sessions a visitor may pick.
    #[serde(deserialize_with = "crate::json::count")]
    pub max_preferred: usize,
    /// Texts the site overrides, by catalog key (`"intro": "…"`), in
    /// every language; a page's own `strings` take precedence.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub strings: BTreeMap<String, String>,
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
            strings: BTreeMap::new(),
        }
    }
}

impl Config {
    /// Reads a configuration from JSON; missing keys keep their defaults.
    pub fn from_json(json: &str) -> Result<Self, Error> {
        crate::json::read(json)
    }

    /// Writes the configuration as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a configuration always serializes")
    }

    /// Checks the schedule and every other value, listing all issues: the
    /// links must be `http(s)://` web addresses (they become links and
    /// message text), the Slack ids uppercase letters and digits (they go
    /// into URLs), and the counts in range (1 to 50 sessions shown, 1 to 10
    /// picked).
    ///
    /// ```
    /// use otel_feedback_core::{config::Config, zone::Bundled};
    /// let mut c = Config::default();
    /// c.slack.invite_url = "javascript:alert(1)".into();
    /// c.max_preferred = 0;
    /// let err = c.validate(&Bundled).unwrap_err();
    /// let fields: Vec<&str> = err.issues().iter().map(|i| i.field.as_str()).collect();
    /// assert_eq!(fields, ["slack.invite_url", "max_preferred"]);
    /// ```
    pub fn validate(&self, zones: &dyn ZoneSource) -> Result<(), Error> {
        let mut issues = match self
            .schedule
            .validate(zones)
            .map_err(|e| e.prefixed("schedule"))
        {
            Err(Error::Config(list)) => list,
            _ => Vec::new(),
        };
        for (field, url) in [
            ("page_url", &self.page_url),
            ("slack.workspace_url", &self.slack.workspace_url),
            ("slack.invite_url", &self.slack.invite_url),
        ] {
            if !web_address(url) {
                let m = cat(&["'", url, "' is not a web address; use an https:// URL"]);
                push(&mut issues, field.into(), url, IssueKind::BadValue, m);
            }
        }
        slack_id(&mut issues, "slack.team_id".into(), &self.slack.team_id);
        slack_id(
            &mut issues,
            "slack.channel_id".into(),
            &self.slack.channel_id,
        );
        for (i, c) in self.slack.contacts.iter().enumerate() {
            let field = cat(&["slack.contacts[", &int(i as i64), "].member_id"]);
            slack_id(&mut issues, field, &c.member_id);
        }
        for (field, n, max) in [
            ("sessions_shown", self.sessions_shown, MAX_SESSIONS_SHOWN),
            ("max_preferred", self.max_preferred, MAX_PREFERRED),
        ] {
            if n < 1 || n > max {
                let n = int(n as i64);
                let m = cat(&["must be between 1 and ", &int(max as i64), "; got ", &n]);
                push(&mut issues, field.into(), &n, IssueKind::OutOfRange, m);
            }
        }
        if issues.is_empty() {
            Ok(())
        } else {
            Err(Error::Config(issues))
        }
    }
}

fn push(
    issues: &mut Vec<ConfigIssue>,
    field: String,
    value: &str,
    kind: IssueKind,
    message: String,
) {
    issues.push(ConfigIssue {
        field,
        value: value.to_owned(),
        kind,
        message,
    });
}

/// `http://` or `https://` and a host, with no space or control character.
fn web_address(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/'))
        && url.bytes().all(|b| b > b' ' && b != 0x7f)
}

/// A Slack id is an uppercase letter, then 2 to 20 uppercase letters or
/// digits (`T08PSQ7BQ`, `C01RT3MSWGZ`, `U02EUCBFK8A`): it goes into URLs.
fn slack_id(issues: &mut Vec<ConfigIssue>, field: String, id: &str) {
    let b = id.as_bytes();
    let ok = (3..=21).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if !ok {
        let m = cat(&[
            "'",
            id,
            "' is not a Slack id; use the id Slack shows (uppercase letters and digits, such as C01RT3MSWGZ)",
        ]);
        push(issues, field, id, IssueKind::BadValue, m);
    }
}

//! `Config::validate` beyond the schedule: links, Slack ids and counts are
//! refused with the field, the value and the fix, all issues at once.

use otel_feedback_core::config::{Config, Contact};
use otel_feedback_core::error::IssueKind;
use otel_feedback_core::zone::Bundled;

/// The (field, kind, message) of each issue, in order.
fn issues(c: &Config) -> Vec<(String, IssueKind, String)> {
    match c.validate(&Bundled) {
        Ok(()) => Vec::new(),
        Err(e) => e
            .issues()
            .iter()
            .map(|i| (i.field.clone(), i.kind.clone(), i.message.clone()))
            .collect(),
    }
}

#[test]
fn the_defaults_are_valid() {
    assert_eq!(issues(&Config::default()), []);
}

#[test]
fn links_must_be_web_addresses() {
    for bad in [
        "javascript:alert(1)",
        "data:text/html,<b>x</b>",
        "",
        "https://",
        "https:///path",
        "//cloud-native.slack.com",
        "ftp://example.org/",
        "https://exa mple.org/",
        "https://example.org/\n",
    ] {
        for field in ["page_url", "slack.workspace_url", "slack.invite_url"] {
            let mut c = Config::default();
            match field {
                "page_url" => c.page_url = bad.into(),
                "slack.workspace_url" => c.slack.workspace_url = bad.into(),
                _ => c.slack.invite_url = bad.into(),
            }
            let found = issues(&c);
            assert_eq!(found.len(), 1, "{field} = {bad:?}: {found:?}");
            let (f, kind, message) = &found[0];
            assert_eq!((f.as_str(), kind), (field, &IssueKind::BadValue));
            assert!(
                message.contains(bad) && message.contains("https://"),
                "{message}"
            );
        }
    }
    let mut c = Config {
        page_url: "http://localhost:1313/community/".into(),
        ..Config::default()
    };
    c.slack.workspace_url = "https://example.slack.com".into();
    assert_eq!(issues(&c), []);
}

#[test]
fn slack_ids_are_uppercase_letters_and_digits() {
    for bad in [
        "",
        "t08psq7bq",
        "T",
        "T0",
        "T08 PSQ",
        "C01&id=X",
        "1C0RT3MSWGZ",
        "C01RT3MSWGZ\u{202e}",
    ] {
        let mut c = Config::default();
        c.slack.channel_id = bad.into();
        c.slack.contacts.push(Contact {
            name: "Rynn Mancuso".into(),
            member_id: bad.into(),
        });
        let found = issues(&c);
        let fields: Vec<&str> = found.iter().map(|(f, _, _)| f.as_str()).collect();
        assert_eq!(
            fields,
            ["slack.channel_id", "slack.contacts[2].member_id"],
            "{bad:?}"
        );
        assert!(found[0].2.contains("is not a Slack id"), "{}", found[0].2);
    }
    let mut c = Config::default();
    c.slack.team_id = "E012AB3CD".into();
    c.slack.contacts.push(Contact {
        name: "Rynn Mancuso".into(),
        member_id: "U03FU45JA1M".into(),
    });
    assert_eq!(issues(&c), []);
}

#[test]
fn counts_are_in_range() {
    for (shown, max, bad) in [
        (0, 3, vec!["sessions_shown"]),
        (51, 3, vec!["sessions_shown"]),
        (6, 0, vec!["max_preferred"]),
        (6, 11, vec!["max_preferred"]),
        (0, 0, vec!["sessions_shown", "max_preferred"]),
        (1, 1, vec![]),
        (50, 10, vec![]),
    ] {
        let c = Config {
            sessions_shown: shown,
            max_preferred: max,
            ..Config::default()
        };
        let found = issues(&c);
        let fields: Vec<&str> = found.iter().map(|(f, _, _)| f.as_str()).collect();
        assert_eq!(fields, bad, "{shown}/{max}");
        for (_, kind, message) in &found {
            assert_eq!(kind, &IssueKind::OutOfRange);
            assert!(message.starts_with("must be between 1 and "), "{message}");
        }
    }
}

#[test]
fn every_issue_is_listed_schedule_first() {
    let mut c = Config::default();
    c.schedule.series[0].zone = "America/Los_Angles".into();
    c.slack.invite_url = "javascript:void(0)".into();
    c.sessions_shown = 0;
    let fields: Vec<String> = issues(&c).into_iter().map(|(f, _, _)| f).collect();
    assert_eq!(
        fields,
        [
            "schedule.series[0].zone",
            "slack.invite_url",
            "sessions_shown"
        ]
    );
}

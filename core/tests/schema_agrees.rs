//! The shipped JSON Schema (`docs/schema/config.schema.json`, which refers
//! to `schedule.schema.json`) against core's own reading of a configuration:
//! serde's types (`Config::from_json`: types, unknown keys) and
//! `Config::validate` (every value rule). A corpus of configurations —
//! `docs/examples/`, the Hugo fixture's configuration, the calendar import's
//! output and edge cases — goes through both; a configuration one accepts and
//! the other refuses fails the test, unless the rule is one a JSON Schema
//! cannot state (a zone the database knows, an anchor on the series'
//! weekday, `until` after `anchor`): those cases are listed as such, and the
//! schema must accept them (core is stricter, never looser).

use std::path::PathBuf;

use otel_feedback_core::config::Config;
use otel_feedback_core::zone::Tzdb;
use serde_json::{json, Value};

fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(path)
}

fn schema_file(name: &str) -> Value {
    let text = std::fs::read_to_string(repo("docs/schema").join(name)).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn validator() -> jsonschema::Validator {
    let config = schema_file("config.schema.json");
    let schedule = schema_file("schedule.schema.json");
    let registry = jsonschema::Registry::new()
        .add(schedule["$id"].as_str().unwrap(), schedule.clone())
        .unwrap()
        .prepare()
        .unwrap();
    jsonschema::options()
        .with_registry(&registry)
        .should_validate_formats(true)
        .build(&config)
        .expect("the schema compiles")
}

/// Core's answer: accepted, or the first reason it refuses.
fn core_accepts(value: &Value) -> Result<(), String> {
    let config = Config::from_json(&value.to_string()).map_err(|e| e.to_string())?;
    config.validate(&Tzdb).map_err(|e| e.to_string())
}

/// What a JSON Schema cannot say; core refuses these, the schema accepts them.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Expect {
    Agree,
    CoreOnly(&'static str),
}

fn series(v: Value) -> Value {
    json!({ "schedule": { "series": [v] } })
}

fn corpus() -> Vec<(String, Value, Expect)> {
    use Expect::*;
    let mut out: Vec<(String, Value, Expect)> = Vec::new();
    let file = |p: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(repo(p)).unwrap()).unwrap()
    };
    out.push((
        "docs/examples/config.json".into(),
        file("docs/examples/config.json"),
        Agree,
    ));
    out.push((
        "embed/hugo/fixture/static/otel-feedback/config.json".into(),
        file("embed/hugo/fixture/static/otel-feedback/config.json"),
        Agree,
    ));
    let ics = std::fs::read_to_string(repo("tests/e2e/fixtures/community-calendar.ics")).unwrap();
    let opts = otel_feedback_core::ics_import::Options {
        from_ics: "community-calendar.ics",
        calendar: &ics,
        summary: "End-User SIG",
        config: None,
        now: None,
    };
    let imported = otel_feedback_core::ics_import::import(&opts, &Tzdb).unwrap();
    out.push((
        "the calendar import".into(),
        serde_json::from_str(&imported.json).unwrap(),
        Agree,
    ));

    let cases: Vec<(&str, Value, Expect)> = vec![
        ("empty", json!({}), Agree),
        (
            "unknown top-level key",
            json!({ "sesions_shown": 3 }),
            Agree,
        ),
        (
            "unknown slack key",
            json!({ "slack": { "chanel_name": "x" } }),
            Agree,
        ),
        (
            "unknown series key",
            series(json!({ "weekdays": "thu" })),
            Agree,
        ),
        ("schedule as an array", json!({ "schedule": [] }), Agree),
        (
            "slack as an array",
            json!({ "slack": ["https://a.example"] }),
            Agree,
        ),
        (
            "a whole number written 60.0",
            series(json!({ "duration_minutes": 60.0 })),
            Agree,
        ),
        ("count as a string", json!({ "sessions_shown": "4" }), Agree),
        ("count 0", json!({ "sessions_shown": 0 }), Agree),
        ("count 50", json!({ "sessions_shown": 50 }), Agree),
        ("count 51", json!({ "sessions_shown": 51 }), Agree),
        ("count 1.5", json!({ "sessions_shown": 1.5 }), Agree),
        ("max_preferred 11", json!({ "max_preferred": 11 }), Agree),
        ("max_preferred 10", json!({ "max_preferred": 10 }), Agree),
        (
            "invite javascript:",
            json!({ "slack": { "invite_url": "javascript:alert(1)" } }),
            Agree,
        ),
        (
            "invite http",
            json!({ "slack": { "invite_url": "http://example.org/x" } }),
            Agree,
        ),
        (
            "page url with a space",
            json!({ "page_url": "https://a b" }),
            Agree,
        ),
        (
            "page url without host",
            json!({ "page_url": "https:///path" }),
            Agree,
        ),
        (
            "channel id lowercase",
            json!({ "slack": { "channel_id": "c01rt3mswgz" } }),
            Agree,
        ),
        (
            "channel id too short",
            json!({ "slack": { "channel_id": "C0" } }),
            Agree,
        ),
        (
            "contact without member_id",
            json!({ "slack": { "contacts": [{ "name": "A" }] } }),
            Agree,
        ),
        (
            "contact with a bad id",
            json!({ "slack": { "contacts": [{ "name": "A", "member_id": "u1" }] } }),
            Agree,
        ),
        ("no contacts", json!({ "slack": { "contacts": [] } }), Agree),
        (
            "weekday full name, any case",
            series(json!({ "weekday": "Thursday", "anchor": "2026-01-08" })),
            Agree,
        ),
        ("weekday THU", series(json!({ "weekday": "THU" })), Agree),
        (
            "weekday thurs",
            series(json!({ "weekday": "thurs" })),
            Agree,
        ),
        ("time 9:00", series(json!({ "time": "9:00" })), Agree),
        ("time 24:00", series(json!({ "time": "24:00" })), Agree),
        ("time 10:0", series(json!({ "time": "10:0" })), Agree),
        (
            "duration 0",
            series(json!({ "duration_minutes": 0 })),
            Agree,
        ),
        (
            "duration 1440",
            series(json!({ "duration_minutes": 1440 })),
            Agree,
        ),
        (
            "duration 1441",
            series(json!({ "duration_minutes": 1441 })),
            Agree,
        ),
        ("every 0 weeks", series(json!({ "every_weeks": 0 })), Agree),
        (
            "every 53 weeks",
            series(json!({ "every_weeks": 53 })),
            Agree,
        ),
        (
            "anchor 2026-1-8",
            series(json!({ "anchor": "2026-1-8" })),
            Agree,
        ),
        (
            "anchor 2026-02-30",
            series(json!({ "anchor": "2026-02-30", "weekday": "mon" })),
            Agree,
        ),
        (
            "anchor 2026-13-01",
            series(json!({ "anchor": "2026-13-01" })),
            Agree,
        ),
        (
            "extra without date",
            json!({ "schedule": { "extra": [{ "time": "10:00" }] } }),
            Agree,
        ),
        (
            "extra on a good date",
            json!({ "schedule": { "extra": [{ "date": "2026-11-24", "time": "09:00" }] } }),
            Agree,
        ),
        (
            "cancelled not a date",
            json!({ "schedule": { "cancelled": ["next week"] } }),
            Agree,
        ),
        (
            "label with markup",
            series(json!({ "label": "</script><b>x</b>" })),
            Agree,
        ),
        // Rules a JSON Schema cannot state:
        (
            "zone unknown",
            series(json!({ "zone": "America/Los_Angles" })),
            CoreOnly("the zone must be in the tz database"),
        ),
        (
            "anchor on a Friday",
            series(json!({ "anchor": "2026-01-09" })),
            CoreOnly("the anchor must fall on the series' weekday"),
        ),
        (
            "until before anchor",
            series(json!({ "anchor": "2026-01-08", "until": "2026-01-01" })),
            CoreOnly("until must not be before anchor"),
        ),
        (
            "no series and no extra",
            json!({ "schedule": { "series": [] } }),
            CoreOnly("a schedule needs a series or an extra session (either key)"),
        ),
    ];
    out.extend(cases.into_iter().map(|(n, v, e)| (n.to_owned(), v, e)));
    out
}

#[test]
fn the_schema_and_core_accept_and_refuse_the_same_configurations() {
    let validator = validator();
    let mut disagreements = Vec::new();
    for (name, value, expect) in corpus() {
        let schema = validator.validate(&value).map_err(|e| e.to_string());
        let core = core_accepts(&value);
        let ok = match expect {
            Expect::Agree => schema.is_ok() == core.is_ok(),
            Expect::CoreOnly(_) => schema.is_ok() && core.is_err(),
        };
        if !ok {
            disagreements.push(format!(
                "{name} ({expect:?}): schema {schema:?}, core {core:?}: {value}"
            ));
        }
    }
    assert!(disagreements.is_empty(), "\n{}", disagreements.join("\n"));
}

#[test]
fn the_test_can_fail_a_schema_that_is_looser_than_core() {
    // A schema without the counts' maximum must disagree on "count 51".
    let mut loose = schema_file("config.schema.json");
    loose["properties"]["sessions_shown"]
        .as_object_mut()
        .unwrap()
        .remove("maximum");
    let v = jsonschema::options()
        .build(&json!({"properties": {"sessions_shown": loose["properties"]["sessions_shown"]}}))
        .unwrap();
    let value = json!({ "sessions_shown": 51 });
    assert!(v.is_valid(&value));
    assert!(core_accepts(&value).is_err());
}

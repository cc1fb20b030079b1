//! The widget's configuration reader (`jsconfig`, over `JSON.parse`)
//! against core's (`Config::from_json`, serde), in a real browser: for the
//! shared corpus (`tests/corpus/configs.json`), the repository's example
//! configurations, and hundreds of configurations generated from a full
//! sample by changing one value or key at a time, both must give the same
//! `Config` (after `Config::validate`), or both an error on the same field.
#![cfg(target_arch = "wasm32")]

use otel_feedback_core::config::Config;
use otel_feedback_widget::{parse_config, IntlZones};
use serde_json::{json, Value};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CORPUS: &str = include_str!("../../tests/corpus/configs.json");
const EXAMPLES: &[&str] = &[include_str!("../../demo/config.json")];

/// One reader's answer: the configuration, or the field an error names.
#[derive(Debug, PartialEq)]
enum Answer {
    Valid(Box<Config>),
    Refused(String),
}

fn core_reads(text: &str) -> Answer {
    let config = match Config::from_json(text) {
        Ok(c) => c,
        Err(e) => {
            return Answer::Refused(
                e.issues()
                    .first()
                    .map(|i| i.field.clone())
                    .unwrap_or_default(),
            )
        }
    };
    match config.validate(&IntlZones) {
        Ok(()) => Answer::Valid(Box::new(config)),
        Err(e) => Answer::Refused(e.issues()[0].field.clone()),
    }
}

/// The widget's answer; its errors name the field in backticks
/// ("`schedule.series[0].zone` must be text", "unknown field `x`, ...").
fn widget_reads(text: &str) -> Answer {
    match parse_config(text) {
        Ok((mut config, strings)) => {
            config.strings = strings.into_iter().collect();
            match config.validate(&IntlZones) {
                Ok(()) => Answer::Valid(Box::new(config)),
                Err(e) => Answer::Refused(e.issues()[0].field.clone()),
            }
        }
        Err(e) => {
            let field = e.split('`').nth(1).unwrap_or_default().to_owned();
            let field = if field == "the configuration" {
                String::new()
            } else {
                field
            };
            Answer::Refused(field)
        }
    }
}

/// A configuration that sets every field, each to a value other than its
/// default, so a value the widget forgets to read shows as a difference.
fn full_sample() -> Value {
    json!({
        "schedule": {
            "series": [
                {"weekday": "tue", "time": "09:30", "duration_minutes": 45, "zone": "Europe/Berlin",
                 "every_weeks": 3, "anchor": "2026-12-01", "until": "2027-12-31", "label": "Berlin"},
                {"weekday": "thu", "time": "10:00", "zone": "America/Los_Angeles", "anchor": "2026-01-08", "label": null}
            ],
            "cancelled": ["2026-12-15"],
            "extra": [{"date": "2026-12-18", "time": "08:00", "zone": "Asia/Tokyo", "duration_minutes": 30, "label": "Tokyo"}]
        },
        "slack": {
            "workspace_url": "https://example.slack.com", "team_id": "T0001", "channel_id": "C0001",
            "channel_name": "research", "invite_url": "https://example.org/invite",
            "contacts": [{"name": "Ada", "member_id": "U0001"}]
        },
        "email": {"to": "sig@example.org"},
        "page_url": "https://example.org/feedback/",
        "message_lang": "uk",
        "sessions_shown": 4,
        "max_preferred": 2,
        "strings": {"intro": "Our words"}
    })
}

/// Every variant of `v` with one value replaced or one key added/removed.
fn variants(v: &Value, out: &mut Vec<Value>, root: &Value, path: &mut Vec<PathStep>) {
    let replacements = [
        json!(null),
        json!("text"),
        json!(60.0),
        json!(1.5),
        json!(-1),
        json!(true),
        json!([]),
        json!({}),
        json!(4294967297u64),
    ];
    for r in &replacements {
        out.push(replaced(root, path, Some(r.clone())));
    }
    match v {
        Value::Object(map) => {
            let mut with_unknown = map.clone();
            with_unknown.insert("unknown_key".into(), json!(1));
            out.push(replaced(root, path, Some(Value::Object(with_unknown))));
            for (k, child) in map {
                out.push(replaced(
                    root,
                    &[path.clone(), vec![PathStep::Key(k.clone())]].concat(),
                    None,
                ));
                path.push(PathStep::Key(k.clone()));
                variants(child, out, root, path);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                path.push(PathStep::Index(i));
                variants(child, out, root, path);
                path.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone)]
enum PathStep {
    Key(String),
    Index(usize),
}

/// `root` with the value at `path` replaced (`Some`) or removed (`None`).
fn replaced(root: &Value, path: &[PathStep], with: Option<Value>) -> Value {
    let mut copy = root.clone();
    if path.is_empty() {
        return with.unwrap_or(json!({}));
    }
    let mut at = &mut copy;
    for step in &path[..path.len() - 1] {
        at = match step {
            PathStep::Key(k) => &mut at[k.as_str()],
            PathStep::Index(i) => &mut at[*i],
        };
    }
    match (path.last().unwrap(), with) {
        (PathStep::Key(k), Some(w)) => at[k.as_str()] = w,
        (PathStep::Key(k), None) => {
            at.as_object_mut().unwrap().remove(k);
        }
        (PathStep::Index(i), Some(w)) => at[*i] = w,
        (PathStep::Index(i), None) => {
            at.as_array_mut().unwrap().remove(*i);
        }
    }
    copy
}

#[wasm_bindgen_test]
fn the_full_sample_sets_every_key_the_widget_reads() {
    // So a key whose read call is forgotten shows as a difference below.
    let sample = full_sample();
    for (at, keys) in otel_feedback_widget::jsconfig::KEYS {
        let mut v = &sample;
        for part in at.split('.').filter(|p| !p.is_empty()) {
            v = match part.strip_suffix("[]") {
                Some(k) => &v[k][0],
                None => &v[part],
            };
        }
        for k in *keys {
            assert!(v.get(k).is_some(), "the full sample lacks `{k}` at `{at}`");
        }
    }
}

#[wasm_bindgen_test]
fn jsconfig_answers_as_core_does() {
    let mut texts: Vec<(String, String)> = Vec::new();
    let corpus: Vec<Value> = serde_json::from_str(CORPUS).unwrap();
    for case in &corpus {
        texts.push((
            case["case"].as_str().unwrap().into(),
            case["json"].as_str().unwrap().into(),
        ));
    }
    for (i, e) in EXAMPLES.iter().enumerate() {
        texts.push((format!("example {i}"), (*e).into()));
    }
    let sample = full_sample();
    let mut generated = Vec::new();
    variants(&sample, &mut generated, &sample, &mut Vec::new());
    for (i, v) in generated.iter().enumerate() {
        texts.push((format!("generated {i}: {v}"), v.to_string()));
    }
    let mut differ = Vec::new();
    let mut valid = 0;
    for (name, text) in &texts {
        let (core, widget) = (core_reads(text), widget_reads(text));
        if matches!(core, Answer::Valid(_)) {
            valid += 1;
        }
        if core != widget {
            differ.push(format!("{name}\n  core:   {core:?}\n  widget: {widget:?}"));
        }
    }
    assert!(
        differ.is_empty(),
        "{} of {} configurations read differently:\n{}",
        differ.len(),
        texts.len(),
        differ.join("\n")
    );
    // The sample itself is valid and read in full (nothing left at a default).
    assert!(valid > 20, "only {valid} valid configurations compared");
    assert!(texts.len() > 300, "{}", texts.len());
}

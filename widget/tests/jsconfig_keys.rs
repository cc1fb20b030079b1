//! The widget's key lists (`jsconfig::KEYS`) against serde's own fields of
//! core's configuration types: core's reader lists the fields it accepts
//! when it meets an unknown key, and every object a full configuration
//! serializes to must have its list. A field added to core's `Config`
//! without the widget's reader learning it fails here.
#![cfg(not(target_arch = "wasm32"))]

use otel_feedback_core::config::Config;
use otel_feedback_widget::jsconfig::KEYS;
use serde_json::{json, Value};

/// The JSON text with `{"__probe__": 1}` at `at` (`schedule.series[]`).
fn probe(at: &str) -> String {
    let mut v = json!({"__probe__": 1});
    for part in at.rsplit('.').filter(|p| !p.is_empty()) {
        v = match part.strip_suffix("[]") {
            Some(key) => json!({ key: [v] }),
            None => json!({ part: v }),
        };
    }
    v.to_string()
}

/// The fields serde accepts at `at`, from its "expected `a`", "expected
/// `a` or `b`", "expected one of `a`, `b`, `c`" message.
fn serde_fields(at: &str) -> Vec<String> {
    let e = Config::from_json(&probe(at)).unwrap_err().to_string();
    let list = e
        .split("`, expected ")
        .nth(1)
        .unwrap_or_else(|| panic!("{at}: {e}"));
    let list = list.strip_prefix("one of ").unwrap_or(list);
    list.split(", ")
        .flat_map(|f| f.split(" or "))
        .map(|f| f.trim_matches('`').to_owned())
        .collect()
}

/// Every object path in `v` (`""`, `schedule`, `schedule.series[]`, ...).
fn object_paths(v: &Value, at: &str, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            out.push(at.to_owned());
            for (k, child) in map {
                let p = if at.is_empty() {
                    k.clone()
                } else {
                    format!("{at}.{k}")
                };
                object_paths(child, &p, out);
            }
        }
        Value::Array(items) => {
            for child in items {
                object_paths(child, &format!("{at}[]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_widget_knows_every_field_serde_knows() {
    for (at, keys) in KEYS {
        let mut serde = serde_fields(at);
        let mut ours: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        serde.sort();
        ours.sort();
        assert_eq!(
            ours, serde,
            "jsconfig::KEYS at `{at}` differs from core's fields"
        );
    }
}

#[test]
fn every_object_of_the_format_has_a_key_list() {
    // A configuration with every list non-empty and every option set.
    let mut c = Config::default();
    c.schedule.extra.push(Default::default());
    c.schedule.cancelled.push("2026-12-24".into());
    c.schedule.series[0].until = Some("2027-01-01".into());
    c.strings.insert("intro".into(), "x".into());
    let v: Value = serde_json::from_str(&c.to_json()).unwrap();
    let mut paths = Vec::new();
    object_paths(&v, "", &mut paths);
    for p in paths.iter().filter(|p| *p != "strings") {
        assert!(
            KEYS.iter().any(|(k, _)| k == p),
            "no jsconfig::KEYS entry for the object at `{p}`"
        );
    }
}

//! The shipped JSON Schemas' `default`s and limits against core's:
//! `docs/schema/config.schema.json` (with `schedule.schema.json`) states
//! every default and range a site can rely on, and must say what core does.
//! (`schema_agrees.rs` compares what both accept and refuse.)
//!
//! - Defaults: the schema read as a configuration (every property's
//!   `default`, an object property without one standing for its own
//!   properties' defaults, as core's `#[serde(default)]` does) must be
//!   `Config::default()` serialised, key for key. An array item's
//!   defaults (a series, an extra session) are compared with core's
//!   reading of an item that gives only its required keys.
//! - Limits: every `minimum` and `maximum` of the configuration is where
//!   core starts refusing (the bound accepted, one past it refused by
//!   `Config::from_json` or `Config::validate`); the counts' maxima are
//!   core's constants; `request.schema.json`'s `maxLength`s are
//!   `request::max_length`, its `maxItems` the topics and `max_preferred`.

use std::path::PathBuf;

use otel_feedback_core::config::{Config, MAX_PREFERRED, MAX_SESSIONS_SHOWN};
use otel_feedback_core::request::{max_length, Topic};
use otel_feedback_core::zone::Bundled;
use serde_json::{json, Map, Value};

fn schema_file(name: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../docs/schema")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// `s` with its `$ref` followed (to `schedule.schema.json` or a `$defs`
/// entry of `doc`), the referring schema's own keywords kept over the
/// target's; also returns the document further `#/$defs/` refs are in.
fn resolve(s: &Value, doc: &Value) -> (Value, Value) {
    let Some(r) = s.get("$ref").and_then(Value::as_str) else {
        return (s.clone(), doc.clone());
    };
    let (target, doc) = if let Some(def) = r.strip_prefix("#/$defs/") {
        (doc["$defs"][def].clone(), doc.clone())
    } else {
        let file = schema_file(r);
        (file.clone(), file)
    };
    assert!(target.is_object(), "unresolved $ref {r}");
    let mut merged = target.as_object().unwrap().clone();
    for (k, v) in s.as_object().unwrap() {
        if k != "$ref" {
            merged.insert(k.clone(), v.clone());
        }
    }
    (Value::Object(merged), doc)
}

/// `value` with every property it leaves out that has a default in
/// `schema` filled in, recursively (an object property with no default
/// stands for `{}`, itself filled in; array items are filled in too).
fn fill(schema: &Value, doc: &Value, value: &Value) -> Value {
    let (schema, doc) = resolve(schema, doc);
    match value {
        Value::Object(given) => {
            let mut out = given.clone();
            if let Some(props) = schema.get("properties").and_then(Value::as_object) {
                for (name, prop) in props {
                    let (p, _) = resolve(prop, &doc);
                    let v = match given.get(name) {
                        Some(v) => v.clone(),
                        None => match p.get("default") {
                            Some(d) => d.clone(),
                            None if p.get("properties").is_some() => json!({}),
                            None => continue,
                        },
                    };
                    out.insert(name.clone(), fill(prop, &doc, &v));
                }
            }
            Value::Object(out)
        }
        Value::Array(items) => match schema.get("items") {
            Some(item) => Value::Array(items.iter().map(|v| fill(item, &doc, v)).collect()),
            None => value.clone(),
        },
        _ => value.clone(),
    }
}

/// The differences between `a` (the schema) and `b` (core), by JSON path.
fn diff(path: &str, a: &Value, b: &Value, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for k in x.keys().chain(y.keys().filter(|k| !x.contains_key(*k))) {
                let p = format!("{path}.{k}");
                match (x.get(k), y.get(k)) {
                    (Some(u), Some(v)) => diff(&p, u, v, out),
                    (Some(u), None) => out.push(format!("{p}: the schema says {u}, core has none")),
                    (None, Some(v)) => {
                        out.push(format!("{p}: core's default is {v}, the schema gives none"))
                    }
                    (None, None) => unreachable!(),
                }
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (u, v)) in x.iter().zip(y).enumerate() {
                diff(&format!("{path}[{i}]"), u, v, out);
            }
        }
        _ if a != b => out.push(format!("{path}: the schema says {a}, core {b}")),
        _ => {}
    }
}

fn config_schema() -> Value {
    schema_file("config.schema.json")
}

/// Where the schema's defaults and core's differ, for the schema `schema`.
fn default_differences(schema: &Value) -> Vec<String> {
    let mut out = Vec::new();
    // The whole configuration: the schema's defaults against Config::default().
    let stated = fill(schema, schema, &json!({}));
    let core = serde_json::to_value(Config::default()).unwrap();
    diff("", &stated, &core, &mut out);
    // Array items: an item with only its required keys, as core reads it.
    for (path, item) in [
        ("schedule.series", json!({})),
        ("schedule.extra", json!({ "date": "2026-11-24" })),
    ] {
        let (parent, key) = path.split_once('.').unwrap();
        let text = json!({ parent: { key: [item.clone()] } }).to_string();
        let read = serde_json::to_value(Config::from_json(&text).unwrap()).unwrap();
        let core_item = &read[parent][key][0];
        let (sched, doc) = resolve(&schema["properties"][parent], schema);
        let stated = fill(&sched["properties"][key]["items"], &doc, &item);
        diff(&format!(".{path}[0]"), &stated, core_item, &mut out);
    }
    out
}

#[test]
fn the_schemas_defaults_are_cores() {
    let out = default_differences(&config_schema());
    assert!(out.is_empty(), "\n{}", out.join("\n"));
}

#[test]
fn a_default_that_drifts_fails() {
    // The schema with a default changed at the top and one in Slack's:
    // each is found. (schedule.schema.json is read from its file; its
    // drift is caught the same way, through the items compared above.)
    let mut s = config_schema();
    s["properties"]["sessions_shown"]["default"] = json!(5);
    s["properties"]["slack"]["properties"]["channel_name"]["default"] = json!("otel-old");
    let found = default_differences(&s).join("\n");
    assert!(
        found.contains(".sessions_shown: the schema says 5, core 6"),
        "{found}"
    );
    assert!(found.contains(".slack.channel_name"), "{found}");
    // A default the schema leaves out is found too.
    let mut s = config_schema();
    s["properties"]["page_url"]
        .as_object_mut()
        .unwrap()
        .remove("default");
    let found = default_differences(&s).join("\n");
    assert!(found.contains(".page_url: core's default is"), "{found}");
}

/// Every `(path, minimum, maximum)` of an integer property, through refs.
fn limits(
    schema: &Value,
    doc: &Value,
    path: &str,
    out: &mut Vec<(String, Option<i64>, Option<i64>)>,
) {
    let (schema, doc) = resolve(schema, doc);
    let (min, max) = (
        schema.get("minimum").and_then(Value::as_i64),
        schema.get("maximum").and_then(Value::as_i64),
    );
    if min.is_some() || max.is_some() {
        out.push((path.to_owned(), min, max));
    }
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        for (name, p) in props {
            let sep = if path.is_empty() { "" } else { "." };
            limits(p, &doc, &format!("{path}{sep}{name}"), out);
        }
    }
    if let Some(item) = schema.get("items") {
        limits(item, &doc, &format!("{path}[]"), out);
    }
}

/// A configuration with `n` at `path` (`schedule.series[].every_weeks`),
/// items given only what they require.
fn config_with(path: &str, n: i64) -> Value {
    let mut parts: Vec<&str> = path.split('.').collect();
    let last = parts.pop().unwrap();
    let mut v = json!({ last: n });
    for part in parts.into_iter().rev() {
        v = match part.strip_suffix("[]") {
            Some(key) => {
                if key == "extra" {
                    v["date"] = json!("2026-11-24");
                }
                json!({ key: [v] })
            }
            None => json!({ part: v }),
        };
    }
    v
}

fn core_accepts(v: &Value) -> bool {
    Config::from_json(&v.to_string()).is_ok_and(|c| c.validate(&Bundled).is_ok())
}

#[test]
fn the_schemas_limits_are_where_core_refuses() {
    let schema = config_schema();
    let mut found = Vec::new();
    limits(&schema, &schema, "", &mut found);
    let paths: Vec<&str> = found.iter().map(|(p, ..)| p.as_str()).collect();
    for p in [
        "sessions_shown",
        "max_preferred",
        "schedule.series[].duration_minutes",
        "schedule.series[].every_weeks",
        "schedule.extra[].duration_minutes",
    ] {
        assert!(paths.contains(&p), "no limit found at {p}: {paths:?}");
    }
    let mut wrong = Vec::new();
    for (path, min, max) in &found {
        for (bound, past) in [(*min, min.map(|m| m - 1)), (*max, max.map(|m| m + 1))] {
            let (Some(bound), Some(past)) = (bound, past) else {
                continue;
            };
            if !core_accepts(&config_with(path, bound)) {
                wrong.push(format!(
                    "{path} = {bound}: the schema allows it, core refuses it"
                ));
            }
            if core_accepts(&config_with(path, past)) {
                wrong.push(format!(
                    "{path} = {past}: the schema refuses it, core accepts it"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
    let max = |p: &str| schema["properties"][p]["maximum"].as_u64().unwrap() as usize;
    assert_eq!(max("sessions_shown"), MAX_SESSIONS_SHOWN);
    assert_eq!(max("max_preferred"), MAX_PREFERRED);
}

#[test]
fn the_request_schemas_limits_are_cores() {
    let schema = schema_file("request.schema.json");
    let props: &Map<String, Value> = schema["properties"].as_object().unwrap();
    for (name, p) in props {
        let stated = p
            .get("maxLength")
            .and_then(Value::as_u64)
            .map(|n| n as usize);
        assert_eq!(
            stated,
            max_length(name),
            "request.schema.json's {name}.maxLength"
        );
    }
    assert_eq!(
        props["topics"]["maxItems"].as_u64(),
        Some(Topic::ALL.len() as u64)
    );
    assert_eq!(
        props["slots"]["maxItems"].as_u64(),
        Some(Config::default().max_preferred as u64),
        "slots.maxItems is the default max_preferred"
    );
}

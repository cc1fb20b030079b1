//! # otel-feedback-widget
//!
//! The `<otel-feedback-session>` web component's wasm side: the slot list in
//! the visitor's zone, the request form and its outputs, drawn with web-sys
//! into an open shadow root. The JS entry (`js/otel-feedback.js`) only loads
//! the module, reads the element's attributes and calls [`mount`].
//!
//! **Architecture invariant:** every rule (schedule, validation, message
//! text, links, calendar files) lives in `otel-feedback-core`; this crate is
//! DOM code and `Intl` bindings. Zones: chrono-tz (filtered to the source
//! zone in the wasm build) for the schedule's side, the browser's `Intl` for
//! every other zone ([`intl::IntlZones`]).
#![deny(missing_debug_implementations)]

pub mod app;
pub mod catalog;
pub mod dom;
pub mod intl;
pub mod request;
pub mod slots;
pub mod strings;

use std::collections::HashMap;

use chrono::DateTime;
use js_sys::Reflect;
use otel_feedback_core::config::Config;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

pub use intl::{IntlZone, IntlZones};

/// The core crate's version.
#[wasm_bindgen]
pub fn version() -> String {
    otel_feedback_core::VERSION.to_string()
}

fn get(opts: &JsValue, key: &str) -> JsValue {
    if opts.is_object() {
        Reflect::get(opts, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    }
}

/// Splits the page's JSON into the configuration and the `strings`
/// overrides it may carry.
pub fn parse_config(json: &str) -> Result<(Config, HashMap<String, String>), String> {
    if json.trim().is_empty() {
        return Ok((Config::default(), HashMap::new()));
    }
    let mut v: Value = serde_json::from_str(json)
        .map_err(|e| format!("the configuration is not valid JSON: {e}"))?;
    let strings = match v.as_object_mut().and_then(|o| o.remove("strings")) {
        Some(s) => string_map(&s)?,
        None => HashMap::new(),
    };
    let config: Config =
        serde_json::from_value(v).map_err(|e| format!("invalid configuration: {e}"))?;
    Ok((config, strings))
}

fn string_map(v: &Value) -> Result<HashMap<String, String>, String> {
    let o = v
        .as_object()
        .ok_or("\"strings\" must be an object of key → text")?;
    Ok(o.iter()
        .filter_map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_owned())))
        .collect())
}

/// Mounts the widget on `host`.
///
/// `options` (all optional): `config` (JSON text), `strings` (an object of
/// key → text, or JSON text), `lang`, `tz`, `css` (stylesheet URL), `now`
/// (ms since the epoch, for tests and demos), `storage` (`false` to keep
/// nothing in localStorage). Throws a message saying what failed; nothing
/// is attached then, so the page's fallback stays.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, options: JsValue) -> Result<(), JsValue> {
    let text = |k: &str| get(&options, k).as_string();
    let (config, mut strings) = parse_config(&text("config").unwrap_or_default())?;
    let page_strings = get(&options, "strings");
    if let Some(json) = page_strings.as_string() {
        let v: Value = serde_json::from_str(&json)
            .map_err(|e| format!("\"strings\" is not valid JSON: {e}"))?;
        strings.extend(string_map(&v)?);
    } else if page_strings.is_object() {
        for entry in js_sys::Object::entries(page_strings.unchecked_ref()).iter() {
            let pair: js_sys::Array = entry.unchecked_into();
            if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                strings.insert(k, v);
            }
        }
    }
    let lang = text("lang")
        .filter(|l| !l.trim().is_empty())
        .unwrap_or_else(|| "en".into());
    let now = get(&options, "now")
        .as_f64()
        .and_then(|ms| DateTime::from_timestamp_millis(ms as i64));
    let opts = app::Options {
        config,
        strings: strings::Strings::new(&lang, strings),
        lang,
        tz: text("tz"),
        css: text("css"),
        now,
        storage: get(&options, "storage") != JsValue::FALSE,
    };
    app::mount(&host, opts).map_err(|e| JsValue::from_str(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_json_carries_strings_and_config() {
        let (c, s) =
            parse_config(r#"{"sessions_shown": 3, "strings": {"button-clear": "Start over"}}"#)
                .unwrap();
        assert_eq!(c.sessions_shown, 3);
        assert_eq!(
            s.get("button-clear").map(String::as_str),
            Some("Start over")
        );
    }

    #[test]
    fn a_typo_in_the_config_is_refused() {
        let err = parse_config(r#"{"sessions_shwn": 3}"#).unwrap_err();
        assert!(
            err.starts_with("invalid configuration: unknown field `sessions_shwn`"),
            "{err}"
        );
    }
}

//! Reads the page's configuration from the browser's own `JSON.parse`
//! result, field by field, into core's [`Config`].
//!
//! A second implementation of core's reader (`otel_feedback_core::json`,
//! serde): core's reader in the wasm costs ~29 KB gzip (docs/widget.md,
//! size ledger). Its rules are core's: every key is optional and keeps
//! core's default, `null` only clears an optional value, an unknown key is
//! refused, a whole number may be `60.0`, a repeated key keeps its last
//! value, and each error names the field (`schedule.series[0].zone`).
//! Pinned by `tests/jsconfig_keys.rs` (the key lists against serde's
//! fields) and `tests/browser.rs` (a corpus read by both readers must give
//! the same `Config` or an error on the same field).

use js_sys::{Array, Object, Reflect, JSON};
use otel_feedback_core::config::{Config, Contact};
use otel_feedback_core::json::{MAX_COUNT, MAX_WHOLE};
use otel_feedback_core::schedule::{ExtraSession, Series};
use wasm_bindgen::{JsCast, JsValue};

use crate::strings::Overrides;

type R<T> = Result<T, String>;

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        let mut p = path.to_owned();
        p.push('.');
        p.push_str(key);
        p
    }
}

fn wrong(path: &str, what: &str) -> String {
    let mut m = String::from("`");
    m.push_str(path);
    m.push_str("` must be ");
    m.push_str(what);
    m
}

/// The keys of each object of the format, by where it sits: `""` is the
/// configuration itself, `[]` an item of a list. `strings` is a map of any
/// keys. Compared with serde's own fields by `tests/jsconfig_keys.rs`.
pub const KEYS: &[(&str, &[&str])] = &[
    (
        "",
        &[
            "schedule",
            "slack",
            "email",
            "page_url",
            "message_lang",
            "sessions_shown",
            "max_preferred",
            "strings",
        ],
    ),
    ("schedule", &["series", "cancelled", "extra"]),
    (
        "schedule.series[]",
        &[
            "weekday",
            "time",
            "duration_minutes",
            "zone",
            "every_weeks",
            "anchor",
            "until",
            "label",
        ],
    ),
    (
        "schedule.extra[]",
        &["date", "time", "zone", "duration_minutes", "label"],
    ),
    (
        "slack",
        &[
            "workspace_url",
            "team_id",
            "channel_id",
            "channel_name",
            "invite_url",
            "contacts",
        ],
    ),
    ("slack.contacts[]", &["name", "member_id"]),
    ("email", &["to"]),
];

fn keys(at: &str) -> &'static [&'static str] {
    KEYS.iter()
        .find(|(k, _)| *k == at)
        .map(|(_, v)| *v)
        .unwrap_or_default()
}

/// One JSON object being read; `keys` lists the keys it may have.
struct Obj<'a> {
    v: &'a JsValue,
    path: &'a str,
}

impl<'a> Obj<'a> {
    fn new(v: &'a JsValue, path: &'a str, keys: &[&str]) -> R<Obj<'a>> {
        if !v.is_object() || Array::is_array(v) {
            return Err(wrong(
                if path.is_empty() {
                    "the configuration"
                } else {
                    path
                },
                "an object",
            ));
        }
        for k in Object::keys(v.unchecked_ref::<Object>()).iter() {
            let k = k.as_string().unwrap_or_default();
            if !keys.contains(&k.as_str()) {
                let mut m = String::from("unknown field `");
                m.push_str(&join(path, &k));
                m.push_str("`, expected one of: ");
                for (i, key) in keys.iter().enumerate() {
                    if i > 0 {
                        m.push_str(", ");
                    }
                    m.push_str(key);
                }
                return Err(m);
            }
        }
        Ok(Obj { v, path })
    }

    /// The value under `key`, `None` when absent; `null` is a value (it
    /// clears an optional one and is wrong anywhere else).
    fn get(&self, key: &str) -> Option<JsValue> {
        let v = Reflect::get(self.v, &JsValue::from_str(key)).ok()?;
        (!v.is_undefined()).then_some(v)
    }

    fn string(&self, key: &str, out: &mut String) -> R<()> {
        if let Some(v) = self.get(key) {
            *out = v
                .as_string()
                .ok_or_else(|| wrong(&join(self.path, key), "text"))?;
        }
        Ok(())
    }

    fn opt_string(&self, key: &str, out: &mut Option<String>) -> R<()> {
        match self.get(key) {
            Some(v) if v.is_null() => *out = None,
            Some(v) => {
                *out = Some(
                    v.as_string()
                        .ok_or_else(|| wrong(&join(self.path, key), "text"))?,
                )
            }
            None => {}
        }
        Ok(())
    }

    fn int(&self, key: &str, min: f64, max: f64, out: &mut i64) -> R<()> {
        if let Some(v) = self.get(key) {
            match v.as_f64() {
                Some(n) if n.fract() == 0.0 && n >= min && n <= max => *out = n as i64,
                _ => {
                    return Err(wrong(
                        &join(self.path, key),
                        if min >= 0.0 {
                            "a whole number from 0 to 4294967295"
                        } else {
                            "a whole number"
                        },
                    ))
                }
            }
        }
        Ok(())
    }

    fn whole(&self, key: &str, out: &mut i64) -> R<()> {
        self.int(key, -MAX_WHOLE, MAX_WHOLE, out)
    }

    fn count(&self, key: &str, out: &mut usize) -> R<()> {
        let mut n = *out as i64;
        self.int(key, 0.0, f64::from(MAX_COUNT), &mut n)?;
        *out = n as usize;
        Ok(())
    }

    /// A list under `key` replaces `out` (a default list is not merged);
    /// on an error the whole configuration is refused, so `out` may be left
    /// half-read.
    fn list<T>(&self, key: &str, out: &mut Vec<T>, item: fn(&JsValue, &str) -> R<T>) -> R<()> {
        let Some(v) = self.get(key) else {
            return Ok(());
        };
        let path = join(self.path, key);
        if !Array::is_array(&v) {
            return Err(wrong(&path, "a list"));
        }
        let a: Array = v.unchecked_into();
        out.clear();
        for i in 0..a.length() {
            let p = crate::text::cat(&[&path, "[", &crate::text::num(i.into()), "]"]);
            out.push(item(&a.get(i), &p)?);
        }
        Ok(())
    }

    fn obj(&self, key: &str, read: impl FnOnce(&Obj) -> R<()>) -> R<()> {
        let Some(v) = self.get(key) else {
            return Ok(());
        };
        let path = join(self.path, key);
        read(&Obj::new(&v, &path, keys(&path))?)
    }
}

fn series(v: &JsValue, path: &str) -> R<Series> {
    let o = Obj::new(v, path, keys("schedule.series[]"))?;
    let mut s = Series::default();
    o.string("weekday", &mut s.weekday)?;
    o.string("time", &mut s.time)?;
    o.whole("duration_minutes", &mut s.duration_minutes)?;
    o.string("zone", &mut s.zone)?;
    o.whole("every_weeks", &mut s.every_weeks)?;
    o.string("anchor", &mut s.anchor)?;
    o.opt_string("until", &mut s.until)?;
    o.opt_string("label", &mut s.label)?;
    Ok(s)
}

fn extra(v: &JsValue, path: &str) -> R<ExtraSession> {
    let o = Obj::new(v, path, keys("schedule.extra[]"))?;
    let mut e = ExtraSession::default();
    o.string("date", &mut e.date)?;
    o.string("time", &mut e.time)?;
    o.string("zone", &mut e.zone)?;
    o.whole("duration_minutes", &mut e.duration_minutes)?;
    o.opt_string("label", &mut e.label)?;
    Ok(e)
}

fn text_item(v: &JsValue, path: &str) -> R<String> {
    v.as_string().ok_or_else(|| wrong(path, "text"))
}

fn contact(v: &JsValue, path: &str) -> R<Contact> {
    let o = Obj::new(v, path, keys("slack.contacts[]"))?;
    let (mut name, mut member_id) = (String::new(), String::new());
    for (key, out) in [("name", &mut name), ("member_id", &mut member_id)] {
        if o.get(key).is_none() {
            let mut m = wrong(path, "given a `");
            m.push_str(key);
            m.push('`');
            return Err(m);
        }
        o.string(key, out)?;
    }
    Ok(Contact { name, member_id })
}

/// The configuration in `v` (a parsed JSON value) on top of core's
/// defaults, and its `strings` (kept apart from `Config::strings`, a map
/// the wasm need not carry the insertion code of).
pub fn config(v: &JsValue) -> R<(Config, Overrides)> {
    let mut c = Config::default();
    let o = Obj::new(v, "", keys(""))?;
    o.obj("schedule", |s| {
        s.list("series", &mut c.schedule.series, series)?;
        s.list("cancelled", &mut c.schedule.cancelled, text_item)?;
        s.list("extra", &mut c.schedule.extra, extra)
    })?;
    o.obj("slack", |s| {
        let k = &mut c.slack;
        s.string("workspace_url", &mut k.workspace_url)?;
        s.string("team_id", &mut k.team_id)?;
        s.string("channel_id", &mut k.channel_id)?;
        s.string("channel_name", &mut k.channel_name)?;
        s.string("invite_url", &mut k.invite_url)?;
        s.list("contacts", &mut k.contacts, contact)
    })?;
    o.obj("email", |e| e.string("to", &mut c.email.to))?;
    o.string("page_url", &mut c.page_url)?;
    o.string("message_lang", &mut c.message_lang)?;
    o.count("sessions_shown", &mut c.sessions_shown)?;
    o.count("max_preferred", &mut c.max_preferred)?;
    let mut strings = Overrides::new();
    if let Some(v) = o.get("strings") {
        if !v.is_object() || Array::is_array(&v) {
            return Err(wrong("strings", "an object of key → text"));
        }
        for entry in Object::entries(v.unchecked_ref::<Object>()).iter() {
            let pair: Array = entry.unchecked_into();
            let key = pair.get(0).as_string().unwrap_or_default();
            let text = pair.get(1).as_string();
            let text = text.ok_or_else(|| wrong(&join("strings", &key), "text"))?;
            strings.push((key, text));
        }
    }
    Ok((c, strings))
}

/// `key → text` pairs of a JS object (other values are skipped).
pub fn string_map(v: &JsValue, into: &mut Overrides) -> R<()> {
    if !v.is_object() || Array::is_array(v) {
        return Err(wrong("strings", "an object of key → text"));
    }
    for entry in Object::entries(v.unchecked_ref::<Object>()).iter() {
        let pair: Array = entry.unchecked_into();
        if let (Some(k), Some(t)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            into.push((k, t));
        }
    }
    Ok(())
}

/// `JSON.parse`, with the browser's message on failure.
pub fn parse(text: &str) -> R<JsValue> {
    JSON::parse(text).map_err(|e| {
        let msg = Reflect::get(&e, &JsValue::from_str("message"))
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_default();
        let mut m = String::from("not valid JSON: ");
        m.push_str(&msg);
        m
    })
}

/// Splits the page's JSON text into the configuration and the `strings`
/// overrides it may carry. Empty text is core's defaults.
pub fn parse_config(text: &str) -> R<(Config, Overrides)> {
    if crate::text::trim(text).is_empty() {
        return Ok((Config::default(), Overrides::new()));
    }
    let v = parse(text).map_err(|e| {
        let mut m = String::from("the configuration is ");
        m.push_str(&e);
        m
    })?;
    config(&v).map_err(|e| {
        let mut m = String::from("invalid configuration: ");
        m.push_str(&e);
        m
    })
}

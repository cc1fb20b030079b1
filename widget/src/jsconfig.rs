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
//! fields) and `tests/config_reader.rs` (a corpus read by both readers
//! must give the same `Config` or an error on the same field).
//!
//! Table-driven for size: each object is a list of keys and a slot per key
//! (what the value must be and where it goes), read by one loop ([`read`]);
//! the straight-line reader it replaced was 1.5 KB gzip larger.

use js_sys::{Array, Object, Reflect, JSON};
use otel_feedback_core::config::{Config, Contact};
use otel_feedback_core::json::{MAX_COUNT, MAX_WHOLE};
use otel_feedback_core::schedule::{ExtraSession, Series};
use wasm_bindgen::{JsCast, JsValue};

use crate::strings::Overrides;
use crate::text::cat;

type R<T> = Result<T, String>;

#[inline(never)]
fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        cat(&[path, ".", key])
    }
}

#[inline(never)]
fn wrong(path: &str, what: &str) -> String {
    cat(&["`", path, "` must be ", what])
}

// The keys of each object of the format, in the order they are read (the
// order of its slots below).
const ROOT: &[&str] = &[
    "schedule",
    "slack",
    "email",
    "page_url",
    "message_lang",
    "sessions_shown",
    "max_preferred",
    "strings",
];
const SCHEDULE: &[&str] = &["series", "cancelled", "extra"];
const SERIES: &[&str] = &[
    "weekday",
    "time",
    "duration_minutes",
    "zone",
    "every_weeks",
    "anchor",
    "until",
    "label",
];
const EXTRA: &[&str] = &["date", "time", "zone", "duration_minutes", "label"];
const SLACK: &[&str] = &[
    "workspace_url",
    "team_id",
    "channel_id",
    "channel_name",
    "invite_url",
    "contacts",
];
const CONTACT: &[&str] = &["name", "member_id"];
const EMAIL: &[&str] = &["to"];

/// The keys of each object of the format, by where it sits: `""` is the
/// configuration itself, `[]` an item of a list. `strings` is a map of any
/// keys. Compared with serde's own fields by `tests/jsconfig_keys.rs`.
pub const KEYS: &[(&str, &[&str])] = &[
    ("", ROOT),
    ("schedule", SCHEDULE),
    ("schedule.series[]", SERIES),
    ("schedule.extra[]", EXTRA),
    ("slack", SLACK),
    ("slack.contacts[]", CONTACT),
    ("email", EMAIL),
];

/// Where the value of one key goes, and what it must be. An object is read
/// by one loop over its keys and their slots ([`read`]): no reading code
/// per field.
enum Slot<'a> {
    /// Text.
    Text(&'a mut String),
    /// Text that must be given (a contact's fields).
    Given(&'a mut String),
    /// Text or `null` (which clears it).
    OptText(&'a mut Option<String>),
    /// A whole number (`60.0` too) within core's `MAX_WHOLE`.
    Whole(&'a mut i64),
    /// A whole number from 0 to core's `MAX_COUNT`.
    Count(&'a mut usize),
    /// An object with these keys and slots.
    Obj(&'static [&'static str], &'a mut [Slot<'a>]),
    /// A list: it replaces the default one (not merged); on an error the
    /// whole configuration is refused, so it may be left half-read.
    List(List<'a>),
    /// `strings`: an object of key → text.
    Strings(&'a mut Overrides),
}

/// The lists of the format, by the type of their items.
enum List<'a> {
    Texts(&'a mut Vec<String>),
    Series(&'a mut Vec<Series>),
    Extra(&'a mut Vec<ExtraSession>),
    Contacts(&'a mut Vec<Contact>),
}

#[inline(never)]
fn text(v: &JsValue, path: &str) -> R<String> {
    v.as_string().ok_or_else(|| wrong(path, "text"))
}

/// Reads text into `out` (in place: one drop of the old value).
#[inline(never)]
fn set_text(v: &JsValue, path: &str, out: &mut String) -> R<()> {
    *out = text(v, path)?;
    Ok(())
}

#[inline(never)]
fn int(v: &JsValue, path: &str, min: f64, max: f64) -> R<i64> {
    match v.as_f64() {
        Some(n) if n.fract() == 0.0 && n >= min && n <= max => Ok(n as i64),
        _ => Err(wrong(
            path,
            if min >= 0.0 {
                otel_feedback_core::json::EXPECT_COUNT
            } else {
                otel_feedback_core::json::EXPECT_WHOLE
            },
        )),
    }
}

/// Reads the object `v` at `path` into `slots`, one for each of `keys`:
/// an unknown key is refused, an absent key keeps its default.
#[inline(never)]
fn read(v: &JsValue, path: &str, keys: &[&str], slots: &mut [Slot]) -> R<()> {
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
            let mut m = cat(&["unknown field `", &join(path, &k), "`, expected one of: "]);
            for (i, key) in keys.iter().enumerate() {
                if i > 0 {
                    m.push_str(", ");
                }
                m.push_str(key);
            }
            return Err(m);
        }
    }
    for (key, slot) in keys.iter().zip(slots) {
        // `null` is a value: it clears an optional one and is wrong
        // anywhere else.
        let x = Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
        if x.is_undefined() {
            if let Slot::Given(_) = slot {
                return Err(cat(&[&wrong(path, "given a `"), key, "`"]));
            }
            continue;
        }
        let p = join(path, key);
        match slot {
            Slot::Text(out) | Slot::Given(out) => set_text(&x, &p, out)?,
            Slot::OptText(out) => {
                **out = if x.is_null() {
                    None
                } else {
                    Some(text(&x, &p)?)
                }
            }
            Slot::Whole(out) => **out = int(&x, &p, -MAX_WHOLE, MAX_WHOLE)?,
            Slot::Count(out) => **out = int(&x, &p, 0.0, f64::from(MAX_COUNT))? as usize,
            Slot::Obj(keys, slots) => read(&x, &p, keys, slots)?,
            Slot::Strings(out) => pairs(&x, out, true)?,
            Slot::List(list) => {
                if !Array::is_array(&x) {
                    return Err(wrong(&p, "a list"));
                }
                let a: Array = x.unchecked_into();
                match list {
                    List::Texts(out) => out.clear(),
                    List::Series(out) => out.clear(),
                    List::Extra(out) => out.clear(),
                    List::Contacts(out) => out.clear(),
                }
                for i in 0..a.length() {
                    let p = cat(&[&p, "[", &crate::text::num(i.into()), "]"]);
                    let item = a.get(i);
                    // Each item is read in place, into a default one pushed
                    // first.
                    match list {
                        List::Texts(out) => out.push(text(&item, &p)?),
                        List::Series(out) => {
                            out.push(Series::default());
                            if let Some(s) = out.last_mut() {
                                series(&item, &p, s)?;
                            }
                        }
                        List::Extra(out) => {
                            out.push(ExtraSession::default());
                            if let Some(e) = out.last_mut() {
                                extra(&item, &p, e)?;
                            }
                        }
                        List::Contacts(out) => {
                            out.push(Contact {
                                name: String::new(),
                                member_id: String::new(),
                            });
                            if let Some(c) = out.last_mut() {
                                contact(&item, &p, c)?;
                            }
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

fn series(v: &JsValue, path: &str, s: &mut Series) -> R<()> {
    read(
        v,
        path,
        SERIES,
        &mut [
            Slot::Text(&mut s.weekday),
            Slot::Text(&mut s.time),
            Slot::Whole(&mut s.duration_minutes),
            Slot::Text(&mut s.zone),
            Slot::Whole(&mut s.every_weeks),
            Slot::Text(&mut s.anchor),
            Slot::OptText(&mut s.until),
            Slot::OptText(&mut s.label),
        ],
    )
}

fn extra(v: &JsValue, path: &str, e: &mut ExtraSession) -> R<()> {
    read(
        v,
        path,
        EXTRA,
        &mut [
            Slot::Text(&mut e.date),
            Slot::Text(&mut e.time),
            Slot::Text(&mut e.zone),
            Slot::Whole(&mut e.duration_minutes),
            Slot::OptText(&mut e.label),
        ],
    )
}

fn contact(v: &JsValue, path: &str, c: &mut Contact) -> R<()> {
    read(
        v,
        path,
        CONTACT,
        &mut [Slot::Given(&mut c.name), Slot::Given(&mut c.member_id)],
    )
}

/// The configuration in `v` (a parsed JSON value) on top of core's
/// defaults, and its `strings` (kept apart from `Config::strings`, a map
/// the wasm need not carry the insertion code of).
pub fn config(v: &JsValue) -> R<(Config, Overrides)> {
    let mut c = Config::default();
    let mut strings = Overrides::new();
    let (s, k) = (&mut c.schedule, &mut c.slack);
    read(
        v,
        "",
        ROOT,
        &mut [
            Slot::Obj(
                SCHEDULE,
                &mut [
                    Slot::List(List::Series(&mut s.series)),
                    Slot::List(List::Texts(&mut s.cancelled)),
                    Slot::List(List::Extra(&mut s.extra)),
                ],
            ),
            Slot::Obj(
                SLACK,
                &mut [
                    Slot::Text(&mut k.workspace_url),
                    Slot::Text(&mut k.team_id),
                    Slot::Text(&mut k.channel_id),
                    Slot::Text(&mut k.channel_name),
                    Slot::Text(&mut k.invite_url),
                    Slot::List(List::Contacts(&mut k.contacts)),
                ],
            ),
            Slot::Obj(EMAIL, &mut [Slot::Text(&mut c.email.to)]),
            Slot::Text(&mut c.page_url),
            Slot::Text(&mut c.message_lang),
            Slot::Count(&mut c.sessions_shown),
            Slot::Count(&mut c.max_preferred),
            Slot::Strings(&mut strings),
        ],
    )?;
    Ok((c, strings))
}

/// The `key → text` pairs of the JS object `v`; `strict` refuses any other
/// value, otherwise they are skipped.
#[inline(never)]
fn pairs(v: &JsValue, into: &mut Overrides, strict: bool) -> R<()> {
    if !v.is_object() || Array::is_array(v) {
        return Err(wrong("strings", "an object of key → text"));
    }
    for entry in Object::entries(v.unchecked_ref::<Object>()).iter() {
        let pair: Array = entry.unchecked_into();
        // The keys of `Object.entries` are always strings.
        let key = pair.get(0).as_string().unwrap_or_default();
        match pair.get(1).as_string() {
            Some(text) => into.push((key, text)),
            None if strict => return Err(wrong(&join("strings", &key), "text")),
            None => {}
        }
    }
    Ok(())
}

/// `key → text` pairs of a JS object (other values are skipped).
pub fn string_map(v: &JsValue, into: &mut Overrides) -> R<()> {
    pairs(v, into, false)
}

/// `JSON.parse`, with the browser's message on failure.
pub fn parse(text: &str) -> R<JsValue> {
    JSON::parse(text).map_err(|e| {
        let msg = Reflect::get(&e, &JsValue::from_str("message"))
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_default();
        cat(&["not valid JSON: ", &msg])
    })
}

/// Splits the page's JSON text into the configuration and the `strings`
/// overrides it may carry. Empty text is core's defaults.
pub fn parse_config(text: &str) -> R<(Config, Overrides)> {
    if crate::text::trim(text).is_empty() {
        return Ok((Config::default(), Overrides::new()));
    }
    let v = parse(text).map_err(|e| cat(&["the configuration is ", &e]))?;
    config(&v).map_err(|e| cat(&["invalid configuration: ", &e]))
}

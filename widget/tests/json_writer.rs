//! The model's JSON writer (`widget/src/text.rs`: `push_json_str` and the
//! `Json` builder), kept instead of serde_json for the wasm's bytes
//! (docs/widget.md, "Size ledger"), against serde_json.
//!
//! Two properties, the second the stronger:
//! - what it writes parses back with `serde_json` to the same value;
//! - it is byte for byte what `serde_json::to_string` writes, except that
//!   serde_json spells five control characters with their short escapes
//!   (`\b \f \n \r \t`) and the writer with `\u00XX` (one rule for every
//!   character below U+0020: less code). [`respell`] rewrites serde_json's
//!   short escapes, and nothing else, before comparing; so every other
//!   choice (U+2028/U+2029, U+007F and everything above written raw, which
//!   `JSON.parse` reads; `\"`, `\\`; object key order; commas) is pinned
//!   to serde_json's.
#![cfg(not(target_arch = "wasm32"))]

use otel_feedback_widget::text::{push_json_str, Json};
use proptest::prelude::*;
use serde_json::Value;

/// serde_json's output with `\b \f \n \r \t` written `\u0008`…: the
/// writer's spelling of the same characters.
fn respell(serde: &str) -> String {
    let mut out = String::with_capacity(serde.len());
    let mut chars = serde.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let next = chars.next().expect("an escape has a second character");
        let code = match next {
            'b' => Some(0x08),
            'f' => Some(0x0c),
            'n' => Some(0x0a),
            'r' => Some(0x0d),
            't' => Some(0x09),
            _ => None,
        };
        match code {
            Some(c) => out.push_str(&format!("\\u{c:04x}")),
            None => {
                out.push('\\');
                out.push(next);
            }
        }
    }
    out
}

/// Text that stresses a JSON string writer: every control character, the
/// characters JSON escapes, U+007F, the line and paragraph separators
/// (raw in JSON, a line break in old JavaScript), non-characters, astral
/// characters, and anything else (a Rust `String` holds no lone
/// surrogate).
fn text() -> impl Strategy<Value = String> {
    let c = prop_oneof![
        3 => prop::char::range('\u{0}', '\u{1f}'),
        2 => prop::sample::select(vec![
            '"', '\\', '/', '\u{7f}', '\u{80}', '\u{9f}', '\u{2028}', '\u{2029}', '\u{feff}',
            '\u{fffe}', '\u{ffff}', '\u{10ffff}', '🎉', 'é', '日', '<', '>', '&', '\'',
        ]),
        3 => any::<char>(),
        2 => prop::char::range('a', 'z'),
    ];
    prop::collection::vec(c, 0..48).prop_map(|v| v.into_iter().collect())
}

/// A JSON value with such texts as strings and keys. The builder writes a
/// number as it is given it (`raw`; the model gives integers, `text::num`):
/// integers, and fractions serde_json reads back exactly (without its
/// `float_roundtrip` feature a long `f64` reads back one ulp off, which is
/// the reader's matter, not the writer's).
fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<i32>().prop_map(|n| Value::from(f64::from(n) / 8.0)),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((text(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// `v` through the builder, as the model writes its answers.
fn write(j: &mut Json, v: &Value) {
    match v {
        Value::Null => {
            j.raw("null");
        }
        Value::Bool(b) => {
            j.bool(*b);
        }
        Value::Number(n) => {
            j.raw(&n.to_string());
        }
        Value::String(s) => {
            j.str(s);
        }
        Value::Array(items) => {
            j.begin('[');
            for item in items {
                write(j, item);
            }
            j.end(']');
        }
        Value::Object(map) => {
            j.begin('{');
            for (k, item) in map {
                j.key(k);
                write(j, item);
            }
            j.end('}');
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn a_string_is_written_as_serde_json_writes_it(s in text()) {
        let mut ours = String::new();
        push_json_str(&mut ours, &s);
        let back: String = serde_json::from_str(&ours)
            .map_err(|e| TestCaseError::fail(format!("{ours:?} is not JSON: {e}")))?;
        prop_assert_eq!(&back, &s);
        prop_assert_eq!(ours, respell(&serde_json::to_string(&s).unwrap()));
    }

    #[test]
    fn a_value_is_built_as_serde_json_writes_it(v in value()) {
        let mut j = Json::default();
        write(&mut j, &v);
        let back: Value = serde_json::from_str(&j.0)
            .map_err(|e| TestCaseError::fail(format!("{:?} is not JSON: {e}", j.0)))?;
        prop_assert_eq!(&back, &v);
        prop_assert_eq!(j.0, respell(&serde_json::to_string(&v).unwrap()));
    }
}

#[test]
fn the_respelling_touches_only_short_escapes() {
    assert_eq!(
        respell(r#""a\nb\\n\t\"\u0001""#),
        r#""a\u000ab\\n\u0009\"\u0001""#
    );
}

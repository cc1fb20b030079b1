//! Reading configuration JSON: the one reader behind `Config::from_json`
//! and `Schedule::from_json`, so a file gets one answer in the CLI, the node
//! command and (through `widget/src/jsconfig.rs`, tested against this) the
//! widget.
//!
//! The rules are the browser's `JSON.parse` plus serde's derive:
//! - a key given twice keeps its last value (as `JSON.parse` does);
//! - an object must be an object (serde's derive would also read a list
//!   as the fields in order; `JSON.parse` readers cannot);
//! - a whole number may be written `60` or `60.0` (JSON has one number
//!   type; JSON Schema's `integer` accepts both), up to 2^53 in size;
//! - an error names the field's path (`schedule.series[0].zone`).

use std::marker::PhantomData;

use serde::de::{self, Deserialize, DeserializeOwned, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::error::{ConfigIssue, Error, IssueKind};

/// `text` as a `T` (a [`Config`](crate::config::Config) or a
/// [`Schedule`](crate::schedule::Schedule)), or the error at the first field that does not fit.
pub fn read<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    // Through a `Value` first: its maps keep a repeated key's last value.
    let value: serde_json::Value = serde_json::from_str(text)?;
    serde_path_to_error::deserialize(value)
        .map(|Obj(v)| v)
        .map_err(|e| {
            let field = e.path().to_string();
            let field = if field == "." { String::new() } else { field };
            Error::Config(vec![ConfigIssue {
                field,
                value: String::new(),
                kind: IssueKind::BadValue,
                message: e.into_inner().to_string(),
            }])
        })
}

/// A struct read from a JSON object only.
struct Obj<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Obj<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        object(d).map(Obj)
    }
}

/// `#[serde(deserialize_with)]` for a struct field: from an object only.
pub fn object<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<T, D::Error> {
    struct V<T>(PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
        type Value = T;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::deserialize(de::value::MapAccessDeserializer::new(map))
        }
    }
    d.deserialize_map(V(PhantomData))
}

/// `#[serde(deserialize_with)]` for a list of structs: each an object.
pub fn objects<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    struct V<T>(PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a list of objects")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut out = Vec::new();
            while let Some(Obj(item)) = seq.next_element()? {
                out.push(item);
            }
            Ok(out)
        }
    }
    d.deserialize_seq(V(PhantomData))
}

/// The largest whole number a JSON reader keeps exactly (2^53).
pub const MAX_WHOLE: f64 = 9_007_199_254_740_992.0;

/// What a whole-number field expects, as its error says (serde's
/// "expected …"): the one text, the widget's reader says it too.
pub const EXPECT_WHOLE: &str = "a whole number";

/// What a count field expects (from 0 to [`MAX_COUNT`]).
pub const EXPECT_COUNT: &str = "a whole number from 0 to 4294967295";

struct Whole;

impl Visitor<'_> for Whole {
    type Value = i64;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(EXPECT_WHOLE)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<i64, E> {
        self.visit_f64(v as f64).map(|_| v)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<i64, E> {
        self.visit_f64(v as f64).map(|_| v as i64)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<i64, E> {
        if v.fract() == 0.0 && v.abs() <= MAX_WHOLE {
            Ok(v as i64)
        } else {
            Err(E::invalid_value(de::Unexpected::Float(v), &self))
        }
    }
}

/// `#[serde(deserialize_with)]` for an `i64` field: `60` or `60.0`.
pub fn whole<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    d.deserialize_any(Whole)
}

/// `#[serde(deserialize_with)]` for a count: a whole number from 0 to
/// [`MAX_COUNT`], the same on 32- and 64-bit targets.
pub fn count<'de, D: Deserializer<'de>>(d: D) -> Result<usize, D::Error> {
    let n = d.deserialize_any(Whole)?;
    match u32::try_from(n) {
        Ok(n) => Ok(n as usize),
        Err(_) => Err(de::Error::invalid_value(
            de::Unexpected::Signed(n),
            &EXPECT_COUNT,
        )),
    }
}

/// The largest count a configuration may give (`u32::MAX`).
pub const MAX_COUNT: u32 = u32::MAX;

#[cfg(test)]
mod expect_tests {
    #[test]
    fn the_count_text_names_max_count() {
        assert!(super::EXPECT_COUNT.ends_with(&super::MAX_COUNT.to_string()));
        assert!(super::EXPECT_COUNT.starts_with(super::EXPECT_WHOLE));
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    #[test]
    fn a_repeated_key_keeps_its_last_value_as_json_parse_does() {
        let c = Config::from_json(r#"{"sessions_shown": 2, "sessions_shown": 4}"#).unwrap();
        assert_eq!(c.sessions_shown, 4);
    }

    #[test]
    fn whole_numbers_may_be_written_with_a_fraction_of_zero() {
        let c =
            Config::from_json(r#"{"schedule": {"series": [{"duration_minutes": 60.0}]}}"#).unwrap();
        assert_eq!(c.schedule.series[0].duration_minutes, 60);
        let e = Config::from_json(r#"{"schedule": {"series": [{"duration_minutes": 60.5}]}}"#)
            .unwrap_err();
        assert_eq!(e.issues()[0].field, "schedule.series[0].duration_minutes");
    }

    #[test]
    fn a_list_is_not_an_object() {
        for text in [
            r#"[]"#,
            r#"{"slack": []}"#,
            r#"{"schedule": {"series": [[]]}}"#,
        ] {
            assert!(Config::from_json(text).is_err(), "{text}");
        }
    }

    #[test]
    fn counts_beyond_32_bits_are_refused_on_every_target() {
        let e = Config::from_json(r#"{"sessions_shown": 4294967297}"#).unwrap_err();
        assert_eq!(e.issues()[0].field, "sessions_shown");
    }

    #[test]
    fn errors_name_the_field() {
        let e = Config::from_json(r#"{"schedule": {"series": [{"zone": null}]}}"#).unwrap_err();
        assert_eq!(e.issues()[0].field, "schedule.series[0].zone");
        let e = Config::from_json(r#"{"slack": {"chanel_id": "C1"}}"#).unwrap_err();
        assert!(e.issues()[0].field.starts_with("slack"), "{e}");
        assert!(e.message().contains("chanel_id"), "{e}");
    }
}

//! The shared corpus of real names and hostile strings
//! (`tests/corpus/names.json`): core's answer for each case, natively. The
//! CLI's (`cli/tests/corpus_cli.rs`) and the widget's
//! (`tests/e2e/corpus.test.mjs`) are checked against the same file.
//! A valid case with `slack` must compose a Slack message holding that
//! text, with no `<` Slack would read as markup (`common/oracles.rs`).

mod common;
#[path = "common/oracles.rs"]
#[allow(dead_code)]
mod oracles;

use chrono::{TimeZone, Utc};
use otel_feedback_core::compose::slack;
use otel_feedback_core::config::Config;
use otel_feedback_core::i18n::Lang;
use otel_feedback_core::request::{validate_in, FeedbackRequest};
use otel_feedback_core::zone::Tzdb;
use serde_json::Value;

const CORPUS: &str = include_str!("../../tests/corpus/names.json");

fn request(base: &Value, field: &str, value: &str) -> FeedbackRequest {
    let mut r = base.clone();
    r[field] = Value::String(value.to_owned());
    serde_json::from_value(r).expect("the corpus's request is well-formed")
}

/// Where a refused character is, as the English message words it.
fn position(line: i64, column: i64) -> String {
    if line == 0 {
        format!("character {column}")
    } else {
        format!("line {line}, column {column}")
    }
}

#[test]
fn every_corpus_case_gets_the_answer_the_corpus_gives() {
    common::load_missing_catalogs();
    let corpus: Value = serde_json::from_str(CORPUS).unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap();
    let cases = corpus["cases"].as_array().unwrap();
    assert!(cases.len() >= 20);
    for case in cases {
        let (why, field) = (
            case["why"].as_str().unwrap(),
            case["field"].as_str().unwrap(),
        );
        let r = request(&corpus["base"], field, case["value"].as_str().unwrap());
        let got = validate_in(&r, &Config::default(), now, &Tzdb, Lang::En);
        let expect = &case["expect"];
        if expect.is_null() {
            let valid = got.unwrap_or_else(|e| panic!("{why}: {e:?}"));
            if let Some(want) = case["slack"].as_str() {
                let text = slack::message(&valid, &Config::default(), &Tzdb);
                assert!(text.contains(want), "{why}: {want:?} not in {text:?}");
                oracles::no_live_markup(&text).unwrap_or_else(|e| panic!("{why}: {e}"));
            }
            continue;
        }
        let errors = got.err().unwrap_or_else(|| panic!("{why}: accepted"));
        assert_eq!(errors.len(), 1, "{why}: {errors:?}");
        assert_eq!(errors[0].field, field, "{why}");
        assert_eq!(errors[0].code, expect["code"].as_str().unwrap(), "{why}");
        if let Some(ch) = expect["char"].as_str() {
            let at = position(
                expect["line"].as_i64().unwrap(),
                expect["column"].as_i64().unwrap(),
            );
            assert!(
                errors[0]
                    .message
                    .ends_with(&format!(" at {at}: {ch}; remove it.")),
                "{why}: {}",
                errors[0].message
            );
            // The same place and character in Ukrainian.
            let uk = validate_in(&r, &Config::default(), now, &Tzdb, Lang::Uk).unwrap_err();
            let column = expect["column"].as_i64().unwrap().to_string();
            assert!(
                uk[0].message.contains(ch) && uk[0].message.contains(&column),
                "{why}: {}",
                uk[0].message
            );
        }
    }
}

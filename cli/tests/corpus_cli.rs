//! `otel-feedback validate` on the shared corpus (`tests/corpus/names.json`):
//! the same answers as core's (`core/tests/corpus.rs`); the widget's are
//! compared with these in `tests/e2e/corpus.test.mjs`. A valid case with
//! `slack`: `otel-feedback compose --as slack` prints a message holding it.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

const CORPUS: &str = include_str!("../../tests/corpus/names.json");

fn validate(request: &Value, lang: &str) -> (i32, String) {
    run(&["validate", "--lang", lang], request)
}

/// `otel-feedback <args> --now … -` with `request` on stdin: exit code and
/// stdout.
fn run(args: &[&str], request: &Value) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_otel-feedback"))
        .args(args)
        .args(["--now", "2026-11-22T12:00:00Z", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(request.to_string().as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    (
        o.status.code().unwrap(),
        String::from_utf8(o.stdout).unwrap(),
    )
}

#[test]
fn validate_gives_the_corpus_answer_for_every_case() {
    let corpus: Value = serde_json::from_str(CORPUS).unwrap();
    for case in corpus["cases"].as_array().unwrap() {
        let why = case["why"].as_str().unwrap();
        let field = case["field"].as_str().unwrap();
        let mut request = corpus["base"].clone();
        request[field] = case["value"].clone();
        for lang in ["en", "uk"] {
            let (code, out) = validate(&request, lang);
            if case["expect"].is_null() {
                assert_eq!((code, out.as_str()), (0, "valid\n"), "{why}");
                if let Some(want) = case["slack"].as_str() {
                    let (code, text) = run(&["compose", "--as", "slack"], &request);
                    assert_eq!(code, 0, "{why}: {text}");
                    assert!(text.contains(want), "{why}: {want:?} not in {text:?}");
                }
                continue;
            }
            assert_eq!(code, 1, "{why}: {out}");
            let errors: Value = serde_json::from_str(&out).unwrap();
            let errors = errors.as_array().unwrap();
            assert_eq!(errors.len(), 1, "{why}: {out}");
            assert_eq!(errors[0]["field"], field, "{why}");
            assert_eq!(errors[0]["code"], case["expect"]["code"], "{why}");
            if let Some(ch) = case["expect"]["char"].as_str() {
                let message = errors[0]["message"].as_str().unwrap();
                assert!(message.contains(ch), "{why}: {message}");
            }
        }
    }
}

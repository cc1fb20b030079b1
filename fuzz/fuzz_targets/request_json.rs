//! Request JSON: parse and validate against the default configuration at a
//! fixed now; a valid request is composed into every format and checked.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otel_feedback_core::config::Config;
use otel_feedback_core::i18n::Lang;
use otel_feedback_core::request::{validate, FeedbackRequest};
use otel_feedback_core::zone::Bundled;
use otel_feedback_fuzz::{check_errors, compose_and_check, now};

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else {
        return;
    };
    let request = match FeedbackRequest::from_json(json, Lang::En) {
        Ok(r) => r,
        Err(errors) => {
            assert_eq!(errors.len(), 1);
            check_errors(&errors, true);
            return;
        }
    };
    let config = Config::default();
    match validate(&request, &config, now(), &Bundled) {
        Ok(valid) => {
            assert!(valid.slots.len() <= config.max_preferred);
            compose_and_check(&valid, &config);
        }
        Err(errors) => check_errors(&errors, false),
    }
});

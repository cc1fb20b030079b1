//! The widget's build: core without `lang-en` (nor any other language)
//! has no text until a catalog is loaded; the English catalog then
//! supplies English, and is the fallback of every other language.
//!
//! Run with `cargo test -p otel-feedback-core --no-default-features --test
//! i18n_without_english` (with the default features this file is empty).
#![cfg(not(feature = "lang-en"))]

use otel_feedback_core::config::Config;
use otel_feedback_core::i18n::{self, CatalogError, Lang};
use otel_feedback_core::request::{validate, FeedbackRequest};
use otel_feedback_core::zone::Bundled;

const EN: &str = include_str!(concat!(env!("OUT_DIR"), "/en.catalog"));

// One test: the loaded catalog is process-wide, so the steps run in order.
#[test]
fn english_is_loaded_like_any_language() {
    // Nothing compiled in: a message renders as its key, and there is no
    // English to export.
    assert_eq!(i18n::export(Lang::En), None);
    assert_eq!(i18n::coverage(Lang::En), (0, i18n::keys().count()));
    assert_eq!(
        i18n::text(Lang::En, "label-organization"),
        "label-organization"
    );

    // A broken English catalog is refused and changes nothing.
    let truncated = &EN[..EN.len() / 2];
    assert_eq!(i18n::load(truncated), Err(CatalogError::Truncated));
    assert_eq!(i18n::coverage(Lang::En), (0, i18n::keys().count()));

    assert_eq!(i18n::load(EN), Ok(Lang::En));
    assert_eq!(
        i18n::coverage(Lang::En),
        (i18n::keys().count(), i18n::keys().count())
    );
    assert_eq!(i18n::text(Lang::En, "label-organization"), "Organization");
    assert_eq!(i18n::export(Lang::En).as_deref(), Some(EN));
    // Loading the same text again is a no-op; a different one is refused.
    assert_eq!(i18n::load(EN), Ok(Lang::En));
    let edited = EN.replacen("Organization", "Organisation", 1);
    assert_eq!(
        i18n::load(&edited),
        Err(CatalogError::AlreadyLoaded(Lang::En))
    );

    // Ukrainian, not loaded, falls back to the loaded English.
    assert_eq!(i18n::text(Lang::Uk, "label-organization"), "Organization");

    // Core's errors render from the loaded catalog.
    let errors = validate(
        &FeedbackRequest::default(),
        &Config::default(),
        chrono::DateTime::from_timestamp(1_790_000_000, 0).unwrap(),
        &Bundled,
    )
    .unwrap_err();
    let org = errors.iter().find(|e| e.field == "organization").unwrap();
    assert_eq!(org.message, "Enter the name of your organization.");
}

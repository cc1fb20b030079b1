//! Shared by the integration tests: the catalogs `build.rs` exported.
#![allow(dead_code)]

use otel_feedback_core::i18n::{self, Arg, Lang};

/// Every translated language's catalog in the `i18n::export` format, as
/// `build.rs` wrote it whatever the `lang-*` features.
pub const CATALOGS: [(Lang, &str, bool); 3] = [
    (
        Lang::Uk,
        include_str!(concat!(env!("OUT_DIR"), "/uk.catalog")),
        cfg!(feature = "lang-uk"),
    ),
    (
        Lang::Ja,
        include_str!(concat!(env!("OUT_DIR"), "/ja.catalog")),
        cfg!(feature = "lang-ja"),
    ),
    (
        Lang::Pt,
        include_str!(concat!(env!("OUT_DIR"), "/pt.catalog")),
        cfg!(feature = "lang-pt"),
    ),
];

/// Loads each catalog the build left out (`--no-default-features`, as in
/// the widget's wasm), so a test of translated text runs against a
/// runtime-loaded catalog there and against the compiled one by default.
pub fn load_missing_catalogs() {
    for (lang, data, compiled) in CATALOGS {
        if !compiled {
            assert_eq!(i18n::load(data), Ok(lang));
        }
    }
}

/// A value for every variable the catalogs use; the numbers are `n`, so
/// plural variants can be chosen.
pub fn message_args(n: i64) -> Vec<(&'static str, Arg)> {
    vec![
        ("count", n.into()),
        ("max", n.into()),
        ("length", n.into()),
        ("field", "F".into()),
        ("value", "V".into()),
        ("char", "U+202E".into()),
        ("when", "W".into()),
        ("detail", "D".into()),
        ("url", "https://example.org/".into()),
        ("organization", "O".into()),
        ("channel", "otel-sig-end-user".into()),
        ("name", "Reese Lee".into()),
        ("zone", "Europe/Kyiv".into()),
        ("time", "Thu 10:00".into()),
        ("line", n.into()),
        ("column", n.into()),
        ("every", n.into()),
        ("day", "thu".into()),
        ("cadence", "C".into()),
        ("release", "2026f".into()),
        ("rule", "R".into()),
        ("label", "L".into()),
        ("list", "A; B".into()),
        ("date", "2026-12-24".into()),
        ("a", "A.".into()),
        ("b", "B.".into()),
        ("city", "Los Angeles".into()),
        ("text", "Tokio".into()),
        ("zones", "Asia/Tokyo".into()),
        ("source", "S".into()),
        ("language", "English".into()),
        ("own", "Ukrainian".into()),
    ]
}

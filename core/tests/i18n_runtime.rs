//! Catalogs loaded at run time (`i18n::export` → `i18n::load`).
//!
//! Loading is process-global and a language's first catalog stays, so each
//! language is loaded by one test only: uk and pt by the round trip, ja by
//! the test that shows a loaded catalog replaces the compiled one. Every
//! other test loads only catalogs that must be refused.
//!
//! `cargo test` (default features) checks the round trip and that a loaded
//! catalog is what renders; `--no-default-features` checks a language that
//! is not compiled in at all.
#![cfg_attr(
    not(all(feature = "lang-uk", feature = "lang-ja", feature = "lang-pt")),
    allow(unused)
)]

mod common;

use chrono::{TimeZone, Utc};
use otel_feedback_core::config::Config;
use otel_feedback_core::i18n::{self, CatalogError, Lang};
use otel_feedback_core::request::{self, FeedbackRequest};
use otel_feedback_core::zone::Bundled;

const NUMBERS: [i64; 10] = [0, 1, 2, 3, 5, 11, 12, 21, 22, 101];

/// How many keys core has (`tests/request_i18n.rs` pins the number).
fn total() -> usize {
    i18n::keys().count()
}

/// Every key rendered with every test number.
fn render_all(lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for key in i18n::keys() {
        for n in NUMBERS {
            out.push(i18n::format(lang, key, &common::message_args(n)));
        }
        out.push(i18n::text(lang, key));
    }
    out
}

/// The catalog's messages, in key order.
fn messages(catalog: &str) -> Vec<String> {
    let (_, body) = catalog.split_once('\n').unwrap();
    let body = body.strip_suffix("\x1e\n").unwrap();
    body.split('\x1e').map(str::to_owned).collect()
}

fn rebuild(header: &str, messages: &[String]) -> String {
    let mut out = format!("{header}\n");
    for m in messages {
        out.push_str(m);
        out.push('\x1e');
    }
    out.push('\n');
    out
}

fn header(catalog: &str) -> &str {
    catalog.split_once('\n').unwrap().0
}

/// The catalog build.rs wrote for `lang`.
fn built(lang: Lang) -> Option<&'static str> {
    common::CATALOGS
        .iter()
        .find(|(l, _, _)| *l == lang)
        .map(|(_, data, _)| *data)
}

fn index(key: &str) -> usize {
    i18n::keys().position(|k| k == key).unwrap()
}

#[cfg(all(feature = "lang-uk", feature = "lang-pt"))]
#[test]
fn exported_uk_and_pt_load_back_and_render_every_key_identically() {
    for lang in [Lang::Uk, Lang::Pt] {
        let before = render_all(lang);
        let catalog = i18n::export(lang).expect("compiled in by default");
        assert_eq!(messages(&catalog).len(), total());
        assert_eq!(
            Some(catalog.as_str()),
            built(lang),
            "export = build.rs's file"
        );
        assert_eq!(i18n::load(&catalog), Ok(lang));
        assert_eq!(render_all(lang), before, "{lang}");
        assert_eq!(i18n::coverage(lang), (total(), total()));
        // Loading the same text again is a no-op; exporting gives it back.
        assert_eq!(i18n::load(&catalog), Ok(lang));
        assert_eq!(i18n::export(lang).as_deref(), Some(catalog.as_str()));
    }
    // Spot checks of plural forms after the round trip.
    let uk = |n: i64| i18n::format(Lang::Uk, "chars-left", &[("count", n.into())]);
    assert_eq!(uk(1), "Залишився 1 символ");
    assert_eq!(uk(3), "Залишилося 3 символи");
    assert_eq!(uk(11), "Залишилося 11 символів");
}

#[cfg(feature = "lang-ja")]
#[test]
fn a_loaded_ja_catalog_replaces_the_compiled_one_everywhere() {
    let catalog = i18n::export(Lang::Ja).unwrap();
    assert_eq!(Some(catalog.as_str()), built(Lang::Ja));
    let mut m = messages(&catalog);
    m[index("label-organization")] = String::new();
    m[index("err-organization-required")] = "組織名（ロード済み）".into();
    let edited = rebuild(header(&catalog), &m);
    assert_eq!(i18n::load(&edited), Ok(Lang::Ja));

    // A message left empty falls back to English, as if never translated.
    assert!(!i18n::is_translated(Lang::Ja, "label-organization"));
    assert_eq!(i18n::text(Lang::Ja, "label-organization"), "Organization");
    assert_eq!(i18n::coverage(Lang::Ja), (total() - 1, total()));
    assert_eq!(i18n::text(Lang::Ja, "label-name"), "お名前");

    // Request validation renders from the loaded catalog.
    let config = Config::default();
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap();
    let req = FeedbackRequest {
        lang: "ja".into(),
        ..Default::default()
    };
    let errors = request::validate_in(&req, &config, now, &Bundled, Lang::Ja).unwrap_err();
    let org = errors.iter().find(|e| e.field == "organization").unwrap();
    assert_eq!(org.message, "組織名（ロード済み）");

    // The first catalog stays: a different one is refused, the same accepted.
    assert_eq!(
        i18n::load(&catalog),
        Err(CatalogError::AlreadyLoaded(Lang::Ja))
    );
    assert_eq!(i18n::load(&edited), Ok(Lang::Ja));
    assert_eq!(i18n::export(Lang::Ja).as_deref(), Some(edited.as_str()));
}

/// The English catalog relabelled as Ukrainian (in every build).
fn en_as_uk() -> String {
    i18n::export(Lang::En).unwrap().replacen(" en ", " uk ", 1)
}

/// A Ukrainian catalog with its header or messages edited; never valid.
fn uk_with(edit: impl FnOnce(&mut Vec<String>, &mut String)) -> String {
    let catalog = en_as_uk();
    let mut m = messages(&catalog);
    let mut h = header(&catalog).to_owned();
    edit(&mut m, &mut h);
    rebuild(&h, &m)
}

#[test]
fn a_catalog_from_another_core_version_is_refused_with_a_clear_error() {
    let wrong_hash = uk_with(|_, h| {
        let (rest, _) = h.rsplit_once(' ').unwrap();
        *h = format!("{rest} 0123456789abcdef");
    });
    assert_eq!(i18n::load(&wrong_hash), Err(CatalogError::OtherVersion));
    assert_eq!(
        CatalogError::OtherVersion.to_string(),
        "catalog refused: made by another otel-feedback-core version (other keys); \
         export it with this one (otel-feedback catalog <lang>)"
    );
    let wrong_count = uk_with(|m, h| {
        m.pop();
        *h = h.replace(&format!(" {} ", total()), &format!(" {} ", total() - 1));
    });
    assert_eq!(i18n::load(&wrong_count), Err(CatalogError::OtherVersion));
    let format_2 = uk_with(|_, h| *h = h.replace("catalog 1 ", "catalog 2 "));
    assert_eq!(i18n::load(&format_2), Err(CatalogError::UnsupportedFormat));
}

#[test]
fn truncated_or_padded_catalogs_are_refused() {
    let catalog = en_as_uk();
    let mut cut = catalog.len() / 2;
    while !catalog.is_char_boundary(cut) {
        cut -= 1;
    }
    assert_eq!(i18n::load(&catalog[..cut]), Err(CatalogError::Truncated));
    // Cut right after a message's end: still short of every message.
    let fifty = catalog.match_indices('\x1e').nth(49).unwrap().0 + 1;
    assert_eq!(i18n::load(&catalog[..fifty]), Err(CatalogError::Truncated));
    // No final newline is fine in principle, but without the last \x1e the
    // last message may be cut: refused.
    let no_end = catalog.strip_suffix("\x1e\n").unwrap();
    assert_eq!(i18n::load(no_end), Err(CatalogError::Truncated));
    let extra = uk_with(|m, _| m.push("extra".into()));
    assert_eq!(i18n::load(&extra), Err(CatalogError::TrailingData));
    let header_only = format!("{}\n", header(&catalog));
    assert_eq!(i18n::load(&header_only), Err(CatalogError::Truncated));
}

#[test]
fn a_message_with_unbalanced_markers_is_refused_naming_its_key() {
    for bad in [
        "Організація \x01name",            // variable never closed
        "Організація \x02",                // stray variable end
        "\x03count\x04one\x05один",        // select never closed
        "\x03count\x06",                   // select without variants
        "\x03count\x04one один\x06",       // variant key without body marker
        "текст\x06",                       // stray select end
        "текст\x04one\x05x",               // variant outside a select
        "нуль\x00",                        // NUL
        &"\x03n\x04*other\x05".repeat(17), // nested too deep (and unclosed)
    ] {
        let data = uk_with(|m, _| m[index("label-organization")] = bad.to_owned());
        assert_eq!(
            i18n::load(&data),
            Err(CatalogError::Malformed("label-organization")),
            "{bad:?}"
        );
    }
    assert_eq!(
        CatalogError::Malformed("label-organization").to_string(),
        "catalog refused: unbalanced markers in 'label-organization'"
    );
}

#[test]
fn headers_that_are_not_a_loadable_catalog_are_refused() {
    let catalog = en_as_uk();
    let as_lang = |code: &str| catalog.replacen(" uk ", &format!(" {code} "), 1);
    assert_eq!(
        i18n::load(&as_lang("de")),
        Err(CatalogError::UnsupportedLanguage)
    );
    assert_eq!(
        i18n::load(&as_lang("fr")),
        Err(CatalogError::UnsupportedLanguage)
    );
    assert_eq!(i18n::load(""), Err(CatalogError::NotACatalog));
    assert_eq!(i18n::load("hello\nworld"), Err(CatalogError::NotACatalog));
    let extra_field = catalog.replacen('\n', " x\n", 1);
    assert_eq!(i18n::load(&extra_field), Err(CatalogError::NotACatalog));
}

#[test]
fn english_is_always_exported_with_the_documented_header() {
    let en = i18n::export(Lang::En).unwrap();
    let h = header(&en);
    let fields: Vec<&str> = h.split(' ').collect();
    assert_eq!(
        fields[..4],
        ["otel-feedback-catalog", "1", "en", &total().to_string()]
    );
    assert_eq!(fields[4].len(), 16);
    assert!(fields[4].bytes().all(|b| b.is_ascii_hexdigit()));
    let m = messages(&en);
    assert_eq!(m[index("label-organization")], "Organization");
    assert!(m[index("chars-left")].contains("\x03count\x04"));
}

/// The widget's case: a build without `lang-uk` loads the Ukrainian
/// catalog (`otel-feedback catalog uk`; here the copy build.rs wrote).
/// Run with `cargo test -p otel-feedback-core --no-default-features --tests`.
#[cfg(not(feature = "lang-uk"))]
#[test]
fn without_lang_uk_a_loaded_catalog_supplies_ukrainian() {
    assert_eq!(i18n::export(Lang::Uk), None);
    assert_eq!(i18n::coverage(Lang::Uk), (0, total()));
    assert_eq!(i18n::text(Lang::Uk, "label-organization"), "Organization");
    let data = built(Lang::Uk).unwrap();
    assert_eq!(i18n::load(data), Ok(Lang::Uk));
    assert_eq!(i18n::coverage(Lang::Uk), (total(), total()));
    assert_eq!(i18n::text(Lang::Uk, "label-organization"), "Організація");
    let left = |n: i64| i18n::format(Lang::Uk, "chars-left", &[("count", n.into())]);
    assert_eq!(left(1), "Залишився 1 символ");
    assert_eq!(left(3), "Залишилося 3 символи");
    assert_eq!(left(25), "Залишилося 25 символів");
    assert_eq!(i18n::export(Lang::Uk).as_deref(), Some(data));
}

mod arbitrary {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn load_never_panics_on_arbitrary_text(data in "\\PC{0,400}") {
            let _ = i18n::load(&data);
        }

        #[test]
        fn load_never_panics_on_a_valid_header_and_arbitrary_messages(
            body in "[a-z\u{1}-\u{6}\u{1e}\n é]{0,600}"
        ) {
            // `fr` is refused after the body could be read; `uk` reads it.
            let uk = en_as_uk();
            let h = header(&uk);
            let _ = i18n::load(&format!("{}\n{body}", h.replacen(" uk ", " fr ", 1)));
            let r = i18n::load(&format!("{h}\n{body}"));
            prop_assert!(r.is_err(), "an arbitrary body never has every message valid");
        }
    }
}

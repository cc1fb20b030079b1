//! Every text the widget shows, looked up in one place.
//!
//! Order: the page's overrides (`mount(el, {strings})` or a `strings` key in
//! the inline JSON), then core's catalog for the page language (falling back
//! to English; the wasm carries no text, and the entry loads the page
//! language's catalog, or English's, at run time), else the key itself.
//! Placeholders are written `{ $name }` as in core's catalogs.

/// The page's texts, key → text; a later entry wins over an earlier one.
pub type Overrides = Vec<(String, String)>;

/// Looks texts up for one language.
#[derive(Debug, Clone, Default)]
pub struct Strings {
    lang: String,
    overrides: Overrides,
}

impl Strings {
    /// Texts in `lang` (a BCP 47 tag), with the page's `overrides`.
    pub fn new(lang: &str, overrides: Overrides) -> Strings {
        Strings {
            lang: lang.to_owned(),
            overrides,
        }
    }

    /// The page language as given.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The page's own text for `key`, if it gives one, with `{ $name }`
    /// placeholders filled from `args`.
    pub fn overridden(&self, key: &str, args: &[(&str, &str)]) -> Option<String> {
        let (_, text) = self.overrides.iter().rev().find(|(k, _)| k == key)?;
        Some(fill(text, args))
    }

    /// The text for `key` with `{ $name }` placeholders filled from `args`.
    pub fn get(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.overridden(key, args)
            .or_else(|| crate::catalog::lookup(&self.lang, key, args))
            .unwrap_or_else(|| {
                // A key core's catalog does not have is a typo in the view
                // (tests/view_keys.rs reads its sources): loud in a debug
                // build (the tests), the key itself in a release build. A
                // known key with no catalog loaded yet is not one.
                debug_assert!(
                    otel_feedback_core::i18n::keys().any(|k| k == key),
                    "no catalog key '{key}' (core/locales/en.ftl)"
                );
                key.to_owned()
            })
    }

    /// The text for `key` without arguments.
    pub fn t(&self, key: &str) -> String {
        self.get(key, &[])
    }
}

pub use otel_feedback_core::i18n::fill;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_once() {
        assert_eq!(
            fill(
                "Open #{ $channel } now",
                &[("channel", "otel-sig-end-user")]
            ),
            "Open #otel-sig-end-user now"
        );
        assert_eq!(fill("{$a}{ $a }", &[("a", "{ $a }")]), "{ $a }{ $a }");
        assert_eq!(fill("{ $missing } stays", &[]), "{ $missing } stays");
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "no catalog key 'button-clera'")]
    fn a_key_no_catalog_has_fails_loudly_in_a_debug_build() {
        Strings::new("en", Overrides::new()).t("button-clera");
    }

    #[test]
    fn a_page_may_give_a_text_for_a_key_no_catalog_has() {
        let o = vec![("my-own".to_owned(), "Mine".to_owned())];
        assert_eq!(Strings::new("en", o).t("my-own"), "Mine");
    }

    #[test]
    fn page_overrides_win() {
        let o = vec![("button-clear".to_owned(), "Start over".to_owned())];
        let s = Strings::new("en", o);
        assert_eq!(s.t("button-clear"), "Start over");
        assert_eq!(s.t("label-hour12"), "12-hour clock");
    }
}

//! Core's message catalogs (en, uk, ja, pt; English fallback).

use otel_feedback_core::i18n::{self, Arg, Lang};

/// The text for `key` in the language best matching `lang` (a BCP 47 tag),
/// else in English, if a loaded catalog has the key (the wasm compiles no
/// text in: a page loads its language's catalog, or English's). Arguments
/// `count`, `max` and `length` that are integers select plural forms.
pub fn lookup(lang: &str, key: &str, args: &[(&str, &str)]) -> Option<String> {
    let lang = Lang::negotiate(lang);
    if !i18n::is_translated(lang, key) && !i18n::is_translated(Lang::En, key) {
        return None;
    }
    let args: Vec<(&str, Arg)> = args
        .iter()
        .map(|(k, v)| {
            // Only the counts select plural forms: any other value stays
            // text, even when it is made of digits (a typed zone "007").
            let n = ["count", "max", "length"]
                .contains(k)
                .then(|| otel_feedback_core::text::parse_i64(v))
                .flatten();
            (*k, n.map_or_else(|| Arg::Str((*v).to_owned()), Arg::Num))
        })
        .collect();
    Some(i18n::format(lang, key, &args))
}

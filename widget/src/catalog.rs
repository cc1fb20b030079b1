//! Core's message catalogs (en, uk, ja, pt; English fallback).

use otel_feedback_core::i18n::{self, Arg, Lang};

/// The text for `key` in the language best matching `lang` (a BCP 47 tag),
/// if core's catalogs have the key. Arguments that are integers select
/// plural forms.
pub fn lookup(lang: &str, key: &str, args: &[(&str, &str)]) -> Option<String> {
    if !i18n::is_translated(Lang::En, key) {
        return None;
    }
    let args: Vec<(&str, Arg)> = args
        .iter()
        .map(|(k, v)| {
            (
                *k,
                v.parse::<i64>()
                    .map(Arg::Num)
                    .unwrap_or_else(|_| Arg::Str((*v).to_owned())),
            )
        })
        .collect();
    Some(i18n::format(Lang::negotiate(lang), key, &args))
}

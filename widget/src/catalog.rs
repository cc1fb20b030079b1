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
                .then(|| number(v))
                .flatten();
            (*k, n.map_or_else(|| Arg::Str((*v).to_owned()), Arg::Num))
        })
        .collect();
    Some(i18n::format(lang, key, &args))
}

/// `v` as a whole number (ASCII digits, optional `-`, at most 18 digits),
/// without `str::parse`'s generic code.
fn number(v: &str) -> Option<i64> {
    let (neg, digits) = match v.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, v),
    };
    if digits.is_empty() || digits.len() > 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = digits
        .bytes()
        .fold(0i64, |n, b| n * 10 + i64::from(b - b'0'));
    Some(if neg { -n } else { n })
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn numbers_are_whole_ascii_decimals() {
        assert_eq!(number("3"), Some(3));
        assert_eq!(number("-12"), Some(-12));
        assert_eq!(number("120"), Some(120));
        assert_eq!(number(""), None);
        assert_eq!(number("-"), None);
        assert_eq!(number("3.5"), None);
        assert_eq!(number("+3"), None);
        assert_eq!(number("otel-sig-end-user"), None);
        assert_eq!(number("1234567890123456789"), None);
    }
}

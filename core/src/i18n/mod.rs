//! Localized text: the single source of every user-visible string.
//!
//! Errors, topic labels, the widget's form labels, help text, buttons,
//! headings, notices and the composed messages all come from the Fluent
//! catalogs in `core/locales/{en,uk,ja,pt}.ftl`. They are parsed at build
//! time (`build.rs`) into static tables, so the runtime carries no Fluent
//! parser: it substitutes `{ $var }` and selects plural variants with the
//! CLDR rules of each language (Ukrainian: one / few / many). A key a
//! language lacks falls back to English.
//!
//! A build may leave languages out (features `lang-en`, `lang-uk`,
//! `lang-ja`, `lang-pt`) and [`load`] their catalogs at run time instead,
//! from the text [`export`] writes (`otel-feedback catalog uk`): the
//! widget's wasm compiles none in, and each page fetches its language's
//! catalog (English's for an English page, or when its own fails). Without
//! `lang-en` and before an English catalog is loaded, a message no loaded
//! catalog has renders as its key.
//!
//! ```
//! use otel_feedback_core::i18n::{self, Lang};
//!
//! let uk = Lang::negotiate("uk-UA");
//! assert_eq!(uk, Lang::Uk);
//! assert_eq!(i18n::text(Lang::En, "label-organization"), "Organization");
//! assert_eq!(i18n::format(uk, "chars-left", &[("count", 3.into())]), "Залишилося 3 символи");
//! assert_eq!(i18n::format(uk, "chars-left", &[("count", 5.into())]), "Залишилося 5 символів");
//! // Unknown languages fall back to English.
//! assert_eq!(Lang::negotiate("zz"), Lang::En);
//! ```
//!
//! # Where things are
//! This module holds the compiled tables and the lookups; the languages and
//! their plural rules are in `i18n/lang.rs`, the renderer in
//! `i18n/render.rs`, and catalog export and [`load`] in `i18n/catalog.rs`.

mod catalog;
mod lang;
mod render;

pub use catalog::{
    export, export_messages, is_message_key, load, CatalogError, CATALOG_FORMAT, CATALOG_MAGIC,
    MESSAGES_PART,
};
pub use lang::{Lang, Plural};
pub use render::{fill, Arg};

/// A compiled table: every entry concatenated, and `len + 1` byte offsets
/// (entry `i` is `text[offsets[i]..offsets[i + 1]]`; empty = missing).
///
/// A message is its text with three markers (see `build.rs`): `\x01name\x02`
/// for a variable, and `\x03var` + `\x04[*]key\x05body`... + `\x06` for a
/// select. Catalogs never contain these control characters.
#[derive(Debug, PartialEq)]
struct Table(&'static str, &'static [u16]);

impl Table {
    fn get(&self, i: usize) -> Option<&'static str> {
        let (start, end) = (*self.1.get(i)? as usize, *self.1.get(i + 1)? as usize);
        let s = self.0.get(start..end)?;
        (!s.is_empty()).then_some(s)
    }

    fn len(&self) -> usize {
        self.1.len().saturating_sub(1)
    }
}

const VAR: u8 = 1;
const VAR_END: u8 = 2;
const SELECT: u8 = 3;
const VARIANT: u8 = 4;
const BODY: u8 = 5;
const SELECT_END: u8 = 6;

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

fn key_index(key: &str) -> Option<usize> {
    let (mut lo, mut hi) = (0, KEYS.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        match KEYS.get(mid)?.cmp(key) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(mid),
        }
    }
    None
}

fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    let i = key_index(key)?;
    lang.message(i)
}

/// The message `key` in `lang` without variables (English if `lang` lacks
/// it; the key itself if no catalog has it, so a typo shows on screen).
pub fn text(lang: Lang, key: &str) -> String {
    format(lang, key, &[])
}

/// The message `key` in `lang` with `args` substituted.
///
/// A variable the caller did not pass shows as `{$name}`.
///
/// ```
/// use otel_feedback_core::i18n::{format, Lang};
/// assert_eq!(
///     format(Lang::En, "err-too-long", &[("field", "Organization".into()), ("max", 120.into())]),
///     "“Organization” is longer than 120 characters; shorten it to 120 or fewer."
/// );
/// ```
pub fn format(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    render::format_from(lang, lookup(lang, key), key, args)
}

/// Every message key, sorted (the English catalog has them all). A page can
/// override any of them; see the widget's documentation.
pub fn keys() -> impl Iterator<Item = &'static str> {
    (0..KEYS.len()).filter_map(|i| KEYS.get(i))
}

/// Whether `lang`'s own catalog has `key` (no fallback to English).
pub fn is_translated(lang: Lang, key: &str) -> bool {
    lookup(lang, key).is_some()
}

/// How many of the English keys `lang` translates: `(translated, total)`.
pub fn coverage(lang: Lang) -> (usize, usize) {
    let total = KEYS.len();
    let translated = keys().filter(|k| is_translated(lang, k)).count();
    (translated, total)
}

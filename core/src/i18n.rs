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

use std::fmt;

use serde::{Deserialize, Serialize};

/// One piece of a compiled message (generated code refers to these).
#[derive(Debug)]
enum P {
    /// Literal text.
    T(&'static str),
    /// A `{ $var }` placeable.
    V(&'static str),
    /// `{ $var -> [key] ... *[default] ... }`: variable, variants, default.
    S(&'static str, &'static [(K, &'static [P])], usize),
}

/// A variant key: an exact number or a CLDR plural category.
#[derive(Debug)]
enum K {
    N(i64),
    C(&'static str),
}

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// A language with a catalog.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English: the reference catalog and the fallback.
    #[default]
    En,
    /// Ukrainian.
    Uk,
    /// Japanese.
    Ja,
    /// Portuguese (as on opentelemetry.io, Brazilian plural rules).
    Pt,
}

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    /// `one` (en: 1; uk: 1, 21, 31…; pt: 0 and 1).
    One,
    /// `few` (uk: 2–4, 22–24…).
    Few,
    /// `many` (uk: 0, 5–20, 25–30…).
    Many,
    /// `other`: everything else (ja: always).
    Other,
}

impl Plural {
    /// The category's CLDR name, as used in `.ftl` variant keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Plural::One => "one",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

impl Lang {
    /// Every language with a catalog, English first.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Uk, Lang::Ja, Lang::Pt];

    /// The language's BCP 47 primary subtag: `en`, `uk`, `ja`, `pt`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Uk => "uk",
            Lang::Ja => "ja",
            Lang::Pt => "pt",
        }
    }

    /// The language for an exact code (`en`, `uk`, `ja`, `pt`, any case).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The best language for a BCP 47 tag (`uk-UA`, `pt_BR`, `ja`) or an
    /// `Accept-Language`-style list (`fr-CH, uk;q=0.9, en;q=0.8`): the first
    /// entry whose primary subtag has a catalog; English when none does.
    ///
    /// ```
    /// use otel_feedback_core::i18n::Lang;
    /// assert_eq!(Lang::negotiate("pt-BR"), Lang::Pt);
    /// assert_eq!(Lang::negotiate("fr-CH, uk;q=0.9"), Lang::Uk);
    /// assert_eq!(Lang::negotiate(""), Lang::En);
    /// ```
    pub fn negotiate(tags: &str) -> Lang {
        tags.split(',')
            .filter_map(|entry| {
                let tag = entry.split(';').next().unwrap_or("").trim();
                let primary = tag.split(['-', '_']).next().unwrap_or("");
                Lang::from_code(primary)
            })
            .next()
            .unwrap_or(Lang::En)
    }

    /// The CLDR plural category of the integer `n` in this language.
    ///
    /// ```
    /// use otel_feedback_core::i18n::{Lang, Plural};
    /// assert_eq!(Lang::Uk.plural(1), Plural::One);
    /// assert_eq!(Lang::Uk.plural(3), Plural::Few);
    /// assert_eq!(Lang::Uk.plural(11), Plural::Many);
    /// assert_eq!(Lang::Uk.plural(22), Plural::Few);
    /// assert_eq!(Lang::Pt.plural(0), Plural::One);
    /// assert_eq!(Lang::En.plural(0), Plural::Other);
    /// ```
    pub fn plural(self, n: i64) -> Plural {
        let i = n.unsigned_abs();
        match self {
            Lang::En => {
                if i == 1 {
                    Plural::One
                } else {
                    Plural::Other
                }
            }
            // CLDR `pt`: one = i in 0..1 (and no fraction digits).
            Lang::Pt => {
                if i <= 1 {
                    Plural::One
                } else {
                    Plural::Other
                }
            }
            Lang::Ja => Plural::Other,
            // CLDR `uk`, integers (v = 0):
            // one: i%10 = 1 and i%100 != 11; few: i%10 = 2..4 and i%100 != 12..14;
            // many: everything else.
            Lang::Uk => {
                let (m10, m100) = (i % 10, i % 100);
                if m10 == 1 && m100 != 11 {
                    Plural::One
                } else if (2..=4).contains(&m10) && !(12..=14).contains(&m100) {
                    Plural::Few
                } else {
                    Plural::Many
                }
            }
        }
    }

    fn table(self) -> &'static [(&'static str, &'static [P])] {
        match self {
            Lang::En => EN,
            Lang::Uk => UK,
            Lang::Ja => JA,
            Lang::Pt => PT,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A value substituted for a `{ $var }`: numbers also select plural forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// An integer (shown in plain digits; selects `[one]`, `[few]`…).
    Num(i64),
    /// Text, inserted as is.
    Str(String),
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}
impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Num(n.into())
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Num(n.into())
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}

fn lookup(lang: Lang, key: &str) -> Option<&'static [P]> {
    find(lang.table(), key)
}

fn find(table: &'static [(&'static str, &'static [P])], key: &str) -> Option<&'static [P]> {
    table
        .binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()
        .map(|i| table[i].1)
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
///     format(Lang::En, "err-too-long", &[("field", "Organization".into()), ("length", 130.into()), ("max", 120.into())]),
///     "“Organization” is 130 characters long; shorten it to 120 or fewer."
/// );
/// ```
pub fn format(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    format_from(lang, lang.table(), key, args)
}

/// `format` with `lang`'s own messages taken from `own` (tests pass a
/// partial table to exercise the fallback to English).
fn format_from(
    lang: Lang,
    own: &'static [(&'static str, &'static [P])],
    key: &str,
    args: &[(&str, Arg)],
) -> String {
    let parts = find(own, key).or_else(|| lookup(Lang::En, key));
    let Some(parts) = parts else {
        return key.to_owned();
    };
    let mut out = String::new();
    render(lang, parts, args, &mut out);
    out
}

fn render(lang: Lang, parts: &[P], args: &[(&str, Arg)], out: &mut String) {
    for part in parts {
        match part {
            P::T(t) => out.push_str(t),
            P::V(name) => match args.iter().find(|(n, _)| n == name) {
                Some((_, Arg::Num(n))) => out.push_str(&n.to_string()),
                Some((_, Arg::Str(s))) => out.push_str(s),
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            P::S(name, variants, default) => {
                let arg = args.iter().find(|(n, _)| n == name).map(|(_, a)| a);
                let chosen = match arg {
                    Some(Arg::Num(n)) => {
                        let cat = lang.plural(*n).as_str();
                        variants
                            .iter()
                            .position(|(k, _)| matches!(k, K::N(x) if x == n))
                            .or_else(|| {
                                variants
                                    .iter()
                                    .position(|(k, _)| matches!(k, K::C(c) if *c == cat))
                            })
                    }
                    Some(Arg::Str(s)) => variants
                        .iter()
                        .position(|(k, _)| matches!(k, K::C(c) if c == s)),
                    None => None,
                };
                let (_, body) = &variants[chosen.unwrap_or(*default)];
                render(lang, body, args, out);
            }
        }
    }
}

/// Every message key, sorted (the English catalog has them all). A page can
/// override any of them; see the widget's documentation.
pub fn keys() -> impl Iterator<Item = &'static str> {
    EN.iter().map(|(k, _)| *k)
}

/// Whether `lang`'s own catalog has `key` (no fallback to English).
pub fn is_translated(lang: Lang, key: &str) -> bool {
    lookup(lang, key).is_some()
}

/// How many of the English keys `lang` translates: `(translated, total)`.
pub fn coverage(lang: Lang) -> (usize, usize) {
    let total = EN.len();
    let translated = keys().filter(|k| is_translated(lang, k)).count();
    (translated, total)
}

#[cfg(test)]
mod tests {
    use super::*;

    static PARTIAL_UK: &[(&str, &[P])] = &[("label-name", &[P::T("Ваше імʼя")])];

    #[test]
    fn a_key_missing_from_a_catalog_falls_back_to_english_with_the_language_plural_rules() {
        assert_eq!(
            format_from(Lang::Uk, PARTIAL_UK, "label-name", &[]),
            "Ваше імʼя"
        );
        assert_eq!(
            format_from(Lang::Uk, PARTIAL_UK, "label-organization", &[]),
            "Organization"
        );
        // English text, but still a valid selection (uk 3 = few -> en's default).
        assert_eq!(
            format_from(Lang::Uk, PARTIAL_UK, "chars-left", &[("count", 3.into())]),
            "3 characters left"
        );
        assert_eq!(
            format_from(Lang::Uk, PARTIAL_UK, "no-such-key", &[]),
            "no-such-key"
        );
    }
}

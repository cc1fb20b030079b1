//! Languages: which ones have a catalog, how a BCP 47 tag picks one
//! ([`Lang::negotiate`]) and each language's CLDR plural rules
//! ([`Lang::plural`]).

use std::fmt;

use serde::{Deserialize, Serialize};

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
        crate::text::split(tags, b',')
            .find_map(|entry| {
                let tag = crate::text::trim(crate::text::split(entry, b';').next().unwrap_or(""));
                let primary = tag
                    .bytes()
                    .position(|b| b == b'-' || b == b'_')
                    .map_or(tag, |end| tag.get(..end).unwrap_or(tag));
                Lang::from_code(primary)
            })
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
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

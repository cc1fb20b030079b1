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

use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

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

    /// The catalog in effect: a [`load`]ed one, else the compiled one.
    fn table(self) -> &'static Table {
        if let Some(loaded) = LOADED.get(self as usize).and_then(OnceLock::get) {
            return loaded;
        }
        match self {
            Lang::En => &EN,
            Lang::Uk => &UK,
            Lang::Ja => &JA,
            Lang::Pt => &PT,
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
    lang.table()
        .get(i)
        .or_else(|| PARTS.get(lang as usize)?.get()?.get(i))
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
    format_from(lang, lookup(lang, key), key, args)
}

/// Renders `own` (the message in `lang`, if it has one), else English's.
fn format_from(lang: Lang, own: Option<&str>, key: &str, args: &[(&str, Arg)]) -> String {
    let Some(message) = own.or_else(|| lookup(Lang::En, key)) else {
        return key.to_owned();
    };
    let mut out = String::new();
    let mut i = 0;
    sequence(lang, message, &mut i, args, &mut out);
    out
}

fn push_arg(name: &str, args: &[(&str, Arg)], out: &mut String) {
    match args.iter().find(|(n, _)| *n == name) {
        Some((_, Arg::Num(n))) => crate::text::push_int(out, *n, 0),
        Some((_, Arg::Str(s))) => out.push_str(s),
        None => {
            out.push_str("{$");
            out.push_str(name);
            out.push('}');
        }
    }
}

fn find_byte(b: &[u8], from: usize, byte: u8) -> usize {
    b[from.min(b.len())..]
        .iter()
        .position(|x| *x == byte)
        .map_or(b.len(), |p| from + p)
}

/// Renders `s[*i..]` until its end or a variant boundary at this level.
fn sequence(lang: Lang, s: &str, i: &mut usize, args: &[(&str, Arg)], out: &mut String) {
    let b = s.as_bytes();
    while *i < b.len() {
        match b[*i] {
            VAR => {
                let end = find_byte(b, *i + 1, VAR_END);
                push_arg(s.get(*i + 1..end).unwrap_or_default(), args, out);
                *i = end + 1;
            }
            SELECT => select(lang, s, i, args, out),
            VARIANT | SELECT_END => return,
            _ => {
                let start = *i;
                while *i < b.len() && b[*i] > SELECT_END {
                    *i += 1;
                }
                out.push_str(s.get(start..*i).unwrap_or_default());
            }
        }
    }
}

/// The end of a variant's body: the next VARIANT or SELECT_END at depth 0.
fn skip_body(b: &[u8], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i < b.len() {
        match b[i] {
            SELECT => depth += 1,
            SELECT_END if depth > 0 => depth -= 1,
            VARIANT | SELECT_END if depth == 0 => return i,
            _ => {}
        }
        i += 1;
    }
    i
}

/// Renders the select at `s[*i]` (a SELECT byte) and moves past its end.
fn select(lang: Lang, s: &str, i: &mut usize, args: &[(&str, Arg)], out: &mut String) {
    let b = s.as_bytes();
    let name_end = find_byte(b, *i + 1, VARIANT);
    let name = s.get(*i + 1..name_end).unwrap_or_default();
    let arg = args.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
    let category = match arg {
        Some(Arg::Num(n)) => lang.plural(*n).as_str(),
        _ => "",
    };
    let mut pos = name_end;
    let (mut exact, mut by_category, mut default) = (None, None, None);
    while pos < b.len() && b[pos] == VARIANT {
        let body = find_byte(b, pos + 1, BODY);
        let key = s.get(pos + 1..body).unwrap_or_default();
        let (is_default, key) = match crate::text::strip_prefix(key, b'*') {
            Some(k) => (true, k),
            None => (false, key),
        };
        let start = body + 1;
        if is_default {
            default = Some(start);
        }
        match arg {
            Some(Arg::Num(n)) if crate::text::parse_i64(key) == Some(*n) => {
                exact = exact.or(Some(start))
            }
            Some(Arg::Str(v)) if key == v => exact = exact.or(Some(start)),
            _ if key == category => by_category = by_category.or(Some(start)),
            _ => {}
        }
        pos = skip_body(b, start);
    }
    if let Some(mut start) = exact.or(by_category).or(default) {
        sequence(lang, s, &mut start, args, out);
    }
    *i = (pos + 1).min(b.len());
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

/// The first word of an exported catalog.
pub const CATALOG_MAGIC: &str = "otel-feedback-catalog";

/// The version of the exported catalog format.
pub const CATALOG_FORMAT: &str = "1";

/// Ends each message in an exported catalog (ASCII record separator; the
/// build refuses it in a catalog).
const SEP: char = '\x1e';

/// How deeply selects may nest in a loaded message (the runtime recurses).
const MAX_DEPTH: usize = 16;

/// Catalogs registered by [`load`], indexed by `Lang as usize`.
static LOADED: [OnceLock<Table>; 4] = [const { OnceLock::new() }; 4];

/// Message catalogs ([`export_messages`]) registered by [`load`]: used for
/// a key the language's full catalog lacks.
static PARTS: [OnceLock<Table>; 4] = [const { OnceLock::new() }; 4];

/// The header's sixth word in a message catalog ([`export_messages`]).
pub const MESSAGES_PART: &str = "messages";

/// Whether `key` is used by the messages composed for the SIG (the Slack
/// message and the email, in `config.message_lang`): `msg-*`,
/// `email-subject`, the topic labels and the weekday names.
pub fn is_message_key(key: &str) -> bool {
    ["msg-", "topic-", "wd-", "email-subject"]
        .iter()
        .any(|p| key.starts_with(p))
}

/// `lang`'s catalog as text for [`load`], or `None` when this build has no
/// catalog for `lang` (neither compiled in nor loaded).
///
/// The format (version 1), UTF-8:
///
/// ```text
/// otel-feedback-catalog 1 <lang> <number of keys> <keys hash: 16 lower-case hex digits>\n
/// <message of key 0>\x1e<message of key 1>\x1e ... <message of the last key>\x1e\n
/// ```
///
/// Messages follow [`keys`]' order, each ended by `\x1e`; a message the
/// language lacks is empty. A message is the compiled form: text, with
/// `\x01name\x02` for a variable and `\x03var` (`\x04[*]key\x05body`)…
/// `\x06` for a select. The keys hash is FNV-1a 64 over each key and the
/// variables its English message uses, so only a core with the same keys
/// and variables accepts the file.
///
/// ```
/// use otel_feedback_core::i18n::{export, Lang};
/// let en = export(Lang::En).unwrap();
/// assert!(en.starts_with("otel-feedback-catalog 1 en 161 "));
/// ```
pub fn export(lang: Lang) -> Option<String> {
    export_keys(lang, None)
}

/// Only the messages of `lang` that composed messages use
/// ([`is_message_key`]; the others are empty), with `messages` as the
/// header's sixth word: what a page loads for `config.message_lang` when
/// it differs from the page's own language (a Ukrainian page composing in
/// English). [`load`] keeps it apart from a full catalog: it fills in only
/// the keys the language's full catalog (loaded or compiled in) lacks.
///
/// ```
/// use otel_feedback_core::i18n::{export_messages, Lang};
/// let en = export_messages(Lang::En).unwrap();
/// assert!(en.lines().next().unwrap().ends_with(" messages"));
/// assert!(en.contains("Feedback session request"));
/// assert!(!en.contains("Check my request"));
/// ```
pub fn export_messages(lang: Lang) -> Option<String> {
    export_keys(lang, Some(MESSAGES_PART))
}

fn export_keys(lang: Lang, part: Option<&str>) -> Option<String> {
    let table = lang.table();
    if table.0.is_empty() {
        return None;
    }
    let mut out = [
        CATALOG_MAGIC,
        CATALOG_FORMAT,
        lang.code(),
        KEYS_COUNT,
        KEYS_HASH,
    ]
    .join(" ");
    if let Some(part) = part {
        out.push(' ');
        out.push_str(part);
    }
    out.push('\n');
    for (i, key) in keys().enumerate() {
        if part.is_none() || is_message_key(key) {
            out.push_str(table.get(i).unwrap_or_default());
        }
        out.push(SEP);
    }
    out.push('\n');
    Some(out)
}

/// Why [`load`] refused a catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CatalogError {
    /// The first line is not `otel-feedback-catalog <format> <lang> <keys> <hash>`.
    NotACatalog,
    /// A format version this core cannot read.
    UnsupportedFormat,
    /// A language code other than `en`, `uk`, `ja`, `pt`.
    UnsupportedLanguage,
    /// The number of keys or the keys hash differ: the catalog was exported
    /// by a core with other messages.
    OtherVersion,
    /// Fewer messages than keys, or the last message is not ended by `\x1e`.
    Truncated,
    /// More messages than keys.
    TrailingData,
    /// This key's message has unbalanced markers or control characters.
    Malformed(&'static str),
    /// The messages together exceed 65,535 bytes.
    TooLarge,
    /// A different catalog was already loaded for this language.
    AlreadyLoaded(Lang),
}

impl CatalogError {
    /// What [`Display`](fmt::Display) writes, built without `core::fmt`
    /// (which a wasm build would otherwise link for this one message).
    ///
    /// ```
    /// use otel_feedback_core::i18n::CatalogError;
    /// assert_eq!(CatalogError::Truncated.message(), "catalog refused: truncated");
    /// ```
    pub fn message(&self) -> String {
        let (a, b, c) = match self {
            CatalogError::NotACatalog => ("not an otel-feedback catalog", "", ""),
            CatalogError::UnsupportedFormat => ("format is not 1", "", ""),
            CatalogError::UnsupportedLanguage => ("language is not en, uk, ja or pt", "", ""),
            CatalogError::OtherVersion => (
                "made by another otel-feedback-core version (other keys); \
                 export it with this one (otel-feedback catalog <lang>)",
                "",
                "",
            ),
            CatalogError::Truncated => ("truncated", "", ""),
            CatalogError::TrailingData => ("more messages than keys", "", ""),
            CatalogError::Malformed(key) => ("unbalanced markers in '", *key, "'"),
            CatalogError::TooLarge => ("over 65,535 bytes", "", ""),
            CatalogError::AlreadyLoaded(lang) => ("another '", lang.code(), "' catalog is loaded"),
        };
        crate::text::cat(&["catalog refused: ", a, b, c])
    }
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for CatalogError {}

/// Registers a catalog written by [`export`] for its language, for the rest
/// of the process: [`format`](fn@format), [`text`], [`is_translated`], [`coverage`] and
/// everything that renders messages (request errors, composed messages) use
/// it exactly as if it were compiled in.
///
/// - A loaded catalog wins over one compiled in for the same language.
/// - The first catalog loaded for a language stays: loading the same text
///   again succeeds and changes nothing; a different one is refused
///   ([`CatalogError::AlreadyLoaded`]), so text already on screen never
///   changes language version mid-page.
/// - English loads like any other language; a build without `lang-en`
///   needs it loaded before it has any text (English is every other
///   language's fallback).
/// - A catalog from a core with other keys or variables, a truncated file
///   and a message whose markers do not nest are refused, so rendering a
///   loaded message never fails. The catalog's memory is never freed.
pub fn load(data: &str) -> Result<Lang, CatalogError> {
    let (lang, part, text, offsets) = parse(data)?;
    let slots = if part { &PARTS } else { &LOADED };
    let slot = slots
        .get(lang as usize)
        .ok_or(CatalogError::UnsupportedLanguage)?;
    if let Some(existing) = slot.get() {
        return if existing.0 == text && existing.1 == offsets.as_slice() {
            Ok(lang)
        } else {
            Err(CatalogError::AlreadyLoaded(lang))
        };
    }
    let table = Table(text.leak(), offsets.leak());
    match slot.set(table) {
        Ok(()) => Ok(lang),
        // Another thread won the race.
        Err(ours) if slot.get() == Some(&ours) => Ok(lang),
        Err(_) => Err(CatalogError::AlreadyLoaded(lang)),
    }
}

/// Checks a catalog and returns its language, messages and offsets.
fn parse(data: &str) -> Result<(Lang, bool, String, Vec<u16>), CatalogError> {
    let (header, body) = crate::text::split_once(data, b'\n').ok_or(CatalogError::NotACatalog)?;
    let mut fields = crate::text::split(header, b' ');
    if fields.next() != Some(CATALOG_MAGIC) {
        return Err(CatalogError::NotACatalog);
    }
    let (Some(format), Some(code), Some(count), Some(hash), part, None) = (
        fields.next(),
        fields.next(),
        fields.next(),
        fields.next(),
        fields.next(),
        fields.next(),
    ) else {
        return Err(CatalogError::NotACatalog);
    };
    let part = match part {
        None => false,
        Some(MESSAGES_PART) => true,
        Some(_) => return Err(CatalogError::NotACatalog),
    };
    if format != CATALOG_FORMAT {
        return Err(CatalogError::UnsupportedFormat);
    }
    let lang = match Lang::from_code(code) {
        Some(lang) => lang,
        None => return Err(CatalogError::UnsupportedLanguage),
    };
    if count != KEYS_COUNT || hash != KEYS_HASH {
        return Err(CatalogError::OtherVersion);
    }
    let body = crate::text::strip_suffix(body, b'\n').unwrap_or(body);
    let body = crate::text::strip_suffix(body, SEP as u8).ok_or(CatalogError::Truncated)?;
    let mut messages = crate::text::split(body, SEP as u8);
    let mut text = String::with_capacity(body.len());
    let mut offsets = Vec::with_capacity(KEYS.len() + 1);
    offsets.push(0);
    for key in keys() {
        let message = messages.next().ok_or(CatalogError::Truncated)?;
        if !well_formed(message) {
            return Err(CatalogError::Malformed(key));
        }
        text.push_str(message);
        offsets.push(u16::try_from(text.len()).map_err(|_| CatalogError::TooLarge)?);
    }
    if messages.next().is_some() {
        return Err(CatalogError::TrailingData);
    }
    Ok((lang, part, text, offsets))
}

/// Whether `message` follows the compiled grammar, so rendering it always
/// ends: text, `\x01name\x02`, and `\x03name` (`\x04key\x05body`)+ `\x06`
/// with selects nested at most [`MAX_DEPTH`] deep; text, names and keys
/// hold no byte below 7.
fn well_formed(message: &str) -> bool {
    #[derive(PartialEq)]
    enum At {
        Body,
        Var,
        Name,
        Key,
    }
    let (mut at, mut depth) = (At::Body, 0usize);
    for b in message.bytes() {
        at = match (at, b) {
            (at, 7..) => at,
            (At::Body, VAR) => At::Var,
            (At::Body, SELECT) if depth < MAX_DEPTH => {
                depth += 1;
                At::Name
            }
            (At::Body, VARIANT) if depth > 0 => At::Key,
            (At::Body, SELECT_END) if depth > 0 => {
                depth -= 1;
                At::Body
            }
            (At::Var, VAR_END) => At::Body,
            (At::Name, VARIANT) => At::Key,
            (At::Key, BODY) => At::Body,
            _ => return false,
        };
    }
    at == At::Body && depth == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_missing_from_a_catalog_falls_back_to_english_with_the_language_plural_rules() {
        assert_eq!(
            format_from(Lang::Uk, Some("Ваше імʼя"), "label-name", &[]),
            "Ваше імʼя"
        );
        assert_eq!(
            format_from(Lang::Uk, None, "label-organization", &[]),
            "Organization"
        );
        // English text, with the Ukrainian category (3 = few) falling to en's default.
        assert_eq!(
            format_from(Lang::Uk, None, "chars-left", &[("count", 3.into())]),
            "3 characters left"
        );
        assert_eq!(
            format_from(Lang::Uk, None, "no-such-key", &[]),
            "no-such-key"
        );
    }

    #[test]
    fn nested_selects_and_text_selectors_render() {
        let m =
            "a\x03n\x04one\x05[one \x03k\x04x\x05X\x04*y\x05Y\x06]\x04*other\x05[\x01n\x02]\x06b";
        let r = |args: &[(&str, Arg)]| format_from(Lang::En, Some(m), "k", args);
        assert_eq!(r(&[("n", 1.into()), ("k", "x".into())]), "a[one X]b");
        assert_eq!(r(&[("n", 1.into()), ("k", "z".into())]), "a[one Y]b");
        assert_eq!(r(&[("n", 7.into())]), "a[7]b");
        assert_eq!(r(&[]), "a[{$n}]b");
    }

    #[test]
    fn every_compiled_message_is_well_formed() {
        for lang in Lang::ALL {
            for i in 0..KEYS.len() {
                let m = lang.table().get(i).unwrap_or_default();
                assert!(well_formed(m), "{lang} {:?}", KEYS.get(i));
            }
        }
    }

    mod arbitrary {
        use super::super::*;
        use proptest::prelude::*;

        fn message() -> impl Strategy<Value = String> {
            let leaf = prop_oneof![
                "[a-zé 0-9*]{0,4}",
                "[a-z]{1,5}".prop_map(|v| format!("\x01{v}\x02")),
            ];
            leaf.prop_recursive(4, 32, 4, |inner| {
                (
                    "[a-z]{1,3}",
                    prop::collection::vec(
                        (
                            "\\*?(one|few|many|other|[0-9])",
                            prop::collection::vec(inner, 0..3),
                        ),
                        1..4,
                    ),
                )
                    .prop_map(|(var, variants)| {
                        let mut s = format!("\x03{var}");
                        for (key, body) in variants {
                            s.push('\x04');
                            s.push_str(&key);
                            s.push('\x05');
                            s.push_str(&body.concat());
                        }
                        s.push('\x06');
                        s
                    })
            })
        }

        proptest! {
            #[test]
            fn a_well_formed_message_is_accepted_and_renders(
                parts in prop::collection::vec(message(), 0..4), n in -30i64..30
            ) {
                let m = parts.concat();
                prop_assert!(well_formed(&m), "{m:?}");
                let out = format_from(Lang::Uk, Some(&m), "k", &[("a", n.into()), ("b", "x".into())]);
                prop_assert!(!out.bytes().any(|b| b < 7), "{out:?}");
            }

            #[test]
            fn rendering_any_message_that_passes_the_check_ends(
                m in "[a1*\u{0}-\u{6}é]{0,40}", n in -3i64..30
            ) {
                if well_formed(&m) {
                    let _ = format_from(Lang::Uk, Some(&m), "k", &[("a", n.into())]);
                }
            }
        }
    }
}

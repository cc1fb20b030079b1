//! Catalog exchange: the catalog in effect for a language (a [`load`]ed one,
//! else the compiled one), [`export`] and [`export_messages`] writing it as
//! text, and [`load`] checking and registering such a text at run time.

use std::fmt;
use std::sync::OnceLock;

use super::{
    keys, Lang, Table, BODY, EN, JA, KEYS, KEYS_COUNT, KEYS_HASH, PT, SELECT, SELECT_END, UK, VAR,
    VARIANT, VAR_END,
};

impl Lang {
    /// The catalog in effect: a [`load`]ed one, else the compiled one.
    pub(super) fn table(self) -> &'static Table {
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

    /// Message `i` of the catalog in effect, else of a loaded message
    /// catalog ([`export_messages`]).
    pub(super) fn message(self, i: usize) -> Option<&'static str> {
        self.table()
            .get(i)
            .or_else(|| PARTS.get(self as usize)?.get()?.get(i))
    }
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
/// use otel_feedback_core::i18n::{export, keys, Lang};
/// let en = export(Lang::En).unwrap();
/// let header = format!("otel-feedback-catalog 1 en {} ", keys().count());
/// assert!(en.starts_with(&header));
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
        use crate::i18n::render::format_from;
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

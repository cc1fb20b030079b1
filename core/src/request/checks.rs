//! The format checks behind validation: which characters a text field
//! refuses ([`Rules`], [`first_refused`]) and how they are named
//! ([`char_label`]), and what an email address ([`is_email`]) and a Slack
//! handle or member id ([`check_slack`], [`is_member_id`]) look like.

use super::EMAIL_MAX;
use crate::text::{self, push_radix, HEX_UPPER};

/// What a text field accepts beyond one line of visible text.
#[derive(Clone, Copy)]
pub(super) struct Rules {
    /// Line breaks (multi-line fields).
    pub(super) newlines: bool,
    /// Tabs (`details`).
    tabs: bool,
    /// Zero-width spaces and word joiners are refused (names, addresses).
    identifier: bool,
}

impl Rules {
    /// Name, organization, email and Slack handle: one line, no
    /// zero-width spaces.
    pub(super) const STRICT: Rules = Rules {
        newlines: false,
        tabs: false,
        identifier: true,
    };
    /// Other one-line fields (`role`).
    pub(super) const LINE: Rules = Rules {
        newlines: false,
        tabs: false,
        identifier: false,
    };
    /// `alternative_time`: line breaks allowed.
    pub(super) const LINES: Rules = Rules {
        newlines: true,
        tabs: false,
        identifier: false,
    };
    /// `details`: line breaks and tabs allowed.
    pub(super) const MULTILINE: Rules = Rules {
        newlines: true,
        tabs: true,
        identifier: false,
    };
}

/// How much of a text field validation reads, and whether it is too long
/// ([`extent`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Extent {
    /// The bytes (UTF-8) of the text read before the character that made
    /// it too long; the whole text when it is not.
    pub bytes: usize,
    /// More than `max` characters once the whitespace at its ends is taken
    /// off, or more than `2 × max` characters as typed.
    pub too_long: bool,
}

/// Reads a field's text as typed (`chars`) only until its length against
/// `max` is known: it stops at the first character that makes it too long
/// (the first visible one past the limit: character `max + 1` of a text
/// that starts with one and has no space there), and never reads more than
/// `2 × max + 1` characters (issue 27: a 1 MB paste costs what a text of
/// the limit costs). In a multi-line
/// field (`lines`) a CRLF counts as one character, as it does once
/// validation has made it a LF.
///
/// ```
/// use otel_feedback_core::request::{extent, Extent};
/// assert_eq!(extent("  Ana  ".chars(), 5), Extent { bytes: 7, too_long: false });
/// assert_eq!(extent("Anastasia".chars(), 5), Extent { bytes: 5, too_long: true });
/// let mut read = 0;
/// let huge = std::iter::repeat('x').inspect(|_| read += 1).take(1 << 20);
/// assert!(extent(huge, 80).too_long);
/// assert_eq!(read, 81);
/// ```
pub fn extent(chars: impl IntoIterator<Item = char>, max: usize) -> Extent {
    extent_in(chars, max, false)
}

/// [`extent`], with a CRLF counting one when `lines`.
pub(super) fn extent_in(chars: impl IntoIterator<Item = char>, max: usize, lines: bool) -> Extent {
    let cap = max.saturating_mul(2);
    let (mut n, mut first, mut bytes, mut cr) = (0usize, None, 0usize, false);
    for c in chars {
        let crlf = lines && cr && c == '\n';
        cr = c == '\r';
        if !crlf {
            if n == cap {
                return Extent {
                    bytes,
                    too_long: true,
                };
            }
            n += 1;
        }
        // From the first visible character to this one: the trimmed text
        // so far.
        if !c.is_whitespace() && n - *first.get_or_insert(n) >= max {
            return Extent {
                bytes,
                too_long: true,
            };
        }
        bytes += c.len_utf8();
    }
    Extent {
        bytes,
        too_long: false,
    }
}

/// U+200C ZERO WIDTH NON-JOINER or U+200D ZERO WIDTH JOINER: part of
/// Persian, Indic and emoji spelling, accepted between two visible
/// characters.
pub(super) fn joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// Whether `c` is refused whatever its neighbours: controls (C0, DEL, C1;
/// but a line break or tab where `rules` allow it), bidi embeddings,
/// overrides and isolates, U+FEFF, line and paragraph separators, and in
/// identifiers zero-width spaces and word joiners.
pub(super) fn forbidden(c: char, rules: Rules) -> bool {
    (c.is_control() && !(rules.newlines && c == '\n') && !(rules.tabs && c == '\t'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}' | '\u{FEFF}')
        || (rules.identifier && matches!(c, '\u{200B}' | '\u{2060}'..='\u{2064}' | '\u{180E}'))
}

/// The first refused character of `value` and its byte offset:
/// [`forbidden`] ones, and a joiner that is not between two visible
/// characters (at an end, or next to a space or another joiner).
pub(super) fn first_refused(value: &str, rules: Rules) -> Option<(usize, char)> {
    let visible = |c: Option<char>| {
        c.is_some_and(|c| !c.is_whitespace() && !joiner(c) && !forbidden(c, rules))
    };
    let mut prev = None;
    let mut chars = value.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|(_, n)| *n);
        if forbidden(c, rules) || (joiner(c) && !(visible(prev) && visible(next))) {
            return Some((i, c));
        }
        prev = Some(c);
    }
    None
}

/// The Unicode names of the refused characters that have one, each line
/// `XXXX NAME` (one text, scanned: a `match` costs the wasm far more).
const CHAR_NAMES: &str = "0000 NULL
0009 CHARACTER TABULATION
000A LINE FEED
000D CARRIAGE RETURN
001B ESCAPE
007F DELETE
0085 NEXT LINE
180E MONGOLIAN VOWEL SEPARATOR
200B ZERO WIDTH SPACE
200C ZERO WIDTH NON-JOINER
200D ZERO WIDTH JOINER
2028 LINE SEPARATOR
2029 PARAGRAPH SEPARATOR
202A LEFT-TO-RIGHT EMBEDDING
202B RIGHT-TO-LEFT EMBEDDING
202C POP DIRECTIONAL FORMATTING
202D LEFT-TO-RIGHT OVERRIDE
202E RIGHT-TO-LEFT OVERRIDE
2060 WORD JOINER
2061 FUNCTION APPLICATION
2062 INVISIBLE TIMES
2063 INVISIBLE SEPARATOR
2064 INVISIBLE PLUS
2066 LEFT-TO-RIGHT ISOLATE
2067 RIGHT-TO-LEFT ISOLATE
2068 FIRST STRONG ISOLATE
2069 POP DIRECTIONAL ISOLATE
FEFF ZERO WIDTH NO-BREAK SPACE";

/// `U+202E RIGHT-TO-LEFT OVERRIDE`: a refused character's code point and
/// Unicode name (`<control>`, Unicode's own name field, for the other
/// controls).
pub fn char_label(c: char) -> String {
    let mut code = String::from("U+");
    push_radix(&mut code, u32::from(c).into(), 4, HEX_UPPER);
    let hex = code.get(2..).unwrap_or_default();
    let name = text::split(CHAR_NAMES, b'\n')
        .find_map(|l| text::split_once(l, b' ').filter(|(h, _)| *h == hex))
        .map_or("<control>", |(_, name)| name);
    code.push(' ');
    code.push_str(name);
    code
}

/// A letter or digit: ASCII ones, and any non-ASCII character that is not
/// whitespace, a control, bidi or zero-width character. (Unicode's
/// alphanumeric tables would cost the widget's wasm kilobytes; a Slack
/// display name may hold emoji anyway.)
pub(super) fn word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (!c.is_ascii() && !c.is_whitespace() && !forbidden(c, Rules::STRICT) && !joiner(c))
}

/// Whether `s` looks like a deliverable address: `local@domain.tld`, with
/// an RFC 5322 dot-atom local part (no quotes, spaces or comments) of up to
/// 64 characters and a domain of letters, digits and hyphens (any script)
/// with at least one dot. Non-ASCII characters count as letters.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = text::rsplit_once(s, b'@') else {
        return false;
    };
    if local.is_empty() || local.len() > 64 || domain.len() > 253 || text::char_count(s) > EMAIL_MAX
    {
        return false;
    }
    // `char` in a `&str` would link the standard library's substring search
    // (for non-ASCII characters): a byte list is enough here.
    let atext = |c: char| {
        matches!(
            c,
            '!' | '#'
                | '$'
                | '%'
                | '&'
                | '\''
                | '*'
                | '+'
                | '/'
                | '='
                | '?'
                | '^'
                | '_'
                | '`'
                | '{'
                | '|'
                | '}'
                | '~'
                | '-'
        ) || word_char(c)
    };
    if text::split(local, b'.').any(|part| part.is_empty() || !part.chars().all(atext)) {
        return false;
    }
    let label_ok = |l: &str| {
        !l.is_empty()
            && text::char_count(l) <= 63
            && l.as_bytes().first() != Some(&b'-')
            && l.as_bytes().last() != Some(&b'-')
            && l.chars().all(|c| word_char(c) || c == '-')
    };
    let (mut labels, mut tld) = (0, "");
    for l in text::split(domain, b'.') {
        if !label_ok(l) {
            return false;
        }
        labels += 1;
        tld = l;
    }
    labels >= 2 && text::char_count(tld) >= 2 && !tld.bytes().all(|b| b.is_ascii_digit())
}

/// What [`check_slack`] found.
pub(super) enum SlackCheck {
    Ok,
    GroupMention,
    Invalid,
}

/// Whether `s` is a Slack handle (`@jane`) or member id, and not a group
/// mention (`@here`).
pub(super) fn check_slack(s: &str) -> SlackCheck {
    if let Some(handle) = text::strip_prefix(s, b'@') {
        if ["here", "channel", "everyone"]
            .iter()
            .any(|g| handle.eq_ignore_ascii_case(g))
        {
            return SlackCheck::GroupMention;
        }
        let ok = !handle.is_empty()
            && handle.as_bytes().first() != Some(&b' ')
            && !handle.as_bytes().windows(2).any(|w| w == b"  ")
            && handle
                .chars()
                .all(|c| word_char(c) || joiner(c) || matches!(c, '.' | '_' | '-' | '\'' | ' '));
        return if ok {
            SlackCheck::Ok
        } else {
            SlackCheck::Invalid
        };
    }
    if is_member_id(s) {
        SlackCheck::Ok
    } else {
        SlackCheck::Invalid
    }
}

/// Whether `s` is a Slack member id: `U` or `W` and 6 to 20 uppercase
/// letters or digits (`U03UARAJ405`).
pub fn is_member_id(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('U' | 'W'))
        && (7..=21).contains(&s.len())
        && chars.all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

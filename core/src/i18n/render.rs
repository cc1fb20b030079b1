//! The renderer: a compiled message (text, `\x01name\x02` variables and
//! `\x03var` … `\x06` selects, see [`super::Table`]) with its [`Arg`]s
//! substituted and plural variants chosen by the language's CLDR rules.

use super::{lookup, Lang, BODY, SELECT, SELECT_END, VAR, VARIANT, VAR_END};

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

/// Renders `own` (the message in `lang`, if it has one), else English's.
pub(super) fn format_from(
    lang: Lang,
    own: Option<&str>,
    key: &str,
    args: &[(&str, Arg)],
) -> String {
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

/// A page's own text (`Config.strings`, plain text, no plural selects) with
/// each `{ $name }` (spaces optional) replaced by the argument's value; the
/// value is never re-scanned, so text a visitor typed cannot inject more
/// placeholders, and an unknown `{ $name }` stays as written.
///
/// ```
/// use otel_feedback_core::i18n::fill;
/// assert_eq!(fill("Open #{ $channel }", &[("channel", "otel")]), "Open #otel");
/// assert_eq!(fill("{$a}{ $a }", &[("a", "{ $a }")]), "{ $a }{ $a }");
/// ```
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.bytes().position(|b| b == b'{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.bytes().position(|b| b == b'}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = crate::text::trim(&after[..close]);
        let name = name.strip_prefix('$').unwrap_or(name);
        match args.iter().find(|(k, _)| *k == name) {
            Some((_, v)) => out.push_str(v),
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
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
}

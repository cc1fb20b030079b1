//! Small string builders and byte-level text helpers, used instead of
//! `format!`, `str::parse` and `str`'s pattern searchers — by core, the
//! widget and the CLI alike (one home: the widget keeps no copies).
//!
//! Every `format!` instantiates `core::fmt`'s argument code, and integer and
//! date `Display` drag in the formatter's padding machinery: together they
//! cost the widget's wasm kilobytes (docs/widget.md, size ledger). Each
//! helper gives what the standard library call it replaces gives, pinned by
//! the tests below (proptest against std).
//!
//! ```
//! use otel_feedback_core::text::{cat, int, trim};
//! assert_eq!(cat(&["#", "otel-sig-end-user"]), "#otel-sig-end-user");
//! assert_eq!(int(-42), "-42");
//! assert_eq!(trim("\u{3000} Київ \n"), "Київ");
//! ```

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

/// Upper-case hexadecimal digits.
pub const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";
/// Lower-case hexadecimal digits.
pub const HEX_LOWER: &[u8; 16] = b"0123456789abcdef";
const DECIMAL: &[u8] = b"0123456789";

/// Appends `n` in the base `digits.len()`, zero-padded to `width` digits
/// (`format!("{n:0width$}")`, `{n:0width$x}` or `{n:0width$X}`).
pub fn push_radix(out: &mut String, mut n: u64, width: usize, digits: &[u8]) {
    let radix = digits.len() as u64;
    let mut buf = [b'0'; 64];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = digits[(n % radix) as usize];
        n /= radix;
        if n == 0 {
            break;
        }
    }
    let start = i.min(buf.len() - width.min(buf.len()));
    for &b in &buf[start..] {
        out.push(char::from(b));
    }
}

/// Appends the decimal `n` zero-padded to `width` characters, the sign
/// included (`format!("{n:0width$}")`: `-005` for -5 at width 4).
pub fn push_int(out: &mut String, n: i64, width: usize) {
    if n < 0 {
        out.push('-');
    }
    push_radix(
        out,
        n.unsigned_abs(),
        width.saturating_sub(usize::from(n < 0)),
        DECIMAL,
    );
}

/// The decimal `n` (`n.to_string()`).
pub fn int(n: i64) -> String {
    let mut out = String::new();
    push_int(&mut out, n, 0);
    out
}

/// Appends `a` then `b` (two-digit numbers, such as hours and minutes)
/// separated by `sep` (`{a:02}{sep}{b:02}`).
pub fn push_pair(out: &mut String, a: u32, sep: &str, b: u32) {
    push_int(out, a.into(), 2);
    out.push_str(sep);
    push_int(out, b.into(), 2);
}

/// `YYYY-MM-DD`, as chrono's `Display` of a date writes it (years beyond
/// 4 digits get a sign).
pub fn push_date(out: &mut String, d: NaiveDate) {
    let year = d.year();
    if !(0..=9999).contains(&year) {
        out.push(if year < 0 { '-' } else { '+' });
    }
    push_radix(out, year.unsigned_abs().into(), 4, DECIMAL);
    out.push('-');
    push_pair(out, d.month(), "-", d.day());
}

/// `date` as chrono's `Display` writes it.
pub fn date(d: NaiveDate) -> String {
    let mut out = String::new();
    push_date(&mut out, d);
    out
}

/// `YYYYMMDDTHHMMSS` (`{:04}{:02}{:02}T{:02}{:02}{:02}`).
pub fn push_basic(out: &mut String, t: NaiveDateTime) {
    push_int(out, t.year().into(), 4);
    push_pair(out, t.month(), "", t.day());
    out.push('T');
    push_pair(out, t.hour(), "", t.minute());
    push_int(out, t.second().into(), 2);
}

/// The number `s` writes in decimal, when `s` is 1 to 9 ASCII digits (no
/// sign): `s.parse::<u32>()` for such text, without `str::parse` in the wasm.
pub fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 {
        return None;
    }
    s.bytes().try_fold(0u32, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

/// `s.parse::<i64>().ok()`: an optional `+` or `-`, then ASCII digits, in
/// range.
pub fn parse_i64(s: &str) -> Option<i64> {
    let (negative, rest) = match s.as_bytes().first() {
        Some(b'-') => (true, s.get(1..)?),
        Some(b'+') => (false, s.get(1..)?),
        _ => (false, s),
    };
    if rest.is_empty() {
        return None;
    }
    rest.bytes().try_fold(0i64, |n, b| {
        let d = i64::from(b.is_ascii_digit().then(|| b - b'0')?);
        let n = n.checked_mul(10)?;
        if negative {
            n.checked_sub(d)
        } else {
            n.checked_add(d)
        }
    })
}

/// `s.chars().count()`: the bytes that do not continue a UTF-8 sequence
/// (a plain loop; the standard library's word-at-a-time count is larger).
pub fn char_count(s: &str) -> usize {
    let mut n = 0;
    for &b in s.as_bytes() {
        n += usize::from((b as i8) >= -0x40);
    }
    n
}

/// `s.split_once(sep)` for an ASCII `sep`, by bytes (a `char` pattern
/// links the standard library's `CharSearcher` and `memchr`).
pub fn split_once(s: &str, sep: u8) -> Option<(&str, &str)> {
    let i = s.bytes().position(|b| b == sep)?;
    Some((s.get(..i)?, s.get(i + 1..)?))
}

/// `s.rsplit_once(sep)` for an ASCII `sep`.
pub fn rsplit_once(s: &str, sep: u8) -> Option<(&str, &str)> {
    let i = s.bytes().rposition(|b| b == sep)?;
    Some((s.get(..i)?, s.get(i + 1..)?))
}

/// `s.strip_prefix(c)` for an ASCII `c`.
pub fn strip_prefix(s: &str, c: u8) -> Option<&str> {
    if s.as_bytes().first() == Some(&c) {
        s.get(1..)
    } else {
        None
    }
}

/// `s.strip_suffix(c)` for an ASCII `c`.
pub fn strip_suffix(s: &str, c: u8) -> Option<&str> {
    if s.as_bytes().last() == Some(&c) {
        s.get(..s.len() - 1)
    } else {
        None
    }
}

/// `s.trim_end_matches(c)` for an ASCII `c`.
pub fn trim_end_byte(s: &str, c: u8) -> &str {
    let mut end = s.len();
    while end > 0 && s.as_bytes()[end - 1] == c {
        end -= 1;
    }
    s.get(..end).unwrap_or(s)
}

/// `s.split(sep)` for an ASCII `sep`.
pub fn split(s: &str, sep: u8) -> Split<'_> {
    Split { rest: Some(s), sep }
}

/// The iterator [`split`] returns.
#[derive(Debug, Clone)]
pub struct Split<'a> {
    rest: Option<&'a str>,
    sep: u8,
}

impl<'a> Iterator for Split<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match split_once(rest, self.sep) {
            Some((part, after)) => {
                self.rest = Some(after);
                Some(part)
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// `s.trim()`, in one forward pass: the standard library's trim also
/// decodes UTF-8 backwards (more code in the wasm).
#[inline(always)]
pub fn trim(s: &str) -> &str {
    trim_sides(s, true)
}

/// `s.trim_end()`, in one forward pass.
#[inline(always)]
pub fn trim_end(s: &str) -> &str {
    trim_sides(s, false)
}

fn trim_sides(s: &str, start: bool) -> &str {
    let (mut from, mut to) = (None, 0);
    for (i, c) in s.char_indices() {
        if !c.is_whitespace() {
            from.get_or_insert(i);
            to = i + c.len_utf8();
        }
    }
    let from = if start { from.unwrap_or(to) } else { 0 };
    s.get(from..to).unwrap_or(s)
}

/// The parts, concatenated.
pub fn cat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        out.push_str(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn numbers_match_format(n in any::<i64>(), u in any::<u64>(), width in 0usize..24) {
            let mut s = String::new();
            push_int(&mut s, n, width);
            prop_assert_eq!(s, format!("{n:0width$}"));
            let mut s = String::new();
            push_radix(&mut s, u, width, HEX_LOWER);
            prop_assert_eq!(s, format!("{u:0width$x}"));
            let mut s = String::new();
            push_radix(&mut s, u, width, HEX_UPPER);
            prop_assert_eq!(s, format!("{u:0width$X}"));
            prop_assert_eq!(int(n), n.to_string());
        }

        #[test]
        fn parsing_matches_str_parse(s in "[-+]?[0-9]{0,21}|[-+0-9a ]{0,4}", n in any::<i64>()) {
            prop_assert_eq!(parse_i64(&s), s.parse::<i64>().ok());
            prop_assert_eq!(parse_i64(&n.to_string()), Some(n));
            if s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit()) {
                prop_assert_eq!(digits(&s), s.parse::<u32>().ok());
            } else {
                prop_assert_eq!(digits(&s), None);
            }
        }

        #[test]
        fn byte_searches_match_str(s in "[-a.;\\r ]{0,8}|\\PC{0,6}|[ \t\u{a0}\u{3000}\u{2028}a\u{200b}]{0,6}", sep in prop::sample::select(vec![b'.', b'-', b';', b'\r', b' '])) {
            let c = char::from(sep);
            prop_assert_eq!(char_count(&s), s.chars().count());
            prop_assert_eq!(trim(&s), s.trim());
            prop_assert_eq!(trim_end(&s), s.trim_end());
            prop_assert_eq!(split_once(&s, sep), s.split_once(c));
            prop_assert_eq!(rsplit_once(&s, sep), s.rsplit_once(c));
            prop_assert_eq!(strip_prefix(&s, sep), s.strip_prefix(c));
            prop_assert_eq!(strip_suffix(&s, sep), s.strip_suffix(c));
            prop_assert_eq!(trim_end_byte(&s, sep), s.trim_end_matches(c));
            prop_assert_eq!(split(&s, sep).collect::<Vec<_>>(), s.split(c).collect::<Vec<_>>());
        }

        #[test]
        fn dates_match_chrono(days in -100_000_000i64..100_000_000, secs in 0u32..86_400) {
            if let Some(d) = NaiveDate::from_ymd_opt(1970, 1, 1)
                .and_then(|e| e.checked_add_signed(chrono::Duration::days(days)))
            {
                prop_assert_eq!(date(d), d.to_string());
                let t = d.and_time(chrono::NaiveTime::from_num_seconds_from_midnight_opt(secs, 0).unwrap());
                let mut s = String::new();
                push_basic(&mut s, t);
                prop_assert_eq!(
                    s,
                    format!(
                        "{:04}{:02}{:02}T{:02}{:02}{:02}",
                        t.year(), t.month(), t.day(), t.hour(), t.minute(), t.second()
                    )
                );
            }
        }
    }
}

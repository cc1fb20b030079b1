//! Checks of composed outputs that the property tests and the fuzz targets
//! share: `tests/hardening_properties.rs` and `fuzz/src/lib.rs` include
//! this file (`#[path]`). Each returns what is wrong as an `Err`.

use otel_feedback_core::compose::mailto::Mailto;

/// Checks that `m.url`, parsed by the url crate, is a `mailto:` URL (no
/// fragment) to
/// exactly `to` whose query is `subject`, then `body`, with exactly the
/// texts `m` says it carries; the error says what differs.
pub fn reads_back(m: &Mailto, to: &str) -> Result<(), String> {
    let u = &m.url;
    let parsed = url::Url::parse(u).map_err(|e| format!("{e}: {u}"))?;
    if parsed.scheme() != "mailto" || parsed.fragment().is_some() {
        return Err(format!("not a mailto: URL without a fragment: {u}"));
    }
    let recipient = percent_encoding::percent_decode_str(parsed.path())
        .decode_utf8()
        .map_err(|e| format!("{e}: {u}"))?;
    if recipient != to {
        return Err(format!("recipient {recipient:?}, expected {to:?}: {u}"));
    }
    let pairs: Vec<(String, String)> = parsed
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let expected = [
        ("subject".to_owned(), m.subject.clone()),
        ("body".to_owned(), m.body.clone()),
    ];
    if pairs != expected {
        return Err(format!("query {pairs:?}, expected {expected:?}: {u}"));
    }
    Ok(())
}

/// Checks that a Slack text has no markup and no live group mention:
/// every `<` is followed by U+2060 WORD JOINER (so no `<https://…|label>`
/// link, `<mailto:…>`, `<!channel>`, `<@U…>` or `<#C…>` is read; the
/// message's own text has no `<`), and no `@here`, `@channel` or
/// `@everyone` in any case, after `@` or the fullwidth `＠`.
pub fn no_live_markup(text: &str) -> Result<(), String> {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '<' && chars.peek() != Some(&'\u{2060}') {
            return Err(format!("`<` without a word joiner in Slack text {text:?}"));
        }
    }
    for (i, c) in text.char_indices() {
        if c != '@' && c != '\u{FF20}' {
            continue;
        }
        let rest = &text[i + c.len_utf8()..];
        for group in ["here", "channel", "everyone"] {
            if rest
                .get(..group.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(group))
            {
                return Err(format!("live @{group} in Slack text {text:?}"));
            }
        }
    }
    Ok(())
}

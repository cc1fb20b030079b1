//! The Slack message and the Slack deep links.
//!
//! The message is written for a human to paste into the Slack composer
//! (the channel or a DM), in `config.message_lang` (English, the SIG's
//! working language, by default).
//!
//! # Nothing typed may ping anyone or link anywhere
//! Every value the visitor typed goes through [`neutralize`], but their own
//! email address and Slack handle, which are shown as typed (`@jane`
//! reaches them; validation lets no `<…>` through) except for a group
//! mention inside them ([`neutralize_groups`]: `x@here.example`):
//! - a U+2060 WORD JOINER is put after an `@` that starts a word (`@here`,
//!   `@channel`, `@everyone`, `@someone`), so Slack sees no mention while
//!   the text reads the same; an `@` inside a word (an email address) is
//!   left alone, except before `here`/`channel`/`everyone`;
//! - the same joiner is put after every `<` (in both functions: the one
//!   rule for markup), which breaks each of Slack's `<…>` control
//!   sequences: links (`<https://evil.example|click here>`, `<https://x>`,
//!   `<mailto:a@b|x>`), `<!channel>`, `<!date^…>`, `<@U…>` and `<#C…>`.
//!   A bare URL stays a bare URL: Slack links it as the text it shows.
//!
//! Escaping as `&lt;` was rejected: the composer shows entities literally,
//! so the text would stop being readable.
//!
//! ```
//! use otel_feedback_core::compose::slack::neutralize;
//! assert_eq!(neutralize("hi @here <!channel>"), "hi @\u{2060}here <\u{2060}!channel>");
//! assert_eq!(neutralize("<https://evil.example|click here>"), "<\u{2060}https://evil.example|click here>");
//! assert_eq!(neutralize("jane@example.com"), "jane@example.com");
//! ```

use serde::Serialize;

use super::{message_lang, sent_from, write_fields};
use crate::config::Config;
use crate::i18n;
use crate::request::ValidRequest;
use crate::text::cat;
use crate::zone::ZoneSource;

/// U+2060 WORD JOINER: invisible, no line break, and no mention.
pub const WORD_JOINER: char = '\u{2060}';

/// Makes typed text inert in Slack (see the module documentation).
pub fn neutralize(text: &str) -> String {
    inert(text, true)
}

/// The visitor's own address or handle, as typed but for a group mention
/// (`x@here.example`, `@channel-ops`: Slack would notify the channel).
pub fn neutralize_groups(text: &str) -> String {
    inert(text, false)
}

/// `all`: every mention; else only `@here`, `@channel` and `@everyone`.
/// Markup (`<`) is broken in both.
fn inert(text: &str, all: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        out.push(c);
        let next = chars.peek().map(|(_, n)| *n);
        let rest = text.get(i + c.len_utf8()..).unwrap_or_default();
        match c {
            '<' => out.push(WORD_JOINER),
            '@' | '\u{FF20}' => {
                // Only ASCII letters and digits (an email address's local
                // part) make `@` mid-word: Slack starts a mention after any
                // other character, such as `（`, `«`, `—` or an emoji.
                let word_start = !prev.is_some_and(|p| {
                    p.is_ascii_alphanumeric() || matches!(p, '.' | '_' | '-' | '+')
                });
                let group = ["here", "channel", "everyone"].iter().any(|g| {
                    rest.get(..g.len())
                        .is_some_and(|head| head.eq_ignore_ascii_case(g))
                });
                let mention = next.is_some_and(|n| !n.is_whitespace() && n != WORD_JOINER);
                if mention && ((all && word_start) || group) {
                    out.push(WORD_JOINER);
                }
            }
            _ => {}
        }
        prev = Some(c);
    }
    out
}

/// The message to paste into the channel or a DM.
///
/// It gives the organization, the contact, the topics, each preferred
/// session in the session's zone (Pacific Time) and in the visitor's zone,
/// the compliance choices and the details. Typed text is [`neutralize`]d.
pub fn message(req: &ValidRequest, config: &Config, zones: &dyn ZoneSource) -> String {
    let lang = message_lang(config);
    let t = |key: &str| i18n::text(lang, key);
    let mut text = String::new();
    for p in ["*", &t("msg-title"), "*\n", &t("msg-intro"), "\n\n"] {
        text.push_str(p);
    }
    write_fields(&mut text, req, zones, lang, true);
    if let Some(details) = &req.details {
        for p in ["*", &t("msg-details"), ":*\n"] {
            text.push_str(p);
        }
        for line in crate::text::split(&neutralize(details), b'\n') {
            text.push_str("> ");
            text.push_str(line);
            text.push('\n');
        }
    }
    text.push_str(&sent_from(lang, config));
    text.push('\n');
    text
}

/// A direct-message link to one maintainer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DmLink {
    /// The maintainer's name, e.g. `Reese Lee`.
    pub name: String,
    /// The Slack member id.
    pub member_id: String,
    /// `slack://user?team=<team>&id=<member>`: opens the DM in the app.
    pub app_url: String,
    /// `https://<workspace>/team/<member>`: the profile in the browser.
    pub web_url: String,
}

/// Every Slack link, by id (names change, ids do not).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SlackLinks {
    /// The channel's current name, without `#`.
    pub channel_name: String,
    /// `https://cloud-native.slack.com/archives/<id>`.
    pub channel_web: String,
    /// `slack://channel?team=<team>&id=<id>`.
    pub channel_app: String,
    /// One per configured contact.
    pub dms: Vec<DmLink>,
    /// Where to get an invitation to the workspace.
    pub invite_url: String,
}

/// The channel and DM links from `config.slack`.
///
/// ```
/// use otel_feedback_core::{compose::slack::links, config::Config};
/// let l = links(&Config::default());
/// assert_eq!(l.channel_web, "https://cloud-native.slack.com/archives/C01RT3MSWGZ");
/// assert_eq!(l.channel_app, "slack://channel?team=T08PSQ7BQ&id=C01RT3MSWGZ");
/// assert_eq!(l.dms[0].app_url, "slack://user?team=T08PSQ7BQ&id=U03UARAJ405");
/// ```
pub fn links(config: &Config) -> SlackLinks {
    let s = &config.slack;
    let web = crate::text::trim_end_byte(&s.workspace_url, b'/');
    SlackLinks {
        channel_name: s.channel_name.clone(),
        channel_web: cat(&[web, "/archives/", &s.channel_id]),
        channel_app: cat(&["slack://channel?team=", &s.team_id, "&id=", &s.channel_id]),
        dms: s
            .contacts
            .iter()
            .map(|c| DmLink {
                name: c.name.clone(),
                member_id: c.member_id.clone(),
                app_url: cat(&["slack://user?team=", &s.team_id, "&id=", &c.member_id]),
                web_url: cat(&[web, "/team/", &c.member_id]),
            })
            .collect(),
        invite_url: s.invite_url.clone(),
    }
}

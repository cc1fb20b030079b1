//! A Google Calendar template link for one preferred session.
//!
//! `https://calendar.google.com/calendar/render?action=TEMPLATE&text=…&dates=START/END&details=…`
//! with times in UTC (`YYYYMMDDTHHMMSSZ`), in the visitor's language. The
//! link is kept under [`MAX_URL`] characters by shortening the details, like
//! the `mailto:` URL.

use super::{basic_utc, percent_encode, Body};
use crate::config::Config;
use crate::i18n;
use crate::request::ValidRequest;
use crate::text::cat;
use crate::zone::ZoneSource;

/// The longest link produced, in characters.
pub const MAX_URL: usize = 4000;

/// The template link for preferred session `slot` (0-based); `None` when
/// the request has no such slot.
pub fn link(
    req: &ValidRequest,
    config: &Config,
    zones: &dyn ZoneSource,
    slot: usize,
) -> Option<String> {
    let occurrence = req.slots.get(slot)?;
    let lang = req.lang;
    let title = i18n::format(
        lang,
        "event-summary",
        &[("organization", req.organization.as_str().into())],
    );
    let head = cat(&[
        "https://calendar.google.com/calendar/render?action=TEMPLATE&text=",
        &percent_encode(&title, false),
        "&dates=",
        &basic_utc(occurrence.start),
        "/",
        &basic_utc(occurrence.end),
        "&details=",
    ]);
    let body = Body::new(req, config, zones, lang);
    let url_with = |keep: Option<usize>| {
        let text = body.render(lang, keep);
        cat(&[&head, &percent_encode(crate::text::trim_end(&text), false)])
    };
    let full = url_with(None);
    if full.len() <= MAX_URL {
        return Some(full);
    }
    let keep = super::longest_fit(body.details_len(), |n| url_with(Some(n)).len() <= MAX_URL);
    // Without any details it may still be long (extreme names): accept it,
    // Google's own limit is far higher.
    Some(url_with(Some(keep)))
}

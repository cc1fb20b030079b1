//! The list's texts in every language, computed at the site's build so
//! that a page draws its list before (and without) any wasm: the build
//! data's `list` object, which the widget's `js/list-data.js` reads in
//! place of the wasm's model.
//!
//! Each text is what the wasm's `Widget::t` answers for its key (the
//! page's `strings` first, then the catalog) with `max` and `channel`
//! filled; any other placeholder is left as `{$name}`, for the browser
//! to fill with [`i18n::fill`]'s rule (`js/list-data.js` `fill`, tested
//! against the wasm's answers).
//!
//! [`i18n::fill`]: crate::i18n::fill

use serde_json::{json, Map, Value};

use crate::config::Config;
use crate::i18n::{self, Arg, Lang};
use crate::text::int;

/// Every key the list's view asks for before the form has loaded (its
/// markup, the session list, the zone box and its picker). The widget's
/// tests fail when the view asks for a key not listed here.
pub const LIST_KEYS: &[&str] = &[
    "sessions-heading",
    "sessions-none",
    "label-timezone",
    "help-timezone",
    "label-hour12",
    "label-slots",
    "help-slots",
    "slot-none",
    "button-request",
    "source-time",
    "tz-other",
    "day-later",
    "day-earlier",
    "day-later-long",
    "day-earlier-long",
    "notice-zone-unknown",
    "notice-zone-none",
    "notice-form-unavailable",
    "notice-tzdata",
    "intro-shown-in",
    "schedule-sentences",
    "slot-label",
    "slot-label-day",
    "zone-several",
    "zone-did-you-mean",
    "zone-none",
    "zone-looking-up",
    "zone-lookup-unavailable",
    "zone-shown-in",
];

/// `{ "t": {key: text} }` for `lang`: the [`LIST_KEYS`] texts. (The zone
/// the times are shown in is named by the browser, in the page's
/// language: `intro-shown-in` takes `Intl`'s name.)
pub fn list_texts(config: &Config, lang: Lang) -> Value {
    let max = int(config.max_preferred as i64);
    let channel = config.slack.channel_name.as_str();
    let mut t = Map::new();
    let keys = LIST_KEYS.iter().copied().chain(
        config
            .strings
            .contains_key("sessions-help")
            .then_some("sessions-help"),
    );
    for key in keys {
        let text = match config.strings.get(key) {
            Some(own) => i18n::fill(own, &[("max", &max), ("channel", channel)]),
            None => i18n::format(
                lang,
                key,
                &[
                    ("max", Arg::from(max.as_str())),
                    ("channel", channel.into()),
                ],
            ),
        };
        t.insert(key.to_owned(), text.into());
    }
    json!({ "t": t })
}

#[cfg(all(test, feature = "tzdb", feature = "lang-en"))]
mod tests {
    use super::*;

    #[test]
    fn texts_keep_the_browsers_placeholders_and_fill_the_builds() {
        let mut config = Config::default();
        config
            .strings
            .insert("button-request".into(), "Ask in #{ $channel }".into());
        let v = list_texts(&config, Lang::En);
        assert_eq!(v["t"]["intro-shown-in"], "Times below are in {$zone}.");
        assert_eq!(v["t"]["button-request"], "Ask in #otel-sig-end-user");
        assert!(v["t"].get("sessions-help").is_none());
        for key in LIST_KEYS {
            assert!(
                i18n::keys().any(|k| k == *key),
                "{key} is not a catalog key"
            );
        }
    }
}

//! What a site's build knows, computed once per build for its templates:
//! the npm package's `otel-feedback-schedule --build` (and `otel-feedback
//! build`) write it, the Hugo shortcode reads it. Nothing in it is frozen
//! in a template or committed: it is rewritten by every build, at the
//! build's `now`.
//!
//! ```json
//! { "built_at": "2026-12-07T22:00:00Z",
//!   "tzdata": "2026f",
//!   "config": { "schedule": { … }, "slack": { … } },
//!   "text": { "en": "Sessions are usually held …", "uk": "…", … },
//!   "fallback": { "en": ["Sessions are usually held … To schedule one, write to us on CNCF Slack in ", "."], … },
//!   "fallback_sessions": { "en": [["2026-12-10T18:00:00Z", "Thu 2026-12-10 10:00 PST (…); Thu 2026-12-10 18:00 UTC"]], … },
//!   "page": { "en": { "t": { … }, "sentence": "…", "sessions": { … }, … }, … },
//!   "slack": { "channel_name": "otel-sig-end-user",
//!              "channel_web": "https://cloud-native.slack.com/archives/C01RT3MSWGZ" } }
//! ```
//!
//! - `config`: the site's configuration as written, without the
//!   cancellations and extra sessions that are over
//!   ([`Schedule::without_past`]): what the page inlines for the widget.
//! - `text`: the sentence saying when sessions happen, in every language
//!   ([`describe::all_languages`]): the page's fallback.
//! - `fallback`: the page's fallback in every language: that sentence,
//!   then how to book one (`page-fallback-how`), joined as the language
//!   joins sentences, as the text before and after the channel's link
//!   (which the template writes).
//! - `fallback_sessions`: the first `sessions_shown` sessions in every
//!   language, in their source zone and in UTC: what a page without
//!   JavaScript lists.
//! - `page`: per language, what the page inlines for the widget's list
//!   (`<script type="application/json" data-ofs-list>`): the list's texts
//!   ([`texts::list_texts`]), the sentence, a year of sessions with the
//!   watched zones' offsets ([`list::sessions`]), old zone names, the tz
//!   database's release, `max_preferred`, `sessions_shown`, the channel
//!   and the message language. The widget draws its list from it with no
//!   wasm (docs/zones.md, "Two paths").
//! - `slack`: the channel's name and web link ([`slack::links`]): the
//!   fallback's link, so no template restates a default.
//!
//! [`Schedule::without_past`]: crate::schedule::Schedule::without_past

use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use crate::compose::slack;
use crate::config::Config;
use crate::describe;
use crate::error::Error;
use crate::i18n::{self, Lang};
use crate::present::describe_instant;
use crate::zone::ZoneSource;

pub mod list;
pub mod texts;

/// The build data for the configuration `text` (JSON) at `now`, with
/// `tzdata` naming the zone data's release; pretty JSON ending in a
/// newline. Fails as [`Config::validate`] on an invalid configuration.
pub fn build_json(
    text: &str,
    zones: &dyn ZoneSource,
    names: &[String],
    now: DateTime<Utc>,
    tzdata: &str,
    watch: &[&str],
) -> Result<String, Error> {
    let config = Config::from_json(text)?;
    config.validate(zones)?;
    let current = config.schedule.without_past(now, zones)?;
    // The file as written (a JSON object: from_json accepted it), with only
    // the lists the build shortens replaced.
    let mut written: Value = serde_json::from_str(text).unwrap_or_else(|_| json!({}));
    if let Some(schedule) = written.get_mut("schedule").and_then(Value::as_object_mut) {
        if schedule.contains_key("cancelled") {
            schedule.insert("cancelled".into(), json!(current.cancelled));
        }
        if schedule.contains_key("extra") {
            schedule.insert(
                "extra".into(),
                serde_json::to_value(&current.extra).expect("sessions serialize"),
            );
        }
    }
    let links = slack::links(&config);
    let text = describe::all_languages(&current, zones, now)?;
    let sessions = list::sessions(&current, zones, names, now, watch)?;
    // What a page in each language inlines for the widget's list
    // (js/list-data.js reads it): the list's texts, the sentence, the
    // sessions and the facts the list states.
    let mut page = serde_json::Map::new();
    for lang in Lang::ALL {
        let texts = texts::list_texts(&config, lang);
        page.insert(
            lang.code().to_owned(),
            json!({
                "lang": lang.code(),
                "t": texts["t"],
                "sentence": text.get(lang.code()).cloned().unwrap_or_default(),
                "sessions": sessions,
                "renamed": crate::zone::lookup::RENAMED
                    .iter()
                    .map(|(old, new)| ((*old).to_owned(), Value::from(*new)))
                    .collect::<serde_json::Map<_, _>>(),
                "tzdata": tzdata,
                "max": config.max_preferred,
                "shown": config.sessions_shown,
                "channel": config.slack.channel_name,
                "messages": crate::compose::message_lang(&config).code(),
            }),
        );
    }
    let data = json!({
        "built_at": crate::rfc3339::utc(now),
        "tzdata": tzdata,
        "config": written,
        "fallback": fallback(&text),
        "fallback_sessions": fallback_sessions(&sessions, config.sessions_shown, zones),
        "text": text,
        "page": page,
        "slack": { "channel_name": links.channel_name, "channel_web": links.channel_web },
    });
    Ok(serde_json::to_string_pretty(&data).expect("JSON values serialize") + "\n")
}

/// The first `shown` sessions in every language, for a page without
/// JavaScript: each in its source zone and in UTC
/// ([`describe_instant`]), joined by `schedule-sep`.
fn fallback_sessions(sessions: &Value, shown: usize, zones: &dyn ZoneSource) -> Value {
    let list = sessions["list"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    let mut all = serde_json::Map::new();
    for lang in Lang::ALL {
        let sep = i18n::text(lang, "schedule-sep");
        let lines: Vec<Value> = list
            .iter()
            .take(shown)
            .filter_map(|s| {
                let start = crate::rfc3339::parse(s["utc"].as_str()?)?;
                let source = zones.resolve(s["zone"].as_str()?)?;
                let utc = zones.resolve("UTC")?;
                let mut line = describe_instant(lang, &*source, start);
                line.push_str(&sep);
                line.push_str(&describe_instant(lang, &*utc, start));
                Some(json!([s["utc"], line]))
            })
            .collect();
        all.insert(lang.code().to_owned(), lines.into());
    }
    Value::Object(all)
}

/// Each language's sentence (`text`) then `page-fallback-how`, joined as
/// `schedule-sentences` joins sentences, split around the `channel`.
fn fallback(text: &serde_json::Map<String, Value>) -> Value {
    const MARK: &str = "\u{1}";
    let mut all = serde_json::Map::new();
    for lang in Lang::ALL {
        let when = text
            .get(lang.code())
            .and_then(Value::as_str)
            .unwrap_or_default();
        let how = i18n::format(lang, "page-fallback-how", &[("channel", MARK.into())]);
        let whole = i18n::format(
            lang,
            "schedule-sentences",
            &[("a", when.into()), ("b", how.into())],
        );
        let (before, after) = whole.split_once(MARK).unwrap_or((&whole, ""));
        all.insert(lang.code().to_owned(), json!([before, after]));
    }
    Value::Object(all)
}

#[cfg(all(test, feature = "tzdb", feature = "lang-en"))]
mod tests {
    use super::{build_json, list};
    use crate::zone::{Bundled, Tzdb};

    fn names() -> Vec<String> {
        Tzdb::names()
    }

    const CONFIG: &str = r#"{
      "schedule": {
        "cancelled": ["2026-11-26", "2026-12-24"],
        "extra": [
          { "date": "2026-11-24", "time": "09:00" },
          { "date": "2027-01-12", "time": "09:00" }
        ]
      },
      "slack": { "channel_name": "otel-renamed", "channel_id": "C0NEW1234" },
      "sessions_shown": 4
    }"#;

    fn at(s: &str) -> chrono::DateTime<chrono::Utc> {
        s.parse().unwrap()
    }

    fn data(now: &str) -> serde_json::Value {
        serde_json::from_str(
            &build_json(CONFIG, &Bundled, &names(), at(now), "2026f", list::WATCH).unwrap(),
        )
        .unwrap()
    }

    #[test]
    fn what_is_over_at_the_build_is_dropped_from_the_config_and_the_sentence() {
        let before = data("2026-11-20T12:00:00Z");
        assert_eq!(
            before["config"]["schedule"]["cancelled"]
                .as_array()
                .unwrap()
                .len(),
            2
        );
        assert_eq!(
            before["config"]["schedule"]["extra"]
                .as_array()
                .unwrap()
                .len(),
            2
        );
        let en = before["text"]["en"].as_str().unwrap();
        assert!(
            en.contains("2026-11-26") && en.contains("2026-11-24"),
            "{en}"
        );

        let later = data("2026-12-07T22:00:00Z");
        assert_eq!(
            later["config"]["schedule"]["cancelled"],
            serde_json::json!(["2026-12-24"])
        );
        let extra = &later["config"]["schedule"]["extra"];
        assert_eq!(extra.as_array().unwrap().len(), 1);
        assert_eq!(extra[0]["date"], "2027-01-12");
        let en = later["text"]["en"].as_str().unwrap();
        assert!(
            !en.contains("2026-11-26") && !en.contains("2026-11-24"),
            "{en}"
        );
        assert!(
            en.contains("2026-12-24") && en.contains("2027-01-12"),
            "{en}"
        );
        // The rest of the file as written.
        assert_eq!(later["config"]["sessions_shown"], 4);
        assert_eq!(later["built_at"], "2026-12-07T22:00:00Z");
        assert_eq!(later["tzdata"], "2026f");
    }

    #[test]
    fn the_channel_link_is_cores() {
        let d = data("2026-12-07T22:00:00Z");
        assert_eq!(d["slack"]["channel_name"], "otel-renamed");
        assert_eq!(
            d["slack"]["channel_web"],
            "https://cloud-native.slack.com/archives/C0NEW1234"
        );
        let defaults: serde_json::Value = serde_json::from_str(
            &build_json(
                "{}",
                &Bundled,
                &names(),
                at("2026-12-07T00:00:00Z"),
                "x",
                &[],
            )
            .unwrap(),
        )
        .unwrap();
        assert_eq!(defaults["slack"]["channel_name"], "otel-sig-end-user");
        assert!(defaults["config"].as_object().unwrap().is_empty());
    }

    #[test]
    fn the_fallback_is_the_sentence_then_how_to_book_split_around_the_link() {
        let d = data("2026-12-07T22:00:00Z");
        for lang in ["en", "uk", "ja", "pt"] {
            let parts = d["fallback"][lang].as_array().unwrap();
            assert_eq!(parts.len(), 2, "{lang}");
            let before = parts[0].as_str().unwrap();
            assert!(
                before.starts_with(d["text"][lang].as_str().unwrap()),
                "{lang}: {before}"
            );
            assert!(
                before.contains("CNCF Slack") && !before.contains('\u{1}'),
                "{lang}: {before}"
            );
        }
        // Japanese joins sentences without a space and ends with 。 (a
        // build without Japanese compiled in speaks English there).
        if cfg!(feature = "lang-ja") {
            let ja = &d["fallback"]["ja"];
            assert!(ja[0].as_str().unwrap().contains("。予約するには"), "{ja}");
            assert_eq!(ja[1], " チャンネルでご連絡ください。");
        }
        assert!(d["fallback"]["en"][0]
            .as_str()
            .unwrap()
            .contains(". To schedule one"));
        assert_eq!(d["fallback"]["en"][1], ".");
    }

    #[test]
    fn an_invalid_configuration_is_refused() {
        let e = build_json(
            r#"{"sessions_shown": 0}"#,
            &Bundled,
            &names(),
            at("2026-12-07T00:00:00Z"),
            "x",
            &[],
        );
        assert!(e.unwrap_err().to_string().contains("sessions_shown"));
    }
}

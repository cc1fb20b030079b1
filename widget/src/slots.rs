//! The upcoming sessions as list rows: texts from `Intl`, instants from core.

use chrono::{DateTime, Datelike, FixedOffset, Timelike, Utc};
use otel_feedback_core::schedule::Occurrence;
use otel_feedback_core::zone::{to_local, ZoneRules};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use crate::dom::{cat, num, push_num, set, Dom};
use crate::intl::{formatter, ms, options, DateTimeFormat};
use crate::strings::Strings;

/// `2026-11-26T18:00:00Z`.
pub fn rfc3339_utc(t: DateTime<Utc>) -> String {
    let mut s = date_time(t.naive_utc());
    s.push('Z');
    s
}

/// `YYYY-MM-DDTHH:MM:SS` (years 0..=9999, as the widget shows).
fn date_time(t: chrono::NaiveDateTime) -> String {
    let mut s = String::with_capacity(25);
    push_num(&mut s, t.year().max(0) as u64, 4);
    for (sep, n) in [
        ('-', t.month()),
        ('-', t.day()),
        ('T', t.hour()),
        (':', t.minute()),
        (':', t.second()),
    ] {
        s.push(sep);
        push_num(&mut s, n.into(), 2);
    }
    s
}

/// `2026-11-27T03:00:00+09:00` (seconds of the offset are dropped, as in
/// RFC 3339).
pub fn rfc3339_local(t: DateTime<FixedOffset>) -> String {
    let off = t.offset().local_minus_utc();
    let mut s = date_time(t.naive_local());
    s.push(if off < 0 { '-' } else { '+' });
    let off = off.unsigned_abs();
    push_num(&mut s, (off / 3600).into(), 2);
    s.push(':');
    push_num(&mut s, (off / 60 % 60).into(), 2);
    s
}

/// `PT` from `PST`/`PDT` (and `ET`, `CT`, `MT`…); other abbreviations as
/// they are; the zone's city when there is none.
pub fn short_zone(abbreviation: Option<&str>, zone: &str) -> String {
    match abbreviation {
        Some(a)
            if a.len() == 3
                && (a.ends_with("ST") || a.ends_with("DT"))
                && a.starts_with(|c: char| c.is_ascii_uppercase()) =>
        {
            cat(&[a.get(..1).unwrap_or_default(), "T"])
        }
        Some(a) if !a.is_empty() && !a.starts_with(['+', '-']) => a.to_owned(),
        _ => {
            let city = match zone.bytes().rposition(|b| b == b'/') {
                Some(i) => zone.get(i + 1..).unwrap_or(zone),
                None => zone,
            };
            city.chars()
                .map(|c| if c == '_' { ' ' } else { c })
                .collect()
        }
    }
}

/// Formatters for one language, zone and clock.
#[derive(Debug)]
pub struct SlotFormat {
    weekday: Option<DateTimeFormat>,
    date: Option<DateTimeFormat>,
    time: Option<DateTimeFormat>,
    full: Option<DateTimeFormat>,
    lang: String,
    hour_cycle: &'static str,
    source: std::cell::RefCell<Vec<(String, Option<DateTimeFormat>)>>,
}

impl SlotFormat {
    /// Formatters for `lang` in `zone` (an IANA name Intl accepts; `UTC`
    /// otherwise) on a 12- or 24-hour clock.
    pub fn new(lang: &str, zone: &str, hour12: bool) -> SlotFormat {
        let hc = if hour12 { "h12" } else { "h23" };
        let f = |pairs: &[(&str, &str)]| {
            let mut all: Vec<(&str, &str)> = pairs.to_vec();
            all.push(("timeZone", zone));
            formatter(lang, &options(&all)).or_else(|| {
                all.pop();
                all.push(("timeZone", "UTC"));
                formatter(lang, &options(&all))
            })
        };
        SlotFormat {
            weekday: f(&[("weekday", "long")]),
            date: f(&[("month", "long"), ("day", "numeric")]),
            time: f(&[
                ("hour", "numeric"),
                ("minute", "2-digit"),
                ("hourCycle", hc),
                ("timeZoneName", "short"),
            ]),
            full: f(&[
                ("weekday", "long"),
                ("year", "numeric"),
                ("month", "long"),
                ("day", "numeric"),
                ("hour", "numeric"),
                ("minute", "2-digit"),
                ("hourCycle", hc),
                ("timeZoneName", "long"),
            ]),
            lang: lang.to_owned(),
            hour_cycle: hc,
            source: Default::default(),
        }
    }

    fn fmt(f: &Option<DateTimeFormat>, t: DateTime<Utc>) -> String {
        f.as_ref().map(|f| f.format(ms(t))).unwrap_or_default()
    }

    /// `Thu 10:00` in `zone` (the source side of a row).
    pub fn source_time(&self, zone: &str, t: DateTime<Utc>) -> String {
        let mut cache = self.source.borrow_mut();
        if !cache.iter().any(|(z, _)| z == zone) {
            let f = formatter(
                &self.lang,
                &options(&[
                    ("weekday", "short"),
                    ("hour", "numeric"),
                    ("minute", "2-digit"),
                    ("hourCycle", self.hour_cycle),
                    ("timeZone", zone),
                ]),
            );
            cache.push((zone.to_owned(), f));
        }
        let f = cache.iter().find(|(z, _)| z == zone).map(|(_, f)| f);
        f.map(|f| Self::fmt(f, t)).unwrap_or_default()
    }

    /// The full text a screen reader announces.
    pub fn full(&self, t: DateTime<Utc>) -> String {
        Self::fmt(&self.full, t)
    }
}

/// Builds one `<li data-slot data-local>` row with its checkbox.
#[allow(clippy::too_many_arguments)] // the row needs every one of them
pub fn row(
    dom: &Dom,
    s: &Strings,
    f: &SlotFormat,
    occ: &Occurrence,
    zone: &dyn ZoneRules,
    source: &dyn ZoneRules,
    index: usize,
    show_label: bool,
) -> (Element, HtmlInputElement) {
    let utc = rfc3339_utc(occ.start);
    let local = to_local(zone, occ.start);
    let li = dom.el("li", "ofs-slot");
    set(&li, "data-slot", &utc);
    set(&li, "data-local", &rfc3339_local(local));
    let label = dom.add(&li, "label", "ofs-slot-label");
    let id = cat(&["ofs-slot-", &num(index as u64)]);
    set(&label, "for", &id);
    let input = dom.input(
        &label,
        "checkbox",
        &[("name", "slots"), ("value", &utc), ("id", &id)],
    );

    let source_local = occ.source_local();
    let day_diff = local
        .date_naive()
        .signed_duration_since(source_local.date_naive())
        .num_days();
    let zone_abbr = short_zone(
        source.abbreviation_at(occ.start).as_deref(),
        &occ.source_zone,
    );
    let source_text = s.get(
        "source-time",
        &[
            ("time", &f.source_time(&occ.source_zone, occ.start)),
            ("zone", &zone_abbr),
        ],
    );

    // What a screen reader announces: the full date, time and zone.
    let mut spoken = cat(&[&f.full(occ.start), " (", &source_text, ")"]);
    if day_diff != 0 {
        spoken.push_str(", ");
        spoken.push_str(&s.t(if day_diff > 0 {
            "day-later-long"
        } else {
            "day-earlier-long"
        }));
    }
    dom.add_text(&label, "span", "ofs-sr", &spoken);

    let seen = dom.add(&label, "span", "ofs-slot-text");
    set(&seen, "aria-hidden", "true");
    let time = dom.add(&seen, "time", "ofs-when");
    set(&time, "datetime", &utc);
    dom.add_text(
        &time,
        "span",
        "ofs-weekday",
        &SlotFormat::fmt(&f.weekday, occ.start),
    );
    let _ = time.append_with_str_1(" ");
    dom.add_text(
        &time,
        "span",
        "ofs-date",
        &SlotFormat::fmt(&f.date, occ.start),
    );
    let _ = time.append_with_str_1(" ");
    dom.add_text(
        &time,
        "span",
        "ofs-time",
        &SlotFormat::fmt(&f.time, occ.start),
    );
    if day_diff != 0 {
        let marker = dom.add_text(
            &seen,
            "span",
            "ofs-day-marker",
            &s.t(if day_diff > 0 {
                "day-later"
            } else {
                "day-earlier"
            }),
        );
        set(
            &marker,
            "title",
            &s.t(if day_diff > 0 {
                "day-later-long"
            } else {
                "day-earlier-long"
            }),
        );
    }
    dom.add_text(&seen, "span", "ofs-source", &source_text);
    if show_label {
        if let Some(l) = &occ.label {
            dom.add_text(&seen, "span", "ofs-series", l);
        }
    }
    (li, input.unchecked_into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn pacific_abbreviations_become_pt() {
        assert_eq!(short_zone(Some("PST"), "America/Los_Angeles"), "PT");
        assert_eq!(short_zone(Some("PDT"), "America/Los_Angeles"), "PT");
        assert_eq!(short_zone(Some("CEST"), "Europe/Berlin"), "CEST");
        assert_eq!(short_zone(Some("+0545"), "Asia/Kathmandu"), "Kathmandu");
        assert_eq!(
            short_zone(None, "America/Argentina/Buenos_Aires"),
            "Buenos Aires"
        );
    }

    #[test]
    fn kathmandu_friday_instant_texts() {
        let t = Utc.with_ymd_and_hms(2026, 11, 26, 18, 0, 0).unwrap();
        assert_eq!(rfc3339_utc(t), "2026-11-26T18:00:00Z");
        let np = FixedOffset::east_opt(5 * 3600 + 45 * 60).unwrap();
        assert_eq!(
            rfc3339_local(t.with_timezone(&np)),
            "2026-11-26T23:45:00+05:45"
        );
        let la = FixedOffset::west_opt(8 * 3600).unwrap();
        assert_eq!(
            rfc3339_local(t.with_timezone(&la)),
            "2026-11-26T10:00:00-08:00"
        );
    }
}

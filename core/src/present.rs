//! How a session's zone is named beside `Intl`'s (or the build's) texts:
//! one home for the short name the widget's list, the site's build data
//! and the no-JavaScript fallback show.

use crate::text::cat;
use crate::zone::lookup::city;

/// `PT` from `PST`/`PDT` in North America (and `ET`, `CT`, `MT`…); other
/// abbreviations (`IST`, China's `CST`, `CEST`) as
/// they are; the zone's city when there is none, or when the
/// "abbreviation" is an offset (`+0545`, `GMT+5:45`).
///
/// ```
/// use otel_feedback_core::present::short_zone;
/// assert_eq!(short_zone(Some("PDT"), "America/Los_Angeles"), "PT");
/// assert_eq!(short_zone(Some("+0545"), "Asia/Kathmandu"), "Kathmandu");
/// ```
pub fn short_zone(abbreviation: Option<&str>, zone: &str) -> String {
    match abbreviation {
        // North America's standard/daylight pairs (PST, PDT) as the
        // generic name people say (PT); India's IST, China's CST stay.
        Some(a)
            if a.len() == 3
                && (a.ends_with("ST") || a.ends_with("DT"))
                && a.starts_with(['P', 'M', 'C', 'E', 'A', 'N'])
                && ["America/", "US/", "Canada/"]
                    .iter()
                    .any(|p| zone.starts_with(p)) =>
        {
            cat(&[a.get(..1).unwrap_or_default(), "T"])
        }
        // Intl's "GMT+5:45" and the tz database's "+0545" are offsets, not
        // names: the city says more.
        Some(a)
            if !a.is_empty()
                && !a.starts_with(['+', '-'])
                && !(a.len() > 3 && (a.starts_with("GMT") || a.starts_with("UTC"))) =>
        {
            a.to_owned()
        }
        _ => city(zone),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pacific_abbreviations_become_pt() {
        assert_eq!(short_zone(Some("PST"), "America/Los_Angeles"), "PT");
        assert_eq!(short_zone(Some("PDT"), "America/Los_Angeles"), "PT");
        assert_eq!(short_zone(Some("CEST"), "Europe/Berlin"), "CEST");
        assert_eq!(short_zone(Some("+0545"), "Asia/Kathmandu"), "Kathmandu");
        assert_eq!(short_zone(Some("GMT+5:45"), "Asia/Kathmandu"), "Kathmandu");
        assert_eq!(short_zone(Some("GMT"), "Europe/London"), "GMT");
        assert_eq!(short_zone(Some("IST"), "Asia/Kolkata"), "IST");
        assert_eq!(short_zone(Some("CST"), "Asia/Shanghai"), "CST");
        assert_eq!(short_zone(Some("CST"), "America/Chicago"), "CT");
        assert_eq!(
            short_zone(None, "America/Argentina/Buenos_Aires"),
            "Buenos Aires"
        );
    }
}

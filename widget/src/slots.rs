//! The source zone's short name the view shows beside `Intl`'s texts
//! (instants are written by core's `rfc3339`).

use crate::text::cat;

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
        // Intl's "GMT+5:45" and the tz database's "+0545" are offsets, not
        // names: the city says more.
        Some(a)
            if !a.is_empty()
                && !a.starts_with(['+', '-'])
                && !(a.len() > 3 && (a.starts_with("GMT") || a.starts_with("UTC"))) =>
        {
            a.to_owned()
        }
        _ => otel_feedback_core::zone::lookup::city(zone),
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
        assert_eq!(
            short_zone(None, "America/Argentina/Buenos_Aires"),
            "Buenos Aires"
        );
    }
}

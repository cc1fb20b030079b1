//! Which zone a person means: `Tokyo`, `kyiv`, `Kiev`, `sao paulo`,
//! `Pacific Time`, `utc`.
//!
//! The one home of the rules the CLI (`--tz tokyo`, over the tz database's
//! names) and the widget's zone picker (over `Intl.supportedValuesOf`, with
//! each zone's generic name in the page language) share. The candidates
//! are input ([`Zone`]): core assumes no list of zones.
//!
//! A text matches a zone when, compared by [`fold`] (case, diacritics,
//! spaces, `_` and `-` ignored), it is
//! - the zone's id (`asia/tokyo`), or an old name the tz database renamed
//!   ([`RENAMED`]: `Europe/Kiev`, `Asia/Calcutta`, or their city, `Kiev`),
//!   or a name in another script ([`LOCAL`]: `Київ`, `東京`);
//! - the city part of the id (`Tokyo`, `Sao Paulo` for
//!   `America/Sao_Paulo`, `new york`);
//! - the zone's label: its generic name as the page writes it ("Pacific
//!   Time", "Japan Standard Time", "тихоокеанський час");
//! - `UTC`, `GMT`, `Z` (UTC).
//!
//! No text is replaced by UTC silently: [`find`] says when nothing matched,
//! with the nearest names ("did you mean Asia/Tokyo?").
//!
//! ```
//! use otel_feedback_core::zone::lookup::{find, Found, Zone};
//! let zones = [Zone::new("Asia/Tokyo", "Japan Standard Time"), Zone::new("Europe/Kyiv", "")];
//! assert_eq!(find("tokyo", &zones, None), Found::Zone("Asia/Tokyo".into()));
//! assert_eq!(find("Kiev", &zones, None), Found::Zone("Europe/Kyiv".into()));
//! assert_eq!(find("Tokio", &zones, None), Found::None(vec!["Asia/Tokyo".into()]));
//! ```

/// Old names kept as links in the tz database (and still reported by
/// browsers: Chromium's `Intl` says `Europe/Kiev`), with the current name.
/// Old names are never suggested.
pub const RENAMED: &[(&str, &str)] = &[
    ("Europe/Kiev", "Europe/Kyiv"),
    ("Europe/Uzhgorod", "Europe/Kyiv"),
    ("Europe/Zaporozhye", "Europe/Kyiv"),
    ("Asia/Calcutta", "Asia/Kolkata"),
    ("Asia/Katmandu", "Asia/Kathmandu"),
    ("Asia/Saigon", "Asia/Ho_Chi_Minh"),
    ("Asia/Rangoon", "Asia/Yangon"),
    ("America/Godthab", "America/Nuuk"),
    ("Asia/Dacca", "Asia/Dhaka"),
    ("Asia/Thimbu", "Asia/Thimphu"),
    ("Asia/Ulan_Bator", "Asia/Ulaanbaatar"),
    ("Atlantic/Faeroe", "Atlantic/Faroe"),
    ("Pacific/Ponape", "Pacific/Pohnpei"),
    ("Pacific/Truk", "Pacific/Chuuk"),
    ("Pacific/Enderbury", "Pacific/Kanton"),
    ("America/Buenos_Aires", "America/Argentina/Buenos_Aires"),
];

/// Names people type that neither a zone's id nor the browser's `Intl`
/// gives (Chromium's `Intl` writes cities in English, "час: Los Angeles"),
/// with their zone: `Київ` on a Ukrainian page, `東京` on a Japanese one.
/// Matched like [`RENAMED`]'s old names; never suggested.
pub const LOCAL: &[(&str, &str)] = &[("Київ", "Europe/Kyiv"), ("東京", "Asia/Tokyo")];

/// The current name of an old one (`Europe/Kiev` → `Europe/Kyiv`); `None`
/// for a name that was not renamed.
pub fn renamed(name: &str) -> Option<&'static str> {
    RENAMED
        .iter()
        .find(|(old, _)| *old == name)
        .map(|(_, new)| *new)
}

/// One zone a text may mean: its IANA id and, optionally, a label (its
/// generic name in the page language; empty when there is none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zone {
    /// The IANA id (`Asia/Tokyo`).
    pub id: String,
    /// A name people use for it (`Japan Standard Time`), or empty.
    pub label: String,
}

impl Zone {
    /// A zone with an optional label (`""` for none).
    pub fn new(id: &str, label: &str) -> Zone {
        Zone {
            id: id.into(),
            label: label.into(),
        }
    }
}

/// What [`find`] made of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// The text means this zone.
    Zone(String),
    /// The text is empty (or only spaces).
    Empty,
    /// The text may mean any of these (a generic name shared by several
    /// cities: "Pacific Time"); ask which.
    Several(Vec<String>),
    /// Nothing matched; the nearest names, best first (maybe none).
    None(Vec<String>),
}

/// The city part of a zone id, as people write it: `America/Los_Angeles` →
/// `Los Angeles`, `America/Argentina/Buenos_Aires` → `Buenos Aires`, `UTC`
/// → `UTC`.
pub fn city(id: &str) -> String {
    // By bytes: `rsplit` would link reverse pattern searchers into the wasm.
    let start = id.bytes().rposition(|b| b == b'/').map_or(0, |i| i + 1);
    let last = id.get(start..).unwrap_or(id);
    last.chars()
        .map(|c| if c == '_' { ' ' } else { c })
        .collect()
}

/// The text as [`find`] compares it: lowercase (ASCII, Latin-1, Latin
/// Extended-A, Greek and Cyrillic), Latin letters without their diacritics
/// (`São` → `sao`, `Zürich` → `zurich`), without spaces, `_`, `-`, `.`
/// and `'`. Other scripts are kept as they are (`東京`).
///
/// ```
/// use otel_feedback_core::zone::lookup::fold;
/// assert_eq!(fold(" São_Paulo "), "saopaulo");
/// assert_eq!(fold("Київ"), "київ");
/// ```
pub fn fold(text: &str) -> String {
    // The base letter of U+00E0..U+017F, lowercase ('*': kept as it is).
    const LATIN: &[u8; 160] = b"aaaaaaaceeeeiiiidnooooo*ouuuuy*y\
        aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllll\
        nnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let u = c as u32;
        let lower = match u {
            0x41..=0x5A | 0xC0..=0xDE if u != 0xD7 => u + 0x20,
            0x391..=0x3A9 | 0x410..=0x42F => u + 0x20,
            0x400..=0x40F => u + 0x50,
            0x490..=0x4BF if u % 2 == 0 => u + 1,
            _ => u,
        };
        let folded = match lower {
            0xDF => 's',
            0xE0..=0x17F if LATIN[(lower - 0xE0) as usize] != b'*' => {
                LATIN[(lower - 0xE0) as usize] as char
            }
            _ => char::from_u32(lower).unwrap_or(c),
        };
        if !matches!(folded, ' ' | '_' | '-' | '.' | '\'' | '\u{a0}') {
            out.push(folded);
        }
    }
    out
}

/// The words that mean UTC.
const UTC: &[&str] = &["utc", "gmt", "z", "zulu", "etc/utc", "etc/gmt", "universal"];

/// Whether `haystack` contains `needle` (bytes: `str::contains` would link
/// the standard library's pattern searchers into the wasm).
fn has(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    n.is_empty() || h.windows(n.len()).any(|w| w == n)
}

/// How well `zone` matches the folded text `q`: 0 exactly (id, city or
/// label), 1 the city starts with it, 2 the label, 3 one of the label's
/// words, 4 the id contains it; `None` otherwise.
fn rank(q: &str, zone: &Zone) -> Option<u8> {
    let id = fold(&zone.id);
    let city = fold(&city(&zone.id));
    let label = fold(&zone.label);
    if q == id || q == city || (!label.is_empty() && q == label) {
        return Some(0);
    }
    if city.starts_with(q) {
        return Some(1);
    }
    // A word of the label: what follows a space.
    let l = &zone.label;
    let word = l
        .bytes()
        .enumerate()
        .any(|(i, b)| b == b' ' && fold(l.get(i + 1..).unwrap_or_default()).starts_with(q));
    if !label.is_empty() && label.starts_with(q) {
        return Some(2);
    }
    if word {
        return Some(3);
    }
    has(&id, q).then_some(4)
}

/// The zones `text` may be the beginning of, best first, at most `limit`
/// (for suggestions as one types): exact matches, then cities, labels and
/// ids that start with or contain it; ties in the candidates' order.
///
/// ```
/// use otel_feedback_core::zone::lookup::{matches, Zone};
/// let zones = [Zone::new("Asia/Tokyo", ""), Zone::new("America/Toronto", "")];
/// assert_eq!(matches("to", &zones, 5), vec!["Asia/Tokyo", "America/Toronto"]);
/// ```
pub fn matches(text: &str, zones: &[Zone], limit: usize) -> Vec<String> {
    let q = fold(text);
    if q.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    if UTC.contains(&q.as_str()) {
        out.push("UTC".into());
    }
    // By rank, then in the candidates' order (no sort: a stable sort
    // costs the wasm 3 KB).
    let ranks: Vec<Option<u8>> = zones.iter().map(|z| rank(&q, z)).collect();
    for r in 0..5 {
        for (z, _) in zones.iter().zip(&ranks).filter(|(_, &k)| k == Some(r)) {
            // `UTC` may be a candidate too.
            if !out.contains(&z.id) {
                out.push(z.id.clone());
            }
        }
    }
    out.truncate(limit);
    out
}

/// The zone `text` means among `zones` (`own`: the visitor's own zone, the
/// one chosen when a generic name fits several). See the module's rules.
pub fn find(text: &str, zones: &[Zone], own: Option<&str>) -> Found {
    let q = fold(text);
    if q.is_empty() {
        return Found::Empty;
    }
    if UTC.contains(&q.as_str()) {
        return Found::Zone("UTC".into());
    }
    if let Some((_, new)) = RENAMED
        .iter()
        .chain(LOCAL)
        .find(|(old, _)| fold(old) == q || fold(&city(old)) == q)
    {
        return Found::Zone((*new).into());
    }
    let exact: Vec<&Zone> = zones.iter().filter(|z| rank(&q, z) == Some(0)).collect();
    if let Some(z) = exact.iter().find(|z| Some(z.id.as_str()) == own) {
        return Found::Zone(z.id.clone());
    }
    if let Some(first) = exact.first() {
        // One place under several ids (`America/Indiana/Indianapolis`,
        // `America/Indianapolis`): the longest id, the tz database's
        // current form. Several places: ask.
        let place = fold(&city(&first.id));
        if exact.iter().all(|z| fold(&city(&z.id)) == place) {
            let best = exact.iter().max_by_key(|z| z.id.len()).unwrap_or(first);
            return Found::Zone(best.id.clone());
        }
        return Found::Several(exact.iter().map(|z| z.id.clone()).collect());
    }
    // One city that starts with the text ("Kolk").
    let starts: Vec<&Zone> = zones.iter().filter(|z| rank(&q, z) == Some(1)).collect();
    if let [one] = starts.as_slice() {
        return Found::Zone(one.id.clone());
    }
    Found::None(nearest(text, zones.iter().map(|z| z.id.as_str()), 3))
}

/// The names closest to a mistyped `text` (its id or its city within two
/// edits: `Tokio` → `Asia/Tokyo`, `Europe/Kiyv` → `Europe/Kyiv`), best
/// first, at most `limit`; old names ([`RENAMED`]) are never suggested.
pub fn nearest<'a>(text: &str, names: impl Iterator<Item = &'a str>, limit: usize) -> Vec<String> {
    let q = fold(text);
    if q.is_empty() {
        return Vec::new();
    }
    // Closest first, then in the names' order (no sort, see `matches`).
    let mut best: [Vec<String>; 3] = Default::default();
    for name in names {
        if renamed(name).is_some() {
            continue;
        }
        let d = distance(&q, &fold(name)).min(distance(&q, &fold(&city(name))));
        if d < q.chars().count() {
            if let Some(b) = best.get_mut(d) {
                if !b.iter().any(|n| n == name) {
                    b.push(name.to_owned());
                }
            }
        }
    }
    let mut out: Vec<String> = best.into_iter().flatten().collect();
    out.truncate(limit);
    out
}

/// Optimal-string-alignment distance: insertions, deletions, substitutions
/// and swaps of two neighbours each cost 1 ("Kiyv" is one swap from "Kyiv").
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            d[i * w + j] = if i == 0 || j == 0 {
                i + j
            } else {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[(i - 1) * w + j - 1] + cost)
                    .min(d[(i - 1) * w + j] + 1)
                    .min(d[i * w + j - 1] + 1);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[(i - 2) * w + j - 2] + 1);
                }
                v
            };
        }
    }
    d[a.len() * w + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zones() -> Vec<Zone> {
        [
            ("America/Los_Angeles", "Pacific Time"),
            ("America/Vancouver", "Pacific Time"),
            ("America/New_York", "Eastern Time"),
            ("America/Sao_Paulo", "Brasilia Standard Time"),
            ("America/Indiana/Indianapolis", "Eastern Time"),
            ("America/Indianapolis", "Eastern Time"),
            ("Asia/Tokyo", "日本標準時"),
            ("Asia/Kolkata", "India Standard Time"),
            ("Europe/Kyiv", "за київським часом"),
            ("Europe/Zurich", ""),
        ]
        .iter()
        .map(|(id, l)| Zone::new(id, l))
        .collect()
    }

    fn zone(id: &str) -> Found {
        Found::Zone(id.into())
    }

    #[test]
    fn ids_cities_old_names_and_labels() {
        let z = zones();
        for (text, want) in [
            ("Tokyo", "Asia/Tokyo"),
            ("tokyo", "Asia/Tokyo"),
            ("ASIA/TOKYO", "Asia/Tokyo"),
            ("kyiv", "Europe/Kyiv"),
            ("Kiev", "Europe/Kyiv"),
            ("Europe/Kiev", "Europe/Kyiv"),
            ("Zaporozhye", "Europe/Kyiv"),
            ("Calcutta", "Asia/Kolkata"),
            ("sao paulo", "America/Sao_Paulo"),
            ("São Paulo", "America/Sao_Paulo"),
            ("new york", "America/New_York"),
            ("Zürich", "Europe/Zurich"),
            ("日本標準時", "Asia/Tokyo"),
            ("India standard time", "Asia/Kolkata"),
            ("utc", "UTC"),
            ("GMT", "UTC"),
            ("Kolk", "Asia/Kolkata"),
            ("Київ", "Europe/Kyiv"),
            ("東京", "Asia/Tokyo"),
            ("indianapolis", "America/Indiana/Indianapolis"),
        ] {
            assert_eq!(find(text, &z, None), zone(want), "{text}");
        }
    }

    #[test]
    fn a_shared_generic_name_prefers_the_visitors_zone_or_asks() {
        let z = zones();
        assert_eq!(
            find("Pacific Time", &z, Some("America/Vancouver")),
            zone("America/Vancouver")
        );
        assert_eq!(
            find("pacific time", &z, None),
            Found::Several(vec![
                "America/Los_Angeles".into(),
                "America/Vancouver".into()
            ])
        );
    }

    #[test]
    fn typos_and_nothing_are_never_utc() {
        let z = zones();
        assert_eq!(
            find("Tokio", &z, None),
            Found::None(vec!["Asia/Tokyo".into()])
        );
        assert_eq!(find("Nowhere", &z, None), Found::None(vec![]));
        assert_eq!(find("   ", &z, None), Found::Empty);
        assert_eq!(find("", &z, None), Found::Empty);
    }

    #[test]
    fn matches_as_one_types() {
        let z = zones();
        assert_eq!(matches("to", &z, 3), vec!["Asia/Tokyo"]);
        assert_eq!(
            matches("pac", &z, 3),
            vec!["America/Los_Angeles", "America/Vancouver"]
        );
        assert_eq!(matches("ut", &z, 3), Vec::<String>::new());
        assert_eq!(matches("utc", &z, 3), vec!["UTC"]);
        // UTC among the candidates (the widget adds it) is listed once.
        let mut with_utc = z.clone();
        with_utc.push(Zone::new("UTC", "GMT+00:00"));
        assert_eq!(matches("utc", &with_utc, 3), vec!["UTC"]);
        assert_eq!(matches("gm", &with_utc, 3), vec!["UTC"]);
        assert!(matches("", &z, 3).is_empty());
    }

    #[test]
    fn fold_lowercases_like_the_standard_library() {
        // The covered ranges agree with `char::to_lowercase`.
        for u in (0x41..=0x5A)
            .chain(0xC0..=0xDE)
            .chain(0x391..=0x3A9)
            .chain(0x400..=0x42F)
            .chain(0x490..=0x4BF)
        {
            let Some(c) = char::from_u32(u) else { continue };
            if u == 0x3A2 {
                continue; // unassigned
            }
            let lower: String = c.to_lowercase().collect();
            assert_eq!(fold(&c.to_string()), fold(&lower), "U+{u:04X}");
        }
        assert_eq!(fold("ÀÉÎÕÜÇÑ"), "aeiouc".to_owned() + "n");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Ho_Chi-Minh"), "hochiminh");
    }

    #[test]
    fn fold_strips_diacritics_like_canonical_decomposition() {
        // The hand-kept table (kept for bytes, docs/widget.md size ledger)
        // against Unicode's own data: every letter of U+00C0..U+017F that
        // decomposes folds to its base letter, lowercased. Letters that do
        // not decompose (ø, đ, ł, ħ, ı, ß …) are the table's own choice.
        use unicode_normalization::UnicodeNormalization;
        let mut checked = 0;
        for u in 0xC0..=0x17F_u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let nfd: Vec<char> = c.to_string().nfd().collect();
            if nfd.len() < 2 || !nfd[0].is_ascii_alphabetic() {
                continue;
            }
            let base = nfd[0].to_ascii_lowercase().to_string();
            assert_eq!(fold(&c.to_string()), base, "U+{u:04X} {c}");
            checked += 1;
        }
        assert!(checked > 150, "{checked} letters checked");
    }

    #[test]
    fn city_is_the_ids_last_part() {
        assert_eq!(city("America/Los_Angeles"), "Los Angeles");
        assert_eq!(city("America/Argentina/Buenos_Aires"), "Buenos Aires");
        assert_eq!(city("UTC"), "UTC");
    }

    #[test]
    fn every_renamed_zone_names_a_current_one() {
        for (old, new) in RENAMED {
            assert!(renamed(new).is_none(), "{old} → {new} is renamed again");
        }
    }
}

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
//! - the zone's id (`asia/tokyo`) or the city part of it (`Tokyo`, `Sao
//!   Paulo` for `America/Sao_Paulo`, `new york`);
//! - a name the sources give (feature `zone-names`, a table generated from
//!   CLDR and the tz database by `core/tests/zone_names.rs` into
//!   `names.rs`): CLDR's exemplar cities in en, uk, ja and pt (`Київ`,
//!   `東京`, `Nova York`), zone and metazone names (`Pacific Time`,
//!   `British Summer Time`, `JST`), the tz database's abbreviations in use
//!   (`CET`, `IST`), old names and links (`Europe/Kiev`, `Kiev`,
//!   `US/Pacific`); a metazone means its zones, its golden zone first; a
//!   name several places share asks which (`IST`: Kolkata, Dublin,
//!   Jerusalem), unless the visitor's own zone is one of them;
//! - an old name a browser reports ([`RENAMED`]) or a name the sources
//!   lack ([`EXTRA`]: `NYC`, `Mumbai`);
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

use super::names;

/// The names browsers report for zones the tz database renamed (CLDR's
/// first alias: Chromium's `Intl` says `Europe/Kiev`), with the current
/// IANA name: every such pair CLDR lists, each a link in the tz database
/// (`core/tests/zone_names.rs` checks both). Old names are never suggested,
/// and a browser's old name becomes the current one only by [`current_name`].
pub const RENAMED: &[(&str, &str)] = &[
    ("Africa/Asmera", "Africa/Asmara"),
    ("America/Buenos_Aires", "America/Argentina/Buenos_Aires"),
    ("America/Catamarca", "America/Argentina/Catamarca"),
    ("America/Coral_Harbour", "America/Atikokan"),
    ("America/Cordoba", "America/Argentina/Cordoba"),
    ("America/Godthab", "America/Nuuk"),
    ("America/Indianapolis", "America/Indiana/Indianapolis"),
    ("America/Jujuy", "America/Argentina/Jujuy"),
    ("America/Louisville", "America/Kentucky/Louisville"),
    ("America/Mendoza", "America/Argentina/Mendoza"),
    ("Asia/Calcutta", "Asia/Kolkata"),
    ("Asia/Katmandu", "Asia/Kathmandu"),
    ("Asia/Rangoon", "Asia/Yangon"),
    ("Asia/Saigon", "Asia/Ho_Chi_Minh"),
    ("Atlantic/Faeroe", "Atlantic/Faroe"),
    ("Europe/Kiev", "Europe/Kyiv"),
    ("Pacific/Enderbury", "Pacific/Kanton"),
    ("Pacific/Ponape", "Pacific/Pohnpei"),
    ("Pacific/Truk", "Pacific/Chuuk"),
];

/// Names people type that neither CLDR nor the tz database has, with their
/// zone (hand-kept: `core/tests/zone_names.rs` fails on an entry the
/// sources gain). Everything else comes from the generated table
/// (`names.rs`: CLDR's cities and zone names in en, uk, ja and pt, the tz
/// database's abbreviations, old names and links). Never suggested.
pub const EXTRA: &[(&str, &str)] = &[
    ("NYC", "America/New_York"),
    ("New York City", "America/New_York"),
    ("Mumbai", "Asia/Kolkata"),
    ("Bombay", "Asia/Kolkata"),
    ("Bengaluru", "Asia/Kolkata"),
    ("Bangalore", "Asia/Kolkata"),
    ("New Delhi", "Asia/Kolkata"),
    ("Delhi", "Asia/Kolkata"),
    ("San Francisco", "America/Los_Angeles"),
    ("Seattle", "America/Los_Angeles"),
    ("Beijing", "Asia/Shanghai"),
];

/// The current name of an old one (`Europe/Kiev` → `Europe/Kyiv`); `None`
/// for a name that was not renamed.
pub fn renamed(name: &str) -> Option<&'static str> {
    RENAMED
        .iter()
        .find(|(old, _)| *old == name)
        .map(|(_, new)| *new)
}

/// The one rule for renames: the name to use for `zone` as a source of
/// rules reported it. Its current name ([`renamed`]) when that source knows
/// the current name with the same offsets (`offset(name, ms)`: seconds east
/// of UTC at `ms` milliseconds since the epoch, NaN for a zone it does not
/// know), compared at `at_ms` and half a year later; `zone` otherwise (a
/// browser without `Europe/Kyiv` keeps `Europe/Kiev`). The widget's list
/// (`widget/src/intl.rs`) and its zone picker (`widget-zones/`) both call it.
///
/// ```
/// use otel_feedback_core::zone::lookup::current_name;
/// let knows_kyiv = |_: &str, _: f64| 7200.0;
/// let no_kyiv = |z: &str, _: f64| if z == "Europe/Kyiv" { f64::NAN } else { 7200.0 };
/// assert_eq!(current_name("Europe/Kiev", 0.0, knows_kyiv), "Europe/Kyiv");
/// assert_eq!(current_name("Europe/Kiev", 0.0, no_kyiv), "Europe/Kiev");
/// assert_eq!(current_name("Asia/Tokyo", 0.0, knows_kyiv), "Asia/Tokyo");
/// ```
pub fn current_name(zone: &str, at_ms: f64, offset: impl Fn(&str, f64) -> f64) -> &str {
    const HALF_YEAR_MS: f64 = 182.0 * 86_400_000.0;
    match renamed(zone) {
        // NaN (a zone the source does not know) is never equal.
        Some(new)
            if [at_ms, at_ms + HALF_YEAR_MS]
                .iter()
                .all(|&t| offset(zone, t) == offset(new, t)) =>
        {
            new
        }
        _ => zone,
    }
}

/// Whether `text` is written as an IANA id (`Asia/Tokyo`, `asia/tokyo`,
/// `UTC`), as opposed to a name the lookup has to interpret (`tokyo`,
/// `EST`): what the widget applies before its lookup has loaded, or when it
/// cannot load.
pub fn written_as_id(text: &str) -> bool {
    let t = text.trim();
    t.bytes().any(|b| b == b'/') || t.eq_ignore_ascii_case("UTC")
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

/// The text as [`find`] compares it: lowercase (ASCII, Greek, Cyrillic
/// and the Latin letters), Latin letters without their diacritics (`São` →
/// `sao`, `Zürich` → `zurich`, `Hồ Chí Minh` → `hochiminh`: Unicode's
/// canonical decomposition over U+00C0..U+024F and U+1E00..U+1EFF, a table
/// generated into `names.rs`), without spaces, `_`, `-`, `.` and `'`.
/// Other scripts are kept as they are (`東京`).
///
/// ```
/// use otel_feedback_core::zone::lookup::fold;
/// assert_eq!(fold(" São_Paulo "), "saopaulo");
/// assert_eq!(fold("Hồ Chí Minh"), "hochiminh");
/// assert_eq!(fold("Київ"), "київ");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let u = c as u32;
        let latin = match u {
            0xC0..=0x24F => names::LATIN.get((u - 0xC0) as usize),
            0x1E00..=0x1EFF => names::LATIN_ADDITIONAL.get((u - 0x1E00) as usize),
            _ => None,
        };
        let folded = match latin {
            Some(&b) if b != b'*' => b as char,
            _ => {
                let lower = match u {
                    0x41..=0x5A | 0xC0..=0xDE if u != 0xD7 => u + 0x20,
                    0x391..=0x3A9 | 0x410..=0x42F => u + 0x20,
                    0x400..=0x40F => u + 0x50,
                    0x490..=0x4BF if u % 2 == 0 => u + 1,
                    _ => u,
                };
                char::from_u32(lower).unwrap_or(c)
            }
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
    // A browser's old name (Europe/Kiev) is also its current name's city.
    let new = renamed(&zone.id)
        .map(|n| fold(&self::city(n)))
        .unwrap_or_default();
    if q == id || q == city || q == new || (!label.is_empty() && q == label) {
        return Some(0);
    }
    if city.starts_with(q) || (!new.is_empty() && new.starts_with(q)) {
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

/// The lines of a generated table, each split at its tab (by bytes:
/// `str::split` would link the standard library's pattern searchers into
/// the wasm).
#[cfg(feature = "zone-names")]
fn rows(table: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    crate::text::split(table, b'\n').filter_map(|line| {
        let tab = line.bytes().position(|b| b == b'\t')?;
        Some((line.get(..tab)?, line.get(tab + 1..)?))
    })
}

/// The words of `text` (one space between them).
#[cfg(feature = "zone-names")]
fn words(text: &'static str) -> impl Iterator<Item = &'static str> {
    crate::text::split(text, b' ').filter(|w| !w.is_empty())
}

/// What the folded `key` means in the sources: its targets (IANA ids and
/// `@metazones`), from the generated table and the hand-kept [`EXTRA`] and
/// [`RENAMED`] (an old id or its city).
fn named(key: &str, mut add: impl FnMut(&'static str)) {
    #[cfg(feature = "zone-names")]
    for (k, targets) in rows(names::NAMES) {
        if k == key {
            words(targets).for_each(&mut add);
        }
    }
    for (name, zone) in EXTRA {
        if fold(name) == key {
            add(zone);
        }
    }
    // An old id, its city, or the current name's, which a browser that
    // reports the old one does not give (Hồ Chí Minh for Asia/Saigon).
    for (old, new) in RENAMED {
        if [fold(old), fold(&city(old)), fold(new), fold(&city(new))].contains(&key.into()) {
            add(new);
        }
    }
}

/// The zones of a target: a metazone's current zones (golden zone first),
/// or the id itself.
fn expand(target: &'static str) -> Vec<&'static str> {
    match target.strip_prefix('@') {
        #[cfg(feature = "zone-names")]
        Some(mz) => rows(names::METAZONES)
            .find(|(k, _)| *k == mz)
            .map(|(_, zones)| words(zones).collect())
            .unwrap_or_default(),
        #[cfg(not(feature = "zone-names"))]
        Some(_) => Vec::new(),
        None => vec![target],
    }
}

/// The current name of an old id or link (`Europe/Kiev`, `Europe/Zaporozhye`
/// → `Europe/Kyiv`), from [`RENAMED`] and the sources' table.
fn current_of(id: &str) -> Option<&'static str> {
    if let Some(new) = renamed(id) {
        return Some(new);
    }
    #[cfg(feature = "zone-names")]
    {
        let key = fold(id);
        let (_, targets) = rows(names::NAMES).find(|(k, _)| *k == key)?;
        let mut w = words(targets);
        w.next()
            .filter(|t| !t.starts_with('@') && w.next().is_none())
            .filter(|new| *new != id)
    }
    #[cfg(not(feature = "zone-names"))]
    None
}

/// The candidate that is `id`, or that the browser names by its old name.
fn candidate<'z>(zones: &'z [Zone], id: &str) -> Option<&'z Zone> {
    zones
        .iter()
        .find(|z| z.id == id)
        .or_else(|| zones.iter().find(|z| renamed(&z.id) == Some(id)))
}

/// The candidates the sources say `targets` are: each target's first zone
/// (a metazone's golden zone) first, then the others; each once, in `out`.
fn resolve(targets: &[&'static str], zones: &[Zone], out: &mut Vec<String>) {
    let expanded: Vec<Vec<&str>> = targets.iter().map(|t| expand(t)).collect();
    let firsts = expanded.iter().filter_map(|e| e.first());
    let rest = expanded.iter().flat_map(|e| e.iter().skip(1));
    for id in firsts.chain(rest) {
        if let Some(z) = candidate(zones, id) {
            if !out.contains(&z.id) {
                out.push(z.id.clone());
            }
        }
    }
}

/// The targets of the keys that start with the folded `q` (`exact`: only
/// the key `q`), at most `limit`.
fn starting(q: &str, exact: bool, limit: usize) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    if exact {
        named(q, |t| {
            if !out.contains(&t) {
                out.push(t)
            }
        });
        return out;
    }
    #[cfg(feature = "zone-names")]
    for (k, targets) in rows(names::NAMES) {
        if out.len() >= limit {
            break;
        }
        if k.len() > q.len() && k.starts_with(q) {
            for t in words(targets) {
                if !out.contains(&t) {
                    out.push(t);
                }
            }
        }
    }
    let _ = limit;
    out
}

/// The zones `text` may be the beginning of, best first, at most `limit`
/// (for suggestions as one types): exact matches (the candidates' ids,
/// cities and labels, then the names the sources give), then cities, names
/// and labels that start with it, ids that contain it; ties in the
/// candidates' order.
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
    let of_rank = |r: u8, out: &mut Vec<String>| {
        for (z, _) in zones.iter().zip(&ranks).filter(|(_, &k)| k == Some(r)) {
            // `UTC` may be a candidate too.
            if !out.contains(&z.id) {
                out.push(z.id.clone());
            }
        }
    };
    of_rank(0, &mut out);
    resolve(&starting(&q, true, limit), zones, &mut out);
    of_rank(1, &mut out);
    if out.len() < limit {
        resolve(&starting(&q, false, limit), zones, &mut out);
    }
    for r in 2..5 {
        of_rank(r, &mut out);
    }
    out.truncate(limit);
    out
}

/// The zone `text` means among `zones` (`own`: the visitor's own zone, the
/// one chosen when a name fits several). See the module's rules.
pub fn find(text: &str, zones: &[Zone], own: Option<&str>) -> Found {
    let q = fold(text);
    if q.is_empty() {
        return Found::Empty;
    }
    if UTC.contains(&q.as_str()) {
        return Found::Zone("UTC".into());
    }
    // What the sources say the name is, then the candidates' own ids,
    // cities and labels.
    let mut exact: Vec<String> = Vec::new();
    resolve(&starting(&q, true, 0), zones, &mut exact);
    for z in zones.iter().filter(|z| rank(&q, z) == Some(0)) {
        if !exact.contains(&z.id) {
            exact.push(z.id.clone());
        }
    }
    // An old name beside its current one (the CLI's candidates hold both
    // `Europe/Kiev` and `Europe/Kyiv`) is the same place: the current one.
    let exact: Vec<String> = exact
        .iter()
        .filter(|z| current_of(z).is_none_or(|c| !exact.iter().any(|e| e == c)))
        .cloned()
        .collect();
    let mut exact = exact;
    if let Some(z) = exact.iter().find(|z| Some(z.as_str()) == own) {
        return Found::Zone(z.clone());
    }
    if let Some(first) = exact.first() {
        // One place under several ids (`America/Indiana/Indianapolis`,
        // `America/Indianapolis`): the longest id, the tz database's
        // current form. Several places: ask (at most six).
        let place = fold(&city(first));
        if exact.iter().all(|z| fold(&city(z)) == place) {
            let best = exact.iter().max_by_key(|z| z.len()).unwrap_or(first);
            return Found::Zone(best.clone());
        }
        exact.truncate(6);
        return Found::Several(exact);
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
    fn ids_cities_and_old_ids_without_the_names_table() {
        let z = zones();
        for (text, want) in [
            ("Tokyo", "Asia/Tokyo"),
            ("tokyo", "Asia/Tokyo"),
            ("ASIA/TOKYO", "Asia/Tokyo"),
            ("Europe/Kiev", "Europe/Kyiv"),
            ("sao paulo", "America/Sao_Paulo"),
            ("São Paulo", "America/Sao_Paulo"),
            ("new york", "America/New_York"),
            ("Zürich", "Europe/Zurich"),
            ("utc", "UTC"),
        ] {
            assert_eq!(find(text, &z, None), zone(want), "{text}");
        }
    }

    // Old names beyond the browsers', names in other scripts, generic names:
    // the names table (feature `zone-names`).
    #[cfg(feature = "zone-names")]
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

    #[cfg(feature = "zone-names")]
    #[test]
    fn names_from_cldr_and_the_tz_database() {
        let z: Vec<Zone> = [
            "America/New_York",
            "America/Chicago",
            "America/Havana",
            "America/Los_Angeles",
            "America/Tijuana",
            "Asia/Calcutta",
            "Asia/Shanghai",
            "Asia/Jerusalem",
            "Asia/Saigon",
            "Asia/Tokyo",
            "Europe/Dublin",
            "Europe/London",
            "Europe/Paris",
            "Europe/Berlin",
            "Africa/Ceuta",
            "Europe/Kiev",
        ]
        .iter()
        .map(|id| Zone::new(id, ""))
        .collect();
        // The browser's own names stay what it calls them (Asia/Calcutta).
        for (text, want) in [
            ("Mumbai", "Asia/Calcutta"),
            ("NYC", "America/New_York"),
            ("Hồ Chí Minh", "Asia/Saigon"),
            ("Ho Chi Minh City", "Asia/Saigon"),
            ("Kyiv", "Europe/Kiev"),
            ("キーウ", "Europe/Kiev"),
            ("Nova York", "America/New_York"),
            ("Japan Standard Time", "Asia/Tokyo"),
            ("JST", "Asia/Tokyo"),
            ("British Summer Time", "Europe/London"),
            ("US/Pacific", "America/Los_Angeles"),
        ] {
            assert_eq!(find(text, &z, None), zone(want), "{text}");
        }
        let several = |text: &str| match find(text, &z, None) {
            Found::Several(ids) => ids,
            other => panic!("{text}: {other:?}"),
        };
        assert_eq!(several("CET")[0], "Europe/Paris");
        assert_eq!(
            several("pacific time"),
            vec!["America/Los_Angeles", "America/Tijuana"]
        );
        let cst = several("CST");
        for want in ["America/Chicago", "Asia/Shanghai", "America/Havana"] {
            assert!(cst.iter().any(|c| c == want), "CST: {want} in {cst:?}");
        }
        let ist = several("IST");
        for want in ["Asia/Calcutta", "Europe/Dublin", "Asia/Jerusalem"] {
            assert!(ist.iter().any(|c| c == want), "IST: {want} in {ist:?}");
        }
        // The visitor's own zone answers a name it shares.
        assert_eq!(
            find("CET", &z, Some("Europe/Berlin")),
            zone("Europe/Berlin")
        );
        assert_eq!(
            find("EST", &z, Some("America/New_York")),
            zone("America/New_York")
        );
        assert_eq!(matches("Mumb", &z, 3), Vec::<String>::new());
        assert_eq!(matches("Nova Y", &z, 3), vec!["America/New_York"]);
    }

    #[test]
    fn distance_is_strsims_optimal_string_alignment() {
        // The hand-written distance (kept for the wasm's bytes) against the
        // strsim crate's, over real names, typos and every pair of them.
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "kyiv",
            "kiyv",
            "kiev",
            "tokyo",
            "tokio",
            "toyko",
            "ca",
            "abc",
            "acb",
            "saopaulo",
            "sanpaulo",
            "київ",
            "киев",
            "東京",
            "東京都",
            "hochiminh",
            "kolkata",
            "calcutta",
            "europe/kyiv",
            "europe/kiyv",
            "newyork",
            "nyc",
        ];
        for a in words {
            for b in words {
                assert_eq!(distance(a, b), strsim::osa_distance(a, b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn renames_follow_the_one_rule() {
        // Every old name the browsers report becomes its current name only
        // where the rules source knows it with the same offsets.
        for (old, new) in RENAMED {
            assert_eq!(current_name(old, 0.0, |_, _| 3600.0), *new);
            let without = |z: &str, _: f64| if z == *new { f64::NAN } else { 3600.0 };
            assert_eq!(current_name(old, 0.0, without), *old, "{old} without {new}");
            let moved = |z: &str, t: f64| if z == *new && t > 0.0 { 7200.0 } else { 3600.0 };
            assert_eq!(
                current_name(old, 0.0, moved),
                *old,
                "{old}: other offsets than {new}"
            );
        }
    }

    #[test]
    fn written_as_an_id() {
        for t in ["Asia/Tokyo", " asia/tokyo ", "UTC", "utc", "Etc/GMT+5"] {
            assert!(written_as_id(t), "{t}");
        }
        for t in ["tokyo", "Kiev", "EST", "", "Pacific Time"] {
            assert!(!written_as_id(t), "{t}");
        }
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

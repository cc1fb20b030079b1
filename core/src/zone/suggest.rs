//! "Did you mean 'Europe/Kyiv'?": the zone name closest to a mistyped one
//! (feature `suggest`, default on; the widget's wasm leaves it out).

use super::Tzdb;

/// The name in the default database ([`Tzdb`]) closest to a mistyped
/// `name` (same name in another case, or within two edits), for "did you
/// mean" hints. Old names kept as links (`Europe/Kiev`) are never
/// suggested.
///
/// ```
/// use otel_feedback_core::zone::suggest;
/// assert_eq!(suggest("Europe/Kiyv").as_deref(), Some("Europe/Kyiv"));
/// assert_eq!(suggest("Nowhere/Atall"), None);
/// ```
pub fn suggest(name: &str) -> Option<String> {
    let wanted = name.trim().to_ascii_lowercase();
    if wanted.is_empty() {
        return None;
    }
    let mut best: Option<(usize, String)> = None;
    for candidate in Tzdb::names() {
        if RENAMED.contains(&candidate.as_str()) {
            continue;
        }
        let d = edit_distance(&wanted, &candidate.to_ascii_lowercase());
        let better = match &best {
            None => true,
            Some((b, n)) => d < *b || (d == *b && candidate < *n),
        };
        if d <= 2 && better {
            best = Some((d, candidate));
        }
    }
    best.map(|(_, n)| n)
}

/// Old names kept as links in the tz database; never suggested.
const RENAMED: &[&str] = &[
    "Europe/Kiev",
    "Asia/Calcutta",
    "Asia/Katmandu",
    "Asia/Saigon",
    "Asia/Rangoon",
    "America/Godthab",
    "Europe/Uzhgorod",
    "Europe/Zaporozhye",
    "Asia/Dacca",
    "Asia/Thimbu",
    "Asia/Ulan_Bator",
    "Atlantic/Faeroe",
    "Pacific/Ponape",
    "Pacific/Truk",
    "Pacific/Enderbury",
    "America/Buenos_Aires",
];

/// Optimal-string-alignment distance: insertions, deletions, substitutions
/// and swaps of two neighbours each cost 1 ("Kiyv" is one swap from "Kyiv").
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[i - 1][j - 1] + cost)
                .min(rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = d;
        }
    }
    rows[a.len()][b.len()]
}

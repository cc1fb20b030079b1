//! "Did you mean 'Europe/Kyiv'?": the zone name closest to a mistyped one
//! (feature `suggest`, default on; the widget's wasm leaves it out).

use super::Tzdb;

/// The name in the default database ([`Tzdb`]) closest to a mistyped
/// `name` (its id or its city within two edits; the rule is
/// [`super::lookup::nearest`]), for "did you mean" hints. Old names kept as
/// links (`Europe/Kiev`, [`super::lookup::RENAMED`]) are never suggested.
///
/// ```
/// use otel_feedback_core::zone::suggest;
/// assert_eq!(suggest("Europe/Kiyv").as_deref(), Some("Europe/Kyiv"));
/// assert_eq!(suggest("Nowhere/Atall"), None);
/// ```
pub fn suggest(name: &str) -> Option<String> {
    super::lookup::nearest(name, Tzdb::names().iter().map(String::as_str), 1)
        .into_iter()
        .next()
}

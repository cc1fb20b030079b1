//! A 1 MB paste costs what a text of the limit costs (issue 27, item 5):
//! validation reads a text field only until it knows the field is too long
//! (`request::extent`), so the work is bounded by the field limits, not by
//! the input. The measure is deterministic: the characters the reader
//! pulls from a counting iterator, and what validation reports about text
//! past that point (nothing: it never looked).

use chrono::{TimeZone, Utc};
use otel_feedback_core::config::Config;
use otel_feedback_core::i18n::Lang;
use otel_feedback_core::request::{
    extent, max_length, validate_in, FeedbackRequest, FieldError, DETAILS_MAX, NAME_MAX,
};
use otel_feedback_core::zone::Bundled;
use std::cell::Cell;

const MB: usize = 1 << 20;

fn request() -> FeedbackRequest {
    FeedbackRequest {
        organization: "Example Corp".into(),
        name: "Ana Example".into(),
        email: "ana@example.com".into(),
        topics: vec!["adoption".into()],
        alternative_time: "Tuesdays after 15:00 UTC".into(),
        ..Default::default()
    }
}

fn errors(r: &FeedbackRequest) -> Vec<FieldError> {
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap();
    validate_in(r, &Config::default(), now, &Bundled, Lang::En).unwrap_err()
}

/// `text` as a character iterator that counts what is pulled from it.
fn counted<'a>(text: &'a str, read: &'a Cell<usize>) -> impl Iterator<Item = char> + 'a {
    text.chars().inspect(move |_| read.set(read.get() + 1))
}

#[test]
fn a_one_megabyte_name_is_known_too_long_after_81_characters() {
    let name = "Ana Example ".repeat(MB / 12);
    let read = Cell::new(0);
    assert!(extent(counted(&name, &read), NAME_MAX).too_long);
    assert_eq!(read.get(), NAME_MAX + 1);
}

#[test]
fn every_limit_is_known_after_its_limit_plus_one_characters_whatever_the_script() {
    // Persian with a non-joiner, an emoji ZWJ sequence, CJK: none costs
    // more than the count.
    let text = "فاطمه\u{200C}زهرا 👩🏽\u{200D}💻 東京 ".repeat(MB / 16);
    for field in [
        "organization",
        "name",
        "role",
        "email",
        "slack",
        "details",
        "alternative_time",
    ] {
        let max = max_length(field).unwrap();
        let read = Cell::new(0);
        assert!(extent(counted(&text, &read), max).too_long, "{field}");
        // Character `max + 1`, or the next one when that is a space (it
        // could still be trailing whitespace, which does not count).
        let at = text.chars().nth(max).unwrap();
        let expected = if at.is_whitespace() { max + 2 } else { max + 1 };
        assert_eq!(read.get(), expected, "{field}");
    }
}

#[test]
fn whitespace_is_read_up_to_twice_the_limit_and_no_further() {
    // Spaces, then text: the leading spaces count toward the bound.
    let text = format!("{}Ana", " ".repeat(MB));
    let read = Cell::new(0);
    assert!(extent(counted(&text, &read), NAME_MAX).too_long);
    assert_eq!(read.get(), 2 * NAME_MAX + 1);
    // Within the bound, whitespace at the ends is trimmed as before.
    let text = format!("{}Ana{}", " ".repeat(NAME_MAX), " ".repeat(NAME_MAX - 3));
    let e = extent(text.chars(), NAME_MAX);
    assert!(!e.too_long);
    assert_eq!(e.bytes, text.len());
}

#[test]
fn a_text_of_exactly_the_limit_is_read_whole_and_fits() {
    let read = Cell::new(0);
    let text = "é".repeat(DETAILS_MAX);
    let e = extent(counted(&text, &read), DETAILS_MAX);
    assert!(!e.too_long);
    assert_eq!((e.bytes, read.get()), (text.len(), DETAILS_MAX));
}

/// What validation says about text past the limit shows how far it read:
/// a right-to-left override a megabyte in would be reported (with its
/// position) by a reader that went that far.
#[test]
fn a_one_megabyte_name_with_an_override_at_its_end_is_refused_as_too_long_only() {
    let mut r = request();
    r.name = format!("{}\u{202E}gnp.exe", "Ana Example ".repeat(MB / 12));
    let errors = errors(&r);
    let got: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.field.as_str(), e.code.as_str()))
        .collect();
    assert_eq!(got, [("name", "too-long")]);
    assert_eq!(
        errors[0].message,
        "“Name” is longer than 80 characters; shorten it to 80 or fewer."
    );
}

#[test]
fn one_megabyte_of_details_with_windows_line_breaks_is_refused_as_too_long_only() {
    let mut r = request();
    r.details = format!("{}\u{0}", "We run 300 collectors.\r\n".repeat(MB / 24));
    let errors = errors(&r);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        (errors[0].field.as_str(), errors[0].code.as_str()),
        ("details", "too-long")
    );
    assert!(errors[0].message.contains("2000"), "{}", errors[0].message);
}

#[test]
fn one_megabyte_of_spaces_in_the_name_is_too_long_not_missing() {
    let mut r = request();
    r.name = " ".repeat(MB);
    let errors = errors(&r);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        (errors[0].field.as_str(), errors[0].code.as_str()),
        ("name", "too-long")
    );
}

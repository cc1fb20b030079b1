//! The catalog compiler `build.rs` runs (`build/compile.rs`), on small
//! catalogs: what it writes for each construct, and that each thing the
//! runtime cannot render stops the build with the file and key named.
//! Last, the real catalogs: what it writes is what core exports.

#[path = "../build/compile.rs"]
mod compile;

use compile::generate;
use otel_feedback_core::i18n::{self, Lang};

/// Compiles `en` (and `uk`, when given) and returns the English and the
/// Ukrainian messages, encoded, in key order.
fn compiled(en: &str, uk: Option<&str>) -> Result<Vec<(String, String)>, String> {
    let mut sources = vec![("en", en)];
    if let Some(uk) = uk {
        sources.push(("uk", uk));
    }
    let generated = generate(&sources, |_| true)?;
    Ok(generated
        .catalogs
        .into_iter()
        .map(|(lang, text)| {
            let body = text.split_once('\n').unwrap().1;
            (lang, body.trim_end_matches('\n').to_owned())
        })
        .collect())
}

/// The encoded messages of `en` alone, in key order.
fn english(en: &str) -> Vec<String> {
    let all = compiled(en, None).unwrap_or_else(|e| panic!("{e}"));
    let body = &all[0].1;
    body.strip_suffix('\x1e')
        .unwrap()
        .split('\x1e')
        .map(str::to_owned)
        .collect()
}

/// The build's error for these catalogs.
fn error(en: &str, uk: Option<&str>) -> String {
    match compiled(en, uk) {
        Ok(out) => panic!("compiled, expected an error: {out:?}"),
        Err(e) => e,
    }
}

#[test]
fn text_and_variables_are_encoded_with_their_markers() {
    assert_eq!(
        english("b = Hello, { $name }!\na = Plain\n"),
        ["Plain", "Hello, \x01name\x02!"],
        "keys sorted; a variable is \\x01name\\x02"
    );
}

#[test]
fn a_plural_select_lists_its_variants_with_the_default_starred() {
    let m = english(
        "n = { $count ->\n    [0] none\n    [one] one thing\n   *[other] { $count } things\n}\n",
    );
    assert_eq!(
        m,
        ["\x03count\x040\x05none\x04one\x05one thing\x04*other\x05\x01count\x02 things\x06"]
    );
}

#[test]
fn message_and_term_references_are_inlined() {
    let m =
        english("-brand = OpenTelemetry\nhello = Hi from { -brand }\nagain = { hello }, twice\n");
    assert_eq!(m, ["Hi from OpenTelemetry, twice", "Hi from OpenTelemetry"]);
}

#[test]
fn string_literals_are_unescaped() {
    assert_eq!(english("q = { \"\\u00E9\" }t\u{e9}\n"), ["\u{e9}t\u{e9}"]);
}

#[test]
fn a_syntax_error_names_the_file_and_the_line() {
    let e = error("ok = fine\nbroken { $x }\n", None);
    assert!(
        e.starts_with("locales/en.ftl has syntax errors:\nline 2:"),
        "{e}"
    );
}

#[test]
fn a_translation_with_a_key_english_lacks_is_refused() {
    let e = error("a = A\n", Some("a = А\nb = Б\n"));
    assert_eq!(
        e,
        "locales/uk.ftl: key 'b' is not in en.ftl; add it there or fix the typo"
    );
}

#[test]
fn a_translation_using_a_variable_english_does_not_pass_is_refused() {
    let e = error("a = { $count } left\n", Some("a = { $count } з { $max }\n"));
    assert_eq!(
        e,
        "locales/uk.ftl: 'a' uses $max, which en.ftl's 'a' does not pass"
    );
    // Fewer variables are fine (a language may leave one out).
    assert!(compiled("a = { $count } of { $max }\n", Some("a = { $count }\n")).is_ok());
}

#[test]
fn a_key_a_translation_lacks_is_empty_in_its_table() {
    let out = compiled("a = A\nb = B\n", Some("b = Б\n")).unwrap();
    assert_eq!(out[1], ("uk".to_owned(), "\x1eБ\x1e".to_owned()));
}

#[test]
fn constructs_the_runtime_cannot_render_are_refused() {
    let cases = [
        ("a = A\n    .title = T\n", "'a' has attributes"),
        ("a =\n    .title = T\n", "'a' has attributes"),
        ("a = A\na = B\n", "'a' is defined twice"),
        ("a = { NUMBER($n) }\n", "'a' uses FunctionReference"),
        (
            "a = { $n ->\n    [1.5] x\n   *[other] y\n}\n",
            "'a' has a non-integer variant [1.5]",
        ),
        (
            "a = { $n ->\n    [one] x\n    [fwe] y\n   *[other] z\n}\n",
            "'a' mixes CLDR plural categories",
        ),
        (
            "a = { -missing }\n",
            "'a' references unknown term '-missing'",
        ),
        ("a = { nope }\n", "'a' references unknown message 'nope'"),
        ("a = { b }\nb = { a }\n", "references itself"),
        ("a = { -t(x: 1) }\n-t = T\n", "'a' uses TermReference"),
        (
            "a = marker \u{3}\n",
            "'a' contains the control character '\\u{3}'",
        ),
        (
            "a = sep \u{1e}\n",
            "'a' contains the control character '\\u{1e}'",
        ),
        ("a = { \"\" }\n", "'a' is empty"),
    ];
    for (source, expected) in cases {
        let e = error(source, None);
        assert!(
            e.starts_with("locales/en.ftl: ") && e.contains(expected),
            "{source:?}: expected {expected:?}, got {e:?}"
        );
    }
}

#[test]
fn a_select_on_text_may_name_any_variants() {
    let m = english("d = { $day ->\n    [mon] Monday\n   *[tue] Tuesday\n}\n");
    assert_eq!(m, ["\x03day\x04mon\x05Monday\x04*tue\x05Tuesday\x06"]);
}

#[test]
fn the_keys_hash_changes_with_a_key_or_a_variable_and_not_with_a_text() {
    let hash = |en: &str| compile::keys_hash(&compile::compile("en", en).unwrap());
    let base = hash("a = { $n } left\n");
    assert_eq!(base, hash("a = { $n } remaining\n"));
    assert_ne!(base, hash("a = { $m } left\n"));
    assert_ne!(base, hash("b = { $n } left\n"));
}

#[test]
fn a_language_left_out_has_an_empty_table_and_still_a_catalog_file() {
    let out = generate(&[("en", "a = A\n"), ("uk", "a = А\n")], |l| l == "en").unwrap();
    assert!(
        out.tables
            .contains("static EN: Table = Table(\"A\", &[0, 1]);"),
        "{}",
        out.tables
    );
    assert!(
        out.tables
            .contains("static UK: Table = Table(\"\", &[0, 0]);"),
        "{}",
        out.tables
    );
    assert!(
        out.catalogs[1].1.ends_with("\nА\x1e\n"),
        "{:?}",
        out.catalogs[1]
    );
}

#[test]
fn the_first_catalog_must_be_english() {
    let e = generate(&[("uk", "a = А\n")], |_| true).err().unwrap();
    assert_eq!(e, "the first catalog must be en, not uk");
}

#[test]
fn the_real_catalogs_compile_to_what_core_exports() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
    let sources: Vec<(&str, String)> = Lang::ALL
        .iter()
        .map(|l| {
            let path = format!("{dir}/{}.ftl", l.code());
            (l.code(), std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    let sources: Vec<(&str, &str)> = sources.iter().map(|(l, s)| (*l, s.as_str())).collect();
    let out = generate(&sources, |_| true).unwrap();
    for (lang, file) in &out.catalogs {
        let lang = Lang::from_code(lang).unwrap();
        if let Some(exported) = i18n::export(lang) {
            assert_eq!(*file, exported, "{lang}");
        }
    }
}

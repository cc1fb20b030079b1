//! `otel-feedback catalog <lang>`: the catalog text a page loads at run time.

use std::process::{Command, Output};

use otel_feedback_core::i18n::{self, Lang};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_otel-feedback"))
        // The bundled tz data: answers that hold on any machine.
        .env("OTEL_FEEDBACK_TZDATA", "bundled")
        .args(args)
        .output()
        .expect("the binary runs")
}

#[test]
fn catalog_uk_prints_the_exported_catalog_and_it_loads() {
    let o = run(&["catalog", "uk"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stderr.is_empty());
    let text = String::from_utf8(o.stdout).unwrap();
    assert_eq!(Some(text.as_str()), i18n::export(Lang::Uk).as_deref());
    let total = i18n::keys().count();
    assert!(text.starts_with(&format!("otel-feedback-catalog 1 uk {total} ")));
    assert!(text.ends_with("\x1e\n"));
    assert_eq!(text.matches('\x1e').count(), i18n::keys().count());
    assert_eq!(i18n::load(&text), Ok(Lang::Uk));
}

#[test]
fn catalog_accepts_every_language_in_any_case() {
    for (arg, code) in [("en", "en"), ("JA", "ja"), ("pt", "pt")] {
        let o = run(&["catalog", arg]);
        assert_eq!(o.status.code(), Some(0), "{arg}");
        let text = String::from_utf8(o.stdout).unwrap();
        let want = format!("otel-feedback-catalog 1 {code} {} ", i18n::keys().count());
        assert!(text.starts_with(&want), "{arg}");
    }
}

#[test]
fn catalog_of_an_unknown_language_exits_2_with_one_line() {
    let o = run(&["catalog", "fr"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert_eq!(
        String::from_utf8(o.stderr).unwrap(),
        "error: catalog: unknown language 'fr'; use one of en, uk, ja, pt\n"
    );
}

#[test]
fn catalog_messages_prints_only_the_composed_messages_texts_and_it_loads() {
    let o = run(&["catalog", "--messages", "en"]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8(o.stdout).unwrap();
    assert_eq!(
        Some(text.as_str()),
        i18n::export_messages(Lang::En).as_deref()
    );
    assert!(text.lines().next().unwrap().ends_with(" messages"));
    assert!(text.contains("Feedback session request"));
    assert!(!text.contains("Check my request"));
    assert_eq!(text.matches('\x1e').count(), i18n::keys().count());
}

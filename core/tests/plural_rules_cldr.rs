//! `Lang::plural` (core's hand-written CLDR cardinal rules, kept instead of
//! a plural-rules crate for the widget's bytes: docs/widget.md, "Size
//! ledger") against `intl_pluralrules`, the crate `fluent-bundle` selects
//! plural variants with.
//!
//! Every integer in -10,000..=10,000 and powers of ten (with their
//! neighbours) up to 10^18, in en, uk, ja and pt. Core's rules take an
//! `i64` only: a count is always whole, so fractional operands (`1.5`,
//! `v` > 0) have no counterpart to compare and are not tested.

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use otel_feedback_core::i18n::{Lang, Plural};
use unic_langid::LanguageIdentifier;

fn reference(lang: Lang) -> PluralRules {
    let id: LanguageIdentifier = lang.code().parse().unwrap();
    PluralRules::create(id, PluralRuleType::CARDINAL)
        .unwrap_or_else(|e| panic!("intl_pluralrules has no cardinal rules for {lang}: {e}"))
}

fn name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// -10,000..=10,000, then ±(10^k + d) for d in -2..=2 up to 10^18.
fn operands() -> Vec<i64> {
    let mut out: Vec<i64> = (-10_000..=10_000).collect();
    let mut p: i64 = 10;
    for _ in 1..=18 {
        for d in -2..=2 {
            out.push(p + d);
            out.push(-(p + d));
        }
        p = p.saturating_mul(10);
    }
    out.push(i64::MAX);
    out.push(i64::MIN + 1);
    out
}

#[test]
fn every_language_plural_category_is_cldrs() {
    let mut wrong = Vec::new();
    for lang in Lang::ALL {
        let rules = reference(lang);
        for n in operands() {
            let ours = lang.plural(n).as_str();
            let theirs = name(rules.select(n).unwrap());
            if ours != theirs {
                wrong.push(format!("{lang} {n}: core {ours}, CLDR {theirs}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} disagreements, first 20:\n{}",
        wrong.len(),
        wrong[..wrong.len().min(20)].join("\n")
    );
}

/// The categories each language's rules reach are all the ones CLDR has
/// for integers (a rule that never yields `few` would also pass the test
/// above if the reference never did; this says the range covers them).
#[test]
fn the_operands_reach_every_integer_category() {
    let expect: [(Lang, &[Plural]); 4] = [
        (Lang::En, &[Plural::One, Plural::Other]),
        (Lang::Uk, &[Plural::One, Plural::Few, Plural::Many]),
        (Lang::Ja, &[Plural::Other]),
        (Lang::Pt, &[Plural::One, Plural::Other]),
    ];
    for (lang, categories) in expect {
        let rules = reference(lang);
        for c in categories {
            assert!(
                operands()
                    .into_iter()
                    .any(|n| name(rules.select(n).unwrap()) == c.as_str()),
                "no operand is {} in {lang}",
                c.as_str()
            );
        }
    }
}

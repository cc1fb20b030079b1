//! The catalogs: coverage, plural rules, negotiation, and that every
//! message renders in every language.

mod common;

use otel_feedback_core::i18n::{self, Lang, Plural};

#[test]
fn every_catalog_is_complete() {
    common::load_missing_catalogs();
    let total = i18n::keys().count();
    assert_eq!(total, 185, "update this count when adding keys");
    for lang in Lang::ALL {
        assert_eq!(i18n::coverage(lang), (total, total), "{lang}");
    }
}

#[test]
fn every_message_renders_in_every_language_with_no_placeholder_left() {
    common::load_missing_catalogs();
    let args = common::message_args(3);
    for lang in Lang::ALL {
        for key in i18n::keys() {
            let text = i18n::format(lang, key, &args);
            assert!(!text.is_empty(), "{lang} {key}");
            assert!(!text.contains("{$"), "{lang} {key}: {text}");
            assert!(
                !text.contains('{') && !text.contains('}'),
                "{lang} {key}: {text}"
            );
        }
    }
}

#[test]
fn a_missing_variable_shows_its_name() {
    assert_eq!(i18n::text(Lang::En, "msg-sent-from"), "Composed on {$url}");
}

#[test]
fn ukrainian_plurals_one_few_many() {
    common::load_missing_catalogs();
    let cases = [
        (1, Plural::One, "Залишився 1 символ"),
        (2, Plural::Few, "Залишилося 2 символи"),
        (4, Plural::Few, "Залишилося 4 символи"),
        (5, Plural::Many, "Залишилося 5 символів"),
        (11, Plural::Many, "Залишилося 11 символів"),
        (12, Plural::Many, "Залишилося 12 символів"),
        (14, Plural::Many, "Залишилося 14 символів"),
        (21, Plural::One, "Залишився 21 символ"),
        (22, Plural::Few, "Залишилося 22 символи"),
        (25, Plural::Many, "Залишилося 25 символів"),
        (111, Plural::Many, "Залишилося 111 символів"),
        (0, Plural::Many, "Залишилося 0 символів"),
    ];
    for (n, plural, text) in cases {
        assert_eq!(Lang::Uk.plural(n), plural, "{n}");
        assert_eq!(
            i18n::format(Lang::Uk, "chars-left", &[("count", n.into())]),
            text
        );
    }
}

#[test]
fn ukrainian_error_counts_agree_with_their_number() {
    common::load_missing_catalogs();
    let f = |n: i64| i18n::format(Lang::Uk, "errors-heading", &[("count", n.into())]);
    assert_eq!(f(1), "Виправте 1 проблему, щоб продовжити:");
    assert_eq!(f(3), "Виправте 3 проблеми, щоб продовжити:");
    assert_eq!(f(7), "Виправте 7 проблем, щоб продовжити:");
    let s = |n: i64| {
        i18n::format(
            Lang::Uk,
            "err-too-many-slots",
            &[("count", n.into()), ("max", 3.into())],
        )
    };
    assert_eq!(s(4), "Вибрано 4 сесії; виберіть не більше 3.");
    assert_eq!(s(5), "Вибрано 5 сесій; виберіть не більше 3.");
}

#[test]
fn exact_number_variants_win_over_plural_categories() {
    common::load_missing_catalogs();
    assert_eq!(
        i18n::format(Lang::En, "slots-picked", &[("count", 0.into())]),
        "No session picked"
    );
    assert_eq!(
        i18n::format(Lang::Uk, "slots-picked", &[("count", 0.into())]),
        "Жодної сесії не вибрано"
    );
    assert_eq!(
        i18n::format(Lang::Uk, "slots-picked", &[("count", 1.into())]),
        "Вибрано 1 сесію"
    );
    assert_eq!(
        i18n::format(Lang::Uk, "slots-picked", &[("count", 2.into())]),
        "Вибрано 2 сесії"
    );
}

#[test]
fn english_portuguese_and_japanese_plurals() {
    common::load_missing_catalogs();
    assert_eq!(
        i18n::format(Lang::En, "chars-left", &[("count", 1.into())]),
        "1 character left"
    );
    assert_eq!(
        i18n::format(Lang::En, "chars-left", &[("count", 0.into())]),
        "0 characters left"
    );
    assert_eq!(
        i18n::format(Lang::Pt, "chars-left", &[("count", 0.into())]),
        "Resta 0 caractere"
    );
    assert_eq!(
        i18n::format(Lang::Pt, "chars-left", &[("count", 2.into())]),
        "Restam 2 caracteres"
    );
    assert_eq!(
        i18n::format(Lang::Ja, "chars-left", &[("count", 1.into())]),
        "残り 1 文字"
    );
    assert_eq!(Lang::Ja.plural(1), Plural::Other);
}

#[test]
fn topic_labels_follow_the_page() {
    common::load_missing_catalogs();
    use otel_feedback_core::request::Topic;
    let labels: Vec<String> = Topic::ALL.iter().map(|t| t.label(Lang::Uk)).collect();
    assert_eq!(
        labels,
        [
            "Спеціальні випадки використання",
            "Виклики з впровадженням",
            "Виклики з прийняттям у межах організації"
        ]
    );
    assert_eq!(
        Topic::Adoption.label(Lang::En),
        "Challenges with adoption within the organization"
    );
    assert_eq!(
        i18n::text(Lang::En, "label-delete-recording"),
        "Delete the recording once the notes are summarized"
    );
    assert_eq!(
        i18n::text(Lang::En, "label-anonymize-post"),
        "Anonymize the blog post"
    );
}

#[test]
fn negotiation_takes_the_first_language_with_a_catalog() {
    let cases = [
        ("uk-UA", Lang::Uk),
        ("UK", Lang::Uk),
        ("ja-JP", Lang::Ja),
        ("pt-BR", Lang::Pt),
        ("pt_PT", Lang::Pt),
        ("en-GB", Lang::En),
        ("fr-CH, fr;q=0.9, ja;q=0.8, en;q=0.5", Lang::Ja),
        ("ru", Lang::En),
        ("", Lang::En),
        ("x-klingon", Lang::En),
    ];
    for (tag, lang) in cases {
        assert_eq!(Lang::negotiate(tag), lang, "{tag}");
    }
}

#[test]
fn keys_are_sorted_and_unique() {
    let keys: Vec<&str> = i18n::keys().collect();
    assert!(keys.windows(2).all(|w| w[0] < w[1]));
    assert!(keys.contains(&"label-organization"));
    assert!(keys.contains(&"err-too-long"));
}

//! core's Fluent runtime (`i18n/render.rs`: the compiled tables walked with
//! `{ $var }` substitution and plural selection by `Lang::plural`), kept
//! instead of `fluent-bundle` for the widget's bytes (docs/widget.md,
//! "Size ledger"), against `fluent-bundle` itself reading the same
//! `core/locales/*.ftl` sources.
//!
//! Every message of every catalog, in its own language (no English
//! fallback: a key the catalog lacks is not its message), rendered by both
//! with the same arguments, must give the same text:
//! - no arguments at all (both write a missing variable as `{$name}` and
//!   take the default variant of a select on it);
//! - a variable a select with number or CLDR-category keys reads (`$count`,
//!   `$every`) gets each of [`NUMBERS`] (every category of en, uk, ja and
//!   pt, the exact keys `[1]`, `[2]`, negatives and large values);
//! - a variable a select with word keys reads (`$day`) gets each key and
//!   one no variant names;
//! - every other variable gets a text, in a second pass a number.
//!
//! Several variables combine as a cartesian product. A language the build
//! does not compile in is loaded from its exported catalog first, as the
//! widget's wasm does.
//!
//! Unicode isolation: `fluent-bundle` wraps each placeable in U+2068/U+2069
//! by default; core inserts values as they are, so the bundle is built
//! with `set_use_isolating(false)` (nothing is stripped afterwards).

use std::collections::BTreeMap;
use std::path::PathBuf;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use otel_feedback_core::i18n::{self, Arg, Lang};

/// Counts for plural selects: en one/other, uk one (1, 21, 101), few (2-4,
/// 22), many (0, 5-20, 25, 111), ja other, pt one (0, 1)/other; the exact
/// keys the catalogs use (`[1]`, `[2]`); negatives; large values.
const NUMBERS: [i64; 22] = [
    0,
    1,
    2,
    3,
    4,
    5,
    7,
    11,
    12,
    14,
    21,
    22,
    25,
    100,
    101,
    111,
    1000,
    1_000_000,
    -1,
    -2,
    -5,
    2_147_483_647,
];

const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// How a message uses a variable.
#[derive(Debug, Clone, PartialEq)]
enum Use {
    /// Only placed: `{ $field }`.
    Placed,
    /// Read by a select whose keys are numbers or CLDR categories.
    Count,
    /// Read by a select whose keys are words (`$day`): those words.
    Word(Vec<String>),
}

struct Uses<'a> {
    messages: BTreeMap<&'a str, &'a Pattern<&'a str>>,
    terms: BTreeMap<&'a str, &'a Pattern<&'a str>>,
}

impl<'a> Uses<'a> {
    fn new(resource: &'a FluentResource) -> Self {
        let mut messages = BTreeMap::new();
        let mut terms = BTreeMap::new();
        for entry in resource.entries() {
            match entry {
                Entry::Message(m) => {
                    let value = m
                        .value
                        .as_ref()
                        .expect("core's compiler refuses a message without value");
                    messages.insert(m.id.name, value);
                }
                Entry::Term(t) => {
                    terms.insert(t.id.name, &t.value);
                }
                _ => {}
            }
        }
        Uses { messages, terms }
    }

    /// The variables `pattern` uses (through message and term references
    /// too), with how.
    fn of(&self, pattern: &Pattern<&str>, out: &mut BTreeMap<String, Use>, depth: usize) {
        assert!(depth < 16, "a reference cycle");
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                self.expression(expression, out, depth);
            }
        }
    }

    fn expression(&self, e: &Expression<&str>, out: &mut BTreeMap<String, Use>, depth: usize) {
        match e {
            Expression::Inline(inline) => self.inline(inline, out, depth),
            Expression::Select { selector, variants } => {
                let InlineExpression::VariableReference { id } = selector else {
                    panic!("core's compiler refuses a select on {selector:?}");
                };
                let words: Vec<String> = variants
                    .iter()
                    .filter_map(|v| match v.key {
                        VariantKey::Identifier { name } if !PLURAL_CATEGORIES.contains(&name) => {
                            Some(name.to_owned())
                        }
                        _ => None,
                    })
                    .collect();
                let how = if words.is_empty() {
                    Use::Count
                } else {
                    Use::Word(words)
                };
                let slot = out.entry(id.name.to_owned()).or_insert(Use::Placed);
                match (&*slot, how) {
                    (Use::Word(a), Use::Word(b)) => {
                        let mut all = a.clone();
                        all.extend(b.into_iter().filter(|w| !a.contains(w)));
                        *slot = Use::Word(all);
                    }
                    (_, how) => *slot = how,
                }
                for v in variants {
                    self.of(&v.value, out, depth + 1);
                }
            }
        }
    }

    fn inline(
        &self,
        inline: &InlineExpression<&str>,
        out: &mut BTreeMap<String, Use>,
        depth: usize,
    ) {
        match inline {
            InlineExpression::VariableReference { id } => {
                out.entry(id.name.to_owned()).or_insert(Use::Placed);
            }
            InlineExpression::MessageReference { id, .. } => {
                self.of(self.messages[id.name], out, depth + 1)
            }
            InlineExpression::TermReference { id, .. } => {
                self.of(self.terms[id.name], out, depth + 1)
            }
            InlineExpression::Placeable { expression } => self.expression(expression, out, depth),
            _ => {}
        }
    }
}

/// A value both renderers get.
#[derive(Debug, Clone)]
enum Value {
    Num(i64),
    Text(String),
}

/// Every combination of values for `vars` (`placed_as_numbers`: the
/// placed-only variables get a number instead of a text).
fn cases(vars: &BTreeMap<String, Use>, placed_as_numbers: bool) -> Vec<Vec<(String, Value)>> {
    let mut all: Vec<Vec<(String, Value)>> = vec![Vec::new()];
    for (name, how) in vars {
        let values: Vec<Value> = match how {
            Use::Placed if placed_as_numbers => vec![Value::Num(42)],
            Use::Placed => vec![Value::Text(format!("«{name} value»"))],
            Use::Count => NUMBERS.iter().map(|n| Value::Num(*n)).collect(),
            Use::Word(words) => words
                .iter()
                .map(|w| Value::Text(w.clone()))
                .chain([Value::Text("no-such-variant".into())])
                .collect(),
        };
        all = all
            .into_iter()
            .flat_map(|case| {
                values.iter().map(move |v| {
                    let mut c = case.clone();
                    c.push((name.clone(), v.clone()));
                    c
                })
            })
            .collect();
    }
    all
}

/// Each language's exported catalog (`i18n::export`'s format, written by
/// the build whatever the features).
const CATALOGS: [&str; 4] = [
    include_str!(concat!(env!("OUT_DIR"), "/en.catalog")),
    include_str!(concat!(env!("OUT_DIR"), "/uk.catalog")),
    include_str!(concat!(env!("OUT_DIR"), "/ja.catalog")),
    include_str!(concat!(env!("OUT_DIR"), "/pt.catalog")),
];

/// A language the build leaves out (`--no-default-features --features
/// lang-en,tzdb`, as `scripts/test` runs) is loaded as the widget loads it
/// (`i18n::load`), so the same renderer is compared in every build.
fn load_what_is_not_compiled_in() {
    for (lang, catalog) in Lang::ALL.into_iter().zip(CATALOGS) {
        if i18n::export(lang).is_none() {
            assert_eq!(i18n::load(catalog), Ok(lang));
        }
    }
}

fn source(lang: Lang) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(format!("{}.ftl", lang.code()));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_message_renders_as_fluent_bundle_renders_it() {
    load_what_is_not_compiled_in();
    let mut compared = 0usize;
    let mut wrong = Vec::new();
    for lang in Lang::ALL {
        let resource = FluentResource::try_new(source(lang))
            .unwrap_or_else(|(_, e)| panic!("{lang}.ftl does not parse: {e:?}"));
        let mut bundle = FluentBundle::new(vec![lang.code().parse().unwrap()]);
        bundle.set_use_isolating(false);
        let uses = Uses::new(&resource);
        bundle
            .add_resource(&resource)
            .unwrap_or_else(|e| panic!("{lang}.ftl: {e:?}"));
        assert!(!uses.messages.is_empty(), "{lang}.ftl has no messages");
        for (key, pattern) in &uses.messages {
            assert!(
                i18n::is_translated(lang, key),
                "{lang}.ftl's '{key}' is not in core's {lang} table"
            );
            let mut vars = BTreeMap::new();
            uses.of(pattern, &mut vars, 0);
            let mut all = vec![Vec::new()];
            all.extend(cases(&vars, false));
            if vars.values().any(|u| *u == Use::Placed) {
                all.extend(cases(&vars, true));
            }
            for case in all {
                let ours: Vec<(&str, Arg)> = case
                    .iter()
                    .map(|(n, v)| {
                        let a = match v {
                            Value::Num(n) => Arg::Num(*n),
                            Value::Text(t) => Arg::Str(t.clone()),
                        };
                        (n.as_str(), a)
                    })
                    .collect();
                let mut theirs = FluentArgs::new();
                for (n, v) in &case {
                    match v {
                        Value::Num(x) => theirs.set(n.as_str(), FluentValue::from(*x)),
                        Value::Text(t) => theirs.set(n.as_str(), FluentValue::from(t.as_str())),
                    }
                }
                let message = bundle.get_message(key).unwrap();
                let mut errors = Vec::new();
                let expected =
                    bundle.format_pattern(message.value().unwrap(), Some(&theirs), &mut errors);
                let got = i18n::format(lang, key, &ours);
                compared += 1;
                if got != expected {
                    wrong.push(format!(
                        "{lang} {key} {case:?}:\n  core          {got:?}\n  fluent-bundle {expected:?}"
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {compared} renderings differ, first 10:\n{}",
        wrong.len(),
        wrong[..wrong.len().min(10)].join("\n")
    );
    // A catalog's worth of messages, most with several argument sets.
    println!("{compared} renderings compared");
    assert!(compared > 1000, "only {compared} renderings compared");
}

//! Every catalog key the view (`widget/js/**/*.js`) asks for exists in
//! core's catalog (`i18n::keys()`, which is `core/locales/en.ftl`'s keys).
//! A key the catalog lacks renders as the key itself in a release build,
//! silently; this finds it before a page does.
//!
//! The view asks for a text two ways, both read here from its sources:
//! - `t(…)` (`ctx.t(…)`, `model.t(…)`): every string literal in the first
//!   argument is a key (`t(several ? 'zone-several' : 'zone-none')`). A
//!   first argument with no literal, or a template with `${…}`, is a key
//!   built at run time: it must be one of [`DYNAMIC`], which says where
//!   its keys are read from; any other fails the test, naming it.
//! - `data-t="…"` in `view/markup.js` (`render` gives each element the
//!   text for its key): literal keys, and the helpers' templates
//!   (`data-t="label-${key}"`), each expanded from the helpers' calls in
//!   the same file by [`markup_keys`]; an unknown template fails the test.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use regex::Regex;

/// A call whose key is built at run time: its file, its first argument as
/// written, and where its keys come from (read from the same file).
struct Dynamic {
    file: &'static str,
    arg: &'static str,
    keys: fn(&str) -> Vec<String>,
}

fn literals(s: &str) -> Vec<String> {
    Regex::new(r#"'([^'\\]*)'|"([^"\\]*)"|`([^`$\\]*)`"#)
        .unwrap()
        .captures_iter(s)
        .map(|c| {
            c.get(1)
                .or(c.get(2))
                .or(c.get(3))
                .unwrap()
                .as_str()
                .to_owned()
        })
        .collect()
}

/// The literals of the first `const <name> = …;` in `text`.
fn const_literals(text: &str, name: &str) -> Vec<String> {
    let re = Regex::new(&format!(r"const {name} = ([^;]+);")).unwrap();
    let c = re
        .captures(text)
        .unwrap_or_else(|| panic!("no `const {name} = …;`"));
    literals(&c[1])
}

const DYNAMIC: &[Dynamic] = &[
    // `render` and the topics: the keys of `data-t` attributes (markup_keys).
    Dynamic {
        file: "view/dom.js",
        arg: "e.dataset.t",
        keys: |_| Vec::new(),
    },
    Dynamic {
        file: "view/form.js",
        arg: "e.dataset.t",
        keys: |_| Vec::new(),
    },
    // The view's `t`, forwarding to the model: its callers are checked.
    Dynamic {
        file: "view.js",
        arg: "key",
        keys: |_| Vec::new(),
    },
    // The counter: `over` is 'chars-over' or 'chars-over-at-least'.
    Dynamic {
        file: "view/form.js",
        arg: "over",
        keys: |text| const_literals(text, "over"),
    },
    // The day marker: `later` is 'day-later' or 'day-earlier'.
    Dynamic {
        file: "view/slots.js",
        arg: "later",
        keys: |text| const_literals(text, "later"),
    },
    Dynamic {
        file: "view/slots.js",
        arg: "`${later}-long`",
        keys: |text| {
            const_literals(text, "later")
                .into_iter()
                .map(|k| k + "-long")
                .collect()
        },
    },
    // The calendar links: `link('button-ics', …)`.
    Dynamic {
        file: "view/outputs.js",
        arg: "key",
        keys: |text| {
            let re = Regex::new(r"\blink\(\s*'([^']+)'").unwrap();
            let keys: Vec<String> = re.captures_iter(text).map(|c| c[1].to_owned()).collect();
            assert!(
                !keys.is_empty(),
                "view/outputs.js: no `link('key', …)` call"
            );
            keys
        },
    },
];

/// `text` without `/* … */` comments and whole-line `//` comments.
fn strip_comments(text: &str) -> String {
    let text = Regex::new(r"(?s)/\*.*?\*/").unwrap().replace_all(text, "");
    let text = Regex::new(r"(?m)^\s*//.*$").unwrap().replace_all(&text, "");
    text.into_owned()
}

/// The first argument of the call whose `(` ends at `open` (exclusive),
/// as written: up to the first `,` or `)` outside brackets and strings.
fn first_arg(text: &str, open: usize) -> &str {
    let b = text.as_bytes();
    let (mut i, mut depth) = (open, 0usize);
    while i < b.len() {
        match b[i] {
            q @ (b'\'' | b'"' | b'`') => {
                i += 1;
                while i < b.len() && b[i] != q {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth > 0 => depth -= 1,
            b',' | b')' if depth == 0 => return text[open..i].trim(),
            _ => {}
        }
        i += 1;
    }
    text[open..].trim()
}

/// Every key the `t(…)` calls of `file` (its text, comments stripped)
/// name; an `Err` for a call that builds its key some way [`DYNAMIC`]
/// does not list.
fn call_keys(
    file: &str,
    text: &str,
    seen: &mut BTreeSet<(String, String)>,
) -> Result<Vec<String>, String> {
    let mut keys = Vec::new();
    let template = Regex::new(r"`[^`]*\$\{").unwrap();
    for m in Regex::new(r"\bt\(").unwrap().find_iter(text) {
        let arg = first_arg(text, m.end());
        let found = literals(arg);
        let built = found.is_empty() || template.is_match(arg);
        if !built {
            keys.extend(found);
            continue;
        }
        let Some(d) = DYNAMIC.iter().find(|d| d.file == file && d.arg == arg) else {
            return Err(format!(
                "{file}: t({arg}, …) builds its key at run time; list where its keys come from in DYNAMIC"
            ));
        };
        seen.insert((d.file.to_owned(), d.arg.to_owned()));
        keys.extend((d.keys)(text));
    }
    Ok(keys)
}

/// The keys `view/markup.js`'s `data-t` attributes give: literal ones, and
/// its helpers' templates expanded from their calls.
fn markup_keys(text: &str, topics: &[String]) -> Result<Vec<String>, String> {
    let mut keys = Vec::new();
    let data_t = Regex::new(r#"data-t="([^"]*)""#).unwrap();
    // The helpers' templates, which the expansion below knows.
    let known = [
        "${kind}",
        "label-${key}",
        "help-${key}",
        "${key}",
        "help-${key.replace(/^label-/, '')}",
        "${key.replace('label', 'help').replace('heading', 'help')}",
    ];
    for c in data_t.captures_iter(text) {
        let k = &c[1];
        if !k.contains("${") {
            keys.push(k.to_owned());
        } else if !known.contains(&k) {
            return Err(format!(
                "view/markup.js: data-t=\"{k}\" is a template this test cannot expand; teach markup_keys"
            ));
        }
    }
    let cap = |re: &str| -> Vec<Vec<String>> {
        Regex::new(re)
            .unwrap()
            .captures_iter(text)
            .map(|c| {
                c.iter()
                    .skip(1)
                    .map(|m| m.map_or("", |m| m.as_str()).to_owned())
                    .collect()
            })
            .collect()
    };
    // field('alternative_time', 'required', …): label-…, help-… (the
    // first '_' a '-', as JS's `replace`), and the mark's key.
    for c in cap(r"\bfield\('([a-z_]+)', '([a-z]*)'") {
        let key = c[0].replacen('_', "-", 1);
        keys.push(format!("label-{key}"));
        keys.push(format!("help-{key}"));
        if !c[1].is_empty() {
            keys.push(c[1].clone());
        }
    }
    // check(id, name, value, 'label-…'): the key and help-… without label-.
    let mut checks: Vec<String> = cap(r"\bcheck\('[^']*', '[^']*', [^,]+, '([a-z-]+)'\)")
        .into_iter()
        .map(|c| c[0].clone())
        .collect();
    // TOPIC(v) is check(…, `topic-${v}`) for each of core's topic ids.
    if text.contains("check(`ofs-topic-${v}`, 'topics', v, `topic-${v}`)") {
        checks.extend(topics.iter().map(|t| format!("topic-{t}")));
    } else {
        return Err("view/markup.js: TOPIC changed; teach markup_keys its keys".into());
    }
    for k in checks {
        keys.push(format!("help-{}", k.strip_prefix("label-").unwrap_or(&k)));
        keys.push(k);
    }
    // group(name, 'label-…', 'required', …): the key, its help (label or
    // heading → help, as JS's first-match `replace`) and the mark's key.
    for c in cap(r"\bgroup\('[a-z]+', '([a-z-]+)', '([a-z]*)'") {
        keys.push(
            c[0].replacen("label", "help", 1)
                .replacen("heading", "help", 1),
        );
        keys.push(c[0].clone());
        if !c[1].is_empty() {
            keys.push(c[1].clone());
        }
    }
    Ok(keys)
}

fn js_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            js_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "js") {
            out.push(p);
        }
    }
}

/// Every key the view under `js` asks for, or what this test cannot read.
fn view_keys(js: &Path) -> Result<BTreeSet<String>, String> {
    let topics: Vec<String> = otel_feedback_core::request::Topic::ALL
        .iter()
        .map(|t| {
            serde_json::to_value(t)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let mut files = Vec::new();
    js_files(js, &mut files);
    files.sort();
    let mut keys = BTreeSet::new();
    let mut seen = BTreeSet::new();
    for path in &files {
        let name = path
            .strip_prefix(js)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let text = strip_comments(&std::fs::read_to_string(path).unwrap());
        keys.extend(call_keys(&name, &text, &mut seen)?);
        if name == "view/markup.js" {
            keys.extend(markup_keys(&text, &topics)?);
        }
    }
    for d in DYNAMIC {
        if !seen.contains(&(d.file.to_owned(), d.arg.to_owned())) {
            return Err(format!(
                "DYNAMIC lists t({}) in {}, which no longer has it",
                d.arg, d.file
            ));
        }
    }
    Ok(keys)
}

fn missing(keys: &BTreeSet<String>) -> Vec<&String> {
    let catalog: BTreeSet<&str> = otel_feedback_core::i18n::keys().collect();
    keys.iter()
        .filter(|k| !catalog.contains(k.as_str()))
        .collect()
}

fn js_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("js")
}

#[test]
fn every_key_the_view_asks_for_is_in_cores_catalog() {
    let keys = view_keys(&js_dir()).unwrap_or_else(|e| panic!("{e}"));
    // The extraction reads what it should: each way of asking is found.
    for k in [
        "notice-copied",         // t('…')
        "zone-did-you-mean",     // t(a ? '…' : '…')
        "day-earlier-long",      // t(`${later}-long`)
        "button-ics-series",     // link('…')
        "button-request",        // data-t="…"
        "help-alternative-time", // field('alternative_time')
        "help-delete-recording", // check(…, 'label-delete-recording')
        "help-topic-adoption",   // TOPIC
        "contact-help",          // group(…, 'contact-heading')
        "required",              // mark
    ] {
        assert!(keys.contains(k), "the extraction missed {k}: {keys:?}");
    }
    assert!(keys.len() > 60, "only {} keys found", keys.len());
    let missing = missing(&keys);
    assert!(
        missing.is_empty(),
        "the view asks for keys core's catalog (core/locales/en.ftl) does not have: {missing:?}"
    );
}

/// The test above fails on a view that asks for a misspelled key, or
/// builds one in a way it does not know: a copy of `js/` with one
/// change each.
#[test]
fn a_misspelled_or_unlisted_key_fails() {
    let copy = |name: &str, from: &str, to: &str| -> PathBuf {
        let root =
            std::env::temp_dir().join(format!("otel-view-keys-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let mut files = Vec::new();
        js_files(&js_dir(), &mut files);
        for f in files {
            let rel = f.strip_prefix(js_dir()).unwrap();
            let dest = root.join(rel);
            std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
            let text = std::fs::read_to_string(&f).unwrap();
            std::fs::write(dest, text.replace(from, to)).unwrap();
        }
        root
    };
    let typo = copy("typo", "t('notice-copied')", "t('notice-copyed')");
    let keys = view_keys(&typo).unwrap();
    assert_eq!(missing(&keys), [&"notice-copyed".to_owned()]);
    let markup = copy(
        "markup",
        "data-t=\"button-request\"",
        "data-t=\"button-requets\"",
    );
    assert_eq!(
        missing(&view_keys(&markup).unwrap()),
        [&"button-requets".to_owned()]
    );
    let built = copy("built", "t('notice-copied')", "t(`notice-${what}`)");
    assert!(view_keys(&built)
        .unwrap_err()
        .contains("t(`notice-${what}`"));
    for dir in [typo, markup, built] {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// The list's load on a page whose site's build listed the sessions has
/// only the texts core's build wrote (`site::texts::LIST_KEYS`): every key
/// the list's files ask for (the view, the session list, the zone picker)
/// must be one of them, or that page would show the key.
#[test]
fn every_key_the_list_asks_for_is_in_the_builds_list_texts() {
    let js = js_dir();
    let list: BTreeSet<&str> = otel_feedback_core::site::texts::LIST_KEYS
        .iter()
        .copied()
        .collect();
    let mut seen = BTreeSet::new();
    let mut asked = Vec::new();
    for file in ["view.js", "view/slots.js", "view/picker.js"] {
        let text = strip_comments(&std::fs::read_to_string(js.join(file)).unwrap());
        asked.extend(call_keys(file, &text, &mut seen).unwrap_or_else(|e| panic!("{e}")));
    }
    assert!(asked.len() >= 10, "only {asked:?} found");
    let lacking: Vec<&String> = asked
        .iter()
        .filter(|k| !list.contains(k.as_str()))
        .collect();
    assert!(
        lacking.is_empty(),
        "the list asks for keys core's build data lacks (add them to site::texts::LIST_KEYS): {lacking:?}"
    );
}

//! Compiles the Fluent catalogs in `locales/*.ftl` into static Rust tables.
//!
//! Parsing happens here, at build time, with `fluent-syntax`; the runtime in
//! `src/i18n/` only walks the tables (text, `{ $var }`, and `{ $n -> ... }`
//! selection by CLDR plural category). See `locales/README.md` for why.
//!
//! The compiler is `build/compile.rs` (tested by `tests/build_compiler.rs`);
//! this file only reads the sources and writes what it returns. The build
//! fails, naming the file and key, when a catalog has a syntax error, a key
//! that `en.ftl` lacks, a construct the runtime does not support
//! (functions, attributes), or a variable `en.ftl` does not use.

use std::path::Path;

#[path = "build/compile.rs"]
#[allow(dead_code)] // the test uses more of it
mod compile;

/// The languages compiled in, `en` first (it is the reference and fallback).
const LANGS: [&str; 4] = ["en", "uk", "ja", "pt"];

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut sources = Vec::new();
    for lang in LANGS {
        let path = dir.join(format!("{lang}.ftl"));
        println!("cargo:rerun-if-changed={}", path.display());
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        sources.push((lang, source));
    }
    let sources: Vec<(&str, &str)> = sources.iter().map(|(l, s)| (*l, s.as_str())).collect();
    // `lang-en`, `lang-uk`, `lang-ja`, `lang-pt`: a build without one ships
    // no text for it (see Cargo.toml).
    let included = |lang: &str| {
        std::env::var_os(format!("CARGO_FEATURE_LANG_{}", lang.to_uppercase())).is_some()
    };
    let generated = compile::generate(&sources, included).unwrap_or_else(|e| panic!("{e}"));
    let out_dir = Path::new(&std::env::var("OUT_DIR").unwrap()).to_path_buf();
    for (lang, text) in &generated.catalogs {
        std::fs::write(out_dir.join(format!("{lang}.catalog")), text).unwrap();
    }
    std::fs::write(out_dir.join("catalog.rs"), generated.tables).unwrap();
}

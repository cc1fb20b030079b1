//! `otel-feedback catalog <lang> [--messages]` and `catalog --list`: a
//! language's compiled catalog for a page to load at run time, and the
//! languages with one.

use otel_feedback_core::i18n::{self, Lang};

use crate::shared::{usage, UsageError};

#[derive(clap::Args, Debug)]
pub struct CatalogArgs {
    /// The language: en, uk, ja or pt.
    #[arg(value_name = "LANG", required_unless_present = "list")]
    pub lang: Option<String>,
    /// Only the composed messages' texts (a page composing in this language
    /// while showing another).
    #[arg(long)]
    pub messages: bool,
    /// Print the languages with a catalog, one code per line (the list the
    /// build, the package and the Hugo shortcode are checked against).
    #[arg(long, conflicts_with_all = ["lang", "messages"])]
    pub list: bool,
}

/// `otel-feedback catalog <lang>`: the text `i18n::load` reads.
pub fn run(args: &CatalogArgs) -> Result<String, UsageError> {
    if args.list {
        return Ok(Lang::ALL
            .iter()
            .map(|l| format!("{}\n", l.code()))
            .collect());
    }
    let code = args.lang.as_deref().unwrap_or_default();
    let Some(lang) = Lang::from_code(code.trim()) else {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        return Err(usage(format!(
            "catalog: unknown language '{code}'; use one of {}",
            codes.join(", ")
        )));
    };
    let export = if args.messages {
        i18n::export_messages
    } else {
        i18n::export
    };
    export(lang).ok_or_else(|| {
        usage(format!(
            "catalog: this build has no '{lang}' catalog; build with the core feature lang-{lang}"
        ))
    })
}

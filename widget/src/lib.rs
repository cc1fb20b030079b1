//! # otel-feedback-widget
//!
//! The `<otel-feedback-session>` web component: the slot list in the
//! visitor's zone, the request form and its outputs, in an open shadow
//! root. The JS entry (`js/otel-feedback.js`) loads the module, reads the
//! element's attributes and calls [`mount`]; [`mount`] checks the
//! configuration and hands a [`Widget`] (the model) to the view,
//! `js/view.js`, which wasm-bindgen ships in the package.
//!
//! The crate is built into two wasm modules (`scripts/build-widget`):
//! feature `list`, the page's load ([`mount`] and the list's answers), and
//! feature `form`, loaded only when the visitor opens the form
//! ([`form_model`]: the check and its outputs). The default, both, is what
//! the tests and a native build use.
//!
//! **Architecture invariant:** every rule (schedule, validation, message
//! text, links, calendar files) lives in `otel-feedback-core`; this crate
//! asks core and answers the view; the view only draws what it is given and
//! reads what the visitor does. Zones: every zone, the schedule's source
//! zone included, from the browser's `Intl` ([`intl::IntlZones`]); the wasm
//! carries no tz data (browsers update theirs faster than a widget
//! release could).
//!
//! The DOM is driven from a small JS view rather than web-sys: the same
//! code in web-sys cost the wasm ~30 KB gzip (each DOM call carries its
//! own marshaling), against ~5 KB for the view (docs/widget.md, "Size").
#![deny(missing_debug_implementations)]

pub mod catalog;
pub mod intl;
pub mod jsconfig;
pub mod model;
pub mod request;
pub mod strings;
pub mod text;

use chrono::DateTime;
use js_sys::Reflect;
use wasm_bindgen::prelude::*;
#[cfg(feature = "list")]
use web_sys::HtmlElement;

pub use intl::{IntlZone, IntlZones};
pub use model::Widget;

// The view's modules (js/view/*.js), which js/view.js imports: each is
// named here so that wasm-bindgen ships it beside view.js. Only the list's
// build (feature `list`) draws; the form's build has no view of its own.
#[cfg(feature = "list")]
#[wasm_bindgen(module = "/js/view/dom.js")]
extern "C" {
    #[wasm_bindgen(js_name = el)]
    fn _ship_dom();
}
#[cfg(feature = "list")]
#[wasm_bindgen(module = "/js/view/draft.js")]
extern "C" {
    #[wasm_bindgen(js_name = parse)]
    fn _ship_draft();
}
#[cfg(feature = "list")]
#[wasm_bindgen(module = "/js/view/form.js")]
extern "C" {
    #[wasm_bindgen(js_name = form)]
    fn _ship_form();
}
#[cfg(feature = "list")]
#[wasm_bindgen(module = "/js/view/errors.js")]
extern "C" {
    #[wasm_bindgen(js_name = clearErrors)]
    fn _ship_errors();
}
#[cfg(feature = "list")]
#[wasm_bindgen(module = "/js/view/markup.js")]
extern "C" {
    #[wasm_bindgen(js_name = TOPIC)]
    fn _ship_markup();
}
#[cfg(feature = "list")]
#[wasm_bindgen(module = "/js/view/outputs.js")]
extern "C" {
    #[wasm_bindgen(js_name = copy)]
    fn _ship_outputs();
}
#[cfg(feature = "list")]
#[wasm_bindgen(module = "/js/view/slots.js")]
extern "C" {
    #[wasm_bindgen(js_name = drawSlots)]
    fn _ship_slots();
}
#[cfg(feature = "list")]
#[wasm_bindgen(module = "/js/view/store.js")]
extern "C" {
    #[wasm_bindgen(js_name = openStore)]
    fn _ship_store();
}
#[cfg(feature = "list")]
#[wasm_bindgen(module = "/js/view.js")]
extern "C" {
    /// Draws the widget for `model` into `host`'s shadow root and wires its
    /// events (`js/view.js`), in `lang` (the page language), with at most
    /// `max` sessions picked; throws when it cannot (a shadow root is
    /// attached already).
    #[wasm_bindgen(catch)]
    fn view(
        host: &HtmlElement,
        model: Widget,
        options: &JsValue,
        lang: &str,
        max: usize,
    ) -> Result<(), JsValue>;
}

fn get(opts: &JsValue, key: &str) -> JsValue {
    if opts.is_object() {
        Reflect::get(opts, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    }
}

pub use jsconfig::parse_config;

#[cfg(feature = "list")]
/// The short, non-technical notice shown next to the page's fallback when
/// the widget cannot start (an invalid configuration), in `lang`; `strings`
/// (an object of key → text, optional) may override it
/// (`notice-unavailable`).
#[wasm_bindgen(js_name = failureNotice)]
pub fn failure_notice(lang: &str, strings: JsValue) -> String {
    let mut overrides = strings::Overrides::new();
    if strings.is_object() {
        let _ = jsconfig::string_map(&strings, &mut overrides);
    }
    strings::Strings::new(lang, overrides).t("notice-unavailable")
}

/// Loads a language's catalog (core's `i18n::export` format, as
/// `otel-feedback catalog <lang>` writes it): the wasm compiles no text in,
/// so a page loads its language's catalog, or English's. One that cannot
/// be used (a file from another version, a broken download) is reported
/// with `console.warn` and left out; the entry then loads English's.
#[wasm_bindgen(js_name = loadCatalog)]
pub fn load_catalog(text: &str) -> bool {
    match otel_feedback_core::i18n::load(text) {
        Ok(_) => true,
        Err(e) => {
            let mut m = String::from("<otel-feedback-session>: language catalog not used: ");
            m.push_str(&e.message());
            web_sys::console::warn_1(&JsValue::from_str(&m));
            false
        }
    }
}

/// The catalog the composed messages still need, given the page's
/// configuration (JSON text): the code of `message_lang`'s language (`en`
/// by default) when no catalog loaded so far has its messages, else an
/// empty text. The entry then fetches that language's message catalog
/// (`otel-feedback.<code>.messages.catalog`) and loads it into the form's
/// wasm: a Ukrainian page composes its English message from it. Both
/// builds answer it, alike (they load the same catalogs): the list's, so
/// that the catalog is fetched together with the form's module and wasm
/// (one round trip, not three); the form's, which loads it.
#[wasm_bindgen(js_name = messageCatalog)]
pub fn message_catalog(config: &str) -> String {
    let Ok((config, _)) = parse_config(config) else {
        return String::new();
    };
    let lang = otel_feedback_core::compose::message_lang(&config);
    if otel_feedback_core::i18n::is_translated(lang, "msg-title") {
        String::new()
    } else {
        lang.code().to_owned()
    }
}

/// The model for a page's `options` (as [`mount`] takes them): the
/// configuration checked by core, the page's texts over the loaded
/// catalogs, the language and the clock. Answers the page language too.
fn model(options: &JsValue) -> Result<(Widget, String), JsValue> {
    let text = |k: &str| get(options, k).as_string();
    if let Some(catalog) = text("catalog") {
        load_catalog(&catalog);
    }
    let (config, mut strings) = parse_config(&text("config").unwrap_or_default())?;
    let page_strings = get(options, "strings");
    if let Some(json) = page_strings.as_string() {
        jsconfig::string_map(&jsconfig::parse(&json)?, &mut strings)?;
    } else if page_strings.is_object() {
        jsconfig::string_map(&page_strings, &mut strings)?;
    }
    let lang = text("lang")
        .filter(|l| !text::trim(l).is_empty())
        .unwrap_or_else(|| "en".into());
    let now = get(options, "now")
        .as_f64()
        .and_then(|ms| DateTime::from_timestamp_millis(ms as i64));
    // The wasm compiles no text in: without a loaded catalog every text
    // would show as its key.
    if catalog::lookup(&lang, "sessions-heading", &[]).is_none() {
        return Err(JsValue::from_str(
            "no language catalog is loaded; load one first (loadCatalog, or mount's `catalog` option)",
        ));
    }
    config
        .validate(&IntlZones)
        .map_err(|e| JsValue::from_str(&text::cat(&["invalid configuration: ", &e.message()])))?;
    let model = Widget::new(config, strings::Strings::new(&lang, strings), now);
    Ok((model, lang))
}

/// Mounts the widget on `host`: the list of sessions (the form is the
/// view's to load, on request: [`form_model`]).
///
/// `options` (all optional): `config` (JSON text), `catalog` (the page
/// language's catalog text, see [`load_catalog`]), `strings` (an object of
/// key → text, or JSON text), `lang`, `tz`, `css` (stylesheet URL), `now`
/// (ms since the epoch, for tests and demos), `storage` (`false` to keep
/// nothing in localStorage). Throws a message saying what failed; nothing
/// is attached then, so the page's fallback stays.
#[cfg(feature = "list")]
#[wasm_bindgen]
pub fn mount(host: HtmlElement, options: JsValue) -> Result<(), JsValue> {
    let (model, lang) = model(&options)?;
    let max = model.max();
    view(&host, model, &options, &lang, max)
}

/// Core's language negotiation (`Lang::negotiate`): the language code a
/// tag or an Accept-Language-style list asks for. The entry's copy
/// (`js/lang.js`) is tested against it.
#[cfg(feature = "list")]
#[wasm_bindgen(js_name = negotiateLang)]
pub fn negotiate_lang(tags: &str) -> String {
    otel_feedback_core::i18n::Lang::negotiate(tags)
        .code()
        .to_owned()
}

/// The list's model for the same `options` as [`mount`]'s, without a
/// view: the answers a page's build data must match (tests/e2e's
/// two-paths test compares js/list-data.js with it).
#[cfg(feature = "list")]
#[wasm_bindgen(js_name = listModel)]
pub fn list_model(options: JsValue) -> Result<Widget, JsValue> {
    model(&options).map(|(model, _)| model)
}

/// The form's model, for the same `options` as [`mount`]'s, in the form's
/// own module (feature `form`, loaded when the visitor opens the form):
/// it checks a request and composes its outputs. The page language's
/// catalog and the message language's (see [`message_catalog`]) are
/// loaded into this module first. Throws what [`mount`] would.
#[cfg(feature = "form")]
#[wasm_bindgen(js_name = formModel)]
pub fn form_model(options: JsValue) -> Result<Widget, JsValue> {
    model(&options).map(|(model, _)| model)
}

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without the atomics feature runs the
    // module on one thread.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

//! The widget: builds the shadow-root UI, wires its events, and asks core
//! for every decision (sessions, validation, outputs).

use std::cell::RefCell;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use js_sys::{Array, Object, Reflect, JSON};
use otel_feedback_core::config::Config;
use otel_feedback_core::schedule::Occurrence;
use otel_feedback_core::zone::{Chain, Tzdb, ZoneRules, ZoneSource};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, Event, HtmlElement, HtmlInputElement, HtmlTextAreaElement, ShadowRoot, ShadowRootInit,
    ShadowRootMode,
};

use crate::dom::{all, cat, clear, num, set, show, tokens, trim, unset, Dom, Store};
use crate::intl::{self, IntlZones};
use crate::request::{self, Form, Outputs};
use crate::slots::{self, SlotFormat};
use crate::strings::Strings;
use otel_feedback_core::request::FieldError;

/// localStorage keys.
pub const KEY_TZ: &str = "otel-feedback:tz";
/// The 12/24-hour choice (`12` or `24`).
pub const KEY_HOUR12: &str = "otel-feedback:hour12";
/// The draft request (JSON).
pub const KEY_DRAFT: &str = "otel-feedback:draft";

/// Every field an error may point at, in page order.
const PAGE_ORDER: [&str; 12] = [
    "slots",
    "alternative_time",
    "organization",
    "name",
    "role",
    "contact",
    "email",
    "slack",
    "topics",
    "details",
    "delete_recording",
    "anonymize_post",
];

/// What the page passes to `mount`.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The configuration (site overrides on top of core's defaults).
    pub config: Config,
    /// The page language (BCP 47).
    pub lang: String,
    /// The visitor's zone when the page overrides it.
    pub tz: Option<String>,
    /// URL of the stylesheet, loaded inside the shadow root.
    pub css: Option<String>,
    /// "Now", for tests and demos; the browser's clock otherwise.
    pub now: Option<DateTime<Utc>>,
    /// The widget's texts.
    pub strings: Strings,
    /// Whether to use localStorage (tests turn it off).
    pub storage: bool,
}

struct Els {
    container: Element,
    notice: Element,
    tz_input: HtmlInputElement,
    list: Element,
    no_slot: HtmlInputElement,
    form: Element,
    summary: Element,
    output: Element,
}

struct App {
    dom: Dom,
    root: ShadowRoot,
    config: Config,
    s: Strings,
    store: Store,
    now: DateTime<Utc>,
    zone_name: String,
    zone: Box<dyn ZoneRules>,
    hour12: bool,
    sessions: Vec<Occurrence>,
    zones: Zones,
    els: Els,
}

type Shared = Rc<RefCell<App>>;

fn zones() -> Zones {
    Zones { intl_first: false }
}

/// Where zone rules come from: chrono-tz (the schedule's source zones,
/// compiled in) then the browser's `Intl`; or, once the browser disagreed
/// with chrono-tz about a shown session, `Intl` first (browsers update tz
/// data faster than a widget release does).
#[derive(Debug, Clone, Copy)]
pub struct Zones {
    /// Ask `Intl` before chrono-tz.
    pub intl_first: bool,
}

impl ZoneSource for Zones {
    fn resolve(&self, name: &str) -> Option<Box<dyn ZoneRules>> {
        if self.intl_first {
            Chain(IntlZones, Tzdb).resolve(name)
        } else {
            Chain(Tzdb, IntlZones).resolve(name)
        }
    }
}

/// Mounts the widget on `host`. On error nothing is attached: the page's
/// fallback stays, and the error says what failed.
pub fn mount(host: &HtmlElement, opts: Options) -> Result<(), String> {
    let dom = Dom::new().ok_or("no document")?;
    let now = opts.now.unwrap_or_else(|| {
        DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
    });
    opts.config
        .validate(&zones())
        .map_err(|e| cat(&["invalid configuration: ", &e.to_string()]))?;
    let store = if opts.storage {
        Store::open()
    } else {
        Store::none()
    };
    let s = opts.strings;

    // The visitor's zone: the page's `tz`, else the remembered choice, else
    // what the browser reports.
    let wanted = opts
        .tz
        .filter(|t| !trim(t).is_empty())
        .or_else(|| store.get(KEY_TZ))
        .unwrap_or_else(intl::detected_zone);
    let hour12 = match store.get(KEY_HOUR12).as_deref() {
        Some("12") => true,
        Some("24") => false,
        _ => intl::locale_uses_12h(s.lang()),
    };

    let container = dom.el("div", "ofs");
    set(&container, "lang", s.lang());
    let els = build(&s, &opts.config, &container, hour12);
    let root = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .map_err(|_| "cannot attach a shadow root (one is attached already?)")?;
    let ready = || set(host, "data-state", "ready");
    match &opts.css {
        Some(href) => {
            // Show the UI once the stylesheet has arrived (or failed), so it
            // never flashes unstyled.
            show(&container, false);
            let link = dom.el("link", "");
            set(&link, "rel", "stylesheet");
            set(&link, "href", href);
            let (c, h) = (container.clone(), host.clone());
            let done = Closure::<dyn FnMut()>::new(move || {
                show(&c, true);
                set(&h, "data-state", "ready");
            });
            let f = done.as_ref().unchecked_ref();
            let _ = link.add_event_listener_with_callback("load", f);
            let _ = link.add_event_listener_with_callback("error", f);
            done.forget();
            let _ = root.append_child(&link);
        }
        None => ready(),
    }
    let _ = root.append_child(&container);

    let app = Rc::new(RefCell::new(App {
        dom,
        root,
        config: opts.config,
        s,
        store,
        now,
        zone_name: String::new(),
        zone: Box::new(Utc),
        hour12,
        sessions: Vec::new(),
        zones: zones(),
        els,
    }));
    app.borrow_mut().set_zone(&wanted, false);
    app.borrow_mut().render_slots();
    app.borrow().restore_draft();
    wire(&app);
    Ok(())
}

/// The widget's static markup (`ui.html`, and `ui-output.html` for the
/// output section), parsed into the container.
///
/// It holds no text: every element with `data-t="key"` gets its
/// `textContent` from [`Strings`] (page overrides, then core's catalog) with
/// the arguments `max` (`max_preferred`) and
/// `channel` (the Slack channel's name). Nothing in it comes from the page
/// or the visitor; the dynamic parts (sessions, errors, output links) are
/// built with `createElement` and `textContent`. Each line's leading spaces
/// are dropped before parsing, so no whitespace text node sits between
/// inline elements. Its ids, classes and `data-*` attributes are the DOM
/// contract in docs/widget.md.
const UI: [&str; 2] = [include_str!("ui.html"), include_str!("ui-output.html")];

/// Part `n` of [`UI`] (0: the form, 1: the output section's content, parsed
/// only for a valid request), each line's leading spaces dropped.
fn markup(n: usize) -> String {
    let mut out = String::with_capacity(UI[n].len());
    let mut line_start = true;
    for c in UI[n].chars() {
        match c {
            '\n' | '\r' => line_start = true,
            ' ' if line_start => {}
            _ => {
                line_start = false;
                out.push(c);
            }
        }
    }
    out
}

/// Parses part `n` of the markup into `into` and sets the text of every
/// `[data-t]` element in it.
fn render(into: &Element, n: usize, s: &Strings, config: &Config) {
    into.set_inner_html(&markup(n));
    let max = num(config.max_preferred as u64);
    let args = [
        ("max", max.as_str()),
        ("channel", &config.slack.channel_name),
    ];
    for e in all(into, "[data-t]") {
        if let Some(key) = e.get_attribute("data-t") {
            e.set_text_content(Some(&s.get(&key, &args)));
        }
    }
}

fn build(s: &Strings, config: &Config, c: &Element, hour12: bool) -> Els {
    render(c, 0, s, config);
    let q = |selector: &str| c.query_selector(selector).ok().flatten().unwrap_throw();
    let hour12_input: HtmlInputElement = q("#ofs-hour12").unchecked_into();
    hour12_input.set_checked(hour12);
    Els {
        container: c.clone(),
        notice: q(".ofs-notice"),
        tz_input: q("#ofs-tz").unchecked_into(),
        list: q(".ofs-slot-list"),
        no_slot: q("#ofs-no-slot").unchecked_into(),
        form: q("#ofs-form"),
        summary: q(".ofs-error-summary"),
        output: q(".ofs-output"),
    }
}

impl App {
    fn by_id(&self, id: &str) -> Option<Element> {
        self.root.get_element_by_id(id)
    }

    /// Switches the visitor's zone; unknown names fall back to UTC with a
    /// notice. Returns whether `name` was known.
    fn set_zone(&mut self, name: &str, remember: bool) -> bool {
        let name = intl::current_name(trim(name), self.now);
        let name = name.as_str();
        // The visitor's zone: the browser's Intl first (every zone it knows), then
        // chrono-tz (a browser lacking a zone the wasm carries).
        let found = Chain(IntlZones, Tzdb).resolve(name);
        let known = found.is_some();
        match found {
            Some(z) => {
                self.zone = z;
                self.zone_name = name.to_owned();
                show(&self.els.notice, false);
                if remember {
                    self.store.put(KEY_TZ, name);
                }
            }
            None => {
                self.zone = Box::new(Utc);
                self.zone_name = "UTC".to_owned();
                self.els
                    .notice
                    .set_text_content(Some(&self.s.get("notice-zone-unknown", &[("zone", name)])));
                show(&self.els.notice, true);
            }
        }
        self.els.tz_input.set_value(&self.zone_name);
        known
    }

    fn checked_slots(&self) -> Vec<String> {
        self.form_slot_boxes()
            .into_iter()
            .filter(|b| b.checked())
            .map(|b| b.value())
            .collect()
    }

    fn form_slot_boxes(&self) -> Vec<HtmlInputElement> {
        all(&self.els.list, "input[name=slots]")
            .into_iter()
            .map(|e| e.unchecked_into())
            .collect()
    }

    /// (Re)draws the session list in the current zone and clock, keeping
    /// which sessions are ticked.
    fn render_slots(&mut self) {
        let keep = self.checked_slots();
        let upcoming = |zs: &Zones| {
            self.config
                .schedule
                .upcoming(self.now, self.config.sessions_shown, zs)
                .unwrap_or_default()
        };
        // Core's source-zone rules (chrono-tz) against the browser's: on a
        // difference the browser's answer is shown, with a warning.
        let core = upcoming(&zones());
        let browser = upcoming(&Zones { intl_first: true });
        let mut differ = false;
        for (c, b) in core.iter().zip(&browser) {
            if c.start != b.start {
                differ = true;
                let date = slots::rfc3339_local(c.source_local());
                let msg = cat(&[
                    "<otel-feedback-session>: this browser's time-zone data for ",
                    &c.source_zone,
                    " differs from the widget's on ",
                    date.get(..10).unwrap_or_default(),
                    ": showing the browser's time (",
                    &slots::rfc3339_utc(b.start),
                    " instead of ",
                    &slots::rfc3339_utc(c.start),
                    ")",
                ]);
                web_sys::console::warn_1(&JsValue::from_str(&msg));
            }
        }
        differ |= core.len() != browser.len();
        self.zones = Zones { intl_first: differ };
        self.sessions = if differ { browser } else { core };
        let zs = self.zones;
        clear(&self.els.list);
        let fmt = SlotFormat::new(self.s.lang(), &self.zone_name, self.hour12);
        let show_label = self.config.schedule.series.len() + self.config.schedule.extra.len() > 1;
        if self.sessions.is_empty() {
            self.dom.add_text(
                &self.els.list,
                "li",
                "ofs-empty",
                &self.s.t("sessions-none"),
            );
        }
        for (i, occ) in self.sessions.iter().enumerate() {
            // The source zone's rules (for its abbreviation, "PT"); zones
            // cache their Intl formatter, so this is cheap per session.
            let source = zs
                .resolve(&occ.source_zone)
                .unwrap_or_else(|| Box::new(Utc));
            let (li, input) = slots::row(
                &self.dom,
                &self.s,
                &fmt,
                occ,
                &*self.zone,
                &*source,
                i,
                show_label,
            );
            if keep.contains(&input.value()) {
                input.set_checked(true);
            }
            let _ = self.els.list.append_child(&li);
        }
        self.limit_slots();
    }

    /// At most `max_preferred` sessions: the others are disabled once the
    /// limit is reached.
    fn limit_slots(&self) {
        let boxes = self.form_slot_boxes();
        let n = boxes.iter().filter(|b| b.checked()).count();
        for b in boxes {
            b.set_disabled(!b.checked() && n >= self.config.max_preferred);
        }
    }

    /// The form as a JS object keyed by control name, the shape core's
    /// request and the draft take: a text field → its text; a checkbox whose
    /// value is `1` → whether it is ticked; other checkboxes (`topics`,
    /// `slots`) → the list of ticked values.
    fn state(&self) -> Object {
        let o = Object::new();
        for e in all(&self.els.form, "[name]") {
            let key = JsValue::from_str(&e.get_attribute("name").unwrap_or_default());
            let v: JsValue = match e.dyn_ref::<HtmlInputElement>() {
                Some(i) if i.type_() == "checkbox" && i.value() == "1" => i.checked().into(),
                Some(i) if i.type_() == "checkbox" => {
                    let list = Reflect::get(&o, &key)
                        .ok()
                        .filter(Array::is_array)
                        .map_or_else(Array::new, |l| Array::from(&l));
                    if i.checked() {
                        list.push(&i.value().into());
                    }
                    list.into()
                }
                Some(i) => i.value().into(),
                None => e.unchecked_ref::<HtmlTextAreaElement>().value().into(),
            };
            let _ = Reflect::set(&o, &key, &v);
        }
        o
    }

    fn save_draft(&self) {
        if let Some(json) = JSON::stringify(&self.state())
            .ok()
            .and_then(|j| j.as_string())
        {
            self.store.put(KEY_DRAFT, &json);
        }
    }

    /// Puts a saved draft (see [`App::state`]) back into the form.
    fn restore_draft(&self) {
        let Some(draft) = self
            .store
            .get(KEY_DRAFT)
            .and_then(|json| JSON::parse(&json).ok())
            .filter(JsValue::is_object)
        else {
            return;
        };
        for e in all(&self.els.form, "[name]") {
            let key = JsValue::from_str(&e.get_attribute("name").unwrap_or_default());
            let v = Reflect::get(&draft, &key).unwrap_or(JsValue::UNDEFINED);
            match e.dyn_ref::<HtmlInputElement>() {
                Some(i) if i.type_() == "checkbox" && i.value() == "1" => {
                    i.set_checked(v.as_bool().unwrap_or(false))
                }
                Some(i) if i.type_() == "checkbox" => i.set_checked(
                    Array::is_array(&v) && Array::from(&v).includes(&i.value().into(), 0),
                ),
                Some(i) => i.set_value(&v.as_string().unwrap_or_default()),
                None => e
                    .unchecked_ref::<HtmlTextAreaElement>()
                    .set_value(&v.as_string().unwrap_or_default()),
            }
        }
        self.limit_slots();
    }

    fn clear_errors(&self) {
        show(&self.els.summary, false);
        clear(&self.els.summary);
        for e in all(&self.els.container, "[aria-invalid]") {
            unset(&e, "aria-invalid");
            // Back to the help text only.
            if let Some(d) = e.get_attribute("aria-describedby") {
                let mut kept = String::new();
                for p in tokens(&d).filter(|p| !p.ends_with("-error")) {
                    if !kept.is_empty() {
                        kept.push(' ');
                    }
                    kept.push_str(p);
                }
                set(&e, "aria-describedby", &kept);
            }
        }
        for e in all(&self.els.container, ".ofs-error") {
            clear(&e);
            show(&e, false);
        }
    }

    /// The element an error points at: the field itself, or the fieldset
    /// for a group (`slots`, `topics`, `contact`).
    fn error_target(&self, field: &str) -> (String, Option<Element>) {
        let id = cat(&["ofs-", field]);
        let el = self.by_id(&id);
        (id, el)
    }

    fn show_errors(&self, errors: &[FieldError]) {
        // The summary lists the errors in page order (no sort: a generic
        // stable sort costs ~3 KB of wasm).
        let errors: Vec<&FieldError> = PAGE_ORDER
            .iter()
            .flat_map(|f| errors.iter().filter(move |e| e.field == *f))
            .chain(
                errors
                    .iter()
                    .filter(|e| !PAGE_ORDER.contains(&e.field.as_str())),
            )
            .collect();
        self.clear_errors();
        show(&self.els.output, false);
        let summary = &self.els.summary;
        let n = num(errors.len() as u64);
        self.dom.add_text(
            summary,
            "h3",
            "ofs-error-title",
            &self.s.get("errors-heading", &[("count", &n)]),
        );
        let ul = self.dom.add(summary, "ul", "");
        let mut first: Option<Element> = None;
        for err in errors {
            let (id, target) = self.error_target(&err.field);
            let li = self.dom.add(&ul, "li", "");
            let a = self.dom.add_text(&li, "a", "", &err.message);
            set(&a, "href", &cat(&["#", &id]));
            set(&a, "data-field", &err.field);
            let error_id = cat(&[&id, "-error"]);
            if let Some(slot) = self.by_id(&error_id) {
                let text = slot.text_content().unwrap_or_default();
                let joined = if text.is_empty() {
                    err.message.clone()
                } else {
                    cat(&[&text, " ", &err.message])
                };
                slot.set_text_content(Some(&joined));
                show(&slot, true);
            }
            if let Some(t) = target {
                set(&t, "aria-invalid", "true");
                let d = t.get_attribute("aria-describedby").unwrap_or_default();
                if !tokens(&d).any(|p| p == error_id) {
                    set(&t, "aria-describedby", trim(&cat(&[&d, " ", &error_id])));
                }
                if first.is_none() {
                    first = Some(t);
                }
            }
        }
        show(summary, true);
        if let Some(t) = first {
            focus_field(&t);
        } else {
            let _ = summary.unchecked_ref::<HtmlElement>().focus();
        }
    }

    fn submit(&self) {
        let form = Form::from_value(&self.state()).unwrap_or_default();
        match request::check(
            &self.zones,
            &self.config,
            self.s.lang(),
            &self.zone_name,
            self.now,
            form,
        ) {
            Err(errors) => self.show_errors(&errors),
            Ok(out) => {
                self.clear_errors();
                self.show_outputs(&out);
            }
        }
    }

    fn show_outputs(&self, out: &Outputs) {
        let dom = &self.dom;
        let s = &self.s;
        render(&self.els.output, 1, s, &self.config);
        let href = |id: &str, url: &str| {
            if let Some(a) = self.by_id(id) {
                set(&a, "href", url);
            }
        };
        if let Some(m) = self.by_id("ofs-message") {
            m.unchecked_ref::<HtmlTextAreaElement>()
                .set_value(&out.slack);
        }
        href("ofs-channel-app", &out.channel_app);
        href("ofs-channel-web", &out.channel_web);
        href("ofs-invite", &self.config.slack.invite_url);
        href("ofs-mailto", &out.mailto);
        if let Some(invite) = self.by_id("ofs-invite-item") {
            for (name, url) in &out.dms {
                let li = dom.el("li", "");
                let a = dom.add_text(&li, "a", "", &s.get("button-dm", &[("name", name)]));
                set(&a, "href", url);
                set(&a, "data-output", "slack-dm");
                let _ = invite.before_with_node_1(&li);
            }
        }
        if let Some(p) = self.by_id("ofs-mail-shortened") {
            show(&p, out.mailto_shortened);
        }
        if let Some(p) = self.by_id("ofs-mail-no-recipient") {
            show(&p, self.config.email.to.is_empty());
        }
        let Some(cal) = self.by_id("ofs-calendar-links") else {
            return;
        };
        let link = |text: &str, url: &str, output: &str| {
            let li = dom.add(&cal, "li", "");
            let a = dom.add_text(&li, "a", "", &s.t(text));
            set(&a, "href", url);
            set(&a, "data-output", output);
            a
        };
        for (i, ics) in out.ics.iter().enumerate() {
            let file = if i == 0 {
                "otel-feedback-session.ics".to_owned()
            } else {
                cat(&["otel-feedback-session-", &num(i as u64 + 1), ".ics"])
            };
            let a = link("button-ics", &data_url("text/calendar", ics), "ics");
            set(&a, "download", &file);
        }
        let a = link(
            "button-ics-series",
            &data_url("text/calendar", &out.ics_series),
            "ics-series",
        );
        set(&a, "download", "otel-end-user-sig.ics");
        for g in &out.gcal {
            let a = link("button-gcal", g, "gcal");
            set(&a, "target", "_blank");
            set(&a, "rel", "noopener");
        }

        show(&self.els.output, true);
        if let Some(h) = self.by_id("ofs-output-heading") {
            let _ = h.unchecked_ref::<HtmlElement>().focus();
        }
    }

    fn copy(&self) {
        let Some(msg) = self.by_id("ofs-message") else {
            return;
        };
        let msg: HtmlTextAreaElement = msg.unchecked_into();
        let status = self.by_id("ofs-copy-status");
        let ok_text = self.s.t("notice-copied");
        let fail_text = cat(&[
            &self.s.t("notice-copy-failed"),
            " ",
            &self.s.t("notice-copy-select"),
        ]);
        let fallback = {
            let msg = msg.clone();
            let status = status.clone();
            move || {
                msg.select();
                let _ = msg.focus();
                if let Some(s) = &status {
                    s.set_text_content(Some(&fail_text));
                }
            }
        };
        let clipboard = web_sys::window()
            .map(|w| {
                js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("clipboard"))
                    .unwrap_or(JsValue::UNDEFINED)
            })
            .filter(|c| !c.is_undefined() && !c.is_null());
        let Some(clipboard) = clipboard else {
            fallback();
            return;
        };
        let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
        let promise = clipboard.write_text(&msg.value());
        let ok = Closure::<dyn FnMut(JsValue)>::once(move |_: JsValue| {
            if let Some(s) = &status {
                s.set_text_content(Some(&ok_text));
            }
        });
        let err = Closure::<dyn FnMut(JsValue)>::once(move |_: JsValue| fallback());
        let _ = promise.then2(&ok, &err);
        ok.forget();
        err.forget();
    }

    fn clear_form(&self) {
        if let Some(f) = self.els.form.dyn_ref::<web_sys::HtmlFormElement>() {
            f.reset();
        }
        self.store.remove(KEY_DRAFT);
        self.clear_errors();
        show(&self.els.output, false);
        clear(&self.els.output);
        self.limit_slots();
    }
}

/// Focuses a field, or the first control inside a group.
fn focus_field(t: &Element) {
    let target = if t.tag_name().eq_ignore_ascii_case("fieldset") {
        t.query_selector("input:not([disabled]), input")
            .ok()
            .flatten()
            .unwrap_or_else(|| t.clone())
    } else {
        t.clone()
    };
    let _ = target.unchecked_ref::<HtmlElement>().focus();
}

/// `data:` URL with the text percent-encoded (UTF-8).
pub fn data_url(mime: &str, text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = cat(&["data:", mime, ";charset=utf-8,"]);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
    out
}

/// One listener on the container for every event the widget handles
/// (`submit`, `input`, `change`, `click` and `focusin` all bubble to it),
/// dispatched by type and target: one closure instead of one per control
/// keeps the wasm smaller.
fn wire(app: &Shared) {
    let container = app.borrow().els.container.clone();
    let w = app.clone();
    // `Fn`, not `FnMut`: focusing a field from a handler (errors, outputs)
    // dispatches `focusin` synchronously, re-entering this closure.
    let handler = Closure::<dyn Fn(Event)>::new(move |e: Event| on_event(&w, &e));
    for kind in ["submit", "input", "change", "click", "focusin"] {
        let _ = container.add_event_listener_with_callback(kind, handler.as_ref().unchecked_ref());
    }
    handler.forget();
}

fn on_event(app: &Shared, e: &Event) {
    let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let id = target.id();
    match (e.type_().as_str(), id.as_str()) {
        // The zone picker's list (every zone `Intl` knows, ~600 options) is
        // filled when the field first gets focus, not before the sessions
        // are shown.
        ("focusin", "ofs-tz") => {
            let Ok(app) = app.try_borrow() else {
                return;
            };
            if let Some(list) = app.by_id("ofs-tz-list") {
                if list.child_element_count() == 0 {
                    for z in intl::supported_zones() {
                        let o = app.dom.add(&list, "option", "");
                        set(&o, "value", &z);
                    }
                }
            }
        }
        ("submit", _) => {
            e.prevent_default();
            app.borrow().submit();
        }
        // The zone picker applies a zone once it is a complete, known name;
        // leaving the field with an unknown name shows the notice.
        ("input", "ofs-tz") => {
            let v = target.unchecked_ref::<HtmlInputElement>().value();
            if v.bytes().any(|b| b == b'/') && IntlZones.resolve(&v).is_some() {
                let mut app = app.borrow_mut();
                if app.zone_name != v {
                    app.set_zone(&v, true);
                    app.render_slots();
                }
            }
        }
        ("change", "ofs-tz") => {
            let v = target.unchecked_ref::<HtmlInputElement>().value();
            let mut app = app.borrow_mut();
            app.set_zone(&v, true);
            app.render_slots();
        }
        ("change", "ofs-hour12") => {
            let on = target.unchecked_ref::<HtmlInputElement>().checked();
            let mut app = app.borrow_mut();
            app.hour12 = on;
            app.store.put(KEY_HOUR12, if on { "12" } else { "24" });
            app.render_slots();
        }
        ("input", _) | ("change", _) => {
            let app = app.borrow();
            if !app.els.form.contains(Some(&target)) {
                return;
            }
            if e.type_() == "change" {
                if let Some(t) = target.dyn_ref::<HtmlInputElement>() {
                    if t.name() == "slots" && t.checked() {
                        app.els.no_slot.set_checked(false);
                    } else if id == "ofs-no-slot" && t.checked() {
                        for b in app.form_slot_boxes() {
                            b.set_checked(false);
                        }
                    }
                }
                app.limit_slots();
            }
            app.save_draft();
        }
        ("click", _) => {
            // Buttons and summary links, delegated.
            if let Ok(Some(b)) = target.closest("[data-action]") {
                match b.get_attribute("data-action").as_deref() {
                    Some("copy") => app.borrow().copy(),
                    Some("clear") => app.borrow().clear_form(),
                    _ => {}
                }
                return;
            }
            if let Ok(Some(a)) = target.closest(".ofs-error-summary a[href^='#']") {
                e.prevent_default();
                let href = a.get_attribute("href").unwrap_or_default();
                if let Some(target) = app.borrow().by_id(href.get(1..).unwrap_or_default()) {
                    focus_field(&target);
                }
            }
        }
        _ => {}
    }
}

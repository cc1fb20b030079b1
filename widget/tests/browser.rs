//! The widget in a real browser (headless Chromium):
//! `wasm-pack test --headless --chrome widget`.
//!
//! "Now" is pinned to 2026-11-20T00:00:00Z, so the default schedule
//! (alternating Thursdays, 10:00 America/Los_Angeles, anchor 2026-01-08)
//! gives 2026-11-26, 12-10, 12-24, 2027-01-07, 01-21 and 02-04, each at
//! 18:00Z (PST).
#![cfg(target_arch = "wasm32")]

use chrono::{TimeZone, Utc};
use js_sys::{Object, Reflect};
use otel_feedback_core::zone::{ZoneRules, ZoneSource};
use otel_feedback_widget::{mount, parse_config, request::Form, IntlZone, IntlZones};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

const NOW_MS: f64 = 1_795_132_800_000.0; // 2026-11-20T00:00:00Z

fn offset_secs(zone: &str, y: i32, m: u32, d: u32, h: u32) -> i32 {
    let z = IntlZone::new(zone).unwrap_or_else(|| panic!("Intl knows {zone}"));
    z.offset_at(Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap())
        .local_minus_utc()
}

#[wasm_bindgen_test]
fn intl_offsets_of_kathmandu_chatham_and_los_angeles() {
    assert_eq!(
        offset_secs("Asia/Kathmandu", 2026, 11, 26, 18),
        5 * 3600 + 45 * 60
    );
    // Chatham: +13:45 in the southern summer (DST), +12:45 in winter.
    assert_eq!(
        offset_secs("Pacific/Chatham", 2026, 1, 15, 0),
        13 * 3600 + 45 * 60
    );
    assert_eq!(
        offset_secs("Pacific/Chatham", 2026, 7, 15, 0),
        12 * 3600 + 45 * 60
    );
    assert_eq!(
        offset_secs("America/Los_Angeles", 2026, 7, 1, 18),
        -7 * 3600
    );
    assert_eq!(
        offset_secs("America/Los_Angeles", 2026, 12, 1, 18),
        -8 * 3600
    );
    // The US fall-back night: 08:59Z is still PDT, 09:00Z is PST.
    assert_eq!(
        offset_secs("America/Los_Angeles", 2026, 11, 1, 8),
        -7 * 3600
    );
    assert_eq!(
        offset_secs("America/Los_Angeles", 2026, 11, 1, 9),
        -8 * 3600
    );
    // Offsets with seconds come out exact: Dublin Mean Time (-00:25:21)
    // before 1916, Monrovia's -00:44:30 until 1972.
    assert_eq!(
        offset_secs("Europe/Dublin", 1900, 1, 1, 12),
        -(25 * 60 + 21)
    );
    assert_eq!(
        offset_secs("Africa/Monrovia", 1970, 1, 1, 12),
        -(44 * 60 + 30)
    );
    // chrono's last instant (year 262143) is inside JS's date range: no
    // trap, the zone's offset.
    let z = IntlZone::new("Asia/Tokyo").unwrap();
    let far = chrono::DateTime::<Utc>::MAX_UTC;
    assert_eq!(z.offset_at(far).local_minus_utc(), 9 * 3600);
}

#[wasm_bindgen_test]
fn old_and_new_kyiv_names_have_the_same_offsets() {
    for name in ["Europe/Kyiv", "Europe/Kiev"] {
        assert_eq!(
            offset_secs(name, 2026, 7, 1, 12),
            3 * 3600,
            "{name} in summer"
        );
        assert_eq!(
            offset_secs(name, 2026, 12, 1, 12),
            2 * 3600,
            "{name} in winter"
        );
    }
}

#[wasm_bindgen_test]
fn a_zone_intl_lacks_is_not_resolved() {
    assert!(IntlZones.resolve("Mars/Olympus").is_none());
    assert!(IntlZones.resolve("").is_none());
    assert!(IntlZones.resolve("Asia/Kathmandu").is_some());
}

fn set(o: &Object, k: &str, v: &JsValue) {
    Reflect::set(o, &JsValue::from_str(k), v).unwrap();
}

/// A connected `<otel-feedback-session>` with a fallback paragraph.
fn host() -> HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el: HtmlElement = doc
        .create_element("otel-feedback-session")
        .unwrap()
        .unchecked_into();
    let p = doc.create_element("p").unwrap();
    p.set_id("fallback");
    p.set_text_content(Some("Sessions are on alternating Thursdays."));
    el.append_child(&p).unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn options(config: &str, tz: &str) -> Object {
    let o = Object::new();
    set(&o, "config", &JsValue::from_str(config));
    set(&o, "tz", &JsValue::from_str(tz));
    set(&o, "lang", &JsValue::from_str("en"));
    set(&o, "now", &JsValue::from_f64(NOW_MS));
    set(&o, "storage", &JsValue::FALSE);
    o
}

fn mounted(tz: &str) -> (HtmlElement, ShadowRoot) {
    let el = host();
    mount(el.clone(), options("", tz).into()).expect("mounts");
    let root = el.shadow_root().expect("an open shadow root");
    (el, root)
}

fn q(root: &ShadowRoot, sel: &str) -> Element {
    root.query_selector(sel)
        .unwrap()
        .unwrap_or_else(|| panic!("no {sel}"))
}

fn attrs(root: &ShadowRoot, sel: &str, attr: &str) -> Vec<String> {
    let list = root.query_selector_all(sel).unwrap();
    (0..list.length())
        .map(|i| {
            list.item(i)
                .unwrap()
                .unchecked_into::<Element>()
                .get_attribute(attr)
                .unwrap_or_default()
        })
        .collect()
}

const SLOTS: [&str; 6] = [
    "2026-11-26T18:00:00Z",
    "2026-12-10T18:00:00Z",
    "2026-12-24T18:00:00Z",
    "2027-01-07T18:00:00Z",
    "2027-01-21T18:00:00Z",
    "2027-02-04T18:00:00Z",
];

#[wasm_bindgen_test]
fn kathmandu_visitor_sees_six_sessions_at_quarter_to_midnight() {
    let (el, root) = mounted("Asia/Kathmandu");
    assert_eq!(el.get_attribute("data-state").as_deref(), Some("ready"));
    assert_eq!(attrs(&root, "[data-slot]", "data-slot"), SLOTS);
    let local: Vec<String> = SLOTS
        .iter()
        .map(|s| format!("{}T23:45:00+05:45", &s[..10]))
        .collect();
    assert_eq!(attrs(&root, "[data-slot]", "data-local"), local);
    assert_eq!(attrs(&root, "[data-slot] time", "datetime"), SLOTS);
    assert_eq!(
        attrs(&root, "[data-slot] input[name=slots]", "value"),
        SLOTS
    );
    assert_eq!(
        q(&root, "#ofs-tz")
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "Asia/Kathmandu"
    );
}

#[wasm_bindgen_test]
fn chatham_visitor_sees_the_next_day() {
    let (_el, root) = mounted("Pacific/Chatham");
    // 18:00Z + 13:45 (Chatham summer time) = 07:45 the next day.
    assert_eq!(
        attrs(&root, "[data-slot]", "data-local")[0],
        "2026-11-27T07:45:00+13:45"
    );
    assert!(q(&root, "[data-slot] .ofs-day-marker")
        .text_content()
        .unwrap()
        .contains("+1"));
}

#[wasm_bindgen_test]
fn a_zone_intl_lacks_shows_utc_with_a_notice() {
    let (_el, root) = mounted("Mars/Olympus");
    assert_eq!(
        attrs(&root, "[data-slot]", "data-local")[0],
        "2026-11-26T18:00:00+00:00"
    );
    let notice = q(&root, ".ofs-notice");
    assert!(!notice.has_attribute("hidden"));
    assert!(notice.text_content().unwrap().contains("Mars/Olympus"));
}

/// Waits `ms` milliseconds (the browser's event loop runs meanwhile).
async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

/// Opens the form ("Request a session") and waits until its module has
/// loaded and drawn it; a draft opens it without the click.
async fn opened(root: &ShadowRoot) {
    if let Some(b) = root.query_selector("[data-action=open]").unwrap() {
        b.unchecked_into::<HtmlElement>().click();
    }
    for _ in 0..500 {
        if root.query_selector("#ofs-organization").unwrap().is_some() {
            return;
        }
        sleep(10).await;
    }
    panic!("the form did not open");
}

fn fill(root: &ShadowRoot, field: &str, value: &str) {
    let e = q(root, &format!("#ofs-{field}"));
    match e.dyn_ref::<HtmlTextAreaElement>() {
        Some(t) => t.set_value(value),
        None => e.unchecked_ref::<HtmlInputElement>().set_value(value),
    }
}

fn tick(root: &ShadowRoot, sel: &str) {
    q(root, sel)
        .unchecked_into::<HtmlInputElement>()
        .set_checked(true);
}

fn submit(root: &ShadowRoot) {
    q(root, "form#ofs-form button[type=submit]")
        .unchecked_into::<HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn an_empty_submit_shows_errors_at_the_fields() {
    let (_el, root) = mounted("Europe/Kyiv");
    opened(&root).await;
    submit(&root);
    let org = q(&root, "#ofs-organization");
    assert_eq!(org.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(org
        .get_attribute("aria-describedby")
        .unwrap()
        .contains("ofs-organization-error"));
    let err = q(&root, "#ofs-organization-error");
    assert!(!err.has_attribute("hidden"));
    assert!(!err.text_content().unwrap().is_empty());
    let summary = q(&root, ".ofs-error-summary");
    assert!(!summary.has_attribute("hidden"));
    let links = attrs(&root, ".ofs-error-summary a", "href");
    assert!(links.contains(&"#ofs-organization".to_owned()), "{links:?}");
    assert!(links.contains(&"#ofs-name".to_owned()), "{links:?}");
    assert!(root
        .query_selector("[data-output=slack]")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn a_valid_request_produces_the_outputs() {
    let (_el, root) = mounted("Europe/Kyiv");
    opened(&root).await;
    fill(&root, "organization", "Example Corp");
    fill(&root, "name", "Ana Example");
    fill(&root, "email", "ana@example.com");
    tick(&root, "input[name=slots][value='2026-11-26T18:00:00Z']");
    tick(&root, "input[name=topics][value=adoption]");
    submit(&root);
    assert!(root
        .query_selector(".ofs-error-summary:not([hidden])")
        .unwrap()
        .is_none());
    let slack = q(&root, "[data-output=slack]")
        .unchecked_into::<HtmlTextAreaElement>()
        .value();
    assert!(slack.contains("Example Corp"), "{slack}");
    assert!(slack.contains("20:00"), "Kyiv time of the session: {slack}");
    // No recipient in the default configuration: no email link, and a
    // notice saying where to send the request instead.
    assert!(q(&root, "a[data-output=mailto]")
        .get_attribute("href")
        .is_none());
    assert!(q(&root, "#ofs-mail-links").has_attribute("hidden"));
    assert!(!q(&root, "#ofs-mail-no-recipient").has_attribute("hidden"));
    let ics = q(&root, "a[data-output=ics]")
        .get_attribute("href")
        .unwrap();
    assert!(
        ics.starts_with("data:text/calendar;charset=utf-8,BEGIN%3AVCALENDAR"),
        "{ics}"
    );
    assert!(
        ics.contains("DTSTART%3A20261126T180000Z") || ics.contains("20261126T100000"),
        "{ics}"
    );
    let gcal = q(&root, "a[data-output=gcal]")
        .get_attribute("href")
        .unwrap();
    assert!(
        gcal.contains("dates=20261126T180000Z/20261126T190000Z"),
        "{gcal}"
    );
    assert_eq!(
        q(&root, "a[data-output=slack-channel]")
            .get_attribute("href")
            .as_deref(),
        Some("slack://channel?team=T08PSQ7BQ&id=C01RT3MSWGZ")
    );
    assert!(root
        .query_selector("a[data-output=ics-series]")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn over_long_input_is_refused_not_truncated() {
    let (_el, root) = mounted("Europe/Kyiv");
    opened(&root).await;
    let long = "x".repeat(121);
    fill(&root, "organization", &long);
    submit(&root);
    assert_eq!(
        q(&root, "#ofs-organization")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        q(&root, "#ofs-organization")
            .unchecked_into::<HtmlInputElement>()
            .value(),
        long
    );
}

#[wasm_bindgen_test]
async fn page_strings_override_core_texts() {
    let el = host();
    let o = options("", "Europe/Kyiv");
    let strings = Object::new();
    set(&strings, "button-clear", &JsValue::from_str("Start over"));
    set(&o, "strings", &strings);
    mount(el.clone(), o.into()).expect("mounts");
    let root = el.shadow_root().unwrap();
    opened(&root).await;
    assert_eq!(
        q(&root, "[data-action=clear]").text_content().as_deref(),
        Some("Start over")
    );
}

fn refused(config: &str) -> String {
    let el = host();
    let err = mount(el.clone(), options(config, "Europe/Kyiv").into()).expect_err("refused");
    assert!(el.shadow_root().is_none(), "nothing attached for {config}");
    assert_eq!(
        el.query_selector("#fallback")
            .unwrap()
            .and_then(|p| p.text_content())
            .as_deref(),
        Some("Sessions are on alternating Thursdays."),
        "the fallback stays"
    );
    err.as_string().unwrap()
}

#[wasm_bindgen_test]
fn an_invalid_configuration_keeps_the_fallback_and_names_the_field() {
    let zone = refused(r#"{"schedule": {"series": [{"zone": "America/Atlantis"}]}}"#);
    assert!(
        zone.contains("zone") && zone.contains("America/Atlantis"),
        "{zone}"
    );
    let anchor = refused(r#"{"schedule": {"series": [{"anchor": "2026-02-30"}]}}"#);
    assert!(
        anchor.contains("anchor") && anchor.contains("2026-02-30"),
        "{anchor}"
    );
    let json = refused(r#"{"schedule": {"#);
    assert!(json.contains("not valid JSON"), "{json}");
    let typo = refused(r#"{"sessions_shwn": 3}"#);
    assert!(typo.contains("unknown field `sessions_shwn`"), "{typo}");
    let kind = refused(r#"{"sessions_shown": "six"}"#);
    assert!(kind.contains("`sessions_shown`"), "{kind}");
}

#[wasm_bindgen_test]
fn inline_json_carries_strings_and_config() {
    let (c, s) =
        parse_config(r#"{"sessions_shown": 3, "strings": {"button-clear": "Start over"}}"#)
            .unwrap();
    assert_eq!(c.sessions_shown, 3);
    assert_eq!(
        s,
        vec![("button-clear".to_owned(), "Start over".to_owned())]
    );
    let (c, _) = parse_config(r#"{"schedule": {"series": [{"label": null}]}}"#).unwrap();
    assert_eq!(c.schedule.series[0].label, None);
    assert_eq!(c.schedule.series[0].zone, "America/Los_Angeles");
}

#[wasm_bindgen_test]
async fn a_draft_round_trips_with_hostile_text() {
    const KEY: &str = "otel-feedback:draft";
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item(KEY).unwrap();
    let with_storage = || {
        let o = options("", "UTC");
        set(&o, "storage", &JsValue::TRUE);
        o
    };
    let first = host();
    mount(first.clone(), with_storage().into()).expect("mounts");
    let root = first.shadow_root().unwrap();
    opened(&root).await;
    let org = "<script>alert(1)</script>";
    let details = "line 1\nline 2 \u{202e}";
    let input = |root: &ShadowRoot, sel: &str| q(root, sel).unchecked_into::<HtmlInputElement>();
    input(&root, "#ofs-organization").set_value(org);
    q(&root, "#ofs-details")
        .unchecked_into::<HtmlTextAreaElement>()
        .set_value(details);
    input(&root, "input[name=topics][value=adoption]").set_checked(true);
    input(&root, "#ofs-anonymize_post").set_checked(true);
    let slot = attrs(&root, "input[name=slots]", "value")[1].clone();
    input(&root, &["input[name=slots][value='", &slot, "']"].concat()).set_checked(true);
    // Typing saves the draft (an `input` event bubbling from the field).
    js_sys::Function::new_with_args(
        "el",
        "el.dispatchEvent(new Event('input', { bubbles: true }))",
    )
    .call1(&JsValue::NULL, &q(&root, "#ofs-details"))
    .unwrap();

    // A second widget on the page restores it, as text.
    let second = host();
    mount(second.clone(), with_storage().into()).expect("mounts");
    let root2 = second.shadow_root().unwrap();
    opened(&root2).await;
    // Restoring fills the fields once the form's module is there.
    for _ in 0..100 {
        if input(&root2, "#ofs-organization").value() == org {
            break;
        }
        sleep(10).await;
    }
    assert_eq!(input(&root2, "#ofs-organization").value(), org);
    assert_eq!(
        q(&root2, "#ofs-details")
            .unchecked_into::<HtmlTextAreaElement>()
            .value(),
        details
    );
    assert!(input(&root2, "input[name=topics][value=adoption]").checked());
    assert!(!input(&root2, "input[name=topics][value=implementation]").checked());
    assert!(input(&root2, "#ofs-anonymize_post").checked());
    assert!(!input(&root2, "#ofs-delete_recording").checked());
    let ticked: Vec<String> = attrs(&root2, "input[name=slots]:checked", "value");
    assert_eq!(ticked, vec![slot.clone()]);
    assert!(root2.query_selector("script").unwrap().is_none());

    // The stored draft is the request's shape.
    let f = Form::from_json(&storage.get_item(KEY).unwrap().unwrap()).unwrap();
    assert_eq!(f.organization, org);
    assert_eq!(f.details, details);
    assert_eq!(f.topics, vec!["adoption".to_owned()]);
    assert_eq!(f.slots, vec![slot]);
    assert!(f.anonymize_post && !f.delete_recording && !f.no_slot);
    assert_eq!(Form::from_json("not json"), None);
    assert_eq!(Form::from_json("[1, 2]"), None);
    storage.remove_item(KEY).unwrap();
}

#[wasm_bindgen_test]
fn kiev_from_the_browser_is_shown_as_kyiv() {
    let (_el, root) = mounted("Europe/Kiev");
    assert_eq!(
        q(&root, "#ofs-tz")
            .unchecked_into::<HtmlInputElement>()
            .value(),
        "Europe/Kyiv"
    );
    assert_eq!(
        attrs(&root, "[data-slot]", "data-local")[0],
        "2026-11-26T20:00:00+02:00"
    );
    // The picker's candidates (current names, never the old one) are
    // widget-zones' answer, tested there and in tests/e2e/picker.test.mjs.
}

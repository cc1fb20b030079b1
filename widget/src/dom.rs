//! Thin helpers over web-sys. Text is only ever set with `textContent` or
//! attributes: nothing here parses HTML.

use wasm_bindgen::{JsCast, UnwrapThrowExt};
use web_sys::{Document, Element, HtmlInputElement, Storage};

/// Creates elements in one document.
#[derive(Debug, Clone)]
pub struct Dom {
    /// The document the widget lives in.
    pub doc: Document,
}

impl Dom {
    /// The current window's document.
    pub fn new() -> Option<Dom> {
        web_sys::window()?.document().map(|doc| Dom { doc })
    }

    /// `<tag class="class">`.
    pub fn el(&self, tag: &str, class: &str) -> Element {
        let e = self.doc.create_element(tag).ok().unwrap_throw();
        if !class.is_empty() {
            e.set_class_name(class);
        }
        e
    }

    /// `<tag class="class">text</tag>`.
    pub fn text(&self, tag: &str, class: &str, text: &str) -> Element {
        let e = self.el(tag, class);
        e.set_text_content(Some(text));
        e
    }

    /// `<tag class>` appended to `parent`.
    pub fn add(&self, parent: &Element, tag: &str, class: &str) -> Element {
        let e = self.el(tag, class);
        let _ = parent.append_child(&e);
        e
    }

    /// `<tag class>text</tag>` appended to `parent`.
    pub fn add_text(&self, parent: &Element, tag: &str, class: &str, text: &str) -> Element {
        let e = self.text(tag, class, text);
        let _ = parent.append_child(&e);
        e
    }

    /// An `<input type>` with attributes, appended to `parent`.
    pub fn input(&self, parent: &Element, kind: &str, attrs: &[(&str, &str)]) -> HtmlInputElement {
        let e = self.add(parent, "input", "");
        set(&e, "type", kind);
        for (k, v) in attrs {
            set(&e, k, v);
        }
        e.unchecked_into()
    }
}

/// Sets an attribute (errors, which only a bad name can cause, are ignored).
pub fn set(e: &Element, name: &str, value: &str) {
    let _ = e.set_attribute(name, value);
}

/// Removes an attribute.
pub fn unset(e: &Element, name: &str) {
    let _ = e.remove_attribute(name);
}

/// Shows or hides an element with the `hidden` attribute.
pub fn show(e: &Element, visible: bool) {
    if visible {
        unset(e, "hidden");
    } else {
        set(e, "hidden", "");
    }
}

/// Removes every child.
pub fn clear(e: &Element) {
    e.set_text_content(None);
}

/// localStorage, when the browser lets the page use it. Every access is
/// wrapped: in private modes and sandboxed frames reading the property
/// throws, and writing may fail when the quota is exhausted.
#[derive(Debug, Clone, Default)]
pub struct Store(Option<Storage>);

impl Store {
    /// The page's localStorage, or a store that keeps nothing.
    pub fn open() -> Store {
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        // A storage that refuses writes is as good as none.
        let usable = storage.filter(|s| {
            s.set_item("otel-feedback:probe", "1").is_ok()
                && s.remove_item("otel-feedback:probe").is_ok()
        });
        Store(usable)
    }

    /// A store that keeps nothing (localStorage unavailable).
    pub fn none() -> Store {
        Store(None)
    }

    /// Whether values are kept.
    pub fn available(&self) -> bool {
        self.0.is_some()
    }

    /// The value under `key`.
    pub fn get(&self, key: &str) -> Option<String> {
        self.0.as_ref()?.get_item(key).ok().flatten()
    }

    /// Stores `value` under `key`, silently doing nothing when it cannot.
    pub fn put(&self, key: &str, value: &str) {
        if let Some(s) = &self.0 {
            let _ = s.set_item(key, value);
        }
    }

    /// Forgets `key`.
    pub fn remove(&self, key: &str) {
        if let Some(s) = &self.0 {
            let _ = s.remove_item(key);
        }
    }
}

/// Every element under `root` matching `selector`, in document order.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    match root.query_selector_all(selector) {
        Ok(n) => (0..n.length())
            .filter_map(|i| n.item(i))
            .map(|n| n.unchecked_into())
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// The parts joined: `format!` without `core::fmt` (its argument and
/// integer code would cost the wasm kilobytes).
pub fn cat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        out.push_str(p);
    }
    out
}

/// Appends `n` in decimal, zero-padded to `width` digits.
pub fn push_num(out: &mut String, n: u64, width: usize) {
    let mut digits = [b'0'; 20];
    let (mut i, mut n) = (digits.len(), n);
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let start = i.min(digits.len().saturating_sub(width));
    for &d in &digits[start..] {
        out.push(d as char);
    }
}

/// `n` in decimal.
pub fn num(n: u64) -> String {
    let mut s = String::new();
    push_num(&mut s, n, 1);
    s
}

/// `s` without leading and trailing whitespace (Unicode, as `str::trim`),
/// in one forward pass: `str::trim` links the standard library's
/// reverse UTF-8 decoding and pattern searchers into the wasm.
pub fn trim(s: &str) -> &str {
    let mut start = None;
    let mut end = 0;
    for (i, c) in s.char_indices() {
        if !c.is_whitespace() {
            start.get_or_insert(i);
            end = i + c.len_utf8();
        }
    }
    match start {
        Some(start) => s.get(start..end).unwrap_or_default(),
        None => "",
    }
}

/// The space-separated tokens of an attribute value (ASCII whitespace, as
/// the DOM splits `aria-describedby`).
pub fn tokens(s: &str) -> impl Iterator<Item = &str> {
    s.split_ascii_whitespace()
}

#[cfg(test)]
mod tests {
    use super::{num, push_num, trim};

    #[test]
    fn trim_is_str_trim() {
        for s in [
            "",
            "  ",
            " a ",
            "\u{a0}Europe/Kyiv\u{2003}",
            "a b",
            "\n\tx\r\n",
            "é ",
            " ü",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn numbers_are_zero_padded_decimals() {
        assert_eq!(num(0), "0");
        assert_eq!(num(1234567), "1234567");
        let mut s = String::new();
        push_num(&mut s, 7, 2);
        push_num(&mut s, 2026, 4);
        push_num(&mut s, 5, 4);
        assert_eq!(s, "0720260005");
    }
}

//! Small text helpers without `core::fmt` or `str` pattern searchers
//! (each would link kilobytes of generic code into the wasm), and the JSON
//! writer for what the model hands the view.

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

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends `s` as a JSON string (quotes, backslashes and control
/// characters escaped; everything else as it is, which `JSON.parse` reads).
pub fn push_json_str(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if b == b'"' || b == b'\\' || b < 0x20 {
            out.push_str(s.get(start..i).unwrap_or_default());
            out.push('\\');
            if b < 0x20 {
                out.push_str("u00");
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            } else {
                out.push(b as char);
            }
            start = i + 1;
        }
    }
    out.push_str(s.get(start..).unwrap_or_default());
    out.push('"');
}

/// A JSON text written in order: `key`, then a value or `begin`/`end`;
/// commas are placed by looking at the last byte written.
#[derive(Debug, Default)]
pub struct Json(pub String);

impl Json {
    fn sep(&mut self) {
        if !matches!(self.0.as_bytes().last(), None | Some(b'{' | b'[' | b':')) {
            self.0.push(',');
        }
    }

    /// `"k":`.
    pub fn key(&mut self, k: &str) -> &mut Json {
        self.sep();
        push_json_str(&mut self.0, k);
        self.0.push(':');
        self
    }

    /// A string value.
    pub fn str(&mut self, v: &str) -> &mut Json {
        self.sep();
        push_json_str(&mut self.0, v);
        self
    }

    /// A number, `true`, `false` or `null`, written as given.
    pub fn raw(&mut self, v: &str) -> &mut Json {
        self.sep();
        self.0.push_str(v);
        self
    }

    /// A boolean.
    pub fn bool(&mut self, v: bool) -> &mut Json {
        self.raw(if v { "true" } else { "false" })
    }

    /// Opens `{` or `[`.
    pub fn begin(&mut self, c: char) -> &mut Json {
        self.sep();
        self.0.push(c);
        self
    }

    /// Closes `}` or `]`.
    pub fn end(&mut self, c: char) -> &mut Json {
        self.0.push(c);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::{num, push_json_str, push_num, trim, Json};

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

    #[test]
    fn json_text_reads_back_as_written() {
        for text in [
            "",
            "plain",
            "a\"b\\c\n\r\t\u{1}\u{1f}\u{7f}",
            "é ü 日本 \u{2028}\u{2029} 🎉",
            "</script><b>{\"x\":1}",
        ] {
            let mut s = String::new();
            push_json_str(&mut s, text);
            let back: String = serde_json::from_str(&s).expect("valid JSON");
            assert_eq!(back, text, "{s}");
        }
        let mut j = Json::default();
        j.begin('{')
            .key("a")
            .begin('[')
            .str("x")
            .raw("1")
            .bool(false)
            .end(']');
        j.key("b").begin('{').end('}').end('}');
        assert_eq!(j.0, r#"{"a":["x",1,false],"b":{}}"#);
    }
}

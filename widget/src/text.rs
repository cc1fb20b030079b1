//! The JSON writer for what the model hands the view; the text helpers are
//! core's (`otel_feedback_core::text`), re-exported.

pub use otel_feedback_core::text::{cat, trim};

/// `n` in decimal (core's `text::int`).
pub fn num(n: u64) -> String {
    otel_feedback_core::text::int(i64::try_from(n).unwrap_or(i64::MAX))
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
    use super::{push_json_str, Json};

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

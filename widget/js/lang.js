// Two of core's rules the page needs before any wasm, as small JS copies:
// `text::trim` (Rust's char::is_whitespace: Unicode White_Space) and
// `Lang::negotiate` (the first entry of a tag or an Accept-Language-style
// list whose primary subtag has a catalog; English when none does). The
// entry picks the page's catalog with `negotiate`; the list's data model
// trims zone names with `trim`. Both are tested against the wasm's own
// answers (tests/e2e/two-paths.test.mjs), and have a row in
// docs/widget.md's size ledger.

const WS = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const EDGES = new RegExp(`^${WS}+|${WS}+$`, 'g');
export const trim = (s) => String(s).replace(EDGES, '');

// ASCII-only lowercase, as Rust's eq_ignore_ascii_case compares.
const lower = (s) => s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));

/** The code in `codes` (core's languages) that `tags` asks for; 'en' else. */
export function negotiate(tags, codes) {
  for (const entry of String(tags).split(',')) {
    const tag = trim(entry.split(';')[0]);
    const end = tag.search(/[-_]/);
    const primary = lower(end < 0 ? tag : tag.slice(0, end));
    if (codes.includes(primary)) return primary;
  }
  return 'en';
}

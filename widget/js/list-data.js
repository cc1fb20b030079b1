// The list's model from the site's build data: what the wasm's `Widget`
// answers the list (`t`, `zone`, `intro`, `sessions`; widget/src/model.rs),
// for a page whose build computed its sessions with core (the shortcode's
// `<script type="application/json" data-ofs-list>`, see core's site::list
// and site::texts). The page then draws its list with no wasm at all.
//
// Nothing is decided here: the instants, the source zone's names, the
// texts and which zones read like the source zone are the build's (core,
// with the build's tz database). This file places each instant in the
// visitor's day from the browser's offsets (js/intl.js), except where the
// build's newer tz database disagrees for a watched zone: then the
// build's offset wins and the session says which release it follows.
// Small copies of core's rules live here (and `trim` in js/lang.js), each tested against the
// wasm's answers over a corpus (tests/e2e/two-paths.test.mjs, and a row
// in docs/widget.md's size ledger): `fill` (i18n::fill), `trim`
// (text::trim), `local` (rfc3339::local), and `typedZone`'s test
// (lookup::written_as_id).
import { zoneOffset } from './intl.js';
import { trim } from './lang.js';

// core's i18n::fill: each `{ $name }` (spaces optional) replaced by
// args[name], never re-scanned; an unknown one stays as written.
export function fill(text, args) {
  let out = '';
  let rest = text;
  for (;;) {
    const open = rest.indexOf('{');
    if (open < 0) return out + rest;
    out += rest.slice(0, open);
    const after = rest.slice(open + 1);
    const close = after.indexOf('}');
    if (close < 0) return out + rest.slice(open);
    let name = trim(after.slice(0, close));
    if (name.startsWith('$')) name = name.slice(1);
    out += Object.prototype.hasOwnProperty.call(args, name) ? String(args[name]) : rest.slice(open, open + close + 2);
    rest = after.slice(close + 1);
  }
}

const pad = (n, w = 2) => String(Math.abs(n)).padStart(w, '0');
// core's rfc3339::local: `2026-12-10T19:00:00+01:00` for `ms` at `offset` seconds.
export function local(ms, offset) {
  const d = new Date(ms + offset * 1000);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const off = Math.abs(offset);
  return `${date}T${time}${offset < 0 ? '-' : '+'}${pad(Math.floor(off / 3600))}:${pad(Math.floor(off / 60) % 60)}`;
}

// `-04:00` for -14400: a zone Intl formats at a fixed offset.
const offsetZone = (offset) => local(0, offset).slice(19);
const DAY = 86400000;

/**
 * The list's model for `data` (the page's build data), or null when it
 * cannot answer: the list has run short of upcoming sessions (the site
 * has not been rebuilt for a year) while the schedule has more. `now`:
 * the page's clock (ms; Date.now() when absent); `strings`: the page's own
 * texts (key → text, over the build's).
 */
export function listData(data, { now, strings } = {}) {
  const at = () => (now === undefined ? Date.now() : now);
  const all = data.sessions.list.map((s, i) => ({ ...s, i }));
  const upcoming = () => all.filter((s) => s.ms >= at()).slice(0, data.shown);
  if (upcoming().length < data.shown && data.sessions.more) return null;
  const own = typeof strings === 'object' && strings ? strings : {};
  const fixed = { max: String(data.max), channel: data.channel };
  const t = (key, args) => {
    const a = { ...(args || {}), ...fixed };
    if (Object.prototype.hasOwnProperty.call(own, key)) return fill(String(own[key]), a);
    return Object.prototype.hasOwnProperty.call(data.t, key) ? fill(data.t[key], a) : key;
  };
  const known = (zone) => zone !== '' && !Number.isNaN(zoneOffset(zone, 0));
  return {
    max: () => data.max,
    t,
    // Widget::zone: the name trimmed, an old one as its current name when
    // the browser gives both the same offsets (now and half a year on),
    // '' for a zone the browser does not know.
    zone(name) {
      let z = trim(name);
      const current = data.renamed[z];
      if (current && [at(), at() + 182 * DAY].every((ms) => zoneOffset(z, ms) === zoneOffset(current, ms))) z = current;
      return known(z) ? z : '';
    },
    // Widget::typedZone: a zone written as an IANA id (`Asia/Tokyo`,
    // `UTC`, core's lookup::written_as_id) as zone() answers it; '' for a
    // name the lookup has to interpret.
    typedZone(text) {
      const t = trim(text);
      return t.includes('/') || (t.length === 3 && t.toLowerCase() === 'utc') ? this.zone(text) : '';
    },
    // Widget::intro: the page's own sentence, else the build's (when
    // sessions happen) then the zone the times are shown in, named by
    // `name` (the view's: the browser's name in the page language,
    // view/dom.js `zoneName`; the zone itself when absent).
    intro(zone, name) {
      // The page's own sentence (`strings`), filled as the wasm fills it.
      if (Object.prototype.hasOwnProperty.call(own, 'sessions-help')) return fill(String(own['sessions-help']), fixed);
      if (Object.prototype.hasOwnProperty.call(data.t, 'sessions-help')) return data.t['sessions-help'];
      const shown = t('intro-shown-in', { zone: name || zone });
      return data.sentence ? t('schedule-sentences', { a: data.sentence, b: shown }) : shown;
    },
    // Widget::sessions, plus per session `zone` (a fixed offset such as
    // `-04:00` where the build's tz database corrects the browser's; the
    // view then formats the instant there) and `tzdata` (its release).
    sessions(zone) {
      const list = upcoming();
      const watched = Object.prototype.hasOwnProperty.call(data.sessions.offsets, zone) ? data.sessions.offsets[zone] : undefined;
      const first = list[0];
      const out = {
        label: data.sessions.label,
        own: (first && first.zone !== zone && Object.prototype.hasOwnProperty.call(data.sessions.own, first.zone) && data.sessions.own[first.zone][zone]) || '',
        list: list.map((s) => {
          const intl = zoneOffset(zone, s.ms);
          const build = watched ? watched[s.i] : undefined;
          const corrected = build !== undefined && build !== intl;
          const offset = corrected ? build : Number.isNaN(intl) ? 0 : intl;
          const days = Math.floor((s.ms + offset * 1000) / DAY) - Math.floor(s.wall / DAY);
          const o = { utc: s.utc, ms: s.ms, wall: s.wall, local: local(s.ms, offset), days: Math.sign(days), abbr: s.abbr, city: s.city, label: s.label };
          if (corrected) Object.assign(o, { zone: offsetZone(offset), tzdata: data.tzdata });
          return o;
        }),
      };
      return JSON.stringify(out);
    },
  };
}

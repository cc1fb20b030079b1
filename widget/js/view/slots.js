// The session list: each upcoming session in the visitor's zone and clock,
// as a checkbox. The model answers which sessions and how they fall in the
// visitor's day (`Widget::sessions`, or the site's build data:
// js/list-data.js); Intl formats them in the page language.
import { add, dtf } from './dom.js';

// Draws `s` (the model's sessions answer) into `list`, in `zone`, with the
// 12- or 24-hour clock; `ticked`: the values to keep ticked.
export function drawSlots(list, s, { lang, zone, hour12, t }, ticked) {
  list.textContent = '';
  if (!s.list.length) add(list, 'li', 'ofs-empty', t('sessions-none'));
  const clock = { hour: 'numeric', minute: '2-digit', hourCycle: hour12 ? 'h12' : 'h23' };
  // The formats in a zone: the visitor's, or a fixed offset where the
  // site's build corrects the browser's zone data (`o.zone`, `-04:00`).
  const formats = new Map();
  const inZone = (z) => {
    if (!formats.has(z)) {
      const f = (opts) => dtf(lang, z, opts);
      formats.set(z, {
        weekday: f({ weekday: 'long' }),
        date: f({ month: 'long', day: 'numeric' }),
        // A session in another year than today's says its year.
        year: f({ year: 'numeric' }),
        dated: f({ year: 'numeric', month: 'long', day: 'numeric' }),
        // The visitor's zone by its short name, or by its city when that
        // name would read like the source zone's (the model says: `own`).
        time: f(s.own && z === zone ? clock : { ...clock, timeZoneName: 'short' }),
        full: f({ weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', ...clock, timeZoneName: 'long' }),
      });
    }
    return formats.get(z);
  };
  const own = s.own ? ` ${t('tz-other', { zone: s.own })}` : '';
  // The source zone's wall time comes from the model (the browser's rules),
  // so it is formatted as if it were UTC; its weekday and time apart, for
  // the language's message to place (`source-time`: ja writes its own
  // brackets, never Intl's half-width ones around the weekday).
  const wallDay = dtf(lang, 'UTC', { weekday: 'short' });
  const wall = dtf(lang, 'UTC', clock);
  const now = Date.now();
  let release = '';
  s.list.forEach((o, i) => {
    const f = inZone(o.zone || zone);
    if (o.tzdata) release = o.tzdata;
    const source = t('source-time', { day: wallDay.format(o.wall), time: wall.format(o.wall), city: o.city, zone: o.abbr });
    const later = o.days > 0 ? 'day-later' : 'day-earlier';
    const li = add(list, 'li', 'ofs-slot');
    li.setAttribute('part', 'slot');
    li.dataset.slot = o.utc;
    li.dataset.local = o.local;
    const label = add(li, 'label', 'ofs-slot-label');
    const id = `ofs-slot-${i}`;
    label.htmlFor = id;
    const input = add(label, 'input');
    for (const [k, v] of [['type', 'checkbox'], ['name', 'slots'], ['value', o.utc], ['id', id]]) input.setAttribute(k, v);
    input.checked = ticked.includes(o.utc);
    // What a screen reader announces: the full date, time and zone.
    const sr = { when: f.full.format(o.ms), source, day: o.days ? t(`${later}-long`) : '' };
    add(label, 'span', 'ofs-sr', t(o.days ? 'slot-label-day' : 'slot-label', sr));
    const seen = add(label, 'span', 'ofs-slot-text');
    seen.setAttribute('aria-hidden', 'true');
    const when = add(seen, 'time', 'ofs-when');
    when.setAttribute('datetime', o.utc);
    add(when, 'span', 'ofs-weekday', f.weekday.format(o.ms));
    when.append(' ');
    add(when, 'span', 'ofs-date', (f.year.format(o.ms) === f.year.format(now) ? f.date : f.dated).format(o.ms));
    when.append(' ');
    add(when, 'span', 'ofs-time', f.time.format(o.ms) + (o.zone ? '' : own));
    if (o.days) add(seen, 'span', 'ofs-day-marker', t(later)).title = t(`${later}-long`);
    add(seen, 'span', 'ofs-source', source);
    if (s.label && o.label !== null) add(seen, 'span', 'ofs-series', o.label);
  });
  // Times placed by the site's (newer) tz database: the list says which.
  if (release) add(list, 'li', 'ofs-help ofs-tzdata', t('notice-tzdata', { release }));
}

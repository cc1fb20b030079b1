// The zone picker: the ARIA 1.2 combobox pattern (a text box with a list
// of suggestions, keyboard first) on #ofs-tz. Which zones a text may be the
// beginning of, and which zone it means, are the answers of a wasm module
// of its own (widget-zones: core's zone::lookup, ids in any case, old and
// local names, cities, generic names, UTC); this module draws them with
// Intl and reads the keys. The build bundles it with that module's glue
// into otel-feedback-picker.js, which the view imports when the visitor
// first reaches for the zone box (never with the page).
import init, { zones as candidates, labels as setLabels, matches, find } from '../../pkg/otel-feedback-zones.js';
import { add, dtf } from './dom.js';

// The part of Intl's text for `ms` that names the zone ('' when none).
const zoneName = (f, ms) => (f.formatToParts(ms).find((p) => p.type === 'timeZoneName') || { value: '' }).value;

// Zone ids, one per line, as a list.
const ids = (text) => text.split('\n').filter(Boolean);

// Wires the picker once its module is ready: `input` (#ofs-tz), `list`
// (its listbox), `error` (the text under it), `own` (the zone the browser
// reports, or undefined); `ctx` is the view's (lang, t, zone, hour12, and
// `say`, the polite live region); `pick(zone)` switches the visitor's zone;
// `wasm`: the matching module's URL and integrity (from the entry's asset
// map); `pending()`: what was typed and committed while this module
// loaded (undefined for nothing), answered once it is ready. Resolves
// once the box is a combobox; rejects when the module cannot be loaded
// (the box stays a plain text field).
export async function picker(input, list, error, ctx, own, pick, wasm, pending) {
  await init({ module_or_path: fetch(wasm.href, wasm.integrity ? { integrity: wasm.integrity } : undefined) });
  // The candidates: every zone Intl lists, UTC and the visitor's own, as
  // the module names them (current names, each once), with their labels
  // (each zone's generic name in the page language, "Pacific Time"): about
  // 420 formatters, once. The module keeps them.
  let all = [];
  try {
    all = Intl.supportedValuesOf('timeZone');
  } catch {
    // no supportedValuesOf: only UTC and the visitor's zone
  }
  const labels = new Map();
  const now = Date.now();
  const cands = ids(candidates([...all, 'UTC', own || ''].join('\n'), own || '', now));
  for (const id of cands) labels.set(id, zoneName(dtf(ctx.lang, id, { timeZoneName: 'longGeneric' }), now));
  setLabels(cands.map((id) => labels.get(id)).join('\n'));
  let active = -1;

  const options = () => [...list.children];
  const expand = (open) => {
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) move(-1);
  };
  // Makes option `i` the active one (-1: none).
  const move = (i) => {
    active = i;
    options().forEach((o, k) => o.setAttribute('aria-selected', String(k === i)));
    const o = options()[i];
    if (o) {
      input.setAttribute('aria-activedescendant', o.id);
      o.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  // Lists `ids`, each with its label and its current local time and offset.
  const show = (ids) => {
    list.textContent = '';
    const now = Date.now();
    ids.forEach((id, i) => {
      const o = add(list, 'li', 'ofs-option');
      o.id = `ofs-tz-opt-${i}`;
      o.setAttribute('role', 'option');
      o.dataset.zone = id;
      add(o, 'span', 'ofs-option-zone', id);
      const time = dtf(ctx.lang, id, { hour: 'numeric', minute: '2-digit', hourCycle: ctx.hour12 ? 'h12' : 'h23', timeZoneName: 'shortOffset' });
      add(o, 'span', 'ofs-option-meta', [labels.get(id), time.format(now)].filter(Boolean).join(' · '));
    });
    expand(ids.length > 0);
  };

  // Says what is wrong with `text` (`near`: core's suggestions, maybe
  // none, or the zones it fits when `several`); no `near`: the field is
  // valid again.
  const mark = (text, near, several) => {
    error.hidden = !near;
    error.textContent = '';
    if (!near) return input.removeAttribute('aria-invalid');
    input.setAttribute('aria-invalid', 'true');
    let zones = near.join(', ');
    try {
      zones = new Intl.ListFormat(ctx.lang, { type: 'disjunction' }).format(near);
    } catch {
      // no ListFormat
    }
    error.textContent = ctx.t(several ? 'zone-several' : near.length ? 'zone-did-you-mean' : 'zone-none', { text: text.trim(), zones, zone: ctx.named ? ctx.named() : ctx.zone });
    if (ctx.say) ctx.say(error.textContent);
    if (near.length && input.getRootNode().activeElement === input) show(near);
  };

  // Applies what the box says: a zone switches to it; nothing or a typo
  // keeps the zone (and says so); an empty box keeps it silently.
  const commit = (text) => {
    expand(false);
    const [kind, ...found] = find(text).split('\n');
    const near = kind === 'several' || kind === 'near' ? found : undefined;
    mark(text, near, kind === 'several');
    const z = kind === 'zone' && found[0];
    if (z && z !== ctx.zone) pick(z);
    else if (!near) input.value = ctx.zone;
  };
  const choose = (o) => {
    input.value = o.dataset.zone;
    commit(o.dataset.zone);
  };

  input.addEventListener('input', () => show(input.value.trim() ? ids(matches(input.value)) : []));
  input.addEventListener('change', () => commit(input.value));
  input.addEventListener('blur', () => expand(false));
  input.addEventListener('keydown', (e) => {
    const n = options().length;
    const open = !list.hidden && n > 0;
    const o = open && options()[active];
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const down = e.key === 'ArrowDown';
      if (!open) {
        show(ids(matches(input.value)));
        return move(down ? 0 : options().length - 1);
      }
      move((active + (down ? 1 : n - 1) + (active < 0 && !down ? 1 : 0)) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (o) choose(o);
      else commit(input.value);
    } else if (e.key === 'Escape') {
      if (open) expand(false);
      else {
        input.value = ctx.zone;
        mark('');
      }
    } else if (e.key === 'Tab' && o) choose(o);
  });
  // What the visitor typed and committed while this module loaded is
  // answered now; what they are still typing gets its suggestions.
  const typed = pending && pending();
  if (typed !== undefined) commit(typed);
  else if (input.getRootNode().activeElement === input && input.value.trim() && input.value !== ctx.zone) show(ids(matches(input.value)));
  // A click on an option picks it; the focus stays in the box.
  list.addEventListener('mousedown', (e) => e.preventDefault());
  list.addEventListener('click', (e) => {
    const o = e.target.closest('[role=option]');
    if (o) choose(o);
  });
}

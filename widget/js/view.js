// The widget's view: draws what the model (the wasm's `Widget`, see
// widget/src/model.rs) answers and reads what the visitor does. No rule
// lives here: which zone a name means, the sessions and how they fall in
// the visitor's day, validation, limits, the message, links and calendar
// files, and every text come from the model (core underneath). The view
// only adds what the browser itself knows: Intl's date and time formats in
// the page language, the detected zone and clock, localStorage and the
// clipboard.
//
// The list of sessions is drawn first; the rest of the form when the
// visitor asks for it (a session picked, "Request a session", or a draft in
// progress). Its parts live in view/: markup (static, text-free), slots,
// draft, errors, outputs, store, dom. wasm-bindgen ships each as a snippet
// (widget/src/lib.rs names them), and the build bundles them into the glue.
import { add, dtf, el, focusField, render, resolved } from './view/dom.js';
import { parse, apply, filled, request, state } from './view/draft.js';
import { clearErrors, showErrors } from './view/errors.js';
import { FORM, LIST, TOPIC } from './view/markup.js';
import { copy, showOutputs } from './view/outputs.js';
import { drawSlots } from './view/slots.js';
import { KEY_DRAFT, KEY_HOUR12, KEY_TZ, openStore } from './view/store.js';

const mark = (name) => performance.mark && performance.mark(`otel-feedback:${name}`);

/**
 * Draws the widget for `model` into `host`'s open shadow root, in `lang`
 * (the page language), with at most `max` sessions picked. `options`:
 * `tz` (the visitor's zone, overriding the remembered and detected one),
 * `cssText` (the stylesheet's text, adopted at once), else `css` (its URL:
 * the UI shows once it has loaded or failed),
 * `storage` (`false`: keep nothing in localStorage), `headingLevel` (2 to
 * 6, 3 by default), `heading` (`false`: the page has its own heading).
 */
export function view(host, model, options, lang, max) {
  mark('mount');
  const opt = (k) => (options && typeof options === 'object' ? options[k] : undefined);
  const str = (k) => (typeof opt(k) === 'string' ? opt(k) : '');
  const store = openStore(opt('storage') !== false);
  const t = (key, args) => model.t(key, args);
  const h = Math.min(6, Math.max(2, Math.trunc(opt('headingLevel')) || 3));

  // The visitor's zone: the page's `tz`, else the remembered choice, else
  // what the browser reports. The clock: remembered, else the locale's.
  const wanted = str('tz').trim() || store.get(KEY_TZ) || resolved('en', {}).timeZone || 'UTC';
  const saved12 = store.get(KEY_HOUR12);
  const ctx = {
    lang,
    t,
    h,
    zone: 'UTC',
    hour12: saved12 === '12' || (saved12 !== '24' && /^h1[12]$/.test(resolved(lang, { hour: 'numeric' }).hourCycle)),
  };

  const c = el('div', 'ofs');
  c.setAttribute('lang', lang);
  render(c, LIST(h, opt('heading') !== false), t);
  const q = (s) => c.querySelector(s);
  const tzInput = q('#ofs-tz');
  const zoneNotice = q('#ofs-zone-notice');
  const draftNotice = q('#ofs-draft-notice');
  const list = q('.ofs-slot-list');
  const noSlot = q('#ofs-no-slot');
  const form = q('#ofs-form');
  const rest = q('#ofs-rest');
  const opener = q('#ofs-open');
  const summary = q('.ofs-error-summary');
  const output = q('.ofs-output');
  const intro = q('#ofs-intro');
  q('#ofs-hour12').checked = ctx.hour12;

  // Switches the visitor's zone; an unknown name means UTC with a notice.
  const setZone = (name, remember) => {
    const z = model.zone(name);
    ctx.zone = z || 'UTC';
    zoneNotice.hidden = !!z;
    if (!z) zoneNotice.textContent = t('notice-zone-unknown', { zone: name.trim() });
    else if (remember) store.set(KEY_TZ, z);
    tzInput.value = ctx.zone;
    intro.textContent = model.intro(ctx.zone);
  };

  const boxes = () => [...list.querySelectorAll('input[name=slots]')];
  // At most `max` sessions: the others are disabled once it is reached;
  // "None of these" disables them all, keeping which are ticked.
  const limit = () => {
    const b = boxes();
    const full = b.filter((x) => x.checked).length >= max;
    for (const x of b) x.disabled = noSlot.checked || (full && !x.checked);
  };

  // (Re)draws the session list in the current zone and clock, keeping
  // which sessions are ticked.
  const renderSlots = () => {
    drawSlots(list, JSON.parse(model.sessions(ctx.zone)), ctx, boxes().filter((b) => b.checked).map((b) => b.value));
    limit();
  };

  // The rest of the form, drawn once, when the visitor asks for it.
  // `focus`: move focus to its first field.
  const open = (focus) => {
    if (!rest.hidden) return;
    render(rest, FORM, t);
    const topics = rest.querySelector('.ofs-topics');
    for (const v of model.topics().split(' ')) if (v) topics.insertAdjacentHTML('beforeend', TOPIC(v));
    for (const e of topics.querySelectorAll('[data-t]')) e.textContent = t(e.dataset.t);
    rest.hidden = false;
    opener.hidden = true;
    // The space held for the list (the entry's) is not needed any more.
    host.style.minHeight = '';
    q('[data-action=open]').setAttribute('aria-expanded', 'true');
    if (store.off) q('#ofs-store-notice').hidden = true;
    mark('form');
    if (focus) focusField(rest.querySelector('.ofs-control'));
  };

  // The draft: kept on every edit; when the browser refuses it, the visitor
  // is told once, near the form.
  let warned = false;
  const save = () => {
    if (store.off || store.set(KEY_DRAFT, JSON.stringify(state(form))) || warned) return;
    warned = true;
    const n = q('#ofs-store-notice');
    if (n) {
      n.textContent = t('notice-storage-unavailable');
      n.hidden = false;
    }
  };
  // Names the draft's sessions that are no longer offered.
  const gone = (slots) => {
    draftNotice.hidden = !slots.length;
    const when = dtf(lang, ctx.zone, { day: 'numeric', month: 'long' });
    draftNotice.textContent = slots.map((s) => t('notice-session-gone', { when: when.format(new Date(s)) })).join(' ');
  };

  // A counter near each limited field once it is close to its limit (the
  // limits and the count are core's).
  const count = (e) => {
    const n = e && c.querySelector(`#${e.id}-counter`);
    const max = n && model.limit(e.name);
    if (!max) return;
    const left = max - model.count(e.value);
    n.hidden = left > max / 10;
    n.textContent = left < 0 ? t('chars-over', { count: String(-left) }) : t('chars-left', { count: String(left) });
    n.classList.toggle('ofs-over', left < 0);
  };

  // Outputs always match the form: after an edit they are recomputed when
  // the form is still valid, and taken away when it is not (errors are
  // only shown on a check).
  const hideOutputs = () => {
    output.hidden = true;
    output.textContent = '';
  };
  const refresh = () => {
    if (output.hidden) return;
    const r = JSON.parse(model.check(request(form), ctx.zone));
    if (r.errors) hideOutputs();
    else showOutputs(output, r, ctx, false);
  };

  const submit = () => {
    const r = JSON.parse(model.check(request(form), ctx.zone));
    if (r.errors) {
      // A session may have started since the list was drawn (the model's
      // clock runs): redraw it, keeping the draft in step, then say why.
      renderSlots();
      save();
      hideOutputs();
      return showErrors(c, summary, r.errors, t, h);
    }
    clearErrors(c, summary);
    showOutputs(output, r, ctx, true);
  };

  // Clear, with an undo: what was cleared comes back with one click.
  let undo = null;
  const clearForm = () => {
    undo = state(form);
    form.reset();
    store.set(KEY_DRAFT, null);
    clearErrors(c, summary);
    hideOutputs();
    limit();
    for (const e of rest.querySelectorAll('.ofs-control')) count(e);
    const status = q('#ofs-clear-status');
    status.textContent = `${t('notice-cleared')} `;
    const b = add(status, 'button', 'ofs-btn ofs-btn-link', t('button-undo'));
    b.type = 'button';
    b.dataset.action = 'undo';
  };
  const undoClear = () => {
    if (!undo) return;
    apply(form, undo);
    undo = null;
    q('#ofs-clear-status').textContent = '';
    limit();
    for (const e of rest.querySelectorAll('.ofs-control')) count(e);
    save();
    focusField(rest.querySelector('.ofs-control'));
  };

  setZone(wanted, false);
  renderSlots();
  const draft = parse(store.get(KEY_DRAFT));
  if (filled(draft)) {
    open(false);
    gone(apply(form, draft));
    limit();
    for (const e of rest.querySelectorAll('.ofs-control')) count(e);
  }

  // Another tab edited the draft: its fields come over, one by one (the
  // field this tab's visitor is typing in stays theirs).
  const sync = (e) => {
    if (e.key !== KEY_DRAFT || !e.newValue || !c.isConnected) return;
    const d = parse(e.newValue);
    if (!d) return;
    open(false);
    const mine = state(form);
    const active = root.activeElement && root.activeElement.name;
    const changed = new Set(Object.keys(d).filter((k) => k !== active && JSON.stringify(d[k]) !== JSON.stringify(mine[k])));
    if (!changed.size) return;
    apply(form, d, changed);
    limit();
    for (const x of rest.querySelectorAll('.ofs-control')) count(x);
    refresh();
  };
  if (!store.off) addEventListener('storage', sync);

  // One listener on the container for every event the widget handles
  // (submit, input, change, click and focusin all bubble to it).
  const on = (e) => {
    const target = e.target;
    const id = target.id;
    const type = e.type;
    if (type === 'focusin') {
      // The zone picker's list (every zone Intl knows, ~600 options) is
      // filled when the field first gets focus.
      const zones = q('#ofs-tz-list');
      if (id === 'ofs-tz' && !zones.childElementCount) {
        for (const z of model.zoneList().split('\n')) if (z) add(zones, 'option').value = z;
      }
    } else if (type === 'submit') {
      e.preventDefault();
      submit();
    } else if (id === 'ofs-tz') {
      // The picker applies a zone once it is a complete, known name;
      // leaving the field with an unknown name shows the notice.
      const v = target.value;
      if (type === 'change' || (v.includes('/') && model.zone(v) && ctx.zone !== v)) {
        setZone(v, true);
        renderSlots();
        refresh();
      }
    } else if (id === 'ofs-hour12') {
      if (type === 'change') {
        ctx.hour12 = target.checked;
        store.set(KEY_HOUR12, ctx.hour12 ? '12' : '24');
        renderSlots();
        refresh();
      }
    } else if (type === 'click') {
      // Buttons and the summary's links, delegated.
      const action = target.closest('[data-action]');
      const a = target.closest('.ofs-error-summary a[href^="#"]');
      const act = action && action.dataset.action;
      if (act === 'open') open(true);
      if (act === 'copy') copy(q('#ofs-message'), q('#ofs-copy-status'), t);
      if (act === 'copy-email') copy(q('#ofs-email-text'), q('#ofs-copy-email-status'), t);
      if (act === 'clear') clearForm();
      if (act === 'undo') undoClear();
      if (a) {
        e.preventDefault();
        const field = q(a.getAttribute('href'));
        if (field) focusField(field);
      }
    } else if (form.contains(target)) {
      if (type === 'change' && (target.name === 'slots' || target === noSlot)) {
        limit();
        open(false);
      }
      if (type === 'input') count(target);
      if (undo) {
        undo = null;
        q('#ofs-clear-status').textContent = '';
      }
      save();
      refresh();
    }
  };
  for (const k of ['submit', 'input', 'change', 'click', 'focusin']) c.addEventListener(k, on);

  // The shadow root is attached last, once the list is drawn: a failure
  // before that leaves the page's fallback in place.
  let root;
  try {
    root = host.attachShadow({ mode: 'open' });
  } catch {
    throw new Error('cannot attach a shadow root (one is attached already?)');
  }
  const css = str('css');
  const sheet = str('cssText') && typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in root && new CSSStyleSheet();
  if (sheet) {
    // The stylesheet's text is here already: adopted now, so the list is
    // drawn styled in this frame.
    sheet.replaceSync(str('cssText'));
    root.adoptedStyleSheets = [sheet];
    host.dataset.state = 'ready';
    mark('list');
  } else if (css) {
    // Shown once the stylesheet has arrived (or failed): never unstyled.
    c.hidden = true;
    const link = add(root, 'link');
    link.rel = 'stylesheet';
    link.href = css;
    link.onload = link.onerror = () => {
      c.hidden = false;
      host.dataset.state = 'ready';
      mark('list');
    };
  } else {
    host.dataset.state = 'ready';
    mark('list');
  }
  root.append(c);
}

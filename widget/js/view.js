// The widget's view: draws what the model (the wasm's `Widget`, see
// widget/src/model.rs, or on a page whose site's build listed the
// sessions, js/list-data.js over that data) answers and reads what the
// visitor does. No rule
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
import { add, el, render, resolved, zoneName } from './view/dom.js';
import { filled, parse } from './view/draft.js';
import { LIST } from './view/markup.js';
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
// What stops a view: set on its host, called before the host is drawn
// again and when it leaves the page (the entry's disconnectedCallback).
// Symbol.for: the list's and the wasm's bundles each carry this module.
const STOP = Symbol.for('otel-feedback-session:stop');

export function view(host, model, options, lang, max) {
  mark('mount');
  if (typeof host[STOP] === 'function') host[STOP]();
  const opt = (k) => (options && typeof options === 'object' ? options[k] : undefined);
  const str = (k) => (typeof opt(k) === 'string' ? opt(k) : '');
  const store = openStore(opt('storage') !== false);
  const t = (key, args) => model.t(key, args);
  const h = Math.min(6, Math.max(2, Math.trunc(opt('headingLevel')) || 3));

  // The visitor's zone: the page's `tz`, else the remembered choice, else
  // what the browser reports. The clock: remembered, else the locale's.
  const own = resolved('en', {}).timeZone;
  const wanted = str('tz').trim() || store.get(KEY_TZ) || own || '';
  const saved12 = store.get(KEY_HOUR12);
  const ctx = {
    lang,
    t,
    h,
    zone: 'UTC',
    hour12: saved12 === '12' || (saved12 !== '24' && /^h1[12]$/.test(resolved(lang, { hour: 'numeric' }).hourCycle)),
  };

  // The visitor's zone as the page language names it (every sentence
  // naming it says it so, never its IANA id).
  ctx.named = () => zoneName(lang, ctx.zone);

  const c = el('div', 'ofs');
  c.setAttribute('lang', lang);
  render(c, LIST(h, opt('heading') !== false), t);
  const q = (s) => c.querySelector(s);
  const tzInput = q('#ofs-tz');
  const zoneNotice = q('#ofs-zone-notice');
  const list = q('.ofs-slot-list');
  const noSlot = q('#ofs-no-slot');
  const intro = q('#ofs-intro');
  q('#ofs-hour12').checked = ctx.hour12;

  // Switches the visitor's zone; an unknown name means UTC with a notice,
  // and so does a browser that names none.
  const setZone = (name, remember) => {
    const z = model.zone(name);
    ctx.zone = z || 'UTC';
    zoneNotice.hidden = !!z;
    if (!z) zoneNotice.textContent = name.trim() ? t('notice-zone-unknown', { zone: name.trim() }) : t('notice-zone-none');
    else if (remember) store.set(KEY_TZ, z);
    tzInput.value = ctx.zone;
    intro.textContent = model.intro(ctx.zone, zoneName(lang, ctx.zone));
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
  // When the first session starts, the list is drawn again and the form
  // (its draft and outputs) follows: a session that has started is no
  // longer offered, nor in a message (`passed`).
  let timer;
  const renderSlots = () => {
    const s = JSON.parse(model.sessions(ctx.zone));
    drawSlots(list, s, ctx, boxes().filter((b) => b.checked).map((b) => b.value));
    limit();
    clearTimeout(timer);
    // Not again for the session that woke it (a page's fixed clock, `now`).
    if (s.list.length && s.list[0].ms !== woke) wake(s.list[0].ms);
  };
  let woke;
  // At most a day ahead (setTimeout's range is ~24.8 days), then again.
  const wake = (next) => {
    timer = setTimeout(() => {
      if (Date.now() < next) return wake(next);
      woke = next;
      if (loading) withForm((f) => f.passed());
      else renderSlots();
    }, Math.min(Math.max(next - Date.now(), 0) + 1000, 86400000));
  };

  // The rest of the form: its module is loaded when the visitor asks for
  // the form (or a draft is in progress), or fetched ahead as soon as they
  // reach for the widget; the list never waits for it. `url`: where the
  // page's build put it (the entry's `formUrl`), else beside this module.
  // The built module brings the form's own wasm (`model`: the check and
  // its outputs, see js/form-module.js); this module's `model` answers
  // the form only where one wasm has both parts (the tests' build).
  // Resolves to the form's controller, or to nothing when its module
  // cannot be loaded (said in the console; the list stays). A failed load
  // is not kept: the visitor's next request loads it again (a dropped
  // connection should not cost them the form until they reload the page).
  // The form's wasm and its message texts are fetched together with its
  // module (one round trip, not three).
  let loading;
  let attempt = 0;
  const prefetch = () => {
    const href = str('formWasmUrl');
    const integrity = str('formWasmIntegrity');
    if (typeof opt('formPrefetch') === 'function') opt('formPrefetch')();
    const res = href ? fetch(href, integrity ? { integrity } : undefined) : undefined;
    if (res) res.catch(() => {});
    return res;
  };
  // A retry imports the module under another URL: a browser keeps a
  // failed module import for the page's lifetime.
  const formUrl = () => {
    const url = new URL(str('formUrl') || new URL('./view/form.js', import.meta.url).href);
    if (attempt) url.searchParams.set('retry', attempt);
    attempt += 1;
    return url.href;
  };
  const load = () =>
    (loading ||= Promise.all([import(formUrl()), prefetch()])
      .then(async ([m, wasm]) => {
        const fm = m.model ? await m.model(options, wasm) : model;
        // The form speaks its own model's texts: the list's model may hold
        // only the list's (the site's build data, js/list-data.js).
        const ft = fm === model ? t : (key, args) => fm.t(key, args);
        const f = m.form({ c, q, model: fm, t: ft, store, ctx, limit, renderSlots });
        mark('form');
        return f;
      })
      .catch((e) => {
        console.error(`<otel-feedback-session> could not load its form: ${(e && e.message) || e}`);
        loading = undefined;
      }));
  // `then(f)`: what to do once the form is there.
  const withForm = (then) => loading && loading.then((f) => f && then(f));
  // The visitor asked for the form and it cannot load: they are told, in
  // their language, where to ask instead (the list stays).
  const open = (focus, then) =>
    load().then((f) => {
      const n = q('#ofs-form-notice');
      if (!f) {
        n.textContent = t('notice-form-unavailable');
        n.hidden = false;
        return;
      }
      n.hidden = true;
      f.open(focus);
      if (then) then(f);
    });

  // The zone box's messages: under the box (`text`, or hidden when
  // empty) and, for screen readers, in the polite live region.
  const tzError = q('#ofs-tz-error');
  const tzStatus = q('#ofs-tz-status');
  const say = (text) => {
    tzStatus.textContent = text;
  };
  const note = (text) => {
    tzError.hidden = !text;
    tzError.textContent = text;
    if (text) say(text);
  };
  ctx.say = say;
  // A zone picked: the list (and the form's outputs) follow, and the live
  // region says so.
  const pickZone = (z) => {
    setZone(z, true);
    renderSlots();
    withForm((f) => f.refresh());
    say(t('zone-shown-in', { zone: ctx.named() }));
  };
  // The zone picker (a combobox over the matching module, core's
  // zone::lookup): its bundle is loaded on the first focus or input of the
  // zone box, from where the page's build put it (the entry's `pickerUrl`
  // and `zonesUrl`), else beside this module. Until then, and if it
  // cannot load (said once in the console), the box stays a text field.
  // What was typed before the lookup answered (`pending`) waits for it,
  // the zone unchanged; the picker answers it once loaded.
  let picking = false;
  let failed = false;
  let pending;
  let pickerLoad;
  const loadPicker = () =>
    (pickerLoad ||= import(str('pickerUrl') || new URL('./view/picker.js', import.meta.url).href)
      .then((m) =>
        m.picker(
          tzInput,
          q('#ofs-tz-list'),
          tzError,
          ctx,
          own,
          pickZone,
          {
            href: str('zonesUrl') || new URL('./otel-feedback-zones.wasm', import.meta.url).href,
            integrity: str('zonesIntegrity'),
          },
          () => pending,
        ),
      )
      .then(
        () => {
          picking = true;
          pending = undefined;
          tzInput.dataset.picker = 'ready';
        },
        (e) => {
          failed = true;
          console.error(`<otel-feedback-session> could not load its zone picker: ${e.message}`);
          if (pending !== undefined) early(pending);
        },
      ));
  // A text typed before the picker answers: an IANA id the browser knows
  // applies at once (the model's `typedZone`); an empty box keeps the
  // zone; anything else waits for the lookup, or, when it cannot load,
  // keeps the zone and says so. Never UTC unless the visitor typed it.
  const early = (text) => {
    const z = model.typedZone(text);
    pending = undefined;
    if (z) {
      note('');
      tzInput.removeAttribute('aria-invalid');
      return pickZone(z);
    }
    if (!text.trim()) {
      tzInput.value = ctx.zone;
      return note('');
    }
    if (failed) return note(t('zone-lookup-unavailable', { text: text.trim(), zone: ctx.named() }));
    pending = text;
    note(t('zone-looking-up', { text: text.trim(), zone: ctx.named() }));
  };

  setZone(wanted, false);
  renderSlots();
  const draft = store.get(KEY_DRAFT);
  if (filled(parse(draft))) open(false, (f) => f.restore(draft));

  // Another tab edited the draft: it arrives here too.
  const sync = (e) => {
    if (e.key !== KEY_DRAFT || !c.isConnected) return;
    // Cleared there: cleared here too, once the form is here.
    if (!e.newValue) return withForm((f) => f.cleared());
    open(false, (f) => f.sync(e.newValue, root.activeElement && root.activeElement.name));
  };
  // On window, never as a bare call: a host page's patched addEventListener
  // (opentelemetry.io's user-interaction tracing keys a WeakMap by `this`)
  // gets no `this` from a bare call and throws.
  if (!store.off) window.addEventListener('storage', sync);

  // One listener on the container for the list's events (input, change,
  // click, focusin and pointerover bubble to it); the form adds its own.
  const on = (e) => {
    const target = e.target;
    const id = target.id;
    const type = e.type;
    if (type === 'focusin' || type === 'pointerover') {
      // The visitor reaches for the widget: the form's module is fetched.
      load();
      // The zone picker's module is loaded when the zone box first gets
      // focus (or input).
      if (id === 'ofs-tz') loadPicker();
    } else if (id === 'ofs-tz') {
      // Until the picker has loaded, the box is a text field: an IANA id
      // applies when it is changed; any other text waits for the lookup.
      loadPicker();
      if (type === 'change' && !picking) early(target.value);
    } else if (id === 'ofs-hour12') {
      if (type === 'change') {
        ctx.hour12 = target.checked;
        store.set(KEY_HOUR12, ctx.hour12 ? '12' : '24');
        renderSlots();
        withForm((f) => f.refresh());
      }
    } else if (type === 'click' && target.closest('[data-action=open]')) {
      open(true);
    } else if (type === 'change' && (target.name === 'slots' || target === noSlot)) {
      // A session (or "None of these") picked: the form opens below, focus
      // stays on the box for the next pick.
      limit();
      open(false, (f) => {
        f.save();
        f.refresh();
      });
    }
  };
  for (const k of ['input', 'change', 'click', 'focusin', 'pointerover']) c.addEventListener(k, on);

  // The shadow root is attached last, once the list is drawn: a failure
  // before that leaves the page's fallback in place.
  // Drawn again (an attribute changed, or back on the page): the same root.
  let root = host.shadowRoot;
  if (root) root.replaceChildren();
  else {
    try {
      root = host.attachShadow({ mode: 'open' });
    } catch {
      throw new Error('cannot attach a shadow root (the element has a closed one?)');
    }
  }
  // Stopping removes what this view added outside its own tree.
  host[STOP] = () => {
    clearTimeout(timer);
    window.removeEventListener('storage', sync);
    host[STOP] = undefined;
  };
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

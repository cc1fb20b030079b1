// The widget's view: draws what the model (the wasm's `Widget`, see
// widget/src/model.rs) answers and reads what the visitor does. No rule
// lives here: which zone a name means, the sessions and how they fall in
// the visitor's day, validation, the message, links and calendar files,
// and every text come from the model (core underneath). The view only adds
// what the browser itself knows: Intl's date and time formats in the page
// language, the detected zone and clock, localStorage and the clipboard.
//
// Text is only ever set with textContent or attributes; the static markup
// below holds no text (each [data-t] gets the model's text for its key),
// and nothing the page or the visitor gives is parsed as HTML. Its ids,
// classes and data-* attributes are the DOM contract in docs/widget.md.
// wasm-bindgen ships this file with the package (a snippet), and the build
// bundles it into the glue.

const KEY_TZ = 'otel-feedback:tz';
const KEY_HOUR12 = 'otel-feedback:hour12';
const KEY_DRAFT = 'otel-feedback:draft';

// Every field an error may point at, in page order (the error summary's
// order).
const PAGE_ORDER = ['slots', 'alternative_time', 'organization', 'name', 'role', 'contact', 'email', 'slack', 'topics', 'details', 'delete_recording', 'anonymize_post'];

// The markup: no text (each [data-t] gets the model's text for its key).
// A text field: its label (with a required or optional mark), help, control
// and error slot; `name` is the request's field, its keys use dashes.
const error = (name) => `<p class="ofs-error" id="ofs-${name}-error" hidden></p>`;
const mark = (kind) => (kind ? `<span class="ofs-${kind} ofs-mark">(<span data-t="${kind}"></span>)</span>` : '');
const field = (name, kind, tag, attrs) => {
  const id = `ofs-${name}`;
  const key = name.replace('_', '-');
  return `<div class="ofs-field">
    <label class="ofs-label" for="${id}"><span class="ofs-label-text" data-t="label-${key}"></span>${mark(kind)}</label>
    <p class="ofs-help" id="${id}-help" data-t="help-${key}"></p>
    <${tag} class="ofs-control" id="${id}" name="${name}" aria-describedby="${id}-help" ${attrs}>${tag === 'textarea' ? '</textarea>' : ''}
    ${error(name)}
  </div>`;
};
// A checkbox with its label and help.
const check = (id, name, value, key) => `<div class="ofs-check">
    <input type="checkbox" id="${id}" name="${name}" value="${value}" aria-describedby="${id}-help">
    <label for="${id}" data-t="${key}"></label>
    <p class="ofs-help" id="${id}-help" data-t="help-${key.replace(/^label-/, '')}"></p>
  </div>`;
// A group of fields: legend, help, the fields.
const group = (name, key, kind, body) => `<fieldset class="ofs-fieldset" id="ofs-${name}" aria-describedby="ofs-${name}-help">
    <legend class="ofs-legend"><span class="ofs-label-text" data-t="${key}"></span>${mark(kind)}</legend>
    <p class="ofs-help" id="ofs-${name}-help" data-t="${key.replace('label', 'help').replace('heading', 'help')}"></p>
    ${body}
  </fieldset>`;


// The form, and the output section's content (drawn only for a valid
// request). Each line's leading spaces are dropped before parsing, so no
// whitespace text node sits between inline elements.
const FORM = `<div class="ofs-error-summary" role="alert" tabindex="-1" hidden></div>
<h3 class="ofs-heading" data-t="sessions-heading"></h3>
<p class="ofs-help" id="ofs-intro"></p>
<div class="ofs-prefs">
  <div class="ofs-field ofs-tz-field">
    <label class="ofs-label" for="ofs-tz" data-t="label-timezone"></label>
    <input type="text" id="ofs-tz" class="ofs-control" list="ofs-tz-list" autocomplete="off" spellcheck="false" aria-describedby="ofs-tz-help">
    <p class="ofs-help" id="ofs-tz-help" data-t="help-timezone"></p>
    <datalist id="ofs-tz-list"></datalist>
  </div>
  <div class="ofs-check ofs-hour12-field">
    <input type="checkbox" id="ofs-hour12">
    <label for="ofs-hour12" data-t="label-hour12"></label>
  </div>
</div>
<p class="ofs-notice" role="status" hidden></p>
<form class="ofs-form" id="ofs-form" novalidate>
  ${group('slots', 'label-slots', '', `<ul class="ofs-slot-list"></ul>
    <div class="ofs-check">
      <input type="checkbox" id="ofs-no-slot" name="no_slot" value="1">
      <label for="ofs-no-slot" data-t="slot-none"></label>
    </div>${error('slots')}`)}
  ${field('alternative_time', '', 'textarea', 'rows="2" autocomplete="off"')}
  ${field('organization', 'required', 'input', 'type="text" autocomplete="organization" aria-required="true"')}
  ${field('name', 'required', 'input', 'type="text" autocomplete="name" aria-required="true"')}
  ${field('role', 'optional', 'input', 'type="text" autocomplete="organization-title"')}
  ${group('contact', 'contact-heading', 'required', field('email', '', 'input', 'type="text" inputmode="email" autocomplete="email" spellcheck="false"') + field('slack', '', 'input', 'type="text" autocomplete="off"'))}
  ${group('topics', 'label-topics', 'required', ['special-use-cases', 'implementation', 'adoption'].map((v) => check(`ofs-topic-${v}`, 'topics', v, `topic-${v}`)).join('') + error('topics'))}
  ${field('details', 'optional', 'textarea', 'rows="5" autocomplete="off"')}
  <fieldset class="ofs-fieldset">
    <legend class="ofs-legend"><span class="ofs-label-text" data-t="compliance-heading"></span></legend>
    <p class="ofs-help" data-t="compliance-help"></p>
    ${check('ofs-delete_recording', 'delete_recording', 1, 'label-delete-recording')}
    ${check('ofs-anonymize_post', 'anonymize_post', 1, 'label-anonymize-post')}
  </fieldset>
  <div class="ofs-actions">
    <button class="ofs-btn ofs-btn-primary" type="submit" data-t="button-check"></button>
    <button class="ofs-btn ofs-btn-secondary" type="button" data-action="clear" data-t="button-clear"></button>
  </div>
</form>
<section class="ofs-output" aria-labelledby="ofs-output-heading" hidden></section>`;

const OUTPUT = `
  <h3 class="ofs-heading" id="ofs-output-heading" tabindex="-1" data-t="send-heading"></h3>
  <p class="ofs-valid" data-t="notice-valid"></p>
  <p class="ofs-help" data-t="send-help"></p>
  <textarea class="ofs-control ofs-message" readonly rows="12" id="ofs-message" data-output="slack" aria-labelledby="ofs-output-heading"></textarea>
  <div class="ofs-actions">
    <button class="ofs-btn ofs-btn-primary" type="button" data-action="copy" data-t="button-copy-message"></button>
  </div>
  <p class="ofs-copy-status" role="status" id="ofs-copy-status"></p>
  <ul class="ofs-links">
    <li><a id="ofs-channel-app" data-output="slack-channel" data-t="button-open-channel-app"></a></li>
    <li><a id="ofs-channel-web" data-output="slack-channel-web" target="_blank" rel="noopener" data-t="button-open-channel-web"></a></li>
    <li id="ofs-invite-item"><a id="ofs-invite" data-output="slack-invite" target="_blank" rel="noopener" data-t="button-join-slack"></a></li>
  </ul>
  <h4 class="ofs-subheading" id="ofs-email-heading" data-t="email-heading"></h4>
  <p class="ofs-help" id="ofs-mail-no-recipient" data-t="notice-no-email-recipient" hidden></p>
  <ul class="ofs-links" id="ofs-mail-links">
    <li><a id="ofs-mailto" data-output="mailto" data-t="button-email"></a></li>
  </ul>
  <div id="ofs-mail-shortened" hidden>
    <p class="ofs-help" data-t="notice-email-shortened"></p>
    <textarea class="ofs-control ofs-message" readonly rows="8" id="ofs-email-text" data-output="email-text" aria-labelledby="ofs-email-heading"></textarea>
    <div class="ofs-actions">
      <button class="ofs-btn ofs-btn-secondary" type="button" data-action="copy-email" data-t="button-copy-email"></button>
    </div>
    <p class="ofs-copy-status" role="status" id="ofs-copy-email-status"></p>
  </div>
  <h4 class="ofs-subheading" data-t="calendar-heading"></h4>
  <ul class="ofs-links" id="ofs-calendar-links"></ul>`;

// localStorage when the browser lets the page use it; every access is
// wrapped (private modes and sandboxed frames throw, a full quota refuses
// writes), and a storage that refuses writes is as good as none.
function openStore(wanted) {
  try {
    const s = wanted && localStorage;
    s.setItem('otel-feedback:probe', '1');
    s.removeItem('otel-feedback:probe');
    return s;
  } catch {
    return null;
  }
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function add(parent, tag, cls, text) {
  return parent.appendChild(el(tag, cls, text));
}

// A formatter in `zone` (UTC when Intl refuses the zone) for `lang` ('en'
// when Intl refuses the tag).
function dtf(lang, zone, opts) {
  for (const timeZone of [zone, 'UTC']) {
    for (const l of [lang, 'en']) {
      try {
        return new Intl.DateTimeFormat(l, { ...opts, timeZone });
      } catch {
        // next
      }
    }
  }
}

function resolved(lang, opts) {
  try {
    return new Intl.DateTimeFormat(lang, opts).resolvedOptions();
  } catch {
    return new Intl.DateTimeFormat('en', opts).resolvedOptions();
  }
}

// Focuses a field, or the first control inside a group.
function focusField(t) {
  ((t.tagName === 'FIELDSET' && (t.querySelector('input:not([disabled])') || t.querySelector('input'))) || t).focus();
}

/**
 * Draws the widget for `model` into `host`'s open shadow root, in `lang`
 * (the page language), with at most `max` sessions picked. `options`:
 * `tz` (the visitor's zone, overriding the remembered and detected one),
 * `css` (stylesheet URL: the UI shows once it has loaded or failed),
 * `storage` (`false`: keep nothing in localStorage).
 */
export function view(host, model, options, lang, max) {
  const opt = (k) => (options && typeof options === 'object' ? options[k] : undefined);
  const str = (k) => (typeof opt(k) === 'string' ? opt(k) : '');
  const store = openStore(opt('storage') !== false);
  const stored = (k) => {
    try {
      return store && store.getItem(k);
    } catch {
      return null;
    }
  };
  const keep = (k, v) => {
    try {
      if (v === null) store && store.removeItem(k);
      else store && store.setItem(k, v);
    } catch {
      // not kept
    }
  };
  const t = (key, args) => model.t(key, args);
  const render = (into, html) => {
    into.innerHTML = html.replace(/\n */g, '');
    for (const e of into.querySelectorAll('[data-t]')) e.textContent = t(e.dataset.t);
  };

  // The visitor's zone: the page's `tz`, else the remembered choice, else
  // what the browser reports. The clock: remembered, else the locale's.
  const wanted = str('tz').trim() || stored(KEY_TZ) || resolved('en', {}).timeZone || 'UTC';
  const saved12 = stored(KEY_HOUR12);
  let hour12 = saved12 === '12' || (saved12 !== '24' && /^h1[12]$/.test(resolved(lang, { hour: 'numeric' }).hourCycle));

  const c = el('div', 'ofs');
  c.setAttribute('lang', lang);
  render(c, FORM);
  const q = (s) => c.querySelector(s);
  const notice = q('.ofs-notice');
  const tzInput = q('#ofs-tz');
  const list = q('.ofs-slot-list');
  const noSlot = q('#ofs-no-slot');
  const form = q('#ofs-form');
  const summary = q('.ofs-error-summary');
  const output = q('.ofs-output');
  q('#ofs-hour12').checked = hour12;

  // The shadow root is attached last, once everything is drawn: a failure
  // before that leaves the page's fallback in place.
  let root;
  const byId = (id) => root.getElementById(id);

  const intro = q('#ofs-intro');
  let zone = 'UTC';
  // Switches the visitor's zone; an unknown name means UTC with a notice.
  const setZone = (name, remember) => {
    const z = model.zone(name);
    zone = z || 'UTC';
    notice.hidden = !!z;
    if (!z) notice.textContent = t('notice-zone-unknown', { zone: name.trim() });
    else if (remember) keep(KEY_TZ, z);
    tzInput.value = zone;
    intro.textContent = model.intro(zone);
  };

  const boxes = () => [...list.querySelectorAll('input[name=slots]')];
  // At most `max` sessions: the others are disabled once it is reached.
  const limit = () => {
    const b = boxes();
    const full = b.filter((x) => x.checked).length >= max;
    for (const x of b) x.disabled = full && !x.checked;
  };

  // (Re)draws the session list in the current zone and clock, keeping
  // which sessions are ticked.
  const renderSlots = () => {
    const ticked = boxes().filter((b) => b.checked).map((b) => b.value);
    const s = JSON.parse(model.sessions(zone));
    list.textContent = '';
    if (!s.list.length) add(list, 'li', 'ofs-empty', t('sessions-none'));
    const hourCycle = hour12 ? 'h12' : 'h23';
    const clock = { hour: 'numeric', minute: '2-digit', hourCycle };
    const f = (opts) => dtf(lang, zone, opts);
    const weekday = f({ weekday: 'long' });
    const date = f({ month: 'long', day: 'numeric' });
    const time = f({ ...clock, timeZoneName: 'short' });
    const full = f({ weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', ...clock, timeZoneName: 'long' });
    // The source zone's wall time comes from the model (chrono-tz, or the
    // browser's rules), so it is formatted as if it were UTC.
    const wall = dtf(lang, 'UTC', { weekday: 'short', ...clock });
    s.list.forEach((o, i) => {
      const source = t('source-time', { time: wall.format(o.wall), zone: o.abbr });
      const later = o.days > 0 ? 'day-later' : 'day-earlier';
      const li = add(list, 'li', 'ofs-slot');
      li.dataset.slot = o.utc;
      li.dataset.local = o.local;
      const label = add(li, 'label', 'ofs-slot-label');
      const id = `ofs-slot-${i}`;
      label.htmlFor = id;
      const input = add(label, 'input');
      for (const [k, v] of [['type', 'checkbox'], ['name', 'slots'], ['value', o.utc], ['id', id]]) input.setAttribute(k, v);
      input.checked = ticked.includes(o.utc);
      // What a screen reader announces: the full date, time and zone.
      add(label, 'span', 'ofs-sr', `${full.format(o.ms)} (${source})${o.days ? `, ${t(`${later}-long`)}` : ''}`);
      const seen = add(label, 'span', 'ofs-slot-text');
      seen.setAttribute('aria-hidden', 'true');
      const when = add(seen, 'time', 'ofs-when');
      when.setAttribute('datetime', o.utc);
      add(when, 'span', 'ofs-weekday', weekday.format(o.ms));
      when.append(' ');
      add(when, 'span', 'ofs-date', date.format(o.ms));
      when.append(' ');
      add(when, 'span', 'ofs-time', time.format(o.ms));
      if (o.days) add(seen, 'span', 'ofs-day-marker', t(later)).title = t(`${later}-long`);
      add(seen, 'span', 'ofs-source', source);
      if (s.label && o.label !== null) add(seen, 'span', 'ofs-series', o.label);
    });
    limit();
  };

  // The form keyed by control name, the shape the model's `check` and the
  // draft take: a text field: its text; a checkbox whose value is 1:
  // whether it is ticked; other checkboxes (topics, slots): the ticked
  // values.
  const fields = () => form.querySelectorAll('[name]');
  const state = () => {
    const o = {};
    for (const e of fields()) {
      const k = e.getAttribute('name');
      if (e.type !== 'checkbox') o[k] = e.value;
      else if (e.value === '1') o[k] = e.checked;
      else o[k] = [...(Array.isArray(o[k]) ? o[k] : []), ...(e.checked ? [e.value] : [])];
    }
    return o;
  };
  const restoreDraft = () => {
    let d;
    try {
      d = JSON.parse(stored(KEY_DRAFT));
    } catch {
      // an unreadable draft is ignored
    }
    if (!d || typeof d !== 'object') return;
    for (const e of fields()) {
      const v = d[e.getAttribute('name')];
      if (e.type !== 'checkbox') e.value = typeof v === 'string' ? v : '';
      else if (e.value === '1') e.checked = v === true;
      else e.checked = Array.isArray(v) && v.includes(e.value);
    }
    limit();
  };

  const clearErrors = () => {
    summary.hidden = true;
    summary.textContent = '';
    for (const e of c.querySelectorAll('[aria-invalid]')) {
      e.removeAttribute('aria-invalid');
      // Back to the help text only.
      const d = e.getAttribute('aria-describedby');
      if (d !== null) e.setAttribute('aria-describedby', d.split(/\s+/).filter((p) => p && !p.endsWith('-error')).join(' '));
    }
    for (const e of c.querySelectorAll('.ofs-error')) {
      e.textContent = '';
      e.hidden = true;
    }
  };

  const showErrors = (errors) => {
    const rank = (e) => (PAGE_ORDER.indexOf(e.field) + 1 || 99);
    errors.sort((a, b) => rank(a) - rank(b));
    clearErrors();
    output.hidden = true;
    add(summary, 'h3', 'ofs-error-title', t('errors-heading', { count: String(errors.length) }));
    const ul = add(summary, 'ul');
    let first;
    for (const err of errors) {
      // The element an error points at: the field itself, or the fieldset
      // of a group (slots, topics, contact).
      const id = `ofs-${err.field}`;
      const errorId = `${id}-error`;
      const a = add(add(ul, 'li'), 'a', '', err.message);
      a.setAttribute('href', `#${id}`);
      a.dataset.field = err.field;
      const slot = byId(errorId);
      if (slot) {
        slot.textContent = slot.textContent ? `${slot.textContent} ${err.message}` : err.message;
        slot.hidden = false;
      }
      const target = byId(id);
      if (target) {
        target.setAttribute('aria-invalid', 'true');
        const d = target.getAttribute('aria-describedby') || '';
        if (!d.split(/\s+/).includes(errorId)) target.setAttribute('aria-describedby', `${d} ${errorId}`.trim());
        first ||= target;
      }
    }
    summary.hidden = false;
    if (first) focusField(first);
    else summary.focus();
  };

  // `focus`: move focus to the outputs (after a check; not when they are
  // recomputed after an edit).
  const showOutputs = (out, focus) => {
    render(output, OUTPUT);
    const href = (id, url) => byId(id).setAttribute('href', url);
    byId('ofs-message').value = out.slack;
    href('ofs-channel-app', out.app);
    href('ofs-channel-web', out.web);
    href('ofs-invite', out.invite);
    // No configured recipient: no email link, and where to send instead.
    if (out.mailto) href('ofs-mailto', out.mailto);
    byId('ofs-mail-links').hidden = !out.mailto;
    byId('ofs-mail-no-recipient').hidden = !!out.mailto;
    byId('ofs-email-text').value = out.mail;
    for (const [name, url] of out.dms) {
      const li = el('li');
      const a = add(li, 'a', '', t('button-dm', { name }));
      a.setAttribute('href', url);
      a.dataset.output = 'slack-dm';
      byId('ofs-invite-item').before(li);
    }
    byId('ofs-mail-shortened').hidden = !out.short;
    const link = (key, url, kind, when) => {
      const a = add(add(byId('ofs-calendar-links'), 'li'), 'a', '', t(key, when && { when }));
      a.setAttribute('href', url);
      a.dataset.output = kind;
      return a;
    };
    // Each session's links name it (their text is their accessible name).
    const when = dtf(lang, zone, { weekday: 'short', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', hourCycle: hour12 ? 'h12' : 'h23' });
    const at = out.at.map((utc) => when.format(new Date(utc)));
    const data = (text) => `data:text/calendar;charset=utf-8,${encodeURIComponent(text)}`;
    out.ics.forEach((ics, i) => {
      link('button-ics', data(ics), 'ics', at[i]).download = i ? `otel-feedback-session-${i + 1}.ics` : 'otel-feedback-session.ics';
    });
    link('button-ics-series', data(out.series), 'ics-series').download = 'otel-end-user-sig.ics';
    out.gcal.forEach((g, i) => {
      const a = link('button-gcal', g, 'gcal', at[i]);
      a.target = '_blank';
      a.rel = 'noopener';
    });
    output.hidden = false;
    if (focus) byId('ofs-output-heading').focus();
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
    const r = JSON.parse(model.check(JSON.stringify(state()), zone));
    if (r.errors) hideOutputs();
    else showOutputs(r, false);
  };

  const submit = () => {
    const r = JSON.parse(model.check(JSON.stringify(state()), zone));
    if (r.errors) {
      // A session may have started since the list was drawn (the model's
      // clock runs): redraw it, keeping the draft in step, then say why.
      renderSlots();
      keep(KEY_DRAFT, JSON.stringify(state()));
      return showErrors(r.errors);
    }
    clearErrors();
    showOutputs(r, true);
  };

  // Clipboard API, else (denied, absent) the text selected with an
  // instruction.
  const copy = (msgId, statusId) => {
    const msg = byId(msgId);
    const status = byId(statusId);
    const fallback = () => {
      msg.select();
      msg.focus();
      status.textContent = `${t('notice-copy-failed')} ${t('notice-copy-select')}`;
    };
    const clipboard = navigator.clipboard;
    if (!clipboard) return fallback();
    clipboard.writeText(msg.value).then(() => {
      status.textContent = t('notice-copied');
    }, fallback);
  };

  const clearForm = () => {
    form.reset();
    keep(KEY_DRAFT, null);
    clearErrors();
    hideOutputs();
    limit();
  };

  setZone(wanted, false);
  renderSlots();
  restoreDraft();

  // One listener on the container for every event the widget handles
  // (submit, input, change, click and focusin all bubble to it).
  const on = (e) => {
    const target = e.target;
    const id = target.id;
    const type = e.type;
    if (type === 'focusin') {
      // The zone picker's list (every zone Intl knows, ~600 options) is
      // filled when the field first gets focus.
      const zones = byId('ofs-tz-list');
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
      if (type === 'change' || (v.includes('/') && model.zone(v) && zone !== v)) {
        setZone(v, true);
        renderSlots();
        refresh();
      }
    } else if (id === 'ofs-hour12') {
      if (type === 'change') {
        hour12 = target.checked;
        keep(KEY_HOUR12, hour12 ? '12' : '24');
        renderSlots();
        refresh();
      }
    } else if (type === 'click') {
      // Buttons and the summary's links, delegated.
      const action = target.closest('[data-action]');
      const a = target.closest('.ofs-error-summary a[href^="#"]');
      if (action) {
        if (action.dataset.action === 'copy') copy('ofs-message', 'ofs-copy-status');
        if (action.dataset.action === 'copy-email') copy('ofs-email-text', 'ofs-copy-email-status');
        if (action.dataset.action === 'clear') clearForm();
      } else if (a) {
        e.preventDefault();
        const field = byId(a.getAttribute('href').slice(1));
        if (field) focusField(field);
      }
    } else if (form.contains(target)) {
      if (type === 'change') {
        if (target.name === 'slots' && target.checked) noSlot.checked = false;
        if (target === noSlot && target.checked) for (const b of boxes()) b.checked = false;
        limit();
      }
      keep(KEY_DRAFT, JSON.stringify(state()));
      refresh();
    }
  };
  for (const k of ['submit', 'input', 'change', 'click', 'focusin']) c.addEventListener(k, on);

  try {
    root = host.attachShadow({ mode: 'open' });
  } catch {
    throw new Error('cannot attach a shadow root (one is attached already?)');
  }
  const css = str('css');
  if (css) {
    // Shown once the stylesheet has arrived (or failed): never unstyled.
    c.hidden = true;
    const link = add(root, 'link');
    link.rel = 'stylesheet';
    link.href = css;
    link.onload = link.onerror = () => {
      c.hidden = false;
      host.dataset.state = 'ready';
    };
  } else {
    host.dataset.state = 'ready';
  }
  root.append(c);
}

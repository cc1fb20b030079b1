// The form, loaded when the visitor asks for it (view.js `open`): its
// fields, the draft (kept, synced between tabs, restored, cleared with an
// Undo), the counters, the check with its errors, and the outputs. A page
// loads this module only then (the build makes it its own file,
// otel-feedback-form.js), so the list of sessions never waits for it.
import { add, dtf, focusField, render } from './dom.js';
import { apply, parse, request, state } from './draft.js';
import { clearErrors, showErrors } from './errors.js';
import { FORM, TOPIC } from './markup.js';
import { copy, showOutputs } from './outputs.js';
import { KEY_DRAFT } from './store.js';

/**
 * Draws the form into the view `v` (view.js: its container `c`, `q`, the
 * model, texts, store, context `ctx`, `limit`, `renderSlots`) and wires
 * it. Answers the form's controller: `open(focus)`, `restore(draft)`,
 * `sync(draft, active)`, `refresh()`, `save()`.
 */
export function form(v) {
  const { c, q, model, t, store, ctx, limit, renderSlots } = v;
  const f = q('#ofs-form');
  const rest = q('#ofs-rest');
  const summary = q('.ofs-error-summary');
  const output = q('.ofs-output');
  render(rest, FORM, t);
  const topics = rest.querySelector('.ofs-topics');
  for (const id of model.topics().split(' ')) if (id) topics.insertAdjacentHTML('beforeend', TOPIC(id));
  for (const e of topics.querySelectorAll('[data-t]')) e.textContent = t(e.dataset.t);
  const controls = () => rest.querySelectorAll('.ofs-control');

  // A text as far as the model reads it (`reads`: twice its limit and
  // more): what the check and the draft take. The field keeps all of it.
  const clip = (name, text) => {
    const n = model.reads(name);
    return n && text.length > n ? text.slice(0, n) : text;
  };

  // The draft: kept on every edit (each text as far as the model reads
  // it: a restored over-long text is still over its limit, and says so);
  // when the browser refuses it, the visitor is told once, near the form.
  let warned = false;
  const save = () => {
    if (store.off || store.set(KEY_DRAFT, JSON.stringify(state(f, clip))) || warned) return;
    warned = true;
    const n = q('#ofs-store-notice');
    n.textContent = t('notice-storage-unavailable');
    n.hidden = false;
  };

  // A counter near each limited field once it is close to its limit (the
  // limits and the count are core's).
  const count = (e) => {
    const n = c.querySelector(`#${e.id}-counter`);
    const max = n && model.limit(e.name);
    if (!max) return;
    const text = clip(e.name, e.value);
    const left = max - model.count(text);
    n.hidden = left > max / 10;
    // Past what the model reads, the count is a lower bound.
    const over = text === e.value ? 'chars-over' : 'chars-over-at-least';
    n.textContent = left < 0 ? t(over, { count: String(-left) }) : t('chars-left', { count: String(left) });
    n.classList.toggle('ofs-over', left < 0);
  };
  const counts = () => {
    limit();
    for (const e of controls()) count(e);
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
    const r = JSON.parse(model.check(request(f, clip), ctx.zone));
    if (r.errors) hideOutputs();
    else showOutputs(output, r, ctx, false);
  };

  const submit = () => {
    const r = JSON.parse(model.check(request(f, clip), ctx.zone));
    if (r.errors) {
      // A session may have started since the list was drawn (the model's
      // clock runs): redraw it, keeping the draft in step, then say why.
      renderSlots();
      save();
      hideOutputs();
      return showErrors(c, summary, r.errors, t, ctx.h);
    }
    clearErrors(c, summary);
    showOutputs(output, r, ctx, true);
  };

  // Clear, with an undo: what was cleared comes back with one click.
  const status = q('#ofs-clear-status');
  let undo = null;
  const forget = () => {
    undo = null;
    status.textContent = '';
  };
  const clearForm = () => {
    undo = state(f);
    f.reset();
    store.set(KEY_DRAFT, null);
    clearErrors(c, summary);
    hideOutputs();
    counts();
    status.textContent = `${t('notice-cleared')} `;
    const b = add(status, 'button', 'ofs-btn ofs-btn-link', t('button-undo'));
    b.type = 'button';
    b.dataset.action = 'undo';
  };
  const undoClear = () => {
    if (!undo) return;
    apply(f, undo);
    forget();
    counts();
    save();
    focusField(rest.querySelector('.ofs-control'));
  };

  // The draft's sessions that are no longer offered, named.
  const gone = (slots) => {
    const n = q('#ofs-draft-notice');
    const when = dtf(ctx.lang, ctx.zone, { day: 'numeric', month: 'long' });
    n.hidden = !slots.length;
    n.textContent = slots.map((s) => t('notice-session-gone', { when: when.format(new Date(s)) })).join(' ');
  };

  const on = (e) => {
    const target = e.target;
    const type = e.type;
    if (type === 'submit') {
      e.preventDefault();
      submit();
    } else if (type === 'click') {
      const act = target.closest('[data-action]')?.dataset.action;
      if (act === 'copy') copy(q('#ofs-message'), q('#ofs-copy-status'), t);
      if (act === 'copy-email') copy(q('#ofs-email-text'), q('#ofs-copy-email-status'), t);
      if (act === 'clear') clearForm();
      if (act === 'undo') undoClear();
      // The summary's links move focus to their field.
      const a = target.closest('.ofs-error-summary a[href^="#"]');
      if (a) {
        e.preventDefault();
        const field = q(a.getAttribute('href'));
        if (field) focusField(field);
      }
    } else if (f.contains(target)) {
      if (type === 'input') count(target);
      if (undo) forget();
      save();
      refresh();
    }
  };
  for (const k of ['submit', 'input', 'change', 'click']) c.addEventListener(k, on);

  return {
    open(focus) {
      rest.hidden = false;
      q('#ofs-open').hidden = true;
      q('[data-action=open]').setAttribute('aria-expanded', 'true');
      if (focus) focusField(rest.querySelector('.ofs-control'));
    },
    // A stored draft (JSON text) into the form, on load.
    restore(text) {
      const d = parse(text);
      if (d) gone(apply(f, d));
      counts();
      save();
    },
    // Another tab edited the draft: its fields come over, one by one (the
    // field this tab's visitor is typing in stays theirs).
    sync(text, active) {
      const d = parse(text);
      if (!d) return;
      // Compared as stored: a text longer than the draft keeps stays.
      const mine = state(f, clip);
      const changed = new Set(Object.keys(d).filter((k) => k !== active && JSON.stringify(d[k]) !== JSON.stringify(mine[k])));
      if (!changed.size) return;
      apply(f, d, changed);
      counts();
      refresh();
    },
    refresh,
    save,
  };
}

// The form, loaded when the visitor asks for it (view.js `open`): its
// fields, the draft (kept, synced between tabs, restored, cleared with an
// Undo), the counters, the check with its errors, and the outputs. A page
// loads this module only then (the build makes it its own file,
// otel-feedback-form.js), so the list of sessions never waits for it.
import { add, dtf, focusField, render } from './dom.js';
import { apply, filled, parse, request, state } from './draft.js';
import { clearErrors, showErrors } from './errors.js';
import { FORM, TOPIC } from './markup.js';
import { copy, showOutputs } from './outputs.js';
import { KEY_DRAFT, KEY_MSG_LANG } from './store.js';

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

  // The message's language: the channel's (the configuration's
  // message_lang), said in the page's language; the visitor may have it
  // composed in the page's language instead (kept for their next visit).
  const [channelLang, pageLang] = (typeof model.messageLangs === 'function' ? model.messageLangs() : '').split(' ');
  const ownBox = q('#ofs-msg-own');
  const langName = (code) => {
    try {
      return new Intl.DisplayNames([ctx.lang, 'en'], { type: 'language' }).of(code) || code;
    } catch {
      return code;
    }
  };
  const names = { language: langName(channelLang), own: langName(pageLang) };
  const showLang = () => {
    q('#ofs-msg-lang-note').textContent = t(ownBox.checked ? 'message-lang-switched' : 'message-lang-note', names);
  };
  const composeIn = (own) => {
    ownBox.checked = own;
    model.composeInPage(own);
    showLang();
  };
  if (channelLang && pageLang && channelLang !== pageLang) {
    q('#ofs-msg-lang').hidden = false;
    q('#ofs-msg-own-label').textContent = t('message-lang-switch', names);
    composeIn(store.get(KEY_MSG_LANG) === pageLang);
  }

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
  // `elsewhere`: another tab cleared it (the draft is gone already).
  const clearForm = (elsewhere) => {
    undo = state(f);
    const own = ownBox.checked;
    f.reset();
    ownBox.checked = own;
    if (!elsewhere) store.set(KEY_DRAFT, null);
    clearErrors(c, summary);
    hideOutputs();
    counts();
    status.textContent = `${t(elsewhere ? 'notice-cleared-elsewhere' : 'notice-cleared')} `;
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
      if (act === 'clear') clearForm(false);
      if (act === 'undo') undoClear();
      // The summary's links move focus to their field.
      const a = target.closest('.ofs-error-summary a[href^="#"]');
      if (a) {
        e.preventDefault();
        const field = q(a.getAttribute('href'));
        if (field) focusField(field);
      }
    } else if (target === ownBox) {
      if (type !== 'change') return;
      composeIn(ownBox.checked);
      store.set(KEY_MSG_LANG, ownBox.checked ? pageLang : null);
      refresh();
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
    // Another tab cleared the draft: so is this tab's form (with the
    // same Undo), so that an edit here does not write the old draft back.
    cleared() {
      if (filled(state(f))) clearForm(true);
    },
    // A session has started since the list was drawn (view.js's timer):
    // the list is drawn again, the draft and the outputs follow, and a
    // ticked session that is gone is named.
    passed() {
      const before = state(f).slots || [];
      renderSlots();
      const now = state(f).slots || [];
      const lost = before.filter((s) => !now.includes(s));
      if (lost.length) gone(lost);
      save();
      refresh();
    },
    refresh,
    save,
  };
}

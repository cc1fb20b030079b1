// Field errors: the summary at the top (its links move focus to the field)
// and each message next to its field or group, which is marked invalid.
import { add, focusField } from './dom.js';

// Takes every error away.
export function clearErrors(c, summary) {
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
}

// Shows `errors` (the model's `check` answer: field, message), in page
// order, and focuses the first field (the summary when none is drawn).
// `h`: the summary title's heading level.
export function showErrors(c, summary, errors, t, h) {
  const byId = (id) => c.querySelector(`#${id}`);
  // Page order: where each error's field stands in the document.
  const at = (e) => byId(`ofs-${e.field}`);
  errors.sort((a, b) => {
    const x = at(a);
    const y = at(b);
    return x === y ? 0 : x && y ? (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1) : !x - !y;
  });
  clearErrors(c, summary);
  add(summary, `h${h}`, 'ofs-error-title', t('errors-heading', { count: String(errors.length) }));
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
}

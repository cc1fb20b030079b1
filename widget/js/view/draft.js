// The form as data: the shape the model's `check` and the stored draft
// take, keyed by control name. A text field: its text; a checkbox whose
// value is 1: whether it is ticked; other checkboxes (topics, slots): the
// ticked values.

// `clip(name, text)`, when given, shortens each text to what the model
// reads of it (its `reads`): the request and the stored draft then cost
// what a text of the limit costs, however much was pasted.
export function state(form, clip) {
  const o = {};
  for (const e of form.querySelectorAll('[name]')) {
    const k = e.getAttribute('name');
    if (e.type !== 'checkbox') o[k] = clip ? clip(k, e.value) : e.value;
    else if (e.value === '1') o[k] = e.checked;
    else o[k] = [...(Array.isArray(o[k]) ? o[k] : []), ...(e.checked ? [e.value] : [])];
  }
  return o;
}

// The request the model checks: "None of these" leaves the picked sessions
// out (they stay ticked, disabled, in the form and the draft).
export function request(form, clip) {
  const o = state(form, clip);
  if (o.no_slot) o.slots = [];
  return JSON.stringify(o);
}

// A stored draft (JSON text), or null when there is none or it is not one.
export function parse(text) {
  try {
    const d = JSON.parse(text);
    return d && typeof d === 'object' && !Array.isArray(d) ? d : null;
  } catch {
    return null;
  }
}

// Whether a draft holds anything the visitor typed or ticked.
export const filled = (d) => !!d && Object.values(d).some((v) => (Array.isArray(v) ? v.length : v));

// Puts draft `d` into the form's controls; `only`: the control names to
// touch (every one when absent). Answers the draft's sessions that have no
// checkbox any more (passed, or no longer offered).
export function apply(form, d, only) {
  const seen = new Set();
  for (const e of form.querySelectorAll('[name]')) {
    const k = e.getAttribute('name');
    if (only && !only.has(k)) continue;
    const v = d[k];
    if (e.type !== 'checkbox') e.value = typeof v === 'string' ? v : '';
    else if (e.value === '1') e.checked = v === true;
    else {
      e.checked = Array.isArray(v) && v.includes(e.value);
      seen.add(e.value);
    }
  }
  return (Array.isArray(d.slots) ? d.slots : []).filter((s) => typeof s === 'string' && !seen.has(s) && (!only || only.has('slots')));
}

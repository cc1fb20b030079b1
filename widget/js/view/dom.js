// DOM and Intl helpers the view's modules share. Text is only ever set with
// textContent or attributes.

export function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function add(parent, tag, cls, text) {
  return parent.appendChild(el(tag, cls, text));
}

// Parses the static markup (markup.js: it holds no text) into `into`, then
// gives each [data-t] the model's text for its key. Each line's leading
// spaces are dropped first, so no whitespace text node sits between inline
// elements.
export function render(into, html, t) {
  into.innerHTML = html.replace(/\n */g, '');
  for (const e of into.querySelectorAll('[data-t]')) e.textContent = t(e.dataset.t);
}

// A formatter in `zone` (UTC when Intl refuses the zone) for `lang` ('en'
// when Intl refuses the tag).
export function dtf(lang, zone, opts) {
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

export function resolved(lang, opts) {
  try {
    return new Intl.DateTimeFormat(lang, opts).resolvedOptions();
  } catch {
    return new Intl.DateTimeFormat('en', opts).resolvedOptions();
  }
}

// Focuses a field, or the first enabled control inside a group.
export function focusField(t) {
  ((t.tagName === 'FIELDSET' && (t.querySelector('input:not([disabled]),textarea') || t.querySelector('input'))) || t).focus();
}

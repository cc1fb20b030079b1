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
  // A fixed offset (`-04:00`) where Intl takes no offset zones: its
  // Etc/GMT name for whole hours (the sign inverted, as POSIX writes it).
  const whole = /^([+-])(\d\d):00$/.exec(zone);
  const etc = whole && `Etc/GMT${+whole[2] ? (whole[1] === '+' ? '-' : '+') + +whole[2] : ''}`;
  for (const timeZone of [zone, etc, 'UTC'].filter(Boolean)) {
    for (const l of [lang, 'en']) {
      try {
        return new Intl.DateTimeFormat(l, { ...opts, timeZone });
      } catch {
        // next
      }
    }
  }
}

// The zone as the page language names it, from the browser (Intl's
// generic name: uk "за східноєвропейським часом", ja "東ヨーロッパ時間", pt
// "Horário da Europa Oriental"): the one rule for every sentence naming
// the visitor's zone. A generic name with digits is an offset ("GMT+00:00":
// the zone has none), so its specific name instead (UTC's "Coordinated
// Universal Time"); the zone itself when Intl gives neither.
export function zoneName(lang, zone) {
  let name = zone;
  for (const style of ['longGeneric', 'long']) {
    try {
      const p = dtf(lang, zone, { timeZoneName: style }).formatToParts(Date.now()).find((x) => x.type === 'timeZoneName');
      if (p) name = p.value;
    } catch {
      // an engine without the style: the next
    }
    if (!/\d/.test(name)) break;
  }
  return name;
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

// The browser's Intl, as the wasm's zone rules read it (widget/src/intl.rs).
// wasm-bindgen ships this file with the package; the build bundles it.

const formats = new Map();

// The UTC offset, in seconds, of `zone` at `ms` (milliseconds since the
// epoch): the zone's wall time as Intl writes it, read back as if it were
// UTC, minus the instant. NaN when Intl does not know the zone (or the
// instant is outside the range Intl formats).
export function zoneOffset(zone, ms) {
  if (!formats.has(zone)) {
    let f = null;
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    } catch {
      // unknown zone
    }
    formats.set(zone, f);
  }
  const f = formats.get(zone);
  try {
    const p = {};
    for (const { type, value } of f.formatToParts(ms)) p[type] = +value;
    const wall = new Date(0);
    wall.setUTCFullYear(p.year, p.month - 1, p.day);
    wall.setUTCHours(p.hour % 24, p.minute, p.second);
    return (wall - (ms - (((ms % 1000) + 1000) % 1000))) / 1000;
  } catch {
    return NaN;
  }
}

const names = new Map();

// The short name of `zone`'s offset at `ms` as US English writes it (`PST`,
// `PDT`; `GMT+2` where English has none); '' when Intl does not know it.
export function zoneAbbr(zone, ms) {
  if (!names.has(zone)) {
    let f = null;
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
    } catch {
      // unknown zone
    }
    names.set(zone, f);
  }
  try {
    return names.get(zone).formatToParts(ms).find((p) => p.type === 'timeZoneName').value;
  } catch {
    return '';
  }
}

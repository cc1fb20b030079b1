// The slot list with the browser's Intl only: no library.
// Next 6 sessions of "Thursday 10:00 America/Los_Angeles every 2 weeks from
// 2026-01-08", converted to the visitor's zone and rendered as a list.
export const SOURCE_ZONE = "America/Los_Angeles";
const ANCHOR = [2026, 1, 8]; // a Thursday
const HOUR = 10;
const STEP_DAYS = 14;
const DAY_MS = 86400000;

const partsFormatters = new Map();
function partsFormatter(zone) {
  let f = partsFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric",
      day: "numeric", hour: "numeric", minute: "numeric", second: "numeric",
    });
    partsFormatters.set(zone, f);
  }
  return f;
}

/** Wall-clock fields of instant `ms` in `zone`. */
export function toLocal(ms, zone) {
  const p = {};
  for (const { type, value } of partsFormatter(zone).formatToParts(ms)) p[type] = +value;
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute,
    offset: (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - ms) / 60000 };
}

/** The instant at which wall time (UTC-read `wallMs`) happens in `zone`. */
function toUtc(wallMs, zone) {
  let t = wallMs - toLocal(wallMs, zone).offset * 60000;
  const off = toLocal(t, zone).offset;
  t = wallMs - off * 60000;
  return t;
}

/** `count` session starts (ms since the epoch) at or after `fromMs`. */
export function occurrences(fromMs, count) {
  const anchor = Date.UTC(ANCHOR[0], ANCHOR[1] - 1, ANCHOR[2], HOUR);
  let k = Math.max(0, Math.floor((fromMs - anchor) / (STEP_DAYS * DAY_MS)) - 1);
  const out = [];
  while (out.length < count) {
    const start = toUtc(anchor + k * STEP_DAYS * DAY_MS, SOURCE_ZONE);
    if (start >= fromMs) out.push(start);
    k++;
  }
  return out;
}

/** Renders the next 6 sessions into `root` as a list. */
export function render(root, now = Date.now()) {
  const fmt = new Intl.DateTimeFormat(undefined, {
    weekday: "short", month: "short", day: "numeric", hour: "numeric",
    minute: "2-digit", timeZoneName: "short",
  });
  const ul = document.createElement("ul");
  for (const start of occurrences(now, 6)) {
    const li = document.createElement("li");
    li.dataset.slot = new Date(start).toISOString();
    li.textContent = fmt.format(start);
    ul.append(li);
  }
  root.append(ul);
}

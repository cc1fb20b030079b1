// The slot list with moment-timezone and its bundled zone data.
import moment from "moment-timezone";

export const SOURCE_ZONE = "America/Los_Angeles";

/** `count` sessions (moments in the source zone) at or after `fromMs`. */
export function occurrences(fromMs, count) {
  const anchor = moment.tz("2026-01-08 10:00", "YYYY-MM-DD HH:mm", SOURCE_ZONE);
  let k = Math.max(0, Math.floor((fromMs - anchor.valueOf()) / (14 * 86400000)) - 1);
  const out = [];
  while (out.length < count) {
    const start = anchor.clone().add(2 * k++, "weeks");
    if (start.valueOf() >= fromMs) out.push(start);
  }
  return out;
}

/** Wall-clock fields of a session in `zone`. */
export function toLocal(start, zone) {
  const d = start.clone().tz(zone);
  return { year: d.year(), month: d.month() + 1, day: d.date(), hour: d.hour(),
    minute: d.minute(), offset: d.utcOffset() };
}

/** Renders the next 6 sessions into `root` as a list. */
export function render(root, now = Date.now()) {
  const visitor = moment.tz.guess();
  const ul = document.createElement("ul");
  for (const start of occurrences(now, 6)) {
    const d = start.clone().tz(visitor);
    const li = document.createElement("li");
    li.dataset.slot = d.toISOString();
    li.textContent = d.format("ddd, MMM D, HH:mm z");
    ul.append(li);
  }
  root.append(ul);
}

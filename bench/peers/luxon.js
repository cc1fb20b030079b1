// The slot list with luxon (zones and formatting from luxon, on top of Intl).
import { DateTime } from "luxon";

export const SOURCE_ZONE = "America/Los_Angeles";

/** `count` sessions (luxon DateTimes in the source zone) at or after `fromMs`. */
export function occurrences(fromMs, count) {
  const anchor = DateTime.fromObject(
    { year: 2026, month: 1, day: 8, hour: 10 }, { zone: SOURCE_ZONE });
  let k = Math.max(0, Math.floor((fromMs - anchor.toMillis()) / (14 * 86400000)) - 1);
  const out = [];
  while (out.length < count) {
    const start = anchor.plus({ weeks: 2 * k++ });
    if (start.toMillis() >= fromMs) out.push(start);
  }
  return out;
}

/** Wall-clock fields of a session in `zone`. */
export function toLocal(start, zone) {
  const d = start.setZone(zone);
  return { year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute, offset: d.offset };
}

/** Renders the next 6 sessions into `root` as a list. */
export function render(root, now = Date.now()) {
  const ul = document.createElement("ul");
  for (const start of occurrences(now, 6)) {
    const d = start.setZone("system");
    const li = document.createElement("li");
    li.dataset.slot = d.toUTC().toISO();
    li.textContent = d.toLocaleString({
      weekday: "short", month: "short", day: "numeric", hour: "numeric",
      minute: "2-digit", timeZoneName: "short",
    });
    ul.append(li);
  }
  root.append(ul);
}

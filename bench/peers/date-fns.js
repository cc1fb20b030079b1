// The slot list with date-fns and @date-fns/tz (zones from Intl through TZDate).
import { addWeeks, format } from "date-fns";
import { TZDate } from "@date-fns/tz";

export const SOURCE_ZONE = "America/Los_Angeles";

/** `count` sessions (TZDates in the source zone) at or after `fromMs`. */
export function occurrences(fromMs, count) {
  const anchor = new TZDate(2026, 0, 8, 10, 0, SOURCE_ZONE);
  let k = Math.max(0, Math.floor((fromMs - anchor.getTime()) / (14 * 86400000)) - 1);
  const out = [];
  while (out.length < count) {
    const start = addWeeks(anchor, 2 * k++);
    if (start.getTime() >= fromMs) out.push(start);
  }
  return out;
}

/** Wall-clock fields of a session in `zone`. */
export function toLocal(start, zone) {
  const d = start.withTimeZone(zone);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(),
    hour: d.getHours(), minute: d.getMinutes(), offset: -d.getTimezoneOffset() };
}

/** Renders the next 6 sessions into `root` as a list. */
export function render(root, now = Date.now()) {
  const visitor = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const ul = document.createElement("ul");
  for (const start of occurrences(now, 6)) {
    const d = start.withTimeZone(visitor);
    const li = document.createElement("li");
    li.dataset.slot = new Date(d.getTime()).toISOString();
    li.textContent = format(d, "EEE, MMM d, HH:mm (xxx)");
    ul.append(li);
  }
  root.append(ul);
}

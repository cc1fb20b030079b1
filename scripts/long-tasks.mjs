#!/usr/bin/env node
// A report, not a test: the main thread's long tasks (PerformanceObserver
// 'longtask', > 50 ms) while a visitor pastes 1 MB into a field of the form
// and presses Check, in Debian's Chromium against the demo (widget/pkg/ as
// built). Timings depend on the machine; tests assert behaviour only
// (tests/e2e/bounded-input.test.mjs) and core's work bound
// (core/tests/bounded_work.rs).
//
//   node scripts/long-tasks.mjs [--runs N] [--size UNITS] [--joiners] [--insert-text]
//
// Prints, per field, the longest task and the sum of long tasks for the
// paste (its input event: draft, counter) and for the Check.
import { launch, requireWidget, serve, waitReady, watch, openForm } from "../tests/e2e/helpers.mjs";

const arg = (name, d) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? d : Number(process.argv[i + 1]);
};
const RUNS = arg("--runs", 3);
const SIZE = arg("--size", 1 << 20);
const CLOCK = "2026-11-22T12:00:00Z";
// What is pasted: a name repeated (ASCII), or Persian with joiners and
// emoji ZWJ sequences (the characters core looks at twice).
const PIECES = { ascii: "Ana Example ", joiners: "فاطمه\u200cزهرا 👩🏽\u200d💻 " };
const KIND = process.argv.includes("--joiners") ? "joiners" : "ascii";
const HOW = process.argv.includes("--insert-text") ? "insertText" : "value";

requireWidget();
const browser = await launch();
const server = await serve();

/** Long tasks (ms) observed while `step` runs in the page, then settles. */
async function tasks(page, step) {
  await page.evaluate(() => {
    window.__lt = [];
    window.__obs?.disconnect();
    window.__obs = new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__lt.push(e.duration);
    });
    window.__obs.observe({ type: "longtask" });
  });
  await step();
  // Let the task end and the observer report it.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  return page.evaluate(() => window.__lt);
}

const results = {};
try {
  for (const field of ["name", "details"]) {
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ timezoneId: "Europe/Kyiv", locale: "en-GB" });
      const page = await context.newPage();
      const log = watch(page);
      await page.clock.setFixedTime(new Date(CLOCK));
      await page.goto(server.url);
      await waitReady(page, log);
      await openForm(page);
      const piece = PIECES[KIND];
      const text = piece.repeat(Math.ceil(SIZE / piece.length)).slice(0, SIZE);
      const paste = await tasks(page, async () => {
        if (HOW === "insertText") {
          await page.locator(`#ofs-${field}`).focus();
          await page.keyboard.insertText(text);
        } else {
          await page.locator(`#ofs-${field}`).evaluate((e, v) => {
            e.focus();
            e.value = v;
            e.dispatchEvent(new Event("input", { bubbles: true }));
          }, text);
        }
      });
      const check = await tasks(page, async () => {
        await page.locator("form#ofs-form button[type=submit]").click();
        await page.locator(".ofs-error-summary:not([hidden])").waitFor({ timeout: 30000 });
      });
      const r = (results[field] ||= { paste: [], check: [] });
      r.paste.push(paste);
      r.check.push(check);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const fmt = (runs) => {
  const max = runs.map((t) => Math.max(0, ...t));
  const sum = runs.map((t) => t.reduce((a, b) => a + b, 0));
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return `longest ${Math.round(med(max))} ms (runs: ${max.map(Math.round).join(", ")}), sum ${Math.round(med(sum))} ms`;
};
console.log(`long tasks, ${SIZE} UTF-16 units (${KIND}, by ${HOW}) pasted, median of ${RUNS} runs, Chromium ${browser.version?.() ?? ""}`);
for (const [field, r] of Object.entries(results)) {
  console.log(`${field.padEnd(8)} paste: ${fmt(r.paste)}`);
  console.log(`${field.padEnd(8)} check: ${fmt(r.check)}`);
}

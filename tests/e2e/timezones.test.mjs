// Time zones: with the browser's zone emulated and its clock fixed, the
// widget shows exactly the sessions the native CLI (core) computes, and the
// visible text gives the local time and weekday.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { launch, repo, requireWidget, serve, waitReady, watch } from "./helpers.mjs";

const CLI = join(repo, "target", "debug", "otel-feedback");
const CONFIG = join(repo, "demo", "config.json");

// [zone, fixed clock, the first session's local time pinned by hand, why]
const CASES = [
  ["America/Los_Angeles", "2026-10-20T12:00:00Z", "2026-10-29T10:00:00-07:00", "the source zone; the 6 sessions cross the US fall-back on 1 Nov"],
  ["Europe/Kyiv", "2026-10-20T12:00:00Z", "2026-10-29T19:00:00+02:00", "Kyiv has left summer time (25 Oct), Los Angeles has not: 19:00, not 20:00"],
  ["Europe/Berlin", "2027-03-15T12:00:00Z", "2027-03-18T18:00:00+01:00", "the US has sprung forward (14 Mar), Europe not yet (28 Mar): 18:00, not 19:00"],
  ["Asia/Kolkata", "2026-11-22T12:00:00Z", "2026-11-26T23:30:00+05:30", "half-hour offset"],
  ["Asia/Kathmandu", "2026-11-22T12:00:00Z", "2026-11-26T23:45:00+05:45", "quarter-hour offset"],
  ["Australia/Sydney", "2027-03-15T12:00:00Z", "2027-03-19T04:00:00+11:00", "Thursday in Los Angeles is Friday in Sydney; Sydney leaves summer time on 4 Apr"],
  ["Pacific/Chatham", "2027-03-15T12:00:00Z", "2027-03-19T06:45:00+13:45", "+13:45 then +12:45, a Friday"],
  ["UTC", "2026-11-22T12:00:00Z", "2026-11-26T18:00:00+00:00", "no offset at all"],
];

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** The CLI's sessions for a zone and an instant. */
function cliSlots(zone, after) {
  const out = execFileSync(CLI, ["slots", "--tz", zone, "--after", after, "--count", "6", "--format", "json", "--config", CONFIG], {
    encoding: "utf8",
    // The bundled tz data, not whatever this machine has.
    env: { ...process.env, OTEL_FEEDBACK_TZDATA: "bundled" },
  });
  return JSON.parse(out);
}

/** Whether the visible text shows the wall time HH:MM in 24- or 12-hour form. */
function showsTime(text, hhmm, hour12) {
  const [h, mm] = hhmm.split(":").map(Number);
  const m = String(mm).padStart(2, "0");
  if (!hour12) return new RegExp(`(^|\\D)${String(h).padStart(2, "0")}:${m}(?!\\s?[AaPp]\\.?[Mm])`).test(text);
  const h12 = ((h + 11) % 12) + 1;
  const ampm = h < 12 ? "[Aa]\\.?[Mm]" : "[Pp]\\.?[Mm]";
  return new RegExp(`(^|\\D)${h12}:${m}\\s?${ampm}`).test(text);
}

/** RFC 3339 with "Z" written as "+00:00", to compare offsets as text. */
const offsetForm = (s) => s.replace(/Z$/, "+00:00");

describe("time zones", () => {
  let browser, server;
  before(async () => {
    requireWidget();
    execFileSync("cargo", ["build", "-q", "-p", "otel-feedback-cli"], { cwd: repo, stdio: "inherit" });
    browser = await launch();
    server = await serve();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test("the CLI agrees with the hand-pinned first sessions", () => {
    for (const [zone, clock, first] of CASES) {
      const slots = cliSlots(zone, clock);
      assert.equal(slots.length, 6, zone);
      assert.equal(offsetForm(slots[0].local), first, zone);
    }
  });

  test("the zone picker: choosing Asia/Kathmandu in Los Angeles shows core's Kathmandu sessions, remembered after a reload", async () => {
    const clock = "2026-11-22T12:00:00Z";
    const expected = cliSlots("Asia/Kathmandu", clock);
    const context = await browser.newContext({ timezoneId: "America/Los_Angeles", locale: "en-US" });
    try {
      const page = await context.newPage();
      const log = watch(page);
      await page.clock.setFixedTime(new Date(clock));
      await page.goto(server.url);
      await waitReady(page, log);
      const locals = () => page.locator("[data-slot]").evaluateAll((els) => els.map((e) => e.getAttribute("data-local")));
      assert.deepEqual(await locals(), cliSlots("America/Los_Angeles", clock).map((s) => s.local));
      await page.locator("#ofs-tz").fill("Asia/Kathmandu");
      await page.locator("#ofs-tz").press("Enter");
      await page.waitForFunction((want) => document.querySelector("otel-feedback-session").shadowRoot.querySelector("[data-slot]")?.getAttribute("data-local") === want, expected[0].local);
      assert.deepEqual((await locals()).map(offsetForm), expected.map((s) => offsetForm(s.local)));
      await page.reload();
      await waitReady(page, log);
      assert.equal(await page.locator("#ofs-tz").inputValue(), "Asia/Kathmandu");
      assert.deepEqual((await locals()).map(offsetForm), expected.map((s) => offsetForm(s.local)));
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  for (const [zone, clock, first, why] of CASES) {
    test(`${zone} at ${clock}: the slots are core's instants (${why})`, async () => {
      const expected = cliSlots(zone, clock);
      const context = await browser.newContext({ timezoneId: zone, locale: "en-GB" });
      try {
        const page = await context.newPage();
        const log = watch(page);
        await page.clock.setFixedTime(new Date(clock));
        await page.goto(server.url);
        await waitReady(page, log);
        const read = () =>
          page.locator("[data-slot]").evaluateAll((els) =>
            els.map((el) => ({
              slot: el.getAttribute("data-slot"),
              local: el.getAttribute("data-local"),
              datetime: el.querySelector("time[datetime]")?.getAttribute("datetime") ?? null,
              checkbox: el.querySelector('input[type=checkbox][name="slots"]')?.value ?? null,
              text: el.textContent.replace(/\s+/g, " ").trim(),
            })),
          );
        const hour12 = page.locator("#ofs-hour12");
        // Check in the default clock format, then in the other one.
        for (const round of [0, 1]) {
          if (round === 1) await hour12.click();
          const h12 = await hour12.isChecked();
          const shown = await read();
          assert.equal(shown.length, expected.length, `number of slots shown in ${zone}`);
          assert.equal(offsetForm(shown[0].local), first);
          for (let i = 0; i < expected.length; i++) {
            const want = expected[i];
            const got = shown[i];
            assert.equal(got.slot, want.utc, `slot ${i} data-slot`);
            assert.equal(got.datetime, want.utc, `slot ${i} <time datetime>`);
            assert.equal(got.checkbox, want.utc, `slot ${i} checkbox value`);
            assert.equal(offsetForm(got.local), offsetForm(want.local), `slot ${i} data-local`);
            const hhmm = want.local.slice(11, 16);
            assert.ok(showsTime(got.text, hhmm, h12), `slot ${i} text "${got.text}" lacks the local time ${hhmm} (${h12 ? 12 : 24}-hour)`);
            const [y, m, d] = want.local.slice(0, 10).split("-").map(Number);
            const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
            assert.ok(got.text.includes(weekday), `slot ${i} text "${got.text}" lacks the local weekday ${weekday}`);
          }
        }
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }
});

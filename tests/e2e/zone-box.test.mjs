// The zone box (issue 27 items 1, 2 and 7; issue 28's zone items): what is
// typed before the picker's files have arrived never turns into UTC (it
// waits for the lookup, which answers it once loaded; when the lookup
// cannot load, only an exact IANA id applies), names come from CLDR and the
// tz database in en, uk, ja and pt (cities, generic and metazone names,
// abbreviations, old names), every answer is announced by a polite live
// region, and an old name is renamed only where the browser knows the new
// one. The browser's clock is fixed; each expected session comes from the
// native CLI (core).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCli, launch, repo, requireWidget, serve, waitReady, watch } from "./helpers.mjs";

const CLOCK = "2026-11-22T12:00:00Z";
const CONFIG = join(repo, "demo", "config.json");
const DEMO_CONFIG = JSON.parse(readFileSync(CONFIG, "utf8"));
const PICKER = /otel-feedback-(picker\.js|zones\.wasm)(\?.*)?$/;
let CLI;

/** The first session's local time in `zone`, as core computes it. */
function firstLocal(zone) {
  const out = execFileSync(CLI, ["slots", "--tz", zone, "--after", CLOCK, "--count", "1", "--format", "json", "--config", CONFIG], {
    encoding: "utf8",
    env: { ...process.env, OTEL_FEEDBACK_TZDATA: "bundled" },
  });
  return JSON.parse(out)[0].local.replace(/Z$/, "+00:00");
}

describe("the zone box", () => {
  let browser, server;
  before(async () => {
    requireWidget();
    CLI = buildCli();
    browser = await launch();
    server = await serve();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * The demo page (or, with `lang`, a page in that language), for a visitor
   * in `timezoneId` (New York unless given); `route` is installed before the
   * page loads; `init` runs before the page's scripts.
   */
  async function open({ lang, route, init, ...options } = {}) {
    const context = await browser.newContext({ timezoneId: "America/New_York", locale: "en-US", ...options });
    const page = await context.newPage();
    const log = watch(page);
    if (init) await page.addInitScript(init);
    if (route) await page.route(PICKER, route);
    await page.clock.setFixedTime(new Date(CLOCK));
    if (lang) {
      const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/pkg/otel-feedback.js"></script></head>
<body><otel-feedback-session config="/t/config.json"><p>Fallback</p></otel-feedback-session></body></html>`;
      await page.route("**/t/page.html", (r) => r.fulfill({ status: 200, contentType: "text/html", body: html }));
      await page.route("**/t/config.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(DEMO_CONFIG) }));
      await page.goto(server.url + "/t/page.html");
    } else await page.goto(server.url);
    await waitReady(page, log);
    return { context, page, log };
  }
  const tz = (page) => page.locator("#ofs-tz");
  const first = (page) => page.locator("[data-slot]").first().getAttribute("data-local");
  const offset = (s) => s.replace(/Z$/, "+00:00");
  const ready = (page) => page.locator("#ofs-tz[data-picker=ready]").waitFor({ state: "attached", timeout: 10000 });
  /** What the polite live region near the box says. */
  const status = (page) => page.locator("#ofs-tz-status").innerText();
  async function type(page, text) {
    await tz(page).fill("");
    await tz(page).pressSequentially(text);
    await tz(page).press("Enter");
  }

  test("typed while the picker's files load: the zone stays, the box says it is looking the name up, the lookup answers it on arrival (tokyo, Kiev, sao paulo)", async () => {
    for (const [text, zone, named] of [["tokyo", "Asia/Tokyo", "Japan Standard Time"], ["Kiev", "Europe/Kyiv", "Eastern European Time"], ["sao paulo", "America/Sao_Paulo", "Brasilia Standard Time"]]) {
      // The picker's files are held back until the test lets them go (slow 3G).
      let release;
      const held = new Promise((r) => (release = r));
      const { context, page, log } = await open({ route: async (r) => (await held, r.continue()) });
      try {
        const before = await first(page);
        await tz(page).focus();
        await type(page, text);
        assert.equal(await tz(page).inputValue(), text, `${text}: the box keeps what was typed, never UTC`);
        assert.equal(await first(page), before, `${text}: the sessions stay in New York`);
        assert.equal(await page.locator("#ofs-zone-notice").isVisible(), false, "no 'does not know the time zone' notice");
        assert.equal(await status(page), `Looking up the time zone “${text}”; times stay in Eastern Time meanwhile.`);
        release();
        await ready(page);
        await page.waitForFunction((z) => document.querySelector("otel-feedback-session").shadowRoot.querySelector("#ofs-tz").value === z, zone, { timeout: 5000 });
        assert.equal(offset(await first(page)), firstLocal(zone), `${text}: answered once the lookup arrived`);
        assert.equal(await status(page), `Times now shown in ${named}.`);
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await context.close();
      }
    }
  });

  test("a typo typed while the picker loads is answered by it on arrival: Tokio keeps New York and offers Asia/Tokyo", async () => {
    let release;
    const held = new Promise((r) => (release = r));
    const { context, page } = await open({ route: async (r) => (await held, r.continue()) });
    try {
      const before = await first(page);
      await tz(page).focus();
      await type(page, "Tokio");
      assert.equal(await first(page), before);
      release();
      await ready(page);
      await page.locator("#ofs-tz-error:not([hidden])").waitFor({ state: "attached" });
      assert.equal(await page.locator("#ofs-tz-error").innerText(), "No time zone matches “Tokio”. Did you mean Asia/Tokyo? Times stay in Eastern Time.");
      assert.equal(await first(page), before, "never UTC");
    } finally {
      await context.close();
    }
  });

  test("when the picker's files cannot load: an exact IANA id still works, UTC only when typed, anything else keeps the zone and says so", async () => {
    const { context, page, log } = await open({ route: (r) => r.abort() });
    try {
      const before = await first(page);
      await tz(page).focus();
      await type(page, "tokyo");
      await page.waitForFunction(() => /cannot be looked up/.test(document.querySelector("otel-feedback-session").shadowRoot.querySelector("#ofs-tz-status").textContent), null, { timeout: 5000 });
      assert.equal(await status(page), "Time zone names cannot be looked up right now, so “tokyo” was not recognised; times stay in Eastern Time. An IANA name such as Asia/Tokyo still works.");
      assert.equal(await first(page), before, "the sessions stay in New York");
      assert.equal(await tz(page).inputValue(), "tokyo");
      await type(page, "Asia/Tokyo");
      assert.equal(await tz(page).inputValue(), "Asia/Tokyo");
      assert.equal(offset(await first(page)), firstLocal("Asia/Tokyo"));
      assert.equal(await status(page), "Times now shown in Japan Standard Time.");
      await type(page, "UTC");
      assert.equal(await tz(page).inputValue(), "UTC");
      assert.equal(offset(await first(page)), firstLocal("UTC"));
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  // What people type, and the zone CLDR or the tz database says it is.
  const NAMES = [
    ["Mumbai", "Asia/Kolkata"],
    ["Bengaluru", "Asia/Kolkata"],
    ["NYC", "America/New_York"],
    ["Hồ Chí Minh", "Asia/Ho_Chi_Minh"],
    ["Saigon", "Asia/Ho_Chi_Minh"],
    ["Zaporozhye", "Europe/Kyiv"],
    ["US/Pacific", "America/Los_Angeles"],
    ["British Summer Time", "Europe/London"],
    ["JST", "Asia/Tokyo"],
  ];
  test("names from CLDR and the tz database: Mumbai, Bengaluru, NYC, Hồ Chí Minh, old names and links", async () => {
    const { context, page, log } = await open({ timezoneId: "Europe/Kyiv" });
    try {
      await tz(page).focus();
      await ready(page);
      for (const [text, zone] of NAMES) {
        await type(page, text);
        assert.equal(await tz(page).inputValue(), zone, text);
        assert.equal(await tz(page).getAttribute("aria-invalid"), null, text);
        assert.equal(offset(await first(page)), firstLocal(zone), text);
      }
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test("abbreviations: one metazone means its zone (CET, EST for a New Yorker); an ambiguous one asks which (CST, IST)", async () => {
    const { context, page } = await open({ timezoneId: "Europe/Kyiv" });
    try {
      await tz(page).focus();
      await ready(page);
      const error = page.locator("#ofs-tz-error");
      await type(page, "CET");
      assert.match(await error.innerText(), /^Several time zones are called “CET”: Europe\/Paris, /, "CET: Central European Time, Paris first, never Africa/Ceuta");
      await type(page, "EST");
      assert.match(await error.innerText(), /^Several time zones are called “EST”: America\/New_York, /);
      await type(page, "CST");
      const cst = await error.innerText();
      for (const z of ["America/Chicago", "Asia/Shanghai", "America/Havana"]) assert.ok(cst.includes(z), `CST: ${z} in ${cst}`);
      await type(page, "IST");
      const ist = await error.innerText();
      for (const z of ["Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"]) assert.ok(ist.includes(z), `IST: ${z} in ${ist}`);
      assert.equal(offset(await first(page)), firstLocal("Europe/Kyiv"), "every question keeps the zone");
    } finally {
      await context.close();
    }
    // A New Yorker's EST is their own zone.
    const ny = await open();
    try {
      await tz(ny.page).focus();
      await ready(ny.page);
      await type(ny.page, "Asia/Tokyo");
      await type(ny.page, "EST");
      assert.equal(await tz(ny.page).inputValue(), "America/New_York");
    } finally {
      await ny.context.close();
    }
  });

  for (const [lang, texts] of [
    ["uk", [["Pacific Time", /^Назву «Pacific Time» мають кілька часових поясів: America\/Los_Angeles/], ["Токіо", "Asia/Tokyo"], ["Сан-Паулу", "America/Sao_Paulo"]]],
    ["ja", [["Pacific Time", /^「Pacific Time」に当たるタイムゾーンが複数あります：America\/Los_Angeles/], ["東京", "Asia/Tokyo"], ["キーウ", "Europe/Kyiv"]]],
    ["pt", [["Pacific Time", /^Vários fusos horários se chamam “Pacific Time”: America\/Los_Angeles/], ["Tóquio", "Asia/Tokyo"], ["Nova York", "America/New_York"]]],
  ]) {
    test(`on a ${lang} page: English generic names and CLDR's cities in ${lang}`, async () => {
      const { context, page, log } = await open({ lang, locale: lang, timezoneId: "Europe/Kyiv" });
      try {
        await tz(page).focus();
        await ready(page);
        for (const [text, want] of texts) {
          await type(page, text);
          if (typeof want === "string") assert.equal(await tz(page).inputValue(), want, text);
          else assert.match(await page.locator("#ofs-tz-error").innerText(), want, text);
        }
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }

  test("announced: a polite live region carries the picker's messages and the zone now shown (accessibility tree)", async () => {
    const { context, page } = await open();
    try {
      await tz(page).focus();
      await ready(page);
      await type(page, "Tokyo");
      const tree = await page.locator("otel-feedback-session").ariaSnapshot();
      assert.match(tree, /- status: Times now shown in Japan Standard Time\./, tree);
      assert.equal(await page.locator("#ofs-tz-status").getAttribute("aria-live"), "polite");
      await type(page, "Tokio");
      const again = await page.locator("otel-feedback-session").ariaSnapshot();
      assert.match(again, /- status: No time zone matches “Tokio”\. Did you mean Asia\/Tokyo\? Times stay in Japan Standard Time\./, again);
    } finally {
      await context.close();
    }
  });

  test("a browser that knows Europe/Kiev but not Europe/Kyiv: Kyiv is offered under the name it knows and keeps Kyiv's times, never UTC", async () => {
    // An older ICU: the new name is refused, the old one is listed.
    const init = () => {
      const Real = Intl.DateTimeFormat;
      const refused = (o) => o && typeof o.timeZone === "string" && /^europe\/kyiv$/i.test(o.timeZone);
      function DTF(locales, options) {
        if (refused(options)) throw new RangeError(`Invalid time zone specified: ${options.timeZone}`);
        return new Real(locales, options);
      }
      DTF.prototype = Real.prototype;
      DTF.supportedLocalesOf = Real.supportedLocalesOf;
      Intl.DateTimeFormat = DTF;
    };
    const { context, page, log } = await open({ init });
    try {
      await tz(page).focus();
      await ready(page);
      await tz(page).fill("");
      await tz(page).pressSequentially("Kyi");
      const offered = await page.locator("#ofs-tz-list [role=option]").evaluateAll((o) => o.map((e) => e.dataset.zone));
      assert.deepEqual(offered.slice(0, 1), ["Europe/Kiev"], `offered: ${offered}`);
      await tz(page).press("Enter");
      assert.equal(await tz(page).inputValue(), "Europe/Kiev");
      assert.equal(offset(await first(page)), firstLocal("Europe/Kyiv"), "Kyiv's times, not UTC");
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });
});

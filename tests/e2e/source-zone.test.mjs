// The schedule's source zone (Los Angeles) takes its rules from the
// browser's Intl, like every other zone: the wasm carries no tz data
// (faults.test.mjs shows the sessions following a browser whose rules for
// Los Angeles changed). A browser that does not know the source zone at all
// must not show a guess.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launch, requireWidget, serve, watch } from "./helpers.mjs";

/** Makes Intl answer for America/Los_Angeles with another zone's rules. */
function rulesOf(zone) {
  return `(() => {
    const Original = Intl.DateTimeFormat;
    const Patched = function (locales, options) {
      if (options && options.timeZone === "America/Los_Angeles") options = { ...options, timeZone: ${JSON.stringify(zone)} };
      return new Original(locales, options);
    };
    Patched.prototype = Original.prototype;
    Patched.supportedLocalesOf = Original.supportedLocalesOf.bind(Original);
    Intl.DateTimeFormat = Patched;
  })();`;
}

describe("source zone from Intl", () => {
  let browser, server;
  before(async () => {
    requireWidget();
    browser = await launch();
    server = await serve();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test("a source zone the browser does not know keeps the fallback and logs one error naming it", async () => {
    const context = await browser.newContext({ timezoneId: "UTC", locale: "en-GB" });
    try {
      const page = await context.newPage();
      const log = watch(page);
      // This browser knows no America/Los_Angeles at all.
      await page.addInitScript(rulesOf("Not/A_Zone"));
      await page.goto(server.url);
      await page.waitForSelector("otel-feedback-session[data-state=failed]", { state: "attached", timeout: 15000 });
      assert.equal(await page.locator("otel-feedback-session #schedule-fallback").isVisible(), true);
      assert.equal(log.errors.length, 1, JSON.stringify(log.errors));
      assert.match(log.errors[0], /America\/Los_Angeles/);
      assert.equal(await page.locator("[data-slot]").count(), 0);
    } finally {
      await context.close();
    }
  });
});

// Screenshots of the demo page with the widget, for people to look at:
// tests/e2e/artifacts/*.png (ignored by git); scripts/screenshots copies them to docs/screenshots/.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launch, requireWidget, screenshot, serve, waitReady, watch, openForm } from "./helpers.mjs";

const CLOCK = new Date("2026-11-22T12:00:00Z");

describe("screenshots", () => {
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

  async function open(path, options = {}) {
    const { closed, ...context_options } = options;
    const context = await browser.newContext({ timezoneId: "Europe/Kyiv", locale: "en-GB", viewport: { width: 1280, height: 900 }, ...context_options });
    const page = await context.newPage();
    const log = watch(page);
    await page.clock.setFixedTime(CLOCK);
    await page.goto(server.url + path);
    await waitReady(page, log);
    assert.equal(await page.locator("[data-slot]").count(), 6);
    if (!options.closed) await openForm(page);
    return { context, page, log };
  }

  // The sessions as a visitor first sees them (the form closed), and with
  // the form opened, light and dark, at 360 and 1200 px.
  for (const scheme of ["light", "dark"]) {
    for (const width of [360, 1200]) {
      test(`sessions first, then the form: ${scheme}, ${width} px`, async () => {
        const { context, page, log } = await open("", { closed: true, colorScheme: scheme, viewport: { width, height: 900 } });
        try {
          assert.equal(await page.locator("#ofs-rest").isVisible(), false);
          await screenshot(page, `sessions-${scheme}-${width}`);
          await page.locator("[data-action=open]").click();
          await page.locator("#ofs-organization").waitFor({ state: "visible" });
          await screenshot(page, `form-open-${scheme}-${width}`);
          assert.deepEqual(log.pageErrors, []);
        } finally {
          await context.close();
        }
      });
    }
  }

  const cases = [
    ["en", "", {}],
    ["uk", "uk/", { locale: "uk-UA" }],
    ["dark", "", { colorScheme: "dark" }],
    ["narrow-360", "", { viewport: { width: 360, height: 800 } }],
  ];
  for (const [name, path, options] of cases) {
    test(`${name}`, async () => {
      const { context, page, log } = await open(path, options);
      try {
        if (name === "dark") assert.equal(await page.locator("html").getAttribute("data-bs-theme"), "dark");
        if (name === "narrow-360") {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.equal(overflow, 0, "no horizontal scroll at 360 px");
        }
        await screenshot(page, name);
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }

  test("errors shown", async () => {
    const { context, page } = await open("");
    try {
      await page.locator("#ofs-organization").fill("Example Corp");
      await page.locator("#ofs-email").fill("ana@");
      await page.locator("form#ofs-form button[type=submit]").click();
      await page.locator(".ofs-error-summary").waitFor({ state: "visible" });
      await screenshot(page, "errors");
    } finally {
      await context.close();
    }
  });

  for (const width of [320, 360]) {
    test(`${width} px: no horizontal scroll at rest, with errors, with the outputs`, async () => {
      const { context, page } = await open("", { viewport: { width, height: 800 }, reducedMotion: "reduce" });
      try {
        const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        const seen = { rest: await overflow() };
        await page.locator("#ofs-email").fill("ana@");
        await page.locator("form#ofs-form button[type=submit]").click();
        await page.locator(".ofs-error-summary").waitFor({ state: "visible" });
        seen.errors = await overflow();
        await page.locator("#ofs-organization").fill("Example Corp");
        await page.locator("#ofs-name").fill("Ana Example");
        await page.locator("#ofs-email").fill("ana@example.com");
        await page.locator("input[name=slots]").first().check();
        await page.locator("input[name=topics][value=implementation]").check();
        await page.locator("form#ofs-form button[type=submit]").click();
        await page.locator("[data-output=slack]").waitFor({ state: "visible" });
        seen.outputs = await overflow();
        assert.deepEqual(seen, { rest: 0, errors: 0, outputs: 0 });
        if (width === 360) {
          await page.locator("#ofs-output-heading").evaluate((h) => h.scrollIntoView({ block: "start" }));
          await screenshot(page, "narrow-360-outputs", { fullPage: false });
        }
      } finally {
        await context.close();
      }
    });
  }

  test("a broken configuration: the fallback and the notice", async () => {
    const context = await browser.newContext({ timezoneId: "Europe/Kyiv", locale: "en-GB", viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.route("**/config.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: "{" }));
      await page.goto(server.url);
      await page.waitForSelector("otel-feedback-session[data-state=failed]", { state: "attached", timeout: 15000 });
      assert.equal(await page.locator("#schedule-fallback").isVisible(), true);
      await screenshot(page, "config-failed");
    } finally {
      await context.close();
    }
  });

  test("a valid request's outputs", async () => {
    const { context, page } = await open("");
    try {
      await page.locator("#ofs-organization").fill("Example Corp");
      await page.locator("#ofs-name").fill("Ana Example");
      await page.locator("#ofs-email").fill("ana@example.com");
      await page.locator("input[name=slots]").first().check();
      await page.locator("input[name=topics][value=implementation]").check();
      await page.locator("form#ofs-form button[type=submit]").click();
      await page.locator("[data-output=slack]").waitFor({ state: "visible" });
      await screenshot(page, "outputs");
    } finally {
      await context.close();
    }
  });
});

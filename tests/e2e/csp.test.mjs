// CSP: under the site's policy the widget loads, renders and produces its
// outputs with no violation: no report reaches the server and no
// securitypolicyviolation event fires. A deliberate violation at the end
// proves the reporting path works (so "0 reports" is not a broken pipe).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launch, requireWidget, serve, waitReady, watch, openForm } from "./helpers.mjs";

async function waitFor(cond, what, ms = 10000) {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("Content-Security-Policy", () => {
  let browser, server;
  before(async () => {
    requireWidget();
    browser = await launch();
    server = await serve({ csp: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [lang, path] of [["en", ""], ["uk", "uk/"]]) {
    test(`${lang}: the widget works under the site's CSP with 0 violations`, async () => {
      const context = await browser.newContext({ timezoneId: "Asia/Tokyo", locale: "en-GB" });
      try {
        const page = await context.newPage();
        const log = watch(page);
        // Init scripts are injected by the browser, not the page: CSP does
        // not apply to them.
        await page.addInitScript(() => {
          window.__violations = [];
          document.addEventListener(
            "securitypolicyviolation",
            (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
            true,
          );
        });
        await page.clock.setFixedTime(new Date("2026-11-22T12:00:00Z"));
        const response = await page.goto(server.url + path);
        assert.match(response.headers()["content-security-policy"], /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
        await waitReady(page, log);
        await openForm(page);
        assert.equal(await page.locator("[data-slot]").count(), 6);
        // Use it: theme switch, errors, then a valid request with outputs.
        await page.locator("[data-theme-toggle]").click();
        await page.locator("form#ofs-form button[type=submit]").click();
        await page.locator(".ofs-error-summary").waitFor({ state: "visible" });
        await page.locator("#ofs-organization").fill("Example Corp");
        await page.locator("#ofs-name").fill("Ana Example");
        await page.locator("#ofs-email").fill("ana@example.com");
        await page.locator("input[name=slots]").first().check();
        await page.locator("input[name=topics][value=adoption]").check();
        await page.locator("form#ofs-form button[type=submit]").click();
        await page.locator("[data-output=slack]").waitFor({ state: "visible" });
        await page.locator("#ofs-tz").fill("Europe/Kyiv");
        await page.locator("#ofs-tz").press("Enter");
        await page.locator("#ofs-hour12").click();

        // Control: one deliberate violation (an image from a data: URL,
        // refused by default-src 'self') must be both reported and seen.
        await page.evaluate(() => {
          const img = document.createElement("img");
          img.alt = "";
          img.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
          document.body.append(img);
        });
        await waitFor(async () => server.reports.length > 0, "the control CSP report");
        await waitFor(async () => (await page.evaluate(() => window.__violations.length)) > 0, "the control event");
        const violations = await page.evaluate(() => window.__violations);
        assert.deepEqual(violations.map((v) => v.split(" ").slice(0, 2).join(" ")), ["img-src data"], JSON.stringify(violations));
        assert.equal(server.reports.length, 1, JSON.stringify(server.reports));
        assert.equal(server.reports[0]["csp-report"]["blocked-uri"], "data");
        assert.deepEqual(log.pageErrors, []);
        server.reports.length = 0;
      } finally {
        await context.close();
      }
    });
  }
});

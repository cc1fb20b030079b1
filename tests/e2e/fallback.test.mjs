// Fallback: the page's own text inside <otel-feedback-session> stays visible
// when JavaScript is off, and when the wasm cannot load (404), with exactly
// one console error from the widget.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { launch, repo, requireWidget, serve, watch } from "./helpers.mjs";

const FALLBACK = {
  en: "To schedule one, write to us on CNCF Slack in",
  uk: "Щоб домовитися про сесію, напишіть нам у CNCF Slack у каналі",
};

describe("fallback", () => {
  let browser, server, broken;
  before(async () => {
    browser = await launch();
    server = await serve();
    broken = await serve({ wasm404: true });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await broken?.close();
  });

  test("the demo pages' fallback is what core writes from demo/config.json (the widget's facts)", () => {
    const r = spawnSync(process.execPath, [join(repo, "scripts", "demo-fallback.mjs"), "--check"], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
  });

  for (const [lang, path] of [["en", ""], ["uk", "uk/"]]) {
    test(`with JavaScript disabled the ${lang} fallback text and Slack links are visible`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(server.url + path);
        const fallback = page.locator("otel-feedback-session #schedule-fallback");
        assert.equal(await fallback.isVisible(), true);
        assert.match(await fallback.innerText(), new RegExp(FALLBACK[lang]));
        const channel = page.locator('otel-feedback-session a[href="https://cloud-native.slack.com/archives/C01RT3MSWGZ"]');
        assert.equal(await channel.isVisible(), true);
        // Nothing ran: the element was never upgraded.
        assert.equal(await page.locator("otel-feedback-session").getAttribute("data-state"), null);
      } finally {
        await context.close();
      }
    });
  }

  test("when the .wasm answers 404 the fallback stays, data-state=failed, one console error", async () => {
    requireWidget();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const log = watch(page);
      await page.goto(broken.url);
      await page.waitForSelector("otel-feedback-session[data-state=failed]", { state: "attached", timeout: 15000 });
      const fallback = page.locator("otel-feedback-session #schedule-fallback");
      assert.equal(await fallback.isVisible(), true);
      assert.match(await fallback.innerText(), new RegExp(FALLBACK.en));
      // The browser logs the 404 itself ("Failed to load resource"); the
      // widget adds exactly one error of its own.
      const own = log.errors.filter((e) => !e.startsWith("Failed to load resource"));
      assert.equal(own.length, 1, `widget console errors: ${JSON.stringify(own)}`);
      assert.deepEqual(log.pageErrors, []);
      assert.equal(await page.locator("[data-slot]").count(), 0);
    } finally {
      await context.close();
    }
  });
});

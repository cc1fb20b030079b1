// The demo page itself (issue 5, part 1): en and uk pages with a switch
// between them, Bootstrap 5 from npm (no CDN), a light/dark switch the
// widget follows, and the widget embedded with one module script and the
// custom element.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCli, launch, repo, requireWidget, serve, waitReady, watch } from "./helpers.mjs";

describe("the demo page", () => {
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
    const context = await browser.newContext({ timezoneId: "Europe/Kyiv", ...options });
    const page = await context.newPage();
    const log = watch(page);
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.clock.setFixedTime(new Date("2026-11-22T12:00:00Z"));
    await page.goto(server.url + path);
    await waitReady(page, log);
    return { context, page, log, requests };
  }

  test("the language switch goes en → uk → en, and the page and the widget change language", async () => {
    const { context, page, log } = await open("");
    try {
      assert.equal(await page.locator("html").getAttribute("lang"), "en");
      assert.equal(await page.locator("h1").innerText(), "Interviews or Feedback Sessions");
      assert.equal(await page.locator(".ofs-heading").first().innerText(), "Upcoming sessions");
      await page.locator('.td-lang a[hreflang="uk"]').click();
      await page.waitForURL(/\/uk\/$/);
      await waitReady(page, log);
      assert.equal(await page.locator("html").getAttribute("lang"), "uk");
      assert.equal(await page.locator("h1").innerText(), "Інтервʼю або сесії зворотного звʼязку");
      assert.equal(await page.locator(".ofs-heading").first().innerText(), "Найближчі сесії");
      assert.equal(await page.locator('.td-lang a[aria-current="true"]').getAttribute("hreflang"), "uk");
      await page.locator('.td-lang a[hreflang="en"]').click();
      await page.waitForURL((u) => new URL(u).pathname === "/");
      await waitReady(page, log);
      assert.equal(await page.locator("html").getAttribute("lang"), "en");
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test("the theme switch sets data-bs-theme, aria-pressed, is remembered, and the widget follows", async () => {
    const { context, page, log } = await open("", { colorScheme: "light" });
    try {
      const widgetColors = () =>
        page.locator(".ofs-heading").first().evaluate((h) => {
          const style = getComputedStyle(h);
          return style.color;
        });
      const toggle = page.locator("[data-theme-toggle]");
      assert.equal(await page.locator("html").getAttribute("data-bs-theme"), "light");
      assert.equal(await toggle.getAttribute("aria-pressed"), "false");
      const light = await widgetColors();
      await toggle.click();
      assert.equal(await page.locator("html").getAttribute("data-bs-theme"), "dark");
      assert.equal(await toggle.getAttribute("aria-pressed"), "true");
      const dark = await widgetColors();
      assert.notEqual(dark, light, "the widget's text color changes with the theme");
      await page.reload();
      await waitReady(page, log);
      assert.equal(await page.locator("html").getAttribute("data-bs-theme"), "dark", "remembered");
      await toggle.click();
      assert.equal(await page.locator("html").getAttribute("data-bs-theme"), "light");
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test("Bootstrap 5 comes from npm through /vendor/; every request stays on the page's origin", async () => {
    const { context, page, requests } = await open("");
    try {
      const origin = new URL(server.url).origin;
      assert.deepEqual(requests.filter((u) => new URL(u).origin !== origin), [], "no CDN or other origin");
      const css = await page.evaluate(async () => (await fetch("/vendor/bootstrap.min.css")).text());
      assert.match(css.slice(0, 200), /Bootstrap\s+v5\.\d+\.\d+/);
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--bs-body-font-family").length > 0), true);
    } finally {
      await context.close();
    }
  });

  test("the widget is embedded as the site would: one module script and the custom element with a config URL", async () => {
    const { context, page } = await open("");
    try {
      const scripts = await page.locator("script[src]").evaluateAll((s) => s.map((e) => [e.getAttribute("src"), e.getAttribute("type")]));
      assert.deepEqual(scripts, [
        ["/theme.js", null],
        ["/pkg/otel-feedback.js", "module"],
      ]);
      assert.equal(await page.locator("script:not([src])").count(), 0, "no inline script");
      assert.equal(await page.locator("otel-feedback-session").count(), 1);
      assert.equal(await page.locator("otel-feedback-session").getAttribute("config"), "/config.json");
    } finally {
      await context.close();
    }
  });

  test("attributes: an inline JSON configuration, lang and tz override the page's, under the site's CSP", async () => {
    const cli = buildCli();
    const config = JSON.parse(readFileSync(join(repo, "demo", "config.json"), "utf8"));
    config.sessions_shown = 3;
    const expected = JSON.parse(
      execFileSync(cli, ["slots", "--tz", "Asia/Tokyo", "--after", "2026-11-22T12:00:00Z", "--count", "3", "--format", "json", "--config", "-"], {
        input: JSON.stringify(config),
        encoding: "utf8",
      }),
    );
    const cspServer = await serve({ csp: true });
    const context = await browser.newContext({ timezoneId: "Europe/Kyiv", locale: "en-US" });
    try {
      const page = await context.newPage();
      const log = watch(page);
      await page.clock.setFixedTime(new Date("2026-11-22T12:00:00Z"));
      await page.route(
        (url) => url.pathname === "/",
        async (route) => {
          const res = await route.fetch();
          const html = (await res.text()).replace(
            '<otel-feedback-session config="/config.json" heading-level="2">',
            `<otel-feedback-session lang="uk" tz="Asia/Tokyo"><script type="application/json">${JSON.stringify(config)}</script>`,
          );
          await route.fulfill({ response: res, body: html });
        },
      );
      await page.goto(cspServer.url);
      await waitReady(page, log);
      assert.equal(await page.locator("html").getAttribute("lang"), "en");
      assert.equal(await page.locator(".ofs-heading").first().innerText(), "Найближчі сесії", "the element's lang wins");
      const shown = await page.locator("[data-slot]").evaluateAll((els) => els.map((e) => [e.getAttribute("data-slot"), e.getAttribute("data-local")]));
      assert.deepEqual(
        shown,
        expected.map((s) => [s.utc, s.local]),
        "3 sessions (the inline configuration), in Tokyo (the tz attribute)",
      );
      assert.deepEqual(cspServer.reports, [], "no CSP report");
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
      await cspServer.close();
    }
  });
});

// Accessibility: axe-core (WCAG 2.0/2.1 A and AA rules) finds 0 violations on
// the en and uk pages with the widget, before and after errors are shown,
// in light and dark mode. axe is injected as a script tag, so this runs
// without the CSP header.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { launch, repo, requireWidget, serve, waitReady, watch } from "./helpers.mjs";

const AXE = join(repo, "node_modules", "axe-core", "axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return {
      rules: r.passes.length + r.violations.length + r.incomplete.length + r.inapplicable.length,
      violations: r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(" >>> ")}: ${n.failureSummary}`) })),
    };
  }, TAGS);
  assert.ok(result.rules > 20, `axe ran ${result.rules} rules`);
  return result.violations;
}

describe("accessibility (axe-core, WCAG 2.1 AA)", () => {
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

  for (const [lang, path] of [["en", ""], ["uk", "uk/"]]) {
    for (const scheme of ["light", "dark"]) {
      test(`${lang}, ${scheme}: 0 violations before and after errors are shown`, async () => {
        const context = await browser.newContext({ timezoneId: "Europe/Kyiv", locale: lang === "uk" ? "uk-UA" : "en-US", colorScheme: scheme });
        try {
          const page = await context.newPage();
          const log = watch(page);
          await page.clock.setFixedTime(new Date("2026-11-22T12:00:00Z"));
          await page.goto(server.url + path);
          await waitReady(page, log);
          assert.equal(await page.locator("html").getAttribute("data-bs-theme"), scheme);
          assert.deepEqual(await axe(page), [], "before errors");
          await page.locator("form#ofs-form button[type=submit]").click();
          await page.locator(".ofs-error-summary").waitFor({ state: "visible" });
          assert.ok((await page.locator("[aria-invalid=true]").count()) > 0);
          assert.deepEqual(await axe(page), [], "with errors shown");
        } finally {
          await context.close();
        }
      });
    }
  }

  test("axe reports a real violation (the check can fail)", async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await page.evaluate(() => {
        const input = document.createElement("input");
        input.type = "text";
        document.querySelector("main").append(input);
      });
      const ids = (await axe(page)).map((v) => v.id);
      assert.ok(ids.includes("label"), JSON.stringify(ids));
    } finally {
      await context.close();
    }
  });
});

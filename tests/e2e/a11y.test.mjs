// Accessibility: axe-core (WCAG 2.0/2.1 A and AA rules, and the best-practice ones) finds 0 violations on
// the en and uk pages with the widget, with the form closed, open, after errors are shown,
// in light and dark mode. axe is injected as a script tag, so this runs
// without the CSP header.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { launch, repo, requireWidget, serve, waitReady, watch, openForm } from "./helpers.mjs";

const AXE = join(repo, "node_modules", "axe-core", "axe.min.js");
// The best-practice rules too (heading-order, landmark and region rules).
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

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
      test(`${lang}, ${scheme}: 0 violations before and after errors are shown, and with the outputs`, async () => {
        const context = await browser.newContext({ timezoneId: "Europe/Kyiv", locale: lang === "uk" ? "uk-UA" : "en-US", colorScheme: scheme });
        try {
          const page = await context.newPage();
          const log = watch(page);
          await page.clock.setFixedTime(new Date("2026-11-22T12:00:00Z"));
          await page.goto(server.url + path);
          await waitReady(page, log);
          assert.equal(await page.locator("html").getAttribute("data-bs-theme"), scheme);
          // Every state is checked, then all are compared at once, so that one
          // failing state does not hide another.
          const found = {};
          found.closed = await axe(page);
          await openForm(page);
          found.before = await axe(page);
          await page.locator("form#ofs-form button[type=submit]").click();
          await page.locator(".ofs-error-summary").waitFor({ state: "visible" });
          assert.ok((await page.locator("[aria-invalid=true]").count()) > 0);
          found.errors = await axe(page);
          await page.locator("#ofs-organization").fill("Example Corp");
          await page.locator("#ofs-name").fill("Ana Example");
          await page.locator("#ofs-email").fill("ana@example.com");
          await page.locator("input[name=slots]").first().check();
          await page.locator("input[name=topics][value=adoption]").check();
          await page.locator("form#ofs-form button[type=submit]").click();
          await page.locator("[data-output=slack]").waitFor({ state: "visible" });
          found.outputs = await axe(page);
          assert.deepEqual(found, { closed: [], before: [], errors: [], outputs: [] });
        } finally {
          await context.close();
        }
      });
    }
  }

  // What a screen reader announces for each session: the checkbox's
  // accessible name has the full weekday, date with year, time, the zone's
  // long name and the source time.
  const ANNOUNCED = {
    en: [/^Thursday,/, /November 26, 2026/, /8:00\s?PM/, /Eastern European Standard Time/, /10:00\s?AM Los Angeles time \(PT\)/],
    uk: [/^четвер,/, /26 листопада 2026/, /20:00/, /східноєвропейським стандартним часом/, /10:00 за часом Los Angeles \(PT\)/],
  };
  for (const [lang, path] of [["en", ""], ["uk", "uk/"]]) {
    test(`${lang}: each session's checkbox is announced with weekday, date, year, time and zone`, async () => {
      const context = await browser.newContext({ timezoneId: "Europe/Kyiv", locale: lang === "uk" ? "uk-UA" : "en-US" });
      try {
        const page = await context.newPage();
        const log = watch(page);
        await page.clock.setFixedTime(new Date("2026-11-22T12:00:00Z"));
        await page.goto(server.url + path);
        await waitReady(page, log);
        await openForm(page);
        const snapshot = await page.locator("otel-feedback-session").ariaSnapshot();
        const names = [...snapshot.matchAll(/- checkbox "([^"]*)"/g)].map((m) => m[1]);
        const slotNames = names.filter((n) => /2026|2027/.test(n));
        assert.equal(slotNames.length, 6, snapshot);
        for (const re of ANNOUNCED[lang]) assert.match(slotNames[0], re);
        const years = ["2026", "2026", "2026", "2027", "2027", "2027"];
        slotNames.forEach((n, i) => assert.ok(n.includes(years[i]), `${n} has ${years[i]}`));
      } finally {
        await context.close();
      }
    });
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

// Language: on the Ukrainian page every piece of the widget's own text is
// Ukrainian. Any text (or aria-label, placeholder, title) that the uk page
// shows exactly as the en page does, and that reads as English words, is an
// untranslated string. Checked before and after errors are shown, and with
// the outputs of a valid request.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launch, requireWidget, serve, waitReady, watch } from "./helpers.mjs";

const CLOCK = "2026-11-22T12:00:00Z";

/** Every text node and labelling attribute in the widget's shadow root. */
function widgetTexts(page) {
  return page.evaluate(() => {
    const root = document.querySelector("otel-feedback-session").shadowRoot;
    const out = new Set();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const p = n.parentElement;
      if (!p || p.closest("style, script, datalist, textarea")) continue;
      const t = n.textContent.replace(/\s+/g, " ").trim();
      if (t) out.add(t);
    }
    for (const el of root.querySelectorAll("[aria-label], [placeholder], [title]")) {
      for (const a of ["aria-label", "placeholder", "title"]) {
        const t = (el.getAttribute(a) || "").trim();
        if (t) out.add(t);
      }
    }
    return [...out];
  });
}

/** Whether a text reads as English: two or more Latin words of 3+ letters. */
const englishWords = (t) => (t.replace(/https?:\S+/g, "").match(/\b[A-Za-z]{3,}\b/g) ?? []).filter((w) => !NAMES.has(w));
// Proper names and codes that stay as they are in every language.
const NAMES = new Set(["OpenTelemetry", "OTel", "Slack", "CNCF", "SIG", "Europe", "Kiev", "Kyiv", "Tokyo", "GMT", "UTC", "jane", "mailto", "Google", "Calendar", "otel", "sig", "end", "user", "ics"]);

describe("language", () => {
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

  /** The widget's texts on a page: at rest, with errors, with outputs. */
  async function texts(path, locale) {
    const context = await browser.newContext({ timezoneId: "Europe/Kyiv", locale });
    try {
      const page = await context.newPage();
      const log = watch(page);
      await page.clock.setFixedTime(new Date(CLOCK));
      await page.goto(server.url + path);
      await waitReady(page, log);
      const all = new Set(await widgetTexts(page));
      await page.locator("form#ofs-form button[type=submit]").click();
      await page.locator(".ofs-error-summary").waitFor({ state: "visible" });
      for (const t of await widgetTexts(page)) all.add(t);
      await page.locator("#ofs-organization").fill("Example Corp");
      await page.locator("#ofs-name").fill("Ana Example");
      await page.locator("#ofs-email").fill("ana@example.com");
      await page.locator("input[name=slots]").first().check();
      await page.locator("input[name=topics][value=adoption]").check();
      await page.locator("form#ofs-form button[type=submit]").click();
      await page.locator("[data-output=slack]").waitFor({ state: "visible" });
      for (const t of await widgetTexts(page)) all.add(t);
      assert.deepEqual(log.pageErrors, []);
      return all;
    } finally {
      await context.close();
    }
  }

  test("the uk page shows no English string of the widget", async () => {
    const en = await texts("", "en-US");
    const uk = await texts("uk/", "uk-UA");
    assert.ok(en.size > 40, `en texts found: ${en.size}`);
    const untranslated = [...uk].filter((t) => en.has(t) && englishWords(t).length >= 2).sort();
    assert.deepEqual(untranslated, [], "strings the uk widget shows in English");
  });
});

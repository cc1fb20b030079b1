// Language: on the Ukrainian page every piece of the widget's own text is
// Ukrainian. Any text (or aria-label, placeholder, title) that the uk page
// shows exactly as the en page does, and that reads as English words, is an
// untranslated string. Checked before and after errors are shown, and with
// the outputs of a valid request.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launch, requireWidget, serve, waitReady, watch, openForm } from "./helpers.mjs";

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
      await openForm(page);
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

  /**
   * Opens `path` with `routes` (optional: { "uk": handler, ... }, Playwright
   * route handlers for those languages' catalogs) and returns the widget's
   * heading (once ready, unless `ready` is false), the catalog requests,
   * the console warnings and errors, and the host's data-state.
   */
  async function catalogRun(path, locale, routes = {}, ready = true) {
    const context = await browser.newContext({ timezoneId: "Europe/Kyiv", locale });
    try {
      const page = await context.newPage();
      const log = watch(page);
      const warnings = [];
      const catalogs = [];
      page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
      page.on("request", (r) => r.url().endsWith(".catalog") && catalogs.push(new URL(r.url()).pathname.replace(/.*\//, "")));
      for (const [lang, handler] of Object.entries(routes)) await page.route(`**/otel-feedback.${lang}.catalog`, handler);
      await page.clock.setFixedTime(new Date(CLOCK));
      await page.goto(server.url + path);
      let heading = null;
      let listCatalogs = null;
      if (ready) {
        await waitReady(page, log);
        listCatalogs = [...catalogs];
        await openForm(page);
        heading = await page.locator(".ofs-heading").first().textContent();
      } else {
        await page.waitForSelector("otel-feedback-session[data-state=failed]", { state: "attached", timeout: 15000 });
      }
      assert.deepEqual(log.pageErrors, []);
      const state = await page.locator("otel-feedback-session").first().getAttribute("data-state");
      const fallback = await page.locator("otel-feedback-session #schedule-fallback").isVisible();
      return { heading, catalogs, listCatalogs, warnings, errors: log.errors, state, fallback };
    } finally {
      await context.close();
    }
  }

  const notFound = (r) => r.fulfill({ status: 404, body: "not found" });

  // The wasm compiles no text in: every page fetches exactly its
  // language's catalog (English's for English).
  // A uk page composes in English (message_lang): when its form opens, it
  // also fetches English's message catalog, not English's whole catalog;
  // the list never waits for it.
  test("the en page fetches only the en catalog; the uk page only the uk one (and English's messages with the form) and speaks Ukrainian", async () => {
    const en = await catalogRun("", "en-US");
    assert.deepEqual(en.catalogs, ["otel-feedback.en.catalog"]);
    assert.equal(en.heading, "Upcoming sessions");
    assert.deepEqual(en.warnings, []);
    const uk = await catalogRun("uk/", "uk-UA");
    assert.deepEqual(uk.listCatalogs, ["otel-feedback.uk.catalog"]);
    assert.deepEqual(uk.catalogs, ["otel-feedback.uk.catalog", "otel-feedback.en.messages.catalog"]);
    assert.equal(uk.heading, "Найближчі сесії");
    assert.deepEqual(uk.warnings, []);
  });

  test("a uk catalog that cannot be fetched: the widget starts in English and warns once", async () => {
    const run = await catalogRun("uk/", "uk-UA", { uk: notFound });
    assert.equal(run.heading, "Upcoming sessions");
    assert.deepEqual(run.catalogs, ["otel-feedback.uk.catalog", "otel-feedback.en.catalog"]);
    assert.equal(run.warnings.filter((w) => /uk catalog/.test(w) && /HTTP 404/.test(w) && /English/.test(w)).length, 1, JSON.stringify(run.warnings));
  });

  test("a uk catalog from another version is refused: English, with a warning that says so", async () => {
    const stale = async (r) => {
      const res = await r.fetch();
      const text = await res.text();
      // Another core version: a different key hash in the header.
      const [header, ...rest] = text.split("\n");
      const fields = header.split(" ");
      fields[4] = "0000000000000000";
      await r.fulfill({ response: res, body: [fields.join(" "), ...rest].join("\n") });
    };
    const run = await catalogRun("uk/", "uk-UA", { uk: stale });
    assert.equal(run.heading, "Upcoming sessions");
    assert.deepEqual(run.catalogs, ["otel-feedback.uk.catalog", "otel-feedback.en.catalog"]);
    assert.ok(run.warnings.some((w) => /catalog not used/.test(w) && /another otel-feedback-core version/.test(w)), JSON.stringify(run.warnings));
  });

  // Without any text the widget does not start (it would show message
  // keys): the page's own text stays, with one console error.
  for (const [what, path, locale, routes] of [
    ["the en catalog cannot be fetched on the en page", "", "en-US", { en: notFound }],
    ["neither the uk nor the en catalog can be fetched on the uk page", "uk/", "uk-UA", { uk: notFound, en: notFound }],
  ]) {
    test(`${what}: the fallback stays, data-state=failed, one console error`, async () => {
      const run = await catalogRun(path, locale, routes, false);
      assert.equal(run.state, "failed");
      assert.equal(run.fallback, true);
      const own = run.errors.filter((e) => !e.startsWith("Failed to load resource"));
      assert.equal(own.length, 1, JSON.stringify(own));
      assert.match(own[0], /could not load its texts/);
    });
  }
});


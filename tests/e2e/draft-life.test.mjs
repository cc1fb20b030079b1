// The draft and the list over time (issue 27, item 8): Clear in one tab
// clears the other (and an edit there does not write the draft back); a
// session that starts while the page is open leaves the list and the
// outputs without a Check; a session in another year says its year; the
// notice that the browser refuses to keep the draft sits by the fields.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launch, requireWidget, serve, waitReady, watch, openForm } from "./helpers.mjs";

const w = (page) => page.locator("otel-feedback-session");
const shadow = (page, fn, arg) => page.waitForFunction(fn, arg);

describe("the draft and the list over time", () => {
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

  async function visit({ context, clock = "2026-11-22T12:00:00Z", install = false, init } = {}) {
    const own = !context;
    context ??= await browser.newContext({ timezoneId: "America/New_York", locale: "en-US", viewport: { width: 1000, height: 1400 } });
    const page = await context.newPage();
    const log = watch(page);
    if (init) await page.addInitScript(init);
    if (install) await page.clock.install({ time: new Date(clock) });
    else await page.clock.setFixedTime(new Date(clock));
    await page.goto(server.url + "/");
    await waitReady(page, log);
    return { context: own ? context : undefined, page, log };
  }

  test("two tabs: Clear in one clears the other, and an edit there does not bring the draft back", async () => {
    const context = await browser.newContext({ timezoneId: "America/New_York", locale: "en-US" });
    try {
      const a = (await visit({ context })).page;
      const b = (await visit({ context })).page;
      await openForm(a);
      await openForm(b);
      await w(a).locator("#ofs-organization").fill("Example Corp");
      await w(a).locator("#ofs-name").fill("Ana");
      await shadow(b, () => document.querySelector("otel-feedback-session").shadowRoot.querySelector("#ofs-name").value === "Ana");
      await w(a).locator("[data-action=clear]").click();
      await shadow(b, () => document.querySelector("otel-feedback-session").shadowRoot.querySelector("#ofs-organization").value === "", undefined).catch(() => {});
      assert.equal(await w(b).locator("#ofs-organization").inputValue(), "", "the other tab's fields are cleared too");
      assert.equal(await w(b).locator("#ofs-name").inputValue(), "");
      await w(b).locator("#ofs-role").fill("SRE");
      const draft = JSON.parse(await b.evaluate(() => localStorage.getItem("otel-feedback:draft")));
      assert.equal(draft.organization, "", "the cleared draft stays cleared");
      assert.equal(draft.name, "");
      assert.equal(draft.role, "SRE");
    } finally {
      await context.close();
    }
  });

  test("a session that starts while the page is open leaves the list and the outputs, without a Check", async () => {
    // Two minutes before the first session (2026-11-26 18:00 UTC).
    const { context, page, log } = await visit({ clock: "2026-11-26T17:58:00Z", install: true });
    try {
      await openForm(page);
      const first = "2026-11-26T18:00:00Z";
      await w(page).locator(`input[name=slots][value="${first}"]`).check();
      for (const [f, v] of Object.entries({ organization: "Example Corp", name: "Ana Example", email: "ana@example.com" })) await w(page).locator(`#ofs-${f}`).fill(v);
      await w(page).locator("input[name=topics][value=adoption]").check();
      await w(page).locator("form#ofs-form button[type=submit]").click();
      await w(page).locator("[data-output=slack]").waitFor({ state: "visible" });
      assert.equal(await w(page).locator("a[data-output=ics]").count(), 1);
      await page.clock.runFor(5 * 60 * 1000);
      await shadow(page, (s) => !document.querySelector("otel-feedback-session").shadowRoot.querySelector(`input[name=slots][value="${s}"]`), first);
      assert.equal(await w(page).locator("[data-output=slack]").isVisible(), false, "no message for a session that has started");
      assert.match(await w(page).locator("#ofs-draft-notice").innerText(), /November 26/);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test("a session in another year shows its year; this year's do not", async () => {
    const { context, page } = await visit({ clock: "2026-11-22T12:00:00Z" });
    try {
      const dates = await w(page).locator("[data-slot] .ofs-date").allInnerTexts();
      assert.equal(dates.length, 6);
      assert.doesNotMatch(dates[0], /2026/, dates[0]);
      assert.match(dates[5], /2027/, dates[5]);
      assert.ok(dates.filter((d) => /2027/.test(d)).length === 3, dates.join(" | "));
    } finally {
      await context.close();
    }
  });

  test("storage refused: the notice sits by the fields, not under the form", async () => {
    const { context, page } = await visit({ init: () => { Storage.prototype.setItem = () => { throw new DOMException("full", "QuotaExceededError"); }; } });
    try {
      await openForm(page);
      const notice = w(page).locator("#ofs-store-notice");
      await w(page).locator("#ofs-organization").fill("Example Corp");
      await notice.waitFor({ state: "visible" });
      // Right above the form's first field, where the visitor reads first
      // (not under the last one, a screen away from where they type).
      const n = await notice.boundingBox();
      const first = await w(page).locator("#ofs-rest .ofs-field").first().boundingBox();
      const gap = first.y - (n.y + n.height);
      assert.ok(gap >= 0 && gap < 40, `the notice ends ${gap}px above the first field`);
    } finally {
      await context.close();
    }
  });
});

// The widget as visitors use it (issue 15, points 2 to 6): the sessions
// first and the form on request, the page's heading options, a focus ring
// of 3:1 or better, drafts that never vanish silently (storage refused,
// two tabs, Clear with Undo, a session no longer offered, "None of these",
// storage="off"), counters near the limits, and errors on the right element.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { deepActive, launch, openForm, requireWidget, serve, waitReady, watch } from "./helpers.mjs";

const NOW = new Date("2026-11-22T12:00:00Z");
const w = (page) => page.locator("otel-feedback-session");

describe("the widget as visitors use it", () => {
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

  // A page with the widget; `html`: the element's markup (the demo page's
  // element when absent), `init`: a script run before the page's own.
  async function visit({ html, init, context: shared, path = "", scheme = "light" } = {}) {
    const context = shared ?? (await browser.newContext({ timezoneId: "America/New_York", locale: "en-US", colorScheme: scheme }));
    if (init) await context.addInitScript(init);
    const page = await context.newPage();
    const log = watch(page);
    log.requests = [];
    page.on("request", (r) => log.requests.push(new URL(r.url()).pathname));
    await page.clock.setFixedTime(NOW);
    if (html) {
      await page.route(`${server.url}/visit.html`, (r) =>
        r.fulfill({ contentType: "text/html", body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>t</title><script type="module" src="/pkg/otel-feedback.js"></script></head><body><main><h1>Feedback</h1><h2>Upcoming sessions</h2>${html}<p id="after">The page goes on.</p></main></body></html>` }),
      );
      await page.goto(`${server.url}/visit.html`);
    } else {
      await page.goto(server.url + path);
    }
    await waitReady(page, log);
    return { context, page, log };
  }
  const el = (attrs = "") => `<otel-feedback-session config="/config.json" ${attrs}><p>Fallback.</p></otel-feedback-session>`;

  test("the sessions show at once; the form opens on request, with focus on its first field", async () => {
    const { context, page, log } = await visit();
    try {
      assert.ok((await w(page).locator("input[name=slots]").count()) >= 4, "the sessions are listed");
      assert.equal(await w(page).locator("#ofs-organization").count(), 0, "no form field before it is asked for");
      const button = w(page).locator("[data-action=open]");
      assert.equal(await button.getAttribute("aria-expanded"), "false");
      const closed = (await w(page).boundingBox()).height;
      assert.ok(!log.requests.some((p) => p.endsWith("otel-feedback-form.js")), "the form's module is not loaded with the page");
      await button.click();
      await w(page).locator("#ofs-rest").waitFor({ state: "visible" });
      await page.waitForFunction(() => document.querySelector("otel-feedback-session").shadowRoot.activeElement?.id === "ofs-alternative_time");
      assert.equal((await deepActive(page)).id, "ofs-alternative_time", "focus moves to the form's first field");
      const open = (await w(page).boundingBox()).height;
      assert.ok(open > closed * 1.5, `the form adds height (${closed} → ${open} px)`);
      assert.equal(await w(page).locator("#ofs-open").isVisible(), false, "the button is gone once the form is open");
      assert.equal(log.requests.filter((p) => p.endsWith("otel-feedback-form.js")).length, 1, "loaded once, on request");
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test("ticking a session opens the form (focus stays on the box, for the next pick); a draft opens it on load", async () => {
    const { context, page } = await visit();
    try {
      const first = w(page).locator("input[name=slots]").first();
      await first.check();
      await w(page).locator("#ofs-organization").waitFor({ state: "visible" });
      assert.equal((await deepActive(page)).name, "slots");
      await w(page).locator("#ofs-organization").fill("Example Corp");
      await page.reload();
      await waitReady(page);
      assert.equal(await w(page).locator("#ofs-organization").inputValue(), "Example Corp", "the draft is back");
      assert.equal(await w(page).locator("input[name=slots]").first().isChecked(), true);
    } finally {
      await context.close();
    }
  });

  test("heading-level and no-heading: the page decides the widget's heading", async () => {
    const { context, page } = await visit({ html: el('heading-level="2"') + el("no-heading") });
    try {
      await waitReady(page);
      const levels = (i) => w(page).nth(i).evaluate((e) => [...e.shadowRoot.querySelectorAll("h1,h2,h3,h4,h5,h6")].filter((h) => h.offsetParent).map((h) => `${h.tagName}:${h.textContent}`));
      assert.deepEqual(await levels(0), ["H2:Upcoming sessions"]);
      assert.deepEqual(await levels(1), [], "no heading of its own");
      // Its later headings are one level below the page's: the outputs.
      await openForm(page, 1);
      await w(page).nth(1).locator("[type=submit]").click();
      assert.equal(await w(page).nth(1).locator(".ofs-error-title").evaluate((e) => e.tagName), "H3");
    } finally {
      await context.close();
    }
  });

  // The contrast of two sRGB colours (WCAG 2.x).
  const contrast = (a, b) => {
    const lum = (c) => {
      const [r, g, bl] = c.map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
    return (x + 0.05) / (y + 0.05);
  };

  for (const scheme of ["light", "dark"]) {
    test(`${scheme}: the focus ring has 3:1 or more against the background, on every kind of control`, async () => {
      const { context, page } = await visit({ scheme });
      try {
        await openForm(page);
        for (const sel of ["#ofs-tz", "input[name=slots]", "#ofs-organization", "input[name=topics]", "button[type=submit]"]) {
          await w(page).locator(sel).first().focus();
          await page.keyboard.press("Shift+Tab");
          await page.keyboard.press("Tab");
          const ring = await w(page).locator(sel).first().evaluate((e) => {
            const rgb = (s) => (s.match(/[\d.]+/g) || []).slice(0, 4).map(Number);
            const cs = getComputedStyle(e);
            // The background the ring is drawn on: the nearest opaque one.
            let n = e;
            let bg = [255, 255, 255, 0];
            while (n) {
              const c = rgb(getComputedStyle(n).backgroundColor);
              if (c.length === 3 || c[3] > 0) {
                bg = c;
                break;
              }
              n = n.parentElement || (n.getRootNode() && n.getRootNode().host);
            }
            return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), color: rgb(cs.outlineColor), bg, page: rgb(getComputedStyle(document.body).backgroundColor) };
          });
          assert.equal(ring.style, "solid", `${sel}: an outline is drawn`);
          assert.ok(ring.width >= 2, `${sel}: ${ring.width}px wide`);
          const bg = ring.bg.length === 4 && ring.bg[3] === 0 ? ring.page : ring.bg;
          const ratio = contrast(ring.color.slice(0, 3), bg.slice(0, 3));
          assert.ok(ratio >= 3, `${sel}: focus ring ${ring.color} on ${bg}: ${ratio.toFixed(2)}:1`);
        }
      } finally {
        await context.close();
      }
    });
  }

  for (const [what, init] of [
    ["blocked", () => Object.defineProperty(window, "localStorage", { get() { throw new DOMException("blocked", "SecurityError"); } })],
    ["full", () => { Storage.prototype.setItem = () => { throw new DOMException("full", "QuotaExceededError"); }; }],
  ]) {
    test(`storage ${what}: the visitor is told once, near the form, that the draft is not kept`, async () => {
      const { context, page, log } = await visit({ init });
      try {
        await openForm(page);
        const notice = w(page).locator("#ofs-store-notice");
        await w(page).locator("#ofs-organization").fill("Example Corp");
        await notice.waitFor({ state: "visible" });
        assert.match(await notice.innerText(), /draft/);
        await w(page).locator("#ofs-name").fill("Ana");
        assert.equal(await w(page).locator(".ofs-notice:visible").count(), 1, "said once");
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }

  test('storage="off": nothing is kept and nothing is said', async () => {
    const { context, page } = await visit({ html: el('storage="off"') });
    try {
      await openForm(page);
      await w(page).locator("#ofs-organization").fill("Example Corp");
      await w(page).locator("input[name=slots]").first().check();
      assert.equal(await page.evaluate(() => localStorage.length), 0);
      assert.equal(await w(page).locator("#ofs-store-notice").isVisible(), false);
    } finally {
      await context.close();
    }
  });

  test("two tabs: an edit in one arrives in the other, field by field", async () => {
    const context = await browser.newContext({ timezoneId: "America/New_York", locale: "en-US" });
    try {
      const a = (await visit({ context })).page;
      const b = (await visit({ context })).page;
      await openForm(a);
      await openForm(b);
      await w(b).locator("#ofs-name").fill("Bea");
      await w(a).locator("#ofs-organization").fill("Example Corp");
      await w(b).locator("#ofs-organization").waitFor();
      await b.waitForFunction(() => document.querySelector("otel-feedback-session").shadowRoot.querySelector("#ofs-organization").value === "Example Corp");
      assert.equal(await w(b).locator("#ofs-name").inputValue(), "Bea", "the other tab's own field stays");
      await a.waitForFunction(() => document.querySelector("otel-feedback-session").shadowRoot.querySelector("#ofs-name").value === "Bea");
    } finally {
      await context.close();
    }
  });

  test("Clear offers Undo, which brings everything back", async () => {
    const { context, page } = await visit();
    try {
      await openForm(page);
      await w(page).locator("input[name=slots]").nth(1).check();
      await w(page).locator("#ofs-organization").fill("Example Corp");
      await w(page).locator("#ofs-details").fill("line one\nline two");
      await w(page).locator("[data-action=clear]").click();
      assert.equal(await w(page).locator("#ofs-organization").inputValue(), "");
      assert.match(await w(page).locator("#ofs-clear-status").innerText(), /cleared/);
      await w(page).locator("[data-action=undo]").click();
      assert.equal(await w(page).locator("#ofs-organization").inputValue(), "Example Corp");
      assert.equal(await w(page).locator("#ofs-details").inputValue(), "line one\nline two");
      assert.equal(await w(page).locator("input[name=slots]").nth(1).isChecked(), true);
      await page.reload();
      await waitReady(page);
      assert.equal(await w(page).locator("#ofs-organization").inputValue(), "Example Corp", "the undone draft is kept again");
    } finally {
      await context.close();
    }
  });

  test("a saved session that is no longer offered is named in a notice", async () => {
    const { context, page } = await visit({
      init: () => localStorage.setItem("otel-feedback:draft", JSON.stringify({ slots: ["2026-11-12T18:00:00Z"], organization: "Example Corp" })),
    });
    try {
      const notice = w(page).locator("#ofs-draft-notice");
      // The draft opens the form (its module loads), then names the session.
      await notice.waitFor({ state: "visible" });
      assert.match(await notice.innerText(), /November 12.*no longer offered/);
      assert.equal(await w(page).locator("#ofs-organization").inputValue(), "Example Corp");
    } finally {
      await context.close();
    }
  });

  test('"None of these" keeps the picked sessions, disabled, and gives them back', async () => {
    const { context, page } = await visit();
    try {
      const boxes = w(page).locator("input[name=slots]");
      await boxes.nth(0).check();
      await boxes.nth(2).check();
      await w(page).locator("#ofs-no-slot").check();
      for (const i of [0, 2]) {
        assert.equal(await boxes.nth(i).isChecked(), true, `session ${i} stays ticked`);
        assert.equal(await boxes.nth(i).isDisabled(), true, `session ${i} is disabled`);
      }
      await w(page).locator("#ofs-no-slot").uncheck();
      assert.equal(await boxes.nth(0).isChecked(), true);
      assert.equal(await boxes.nth(0).isDisabled(), false);
    } finally {
      await context.close();
    }
  });

  test("limits show before they bite: a polite counter near the limit, from core's limits", async () => {
    const { context, page } = await visit();
    try {
      await openForm(page);
      const counter = w(page).locator("#ofs-organization-counter");
      assert.equal(await counter.getAttribute("aria-live"), "polite");
      await w(page).locator("#ofs-organization").fill("x".repeat(100));
      assert.equal(await counter.isVisible(), false, "far from the limit: no counter");
      await w(page).locator("#ofs-organization").fill("x".repeat(115));
      assert.equal(await counter.innerText(), "5 characters left");
      await w(page).locator("#ofs-organization").fill("👩‍👩‍👧".repeat(20) + "x".repeat(60));
      // Emoji ZWJ sequences count as core counts them (Unicode scalar values).
      assert.equal(await counter.innerText(), "40 characters too many");
      await w(page).locator("#ofs-details").fill("y".repeat(1850));
      assert.equal(await w(page).locator("#ofs-details-counter").innerText(), "150 characters left");
    } finally {
      await context.close();
    }
  });

  test("errors land on the right element: the sessions and contact groups, names read right", async () => {
    const { context, page } = await visit();
    try {
      await openForm(page);
      await w(page).locator("[type=submit]").click();
      await w(page).locator(".ofs-error-summary").waitFor({ state: "visible" });
      assert.equal(await w(page).locator("fieldset#ofs-slots").getAttribute("aria-invalid"), "true", "the sessions fieldset");
      assert.equal(await w(page).locator("fieldset#ofs-contact").getAttribute("aria-invalid"), "true", "the contact fieldset");
      const label = await w(page).locator("label[for=ofs-organization]").innerText();
      assert.match(label.replace(/\s+/g, " "), /^Organization \(required\)$/, label);
    } finally {
      await context.close();
    }
  });
});

// The element behaves like a web component: its attributes are reactive
// after it has drawn (lang, tz, config, storage, heading-level), leaving
// the page removes what it added to the window and coming back draws it
// again, and a page themes it through custom properties on the element
// and ::part names (docs/widget.md, "Theming").
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serve, requireWidget, watch, waitReady } from "./helpers.mjs";

const shadow = (page, sel) => page.evaluate((s) => document.querySelector("otel-feedback-session").shadowRoot.querySelector(s)?.textContent ?? null, sel);
const ready = (page) => page.waitForFunction(() => document.querySelector("otel-feedback-session")?.dataset.state === "ready");

describe("<otel-feedback-session> as a web component", () => {
  let browser, server;
  before(async () => {
    requireWidget();
    server = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const visit = async () => {
    const context = await browser.newContext({ timezoneId: "Europe/Kyiv", locale: "en-US" });
    const page = await context.newPage();
    // Count the window's storage listeners as the view adds and removes them.
    await page.addInitScript(() => {
      const add = window.addEventListener;
      const remove = window.removeEventListener;
      window.storageListeners = new Set();
      window.addEventListener = function (type, fn, o) {
        if (type === "storage") window.storageListeners.add(fn);
        return add.call(this, type, fn, o);
      };
      window.removeEventListener = function (type, fn, o) {
        if (type === "storage") window.storageListeners.delete(fn);
        return remove.call(this, type, fn, o);
      };
    });
    const log = watch(page);
    await page.clock.setFixedTime(new Date("2026-11-20T12:00:00Z"));
    await page.goto(server.url);
    await waitReady(page, log);
    return { context, page, log };
  };

  test("changing tz, lang and heading-level after it has drawn draws it again", async () => {
    const { context, page, log } = await visit();
    try {
      assert.equal(await page.evaluate(() => document.querySelector("otel-feedback-session").shadowRoot.querySelector("#ofs-tz").value), "Europe/Kyiv");
      await page.evaluate(() => document.querySelector("otel-feedback-session").setAttribute("tz", "Asia/Tokyo"));
      await page.waitForFunction(() => document.querySelector("otel-feedback-session").shadowRoot.querySelector("[data-slot]")?.dataset.local.endsWith("+09:00"));
      await ready(page);
      assert.equal(await page.evaluate(() => document.querySelector("otel-feedback-session").shadowRoot.querySelector("#ofs-tz").value), "Asia/Tokyo");

      await page.evaluate(() => document.querySelector("otel-feedback-session").setAttribute("lang", "uk"));
      await page.waitForFunction(() => document.querySelector("otel-feedback-session").shadowRoot.querySelector(".ofs-heading")?.textContent === "Найближчі сесії");
      await ready(page);

      await page.evaluate(() => document.querySelector("otel-feedback-session").setAttribute("heading-level", "4"));
      await page.waitForFunction(() => document.querySelector("otel-feedback-session").shadowRoot.querySelector("h4.ofs-heading"));
      // One list, one stylesheet: drawn again in the same shadow root.
      assert.equal(await page.evaluate(() => document.querySelector("otel-feedback-session").shadowRoot.querySelectorAll(".ofs").length), 1);
      assert.equal(await page.evaluate(() => window.storageListeners.size), 1);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test("leaving the page removes its storage listener; coming back draws it again", async () => {
    const { context, page, log } = await visit();
    try {
      assert.equal(await page.evaluate(() => window.storageListeners.size), 1);
      await page.evaluate(() => {
        window.kept = document.querySelector("otel-feedback-session");
        window.kept.remove();
      });
      assert.equal(await page.evaluate(() => window.storageListeners.size), 0);
      await page.evaluate(() => document.querySelector("main, body").append(window.kept));
      await ready(page);
      await page.waitForFunction(() => window.storageListeners.size === 1);
      assert.ok((await shadow(page, "[data-slot]")).length > 0);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test("storage='off' set later keeps no listener", async () => {
    const { context, page } = await visit();
    try {
      await page.evaluate(() => document.querySelector("otel-feedback-session").setAttribute("storage", "off"));
      await page.waitForFunction(() => window.storageListeners.size === 0);
      await ready(page);
    } finally {
      await context.close();
    }
  });

  test("a page themes it: --ofs-* custom properties on the element and ::part names", async () => {
    const { context, page } = await visit();
    try {
      await page.addStyleTag({
        content: `otel-feedback-session { --ofs-accent: rgb(255, 0, 0); }
          otel-feedback-session::part(list) { outline: 3px solid rgb(0, 128, 0); }
          otel-feedback-session::part(button) { text-transform: uppercase; }`,
      });
      const styles = await page.evaluate(() => {
        const root = document.querySelector("otel-feedback-session").shadowRoot;
        const button = getComputedStyle(root.querySelector("[data-action=open]"));
        return { background: button.backgroundColor, transform: button.textTransform, outline: getComputedStyle(root.querySelector("[part=list]")).outlineColor };
      });
      assert.deepEqual(styles, { background: "rgb(255, 0, 0)", transform: "uppercase", outline: "rgb(0, 128, 0)" });
      const parts = await page.evaluate(() => [...document.querySelector("otel-feedback-session").shadowRoot.querySelectorAll("[part]")].map((e) => e.getAttribute("part")));
      for (const p of ["heading", "intro", "zone", "list", "slot", "button", "form", "output"]) assert.ok(parts.includes(p), `part ${p}: ${parts}`);
    } finally {
      await context.close();
    }
  });
});

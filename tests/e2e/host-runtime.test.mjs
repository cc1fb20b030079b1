// Host runtimes the widget must survive: the scripts a real page runs
// before the widget, which patch the globals the widget uses. Each is
// loaded into the demo page before any page script (as a host's <head>
// script is), then a visitor sees the sessions, opens the form, reaches for
// the zone box and picks a session, with a clean console: no error and no
// warning.
//
// - opentelemetry.io's page runtime: its OTel web tracing as the Hugo
//   fixture's build bundled it (target/hugo-site/js/tracing.min.*.js, from
//   the site's pinned npm packages), loaded twice as the site's pages do;
//   its user-interaction instrumentation keeps listeners in a WeakMap keyed
//   by the listener and by `this`.
// - zone.js alone (the version the site's @opentelemetry/context-zone
//   resolves, from the fixture's node_modules): Promise, timers and event
//   listeners patched.
// - a page that wraps window.fetch and answers with a Response subclass.
// - a page that patches EventTarget.prototype.addEventListener to keep each
//   listener in a WeakMap keyed by `this` (what throws "Invalid value used
//   as weak map key" when a listener is added with no `this`).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, openForm, repo, requireWidget, serve, waitReady, watch } from "./helpers.mjs";

const hugoJs = join(repo, "target", "hugo-site", "js");
const zoneJs = join(repo, "target", "hugo-pr", "site", "node_modules", "zone.js", "fesm2015", "zone.min.js");

function siteTracing() {
  const file = existsSync(hugoJs) && readdirSync(hugoJs).find((f) => /^tracing\.min\.[0-9a-f]+\.js$/.test(f));
  if (!file) throw new Error("target/hugo-site/js/tracing.min.*.js is missing: run scripts/build-hugo");
  return readFileSync(join(hugoJs, file), "utf8");
}

// Each runtime: the scripts it runs first, and a probe that says it is
// active on the page (so a runtime that silently did nothing fails).
const RUNTIMES = {
  "opentelemetry.io's OTel web tracing (twice)": {
    scripts: () => [siteTracing(), siteTracing()],
    active: () => !/\[native code\]/.test(String(HTMLElement.prototype.addEventListener)),
  },
  "zone.js alone": {
    scripts: () => {
      if (!existsSync(zoneJs)) throw new Error(`${zoneJs} is missing: run scripts/build-hugo (the site's dependencies)`);
      return [readFileSync(zoneJs, "utf8")];
    },
    active: () => typeof Zone === "function" && Zone.current.name === "<root>",
  },
  "window.fetch wrapped, answering a Response subclass": {
    scripts: () => [
      `(() => {
        class TracedResponse extends Response {}
        const original = window.fetch;
        window.__wrappedFetches = 0;
        window.fetch = async function (input, init) {
          const res = await original.call(this, input, init);
          window.__wrappedFetches++;
          return new TracedResponse(res.body, { status: res.status, statusText: res.statusText, headers: res.headers });
        };
      })();`,
    ],
    active: () => window.__wrappedFetches > 0,
  },
  "addEventListener patched with a WeakMap keyed by this": {
    scripts: () => [
      // Strict, as instrumentation libraries' module code is: a bare call
      // leaves `this` undefined rather than the window.
      `"use strict";
      (() => {
        const seen = new WeakMap();
        const original = EventTarget.prototype.addEventListener;
        window.__patchedListeners = 0;
        EventTarget.prototype.addEventListener = function (type, listener, options) {
          if (listener) {
            seen.set(this, (seen.get(this) || 0) + 1); // throws for an undefined this
            window.__patchedListeners++;
          }
          return original.call(this, type, listener, options);
        };
      })();`,
    ],
    active: () => window.__patchedListeners > 0,
  },
};

describe("host runtimes: the widget starts and works under each, with a clean console", () => {
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

  for (const [name, { scripts, active }] of Object.entries(RUNTIMES)) {
    test(name, async () => {
      const context = await browser.newContext({ locale: "en-US", timezoneId: "Asia/Tokyo" });
      try {
        for (const content of scripts()) await context.addInitScript({ content });
        const page = await context.newPage();
        const log = watch(page);
        await page.goto(server.url);
        await waitReady(page, log);
        const w = page.locator("otel-feedback-session");
        const slots = w.locator("[data-slot]");
        assert.ok((await slots.count()) >= 1, "the sessions are shown");
        assert.match(await slots.first().innerText(), /\d/);

        // The visitor works with it: the form, the zone picker, a session.
        await openForm(page);
        await w.locator("#ofs-tz").focus();
        await page.waitForFunction(() => document.querySelector("otel-feedback-session").shadowRoot.querySelector("#ofs-tz")?.dataset.picker === "ready", null, { timeout: 15000 });
        await slots.first().locator("input[type=checkbox]").check();
        assert.equal(await slots.first().locator("input[type=checkbox]").isChecked(), true);

        assert.equal(await page.evaluate(active), true, `${name} is active on the page`);
        assert.deepEqual(log.pageErrors, []);
        assert.deepEqual(log.errors, []);
        assert.deepEqual(log.warnings, []);
      } finally {
        await context.close();
      }
    });
  }
});

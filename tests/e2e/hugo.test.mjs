// The Hugo shortcode on a real Hugo build: target/hugo-site/ is the fixture
// (embed/hugo/fixture/, opentelemetry.io in miniature) after the pull
// request embed/hugo/README.md describes, built by scripts/build-hugo with
// Hugo 0.164.0 in production mode from the packed npm package installed in
// its node_modules (target/hugo-site-latest/: the newest Hugo). Served
// statically and opened in Chromium: the en, ja and pt pages show the
// sessions the data file (imported from tests/e2e/fixtures/
// community-calendar.ics) lists, no request leaves the site, every file the
// page loads is fingerprinted and its integrity matches, hostile text from
// the calendar stays data, the site's own pt strings survive the i18n keys,
// and Hugo's markdown output format gets plain text only.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, openForm, repo, serve, waitReady, watch } from "./helpers.mjs";

const site = join(repo, "target", "hugo-site");
const latest = join(repo, "target", "hugo-site-latest");
const dataFile = join(repo, "target", "hugo-pr", "site", "data", "feedback_session.json");
// What the site's build computed with core (`otel-feedback-schedule --build`,
// in the PR's _prebuild): the configuration without what is over, the
// sentences of the fallback, the channel's link.
const buildFile = join(repo, "target", "hugo-pr", "site", "data", "feedback_session_build.json");

const PAGES = {
  en: { path: "community/end-user/interviews-feedback/", locale: "en-US", fallback: "To schedule one, write to us on CNCF Slack in", search: "Ask AI or search…" },
  ja: { path: "ja/community/end-user/interviews-feedback/", locale: "ja-JP", fallback: "。予約するには、CNCF Slack の", search: "サイト内検索…" },
  pt: { path: "pt/community/end-user/interviews-feedback/", locale: "pt-BR", fallback: "Para agendar uma, escreva para nós no CNCF Slack em", search: "Pergunte à IA ou pesquise…" },
};
// The sessions the calendar's schedule has after NOW (Los Angeles: the
// moved Tuesday 09:00 PST, then Thursdays 10:00 PST every two weeks).
const NOW = "2026-11-20T12:00:00Z";
// The heading each page's PR text puts above the widget (embed/hugo/README.md).
const HEADING = { en: "Upcoming sessions", ja: "今後のセッション", pt: "Próximas sessões" };
const EXPECTED = ["2026-11-24T17:00:00Z", "2027-01-07T18:00:00Z", "2027-01-21T18:00:00Z", "2027-02-04T18:00:00Z", "2027-02-18T18:00:00Z", "2027-03-04T18:00:00Z"];
// Every file the entry fetches by its plain name (the `assets` map's keys):
// the package's list (files.json, written by scripts/build-widget), as the
// site installed it.
const installed = join(repo, "target", "hugo-pr", "site", "node_modules", "@opentelemetry", "feedback-session-widget", "files.json");
const WIDGET_FILES = existsSync(installed) ? JSON.parse(readFileSync(installed, "utf8")).files.filter((f) => f.asset).map((f) => f.name) : [];

/** Weekday and wall time of an instant in Los Angeles, e.g. "Thu 10:00". */
function laWall(iso) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: "America/Los_Angeles",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(iso));
  const get = (t) => parts.find((p) => p.type === t).value;
  return { date: `${get("year")}-${get("month")}-${get("day")}`, wall: `${get("weekday")} ${get("hour")}:${get("minute")}` };
}

/** The widget's slot instants, read from its open shadow root. */
function slotInstants(page) {
  return page.evaluate(() => {
    const root = document.querySelector("otel-feedback-session").shadowRoot;
    if (!root) return null;
    return [...root.querySelectorAll("[data-slot]")].map((s) => s.querySelector("time")?.getAttribute("datetime"));
  });
}

/** Hugo writes `+` as `&#43;` in attributes; the browser reads it back. */
const unescape = (s) => s.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&amp;/g, "&").replace(/&#34;|&quot;/g, '"');

describe("Hugo shortcode on the fixture site after the PR (target/hugo-site)", () => {
  let browser, server, data, build;
  before(async () => {
    if (!existsSync(join(site, PAGES.en.path, "index.html"))) {
      throw new Error("target/hugo-site/ is missing: run scripts/build-hugo (after scripts/build-npm)");
    }
    assert.ok(WIDGET_FILES.length > 4, `the site's package has no files.json (${installed}): run scripts/build-hugo`);
    data = JSON.parse(readFileSync(dataFile, "utf8"));
    build = JSON.parse(readFileSync(buildFile, "utf8"));
    browser = await launch();
    server = await serve({ root: site });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Is `iso` one of the data file's sessions (a series' or an extra one), not a cancelled one? */
  function isScheduled(iso) {
    const { date, wall } = laWall(iso);
    if (data.schedule.cancelled.includes(date)) return false;
    const extra = data.schedule.extra.some((x) => x.date === date && wall.endsWith(x.time));
    const series = data.schedule.series.some((s) => {
      const days = Math.round((Date.parse(`${date}T00:00Z`) - Date.parse(`${s.anchor}T00:00Z`)) / 86400e3);
      return wall === `${s.weekday[0].toUpperCase()}${s.weekday.slice(1)} ${s.time}` && days >= 0 && days % (7 * s.every_weeks) === 0 && (!s.until || date <= s.until);
    });
    return extra || series;
  }

  for (const [lang, { path, locale, fallback, search }] of Object.entries(PAGES)) {
    test(`${lang} page: the widget shows the calendar's upcoming sessions, and every request stays on the site`, async () => {
      const context = await browser.newContext({ locale, timezoneId: "Europe/Kyiv" });
      try {
        const page = await context.newPage();
        const log = watch(page);
        const dialogs = [];
        page.on("dialog", (d) => {
          dialogs.push(d.message());
          d.dismiss();
        });
        const requests = [];
        page.on("request", (r) => requests.push(r.url()));
        // A week before Thanksgiving: the moved session, then three
        // cancelled Thursdays (Thanksgiving's original, a cancelled
        // instance, Christmas Eve's EXDATE) are in view.
        await page.clock.setFixedTime(new Date(NOW));
        await page.goto(server.url + path);
        await waitReady(page, log);

        const outside = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith("data:"));
        assert.deepEqual(outside, [], "no request outside the site");
        // Each file once, by its fingerprinted name: the page's load is the
        // list's (the wasm, the stylesheet, only this language's catalog);
        // the form's files come when the visitor opens it (below).
        const once = (files) => {
          for (const f of files) {
            const [stem, ext] = [f.slice(0, f.lastIndexOf(".")), f.slice(f.lastIndexOf("."))];
            const hits = fetched().filter((p) => p.startsWith(`/js/otel-feedback/${stem}.`) && p.endsWith(ext) && /\.[0-9a-f]{96}\./.test(p));
            assert.equal(hits.length, 1, `${f}: ${JSON.stringify(fetched())}`);
          }
        };
        const fetched = () => requests.map((u) => new URL(u).pathname);
        // The list is drawn from the page's build data: its view and the
        // stylesheet, no wasm and no catalog (they come with the form).
        once(["otel-feedback-list.js", "otel-feedback.css"]);
        assert.equal(fetched().filter((p) => p.endsWith(".catalog") || p.endsWith(".wasm") || p.includes("otel-feedback-widget")).length, 0, JSON.stringify(fetched()));
        assert.equal(fetched().filter((p) => p.includes("otel-feedback-form")).length, 0, JSON.stringify(fetched()));

        const el = page.locator("otel-feedback-session");
        assert.equal(await el.getAttribute("lang"), lang);
        assert.match(await el.evaluate((e) => e.querySelector(".otel-feedback-fallback").textContent), new RegExp(fallback));
        // When sessions happen, in the page language, generated from the
        // data file (no frozen cadence in a template or an i18n string).
        const when = build.text[lang];
        assert.ok(when && when.length > 20, `sentence for ${lang}: ${when}`);
        assert.ok((await el.evaluate((e) => e.querySelector(".otel-feedback-fallback").textContent)).includes(when), `fallback lacks: ${when}`);
        // The site's own strings win over the theme's (the i18n hazard).
        assert.equal(await page.locator("input.td-search-input").getAttribute("placeholder"), search);

        // One "Upcoming sessions" heading: the page's own (the PR's
        // `heading="off"`), which Docsy's "On this page" lists; the widget
        // draws none of its own.
        assert.equal(await el.getAttribute("no-heading"), "");
        assert.equal(await el.evaluate((e) => e.shadowRoot.querySelectorAll("h1,h2,h3,h4,h5,h6").length), 0, "no heading in the widget before the form opens");
        const own = page.locator("main h2", { hasText: HEADING[lang] });
        assert.equal(await own.count(), 1, `the page's own heading "${HEADING[lang]}"`);
        const id = await own.getAttribute("id");
        assert.equal(await page.locator(`#TableOfContents a[href="#${id}"]`).count(), 1, "the table of contents lists it");

        const instants = await slotInstants(page);
        assert.deepEqual(instants, EXPECTED);
        for (const iso of instants) assert.ok(isScheduled(iso), `${iso} is not a session of ${JSON.stringify(data.schedule)}`);

        // The form on request: its module and wasm, and on a page in
        // another language than the messages' (message_lang: en) English's
        // message texts, each once by its fingerprinted name (the wasm
        // checked against its integrity by fetch: a mismatch is an error
        // in the log).
        await openForm(page);
        const catalogs = [`otel-feedback.${lang}.catalog`].concat(lang === "en" ? [] : ["otel-feedback.en.messages.catalog"]);
        once(["otel-feedback-form.js", "otel-feedback-form.wasm", ...catalogs]);
        assert.equal(fetched().filter((p) => p.endsWith(".catalog")).length, catalogs.length, JSON.stringify(fetched()));

        const text = await el.evaluate((e) => e.shadowRoot.textContent);
        if (lang === "ja") assert.match(text, /[\u3040-\u30ff]/, "the widget speaks Japanese");
        if (lang === "pt") assert.match(text, /ã|ç|õ/, "the widget speaks Portuguese");

        // Hostile text from the calendar stays text: the inline JSON parses
        // back to the data file and nothing ran.
        const inline = await el.evaluate((e) => e.querySelector(':scope > script[type="application/json"]').textContent);
        assert.deepEqual(JSON.parse(inline), build.config);
        assert.match(JSON.stringify(build.config), /<\/script><script>alert/);
        assert.equal(await page.locator("script[type=module]").count(), 1);
        assert.deepEqual(dialogs, []);
        // The site's page runtime ran (its OTel web tracing, twice: head
        // and body end), patched the page's listeners and exported spans
        // to the sink; the widget started under it with a clean console:
        // no error and no warning.
        assert.equal(await page.locator("head script[src*='/js/tracing.'], body > script[src*='/js/tracing.']").count(), 2);
        assert.equal(await page.evaluate(() => /\[native code\]/.test(String(HTMLElement.prototype.addEventListener))), false, "the user-interaction instrumentation patched addEventListener");
        for (let i = 0; i < 100 && server.traces.length === 0; i++) await page.waitForTimeout(100);
        assert.ok(server.traces.length > 0, "the page's tracing exported spans to the sink");
        assert.deepEqual(log.warnings, []);
        assert.deepEqual(log.errors, []);
        assert.deepEqual(log.pageErrors, []);
        assert.deepEqual(log.failed, []);
      } finally {
        await context.close();
      }
    });

    test(`${lang} page: every file the page loads is fingerprinted, with integrity hashes that match`, async () => {
      const html = readFileSync(join(site, path, "index.html"), "utf8");
      const sha384 = (file) => "sha384-" + createHash("sha384").update(readFileSync(join(site, file))).digest("base64");
      const scripts = [...html.matchAll(/<script type=module src=([^ >]+) integrity=([^ >]+) crossorigin=anonymous><\/script>/g)];
      assert.equal(scripts.length, 1, html);
      const [, src, integrity] = scripts[0];
      assert.match(src, /^\/js\/otel-feedback\/otel-feedback\.[0-9a-f]{96}\.js$/);
      assert.equal(unescape(integrity), sha384(src));
      // The element's assets map: every other file by its fingerprinted URL
      // and the hash fetch checks.
      const attr = html.match(/<otel-feedback-session [^>]*assets='([^']+)'/);
      assert.ok(attr, "the element has an assets attribute");
      const assets = JSON.parse(unescape(attr[1]));
      assert.deepEqual(Object.keys(assets).sort(), [...WIDGET_FILES].sort());
      for (const [name, [url, hash]] of Object.entries(assets)) {
        const stem = name.slice(0, name.lastIndexOf("."));
        assert.match(url, new RegExp(`^/js/otel-feedback/${stem.replace(/\./g, "\\.")}\\.[0-9a-f]{96}\\.`), url);
        assert.equal(hash, sha384(url), name);
      }
      // The page's load is preloaded: the list's view as a module (with its
      // hash), the stylesheet; no wasm, no catalog (the page's build data
      // holds the sessions and the list's texts).
      // The fetch preloads carry no integrity (Chromium ignores it there
      // and warns on the console); the entry's fetch checks it.
      const hints = [...html.matchAll(/<link rel=(modulepreload|preload) href=([^ >]+) (?:as=fetch (?:type=application\/wasm )?)?(?:integrity=([^ >]+) )?crossorigin/g)].map(([, rel, href, hash]) => (hash ? [rel, href, unescape(hash)] : [rel, href]));
      assert.deepEqual(hints, [
        ["modulepreload", ...assets["otel-feedback-list.js"]],
        ["preload", assets["otel-feedback.css"][0]],
      ], html.match(/<link rel=(?:module)?preload[^>]*>/g)?.join("\n"));
      // No unfingerprinted copy is published.
      for (const f of [...WIDGET_FILES, "files.json"]) assert.equal(existsSync(join(site, "js", "otel-feedback", f)), false, f);
    });

    test(`${lang} markdown output: the fallback text and link, no element, no script`, async () => {
      const res = await fetch(server.url + path + "index.md");
      assert.equal(res.status, 200);
      const md = await res.text();
      assert.match(md, new RegExp(fallback));
      assert.ok(md.includes(`[#${build.slack.channel_name}](${build.slack.channel_web})`), md);
      assert.doesNotMatch(md, /<script|<otel-feedback-session|application\/json/);
    });
  }

  test("the newest Hugo on PyPI builds the same pages: the en page is ready there too", async () => {
    const other = await serve({ root: latest });
    const context = await browser.newContext({ locale: "en-US", timezoneId: "Asia/Tokyo" });
    try {
      const page = await context.newPage();
      const log = watch(page);
      await page.clock.setFixedTime(new Date(NOW));
      await page.goto(other.url + PAGES.en.path);
      await waitReady(page, log);
      assert.deepEqual(await slotInstants(page), EXPECTED);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
      await other.close();
    }
  });

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
      for (const iso of instants) assert.equal(laWall(iso).wall, "Thu 10:00", iso);
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
      assert.equal((await slotInstants(page)).length, data.sessions_shown ?? 6);
      assert.deepEqual(strict.reports, []);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
      await strict.close();
    }
  });

  test("with JavaScript off the page lists the next sessions in Pacific Time and UTC, with no blank space", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(server.url + PAGES.en.path);
      const fallback = page.locator("otel-feedback-session .otel-feedback-fallback");
      const times = await fallback.locator("time").evaluateAll((els) => els.map((e) => [e.getAttribute("datetime"), e.textContent]));
      assert.equal(times.length, build.page.en.shown, JSON.stringify(times));
      assert.deepEqual(times.map(([d]) => d), build.fallback_sessions.en.map(([d]) => d));
      for (const [, text] of times) assert.match(text, /\d\d:\d\d P[SD]T \(America\/Los_Angeles, UTC-0[78]:00\); \w+ \d{4}-\d\d-\d\d \d\d:\d\d UTC$/, text);
      // The element is as tall as its fallback: the space the list would
      // take is held only where scripts run.
      const [el, fb] = await Promise.all([page.locator("otel-feedback-session").boundingBox(), fallback.boundingBox()]);
      assert.ok(el.height - fb.height < 48, `element ${el.height}px, fallback ${fb.height}px`);
    } finally {
      await context.close();
    }
  });

  test("when the entry never runs (blocked), the space it held is given back: no blank gap under the fallback", async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.route(/\/js\/otel-feedback\/otel-feedback\.[0-9a-f]+\.js$/, (r) => r.abort());
      // The give-up delay is the page's to set (10 s by default).
      await page.addInitScript(() => document.addEventListener("DOMContentLoaded", () => document.documentElement.style.setProperty("--otel-feedback-give-up", "0.3s")));
      await page.goto(server.url + PAGES.en.path);
      const el = page.locator("otel-feedback-session");
      const fallback = page.locator("otel-feedback-session .otel-feedback-fallback");
      await page.waitForFunction(() => {
        const e = document.querySelector("otel-feedback-session");
        return e.getBoundingClientRect().height - e.querySelector(".otel-feedback-fallback").getBoundingClientRect().height < 48;
      }, null, { timeout: 5000 });
      assert.equal(await el.evaluate((e) => e.matches(":defined")), false);
      assert.equal(await fallback.isVisible(), true);
    } finally {
      await context.close();
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

// One rule, two places to run it, tested as one: the list a page draws
// from its site's build data (core at the build, through the npm
// package's node command; js/list-data.js in the browser) against the
// list core computes in the browser (the list's wasm, `listModel`), for
// the same configuration and clock, in zones that include the 2026 tz
// database changes, in every language. Then the two paths through the
// entry: a page whose data has run short draws what a fresh page draws,
// and where the build's tz database corrects the browser's, the build's
// offset is shown with its release.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { launch, serve, repo, requireWidget, watch, host } from "./helpers.mjs";

const BIN = join(repo, "target", "npm", "package", "bin", "otel-feedback-schedule.mjs");
const LANGS = ["en", "uk", "ja", "pt"];
const ZONES = [
  "America/Los_Angeles", "America/New_York", "America/Tijuana", "America/St_Johns", "America/Sao_Paulo",
  "Europe/London", "Europe/Kyiv", "Europe/Kiev", "Asia/Calcutta", "Asia/Kolkata", "Asia/Kathmandu", "Asia/Tokyo",
  "Australia/Lord_Howe", "Pacific/Chatham", "Pacific/Kiritimati", "UTC",
  // The 2026 changes (British Columbia, Alberta, Manitoba, Cuba, Morocco).
  "America/Vancouver", "America/Edmonton", "America/Winnipeg", "America/Havana", "Africa/Casablanca",
];
const NAMES = [...ZONES, " Asia/Tokyo ", "\u00a0Europe/Kiev\u2003", "asia/tokyo", "Mars/Olympus", "", "Tokyo", "\ufeffUTC", "utc", " UTC\u0085", "tokyo/", "EST"];

// Configurations: the shared corpus's (those the build accepts) and
// schedules that exercise every part of the list.
const corpus = JSON.parse(readFileSync(join(repo, "tests", "corpus", "configs.json"), "utf8")).map((c) => c.json);
const schedules = [
  "{}",
  JSON.stringify({ schedule: { series: [{ anchor: "2026-01-08", weekday: "thu", time: "17:30", zone: "America/Los_Angeles", every_weeks: 1, label: "Late" }, { anchor: "2026-01-05", weekday: "mon", time: "09:00", zone: "Europe/Berlin", every_weeks: 2, label: "EMEA" }], cancelled: ["2026-12-24", "2027-01-04"], extra: [{ date: "2026-12-15", time: "08:00", zone: "Asia/Kolkata", label: "APAC" }] }, sessions_shown: 8 }),
  JSON.stringify({ schedule: { series: [{ anchor: "2026-01-08", until: "2027-01-31" }] } }),
  JSON.stringify({ strings: { "sessions-help": "Ask in #{ $channel }, up to { $max }.", "button-request": "Ask { $max }" }, max_preferred: 2 }),
];
const NOWS = ["2026-11-20T12:00:00Z", "2026-12-10T18:00:00Z"];

function run(config, now, extra = []) {
  const dir = mkdtempSync(join(tmpdir(), "two-paths-"));
  try {
    writeFileSync(join(dir, "c.json"), config);
    return spawnSync(process.execPath, [BIN, "--build", join(dir, "c.json"), "--now", now, ...extra], { encoding: "utf8", env: { PATH: "/usr/bin:/bin", TZ: "UTC" } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
function build(config, now, extra) {
  const r = run(config, now, extra);
  return r.status === 0 ? JSON.parse(r.stdout) : null;
}

test("the watched zones are the build's configuration, with core's default", () => {
  const def = build("{}", "2026-11-20T12:00:00Z");
  assert.deepEqual(Object.keys(def.page.en.sessions.offsets).sort(), ["Africa/Casablanca", "Africa/El_Aaiun", "America/Edmonton", "America/Havana", "America/Vancouver", "America/Winnipeg"]);
  const own = build("{}", "2026-11-20T12:00:00Z", ["--watch-zones", "Asia/Tokyo, Europe/Kyiv"]);
  assert.deepEqual(Object.keys(own.page.en.sessions.offsets), ["Asia/Tokyo", "Europe/Kyiv"]);
  const bad = run("{}", "2026-11-20T12:00:00Z", ["--watch-zones", "Mars/Olympus"]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--watch-zones: 'Mars\/Olympus' is not a zone of the tz database/);
});

describe("the site's build data and core in the browser answer the list alike", () => {
  let browser, server, page, log;
  before(async () => {
    requireWidget();
    assert.ok(existsSync(BIN), `${BIN} is missing: run scripts/build-npm`);
    server = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const blank = async () => {
    page = await browser.newPage();
    log = watch(page);
    await page.route("**/two-paths.html", (r) => r.fulfill({ contentType: "text/html", body: "<!doctype html><title>two paths</title>" }));
    await page.goto(`${server.url}/two-paths.html`);
  };

  test("every configuration, clock, language and zone", async () => {
    await blank();
    const cases = [];
    for (const config of [...schedules, ...corpus]) {
      for (const now of NOWS) {
        const data = build(config, now);
        if (data) cases.push({ config, now, pages: data.page, watched: Object.keys(data.page.en.sessions.offsets) });
      }
    }
    assert.ok(cases.length >= 20, `only ${cases.length} cases built`);
    const result = await page.evaluate(
      async ({ cases, langs, zones, names }) => {
        const glue = await import("/pkg/otel-feedback-widget.js");
        await glue.default({ module_or_path: fetch("/pkg/otel-feedback-widget.wasm") });
        for (const l of langs) glue.loadCatalog(await (await fetch(`/pkg/otel-feedback.${l}.catalog`)).text());
        const { listData, negotiate } = await import("/pkg/otel-feedback-list.js");
        // The entry's language negotiation against core's.
        const tags = ["fr-CH, uk", " uk", "UK", "uk-UA", "pt_BR", "ja;q=0.9", "", "zh", "de, pt;q=0.5", "\u212Ak", "x-\u00a0ja", " ja-JP ,en", ",,pt", "en-GB", "EN_us", "pt-", "-pt", "ja\u2003", "\ufeffja", "uk\u0085"];
        const negotiated = tags.filter((tag) => negotiate(tag, langs) !== glue.negotiateLang(tag)).map((tag) => `negotiate(${JSON.stringify(tag)}): ${negotiate(tag, langs)} ≠ ${glue.negotiateLang(tag)}`);
        const args = { zone: "Europe/{ $zone }", time: "10:00", city: "Los Angeles", release: "2026f", text: "tokio", zones: "Asia/Tokyo", a: "A {$b}", b: "B" };
        const diffs = [...negotiated];
        let compared = tags.length;
        let corrected = 0;
        for (const c of cases) {
          for (const lang of langs) {
            const page = c.pages[lang];
            const later = [0, 3 * 86400000, 200 * 86400000].map((d) => Date.parse(c.now) + d);
            for (const now of later) {
              const wasm = glue.listModel({ config: c.config, lang, now });
              const data = listData(page, { now });
              const where = `${c.config.slice(0, 60)} @${new Date(now).toISOString()} ${lang}`;
              if (!data) {
                diffs.push(`${where}: the data ran short within 200 days`);
                continue;
              }
              if (now === later[0]) {
                for (const key of Object.keys(page.t)) {
                  compared++;
                  if (data.t(key, args) !== wasm.t(key, args)) diffs.push(`${where} t(${key}): ${data.t(key, args)} ≠ ${wasm.t(key, args)}`);
                }
              }
              for (const name of names) {
                compared++;
                if (data.zone(name) !== wasm.zone(name)) diffs.push(`${where} zone(${JSON.stringify(name)}): ${data.zone(name)} ≠ ${wasm.zone(name)}`);
                compared++;
                if (data.typedZone(name) !== wasm.typedZone(name)) diffs.push(`${where} typedZone(${JSON.stringify(name)}): ${data.typedZone(name)} ≠ ${wasm.typedZone(name)}`);
              }
              for (const zone of zones) {
                const z = wasm.zone(zone) || "UTC";
                if (now === later[0]) {
                  compared++;
                  // The zone's name is the view's (Intl's, in the page
                  // language); both models place it alike, or the zone
                  // itself without one.
                  for (const name of [`«{ $zone } ${z}»`, ""]) {
                    if (data.intro(z, name) !== wasm.intro(z, name)) diffs.push(`${where} intro(${z}, ${name}): ${data.intro(z, name)} ≠ ${wasm.intro(z, name)}`);
                  }
                }
                const a = JSON.parse(data.sessions(z));
                const b = JSON.parse(wasm.sessions(z));
                // Where the build's tz database corrects the browser's, the
                // build's offset is the answer; everything else is equal.
                a.list.forEach((o, i) => {
                  if (!o.tzdata) return;
                  corrected++;
                  const all = page.sessions.list.findIndex((s) => s.utc === o.utc);
                  const want = page.sessions.offsets[z][all];
                  if (!o.local.endsWith(o.zone)) diffs.push(`${where} ${z} ${o.utc}: local ${o.local} not at ${o.zone}`);
                  const secs = (o.zone[0] === "-" ? -1 : 1) * (+o.zone.slice(1, 3) * 3600 + +o.zone.slice(4, 6) * 60);
                  if (secs !== want) diffs.push(`${where} ${z} ${o.utc}: ${o.zone} is not the build's ${want}`);
                  for (const k of ["local", "days", "zone", "tzdata"]) {
                    delete o[k];
                    if (b.list[i]) delete b.list[i][k];
                  }
                });
                // A watched zone's name at the first session is the build's
                // too (tzdata 2026f calls Vancouver's −07:00 MST, an older
                // Intl PDT).
                if (c.watched.includes(z)) delete a.own, delete b.own;
                // A source zone Intl (en-US) gives no abbreviation is named
                // by its city there; the build's tz database may have one
                // (Berlin's CET).
                a.list.forEach((o, i) => {
                  if (b.list[i] && b.list[i].abbr === b.list[i].city && /^[A-Z]{3,5}$/.test(o.abbr)) o.abbr = b.list[i].abbr;
                });
                compared++;
                if (JSON.stringify(a) !== JSON.stringify(b)) {
                  const i = a.list.findIndex((o, i) => JSON.stringify(o) !== JSON.stringify(b.list[i]));
                  const show = (x) => JSON.stringify(i < 0 ? { ...x, list: x.list.length } : x.list[i]);
                  diffs.push(`${where} sessions(${z}):\n  data ${show(a)}\n  wasm ${show(b)}`);
                }
              }
            }
          }
        }
        return { diffs, compared, corrected };
      },
      { cases, langs: LANGS, zones: ZONES, names: NAMES },
    );
    const kinds = [...new Set(result.diffs.map((d) => d.replace(/^.*? @\S+ \w+ /, "").replace(/:[\s\S]*/, "")))];
    assert.deepEqual(result.diffs.slice(0, 6), [], `kinds: ${kinds.slice(0, 30).join(" | ")}\n`+ `${result.diffs.length} differences in ${result.compared} comparisons`);
    assert.ok(result.compared > 5000, `only ${result.compared} comparisons`);
    console.log(`two paths: ${result.compared} answers compared over ${cases.length} builds; ${result.corrected} sessions corrected by the build's tz database`);
    assert.deepEqual(log.pageErrors, []);
    await page.close();
  });

  test("a year on, the data has run short and the list is core's, as on a fresh page", async () => {
    await blank();
    const data = build("{}", "2026-11-20T12:00:00Z");
    const late = Date.parse("2027-11-30T12:00:00Z");
    const fresh = build("{}", "2027-11-30T12:00:00Z");
    const out = await page.evaluate(
      async ({ stale, fresh, late }) => {
        const { listData } = await import("/pkg/otel-feedback-list.js");
        return { stale: listData(stale, { now: late }), fresh: listData(fresh, { now: late }) && JSON.parse(listData(fresh, { now: late }).sessions("Asia/Tokyo")) };
      },
      { stale: data.page.en, fresh: fresh.page.en, late },
    );
    assert.equal(out.stale, null, "stale data must hand the list to core");
    assert.equal(out.fresh.list.length, 6);
    // Through the entry: the stale page asks for the wasm and lists what
    // the fresh page lists.
    const lists = [];
    for (const d of [data, fresh]) {
      const p = await browser.newPage();
      const wasm = [];
      p.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(r.url()));
      const body = `<!doctype html><html lang="en"><body><otel-feedback-session tz="Asia/Tokyo"><p>fallback</p><script type="application/json">{}</script><script type="application/json" data-ofs-list>${JSON.stringify(d.page.en).replace(/</g, "\\u003c")}</script></otel-feedback-session>
        <script type="module" src="/pkg/otel-feedback.js"></script></body></html>`;
      await p.clock.setFixedTime(new Date(late));
      await p.route("**/page.html", (r) => r.fulfill({ contentType: "text/html", body }));
      await p.goto(`${server.url}/page.html`);
      await p.waitForFunction(() => document.querySelector("otel-feedback-session")?.dataset.state === "ready", null, { timeout: 15000 });
      lists.push({ slots: await p.evaluate(() => [...document.querySelector("otel-feedback-session").shadowRoot.querySelectorAll("[data-slot]")].map((e) => e.textContent)), wasm });
      await p.close();
    }
    assert.deepEqual(lists[0].slots, lists[1].slots);
    assert.equal(lists[0].slots.length, 6);
    assert.ok(lists[0].wasm.length >= 1, "the stale page computes its list with the wasm");
    await page.close();
  });
});

describe("the build's newer tz database wins in the browser", () => {
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

  const open = async (d, tz, now) => {
    const p = await browser.newPage({ locale: "en-US" });
    const log = watch(p);
    const requests = [];
    p.on("request", (r) => requests.push(r.url()));
    const body = `<!doctype html><html lang="en"><body><otel-feedback-session tz="${tz}"><p>fallback</p><script type="application/json">{}</script><script type="application/json" data-ofs-list>${JSON.stringify(d).replace(/</g, "\\u003c")}</script></otel-feedback-session>
      <script type="module" src="/pkg/otel-feedback.js"></script></body></html>`;
    await p.clock.setFixedTime(new Date(now));
    await p.route("**/page.html", (r) => r.fulfill({ contentType: "text/html", body }));
    await p.goto(`${server.url}/page.html`);
    await p.waitForFunction(() => document.querySelector("otel-feedback-session")?.dataset.state === "ready", null, { timeout: 15000 });
    const slots = await p.evaluate(() => [...document.querySelector("otel-feedback-session").shadowRoot.querySelectorAll("[data-slot]")].map((e) => ({ utc: e.dataset.slot, local: e.dataset.local, time: e.querySelector(".ofs-time").textContent })));
    const note = await p.evaluate(() => document.querySelector("otel-feedback-session").shadowRoot.querySelector(".ofs-tzdata")?.textContent ?? null);
    // Every text of the list is the build's: none shows its key.
    const raw = await p.evaluate(() => [...document.querySelector("otel-feedback-session").shadowRoot.querySelectorAll("[data-t]")].filter((e) => e.textContent === e.dataset.t || !e.textContent).map((e) => e.dataset.t));
    assert.deepEqual(raw, []);
    return { p, log, requests, slots, note };
  };

  test("America/Havana in December 2026: 2:00 PM at −04:00 (tzdata 2026f), whatever this Chromium's Intl says", async () => {
    const data = build("{}", "2026-11-20T12:00:00Z");
    const { p, log, requests, slots, note } = await open(data.page.en, "America/Havana", Date.parse("2026-12-01T00:00:00Z"));
    const dec10 = slots.find((s) => s.utc === "2026-12-10T18:00:00Z");
    assert.ok(dec10, JSON.stringify(slots));
    assert.equal(dec10.local, "2026-12-10T14:00:00-04:00");
    assert.match(dec10.time, /^2:00\s?PM/);
    // This browser's own answer: the list says which release it follows
    // exactly when Intl disagrees with the build.
    const intl = await p.evaluate(() => new Intl.DateTimeFormat("en-US", { timeZone: "America/Havana", hour: "numeric", hourCycle: "h23" }).format(Date.UTC(2026, 11, 10, 18)));
    if (intl !== "14") assert.match(note ?? "", /2026f/);
    else assert.equal(note, null);
    console.log(`Havana: this Chromium's Intl says ${intl}:00; the list shows ${dec10.time} (${dec10.local}); note: ${note}`);
    assert.equal(requests.filter((u) => u.endsWith(".wasm")).length, 0, "no wasm before (or for) the list");
    assert.deepEqual(log.errors, []);
    await p.close();
  });

  test("a zone the build corrects is shown at the build's offset, with the release", async () => {
    // The build's answer made to disagree with any browser: Tokyo at +10:00.
    const data = build("{}", "2026-11-20T12:00:00Z").page.en;
    data.sessions.offsets["Asia/Tokyo"] = data.sessions.list.map(() => 10 * 3600);
    data.tzdata = "2099z";
    const { p, slots, note } = await open(data, "Asia/Tokyo", Date.parse("2026-12-01T00:00:00Z"));
    assert.equal(slots[0].local, "2026-12-11T04:00:00+10:00");
    assert.match(slots[0].time, /^4:00\s?AM GMT\+10/);
    assert.match(note, /2099z/);
    await p.close();
  });
});

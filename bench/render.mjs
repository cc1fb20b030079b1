// Render time in headless Chromium: from navigation start (performance.now()
// = 0) until the first [data-slot] element is in the DOM, in the document
// or in any shadow root (a MutationObserver installed before the page's own
// scripts; the widget's root is open). Pages: bench/out/site/*.html (made
// by bench/build.mjs); the widget page loads widget/pkg/ exactly as a site
// would. Each load uses a fresh browser context, so the HTTP cache is always
// cold; pages are interleaved so drift hits all alike. Also records which
// files and how many bytes each page fetched.
//
//   node bench/render.mjs [loads per page]   → bench/out/render.json
import { createServer } from "node:http";
import { readFile, writeFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { PEERS, median, out, pkg, quantile, site } from "./lib.mjs";

const LOADS = Number(process.argv[2] ?? 21);
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm", ".css": "text/css; charset=utf-8", ".json": "application/json",
};

// Static server on 127.0.0.1: /pkg/ → widget/pkg, everything else → the
// site. Bodies are served gzip-compressed (level 9, as a CDN would), with
// no caching.
const gzCache = new Map();
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const [root, rel] = path.startsWith("/pkg/") ? [pkg, path.slice(5)] : [site, path.slice(1)];
  const file = normalize(join(root, rel));
  if (!file.startsWith(root + sep) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  let body = gzCache.get(file);
  if (!body) gzCache.set(file, (body = gzipSync(await readFile(file), { level: 9 })));
  res.writeHead(200, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "content-encoding": "gzip",
    "cache-control": "no-store",
  });
  res.end(body);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;

// Runs before any script of the page: watch the document and every shadow
// root attached later for the first [data-slot].
const DETECT = () => {
  const seen = () => {
    if (window.__slotsAt === undefined) {
      window.__slotsAt = performance.now();
      performance.mark("slots-in-dom");
    }
  };
  const watch = (root) => {
    new MutationObserver((records, observer) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n.nodeType === 1 && (n.matches("[data-slot]") || n.querySelector("[data-slot]"))) {
            seen();
            observer.disconnect();
            return;
          }
    }).observe(root, { childList: true, subtree: true });
  };
  watch(document);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    watch(root);
    return root;
  };
};

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS });

const pages = [
  { id: "widget", name: "otel-feedback widget" },
  { id: "widget-preload", name: "otel-feedback widget + preload hints" },
  ...PEERS,
];
const widgetBuilt = existsSync(join(pkg, "otel-feedback-widget.wasm"));

async function load(p, throttle) {
  const context = await browser.newContext({ timezoneId: "Europe/Kyiv", locale: "en-US" });
  await context.addInitScript(DETECT);
  const page = await context.newPage();
  const fetched = [];
  page.on("response", async (r) => {
    const url = new URL(r.url());
    if (url.origin === base) fetched.push(url.pathname);
  });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", throttle.network);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle.cpu });
  }
  await page.goto(`${base}/${p.id}.html`);
  let at = null;
  try {
    await page.waitForFunction(() => window.__slotsAt !== undefined, null, { timeout: 20000 });
    at = await page.evaluate(() => ({
      slots: window.__slotsAt,
      count: document.querySelectorAll("[data-slot]").length +
        [...document.querySelectorAll("*")].reduce(
          (n, e) => n + (e.shadowRoot ? e.shadowRoot.querySelectorAll("[data-slot]").length : 0), 0),
      dcl: performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd,
      resources: performance.getEntriesByType("resource").map((r) => [new URL(r.name).pathname, r.responseEnd]),
    }));
  } catch (e) {
    errors.push(`no [data-slot] within 20 s: ${e.message.split("\n")[0]}`);
  }
  await context.close();
  return { at, fetched, errors };
}

async function run(label, throttle, ids, loads) {
  const chosen = pages.filter((p) => ids.includes(p.id) && (!p.id.startsWith("widget") || widgetBuilt));
  const results = Object.fromEntries(chosen.map((p) => [p.id, { times: [], dcl: [], slots: 0, fetched: [], errors: [], resources: {} }]));
  for (const p of chosen) await load(p, throttle); // one warm-up load each (process, not HTTP cache)
  for (let i = 0; i < loads; i++) {
    for (const p of chosen) {
      const r = await load(p, throttle);
      const acc = results[p.id];
      if (r.at) {
        acc.times.push(r.at.slots);
        acc.dcl.push(r.at.dcl);
        acc.slots = r.at.count;
        for (const [path, end] of r.at.resources) (acc.resources[path] ??= []).push(end);
      }
      acc.fetched = [...new Set([...acc.fetched, ...r.fetched])];
      acc.errors.push(...r.errors);
    }
  }
  const summary = {};
  for (const p of chosen) {
    const r = results[p.id];
    summary[p.id] = {
      name: p.name, loads: r.times.length, slots: r.slots,
      median_ms: r.times.length ? +median(r.times).toFixed(1) : null,
      p10_ms: r.times.length ? +quantile(r.times, 0.1).toFixed(1) : null,
      p90_ms: r.times.length ? +quantile(r.times, 0.9).toFixed(1) : null,
      dcl_median_ms: r.dcl.length ? +median(r.dcl).toFixed(1) : null,
      resources_done_median_ms: Object.fromEntries(Object.entries(r.resources).map(([k, v]) => [k, +median(v).toFixed(1)])),
      fetched: r.fetched.sort(), errors: [...new Set(r.errors)].slice(0, 5),
    };
    console.error(`[render] ${label} ${p.id}: median ${summary[p.id].median_ms} ms over ${r.times.length} loads`);
  }
  return { label, throttle: throttle ?? null, loads, pages: summary };
}

const all = pages.map((p) => p.id);
const runs = [];
runs.push(await run("localhost, no throttling", null, all, LOADS));
// A slow phone, as Lighthouse's mobile preset: 150 ms RTT, 1.6 Mbit/s down,
// 750 kbit/s up, CPU slowed 4x. Only the widget and the Intl-only page.
runs.push(await run("emulated slow 4G + 4x CPU slowdown", {
  network: { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 },
  cpu: 4,
}, ["widget", "widget-preload", "intl"], LOADS));

const version = browser.version();
await browser.close();
server.close();
await writeFile(join(out, "render.json"), JSON.stringify({ chromium: version, widgetBuilt, runs }, null, 2));

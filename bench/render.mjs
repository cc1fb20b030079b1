// Page loads in headless Chromium. The render time, as before: from
// navigation start (performance.now() = 0) until the first [data-slot]
// element is in the DOM, in the document or in any shadow root (the
// widget's root is open); and now also until the first frame that paints
// a slot. For the widget's pages also: a timeline (entry fetched, wasm
// compiled, mount, list drawn, form drawn, first paint with slots), long
// tasks, layout shifts of the host page's content, and the bytes fetched
// before the list showed (see PROBE below for where each number comes
// from). Pages: bench/out/site/*.html (made by bench/build.mjs); the
// widget's pages load widget/pkg/ exactly as a site would. Each load uses
// a fresh browser context, so the HTTP cache is always cold; pages are
// interleaved so drift hits all alike.
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

// Runs before any script of the page; everything it learns goes to
// window.__bench. Points of the timeline (performance.now(), navigation
// start = 0):
// - marks `otel-feedback:mount|list|form` when the widget emits them;
// - otherwise, and always as `*-seen`: when the widget's shadow root is
//   attached (attachShadow, hooked here), when the first [data-slot]
//   and the form's first own field (`#ofs-organization`, drawn into `#ofs-rest`
//   when the form opens: the DOM contract of widget/js/view/form.js)
//   enter the DOM, in the document or any shadow root (MutationObservers,
//   so seen at the microtask checkpoint after the insertion);
// - `wasm-compiled`: WebAssembly.instantiateStreaming / instantiate (hooked
//   here) resolved: the module compiled and instantiated;
// - `paint`: the first frame in which a slot is rendered (checked in
//   requestAnimationFrame: connected, visible, with a box), taken after
//   that frame (a message posted from the frame's callback);
// - `state-loading` / `state-ready`: the element's data-state attribute.
// Also long tasks (PerformanceObserver 'longtask') and layout shifts
// ('layout-shift'), each source classed as the widget (the element, its
// light DOM, its shadow tree) or the host page's content.
const PROBE = () => {
  const B = (window.__bench = { at: {}, longtasks: [], shifts: [] });
  const once = (k, t = performance.now()) => {
    if (B.at[k] === undefined) B.at[k] = t;
  };
  const widget = () => document.querySelector("otel-feedback-session");
  const inWidget = (n) => {
    const w = widget();
    if (!w || !n) return false;
    if (n === w || w.contains(n)) return true;
    for (let r = n.getRootNode(); r instanceof ShadowRoot; r = r.host.getRootNode()) if (r.host === w) return true;
    return false;
  };
  const rect = (r) => r && [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
  // A source without its node (Chromium withholds nodes of shadow trees):
  // the widget's when its box lies inside the element's.
  const insideWidget = (r) => {
    const w = widget()?.getBoundingClientRect();
    return !!(w && r && r.width && r.x >= w.x - 1 && r.y >= w.y - 1 && r.right <= w.right + 1 && r.bottom <= w.bottom + 1);
  };
  const describe = (n) => (n ? `${n.nodeName.toLowerCase()}${n.id ? `#${n.id}` : ""}${n.classList?.length ? `.${[...n.classList].join(".")}` : ""}` : null);
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) B.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) {
        B.shifts.push({
          t: e.startTime, value: e.value, input: e.hadRecentInput,
          sources: (e.sources || []).map((s) => ({
            widget: s.node ? inWidget(s.node) : insideWidget(s.currentRect) || insideWidget(s.previousRect),
            node: describe(s.node), from: rect(s.previousRect), to: rect(s.currentRect),
          })),
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
    // Which scripts ran in the long frames: names the long tasks.
    B.scripts = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries())
        for (const x of e.scripts || []) {
          const file = x.sourceURL.split("/").pop() || "page";
          B.scripts.push([x.startTime, x.duration, `${file} ${/^https?:/.test(x.invoker) ? "module evaluation" : x.invoker}`]);
        }
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch {
    // an older browser: no long tasks or shifts recorded
  }
  if (typeof WebAssembly === "object") {
    for (const name of ["instantiateStreaming", "instantiate"]) {
      const f = WebAssembly[name];
      if (!f) continue;
      WebAssembly[name] = function (...args) {
        const p = f.apply(this, args);
        p.then(() => once("wasm-compiled"), () => {});
        return p;
      };
    }
  }
  let slot;
  const painted = () => requestAnimationFrame(() => {
    if (slot.isConnected && slot.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && slot.getClientRects().length) {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => once("paint");
      ch.port2.postMessage(0);
    } else painted();
  });
  const found = (n, sel) => n.nodeType === 1 && (n.matches(sel) ? n : n.querySelector(sel));
  const watch = (root) => {
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === "attributes") {
          if (r.target.localName === "otel-feedback-session") once(`state-${r.target.dataset.state}`);
          continue;
        }
        for (const n of r.addedNodes) {
          const s = B.at["list-seen"] === undefined && found(n, "[data-slot]");
          if (s) {
            once("list-seen");
            slot = s;
            painted();
          }
          if (B.at["form-seen"] === undefined && found(n, "#ofs-organization")) once("form-seen");
        }
      }
    }).observe(root, root === document ? { childList: true, subtree: true, attributeFilter: ["data-state"] } : { childList: true, subtree: true });
  };
  watch(document);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName === "otel-feedback-session") once("shadow-seen");
    watch(root);
    return root;
  };
};

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS });

// entry: the page's first script (its Resource Timing entry is "entry
// fetched"). The docs pages get a third of the loads: their layout shifts
// vary little from load to load.
const pages = [
  { id: "widget", name: "otel-feedback widget", entry: "/pkg/otel-feedback.js" },
  { id: "widget-preload", name: "otel-feedback widget + preload hints", entry: "/pkg/otel-feedback.js" },
  ...PEERS.map((p) => ({ ...p, entry: `/peers/${p.id}.min.js` })),
  { id: "host-above", name: "docs page, widget above the fold (+ preload hints)", entry: "/pkg/otel-feedback.js", docs: true },
  { id: "host-inview", name: "docs page opened at #schedule, widget in view (+ preload hints)", entry: "/pkg/otel-feedback.js", hash: "#schedule", docs: true },
];
const widgetBuilt = existsSync(join(pkg, "otel-feedback-widget.wasm"));
const MARKS = ["mount", "list", "form"];

async function load(p, throttle) {
  const context = await browser.newContext({ timezoneId: "Europe/Kyiv", locale: "en-US" });
  await context.addInitScript(PROBE);
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
  await page.goto(`${base}/${p.id}.html${p.hash ?? ""}`);
  let at = null;
  // What the load fetched, before the bench's click on "Request a session".
  let onLoad = null;
  try {
    await page.waitForFunction(() => window.__bench.at.paint !== undefined, null, { timeout: 20000 });
    // Let the page settle (what the widget defers to idle time, the
    // stylesheet, late shifts): two idle periods, then 100 ms.
    await page.evaluate(() => new Promise((done) => {
      const idle = (k) => requestIdleCallback(() => (k ? idle(k - 1) : setTimeout(done, 100)), { timeout: 3000 });
      idle(1);
    }));
    // The form on request: "Request a session" clicked once the page has
    // settled (in the page, so no pointer event fetches the form ahead: the
    // whole load of its module, its wasm and the message texts is timed),
    // until the form's first own field is in the DOM.
    if (p.id.startsWith("widget")) {
      onLoad = [...fetched];
      await page.evaluate(() => {
        const b = document.querySelector("otel-feedback-session")?.shadowRoot?.querySelector("[data-action=open]");
        if (!b) return;
        window.__bench.at.click = performance.now();
        b.click();
      });
      await page.waitForFunction(() => window.__bench.at["form-seen"] !== undefined, null, { timeout: 20000 }).catch(() => {});
    }
    at = await page.evaluate((marks) => {
      const B = window.__bench;
      const mark = (n) => performance.getEntriesByName(`otel-feedback:${n}`, "mark")[0]?.startTime;
      const nav = performance.getEntriesByType("navigation")[0];
      const all = [document, ...[...document.querySelectorAll("*")].map((e) => e.shadowRoot).filter(Boolean)];
      return {
        ...B,
        marks: Object.fromEntries(marks.map((n) => [n, mark(n)]).filter(([, t]) => t !== undefined)),
        count: all.reduce((n, r) => n + r.querySelectorAll("[data-slot]").length, 0),
        dcl: nav.domContentLoadedEventEnd,
        fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
        resources: [
          { path: new URL(nav.name).pathname, end: nav.responseEnd, transfer: nav.transferSize, encoded: nav.encodedBodySize },
          ...performance.getEntriesByType("resource").map((r) => ({
            path: new URL(r.name).pathname, end: r.responseEnd, transfer: r.transferSize, encoded: r.encodedBodySize,
          })),
        ],
      };
    }, MARKS);
  } catch (e) {
    errors.push(`no [data-slot] painted within 20 s: ${e.message.split("\n")[0]}`);
  }
  await context.close();
  return { at: at && derive(p, at), fetched: onLoad ?? fetched, errors };
}

// One load's numbers: the timeline (each point with where it came from),
// the bytes fetched before the list showed, long tasks, layout shifts.
function derive(p, b) {
  const res = (f) => b.resources.find((r) => f(r.path));
  const point = (mark, seen, seenSource) =>
    b.marks[mark] !== undefined ? [b.marks[mark], `mark otel-feedback:${mark}`] : [b.at[seen], seenSource];
  const t = {
    entry: [res((x) => x === p.entry)?.end, "Resource Timing responseEnd"],
    wasmFetched: [res((x) => x.endsWith(".wasm"))?.end, "Resource Timing responseEnd"],
    wasmCompiled: [b.at["wasm-compiled"], "WebAssembly.instantiate resolved (hooked)"],
    started: [b.at["state-loading"], "data-state=\"loading\" (MutationObserver)"],
    mount: point("mount", "shadow-seen", "attachShadow on the element (hooked)"),
    list: point("list", "list-seen", "MutationObserver: first [data-slot]"),
    // drawn during the load: before the bench's own click (below)
    form: b.at.click !== undefined && (b.marks.form ?? b.at["form-seen"]) > b.at.click
      ? [undefined, "MutationObserver: #ofs-organization"]
      : point("form", "form-seen", "MutationObserver: #ofs-organization"),
    paint: [b.at.paint, "first frame with a slot rendered (rAF)"],
    ready: [b.at["state-ready"], "data-state=\"ready\" (MutationObserver)"],
  };
  const listAt = t.list[0] ?? b.at["list-seen"];
  const before = b.resources.filter((r) => r.end <= listAt);
  const shifts = b.shifts.filter((s) => !s.input);
  const host = shifts.filter((s) => s.sources.some((x) => !x.widget));
  return {
    slots: b.at["list-seen"], paint: b.at.paint, count: b.count, dcl: b.dcl, fcp: b.fcp,
    formOnRequest: b.at.click !== undefined && b.at["form-seen"] > b.at.click ? b.at["form-seen"] - b.at.click : null,
    timeline: Object.fromEntries(Object.entries(t).map(([k, [v, src]]) => [k, { ms: v ?? null, source: src }])),
    bytesBeforeList: {
      encoded: before.reduce((a, r) => a + r.encoded, 0), transfer: before.reduce((a, r) => a + r.transfer, 0),
      files: before.map((r) => r.path),
    },
    resources: b.resources.map((r) => [r.path, r.end]),
    // Each long task with the script that ran longest within it (Long
    // Animation Frame timing), if any.
    longtasks: b.longtasks.map(([start, d]) => {
      const within = (b.scripts ?? []).filter(([s0, d0]) => s0 < start + d && s0 + d0 > start);
      const top = within.sort((x, y) => y[1] - x[1])[0];
      return [start, d, top ? top[2] : null];
    }),
    tbt: b.longtasks.reduce((a, [, d]) => a + Math.max(0, d - 50), 0),
    hostShift: host.reduce((a, s) => a + s.value, 0),
    widgetShift: shifts.filter((s) => !host.includes(s)).reduce((a, s) => a + s.value, 0),
    hostShifts: host.map((s) => ({ t: +s.t.toFixed(1), value: +s.value.toFixed(4), sources: s.sources })),
  };
}

const r1 = (v) => (v == null ? null : +v.toFixed(1));
const med = (xs) => (xs.length ? median(xs) : null);

// BENCH_PAGES=widget-preload,intl: only those pages (a quick A/B while
// working; the report wants every page).
const only = process.env.BENCH_PAGES ? process.env.BENCH_PAGES.split(",") : null;

async function run(label, throttle, ids, loads) {
  const chosen = pages.filter((p) => ids.includes(p.id) && (!only || only.includes(p.id)) && (!(p.id.startsWith("widget") || p.docs) || widgetBuilt));
  const loadsOf = (p) => (p.docs ? Math.max(3, Math.ceil(loads / 3)) : loads);
  const results = Object.fromEntries(chosen.map((p) => [p.id, { ok: [], fetched: [], errors: [] }]));
  for (const p of chosen) await load(p, throttle); // one warm-up load each (process, not HTTP cache)
  for (let i = 0; i < loads; i++) {
    for (const p of chosen.filter((q) => i < loadsOf(q))) {
      const r = await load(p, throttle);
      const acc = results[p.id];
      if (r.at) acc.ok.push(r.at);
      acc.fetched = [...new Set([...acc.fetched, ...r.fetched])];
      acc.errors.push(...r.errors);
    }
  }
  const summary = {};
  for (const p of chosen) {
    const { ok, fetched, errors } = results[p.id];
    const times = ok.map((l) => l.slots);
    const paints = ok.map((l) => l.paint);
    // The median load: the one whose first paint with slots is the median
    // (the lower middle for an even count).
    const byPaint = [...ok].sort((a, b) => a.paint - b.paint);
    const mid = byPaint[(byPaint.length - 1) >> 1];
    const resources = {};
    for (const l of ok) for (const [path, end] of l.resources) (resources[path] ??= []).push(end);
    const maxTask = (l) => Math.max(0, ...l.longtasks.map(([, d]) => d));
    summary[p.id] = {
      name: p.name, docs: !!p.docs, loads: ok.length, tried: loadsOf(p), slots: ok.at(-1)?.count ?? 0,
      median_ms: r1(med(times)), p10_ms: times.length ? r1(quantile(times, 0.1)) : null, p90_ms: times.length ? r1(quantile(times, 0.9)) : null,
      paint_median_ms: r1(med(paints)), paint_p10_ms: paints.length ? r1(quantile(paints, 0.1)) : null, paint_p90_ms: paints.length ? r1(quantile(paints, 0.9)) : null,
      dcl_median_ms: r1(med(ok.map((l) => l.dcl))),
      form_on_request_median_ms: r1(med(ok.map((l) => l.formOnRequest).filter((x) => x != null))),
      form_on_request_loads: ok.filter((l) => l.formOnRequest != null).length,
      resources_done_median_ms: Object.fromEntries(Object.entries(resources).map(([k, v]) => [k, r1(median(v))])),
      timeline: mid ? Object.fromEntries(Object.entries(mid.timeline).map(([k, v]) => [k, { ...v, ms: r1(v.ms) }])) : null,
      timeline_point_medians: mid ? Object.fromEntries(Object.keys(mid.timeline).map((k) => {
        const v = ok.map((l) => l.timeline[k].ms).filter((x) => x != null);
        return [k, v.length === ok.length ? r1(median(v)) : null];
      })) : null,
      bytes_before_list: mid ? { ...mid.bytesBeforeList, encoded_median: med(ok.map((l) => l.bytesBeforeList.encoded)), transfer_median: med(ok.map((l) => l.bytesBeforeList.transfer)) } : null,
      longtasks: {
        loads_with: ok.filter((l) => l.longtasks.length).length,
        count_median: med(ok.map((l) => l.longtasks.length)),
        max_ms: r1(Math.max(0, ...ok.map(maxTask))),
        max_median_ms: r1(med(ok.map(maxTask))),
        tbt_median_ms: r1(med(ok.map((l) => l.tbt))),
        tbt_max_ms: r1(Math.max(0, ...ok.map((l) => l.tbt))),
        median_load: mid ? mid.longtasks.map(([s, d, script]) => [r1(s), r1(d), script]) : [],
      },
      shift: {
        host_median: med(ok.map((l) => l.hostShift)),
        host_max: Math.max(0, ...ok.map((l) => l.hostShift)),
        widget_median: med(ok.map((l) => l.widgetShift)),
        loads_with_host_shift: ok.filter((l) => l.hostShift > 0).length,
        // the worst load's shifts of host content, with their sources
        worst: [...ok].sort((a, b) => b.hostShift - a.hostShift)[0]?.hostShifts.slice(0, 4) ?? [],
      },
      fetched: fetched.sort(), errors: [...new Set(errors)].slice(0, 5),
    };
    console.error(`[render] ${label} ${p.id}: slots in the DOM ${summary[p.id].median_ms} ms, painted ${summary[p.id].paint_median_ms} ms (median of ${ok.length}), host shift ${summary[p.id].shift.host_median}, TBT ${summary[p.id].longtasks.tbt_median_ms} ms`);
  }
  return { label, throttle: throttle ?? null, loads, pages: summary };
}

const all = pages.map((p) => p.id);
const runs = [];
runs.push(await run("localhost, no throttling", null, all, LOADS));
// A slow phone, as Lighthouse's mobile preset: 150 ms RTT, 1.6 Mbit/s down,
// 750 kbit/s up, CPU slowed 4x. Only the widget's pages and the Intl-only
// page.
runs.push(await run("emulated slow 4G + 4x CPU slowdown", {
  network: { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 },
  cpu: 4,
}, ["widget", "widget-preload", "intl", "host-above", "host-inview"], LOADS));

const version = browser.version();
await browser.close();
server.close();
await writeFile(join(out, "render.json"), JSON.stringify({ chromium: version, widgetBuilt, marks: MARKS.map((m) => `otel-feedback:${m}`), runs }, null, 2));

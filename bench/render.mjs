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
// The Hugo fixture's real page (target/hugo-site, scripts/build-hugo) is
// loaded beside them, with its OTel web tracing: the build listed its
// sessions, so the list is drawn with no wasm (issue 26). On it, in the
// same run, the host page's layout shift on each path the widget can take
// (Chrome DevTools Protocol's PerformanceTimeline, so JS off is measured
// too, each source's node looked up through the protocol, shadow trees
// included): JS on, JS off, the entry script answering 404, and the data
// run short (the page's Date 400 days after the build: the list's wasm).
//
//   node bench/render.mjs [loads per page]   → bench/out/render.json
import { createServer } from "node:http";
import { readFile, writeFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { existsSync, readFileSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { chromium } from "playwright-core";
import { HUGO_PAGE, PEERS, hugoBuildData, hugoSite, isWidgetFile, median, out, pkg, quantile, site } from "./lib.mjs";

const LOADS = Number(process.argv[2] ?? 21);
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm", ".css": "text/css; charset=utf-8", ".json": "application/json",
};

// Static servers on 127.0.0.1. The bench pages': /pkg/ → widget/pkg,
// everything else → bench/out/site. The Hugo fixture's: target/hugo-site
// (a directory's index.html), with the sink its tracing exports spans to
// (POST /v1/traces answered as a collector would); a second one answers 404
// for the widget's entry script (the "entry failing" path). Bodies are
// served gzip-compressed (level 9, as a CDN would), with no caching.
const gzCache = new Map();
function staticServer(mounts, { index = false, sink = false, fail = null } = {}) {
  const stats = { traces: 0 };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (sink && req.method === "POST" && path === "/v1/traces") {
      for await (const chunk of req) void chunk;
      stats.traces++;
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" }).end("{}");
      return;
    }
    const [prefix, root] = mounts.find(([pre]) => path.startsWith(pre));
    let file = normalize(join(root, path.slice(prefix.length)));
    if (index && path.endsWith("/")) file = join(file, "index.html");
    if ((fail && fail.test(path)) || !file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "cache-control": "no-store" }).end();
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
  return new Promise((r) => server.listen(0, "127.0.0.1", () => r({ server, stats, base: `http://127.0.0.1:${server.address().port}` })));
}
// The widget's entry on the Hugo site: fingerprinted by Hugo.
const HUGO_ENTRY = /^\/js\/otel-feedback\/otel-feedback\.[0-9a-f]{64,}\.js$/;
const main = await staticServer([["/pkg/", pkg], ["/", site]]);
// /bench/: bench/out/site (the Hugo page with the Intl-only list, written
// by bench/build.mjs, and the peers' bundles).
const hugo = await staticServer([["/bench/", site], ["/", hugoSite]], { index: true, sink: true });
const hugoFailing = await staticServer([["/bench/", site], ["/", hugoSite]], { index: true, sink: true, fail: HUGO_ENTRY });
const base = main.base;

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
// fetched"). The docs pages and the Hugo page's other paths get a third of
// the loads (at least 7): their layout shifts vary little from load to load.
const hugoBuilt = existsSync(join(hugoSite, HUGO_PAGE, "index.html")) && existsSync(join(site, "hugo-intl.html"));
// The build's "now" (scripts/build-hugo pins it): the Hugo page's Date
// starts there, so its list is the build's whatever the day of the run.
const builtAt = existsSync(hugoBuildData) ? Date.parse(JSON.parse(readFileSync(hugoBuildData, "utf8")).built_at) : null;
const DAY = 86400e3;
const HUGO = { entry: HUGO_ENTRY, path: `/${HUGO_PAGE}`, hugo: true };
const pages = [
  { id: "widget", name: "otel-feedback widget", entry: "/pkg/otel-feedback.js" },
  { id: "widget-preload", name: "otel-feedback widget + preload hints", entry: "/pkg/otel-feedback.js" },
  ...PEERS.map((p) => ({ ...p, entry: `/peers/${p.id}.min.js` })),
  { id: "host-above", name: "docs page, widget above the fold (+ preload hints)", entry: "/pkg/otel-feedback.js", docs: true },
  { id: "host-inview", name: "docs page opened at #schedule, widget in view (+ preload hints)", entry: "/pkg/otel-feedback.js", hash: "#schedule", docs: true },
  { ...HUGO, id: "hugo", name: "Hugo fixture page (build data, its tracing runtime)", now: builtAt, route: "JS on (build data)" },
  { id: "hugo-intl", name: "Hugo page with the Intl-only list in place of the widget", entry: "/bench/peers/intl.min.js", path: "/bench/hugo-intl.html", hugo: true, same: true },
  { ...HUGO, id: "hugo-nojs", name: "Hugo page, JavaScript off", js: false, noPaint: true, variant: true, route: "JS off" },
  { ...HUGO, id: "hugo-entry404", name: "Hugo page, the entry script failing (404)", server: hugoFailing, noPaint: true, now: builtAt, variant: true, route: "the entry failing (404)" },
  { ...HUGO, id: "hugo-short", name: "Hugo page, the data run short (Date 400 days after the build: the list's wasm)", now: builtAt == null ? null : builtAt + 400 * DAY, variant: true, route: "the data run short (wasm)" },
];
const widgetBuilt = existsSync(join(pkg, "otel-feedback-widget.wasm"));
if (!hugoBuilt) console.error(`[render] ${join(hugoSite, HUGO_PAGE)} is not built: no Hugo rows (scripts/build-hugo)`);
const MARKS = ["mount", "list", "form"];
const originOf = (p) => (p.hugo ? (p.server ?? hugo).base : base);
const urlOf = (p) => `${originOf(p)}${p.path ?? `/${p.id}.html`}${p.hash ?? ""}`;

// Shifts the page's Date (and only Date: performance.now, timers and
// frames stay real) so that the load starts at `start` (ms since epoch).
const SHIFT_DATE = (start) => {
  const Real = Date;
  const offset = start - Real.now();
  function ShiftedDate(...args) {
    if (!new.target) return new Real(Real.now() + offset).toString();
    return args.length ? new Real(...args) : new Real(Real.now() + offset);
  }
  ShiftedDate.prototype = Real.prototype;
  ShiftedDate.now = () => Real.now() + offset;
  ShiftedDate.parse = Real.parse;
  ShiftedDate.UTC = Real.UTC;
  window.Date = ShiftedDate;
};

// The element's box against what it shows (its shadow tree, else its own
// children): space held blank at the end of the load, in CSS px.
const GEOMETRY = () => {
  const el = document.querySelector("otel-feedback-session");
  if (!el) return null;
  const box = el.getBoundingClientRect();
  const kids = [...(el.shadowRoot ? el.shadowRoot.children : el.children)].filter((k) => k.getClientRects().length);
  const rects = kids.map((k) => k.getBoundingClientRect()).filter((r) => r.height > 0);
  const content = rects.length ? Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top)) : 0;
  return { height: Math.round(box.height), content: Math.round(content), held: Math.max(0, Math.round(box.height - content)), state: el.dataset.state ?? null, shadow: !!el.shadowRoot };
};

// Layout shifts as the browser reports them to DevTools (works with
// JavaScript off), each source's node resolved through the protocol (shadow
// trees included) and classed as the widget's (the element or anything
// inside it, its shadow tree too) or the host page's; a node gone by then
// is classed by its rectangle (inside the element's box: the widget's).
async function cdpShifts(cdp, events, page) {
  const origin = await page.evaluate(() => performance.timeOrigin).catch(() => 0);
  const box = await page.locator("otel-feedback-session").first().boundingBox().catch(() => null);
  const inside = (r) => !!(box && r && r.width && r.x >= box.x - 1 && r.y >= box.y - 1 && r.x + r.width <= box.x + box.width + 1 && r.y + r.height <= box.y + box.height + 1);
  const rect = (r) => r && [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
  const shifts = [];
  for (const e of events) {
    const d = e.layoutShiftDetails;
    if (!d) continue;
    const sources = [];
    for (const s of d.sources ?? []) {
      let found = null;
      try {
        const { object } = await cdp.send("DOM.resolveNode", { backendNodeId: s.nodeId });
        const { result } = await cdp.send("Runtime.callFunctionOn", {
          objectId: object.objectId, returnByValue: true,
          functionDeclaration: `function () {
            let widget = false;
            for (let n = this; n; n = n.parentNode || n.host) if (n.localName === "otel-feedback-session") widget = true;
            const e = this.nodeType === 1 ? this : this.parentElement;
            return [widget, e ? e.localName + (e.id ? "#" + e.id : "") + (e.classList && e.classList.length ? "." + [...e.classList].join(".") : "") + (this.nodeType === 3 ? " (text)" : "") : "?"];
          }`,
        });
        found = result.value;
      } catch {
        // the node is gone
      }
      sources.push({ widget: found ? found[0] : inside(s.currentRect) || inside(s.previousRect), node: found ? found[1] : null, from: rect(s.previousRect), to: rect(s.currentRect) });
    }
    shifts.push({ t: +(e.time * 1000 - origin).toFixed(1), value: d.value, input: d.hadRecentInput, sources });
  }
  return shifts;
}

async function load(p, throttle) {
  const context = await browser.newContext({ timezoneId: "Europe/Kyiv", locale: "en-US", javaScriptEnabled: p.js !== false });
  if (p.now != null) await context.addInitScript(SHIFT_DATE, p.now);
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const fetched = [];
  page.on("response", async (r) => {
    const url = new URL(r.url());
    if (url.origin === originOf(p)) fetched.push(url.pathname);
  });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const cdp = throttle || p.hugo ? await context.newCDPSession(page) : null;
  if (throttle) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", throttle.network);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle.cpu });
  }
  const timeline = [];
  if (p.hugo) {
    cdp.on("PerformanceTimeline.timelineEventAdded", ({ event }) => timeline.push(event));
    await cdp.send("PerformanceTimeline.enable", { eventTypes: ["layout-shift"] });
  }
  await page.goto(urlOf(p));
  let at = null;
  // What the load fetched, before the bench's click on "Request a session".
  let onLoad = null;
  try {
    if (p.js === false) {
      // Nothing runs: the load event (goto waits for it), then a while for
      // late layout (fonts, images).
      await page.waitForTimeout(throttle ? 2000 : 500);
    } else {
      // A path that paints no slot (the entry failing) settles from the load.
      if (!p.noPaint) await page.waitForFunction(() => window.__bench.at.paint !== undefined, null, { timeout: 20000 });
      // Let the page settle (what the widget defers to idle time, the
      // stylesheet, late shifts): two idle periods, then 100 ms (500 ms
      // when nothing painted).
      await page.evaluate((wait) => new Promise((done) => {
        const idle = (k) => requestIdleCallback(() => (k ? idle(k - 1) : setTimeout(done, wait)), { timeout: 3000 });
        idle(1);
      }), p.noPaint ? 500 : 100);
    }
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
      const B = window.__bench ?? { at: {}, longtasks: [], shifts: [], scripts: [] };
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
          { path: new URL(nav.name).pathname, start: 0, end: nav.responseEnd, transfer: nav.transferSize, encoded: nav.encodedBodySize },
          ...performance.getEntriesByType("resource").map((r) => ({
            path: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd, transfer: r.transferSize, encoded: r.encodedBodySize,
          })),
        ],
      };
    }, MARKS);
    if (p.hugo) {
      at.geometry = await page.evaluate(GEOMETRY);
      at.cdpShifts = await cdpShifts(cdp, timeline, page);
    }
  } catch (e) {
    errors.push(`no [data-slot] painted within 20 s: ${e.message.split("\n")[0]}`);
    at = null;
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
    entry: [res((x) => (p.entry instanceof RegExp ? p.entry.test(x) : x === p.entry))?.end, "Resource Timing responseEnd"],
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
  // Requested before the first frame painted with a slot (Resource Timing
  // startTime < paint): the wasm among them, and the widget's files
  // (under /js/otel-feedback/ or /pkg/) with their gzip bodies.
  const requested = b.at.paint === undefined ? null : b.resources.filter((r) => r.start < b.at.paint);
  const widgetFiles = requested && requested.filter((r) => isWidgetFile(r.path));
  const cdp = b.cdpShifts?.filter((s) => !s.input);
  const cdpHost = cdp?.filter((s) => s.sources.some((x) => !x.widget));
  return {
    beforePaint: requested && {
      wasm: requested.filter((r) => r.path.endsWith(".wasm")).length,
      widgetEncoded: widgetFiles.reduce((a, r) => a + r.encoded, 0),
      widgetFiles: widgetFiles.map((r) => r.path),
    },
    geometry: b.geometry ?? null,
    cdpShift: cdp ? {
      host: cdpHost.reduce((a, s) => a + s.value, 0),
      widget: cdp.filter((s) => !cdpHost.includes(s)).reduce((a, s) => a + s.value, 0),
      hostShifts: cdpHost.map((s) => ({ ...s, value: +s.value.toFixed(4) })),
    } : null,
    wasmRequested: b.resources.filter((r) => r.path.endsWith(".wasm")).map((r) => r.path),
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
  const chosen = pages.filter((p) => ids.includes(p.id) && (!only || only.includes(p.id)) && (!(p.id.startsWith("widget") || p.docs) || widgetBuilt) && (!p.hugo || hugoBuilt));
  const loadsOf = (p) => (p.variant ? Math.max(7, Math.ceil(loads / 3)) : p.docs ? Math.max(3, Math.ceil(loads / 3)) : loads);
  // The machine's load (1-minute average) before each page load: others'
  // work on the machine shows here.
  const load1 = [];
  const results = Object.fromEntries(chosen.map((p) => [p.id, { ok: [], fetched: [], errors: [] }]));
  for (const p of chosen) await load(p, throttle); // one warm-up load each (process, not HTTP cache)
  for (let i = 0; i < loads; i++) {
    for (const p of chosen.filter((q) => i < loadsOf(q))) {
      load1.push(loadavg()[0]);
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
      name: p.name, docs: !!p.docs, loads: ok.length, tried: Math.min(loads, loadsOf(p)), slots: ok.at(-1)?.count ?? 0,
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
    if (p.hugo) {
      const bp = ok.map((l) => l.beforePaint).filter(Boolean);
      const cdp = ok.map((l) => l.cdpShift).filter(Boolean);
      const geo = ok.map((l) => l.geometry).filter(Boolean);
      Object.assign(summary[p.id], {
        route: p.route, variant: !!p.variant, no_paint: !!p.noPaint, js: p.js !== false,
        date_start: p.now == null ? null : new Date(p.now).toISOString(),
        before_paint: bp.length ? {
          loads: bp.length,
          wasm_max: Math.max(...bp.map((x) => x.wasm)), wasm_median: median(bp.map((x) => x.wasm)),
          widget_gzip_median: median(bp.map((x) => x.widgetEncoded)), widget_gzip_max: Math.max(...bp.map((x) => x.widgetEncoded)),
          files: mid?.beforePaint?.widgetFiles ?? [],
        } : null,
        // wasm files any load requested (before or after the paint)
        wasm_requested: [...new Set(ok.flatMap((l) => l.wasmRequested))].sort(),
        cdp_shift: cdp.length ? {
          loads: cdp.length,
          host_median: median(cdp.map((x) => x.host)), host_max: Math.max(...cdp.map((x) => x.host)),
          widget_median: median(cdp.map((x) => x.widget)), widget_max: Math.max(...cdp.map((x) => x.widget)),
          loads_with_host_shift: cdp.filter((x) => x.host > 0).length,
          worst: [...cdp].sort((a, b) => b.host - a.host)[0]?.hostShifts.slice(0, 4) ?? [],
        } : null,
        geometry: geo.length ? {
          held_median_px: median(geo.map((g) => g.held)), height_median_px: median(geo.map((g) => g.height)),
          content_median_px: median(geo.map((g) => g.content)), states: [...new Set(geo.map((g) => String(g.state)))], shadow: geo.some((g) => g.shadow),
        } : null,
      });
    }
    console.error(`[render] ${label} ${p.id}: slots in the DOM ${summary[p.id].median_ms} ms, painted ${summary[p.id].paint_median_ms} ms (median of ${ok.length}), host shift ${summary[p.id].shift.host_median}, TBT ${summary[p.id].longtasks.tbt_median_ms} ms`);
  }
  const loadStats = load1.length ? { median: +median(load1).toFixed(2), max: +Math.max(...load1).toFixed(2) } : null;
  console.error(`[render] ${label}: load average (1 min) median ${loadStats?.median}, max ${loadStats?.max}`);
  return { label, throttle: throttle ?? null, loads, loadavg: loadStats, pages: summary };
}

const all = pages.map((p) => p.id);
const runs = [];
runs.push(await run("localhost, no throttling", null, all, LOADS));
// A slow phone, as Lighthouse's mobile preset: 150 ms RTT, 1.6 Mbit/s down,
// 750 kbit/s up, CPU slowed 4x. Only the widget's pages (the Hugo page and
// its paths too) and the Intl-only page.
runs.push(await run("emulated slow 4G + 4x CPU slowdown", {
  network: { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 },
  cpu: 4,
}, ["widget", "widget-preload", "intl", "host-above", "host-inview", "hugo", "hugo-intl", "hugo-nojs", "hugo-entry404", "hugo-short"], LOADS));

const version = browser.version();
await browser.close();
for (const s of [main, hugo, hugoFailing]) s.server.close();
await writeFile(join(out, "render.json"), JSON.stringify({ chromium: version, widgetBuilt, hugoBuilt, builtAt: builtAt == null ? null : new Date(builtAt).toISOString(), traces: hugo.stats.traces + hugoFailing.stats.traces, marks: MARKS.map((m) => `otel-feedback:${m}`), runs }, null, 2));

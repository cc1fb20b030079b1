// Bundles each JavaScript peer with esbuild (bundle + minify, ES module),
// writes the render-time pages into bench/out/site/, and measures the bytes
// of the peers and of the widget (widget/pkg) into bench/out/bytes.json.
//
//   node bench/build.mjs
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { GZIP_TOOL, HUGO_PAGE, PEERS, WIDGET_FILES, hugoSite, npmVersion, out, pkg, repo, site, sizes } from "./lib.mjs";
import { STYLE, hostBody } from "./host-page.mjs";

mkdirSync(join(site, "peers"), { recursive: true });

const page = (title, head, body) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
${head}
</head>
<body>
<h1>Upcoming sessions</h1>
${body}
</body>
</html>
`;

const peers = [];
for (const peer of PEERS) {
  const file = join(site, "peers", `${peer.id}.min.js`);
  await build({
    stdin: {
      contents: `import { render } from "./peers/${peer.id}.js";\nrender(document.getElementById("slots"));\n`,
      resolveDir: join(repo, "bench"),
      sourcefile: `${peer.id}-entry.js`,
    },
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    platform: "browser",
    legalComments: "none",
    outfile: file,
    logLevel: "warning",
  });
  writeFileSync(
    join(site, `${peer.id}.html`),
    page(`Slots: ${peer.name}`, `<script type="module" src="/peers/${peer.id}.min.js"></script>`,
      `<div id="slots"></div>`),
  );
  peers.push({
    ...peer,
    versions: Object.fromEntries(peer.packages.map((p) => [p, npmVersion(p)])),
    ...sizes(readFileSync(file)),
  });
}

// The widget's page: nothing but the element and its entry script, with the
// default configuration (no config attribute, no fetch of a JSON file).
writeFileSync(
  join(site, "widget.html"),
  page("Slots: otel-feedback widget", `<script type="module" src="/pkg/otel-feedback.js"></script>`,
    `<otel-feedback-session><p>Loading the session list…</p></otel-feedback-session>`),
);

// The same page with preload hints, so the glue, the wasm and the CSS are
// fetched in parallel with the entry script instead of one after another.
const PRELOAD = [
  `<link rel="stylesheet" href="/pkg/otel-feedback-host.css">`,
  `<link rel="modulepreload" href="/pkg/otel-feedback-widget.js">`,
  `<link rel="preload" href="/pkg/otel-feedback-widget.wasm" as="fetch" type="application/wasm" crossorigin>`,
  `<link rel="preload" href="/pkg/otel-feedback.css" as="fetch" crossorigin>`,
  `<link rel="preload" href="/pkg/otel-feedback.en.catalog" as="fetch" crossorigin>`,
  `<script type="module" src="/pkg/otel-feedback.js"></script>`,
].join("\n");
const ELEMENT = `<otel-feedback-session><p>Loading the session list…</p></otel-feedback-session>`;
writeFileSync(join(site, "widget-preload.html"), page("Slots: otel-feedback widget, preloaded", PRELOAD, ELEMENT));

// The widget inside a docs page (bench/host-page.mjs), with the preload
// hints, for the host page's layout shift: above the fold with the page's
// text after it, and further down, opened at #schedule.
for (const placement of ["above", "inview"]) {
  writeFileSync(join(site, `host-${placement}.html`), `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Interviews or Feedback Sessions | OpenTelemetry</title>
${STYLE}
${PRELOAD}
</head>
<body>
${hostBody(placement, ELEMENT)}
</body>
</html>
`);
}

// The Hugo fixture's page (scripts/build-hugo) with the Intl-only list in
// place of the widget: the same host page, its tracing runtime included,
// for a side-by-side on one host. The element, its stylesheets, preload
// hints and entry go; the peer's script and a #slots box come instead.
// Served by bench/render.mjs under /bench/ on the Hugo site's server.
// Also: the bytes of the widget's files the Hugo page names, and whether
// they are widget/pkg's (Hugo fingerprints each file by its SHA-384).
let hugo = null;
const hugoHtml = join(hugoSite, HUGO_PAGE, "index.html");
if (existsSync(hugoHtml)) {
  const html = readFileSync(hugoHtml, "utf8");
  const intl = html
    .replace(/<link rel=stylesheet href=\/js\/otel-feedback\/[^>]*>/g, "")
    .replace(/<link rel=(?:modulepreload|preload) href=\/js\/otel-feedback\/[^>]*>/g, "")
    .replace(/<script type=module src=\/js\/otel-feedback\/[^>]*><\/script>/g, "")
    .replace(/<otel-feedback-session[\s\S]*?<\/otel-feedback-session>/, `<div id=slots></div><script type=module src=/bench/peers/intl.min.js></script>`);
  if (intl.includes("otel-feedback")) throw new Error("bench/build.mjs: the Hugo page still names otel-feedback after the swap");
  writeFileSync(join(site, "hugo-intl.html"), intl);
  const dir = join(hugoSite, "js", "otel-feedback");
  const named = readdirSync(dir);
  const sha = (buf) => createHash("sha384").update(buf).digest("hex");
  const same = ["otel-feedback-widget.wasm", "otel-feedback-list.js", "otel-feedback.css", "otel-feedback-host.css"].map((f) => {
    const [stem, ext] = [f.slice(0, f.lastIndexOf(".")), f.slice(f.lastIndexOf("."))];
    const file = named.find((n) => n.startsWith(`${stem}.`) && n.endsWith(ext) && /\.[0-9a-f]{96}\./.test(n.slice(stem.length)));
    return { file: f, same: !!(file && existsSync(join(pkg, f)) && file.includes(sha(readFileSync(join(pkg, f))))) };
  });
  // The files of the list's load on the page (entry, list view, CSS, the
  // host stylesheet), from its HTML.
  const urls = [...new Set([...html.matchAll(/(?:href|src)=(\/js\/otel-feedback\/[^ >]+)/g)].map((m) => m[1]))];
  hugo = {
    page: HUGO_PAGE, html: sizes(readFileSync(hugoHtml)),
    tracing: [...html.matchAll(/src=(\/js\/tracing[^ >]+)/g)].map((m) => m[1]).filter((v, i, a) => a.indexOf(v) === i)
      .map((u) => ({ file: u, ...sizes(readFileSync(join(hugoSite, u))) })),
    files: urls.map((u) => ({ file: u, ...sizes(readFileSync(join(hugoSite, u))) })),
    same_as_pkg: same,
  };
}

let widget = null;
if (WIDGET_FILES.every((f) => existsSync(join(pkg, f)))) {
  widget = WIDGET_FILES.map((f) => ({ file: f, ...sizes(readFileSync(join(pkg, f))) }));
}
// A uk, ja or pt page loads its language's catalog instead of English's.
const catalogs = ["uk", "ja", "pt"]
  .map((lang) => ({ lang, file: `otel-feedback.${lang}.catalog` }))
  .filter((c) => existsSync(join(pkg, c.file)))
  .map((c) => ({ ...c, ...sizes(readFileSync(join(pkg, c.file))) }));

writeFileSync(
  join(out, "bytes.json"),
  JSON.stringify({ esbuild: npmVersion("esbuild"), gzip: GZIP_TOOL, peers, widget, catalogs, hugo }, null, 2),
);
for (const p of peers) console.log(`${p.id.padEnd(10)} raw ${p.raw} gzip ${p.gzip} brotli ${p.brotli}`);
if (widget) for (const w of widget) console.log(`${w.file.padEnd(30)} raw ${w.raw} gzip ${w.gzip} brotli ${w.brotli}`);
else console.log("widget not built (widget/pkg is missing files)");

#!/usr/bin/env node
// A tiny static server for the demo page and the browser tests.
//
//   node scripts/serve.mjs [--port N] [--csp] [--wasm-404]
//   PORT=N CSP=1 WASM_404=1 node scripts/serve.mjs
//
// Serves, on 127.0.0.1 only:
//   /            demo/ (index.html for a directory)
//   /pkg/        widget/pkg/ (wasm-pack output; demo/pkg/ if widget/pkg/ lacks the file)
//   /vendor/     node_modules/bootstrap/dist/css/
// With --csp it sends the site's Content-Security-Policy with
// `report-uri /csp-report`; POSTs there are kept in memory and listed as JSON
// by GET /csp-reports. POSTs to /v1/traces (a host page's OTLP exporter) are
// answered 200 and their sizes kept (`traces`). With --wasm-404 every /pkg/*.wasm answers 404 (the
// widget's fallback test). No dependencies: node's http, fs and path only.
//
// Tests import it: `const { url, close, reports } = await start({ port: 0 })`.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The policy opentelemetry.io-style pages must work under. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".ics": "text/calendar; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
};

/** The MIME type for a file name (application/octet-stream if unknown). */
export function mimeType(name) {
  return TYPES[extname(name).toLowerCase()] ?? "application/octet-stream";
}

/**
 * Maps a URL path onto a file below one of the mounts, or null when the
 * path is malformed or tries to leave its mount.
 * @param {string} urlPath the request path, still percent-encoded
 * @param {{prefix: string, dirs: string[]}[]} mounts longest prefix first
 * @returns {{file: string, candidates: string[]} | null}
 */
export function resolvePath(urlPath, mounts) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\") || !decoded.startsWith("/")) return null;
  const parts = decoded.split("/");
  if (parts.some((p) => p === ".." || p === ".")) return null;
  for (const { prefix, dirs } of mounts) {
    if (!decoded.startsWith(prefix)) continue;
    const rest = decoded.slice(prefix.length);
    const candidates = [];
    for (const dir of dirs) {
      const file = resolve(dir, "." + sep + rest);
      if (file !== dir && !file.startsWith(dir + sep)) return null;
      candidates.push(file);
    }
    return { file: candidates[0], candidates };
  }
  return null;
}

/**
 * Starts the server.
 * @param {object} [options]
 * @param {number} [options.port] 0 picks a free port (default 8080)
 * @param {string} [options.root] the site folder (default demo/)
 * @param {string} [options.pkg] the widget package folder (default widget/pkg/)
 * @param {boolean} [options.csp] send the CSP header with report-uri /csp-report
 * @param {boolean} [options.wasm404] answer 404 to every /pkg/*.wasm
 * @param {boolean} [options.quiet] no request log
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>, reports: object[], requests: string[]}>}
 */
export async function start(options = {}) {
  const root = resolve(options.root ?? join(repo, "demo"));
  const pkgDirs = [resolve(options.pkg ?? join(repo, "widget", "pkg")), join(root, "pkg")];
  const mounts = [
    { prefix: "/pkg/", dirs: pkgDirs },
    { prefix: "/vendor/", dirs: [join(repo, "node_modules", "bootstrap", "dist", "css"), join(root, "vendor")] },
    { prefix: "/", dirs: [root] },
  ];
  const reports = [];
  const requests = [];
  const traces = [];
  const csp = options.csp ? `${CSP}; report-uri /csp-report` : null;

  const server = createServer(async (req, res) => {
    // A request path is read as a path, even one that looks like a
    // scheme-relative URL (`//`): it never throws.
    const url = new URL(`http://127.0.0.1${(req.url ?? "/").startsWith("/") ? "" : "/"}${req.url ?? "/"}`);
    const path = url.pathname;
    requests.push(`${req.method} ${path}`);
    const send = (status, body, type = "text/plain; charset=utf-8", extra = {}) => {
      res.writeHead(status, {
        "Content-Type": type,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        ...(csp ? { "Content-Security-Policy": csp } : {}),
        ...extra,
      });
      res.end(req.method === "HEAD" ? undefined : body);
    };

    if (path === "/csp-report" && req.method === "POST") {
      const chunks = [];
      let size = 0;
      for await (const chunk of req) {
        size += chunk.length;
        if (size > 1 << 20) return send(413, "too large\n");
        chunks.push(chunk);
      }
      const text = Buffer.concat(chunks).toString("utf8");
      let report;
      try {
        report = JSON.parse(text);
      } catch {
        report = { unparsed: text };
      }
      reports.push(report);
      if (!options.quiet) console.error(`CSP report: ${text}`);
      return send(204, "");
    }
    // The host page's OTel web tracing (the Hugo fixture's tracing.js)
    // exports its spans here: counted, answered as a collector would.
    if (path === "/v1/traces" && req.method === "POST") {
      let size = 0;
      for await (const chunk of req) size += chunk.length;
      traces.push(size);
      return send(200, "{}", "application/json");
    }
    if (path === "/csp-reports" && req.method === "GET") {
      return send(200, JSON.stringify(reports), "application/json; charset=utf-8");
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      return send(405, "method not allowed\n", undefined, { Allow: "GET, HEAD" });
    }
    if (options.wasm404 && path.startsWith("/pkg/") && path.endsWith(".wasm")) {
      return send(404, "not found (wasm disabled by --wasm-404)\n");
    }

    const target = resolvePath(path, mounts);
    if (!target) return send(400, "bad path\n");
    for (let file of target.candidates) {
      try {
        let info = await stat(file);
        if (info.isDirectory()) {
          if (!path.endsWith("/")) {
            return send(301, "", undefined, { Location: path + "/" + url.search });
          }
          file = join(file, "index.html");
          info = await stat(file);
        }
        if (!info.isFile()) continue;
        const body = await readFile(file);
        return send(200, body, mimeType(file));
      } catch {
        // try the next candidate
      }
    }
    return send(404, "not found\n");
  });

  const port = options.port ?? 8080;
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", fail);
      ok();
    });
  });
  const actual = server.address().port;
  const close = () =>
    new Promise((ok) => {
      server.close(() => ok());
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${actual}/`, port: actual, close, reports, requests, traces };
}

function parseArgs(argv) {
  const env = process.env;
  const truthy = (v) => v !== undefined && v !== "" && v !== "0" && v !== "false";
  const options = {
    port: Number(env.PORT ?? 8080),
    csp: truthy(env.CSP),
    wasm404: truthy(env.WASM_404),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--port" || arg === "-p") options.port = Number(argv[++i]);
    else if (arg.startsWith("--port=")) options.port = Number(arg.slice(7));
    else if (/^\d+$/.test(arg)) options.port = Number(arg);
    else if (arg === "--csp") options.csp = true;
    else if (arg === "--wasm-404") options.wasm404 = true;
    else if (arg === "--root") options.root = argv[++i];
    else if (arg === "--help" || arg === "-h") {
      console.log("usage: node scripts/serve.mjs [--port N] [--csp] [--wasm-404] [--root DIR]");
      process.exit(0);
    } else {
      console.error(`serve.mjs: unknown argument '${arg}'; try --help`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    console.error(`serve.mjs: --port must be a number from 0 to 65535`);
    process.exit(2);
  }
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  let server;
  try {
    server = await start(options);
  } catch (e) {
    console.error(`serve.mjs: cannot listen on 127.0.0.1:${options.port}: ${e.message}`);
    process.exit(1);
  }
  console.log(`Serving the demo at ${server.url}  (Ukrainian: ${server.url}uk/)`);
  if (options.csp) console.log(`CSP on; reports at ${server.url}csp-reports`);
  console.log("Press Ctrl-C to stop.");
  const stop = async (signal) => {
    await server.close();
    console.log(`\nStopped (${signal}).`);
    process.exit(0);
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}

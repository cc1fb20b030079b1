// Shared helpers for the benchmark scripts (scripts/bench runs them).
import { readFileSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const out = join(repo, "bench", "out");
export const site = join(out, "site");
export const pkg = join(repo, "widget", "pkg");

/**
 * The Hugo fixture (embed/hugo/fixture/ after embed/hugo/README.md's pull
 * request, built by scripts/build-hugo) and its page with the widget: the
 * build listed the sessions (`<script type="application/json"
 * data-ofs-list>`), and the page runs the site's OTel web tracing.
 */
export const hugoSite = join(repo, "target", "hugo-site");
export const HUGO_PAGE = "community/end-user/interviews-feedback/";
/** What the Hugo build wrote beside the site (its `built_at`). */
export const hugoBuildData = join(repo, "target", "hugo-pr", "site", "data", "feedback_session_build.json");
/** The widget's files on the Hugo site (fingerprinted) or on the bench pages. */
export const isWidgetFile = (path) => path.startsWith("/js/otel-feedback/") || path.startsWith("/pkg/");

/** The JavaScript peers: file in bench/peers/, display name, npm packages. */
export const PEERS = [
  { id: "intl", name: "Intl only (no library)", packages: [] },
  { id: "date-fns", name: "date-fns + @date-fns/tz", packages: ["date-fns", "@date-fns/tz"] },
  { id: "luxon", name: "luxon", packages: ["luxon"] },
  { id: "moment", name: "moment-timezone (with its data)", packages: ["moment", "moment-timezone"] },
];

/** The 10 zones of the throughput benchmark (as core/examples/throughput.rs). */
export const ZONES = [
  "America/Los_Angeles", "America/New_York", "America/Sao_Paulo", "Europe/London",
  "Europe/Berlin", "Europe/Kyiv", "Asia/Kolkata", "Asia/Kathmandu", "Asia/Tokyo",
  "Australia/Sydney",
];

/**
 * The gzip -9 size of a buffer: GNU gzip itself when installed (`gzip -9 -n`,
 * as scripts/build-widget and scripts/check-size measure), else node's zlib
 * at level 9, which compresses a few percent worse.
 */
export function gzip9(buf) {
  try {
    return execFileSync("gzip", ["-9", "-n", "-c"], { input: buf, maxBuffer: 1 << 30 }).length;
  } catch {
    return gzipSync(buf, { level: 9 }).length;
  }
}

export const GZIP_TOOL = (() => {
  try {
    return execFileSync("gzip", ["--version"], { encoding: "utf8" }).split("\n")[0];
  } catch {
    return "node zlib level 9 (no gzip on PATH)";
  }
})();

/** Raw, gzip -9 and brotli (quality 11, node's zlib) sizes of a buffer. */
export function sizes(buf) {
  return {
    raw: buf.length,
    gzip: gzip9(buf),
    brotli: brotliCompressSync(buf, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

/** The installed version of an npm package. */
export function npmVersion(name) {
  const file = join(repo, "node_modules", name, "package.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).version : "missing";
}

/**
 * The files of widget/pkg that an English page loads (the wasm, its glue
 * with the view, the entry, CSS, and the English catalog: the wasm carries
 * no text).
 */
export const WIDGET_FILES = [
  "otel-feedback.js",
  "otel-feedback-widget.js",
  "otel-feedback-widget.wasm",
  "otel-feedback.css",
  "otel-feedback.en.catalog",
];

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))];
}

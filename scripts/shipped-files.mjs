#!/usr/bin/env node
// The one list of the widget's shipped files: widget/pkg/files.json, written
// by scripts/build-widget from what it wrote there and core's language list
// (`otel-feedback catalog --list`), and shipped in the npm package (and so
// mounted, with the rest, into a Hugo site's assets/js/otel-feedback/).
// Everything else reads it: scripts/build-npm (the copy, package.json's
// `files` and `exports`), scripts/check-size and build-widget's SIZES.txt
// (the loads, by role), the Hugo shortcode (the fingerprinted files), the
// tests (tests/e2e/shipped-files.test.mjs checks the .d.ts and the Hugo
// mount against it).
//
//   node scripts/shipped-files.mjs widget/pkg en uk ja pt   # writes widget/pkg/files.json
//   node scripts/shipped-files.mjs --names widget/pkg ROLE[:LANG]...
//                                          # the names with these roles, one a line
//
// files.json: { languages, roles: { role: what it is }, files: [{ name,
// role, lang?, asset?, types? }] }. `asset`: the entry loads it by this
// plain name (a key of the element's `assets` attribute); `types`: its
// TypeScript declarations (a file of role `types`). Writing fails when
// widget/pkg holds a file this list has no role for, or lacks one it has.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const MANIFEST = "files.json";

/** What each role is (copied into files.json for its readers). */
export const ROLES = {
  entry: "the page's entry (a site's bundler may build it: the Hugo shortcode's js.Build); it loads every other file",
  list: "the list drawn from the site's build data (no wasm): what such a page loads after the entry",
  "list-wasm": "the list computed by core in the browser: the wasm-bindgen glue (with the view) and the wasm",
  form: "on request: the form's module and its wasm, loaded when the visitor opens the form",
  picker: "on request: the zone picker's module and its matching wasm, loaded when the visitor first reaches for the zone box",
  stylesheet: "the widget's stylesheet, inside its shadow root (fetched as text by the entry)",
  "host-stylesheet": "the host page's rule (the element's reserved space), linked in the page's <head>",
  catalog: "a language's texts: a page loads its language's (English's for a language without one)",
  messages: "a language's composed-message texts: loaded with the form when message_lang is not the page's language",
  types: "TypeScript declarations of the glue and its wasm (the npm package's; never loaded by a page)",
  manifest: "this list",
};

// Every file scripts/build-widget writes into widget/pkg, in load order,
// with its role; `catalog` and `messages` once per core language.
const FIXED = [
  { name: "otel-feedback.js", role: "entry" },
  { name: "otel-feedback-list.js", role: "list", asset: true },
  { name: "otel-feedback-widget.js", role: "list-wasm", asset: true, types: "otel-feedback-widget.d.ts" },
  { name: "otel-feedback-widget.wasm", role: "list-wasm", asset: true },
  { name: "otel-feedback.css", role: "stylesheet", asset: true },
  { name: "otel-feedback-host.css", role: "host-stylesheet" },
  { name: "otel-feedback-form.js", role: "form", asset: true },
  { name: "otel-feedback-form.wasm", role: "form", asset: true },
  { name: "otel-feedback-picker.js", role: "picker", asset: true },
  { name: "otel-feedback-zones.wasm", role: "picker", asset: true },
];
const PER_LANGUAGE = [
  { name: (lang) => `otel-feedback.${lang}.catalog`, role: "catalog" },
  { name: (lang) => `otel-feedback.${lang}.messages.catalog`, role: "messages" },
];
const TYPES = ["otel-feedback-widget.d.ts", "otel-feedback-widget.wasm.d.ts"];
// Written by the build, not shipped.
const NOT_SHIPPED = ["SIZES.txt", "TOOLCHAIN"];

/** The manifest for `languages` (core's list, in its order). */
export function manifest(languages) {
  if (!languages.length || !languages.includes("en")) throw new Error(`core's language list lacks en: ${languages.join(" ")}`);
  const files = [...FIXED];
  for (const { name, role } of PER_LANGUAGE) {
    for (const lang of languages) files.push({ name: name(lang), role, lang, asset: true });
  }
  for (const name of TYPES) files.push({ name, role: "types" });
  files.push({ name: MANIFEST, role: "manifest" });
  return { languages, roles: ROLES, files };
}

/** Reads `dir`/files.json. */
export function readManifest(dir) {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) throw new Error(`${path} is missing: build the widget first (scripts/build-widget)`);
  return JSON.parse(readFileSync(path, "utf8"));
}

/** The names of `m`'s files with one of these roles (`role` or `role:lang`), in its order. */
export function names(m, ...selectors) {
  return m.files
    .filter((f) => selectors.some((s) => {
      const [role, lang] = s.split(":");
      return f.role === role && (lang === undefined || f.lang === lang);
    }))
    .map((f) => f.name);
}

/**
 * package.json's `files` and `exports` for the npm package: the widget's
 * files (every one files.json lists, at the package's root) then `pkg`'s own
 * (widget/npm/package.json: the types, schemas, node command, shortcode).
 * The entry is the package's `.` (its types: `entryTypes`); a file with
 * `types` is exported with them; declarations are shipped, not exported.
 */
export function packageFields(m, pkg, entryTypes = "otel-feedback.d.ts") {
  const own = pkg.files || [];
  const clash = m.files.map((f) => f.name).filter((n) => own.includes(n) || Object.hasOwn(pkg.exports || {}, `./${n}`));
  if (clash.length) throw new Error(`widget/npm/package.json names ${clash.join(", ")}: they come from widget/pkg/files.json`);
  const exports = {};
  for (const f of m.files) {
    if (f.role === "types") continue;
    const target = `./${f.name}`;
    if (f.role === "entry") exports["."] = { types: `./${entryTypes}`, default: target };
    else exports[target] = f.types ? { types: `./${f.types}`, default: target } : target;
  }
  return { files: [...m.files.map((f) => f.name), ...own], exports: { ...exports, ...pkg.exports } };
}

function write(dir, languages) {
  const m = manifest(languages);
  const listed = m.files.map((f) => f.name);
  const present = readdirSync(dir).filter((n) => !NOT_SHIPPED.includes(n));
  const missing = listed.filter((n) => n !== MANIFEST && !present.includes(n));
  const unknown = present.filter((n) => !listed.includes(n));
  if (missing.length || unknown.length) {
    throw new Error(
      [missing.length && `${dir} lacks ${missing.join(", ")}`, unknown.length && `${dir} holds ${unknown.join(", ")}, which ${MANIFEST} has no role for (scripts/shipped-files.mjs)`]
        .filter(Boolean)
        .join("; "),
    );
  }
  writeFileSync(join(dir, MANIFEST), JSON.stringify(m, null, 2) + "\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  try {
    if (args[0] === "--names") {
      const out = names(readManifest(args[1]), ...args.slice(2));
      if (!out.length) throw new Error(`no file with the role ${args.slice(2).join(" ")}`);
      process.stdout.write(out.join("\n") + "\n");
    } else {
      const [dir, ...languages] = args;
      write(dir, languages.flatMap((l) => l.split(/\s+/)).filter(Boolean));
    }
  } catch (e) {
    console.error(`shipped-files: ${e.message}`);
    process.exit(1);
  }
}

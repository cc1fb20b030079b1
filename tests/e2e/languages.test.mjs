// The language list has one home, core (`otel-feedback catalog --list`).
// The places that must name every language for a site to load its catalog
// are checked against it here: the npm package's files and exports, the
// Hugo shortcode (its fingerprinted assets and its preload choice), the
// npm build's copy list, and what the widget's build put in widget/pkg.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCli, repo } from "./helpers.mjs";

const read = (p) => readFileSync(join(repo, p), "utf8");
const codes = (names, re) => [...new Set(names.map((n) => n.match(re)?.[1]).filter(Boolean))].sort();

test("every list of languages names core's languages", () => {
  const listed = execFileSync(buildCli(), ["catalog", "--list"], { encoding: "utf8" }).split("\n").filter(Boolean);
  const core = [...listed].sort();
  assert.ok(core.length >= 4 && core.includes("en"), core.join(" "));
  const catalog = /^(?:\.\/)?otel-feedback\.([a-z]+)\.catalog$/;
  const messages = /^(?:\.\/)?otel-feedback\.([a-z]+)\.messages\.catalog$/;
  const pkg = JSON.parse(read("widget/npm/package.json"));
  assert.deepEqual(codes(pkg.files, catalog), core, "package.json files");
  assert.deepEqual(codes(pkg.files, messages), core, "package.json files (message catalogs)");
  assert.deepEqual(codes(Object.keys(pkg.exports), catalog), core, "package.json exports");
  const shortcode = read("embed/hugo/layouts/_shortcodes/feedback-session.html");
  const quoted = [...shortcode.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(codes(quoted, catalog), core, "the shortcode's assets");
  assert.deepEqual(codes(quoted, messages), core, "the shortcode's assets (message catalogs)");
  // The shortcode preloads no catalog (the page's build data holds the
  // list's texts), so it holds no second list of languages to check.
  assert.doesNotMatch(shortcode, /in \(slice (?:"[a-z]+" ?)+\)/, "a language list in the shortcode");
  const npm = read("scripts/build-npm").match(/built=\(([^)]*)\)/)[1].split(/\s+/);
  assert.deepEqual(codes(npm, catalog), core, "scripts/build-npm's copy list");
  assert.deepEqual(codes(readdirSync(join(repo, "widget", "pkg")), catalog), core, "widget/pkg (scripts/build-widget)");
  assert.match(read("widget/pkg/otel-feedback.js"), new RegExp(`\\[${listed.map((c) => `"${c}"`).join(",")}\\]`), "the entry's list, put in by the build");
});

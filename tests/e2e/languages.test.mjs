// The language list has one home, core (`otel-feedback catalog --list`).
// The places that must name every language for a site to load its catalog
// are checked against it here: the list of shipped files the widget's build
// wrote (widget/pkg/files.json, which the npm package's files and exports,
// the npm build's copy and the Hugo shortcode's fingerprinted assets all
// come from), the catalogs in widget/pkg and the entry's own list. The
// places that used to name the files by hand must not again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCli, repo } from "./helpers.mjs";
import { names, packageFields, readManifest } from "../../scripts/shipped-files.mjs";

const read = (p) => readFileSync(join(repo, p), "utf8");
const codes = (list, re) => [...new Set(list.map((n) => n.match(re)?.[1]).filter(Boolean))].sort();
const catalog = /^(?:\.\/)?otel-feedback\.([a-z]+)\.catalog$/;
const messages = /^(?:\.\/)?otel-feedback\.([a-z]+)\.messages\.catalog$/;

test("every list of languages names core's languages", () => {
  const listed = execFileSync(buildCli(), ["catalog", "--list"], { encoding: "utf8" }).split("\n").filter(Boolean);
  const core = [...listed].sort();
  assert.ok(core.length >= 4 && core.includes("en"), core.join(" "));
  const m = readManifest(join(repo, "widget", "pkg"));
  assert.deepEqual(m.languages, listed, "files.json languages");
  assert.deepEqual(codes(names(m, "catalog"), catalog), core, "files.json catalogs");
  assert.deepEqual(codes(names(m, "messages"), messages), core, "files.json message catalogs");
  for (const f of m.files.filter((f) => f.role === "catalog" || f.role === "messages")) {
    assert.equal(f.asset, true, `${f.name}: the entry fetches it`);
    assert.equal(f.name.split(".")[1], f.lang, f.name);
  }
  // The npm package's files and exports, as scripts/build-npm makes them.
  const pkg = packageFields(m, JSON.parse(read("widget/npm/package.json")));
  assert.deepEqual(codes(pkg.files, catalog), core, "package.json files");
  assert.deepEqual(codes(pkg.files, messages), core, "package.json files (message catalogs)");
  assert.deepEqual(codes(Object.keys(pkg.exports), catalog), core, "package.json exports");
  assert.deepEqual(codes(readdirSync(join(repo, "widget", "pkg")), catalog), core, "widget/pkg (scripts/build-widget)");
  assert.deepEqual(codes(readdirSync(join(repo, "widget", "pkg")), messages), core, "widget/pkg message catalogs");
  assert.match(read("widget/pkg/otel-feedback.js"), new RegExp(`\\[${listed.map((c) => `"${c}"`).join(",")}\\]`), "the entry's list, put in by the build");
});

test("no second list of the files or the languages: the shortcode, build-npm, package.json and check-size read files.json", () => {
  const shortcode = read("embed/hugo/layouts/_shortcodes/feedback-session.html");
  const quoted = [...shortcode.matchAll(/"([^"]+)"/g)].map((q) => q[1]);
  const m = readManifest(join(repo, "widget", "pkg"));
  for (const f of m.files.filter((f) => f.role !== "manifest")) {
    assert.ok(!quoted.includes(f.name), `the shortcode names ${f.name}: it reads files.json`);
  }
  assert.match(shortcode, /resources\.Get \(print \$dir "files\.json"\) -}}\s*{{- \$manifest = \. \| transform\.Unmarshal/, "the shortcode reads files.json");
  // The shortcode preloads no catalog (the page's build data holds the
  // list's texts), so it holds no list of languages either.
  assert.doesNotMatch(shortcode, /in \(slice (?:"[a-z]+" ?)+\)/, "a language list in the shortcode");
  assert.doesNotMatch(shortcode, /range slice/, "a hand-written list in the shortcode");
  const own = JSON.parse(read("widget/npm/package.json"));
  const named = [...own.files, ...Object.keys(own.exports).map((k) => k.replace(/^\.\//, ""))];
  for (const f of m.files) assert.ok(!named.includes(f.name), `widget/npm/package.json names ${f.name}: build-npm adds it from files.json`);
  for (const script of ["scripts/build-npm", "scripts/check-size"]) {
    // The code, not the comments (which may say what a load holds).
    const text = read(script).split("\n").filter((l) => !/^\s*(#|\/\/)/.test(l)).join("\n");
    for (const f of m.files.filter((f) => f.role !== "manifest")) {
      assert.ok(!text.includes(`"${f.name}"`) && !new RegExp(`[ (]${f.name.replace(/\./g, "\\.")}[ )]`).test(text), `${script} names ${f.name}: it reads files.json`);
    }
  }
});

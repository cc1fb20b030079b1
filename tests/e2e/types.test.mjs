// The npm package's hand-written types (widget/npm/otel-feedback.d.ts) and
// the Hugo mount (embed/hugo/README.md) against what they describe, read
// with TypeScript's own parser: the files the entry loads by plain name
// (widget/pkg/files.json, the one list of the shipped files, and the
// entry's own asset() calls), mount's options (the ones the entry reads),
// the configuration (docs/schema/), the element's attributes (its
// observedAttributes) and what returns null. A drift fails here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { repo } from "./helpers.mjs";
import { readManifest } from "../../scripts/shipped-files.mjs";

const read = (p) => readFileSync(join(repo, p), "utf8");
const sorted = (a) => [...new Set(a)].sort();
const DTS = join(repo, "widget", "npm", "otel-feedback.d.ts");
const ENTRY = read("widget/js/otel-feedback.js");
const manifest = readManifest(join(repo, "widget", "pkg"));
const assetNames = manifest.files.filter((f) => f.asset).map((f) => f.name);

const program = ts.createProgram([DTS], { noEmit: true, strict: true, lib: ["lib.es2022.d.ts", "lib.dom.d.ts"], types: [] });
const checker = program.getTypeChecker();
const source = program.getSourceFile(DTS);
const exported = new Map(checker.getExportsOfModule(checker.getSymbolAtLocation(source)).map((s) => [s.name, s]));
const typeOf = (name) => {
  const s = exported.get(name);
  assert.ok(s, `otel-feedback.d.ts exports no ${name}`);
  return checker.getDeclaredTypeOfSymbol(s);
};
const props = (type) => checker.getPropertiesOfType(type).map((p) => p.name);
const propType = (type, name) => checker.getNonNullableType(checker.getTypeOfSymbol(checker.getPropertyOfType(type, name)));
const optional = (type, name) => (checker.getPropertyOfType(type, name).flags & ts.SymbolFlags.Optional) !== 0;

test("the d.ts compiles on its own", () => {
  const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  assert.deepEqual(problems, []);
});

test("FeedbackSessionAsset names every file the entry loads by plain name: files.json's assets, the entry's asset() calls", () => {
  const union = typeOf("FeedbackSessionAsset");
  const members = (union.isUnion() ? union.types : [union]).map((t) => t.value);
  assert.deepEqual(sorted(members), sorted(assetNames), "FeedbackSessionAsset against files.json");
  // The entry's own names: literals, and the catalogs by language.
  const literal = [...ENTRY.matchAll(/(?:asset|fetchAsset)\('([^']+)'\)/g)].map((m) => m[1]);
  const templated = [...ENTRY.matchAll(/fetchAsset\(`otel-feedback\.\$\{code\}\.catalog`\)/g)].length;
  assert.equal(templated, 1, "the entry fetches a catalog by `otel-feedback.${code}.catalog`");
  const perLanguage = manifest.languages.flatMap((l) => [`otel-feedback.${l}.catalog`, `otel-feedback.${l}.messages.catalog`]);
  // The list's module is imported by asset() too; the glue as well.
  assert.deepEqual(sorted([...literal, ...perLanguage]), sorted(assetNames), "the entry's asset() names against files.json");
});

test("MountOptions: the options mount reads, strings included", () => {
  const body = ENTRY.slice(ENTRY.indexOf("export async function mount"), ENTRY.indexOf("function listData"));
  const used = sorted([...body.matchAll(/\boptions\.(\w+)/g)].map((m) => m[1]));
  assert.ok(used.includes("strings"), used.join(" "));
  const options = typeOf("MountOptions");
  assert.deepEqual(sorted(props(options)), used, "MountOptions against widget/js/otel-feedback.js");
  for (const p of used) assert.ok(optional(options, p), `MountOptions.${p} is optional`);
  assert.equal(checker.typeToString(propType(options, "strings")), "Record<string, string>");
  // The languages its `lang` documents: core's, as files.json has them.
  const documented = read("widget/npm/otel-feedback.d.ts").match(/UI language \(([^)]*)\)/)[1].match(/`([a-z]+)`/g).map((c) => c.slice(1, -1));
  assert.deepEqual(documented, manifest.languages, "MountOptions.lang's languages against files.json");
});

test("FeedbackSessionConfig: the keys of config.schema.json and schedule.schema.json, required where they are", () => {
  const schemas = { "config.schema.json": JSON.parse(read("docs/schema/config.schema.json")), "schedule.schema.json": JSON.parse(read("docs/schema/schedule.schema.json")) };
  // Only the objects' keys matter here: a `#/$defs/…` is a string's format.
  const compare = (schema, type, at) => {
    if (schema.$ref?.startsWith("#")) return;
    if (schema.$ref) schema = schemas[schema.$ref];
    if (schema.type === "array") return compare(schema.items, checker.getIndexTypeOfType(type, ts.IndexKind.Number), `${at}[]`);
    if (!schema.properties) return;
    assert.deepEqual(sorted(props(type)), sorted(Object.keys(schema.properties)), at);
    for (const [key, sub] of Object.entries(schema.properties)) {
      assert.equal(optional(type, key), !(schema.required || []).includes(key), `${at}.${key}: optional in the d.ts iff not required in the schema`);
      compare(sub, propType(type, key), `${at}.${key}`);
    }
  };
  compare(schemas["config.schema.json"], typeOf("FeedbackSessionConfig"), "FeedbackSessionConfig");
});

test("the element: its attributes, and null where it returns null", () => {
  const el = typeOf("OtelFeedbackSessionElement");
  const signatures = checker.getSignaturesOfType(propType(el, "getAttribute"), ts.SignatureKind.Call);
  for (const s of signatures) assert.equal(checker.typeToString(s.getReturnType()), "string | null", "getAttribute returns null for an absent attribute");
  const named = signatures.map((s) => checker.getTypeOfSymbol(s.parameters[0])).find((t) => t.isUnion() || t.isStringLiteral());
  assert.ok(named, "a getAttribute overload naming the element's attributes");
  const observed = ENTRY.match(/observedAttributes\(\) {\s*return \[([^\]]*)\]/)[1].match(/'([^']+)'/g).map((q) => q.slice(1, -1));
  const attrs = (named.isUnion() ? named.types : [named]).map((t) => t.value);
  assert.deepEqual(sorted(attrs), sorted([...observed, "assets", "data-state"]), "getAttribute's names against the element's observedAttributes");
  const assets = typeOf("FeedbackSessionAssets");
  assert.deepEqual(sorted(props(assets)), sorted(assetNames), "FeedbackSessionAssets' keys");
  const state = typeOf("FeedbackSessionState");
  assert.deepEqual(sorted(state.types.map((t) => t.value)), ["failed", "loading", "ready"]);
  for (const s of ENTRY.matchAll(/dataset\.state = '([a-z]+)'/g)) assert.ok(state.types.some((t) => t.value === s[1]), s[1]);
  const mount = checker.getTypeOfSymbol(exported.get("mount"));
  assert.equal(checker.typeToString(checker.getSignaturesOfType(mount, ts.SignatureKind.Call)[0].getReturnType()), "Promise<boolean>");
});

test("embed/hugo/README.md's mount puts every file the shortcode reads into assets/js/otel-feedback/, and no declaration", () => {
  const readme = read("embed/hugo/README.md");
  const block = readme.slice(readme.indexOf("```yaml config/_default/module-template.yaml append"));
  const mount = block.slice(block.indexOf("target: assets/js/otel-feedback"), block.indexOf("```", 3));
  const patterns = [...mount.matchAll(/^ {6}- (\S+)$/gm)].map((m) => m[1]);
  const glob = (p) => new RegExp(`^${p.replace(/[.]/g, "\\.").replace(/\*/g, "[^/]*")}$`);
  const matched = (name) => patterns.some((p) => glob(p).test(name));
  const needed = manifest.files.filter((f) => f.role !== "types").map((f) => f.name);
  for (const name of needed) assert.ok(matched(name), `the mount lacks ${name} (${patterns.join(" ")})`);
  for (const f of manifest.files.filter((f) => f.role === "types")) assert.ok(!matched(f.name), `the mount takes ${f.name}`);
  for (const p of patterns) assert.ok(needed.some((n) => glob(p).test(n)), `the mount's ${p} matches no shipped file`);
  // check:filenames: kebab-case under assets/.
  for (const name of needed) assert.doesNotMatch(name, /_/, name);
});

// Renames the wasm's imports to short names, in the wasm and in its
// wasm-bindgen glue alike: wasm-bindgen names each import
// `__wbg_<name>_<16 hex digits>`, and those hashes (incompressible, in both
// files) cost the page about 0.5 KB gzip.
//
//   node scripts/shorten-imports.mjs widget/pkg/otel-feedback-widget.wasm widget/pkg/otel-feedback-widget.js
//
// binaryen's `wasm-opt --minify-imports` would be the tool, but it renames
// only the `env` module's imports (Emscripten's), not wasm-bindgen's.
//
// Run on wasm-bindgen's output, before the glue is minified. Every old name
// must appear in the glue exactly once (as the key of its function in the
// imports object) and the module name exactly once; anything else stops the
// build instead of producing a module whose imports do not match.
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, gluePath] = process.argv.slice(2);
if (!wasmPath || !gluePath) {
  console.error('usage: shorten-imports.mjs <module.wasm> <glue.js>');
  process.exit(2);
}
const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');

function fail(msg) {
  console.error(`shorten-imports: ${msg}`);
  process.exit(1);
}

// LEB128 (unsigned).
function readU32(buf, pos) {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = buf[pos++];
    result |= (b & 0x7f) << shift;
    if (!(b & 0x80)) return [result >>> 0, pos];
    shift += 7;
  }
}
function u32(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return Buffer.from(out);
}
function name(s) {
  const b = Buffer.from(s, 'utf8');
  return Buffer.concat([u32(b.length), b]);
}
function readName(buf, pos) {
  const [len, p] = readU32(buf, pos);
  return [buf.toString('utf8', p, p + len), p + len];
}
// Skips an import's description (function, table, memory or global).
function skipDesc(buf, pos) {
  const kind = buf[pos++];
  const limits = (p) => {
    const flags = buf[p++];
    [, p] = readU32(buf, p);
    if (flags & 1) [, p] = readU32(buf, p);
    return p;
  };
  switch (kind) {
    case 0: // function: type index
      return readU32(buf, pos)[1];
    case 1: // table: reference type, limits
      return limits(pos + 1);
    case 2: // memory: limits
      return limits(pos);
    case 3: // global: value type, mutability
      return pos + 2;
    default:
      fail(`unknown import kind ${kind}`);
  }
}

if (wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not a wasm module`);
let pos = 8;
const parts = [wasm.subarray(0, 8)];
let renamed = 0;
while (pos < wasm.length) {
  const id = wasm[pos];
  const [size, body] = readU32(wasm, pos + 1);
  const end = body + size;
  if (id !== 2) {
    parts.push(wasm.subarray(pos, end));
    pos = end;
    continue;
  }
  // The import section: module, field, description per import.
  let [count, p] = readU32(wasm, body);
  const out = [u32(count)];
  const modules = new Map();
  for (let i = 0; i < count; i++) {
    let mod;
    let field;
    [mod, p] = readName(wasm, p);
    [field, p] = readName(wasm, p);
    const descStart = p;
    p = skipDesc(wasm, p);
    if (!modules.has(mod)) {
      const short = `m${modules.size}`;
      const quoted = JSON.stringify(mod);
      if (glue.split(quoted).length !== 2) fail(`module ${quoted} is not in the glue exactly once`);
      glue = glue.replace(quoted, JSON.stringify(short));
      modules.set(mod, short);
    }
    const short = renamed.toString(36);
    const re = new RegExp(`\\b${field.replace(/\$/g, '\\$')}\\b`, 'g');
    const found = glue.match(re);
    if (!found || found.length !== 1) fail(`import ${field} is in the glue ${found ? found.length : 0} times, not once`);
    glue = glue.replace(re, `_${short}`);
    renamed++;
    out.push(name(modules.get(mod)), name(`_${short}`), wasm.subarray(descStart, p));
  }
  if (p !== end) fail('the import section has trailing bytes');
  const section = Buffer.concat(out);
  parts.push(Buffer.from([2]), u32(section.length), section);
  pos = end;
}
writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(gluePath, glue);
console.error(`shorten-imports: ${renamed} imports renamed`);

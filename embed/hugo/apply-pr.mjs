#!/usr/bin/env node
// Applies the pull request that embed/hugo/README.md describes to a copy of
// the fixture site, block by block, so the document is the test:
//
//   node embed/hugo/apply-pr.mjs SITE_DIR
//
// A fenced block whose info string names a file and an operation is a step:
//   ```json package.json merge          deep-merge the JSON into the file
//                                       ("… x" appends " x" to a string)
//   ```yaml some/file.yaml append       append the text (the file may be new)
//   ```sh run                           run the commands in SITE_DIR (sh -e)
//   ```sh npm-install                   `npm install --save-exact NAME@VERSION`:
//                                       the package is already in node_modules
//                                       (scripts/build-hugo installs the packed
//                                       tarball, as the registry would serve it);
//                                       checks NAME@VERSION is that package and
//                                       writes the dependency as npm does
//   ```yaml some/page.md after-pin      insert the text after the page's
//                                       `default_lang_commit:` line (what the
//                                       site's `fix:i18n:status` writes)
// Every other block is documentation. Steps run in the document's order.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const site = process.argv[2];
if (!site || !existsSync(site)) {
  console.error('usage: apply-pr.mjs SITE_DIR');
  process.exit(2);
}
const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'README.md'), 'utf8');

function merge(into, from, path) {
  for (const [k, v] of Object.entries(from)) {
    const here = `${path}.${k}`;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      into[k] = merge(into[k] || {}, v, here);
    } else if (typeof v === 'string' && v.startsWith('… ')) {
      if (typeof into[k] !== 'string') throw new Error(`${here}: no current value to append to`);
      into[k] = `${into[k]} ${v.slice(2)}`;
    } else {
      into[k] = v;
    }
  }
  return into;
}

const steps = [...readme.matchAll(/^```(\w+) ([^\n`]+)\n([\s\S]*?)^```$/gm)];
if (steps.length === 0) throw new Error('README.md has no steps');
for (const [, , info, body] of steps) {
  const words = info.trim().split(/\s+/);
  const op = words.pop();
  const file = words.join(' ');
  process.stderr.write(`[apply-pr] ${file ? `${file}: ` : ''}${op}\n`);
  if (op === 'run' && !file) {
    execFileSync('sh', ['-ec', body], { cwd: site, stdio: 'inherit' });
  } else if (op === 'merge' && file.endsWith('.json')) {
    const path = join(site, file);
    const json = merge(JSON.parse(readFileSync(path, 'utf8')), JSON.parse(body), file);
    writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  } else if (op === 'npm-install' && !file) {
    const m = body.trim().match(/^npm install --save-exact (@[^@\s]+\/[^@\s]+)@(\S+)$/);
    if (!m) throw new Error(`README.md: the npm-install step must read 'npm install --save-exact NAME@VERSION', not '${body.trim()}'`);
    const [, name, version] = m;
    const installed = JSON.parse(readFileSync(join(site, 'node_modules', name, 'package.json'), 'utf8'));
    if (installed.version !== version) {
      throw new Error(`README.md installs ${name}@${version}, the packed package is ${installed.version}: update the README`);
    }
    const path = join(site, 'package.json');
    const json = JSON.parse(readFileSync(path, 'utf8'));
    json.dependencies = { ...(json.dependencies || {}), [name]: version };
    json.dependencies = Object.fromEntries(Object.entries(json.dependencies).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  } else if (op === 'after-pin' && file) {
    const path = join(site, file);
    const text = readFileSync(path, 'utf8');
    const pin = text.match(/^default_lang_commit:.*\n/m);
    if (!pin) throw new Error(`${file}: no default_lang_commit line to add the drift status after`);
    const at = pin.index + pin[0].length;
    writeFileSync(path, text.slice(0, at) + body + text.slice(at));
  } else if (op === 'append' && file) {
    const path = join(site, file);
    if (!existsSync(path)) throw new Error(`${file}: the site has no such file to append to`);
    appendFileSync(path, body);
  } else {
    throw new Error(`README.md: unknown step '${info}'`);
  }
}
process.stderr.write(`[apply-pr] ${steps.length} steps applied\n`);

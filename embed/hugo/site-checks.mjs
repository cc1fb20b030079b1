#!/usr/bin/env node
// opentelemetry.io's own checks, run on the fixture after the PR
// (scripts/build-hugo):
//   - file names: no underscore in a name under assets/, content/ or
//     static/ (names starting with `_` or `.` are exempt), the rule of the
//     site's `npm run check:filenames`;
//   - nothing vendored minified: no .js, .css or .mjs file outside
//     node_modules with a line over 400 characters;
//   - Prettier with the site's settings (package.json "prettier",
//     .prettierignore): `--check .`, and content/ja and content/uk without
//     prose wrap, as the site's check:format does;
//   - with BASE_DIR (the site before the PR), the I18N workflow's rule
//     (scripts/i18n/drift-pr-guard.mjs): a localized page the PR changes
//     leaves with an accurate drift state. A page pinned by
//     `default_lang_commit` whose English page the PR also changes cannot
//     be re-pinned in the PR (a pin names a commit on main), so it must
//     say `drifted_from_default: true` on the line after its pin, as
//     `npm run fix:i18n:status -- PATHS` writes;
//   - no i18n file added or changed: the site's own strings (its
//     i18n/pt-br.yaml over Docsy's) must stay as they are.
//
//   node embed/hugo/site-checks.mjs SITE_DIR [BASE_DIR]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const site = process.argv[2];
const base = process.argv[3];
const problems = [];

function walk(dir, visit) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'public' || e.name === '.git') continue;
    const path = join(dir, e.name);
    visit(path, e);
    if (e.isDirectory()) walk(path, visit);
  }
}

for (const top of ['assets', 'content', 'static']) {
  try {
    walk(join(site, top), (path, e) => {
      if (e.name.includes('_') && !e.name.startsWith('_') && !e.name.startsWith('.')) {
        problems.push(`${relative(site, path)}: not kebab-case (check:filenames)`);
      }
    });
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
}

walk(site, (path, e) => {
  if (e.isFile() && /\.(m?js|css)$/.test(e.name)) {
    const long = readFileSync(path, 'utf8').split('\n').some((l) => l.length > 400);
    if (long) problems.push(`${relative(site, path)}: a minified file in the site (vendored)`);
  }
});

for (const args of [['--check', '.'], ['--check', '--prose-wrap', 'preserve', '--ignore-path', '', 'content/ja', 'content/uk']]) {
  try {
    execFileSync('prettier', ['--ignore-unknown', '--log-level', 'warn', ...args], { cwd: site, stdio: ['ignore', 'inherit', 'inherit'] });
  } catch {
    problems.push(`prettier ${args.join(' ')}: the files above are not formatted`);
  }
}

if (base) {
  const read = (dir, path) => {
    try {
      return readFileSync(join(dir, path), 'utf8');
    } catch (e) {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    }
  };
  const files = (dir, top) => {
    const out = [];
    try {
      walk(join(dir, top), (path, e) => e.isFile() && out.push(relative(dir, path)));
    } catch (e) {
      if (e.code !== 'ENOENT') throw e;
    }
    return out;
  };
  const changed = (path) => read(site, path) !== read(base, path);
  for (const path of new Set([...files(site, 'i18n'), ...files(base, 'i18n')])) {
    if (changed(path)) problems.push(`${path}: the PR changes an i18n file (the site's strings must stay)`);
  }
  for (const path of files(site, 'content').filter((p) => p.endsWith('.md') && !p.startsWith('content/en/'))) {
    if (!changed(path)) continue;
    const text = read(site, path);
    const pin = text.match(/^default_lang_commit:.*\n(drifted_from_default: (.*)\n)?/m);
    if (!pin) continue;
    const en = path.replace(/^content\/[^/]+\//, 'content/en/');
    if (changed(en) && pin[2] !== 'true') {
      problems.push(`${path}: its English page changes in this PR, so it must record the drift: 'drifted_from_default: true' after its pin (npm run fix:i18n:status -- ${path})`);
    }
  }
}

for (const p of problems) console.error(`[site-checks] ${p}`);
if (problems.length) process.exit(1);
console.error(`[site-checks] file names, no minified files, Prettier${base ? ', drift state, i18n untouched' : ''}: ok`);

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
//     prose wrap, as the site's check:format does.
//
//   node embed/hugo/site-checks.mjs SITE_DIR
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const site = process.argv[2];
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

for (const p of problems) console.error(`[site-checks] ${p}`);
if (problems.length) process.exit(1);
console.error('[site-checks] file names, no minified files, Prettier: ok');

#!/usr/bin/env node
// The demo pages' fallback (the text inside <otel-feedback-session>, shown
// until the widget is ready and kept if it cannot start), generated from
// the same source as the widget's facts: demo/config.json, through core
// (the npm package's `otel-feedback-schedule --build`, as the Hugo
// shortcode's fallback), in each page's language. No channel, contact or
// cadence is written by hand in the HTML.
//
//   node scripts/demo-fallback.mjs           # rewrite demo/index.html and demo/uk/index.html
//   node scripts/demo-fallback.mjs --check   # exit 1 when a page's fallback is stale
//
// Needs target/npm/package/ (scripts/build-npm). The text is written
// between the markers <!-- fallback: … --> and <!-- /fallback -->.
// "Now" is pinned: the demo's configuration has no dated cancellation or
// extra session, so the sentence does not depend on the date.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(repo, 'target', 'npm', 'package', 'bin', 'otel-feedback-schedule.mjs');
const PAGES = { 'demo/index.html': 'en', 'demo/uk/index.html': 'uk' };
const NOW = '2026-01-01T00:00:00Z';

if (!existsSync(bin)) {
  console.error('demo-fallback: target/npm/package/ is missing: run scripts/build-npm');
  process.exit(2);
}
const build = JSON.parse(execFileSync(process.execPath, [bin, '--build', join(repo, 'demo', 'config.json'), '--now', NOW], { encoding: 'utf8' }));

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The fallback's HTML in `lang`, indented as the pages are. */
export function fallback(lang) {
  const [before, after] = build.fallback[lang] || build.fallback.en;
  const link = `<a href="${escape(build.slack.channel_web)}">#${escape(build.slack.channel_name)}</a>`;
  return `<p id="schedule-fallback">${escape(before)}${link}${escape(after)}</p>`;
}

const MARKS = /(<!-- fallback: [^>]*-->)[\s\S]*?(\s*<!-- \/fallback -->)/;
let stale = 0;
for (const [file, lang] of Object.entries(PAGES)) {
  const path = join(repo, file);
  const html = readFileSync(path, 'utf8');
  if (!MARKS.test(html)) {
    console.error(`demo-fallback: ${file} has no <!-- fallback: … --> … <!-- /fallback --> markers`);
    process.exit(2);
  }
  const indent = html.match(/\n([ \t]*)<!-- fallback:/)[1];
  const next = html.replace(MARKS, (_, open, close) => `${open}\n${indent}${fallback(lang)}${close}`);
  if (next === html) continue;
  if (process.argv.includes('--check')) {
    console.error(`demo-fallback: ${file}'s fallback is not what demo/config.json says: run node scripts/demo-fallback.mjs`);
    stale++;
  } else {
    writeFileSync(path, next);
    console.error(`demo-fallback: ${file} written`);
  }
}
process.exit(stale ? 1 : 0);

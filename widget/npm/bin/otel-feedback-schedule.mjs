#!/usr/bin/env node
// otel-feedback-schedule: the CLI's `schedule` for a site's npm scripts, with
// no Rust toolchain. Every rule and message is otel-feedback-core's, compiled
// to wasm for node (../node/, only this command loads it); this file reads
// and writes files and prints what core answers.
//
//   otel-feedback-schedule --from-ics FILE_OR_URL --summary TEXT [--config FILE] [--out FILE]
//   otel-feedback-schedule --check data/feedback_session.yaml   (or .json)
//   otel-feedback-schedule --describe data/feedback_session.json [--now RFC3339] [--out FILE]
//     (the schedule sentence in every language, as JSON: a page's fallback text)
//   otel-feedback-schedule --build data/feedback_session.json [--now RFC3339] [--watch-zones A,B] [--out FILE]
//     (what the site's build knows, for its templates: the configuration
//     without the cancellations and extra sessions that are over, the
//     sentence in every language, the channel's link, a year of sessions and
//     the list's texts; core's site::build_json). --watch-zones: the zones
//     whose offsets the build hands the browser, to correct an older Intl
//     (default: core's site::list::WATCH, the 2026 tz database changes).
//
// `--now` defaults to $OTEL_FEEDBACK_NOW, else the clock: the instant what
// is over is measured from (--from-ics, --describe, --build).
//
// Exit codes: 0 done, 1 the checked file has problems (one line each, naming
// the field), 2 bad arguments or input (one line, as the CLI).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const core = createRequire(import.meta.url)('../node/otel-feedback-node.js');

const USAGE = `usage: otel-feedback-schedule --from-ics FILE_OR_URL --summary TEXT [--config FILE] [--out FILE]
       otel-feedback-schedule --check FILE (.json, .yaml or .yml)
       otel-feedback-schedule --describe FILE [--now RFC3339] [--out FILE]
       otel-feedback-schedule --build FILE [--now RFC3339] [--watch-zones A,B] [--out FILE]`;
const OPTIONS = ['--from-ics', '--summary', '--config', '--out', '--check', '--describe', '--build', '--now', '--watch-zones'];
const now = (args) => args.now ?? process.env.OTEL_FEEDBACK_NOW ?? new Date().toISOString();

function fail(message, code = 2) {
  process.stderr.write(`error: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!OPTIONS.includes(name)) fail(`unexpected argument '${arg}'; ${USAGE}`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) fail(`${name}: a value is required`);
    args[name.slice(2)] = value;
  }
  return args;
}

// The system's reason, worded as Rust's std::io::Error prints it, so the
// messages match the CLI's byte for byte.
function reason(e) {
  const os = { ENOENT: 'No such file or directory', EACCES: 'Permission denied', EISDIR: 'Is a directory' };
  return os[e.code] && typeof e.errno === 'number' ? `${os[e.code]} (os error ${-e.errno})` : e.message;
}

async function read(arg, path) {
  if (/^https?:\/\//i.test(path)) {
    try {
      const res = await fetch(path);
      if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`.trim());
      return await res.text();
    } catch (e) {
      fail(core.readError(arg, path, e.cause?.message || e.message));
    }
  }
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (e) {
    fail(core.readError(arg, path, reason(e)));
  }
}

async function check(path) {
  const yaml = /\.ya?ml$/i.test(path);
  const problems = core.checkConfig(await read('--check', path), yaml);
  for (const p of problems) process.stderr.write(`${path}: ${p}\n`);
  if (problems.length) process.exit(1);
  process.stdout.write(`${path}: ok\n`);
}

// --describe and --build: a configuration file in, core's JSON out.
async function fromConfig(args, arg, answer) {
  const path = args[arg.slice(2)];
  let json;
  try {
    json = answer(await read(arg, path), /\.ya?ml$/i.test(path), now(args));
  } catch (e) {
    fail(`${path}: ${e.message}`, 1);
  }
  if (args.out === undefined || args.out === '-') {
    process.stdout.write(json);
    return;
  }
  try {
    writeFileSync(args.out, json);
  } catch (e) {
    fail(core.writeError(args.out, reason(e)));
  }
}

async function schedule(args) {
  let from, summary;
  try {
    [from, summary] = core.checkArgs(args['from-ics'], args.summary);
  } catch (e) {
    fail(e.message);
  }
  const calendar = await read('--from-ics', from);
  const config = args.config === undefined ? undefined : await read('--config', args.config);
  let out;
  try {
    out = JSON.parse(core.importIcs(from, calendar, summary, args.config, config, now(args)));
  } catch (e) {
    fail(e.message);
  }
  for (const w of out.warnings) process.stderr.write(`warning: ${w}\n`);
  if (args.out === undefined || args.out === '-') {
    process.stdout.write(out.json);
    return;
  }
  try {
    writeFileSync(args.out, out.json);
  } catch (e) {
    fail(core.writeError(args.out, reason(e)));
  }
}

const args = parseArgs(process.argv.slice(2));
if (args.check !== undefined) {
  if (Object.keys(args).length > 1) fail(`--check: give it alone; ${USAGE}`);
  await check(args.check);
} else if (args.describe !== undefined) {
  await fromConfig(args, '--describe', core.describeConfig);
} else if (args.build !== undefined) {
  await fromConfig(args, '--build', (text, yaml, at) => core.buildData(text, yaml, at, args['watch-zones']));
} else {
  await schedule(args);
}

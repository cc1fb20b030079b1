// The npm package's node command, `otel-feedback-schedule`, as a site's npm
// scripts run it: installed from the packed tarball (target/npm/*.tgz, from
// scripts/build-npm) into a scratch project, run with no Rust toolchain on
// PATH. Its calendar import must print the CLI's `schedule` bytes (stdout,
// stderr, exit code) for the real-shaped community calendar and for bad
// input; `--check` validates YAML and JSON data files with core's messages.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFile, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { buildCli, repo } from "./helpers.mjs";

const calendar = join(repo, "tests", "e2e", "fixtures", "community-calendar.ics");
const NO_RUST_PATH = `${dirname(process.execPath)}:/usr/bin:/bin`;

describe("otel-feedback-schedule from the installed npm package", () => {
  let dir, bin, cli;
  // "Now" pinned for both (what is over is left out of the import): the
  // node command reads OTEL_FEEDBACK_NOW, the CLI takes --now.
  const NOW = "2026-01-01T00:00:00Z";
  const node = (args, input, now = NOW) =>
    spawnSync(bin, args, { cwd: dir, input, encoding: "utf8", env: { PATH: NO_RUST_PATH, HOME: dir, TZ: "UTC", OTEL_FEEDBACK_NOW: now } });
  // The command's zones are jiff's bundled tz database: the CLI's, pinned.
  const rust = (args, input, now = NOW) =>
    spawnSync(cli, ["--tzdata", "bundled", "schedule", "--now", now, ...args], { cwd: dir, input, encoding: "utf8", env: { TZ: "UTC" } });
  const same = (args, input) => {
    const [n, r] = [node(args, input), rust(args, input)];
    assert.equal(n.stderr, r.stderr, `stderr of ${args.join(" ")}`);
    assert.equal(n.stdout, r.stdout, `stdout of ${args.join(" ")}`);
    assert.equal(n.status, r.status, `exit code of ${args.join(" ")}`);
    return n;
  };

  before(() => {
    const tgz = readdirSync(join(repo, "target", "npm")).find((f) => f.endsWith(".tgz"));
    assert.ok(tgz, "target/npm/*.tgz is missing: run scripts/build-npm");
    dir = mkdtempSync(join(tmpdir(), "otel-feedback-schedule-"));
    writeFileSync(join(dir, "package.json"), '{"private": true}\n');
    const npm = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", join(repo, "target", "npm", tgz)], { cwd: dir, encoding: "utf8" });
    assert.equal(npm.status, 0, npm.stderr);
    bin = join(dir, "node_modules", ".bin", "otel-feedback-schedule");
    cli = buildCli();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("no Rust toolchain on the command's PATH", () => {
    const which = spawnSync("sh", ["-c", "command -v cargo || command -v rustc"], { env: { PATH: NO_RUST_PATH } });
    assert.notEqual(which.status, 0, String(which.stdout));
  });

  test("the community calendar: the CLI's bytes, warnings included", () => {
    const out = same(["--from-ics", calendar, "--summary", "End-User SIG"]);
    assert.equal(out.status, 0);
    const { schedule } = JSON.parse(out.stdout);
    // INTERVAL + UNTIL (Wednesdays, ended), the current Thursdays, EXDATE,
    // the cancelled instance, the moved Thanksgiving session; the all-day
    // break and the cancelled pilot warned about; other SIGs skipped.
    assert.deepEqual(
      schedule.series.map((s) => [s.weekday, s.time, s.every_weeks, s.anchor, s.until]),
      [["wed", "08:00", 2, "2026-01-07", "2026-06-30"], ["thu", "10:00", 2, "2026-07-23", undefined]],
    );
    assert.deepEqual(schedule.cancelled, ["2026-04-01", "2026-11-26", "2026-12-10", "2026-12-24"]);
    assert.deepEqual(schedule.extra.map((x) => [x.date, x.time]), [["2026-11-24", "09:00"]]);
    assert.match(out.stderr, /summer break.*all-day event/);
    assert.match(out.stderr, /pilot \(cancelled\).*STATUS:CANCELLED; skipped/);
    assert.doesNotMatch(out.stdout + out.stderr, /Collector SIG|JavaScript SIG/);
  });

  test("what is over by --now is left out of the import: the same bytes from both", () => {
    const now = "2026-11-25T12:00:00Z";
    const [n, r] = [node(["--from-ics", calendar, "--summary", "End-User SIG"], undefined, now), rust(["--from-ics", calendar, "--summary", "End-User SIG"], undefined, now)];
    assert.equal(n.stdout, r.stdout);
    assert.equal(n.status, 0, n.stderr);
    const { schedule } = JSON.parse(n.stdout);
    // 2026-04-01 and the moved session of 2026-11-24 are over; Thanksgiving
    // (Los Angeles' 2026-11-26) is still ahead.
    assert.deepEqual(schedule.cancelled, ["2026-11-26", "2026-12-10", "2026-12-24"]);
    assert.deepEqual(schedule.extra, []);
    const bad = node(["--from-ics", calendar, "--summary", "End-User SIG", "--now", "yesterday"]);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, "error: --now: 'yesterday' is not an RFC 3339 instant; use e.g. 2026-11-26T18:00:00Z\n");
  });

  test("--build: what the site's build knows, at --now", () => {
    const data = join(dir, "build-config.json");
    writeFileSync(data, JSON.stringify({ schedule: { cancelled: ["2026-11-26", "2026-12-24"] }, slack: { channel_name: "otel-renamed" } }));
    const out = node(["--build", data, "--now", "2026-12-01T00:00:00Z"]);
    assert.equal(out.status, 0, out.stderr);
    const built = JSON.parse(out.stdout);
    assert.deepEqual(built.config.schedule.cancelled, ["2026-12-24"]);
    assert.equal(built.built_at, "2026-12-01T00:00:00Z");
    assert.match(built.tzdata, /^20\d\d[a-z]+$/);
    assert.equal(built.slack.channel_name, "otel-renamed");
    for (const lang of ["en", "uk", "ja", "pt"]) {
      assert.ok(built.text[lang].length > 20, lang);
      assert.ok(built.fallback[lang][0].startsWith(built.text[lang]), lang);
      assert.doesNotMatch(built.text[lang], /2026-11-26/, lang);
    }
    const bad = node(["--build", data, "--now", "soon"]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /--now: 'soon' is not an RFC 3339 instant/);
  });

  test("--describe: the schedule sentence in every language, the CLI's describe bytes", () => {
    const data = join(dir, "described.json");
    const r = node(["--from-ics", calendar, "--summary", "End-User SIG", "--out", data]);
    assert.equal(r.status, 0, r.stderr);
    const now = "2026-11-20T00:00:00Z";
    const n = node(["--describe", data, "--now", now]);
    assert.equal(n.status, 0, n.stderr);
    const c = spawnSync(cli, ["--tzdata", "bundled", "describe", "--format", "json", "--config", data, "--now", now], { cwd: dir, encoding: "utf8" });
    assert.equal(n.stdout, c.stdout);
    const text = JSON.parse(n.stdout);
    assert.deepEqual(Object.keys(text).sort(), ["en", "ja", "pt", "uk"]);
    assert.match(text.en, /Thursday/);
    // A configuration core refuses: its problem, exit 1.
    writeFileSync(join(dir, "bad.json"), '{"sessions_shown": 0}');
    const bad = node(["--describe", join(dir, "bad.json"), "--now", now]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /sessions_shown/);
  });

  test("--out and --config: the same file as the CLI's, other keys kept", () => {
    const base = join(dir, "base.json");
    writeFileSync(base, '{"sessions_shown": 4, "slack": {"channel_name": "otel-sig-end-user"}, "schedule": {}}\n');
    for (const [who, run] of [["node", node], ["cli", rust]]) {
      const r = run(["--from-ics", calendar, "--summary", "end-user sig", "--config", base, "--out", join(dir, `${who}.json`)]);
      assert.equal(r.status, 0, r.stderr);
    }
    const written = readFileSync(join(dir, "node.json"), "utf8");
    assert.equal(written, readFileSync(join(dir, "cli.json"), "utf8"));
    assert.equal(JSON.parse(written).sessions_shown, 4);
  });

  test("bad input: the CLI's one-line errors and exit codes", () => {
    const monthly = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:m\r\nSUMMARY:End-User SIG\r\nDTSTART;TZID=America/Los_Angeles:20260108T100000\r\nDURATION:PT1H\r\nRRULE:FREQ=MONTHLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const cases = [
      [["--from-ics", "/nonexistent/calendar.ics", "--summary", "x"]],
      [["--from-ics", calendar]],
      [["--summary", "End-User SIG"]],
      [["--from-ics", calendar, "--summary", "Kubernetes"]],
      [["--from-ics", "-", "--summary", "End-User SIG"], monthly],
      [["--from-ics", "-", "--summary", "End-User SIG"], "not a calendar"],
      [["--from-ics", calendar, "--summary", "End-User SIG", "--config", calendar]],
      [["--from-ics", calendar, "--summary", "End-User SIG", "--out", "/nonexistent/dir/out.json"]],
    ];
    for (const [args, input] of cases) {
      const r = same(args, input);
      assert.equal(r.status, 2, args.join(" "));
      assert.match(r.stderr, /(^|\n)error: [^\n]+\n$/, r.stderr);
    }
  });

  test("--from-ics takes a URL (the site's calendar), with the same schedule as the file", async () => {
    const server = createServer((req, res) => {
      if (req.url === "/basic.ics") res.end(readFileSync(calendar));
      else res.writeHead(404).end();
    });
    await new Promise((r) => server.listen(0, "127.0.0.1", r));
    try {
      const base = `http://127.0.0.1:${server.address().port}`;
      // Run asynchronously: spawnSync would block this process's server.
      const r = await new Promise((resolve) =>
        execFile(bin, ["--from-ics", `${base}/basic.ics`, "--summary", "End-User SIG"], { cwd: dir, env: { PATH: NO_RUST_PATH, OTEL_FEEDBACK_NOW: NOW } }, (err, stdout, stderr) =>
          resolve({ status: err ? err.code : 0, stdout, stderr }),
        ),
      );
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, node(["--from-ics", calendar, "--summary", "End-User SIG"]).stdout);
      const missing = await new Promise((resolve) =>
        execFile(bin, ["--from-ics", `${base}/gone.ics`, "--summary", "x"], { env: { PATH: NO_RUST_PATH } }, (err, _o, stderr) => resolve({ code: err?.code, stderr })),
      );
      assert.equal(missing.code, 2);
      assert.equal(missing.stderr, `error: --from-ics: cannot read '${base}/gone.ics': HTTP 404 Not Found; give a readable file or '-' for stdin\n`);
    } finally {
      server.close();
    }
  });

  test("--check: a valid file passes; a bad one fails with one line per problem naming the field (YAML and JSON)", () => {
    const good = join(dir, "good.json");
    writeFileSync(good, node(["--from-ics", calendar, "--summary", "End-User SIG"]).stdout);
    const ok = node(["--check", good]);
    assert.equal(ok.status, 0, ok.stderr);

    const yaml = join(dir, "feedback_session.yaml");
    writeFileSync(yaml, "schedule:\n  series:\n    - anchor: '2026-01-09'\n      zone: America/Los_Angles\nsessions_shown: 0\nslack:\n  invite_url: javascript:alert(1)\n");
    const bad = node(["--check", yaml]);
    assert.equal(bad.status, 1);
    assert.equal(
      bad.stderr,
      [
        `${yaml}: schedule.series[0].zone: unknown time zone 'America/Los_Angles'; did you mean 'America/Los_Angeles'?`,
        `${yaml}: schedule.series[0].anchor: the anchor 2026-01-09 is a Friday, but the series meets on Thursday; use a Thursday such as 2026-01-15`,
        `${yaml}: slack.invite_url: 'javascript:alert(1)' is not a web address; use an https:// URL`,
        `${yaml}: sessions_shown: must be between 1 and 50; got 0`,
        "",
      ].join("\n"),
    );

    const json = join(dir, "feedback_session.json");
    // Shape problems too, each by its path, then what validation finds.
    writeFileSync(json, '{"schedule": {"series": [{"every_weeks": "2"}]}, "slack": {"chanel_name": "x"}, "sessions_shown": 99}');
    const typed = node(["--check", json]);
    assert.equal(typed.status, 1);
    const lines = typed.stderr.trimEnd().split("\n");
    assert.equal(lines.length, 3, typed.stderr);
    assert.equal(lines[0], `${json}: schedule.series[0].every_weeks: invalid type: string "2", expected a whole number`);
    assert.match(lines[1], /: slack\.chanel_name: unknown field `chanel_name`/);
    assert.equal(lines[2], `${json}: sessions_shown: must be between 1 and 50; got 99`);
    writeFileSync(json, '{"schedule": ');
    assert.equal(node(["--check", json]).stderr, `${json}: (file): EOF while parsing a value at line 1 column 13\n`);
  });
});

// scripts/serve.mjs: MIME types, traversal, the CSP switch and its report
// collector, the wasm-404 switch. Plain HTTP, no browser.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CSP, mimeType, resolvePath, start } from "../../scripts/serve.mjs";

// Raw request, so that paths like /../ reach the server unnormalised.
function get(url, path, method = "GET", body) {
  return new Promise((ok, fail) => {
    const u = new URL(url);
    const req = request({ host: u.hostname, port: u.port, path, method }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on("error", fail);
    if (body) req.write(body);
    req.end();
  });
}

describe("scripts/serve.mjs", () => {
  let site, pkg, server, cspServer;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), "otel-serve-"));
    site = join(dir, "site");
    pkg = join(dir, "pkg");
    mkdirSync(join(site, "uk"), { recursive: true });
    mkdirSync(pkg);
    writeFileSync(join(dir, "secret.txt"), "outside the root");
    writeFileSync(join(site, "index.html"), "<!doctype html><title>en</title>");
    writeFileSync(join(site, "uk", "index.html"), "<!doctype html><title>uk</title>");
    writeFileSync(join(site, "config.json"), "{}");
    writeFileSync(join(pkg, "otel-feedback.js"), "export {};");
    writeFileSync(join(pkg, "otel-feedback-widget.wasm"), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    server = await start({ port: 0, root: site, pkg, quiet: true });
    cspServer = await start({ port: 0, root: site, pkg, quiet: true, csp: true, wasm404: true });
  });
  after(async () => {
    await server?.close();
    await cspServer?.close();
  });

  test("listens on 127.0.0.1 on the port it was given (0 = a free one)", () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.notEqual(server.port, 0);
  });

  test("serves each kind of file with its MIME type", async () => {
    const cases = [
      ["/", "text/html; charset=utf-8"],
      ["/uk/", "text/html; charset=utf-8"],
      ["/config.json", "application/json; charset=utf-8"],
      ["/pkg/otel-feedback.js", "text/javascript; charset=utf-8"],
      ["/pkg/otel-feedback-widget.wasm", "application/wasm"],
      ["/vendor/bootstrap.min.css", "text/css; charset=utf-8"],
    ];
    for (const [path, type] of cases) {
      const res = await get(server.url, path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers["content-type"], type, path);
    }
    assert.equal(mimeType("a.svg"), "image/svg+xml");
    assert.equal(mimeType("a.png"), "image/png");
    assert.equal(mimeType("event.ics"), "text/calendar; charset=utf-8");
    assert.equal(mimeType("x.unknown"), "application/octet-stream");
  });

  test("a folder without its slash redirects to it", async () => {
    const res = await get(server.url, "/uk");
    assert.equal(res.status, 301);
    assert.equal(res.headers.location, "/uk/");
  });

  test("a path that looks scheme-relative (//, //x/y) is a path: an answer, not a crash", async () => {
    for (const path of ["//", "//evil.example/x", "///etc/passwd"]) {
      const res = await get(server.url, path);
      assert.ok([200, 301, 400, 404].includes(res.status), `${path} -> ${res.status}`);
    }
    assert.equal((await get(server.url, "/")).status, 200, "still serving after them");
  });

  test("no path leaves the served folders", async () => {
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/pkg/..%2f..%2fsecret.txt", "/%00", "/..\\secret.txt"]) {
      const res = await get(server.url, path);
      assert.ok(res.status === 400 || res.status === 404, `${path} -> ${res.status}`);
      assert.doesNotMatch(res.body, /outside the root/, path);
    }
    const mounts = [{ prefix: "/", dirs: [site] }];
    assert.equal(resolvePath("/a/../../secret.txt", mounts), null);
    assert.equal(resolvePath("/%2e%2e/secret.txt", mounts), null);
    assert.equal(resolvePath("/%E0%A4%A", mounts), null);
    assert.equal(resolvePath("/uk/index.html", mounts).file, join(site, "uk", "index.html"));
  });

  test("without --csp no policy is sent; with it the site's policy and a report-uri", async () => {
    assert.equal((await get(server.url, "/")).headers["content-security-policy"], undefined);
    const res = await get(cspServer.url, "/");
    assert.equal(res.headers["content-security-policy"], `${CSP}; report-uri /csp-report`);
    assert.equal(CSP, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
  });

  test("CSP reports POSTed to /csp-report are listed by GET /csp-reports", async () => {
    const report = { "csp-report": { "blocked-uri": "inline", "violated-directive": "style-src-attr" } };
    const posted = await get(cspServer.url, "/csp-report", "POST", JSON.stringify(report));
    assert.equal(posted.status, 204);
    assert.deepEqual(cspServer.reports, [report]);
    assert.deepEqual(JSON.parse((await get(cspServer.url, "/csp-reports")).body), [report]);
  });

  test("--wasm-404 answers 404 for the wasm and still serves the JS", async () => {
    assert.equal((await get(cspServer.url, "/pkg/otel-feedback-widget.wasm")).status, 404);
    assert.equal((await get(cspServer.url, "/pkg/otel-feedback.js")).status, 200);
  });

  test("only GET and HEAD read files", async () => {
    assert.equal((await get(server.url, "/config.json", "DELETE")).status, 405);
    assert.equal((await get(server.url, "/config.json", "HEAD")).status, 200);
  });

  for (const signal of ["SIGINT", "SIGTERM"]) {
    test(`the command prints its URL and exits 0 on ${signal}`, async () => {
      const script = new URL("../../scripts/serve.mjs", import.meta.url).pathname;
      const child = spawn(process.execPath, [script, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      const url = await new Promise((ok, fail) => {
        child.stdout.on("data", (c) => {
          out += c;
          const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
          if (m) ok(m[0]);
        });
        child.on("exit", (code) => fail(new Error(`exited early with ${code}: ${out}`)));
      });
      assert.equal((await get(url, "/")).status, 200);
      const exited = new Promise((ok) => child.on("exit", (code, sig) => ok({ code, sig })));
      child.kill(signal);
      assert.deepEqual(await exited, { code: 0, sig: null });
    });
  }
});

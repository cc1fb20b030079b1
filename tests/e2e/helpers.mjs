// Shared helpers for the browser tests: Debian's Chromium through
// playwright-core (never a downloaded browser), one demo server per test
// file, screenshots, and a few DOM probes that pierce the widget's shadow root.
import { existsSync, mkdirSync, copyFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { chromium } from "playwright-core";
import { start } from "../../scripts/serve.mjs";

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const artifacts = join(repo, "tests", "e2e", "artifacts");
export const screenshotsDir = join(repo, "docs", "screenshots");
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

/** Launches Debian's Chromium headless. */
export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (no browser is downloaded)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** Starts scripts/serve.mjs on a free port. */
export function serve(options = {}) {
  return start({ port: 0, quiet: true, ...options });
}

/** Throws, loudly, when the widget's package has not been built. */
export function requireWidget() {
  const pkg = join(repo, "widget", "pkg");
  const missing = ["otel-feedback.js", "otel-feedback-widget.wasm"].filter((f) => !existsSync(join(pkg, f)));
  if (missing.length) {
    throw new Error(`widget/pkg/ lacks ${missing.join(", ")}: build the widget first (scripts/build-widget)`);
  }
}

/**
 * Saves a screenshot to tests/e2e/artifacts/ (ignored by git); with
 * OTEL_FEEDBACK_SCREENSHOTS=docs (scripts/screenshots) it is copied to
 * docs/screenshots/ too, so a test run leaves the work tree as it was.
 */
export async function screenshot(page, name, options = {}) {
  mkdirSync(artifacts, { recursive: true });
  const file = join(artifacts, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, ...options });
  if (process.env.OTEL_FEEDBACK_SCREENSHOTS === "docs") {
    mkdirSync(screenshotsDir, { recursive: true });
    copyFileSync(file, join(screenshotsDir, `${name}.png`));
  }
  return file;
}

/** Collects console errors and warnings, page errors and failed requests of a page. */
export function watch(page) {
  const log = { errors: [], warnings: [], pageErrors: [], failed: [] };
  page.on("console", (m) => {
    if (m.type() === "error") log.errors.push(m.text());
    if (m.type() === "warning") log.warnings.push(m.text());
  });
  page.on("pageerror", (e) => log.pageErrors.push(String(e)));
  page.on("requestfailed", (r) => log.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  return log;
}

/** The widget's host element. */
export const host = (page) => page.locator("otel-feedback-session");

/**
 * Waits until the widget says it is ready; fails with the widget's state and
 * the page's errors otherwise.
 */
export async function waitReady(page, log, timeout = 15000) {
  try {
    await page.waitForSelector("otel-feedback-session[data-state=ready]", { state: "attached", timeout });
  } catch (e) {
    const state = await page
      .locator("otel-feedback-session")
      .first()
      .getAttribute("data-state")
      .catch(() => "?");
    const extra = log ? ` console errors: ${JSON.stringify(log.errors)} page errors: ${JSON.stringify(log.pageErrors)}` : "";
    throw new Error(`widget never became ready (data-state=${state}).${extra}`);
  }
}

/** The focused element, looking through open shadow roots. */
export function deepActive(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    if (!a) return null;
    return {
      tag: a.tagName.toLowerCase(),
      id: a.id || "",
      name: a.getAttribute("name") || "",
      type: a.getAttribute("type") || "",
      value: "value" in a ? String(a.value) : "",
      checked: "checked" in a ? Boolean(a.checked) : false,
      dataAction: a.getAttribute("data-action") || "",
    };
  });
}

/** Counts elements by tag in the document and every open shadow root. */
export function countElements(page, tags) {
  return page.evaluate((tags) => {
    const counts = Object.fromEntries(tags.map((t) => [t, 0]));
    const visit = (root) => {
      for (const t of tags) counts[t] += root.querySelectorAll(t).length;
      for (const el of root.querySelectorAll("*")) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    return counts;
  }, tags);
}

/** The native CLI (core compiled natively), built if needed (a no-op when warm). */
export const CLI_PATH = join(repo, "target", "debug", "otel-feedback");
export function buildCli() {
  execFileSync("cargo", ["build", "-q", "-p", "otel-feedback-cli"], { cwd: repo, stdio: "inherit" });
  return CLI_PATH;
}

/**
 * Opens the widget's form ("Request a session"), as a visitor does before
 * filling it in; a no-op when it is open already (a draft opens it).
 */
export async function openForm(page, nth = 0) {
  const w = page.locator("otel-feedback-session").nth(nth);
  await page.waitForFunction((i) => document.querySelectorAll("otel-feedback-session")[i]?.dataset.state === "ready", nth);
  const button = w.locator("[data-action=open]");
  if (await button.isVisible()) await button.click();
  await w.locator("#ofs-organization").waitFor({ state: "attached" });
}

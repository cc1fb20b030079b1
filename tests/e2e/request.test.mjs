// What a visitor sends is right (issue 14), on en, uk, ja and pt pages:
// 1. the message is composed in message_lang, with no catalog key anywhere;
// 2. the sentence above the sessions follows the schedule (core's describe,
//    the same as `otel-feedback describe`);
// 3. email only where it can be sent, the length notice only when shortened,
//    the plain email text to copy;
// 4. outputs follow every edit;
// 6. the visitor's own handle and address as typed;
// 7. each calendar link names its session.
// (5, the text rules, is tests/e2e/corpus.test.mjs.) Screenshots of a
// composed en and uk request go to tests/e2e/artifacts/ (docs/screenshots/ with scripts/screenshots).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCli, launch, repo, requireWidget, screenshot, serve, waitReady, watch, openForm } from "./helpers.mjs";

const CLOCK = "2026-11-22T12:00:00Z";
const FIRST_SLOT = "2026-11-26T18:00:00Z";
const SECOND_SLOT = "2026-12-10T18:00:00Z";
const DEMO_CONFIG = JSON.parse(readFileSync(join(repo, "demo", "config.json"), "utf8"));
// A catalog key in text: what a missing catalog renders.
const KEY = /\b(msg|email|topic|wd|err|schedule|tz|button|label|help|notice|field|event|series|sessions)-[a-z]/;

/** A message of a catalog, as written in core/locales/<lang>.ftl (one line). */
function catalogText(lang, key) {
  const line = readFileSync(join(repo, "core", "locales", `${lang}.ftl`), "utf8")
    .split("\n")
    .find((l) => l.startsWith(`${key} = `));
  return line.slice(key.length + 3);
}

let cli;
function describeCli(lang, config) {
  const dir = mkdtempSync(join(tmpdir(), "ofs-describe-"));
  const file = join(dir, "config.json");
  writeFileSync(file, JSON.stringify(config));
  return execFileSync(cli, ["describe", "--lang", lang, "--now", CLOCK, "--config", file], { encoding: "utf8" }).trimEnd();
}
function emailTextCli(request, config) {
  const dir = mkdtempSync(join(tmpdir(), "ofs-email-"));
  const file = join(dir, "config.json");
  writeFileSync(file, JSON.stringify(config));
  const out = execFileSync(cli, ["compose", "--as", "email-text", "--config", file, "--now", CLOCK, "-"], { input: JSON.stringify(request), encoding: "utf8" });
  return out.slice(out.indexOf("\n\n") + 2);
}

describe("what a visitor sends", () => {
  let browser, server;
  before(async () => {
    requireWidget();
    cli = buildCli();
    browser = await launch();
    server = await serve();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * A page in `lang` with the demo's configuration changed by `change`
   * (an object merged into it), for a visitor in Kyiv at CLOCK.
   */
  async function open(lang, change = {}, options = {}) {
    const context = await browser.newContext({ timezoneId: "Europe/Kyiv", locale: lang === "en" ? "en-GB" : lang, viewport: { width: 1100, height: 900 }, ...options });
    const page = await context.newPage();
    const log = watch(page);
    await page.clock.setFixedTime(new Date(CLOCK));
    const config = { ...DEMO_CONFIG, ...change };
    const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/pkg/otel-feedback.js"></script></head>
<body style="max-width: 60rem; margin: 1rem auto; font-family: system-ui, sans-serif"><otel-feedback-session config="/t/config.json"><p>Fallback</p></otel-feedback-session></body></html>`;
    await page.route("**/t/page.html", (r) => r.fulfill({ status: 200, contentType: "text/html", body: html }));
    await page.route("**/t/config.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(config) }));
    await page.goto(server.url + "/t/page.html");
    await waitReady(page, log);
    await openForm(page);
    return { context, page, log, config };
  }

  const submit = (page) => page.locator("form#ofs-form button[type=submit]").click();
  async function fill(page, values = {}, slots = [FIRST_SLOT]) {
    const v = { organization: "Example Corp", name: "Ana Example", email: "ana@example.com", ...values };
    for (const [field, value] of Object.entries(v)) await page.locator(`#ofs-${field}`).fill(value);
    for (const s of slots) await page.locator(`input[name=slots][value="${s}"]`).check();
    await page.locator("input[name=topics][value=implementation]").check();
  }
  async function composed(page) {
    await submit(page);
    await page.locator("[data-output=slack]").waitFor({ state: "visible", timeout: 5000 });
    const slack = await page.locator("[data-output=slack]").inputValue();
    const hrefs = (sel) => page.locator(sel).evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    return { slack, mailto: await hrefs("a[data-output=mailto]"), ics: await hrefs("a[data-output=ics]"), gcal: await hrefs("a[data-output=gcal]") };
  }
  const decodeIcs = (href) => decodeURIComponent(href.slice(href.indexOf(",") + 1));

  // 1. message_lang
  for (const lang of ["uk", "ja", "pt"]) {
    for (const messageLang of ["en", lang]) {
      test(`a ${lang} page composes in message_lang ${messageLang}, with no catalog key in any output`, async () => {
        const { context, page, log } = await open(lang, { message_lang: messageLang, email: { to: "sig@example.org" } });
        try {
          await fill(page);
          const out = await composed(page);
          const mail = new URL(out.mailto[0]);
          const subject = mail.searchParams.get("subject");
          const body = mail.searchParams.get("body");
          const texts = { slack: out.slack, subject, body, ics: out.ics.map(decodeIcs).join("\n"), gcal: out.gcal.map((g) => decodeURIComponent(g)).join("\n") };
          for (const [name, text] of Object.entries(texts)) assert.doesNotMatch(text, KEY, `${name} has a catalog key:\n${text}`);
          const title = catalogText(messageLang, "msg-title");
          assert.ok(out.slack.startsWith(`*${title}*\n`), `the Slack message is not in ${messageLang}:\n${out.slack}`);
          assert.ok(subject.startsWith(catalogText(messageLang, "email-subject").split("{")[0]), subject);
          assert.ok(body.startsWith(catalogText(messageLang, "msg-intro")), body);
          assert.ok(out.slack.includes(catalogText(messageLang, "topic-implementation")), out.slack);
          assert.deepEqual(log.pageErrors, []);
        } finally {
          await context.close();
        }
      });
    }
  }

  // 2. the schedule sentence
  for (const lang of ["en", "uk"]) {
    test(`${lang}: the sentence above the sessions is core's, from the configured schedule`, async () => {
      const weekly = { schedule: { series: [{ weekday: "tue", time: "09:00", zone: "Europe/Berlin", every_weeks: 1, anchor: "2026-01-06", duration_minutes: 60, label: null }], cancelled: ["2026-12-29"], extra: [] } };
      for (const change of [{}, weekly]) {
        const { context, page } = await open(lang, change);
        try {
          const intro = await page.locator("#ofs-intro").textContent();
          // Core's sentence, then the visitor's zone as the browser names it in the page's language.
          const shown = lang === "en" ? "Times below are in Eastern European Time." : "Час нижче — за східноєвропейським часом.";
          assert.equal(intro, `${describeCli(lang, { ...DEMO_CONFIG, ...change })} ${shown}`);
          if (change === weekly) {
            assert.match(intro, lang === "en" ? /every Tuesday at 09:00 Central European Time/ : /щовівторка о 09:00 за центральноєвропейським часом/);
            assert.doesNotMatch(intro, lang === "en" ? /Thursday/ : /четвер/);
            // The list shows Tuesdays too.
            assert.equal(await page.locator("[data-slot]").count(), 6);
          } else {
            assert.match(intro, lang === "en" ? /on alternating Thursdays at 10:00 Pacific Time/ : /через четвер о 10:00 за тихоокеанським часом/);
          }
        } finally {
          await context.close();
        }
      }
      // A page may still give its own sentence.
      const { context, page } = await open(lang, { strings: { "sessions-help": "Our own words." } });
      try {
        assert.equal(await page.locator("#ofs-intro").textContent(), "Our own words.");
      } finally {
        await context.close();
      }
    });
  }

  // 3. email
  for (const lang of ["en", "uk"]) {
    test(`${lang}: without a recipient no email link, and where to send instead`, async () => {
      const { context, page } = await open(lang);
      try {
        await fill(page);
        await composed(page);
        assert.equal(await page.locator("a[data-output=mailto]").isVisible(), false, "an email link without a recipient");
        const notice = page.locator("#ofs-mail-no-recipient");
        assert.equal(await notice.isVisible(), true);
        assert.match(await notice.textContent(), /#otel-sig-end-user/);
        assert.equal(await page.locator("#ofs-mail-shortened").isVisible(), false);
      } finally {
        await context.close();
      }
    });

    test(`${lang}: with a recipient the link has it; the length notice and the plain text only when shortened`, async () => {
      const change = { email: { to: "sig@example.org" } };
      const { context, page, config } = await open(lang, change);
      try {
        await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
        await fill(page);
        const short = await composed(page);
        assert.ok(short.mailto[0].startsWith("mailto:sig@example.org?subject="), short.mailto[0]);
        assert.equal(await page.locator("#ofs-mail-shortened").isVisible(), false, "a short email is not shortened");
        assert.equal(await page.locator("[data-action=copy-email]").isVisible(), false);
        // 1,500 Cyrillic characters: 6 bytes each in the URL, far past its limit.
        const details = "Деталі нашого розгортання. ".repeat(55).trim();
        await page.locator("#ofs-details").fill(details);
        await submit(page);
        await page.locator("#ofs-mail-shortened").waitFor({ state: "visible", timeout: 5000 });
        const href = await page.locator("a[data-output=mailto]").getAttribute("href");
        assert.ok(href.length <= 1800, `${href.length}`);
        const text = await page.locator("[data-output=email-text]").inputValue();
        const request = { organization: "Example Corp", name: "Ana Example", email: "ana@example.com", topics: ["implementation"], slots: [FIRST_SLOT], details, lang, tz: "Europe/Kyiv" };
        assert.equal(text.replaceAll("Europe/Kiev", "Europe/Kyiv"), emailTextCli(request, config).replace(/ [A-Z]{3,4} \(Europe\/Kyiv, /g, " Europe/Kyiv ("));
        assert.ok(text.includes(details), "the full details");
        assert.doesNotMatch(text, /^\*|\*\n/m, "Slack markup in the email text");
        await page.locator("[data-action=copy-email]").click();
        await page.locator("#ofs-copy-email-status").filter({ hasText: /\S/ }).waitFor({ timeout: 5000 });
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text);
      } finally {
        await context.close();
      }
    });
  }

  // 4. outputs follow the form
  for (const lang of ["en", "uk"]) {
    test(`${lang}: an edit after a check recomputes the outputs, or takes them away`, async () => {
      const { context, page } = await open(lang);
      try {
        await fill(page);
        const before = await composed(page);
        assert.ok(before.slack.includes("Example Corp"));
        await page.locator("#ofs-organization").fill("Other Org");
        assert.ok((await page.locator("[data-output=slack]").inputValue()).includes("Other Org"), "not recomputed after an edit");
        await page.locator("input[name=topics][value=adoption]").check();
        assert.ok((await page.locator("[data-output=slack]").inputValue()).includes(catalogText("en", "topic-adoption")));
        await page.locator("#ofs-name").fill("");
        assert.equal(await page.locator(".ofs-output").isVisible(), false, "outputs shown for an invalid form");
        assert.equal(await page.locator("[data-output=slack]").count(), 0, "the old message can still be copied");
        assert.equal(await page.locator(".ofs-valid").count(), 0);
        // Valid again: still nothing until the next check.
        await page.locator("#ofs-name").fill("Ana Example");
        assert.equal(await page.locator(".ofs-output").isVisible(), false);
        await submit(page);
        await page.locator("[data-output=slack]").waitFor({ state: "visible", timeout: 5000 });
      } finally {
        await context.close();
      }
    });
  }

  // 6. the visitor's own handle and address
  for (const lang of ["en", "uk"]) {
    test(`${lang}: the visitor's handle and an IDN address as typed; others' mentions still inert`, async () => {
      const { context, page } = await open(lang, { email: { to: "sig@example.org" } });
      try {
        await fill(page, { email: "jane@münchen.de", slack: "@jane", details: "cc @here and <@U012AB3CD>" });
        const out = await composed(page);
        assert.match(out.slack, /:\* @jane\n/, `the handle is not as typed:\n${JSON.stringify(out.slack)}`);
        assert.ok(out.slack.includes("jane@münchen.de"), out.slack);
        assert.ok(!out.slack.includes("xn--"), out.slack);
        assert.ok(out.slack.includes("@\u2060here") && out.slack.includes("<\u2060@"), JSON.stringify(out.slack));
        const body = new URL(out.mailto[0]).searchParams.get("body");
        assert.ok(body.includes("jane@münchen.de") && out.mailto[0].includes("m%C3%BCnchen") && !out.mailto[0].includes("xn--"), out.mailto[0]);
        // A member id, too.
        await page.locator("#ofs-slack").fill("U03UARAJ405");
        assert.match(await page.locator("[data-output=slack]").inputValue(), /:\* U03UARAJ405\n/);
      } finally {
        await context.close();
      }
    });
  }

  // 7. each repeated link names its session
  for (const lang of ["en", "uk"]) {
    test(`${lang}: each calendar link says which session it is for`, async () => {
      const { context, page } = await open(lang);
      try {
        await fill(page, {}, [FIRST_SLOT, SECOND_SLOT]);
        await composed(page);
        for (const kind of ["ics", "gcal"]) {
          const links = page.locator(`a[data-output=${kind}]`);
          assert.equal(await links.count(), 2);
          const names = await links.evaluateAll((as) => as.map((a) => a.textContent));
          assert.notEqual(names[0], names[1], `${kind} links read the same: ${names}`);
          // The session's day in the visitor's zone (26 and 10, Kyiv).
          assert.match(names[0], /\b26\b/);
          assert.match(names[1], /\b10\b/);
          // Their accessible name is their text.
          assert.equal(await page.getByRole("link", { name: names[0], exact: true }).count(), 1);
        }
      } finally {
        await context.close();
      }
    });
  }

  // Screenshots of a composed request, to look at.
  for (const lang of ["en", "uk"]) {
    test(`screenshot: a composed ${lang} request`, async () => {
      const { context, page } = await open(lang, {}, { viewport: { width: 1100, height: 900 } });
      try {
        await fill(page, { slack: "@ana", details: lang === "uk" ? "Ми маємо 300 колекторів.\nTail sampling складний." : "We run 300 collectors.\nTail sampling is hard." }, [FIRST_SLOT, SECOND_SLOT]);
        await composed(page);
        await screenshot(page, `request-${lang}`);
      } finally {
        await context.close();
      }
    });
  }
});

// The shared corpus of real names and hostile strings
// (tests/corpus/names.json) typed into the widget, on an en and a uk page:
// each answer (valid, or the error at that field) is the one the native CLI
// (`otel-feedback validate`, core natively) gives for the text the field
// holds, and the one the corpus expects. core/tests/corpus.rs and
// cli/tests/corpus_cli.rs check the other two against the same file. A
// valid case with `slack`: the widget's Slack message holds that text (typed
// text made inert, reading the same).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCli, launch, repo, requireWidget, serve, waitReady, watch, openForm } from "./helpers.mjs";

const CLOCK = "2026-11-22T12:00:00Z";
const corpus = JSON.parse(readFileSync(join(repo, "tests", "corpus", "names.json"), "utf8"));

let cli;
/** The CLI's errors for `request` in `lang` ([] when valid). */
function cliErrors(request, lang) {
  try {
    execFileSync(cli, ["validate", "--lang", lang, "--now", CLOCK, "-"], { input: JSON.stringify(request), encoding: "utf8" });
    return [];
  } catch (e) {
    if (e.status !== 1) throw e;
    return JSON.parse(e.stdout);
  }
}

describe("the shared corpus in the widget", () => {
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

  for (const [lang, path] of [["en", ""], ["uk", "uk/"]]) {
    test(`${lang}: every case gets the CLI's answer and the corpus's`, async () => {
      const context = await browser.newContext({ timezoneId: "Europe/Kyiv", locale: lang });
      const page = await context.newPage();
      const log = watch(page);
      await page.clock.setFixedTime(new Date(CLOCK));
      await page.goto(server.url + path);
      await waitReady(page, log);
      await openForm(page);
      const mismatches = [];
      try {
        for (const c of corpus.cases) {
          await page.locator("[data-action=clear]").click();
          const values = { ...corpus.base, [c.field]: c.value };
          for (const [field, value] of Object.entries(values)) {
            if (field === "topics") continue;
            // As a paste would: the browser's own rules for the control apply
            // (an <input> drops line breaks; a <textarea> keeps them).
            await page.locator(`#ofs-${field}`).evaluate((e, v) => {
              e.value = v;
              e.dispatchEvent(new Event("input", { bubbles: true }));
            }, value);
          }
          await page.locator("input[name=topics][value=adoption]").check();
          await page.locator("#ofs-no-slot").check();
          await page.locator("form#ofs-form button[type=submit]").click();
          await page.locator("[data-output=slack], .ofs-error-summary:not([hidden])").first().waitFor({ timeout: 5000 });
          const held = await page.locator(`#ofs-${c.field}`).inputValue();
          const errors = await page.locator(".ofs-error-summary a").evaluateAll((as) => as.map((a) => ({ field: a.dataset.field, message: a.textContent })));
          const expected = cliErrors({ ...corpus.base, [c.field]: held }, lang).map((e) => ({ field: e.field, message: e.message }));
          if (JSON.stringify(errors) !== JSON.stringify(expected)) mismatches.push({ why: c.why, widget: errors, cli: expected });
          // Where the field kept the text as given, the corpus's answer too.
          if (held === c.value.replaceAll("\r\n", "\n")) {
            if (c.expect === null) {
              assert.deepEqual(errors, [], `${c.why}: refused`);
              if (c.slack) {
                const text = await page.locator("[data-output=slack]").inputValue();
                assert.ok(text.includes(c.slack), `${c.why}: ${JSON.stringify(c.slack)} not in ${JSON.stringify(text)}`);
                assert.doesNotMatch(text, /<(?!\u2060)/, `${c.why}: a < Slack would read as markup`);
              }
            }
            else {
              assert.equal(errors.length, 1, `${c.why}: ${JSON.stringify(errors)}`);
              assert.equal(errors[0].field, c.field, c.why);
              if (c.expect.char) assert.ok(errors[0].message.includes(c.expect.char), `${c.why}: ${errors[0].message}`);
            }
          }
        }
        assert.deepEqual(mismatches, []);
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }
});

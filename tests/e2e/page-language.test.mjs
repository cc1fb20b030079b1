// The page's language, all the way (issue 27, item 3): on uk, ja and pt
// pages the intro names the visitor's zone as the page's language does
// (the browser's Intl name, never the IANA id), the Japanese list keeps
// Japanese punctuation (full-width brackets and 、, never Intl's
// half-width ones), and the form says the message is written in the
// channel's language (English) and composes it in the page's on request.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, repo, requireWidget, screenshot, serve, waitReady, watch, openForm } from "./helpers.mjs";

const CLOCK = "2026-11-22T12:00:00Z";
const FIRST_SLOT = "2026-11-26T18:00:00Z";
const DEMO_CONFIG = JSON.parse(readFileSync(join(repo, "demo", "config.json"), "utf8"));
const catalogText = (lang, key) => {
  const line = readFileSync(join(repo, "core", "locales", `${lang}.ftl`), "utf8").split("\n").find((l) => l.startsWith(`${key} = `));
  return line.slice(key.length + 3);
};

describe("the page's language", () => {
  let browser, server;
  before(async () => {
    requireWidget();
    browser = await launch();
    server = await serve();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(lang, timezoneId, change = {}) {
    const context = await browser.newContext({ timezoneId, locale: lang, viewport: { width: 1000, height: 1400 } });
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
    return { context, page, log };
  }
  const intro = (page) => page.locator("#ofs-intro").textContent();

  // What each page says last in its intro: the zone as Chromium's Intl
  // names it in the page's language (longGeneric), in a sentence written
  // for that name.
  const SHOWN = [
    ["en", "Europe/Kyiv", "Times below are in Eastern European Time."],
    ["en", "Asia/Tokyo", "Times below are in Japan Standard Time."],
    ["uk", "Europe/Kyiv", "Час нижче — за східноєвропейським часом."],
    ["uk", "America/Los_Angeles", "Час нижче — за північноамериканським тихоокеанським часом."],
    ["ja", "Europe/Lisbon", "以下の時刻は西ヨーロッパ時間です。"],
    ["ja", "Europe/Kyiv", "以下の時刻は東ヨーロッパ時間です。"],
    ["pt", "America/Sao_Paulo", "Os horários abaixo estão no Horário Padrão de Brasília."],
    ["pt", "Europe/Kyiv", "Os horários abaixo estão no Horário da Europa Oriental."],
    ["uk", "UTC", "Час нижче — за всесвітнім координованим часом."],
  ];
  for (const [lang, zone, want] of SHOWN) {
    test(`${lang} in ${zone}: the intro names the zone in the page's language, never by its IANA id`, async () => {
      const { context, page, log } = await open(lang, zone);
      try {
        const text = await intro(page);
        assert.ok(text.endsWith(want), text);
        assert.doesNotMatch(text, /[A-Z][a-z]+\/[A-Z]/, text);
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }

  test("uk: a zone picked later is named in Ukrainian too, in the intro and the live region", async () => {
    const { context, page } = await open("uk", "Europe/Kyiv");
    try {
      await page.locator("#ofs-tz").fill("Asia/Tokyo");
      await page.locator("#ofs-tz").press("Enter");
      await page.waitForFunction(() => document.querySelector("otel-feedback-session").shadowRoot.querySelector("#ofs-intro").textContent.includes("японським"));
      assert.ok((await intro(page)).endsWith("Час нижче — за японським стандартним часом."), await intro(page));
      const status = await page.locator("#ofs-tz-status").textContent();
      assert.equal(status, "Тепер час показано за японським стандартним часом.");
    } finally {
      await context.close();
    }
  });

  test("ja: the source time and the screen-reader label use Japanese punctuation only", async () => {
    const { context, page } = await open("ja", "Asia/Tokyo");
    try {
      const source = await page.locator("[data-slot] .ofs-source").first().textContent();
      assert.doesNotMatch(source, /[(),]/, source);
      assert.match(source, /^木曜 10:00（.+時間、PT）$/, source);
      const sr = await page.locator("[data-slot] .ofs-sr").first().textContent();
      assert.doesNotMatch(sr, /[(),]/, sr);
      assert.match(sr, /、木曜 10:00（/, sr);
      // A session on the visitor's next day: its marker joins with 、 too.
      assert.match(sr, /、あなたのタイムゾーンでは翌日$/, sr);
      await screenshot(page, "ja-list");
    } finally {
      await context.close();
    }
  });

  const MESSAGE_NOTE = {
    uk: ["Повідомлення написано мовою каналу, щоб його могли прочитати всі учасники: англійська.", "Написати повідомлення мовою цієї сторінки (українська)"],
    ja: ["メッセージは、チャンネルの全員が読めるようにチャンネルの言語（英語）で書かれています。", "メッセージをこのページの言語（日本語）で書く"],
    pt: ["A mensagem está escrita em inglês, o idioma do canal, para que todos lá possam lê-la.", "Escrever a mensagem em português, o idioma desta página"],
  };
  for (const [lang, [note, label]] of Object.entries(MESSAGE_NOTE)) {
    test(`${lang}: the form says the message is in the channel's language (English) and writes it in ${lang} on request, remembered`, async () => {
      const { context, page, log } = await open(lang, "Europe/Kyiv");
      try {
        await openForm(page);
        assert.equal(await page.locator("#ofs-msg-lang-note").textContent(), note);
        assert.equal(await page.locator("label[for=ofs-msg-own]").textContent(), label);
        for (const [field, value] of Object.entries({ organization: "Example Corp", name: "Ana Example", email: "ana@example.com" })) await page.locator(`#ofs-${field}`).fill(value);
        await page.locator(`input[name=slots][value="${FIRST_SLOT}"]`).check();
        await page.locator("input[name=topics][value=implementation]").check();
        await page.locator("form#ofs-form button[type=submit]").click();
        const message = page.locator("[data-output=slack]");
        await message.waitFor({ state: "visible" });
        assert.ok((await message.inputValue()).includes(catalogText("en", "msg-intro")), await message.inputValue());
        await page.locator("#ofs-msg-own").check();
        await page.waitForFunction((start) => document.querySelector("otel-feedback-session").shadowRoot.querySelector("[data-output=slack]")?.value.includes(start), catalogText(lang, "msg-intro"));
        assert.notEqual(await page.locator("#ofs-msg-lang-note").textContent(), note, "the note says the message is in the page's language now");
        await screenshot(page, `${lang}-message-language`);
        // The choice is the visitor's: kept for their next visit.
        await page.reload();
        await waitReady(page, log);
        await openForm(page);
        assert.equal(await page.locator("#ofs-msg-own").isChecked(), true);
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }

  test("en: a page in the channel's language offers no choice of language", async () => {
    const { context, page } = await open("en", "Europe/Kyiv");
    try {
      await openForm(page);
      assert.equal(await page.locator("#ofs-msg-lang").isVisible(), false);
    } finally {
      await context.close();
    }
  });
});

// The zone picker (issue 15, points 1 and 7): what people type means the
// zone they meant (core's zone::lookup, through the picker's own wasm,
// otel-feedback-zones.wasm, loaded on the first focus of the box), a typo keeps
// the previous zone and says what was meant, the keyboard works the ARIA
// combobox, and the labels say which city. The browser's zone and clock are
// fixed; each expected session comes from the native CLI (core).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { buildCli, launch, repo, requireWidget, screenshot, serve, waitReady, watch } from "./helpers.mjs";

const CLOCK = "2026-11-22T12:00:00Z";
const CONFIG = join(repo, "demo", "config.json");
let CLI;

/** The first session's local time in `zone`, as core computes it. */
function firstLocal(zone) {
  const out = execFileSync(CLI, ["slots", "--tz", zone, "--after", CLOCK, "--count", "1", "--format", "json", "--config", CONFIG], {
    encoding: "utf8",
    env: { ...process.env, OTEL_FEEDBACK_TZDATA: "bundled" },
  });
  return JSON.parse(out)[0].local.replace(/Z$/, "+00:00");
}

describe("the zone picker", () => {
  let browser, server;
  before(async () => {
    requireWidget();
    CLI = buildCli();
    browser = await launch();
    server = await serve();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path = "", options = {}, init) {
    const { picker, ...rest } = options;
    const context = await browser.newContext({ timezoneId: "America/New_York", locale: "en-US", ...rest });
    const page = await context.newPage();
    const log = watch(page);
    log.requests = [];
    page.on("request", (r) => log.requests.push(new URL(r.url()).pathname));
    if (init) await page.addInitScript(init);
    await page.clock.setFixedTime(new Date(CLOCK));
    await page.goto(server.url + path);
    await waitReady(page, log);
    if (picker !== false) await ready(page);
    return { context, page, log };
  }
  const tz = (page) => page.locator("#ofs-tz");
  /** Focuses the box and waits for the picker's module (loaded then). */
  async function ready(page) {
    await tz(page).focus();
    await page.locator("#ofs-tz[data-picker=ready]").waitFor({ state: "attached", timeout: 10000 });
  }
  const first = (page) => page.locator("[data-slot]").first().getAttribute("data-local");
  const offset = (s) => s.replace(/Z$/, "+00:00");
  /** Types `text` into the empty box and presses `key`. */
  async function type(page, text, key = "Enter") {
    await tz(page).fill("");
    await tz(page).pressSequentially(text);
    await tz(page).press(key);
  }

  const FOUND = [
    ["Tokyo", "Asia/Tokyo"],
    ["kyiv", "Europe/Kyiv"],
    ["Kiev", "Europe/Kyiv"],
    ["sao paulo", "America/Sao_Paulo"],
    ["utc", "UTC"],
    ["Japan Standard Time", "Asia/Tokyo"],
    ["ASIA/KOLKATA", "Asia/Kolkata"],
  ];
  test("a city, an old name, any case, UTC and a generic name mean their zone", async () => {
    const { context, page, log } = await open();
    try {
      for (const [text, zone] of FOUND) {
        await type(page, text);
        assert.equal(await tz(page).inputValue(), zone, text);
        assert.equal(await tz(page).getAttribute("aria-invalid"), null, text);
        assert.equal(offset(await first(page)), firstLocal(zone), `${text}: the sessions are in ${zone}`);
      }
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test("the picker is no part of the page's load: its bundle and wasm are fetched once, on the first focus of the box", async () => {
    const { context, page, log } = await open("", { picker: false });
    try {
      const picker = (p) => p.endsWith("otel-feedback-picker.js") || p.endsWith("otel-feedback-zones.wasm");
      assert.deepEqual(log.requests.filter(picker), [], "not loaded with the page");
      assert.equal(await tz(page).getAttribute("data-picker"), null);
      const t0 = Date.now();
      await ready(page);
      console.log(`# the picker ready after the first focus: ${Date.now() - t0} ms`);
      await tz(page).blur();
      await ready(page);
      assert.equal(log.requests.filter((p) => p.endsWith("otel-feedback-picker.js")).length, 1, "its bundle, once");
      assert.equal(log.requests.filter((p) => p.endsWith("otel-feedback-zones.wasm")).length, 1, "its wasm, once");
      await type(page, "Tokyo");
      assert.equal(await tz(page).inputValue(), "Asia/Tokyo");
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test("before its module has loaded, the box is a text field: a zone's name applies on change", async () => {
    const { context, page } = await open("", { picker: false });
    try {
      // The picker's files never arrive.
      await page.route(/otel-feedback-(picker\.js|zones\.wasm)$/, () => {});
      await tz(page).fill("Asia/Tokyo");
      await tz(page).press("Enter");
      assert.equal(offset(await first(page)), firstLocal("Asia/Tokyo"));
      assert.equal(await tz(page).getAttribute("data-picker"), null);
    } finally {
      await context.close();
    }
  });

  test("a typo keeps the previous zone, marks the field and offers core's suggestion; ArrowDown + Enter takes it", async () => {
    const { context, page, log } = await open();
    try {
      const before = await first(page);
      assert.equal(offset(before), firstLocal("America/New_York"));
      await type(page, "Tokio");
      assert.equal(await tz(page).getAttribute("aria-invalid"), "true");
      const error = page.locator("#ofs-tz-error");
      assert.equal(await error.innerText(), "No time zone matches “Tokio”. Did you mean Asia/Tokyo? Times stay in Eastern Time.");
      assert.equal(await first(page), before, "the sessions stay in New York, never UTC");
      // The suggestion is an option of the listbox.
      assert.equal(await tz(page).getAttribute("aria-expanded"), "true");
      assert.deepEqual(await page.locator("#ofs-tz-list [role=option]").evaluateAll((o) => o.map((e) => e.dataset.zone)), ["Asia/Tokyo"]);
      await tz(page).press("ArrowDown");
      assert.equal(await tz(page).getAttribute("aria-activedescendant"), "ofs-tz-opt-0");
      await tz(page).press("Enter");
      assert.equal(await tz(page).inputValue(), "Asia/Tokyo");
      assert.equal(await tz(page).getAttribute("aria-invalid"), null);
      assert.equal(await error.isVisible(), false);
      assert.equal(offset(await first(page)), firstLocal("Asia/Tokyo"));
      // Nothing near: said too, the zone kept.
      await type(page, "Nowhere at all");
      assert.equal(await error.innerText(), "No time zone matches “Nowhere at all”; times stay in Japan Standard Time.");
      assert.equal(offset(await first(page)), firstLocal("Asia/Tokyo"));
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test("a generic name several zones share (Pacific Time) asks which, keeping the zone", async () => {
    const { context, page } = await open();
    try {
      const before = await first(page);
      await type(page, "Pacific Time");
      assert.equal(await tz(page).getAttribute("aria-invalid"), "true");
      assert.equal(
        await page.locator("#ofs-tz-error").innerText(),
        "Several time zones are called “Pacific Time”: America/Los_Angeles or America/Tijuana. Pick one; times stay in Eastern Time.",
      );
      assert.equal(await first(page), before);
      await tz(page).press("ArrowDown");
      await tz(page).press("Enter");
      assert.equal(await tz(page).inputValue(), "America/Los_Angeles");
      assert.equal(offset(await first(page)), firstLocal("America/Los_Angeles"));
    } finally {
      await context.close();
    }
  });

  test("an empty box and Enter keeps the zone; Escape puts it back", async () => {
    const { context, page } = await open();
    try {
      const before = await first(page);
      await tz(page).fill("");
      await tz(page).press("Enter");
      assert.equal(await tz(page).inputValue(), "America/New_York");
      assert.equal(await tz(page).getAttribute("aria-invalid"), null);
      assert.equal(await first(page), before);
      await tz(page).fill("Lond");
      assert.equal(await tz(page).getAttribute("aria-expanded"), "true");
      await tz(page).press("Escape");
      assert.equal(await tz(page).getAttribute("aria-expanded"), "false", "the first Escape closes the list");
      await tz(page).press("Escape");
      assert.equal(await tz(page).inputValue(), "America/New_York", "the second puts the zone back");
      assert.equal(await first(page), before);
    } finally {
      await context.close();
    }
  });

  test("suggestions as one types, keyboard first: each option shows its label, local time and offset", async () => {
    const { context, page } = await open();
    try {
      assert.equal(await tz(page).getAttribute("role"), "combobox");
      assert.equal(await tz(page).getAttribute("aria-controls"), "ofs-tz-list");
      assert.equal(await page.locator("#ofs-tz-list").getAttribute("role"), "listbox");
      await tz(page).fill("");
      await tz(page).pressSequentially("kolk");
      const options = page.locator("#ofs-tz-list [role=option]");
      assert.equal(await options.first().getAttribute("data-zone"), "Asia/Kolkata");
      // 12:00Z is 17:30 in Kolkata.
      assert.match(await options.first().innerText(), /India Standard Time · 5:30\sPM GMT\+5:30/);
      await tz(page).press("ArrowDown");
      assert.equal(await options.first().getAttribute("aria-selected"), "true");
      await tz(page).press("ArrowUp");
      await tz(page).press("ArrowDown");
      await tz(page).press("Enter");
      assert.equal(await tz(page).inputValue(), "Asia/Kolkata");
      assert.equal(await tz(page).getAttribute("aria-expanded"), "false");
      // A generic name, as one types it: "Pacific" lists Los Angeles.
      await tz(page).fill("");
      await tz(page).pressSequentially("Pacific T");
      assert.ok((await options.evaluateAll((o) => o.map((e) => e.dataset.zone))).includes("America/Los_Angeles"));
      // Tab takes the active option and leaves the box.
      await tz(page).press("ArrowDown");
      const zone = await options.first().getAttribute("data-zone");
      await tz(page).press("Tab");
      assert.equal(await tz(page).inputValue(), zone);
      assert.equal(offset(await first(page)), firstLocal(zone));
    } finally {
      await context.close();
    }
  });

  test("on a Ukrainian page, Київ means Europe/Kyiv and Токіо Asia/Tokyo", async () => {
    const { context, page, log } = await open("uk/", { locale: "uk-UA" });
    try {
      await type(page, "Київ");
      assert.equal(await tz(page).inputValue(), "Europe/Kyiv");
      assert.equal(offset(await first(page)), firstLocal("Europe/Kyiv"));
      // CLDR's Ukrainian cities (tests/e2e/zone-box.test.mjs has more).
      await type(page, "Токіо");
      assert.equal(await tz(page).inputValue(), "Asia/Tokyo");
      await type(page, "Токіа");
      assert.match(await page.locator("#ofs-tz-error").innerText(), /^Жоден часовий пояс не відповідає «Токіа»/);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test("a browser that names no zone: UTC with a notice asking to pick one", async () => {
    const { context, page } = await open("", {}, () => {
      const real = Intl.DateTimeFormat.prototype.resolvedOptions;
      Intl.DateTimeFormat.prototype.resolvedOptions = function () {
        const o = real.call(this);
        delete o.timeZone;
        return o;
      };
    });
    try {
      assert.equal(await tz(page).inputValue(), "UTC");
      assert.match(await page.locator("#ofs-zone-notice").innerText(), /does not say which time zone you are in.*pick your zone/);
    } finally {
      await context.close();
    }
  });

  test("labels say which city: the source time names Los Angeles, a Vancouver visitor's time names Vancouver", async () => {
    for (const [zone, own] of [["America/Vancouver", true], ["America/Los_Angeles", false], ["Europe/Kyiv", false]]) {
      const { context, page } = await open("", { timezoneId: zone, locale: "en-US" });
      try {
        const source = await page.locator("[data-slot] .ofs-source").first().innerText();
        assert.match(source, /^Thu 10:00\sAM Los Angeles time \(PT\)$/, zone);
        const time = await page.locator("[data-slot] .ofs-time").first().innerText();
        if (own) assert.match(time, /^11:00\sAM Vancouver time$/, `${zone}: ${time}`);
        else assert.doesNotMatch(time, /time$/, `${zone}: ${time}`);
      } finally {
        await context.close();
      }
    }
  });

  for (const scheme of ["light", "dark"]) {
    for (const width of [360, 1200]) {
      test(`screenshots: suggestions and an invalid zone, ${scheme}, ${width} px`, async () => {
        const { context, page } = await open("", { colorScheme: scheme, viewport: { width, height: 720 } });
        try {
          // The widget's zone field and what is under it.
          const shot = async (name) => {
            const box = await page.locator("#ofs-tz").boundingBox();
            const y = box.y + (await page.evaluate(() => window.scrollY));
            await screenshot(page, `picker-${name}-${scheme}-${width}`, { clip: { x: 0, y: Math.max(0, y - 200), width, height: 600 } });
          };
          await tz(page).fill("");
          await tz(page).pressSequentially("to");
          await tz(page).press("ArrowDown");
          await shot("suggestions");
          await type(page, "Tokio");
          await shot("invalid");
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.equal(overflow, 0, "no horizontal scroll");
        } finally {
          await context.close();
        }
      });
    }
  }
});

// The request form as a visitor uses it: keyboard only, validation errors,
// a valid submit and its outputs (Slack text, mailto:, .ics), hostile input,
// and drafts across a reload.
import { after, before, beforeEach, afterEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { buildCli, countElements, deepActive, launch, repo, requireWidget, serve, waitReady, watch, openForm } from "./helpers.mjs";

const CLI = join(repo, "target", "debug", "otel-feedback");

/**
 * The native CLI's composition of the same request (core, natively), over
 * the page's configuration: the demo's with the recipient (no recipient, no
 * mailto: `compose --as email` refuses one without).
 */
function cliCompose(as, request) {
  const config = JSON.parse(readFileSync(join(repo, "demo", "config.json"), "utf8"));
  config.email.to = RECIPIENT;
  const file = join(mkdtempSync(join(tmpdir(), "ofs-form-")), "config.json");
  writeFileSync(file, JSON.stringify(config));
  return execFileSync(CLI, ["compose", "--as", as, "--config", file, "--now", CLOCK, "-"], {
    input: JSON.stringify(request),
    encoding: "utf8",
  }).replace(/\n$/, as === "slack" ? "\n" : "");
}

/**
 * The widget names the visitor's zone from Intl, which has no abbreviation
 * ("20:00 Europe/Kiev (UTC+02:00)"); natively chrono-tz adds one ("20:00 EET
 * (Europe/Kiev, UTC+02:00)"); Kiev and Kyiv name the same zone. Everything
 * else must be identical.
 */
const sameZoneForm = (text) =>
  text
    .replace(/(\d\d:\d\d) [A-Z][A-Za-z0-9+-]{1,5} \((Europe\/Kiev|Europe\/Kyiv), (UTC[+-]\d\d:\d\d)\)/g, "$1 $2 ($3)")
    // Chromium's Intl says Europe/Kiev, the widget may canonicalize to Kyiv.
    .replaceAll("Europe/Kiev", "Europe/Kyiv");

// A Monday in Kyiv; the next sessions are Thursdays 2026-11-26, 12-10, ...
const CLOCK = "2026-11-22T12:00:00Z";
const RECIPIENT = "sig-end-user@example.org";
const ZONE = "Europe/Kyiv";
const FIRST_SLOT = "2026-11-26T18:00:00Z";
const SECOND_SLOT = "2026-12-10T18:00:00Z";
const TEXT_FIELDS = ["organization", "name", "email", "slack", "role", "details", "alternative_time"];

const VALID = {
  organization: "Example Corp",
  name: "Ana Example",
  email: "ana@example.com",
  slack: "@ana",
  role: "SRE lead",
  details: "We run 300 collectors.\nTail sampling is hard.",
};

/** The text of an output: a textarea's value or an element's text. */
const outputText = (locator) => locator.evaluate((e) => (e instanceof HTMLTextAreaElement ? e.value : e.textContent));

/** Splits a mailto: URL into recipient and decoded header fields. */
function parseMailto(href) {
  assert.ok(href.startsWith("mailto:"), href);
  const rest = href.slice("mailto:".length);
  const q = rest.indexOf("?");
  const to = decodeURIComponent(q < 0 ? rest : rest.slice(0, q));
  const fields = {};
  const raw = {};
  for (const part of q < 0 ? [] : rest.slice(q + 1).split("&")) {
    const eq = part.indexOf("=");
    const key = decodeURIComponent(part.slice(0, eq)).toLowerCase();
    assert.ok(!(key in fields), `header ${key} appears twice`);
    raw[key] = part.slice(eq + 1);
    fields[key] = decodeURIComponent(part.slice(eq + 1));
  }
  return { to, fields, raw };
}

/** Decodes a data:text/calendar link's text. */
function decodeDataUrl(href) {
  const prefix = "data:text/calendar;charset=utf-8,";
  assert.ok(href.startsWith(prefix), href.slice(0, 60));
  return decodeURIComponent(href.slice(prefix.length));
}

/**
 * Strict RFC 5545 checks the parser may forgive, then ical.js parses it.
 * Returns the VCALENDAR component.
 */
function parseIcs(text) {
  assert.ok(text.endsWith("\r\n"), "ends with CRLF");
  assert.doesNotMatch(text.replace(/\r\n/g, ""), /[\r\n]/, "only CRLF line breaks");
  const physical = text.slice(0, -2).split("\r\n");
  for (const line of physical) {
    assert.ok(Buffer.byteLength(line, "utf8") <= 75, `line longer than 75 octets: ${line}`);
  }
  const lines = text.replace(/\r\n[ \t]/g, "").slice(0, -2).split("\r\n");
  assert.equal(lines[0], "BEGIN:VCALENDAR");
  assert.equal(lines.at(-1), "END:VCALENDAR");
  assert.ok(lines.includes("VERSION:2.0"), "VERSION:2.0");
  assert.ok(lines.some((l) => l.startsWith("PRODID:")), "PRODID");
  const stack = [];
  for (const l of lines) {
    if (l.startsWith("BEGIN:")) stack.push(l.slice(6));
    if (l.startsWith("END:")) assert.equal(stack.pop(), l.slice(4), "BEGIN/END nesting");
  }
  assert.equal(stack.length, 0);
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  return cal;
}

describe("the request form", () => {
  let browser, server, context, page, log;
  before(async () => {
    requireWidget();
    buildCli();
    browser = await launch();
    server = await serve();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ timezoneId: ZONE, locale: "en-GB" });
    page = await context.newPage();
    log = watch(page);
    await page.clock.setFixedTime(new Date(CLOCK));
    // With a recipient: without one the widget offers no email link
    // (tests/e2e/request.test.mjs).
    const config = JSON.parse(readFileSync(join(repo, "demo", "config.json"), "utf8"));
    config.email.to = RECIPIENT;
    await page.route("**/config.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(config) }));
    await page.goto(server.url);
    await waitReady(page, log);
    await openForm(page);
  });
  afterEach(async () => {
    await context?.close();
  });

  const submit = () => page.locator("form#ofs-form button[type=submit]").click();

  async function fillValid() {
    for (const [field, value] of Object.entries(VALID)) await page.locator(`#ofs-${field}`).fill(value);
    await page.locator(`input[name=slots][value="${FIRST_SLOT}"]`).check();
    await page.locator("input[name=topics][value=implementation]").check();
    await page.locator("input[name=topics][value=adoption]").check();
    await page.locator("#ofs-delete_recording").check();
  }

  // The model reads the clock at each answer: a session that starts while
  // the page is open is refused at submit, and the list is redrawn without
  // it (the draft follows).
  test("a picked session that has started since the page loaded: refused, and gone from the list", async () => {
    await fillValid();
    await page.locator(`input[name=slots][value="${SECOND_SLOT}"]`).check();
    await page.clock.setFixedTime(new Date(Date.parse(FIRST_SLOT) + 60e3));
    await submit();
    const error = page.locator("#ofs-slots-error");
    await error.waitFor({ state: "visible", timeout: 5000 });
    assert.match(await error.textContent(), /already passed/);
    assert.equal(await page.locator(`[data-slot="${FIRST_SLOT}"]`).count(), 0, "the started session is still listed");
    assert.equal(await page.locator(`input[name=slots][value="${SECOND_SLOT}"]`).isChecked(), true, "the other pick was kept");
    const draft = await page.evaluate(() => localStorage.getItem("otel-feedback:draft"));
    assert.ok(!draft.includes(FIRST_SLOT) && draft.includes(SECOND_SLOT), draft);
    // Submitting again now succeeds with the remaining pick.
    await submit();
    await page.locator("[data-output=slack]").waitFor({ state: "visible", timeout: 5000 });
  });

  test("keyboard only: Tab, typing, Space and Enter fill and submit the whole form", async () => {
    const todo = new Map([
      ...Object.entries(VALID).map(([f, v]) => [`ofs-${f}`, { kind: "type", value: v }]),
      [`slot:${FIRST_SLOT}`, { kind: "space" }],
      ["topic:implementation", { kind: "space" }],
      ["ofs-delete_recording", { kind: "space" }],
    ]);
    const key = (a) => (a.name === "slots" ? `slot:${a.value}` : a.name === "topics" ? `topic:${a.value}` : a.id);
    let submitted = false;
    for (let i = 0; i < 300 && !submitted; i++) {
      await page.keyboard.press("Tab");
      const a = await deepActive(page);
      if (!a) continue;
      const step = todo.get(key(a));
      if (step) {
        if (step.kind === "type") {
          // Multi-line details: Enter in a textarea types a newline.
          const parts = step.value.split("\n");
          for (let p = 0; p < parts.length; p++) {
            if (p) await page.keyboard.press("Enter");
            await page.keyboard.type(parts[p]);
          }
        } else {
          await page.keyboard.press("Space");
        }
        todo.delete(key(a));
      } else if (a.tag === "button" && a.type === "submit" && todo.size === 0) {
        await page.keyboard.press("Enter");
        submitted = true;
      }
    }
    assert.deepEqual([...todo.keys()], [], "fields never reached with Tab");
    assert.equal(submitted, true, "the submit button was never reached after the fields");
    const slack = page.locator("[data-output=slack]");
    await slack.waitFor({ state: "visible", timeout: 5000 });
    const text = await outputText(slack);
    for (const v of ["Example Corp", "Ana Example", "ana@example.com", "> We run 300 collectors.\n> Tail sampling is hard."]) {
      assert.ok(text.includes(v), `Slack message lacks ${JSON.stringify(v)}:\n${text}`);
    }
    assert.equal(await page.locator(`input[name=slots][value="${FIRST_SLOT}"]`).isChecked(), true);
    assert.equal(await page.locator("#ofs-delete_recording").isChecked(), true);
    assert.deepEqual(log.pageErrors, []);
  });

  test("an empty submit marks each invalid field, links the summary, focuses the first error", async () => {
    await submit();
    const summary = page.locator(".ofs-error-summary");
    await summary.waitFor({ state: "visible", timeout: 5000 });
    const invalid = await page.locator("[aria-invalid=true]").evaluateAll((els) =>
      els.map((e) => ({ id: e.id, describedby: (e.getAttribute("aria-describedby") || "").split(/\s+/) })),
    );
    const ids = invalid.map((i) => i.id);
    // The empty request breaks these rules, reported by core on these
    // fields (page order): no session and no alternative time (at the
    // sessions' fieldset), organization, name, neither email nor Slack (at
    // the contact fieldset), no topic.
    assert.deepEqual(ids, ["ofs-slots", "ofs-organization", "ofs-name", "ofs-contact", "ofs-topics"]);
    for (const { id, describedby } of invalid) {
      const errorId = `${id}-error`;
      assert.ok(describedby.includes(errorId), `${id} aria-describedby="${describedby.join(" ")}" lacks ${errorId}`);
      const error = page.locator(`#${errorId}`);
      assert.equal(await error.isVisible(), true, `${errorId} visible`);
      assert.ok((await error.innerText()).trim().length > 5, `${errorId} has a message`);
      const link = summary.locator(`a[href="#${id}"]`);
      assert.equal(await link.count(), 1, `summary links to #${id}`);
      assert.equal((await link.innerText()).trim(), (await error.innerText()).trim(), `summary and field say the same for ${id}`);
    }
    // The summary lists the errors in page order (as GOV.UK's error summary
    // does), and focus moves to the first error on the page.
    const order = await summary.locator("a[href^='#']").evaluateAll((as) => as.map((a) => a.getAttribute("href").slice(1)));
    assert.deepEqual(order, ids, "summary order is page order");
    assert.equal((await deepActive(page)).id, "ofs-slot-0", "focus is on the first error on the page: the first session");
    // A summary link moves focus to its field.
    await summary.locator('a[href="#ofs-name"]').click();
    assert.equal((await deepActive(page)).id, "ofs-name");
    // Fixing a field clears its error on the next submit, and only its.
    await page.locator("#ofs-organization").fill("Example Corp");
    await submit();
    assert.equal(await page.locator("#ofs-organization").getAttribute("aria-invalid"), null);
    assert.equal(await page.locator("#ofs-organization-error").isVisible(), false);
    assert.equal(await page.locator("#ofs-name").getAttribute("aria-invalid"), "true");
    assert.equal(await summary.locator('a[href="#ofs-organization"]').count(), 0);
  });

  test("a bad email is reported at the email field", async () => {
    await fillValid();
    await page.locator("#ofs-email").fill("ana@");
    await page.locator("#ofs-slack").fill("");
    await submit();
    await page.locator(".ofs-error-summary").waitFor({ state: "visible", timeout: 5000 });
    assert.equal(await page.locator("#ofs-email").getAttribute("aria-invalid"), "true");
    assert.equal(await page.locator("#ofs-email-error").isVisible(), true);
    assert.equal((await deepActive(page)).id, "ofs-email");
    assert.equal(await page.locator("[data-output=slack]").count(), 0);
  });

  // One broken rule at a time, on an otherwise valid form: the error is at
  // that field (aria-invalid, its own message, linked from the summary) and
  // nowhere else, and focus moves there.
  const RULES = [
    ["email without a domain", async () => page.locator("#ofs-email").fill("ana@"), "email"],
    ["email with two @", async () => page.locator("#ofs-email").fill("ana@@example.com"), "email"],
    ["a Slack group mention", async () => page.locator("#ofs-slack").fill("@channel"), "slack"],
    ["a Slack handle without @ that is no member id", async () => page.locator("#ofs-slack").fill("ana"), "slack"],
    ["a Slack handle with a bracket", async () => page.locator("#ofs-slack").fill("@ana<b>"), "slack"],
    ["no contact at all", async () => {
      await page.locator("#ofs-email").fill("");
      await page.locator("#ofs-slack").fill("");
    }, "contact"],
    ["no topic", async () => page.locator("input[name=topics][value=implementation]").uncheck().then(() => page.locator("input[name=topics][value=adoption]").uncheck()), "topics"],
    ["no session and no other time", async () => page.locator(`input[name=slots][value="${FIRST_SLOT}"]`).uncheck(), "slots"],
    ["no organization", async () => page.locator("#ofs-organization").fill("   "), "organization"],
    ["no name", async () => page.locator("#ofs-name").fill(""), "name"],
    ["a control character in the role", async () => page.locator("#ofs-role").fill("SRE\u0007lead"), "role"],
  ];
  for (const [what, breakIt, field] of RULES) {
    test(`${what}: the error is at #ofs-${field} only`, async () => {
      await fillValid();
      await breakIt();
      await submit();
      const summary = page.locator(".ofs-error-summary");
      await summary.waitFor({ state: "visible", timeout: 5000 });
      const invalid = await page.locator("[aria-invalid=true]").evaluateAll((els) => els.map((e) => e.id));
      assert.deepEqual(invalid, [`ofs-${field}`]);
      const error = page.locator(`#ofs-${field}-error`);
      assert.equal(await error.isVisible(), true);
      const message = (await error.innerText()).trim();
      assert.ok(message.length > 5, message);
      assert.deepEqual(await summary.locator("a[href^='#']").evaluateAll((as) => as.map((a) => a.getAttribute("href"))), [`#ofs-${field}`]);
      assert.equal((await summary.locator("a").innerText()).trim(), message);
      const active = await deepActive(page);
      // For the topics group, focus is on its first box.
      // For a group, focus is on its first enabled control.
      const first = { topics: "ofs-topic-special-use-cases", contact: "ofs-email", slots: "ofs-slot-0" };
      assert.equal(active.id, first[field] || `ofs-${field}`, "focus is on the field");
      assert.equal(await page.locator("[data-output=slack]").count(), 0, "no outputs");
    });
  }

  test("a fourth session cannot be ticked (at most 3)", async () => {
    const boxes = page.locator("input[name=slots]");
    assert.equal(await boxes.count(), 6);
    for (let i = 0; i < 3; i++) await boxes.nth(i).check();
    assert.equal(await boxes.nth(3).isDisabled(), true, "the 4th box is disabled");
    await boxes.nth(0).uncheck();
    assert.equal(await boxes.nth(3).isDisabled(), false, "unticking one frees the others");
  });

  test("a valid submit shows the Slack message, the mailto: link and a parseable .ics", async () => {
    await fillValid();
    await submit();
    const slack = page.locator("[data-output=slack]");
    await slack.waitFor({ state: "visible", timeout: 5000 });
    const text = await outputText(slack);
    // Every value, each on its line; details quoted line by line; the
    // handle with a word joiner after "@" so that it never pings anyone.
    for (const v of [
      "*Organization:* Example Corp\n",
      "*Contact:* Ana Example (SRE lead)\n",
      "*Email:* ana@example.com\n",
      "*Slack:* @ana\n", // the visitor's own handle, as typed
      "*Topics:* Challenges with implementation; Challenges with adoption within the organization\n",
      "> We run 300 collectors.\n> Tail sampling is hard.\n",
      "Please delete the recording",
    ]) {
      assert.ok(text.includes(v), `Slack message lacks ${JSON.stringify(v)}:\n${text}`);
    }
    // Exactly what core composes natively for the same request.
    const request = {
      ...VALID,
      topics: ["implementation", "adoption"],
      slots: [FIRST_SLOT],
      alternative_time: "",
      delete_recording: true,
      anonymize_post: false,
      lang: "en",
      tz: "Europe/Kiev",
    };
    assert.equal(sameZoneForm(text), sameZoneForm(cliCompose("slack", request)), "the Slack message is core's");
    const href = await page.locator("a[data-output=mailto]").getAttribute("href");
    const cliHref = cliCompose("email", request);
    assert.equal(sameZoneForm(parseMailto(href).fields.body), sameZoneForm(parseMailto(cliHref).fields.body), "the mail body is core's");
    assert.equal(parseMailto(href).fields.subject, parseMailto(cliHref).fields.subject, "the mail subject is core's");
    // The chosen session in Pacific Time and in the visitor's zone.
    assert.match(text, /10:00/, "Pacific time of the session");
    assert.match(text, /20:00/, "Kyiv time of the session");

    // mailto: the configured recipient, subject and body only.
    const mailto = parseMailto(await page.locator("a[data-output=mailto]").getAttribute("href"));
    assert.equal(mailto.to, RECIPIENT);
    assert.deepEqual(Object.keys(mailto.fields).sort(), ["body", "subject"]);
    assert.doesNotMatch(mailto.fields.subject, /[\r\n]/, "one-line subject");
    assert.ok(mailto.fields.subject.includes("Example Corp"), mailto.fields.subject);
    assert.doesNotMatch(mailto.raw.body, /%0A(?<!%0D%0A)|%0D(?!%0A)/i, "body breaks are %0D%0A");
    const bodyLines = mailto.fields.body.split("\r\n");
    for (const v of ["Example Corp", "Ana Example", "ana@example.com", "We run 300 collectors.", "Tail sampling is hard."]) {
      assert.ok(bodyLines.some((l) => l.includes(v)), `mail body has a line with ${JSON.stringify(v)}`);
    }
    assert.ok(bodyLines.includes("We run 300 collectors."), "the details' first line is its own body line");
    assert.ok(bodyLines.includes("Tail sampling is hard."), "the details' second line is its own body line");

    // .ics for the chosen session: one VEVENT starting at the slot.
    const ics = page.locator("a[data-output=ics]");
    assert.match((await ics.getAttribute("download")) ?? "", /\.ics$/);
    const cal = parseIcs(decodeDataUrl(await ics.getAttribute("href")));
    const events = cal.getAllSubcomponents("vevent");
    assert.equal(events.length, 1, "one VEVENT");
    const event = new ICAL.Event(events[0]);
    assert.equal(event.startDate.toJSDate().toISOString(), new Date(FIRST_SLOT).toISOString());
    assert.equal(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime(), 60 * 60 * 1000);
    assert.ok(event.uid, "UID");
    assert.ok(event.summary, "SUMMARY");
    assert.ok(events[0].getFirstPropertyValue("dtstamp"), "DTSTAMP");
    assert.ok(event.description?.includes("Example Corp"), "DESCRIPTION names the organization");

    // .ics for the whole series: one recurring VEVENT, every 2 weeks on Thursday.
    const series = page.locator("a[data-output=ics-series]");
    assert.match((await series.getAttribute("download")) ?? "", /\.ics$/);
    const seriesCal = parseIcs(decodeDataUrl(await series.getAttribute("href")));
    const seriesEvents = seriesCal.getAllSubcomponents("vevent");
    assert.equal(seriesEvents.length, 1);
    const rrule = seriesEvents[0].getFirstPropertyValue("rrule");
    assert.equal(rrule.freq, "WEEKLY");
    assert.equal(rrule.interval, 2);
    assert.deepEqual(rrule.parts.BYDAY, ["TH"]);
    const iter = new ICAL.Event(seriesEvents[0]).iterator();
    const starts = [];
    for (let t = iter.next(); t && starts.length < 30; t = iter.next()) starts.push(t.toJSDate().toISOString());
    assert.ok(starts.includes(new Date(FIRST_SLOT).toISOString()), "the series contains the chosen session");
    assert.ok(starts.includes(new Date(SECOND_SLOT).toISOString()), "and the one two weeks later");

    // Google Calendar and the Slack channel.
    const gcal = await page.locator("a[data-output=gcal]").first().getAttribute("href");
    const g = new URL(gcal);
    assert.equal(g.origin, "https://calendar.google.com");
    assert.equal(g.searchParams.get("dates"), "20261126T180000Z/20261126T190000Z");
    const channel = await page.locator("a[data-output=slack-channel]").getAttribute("href");
    assert.equal(channel, "slack://channel?team=T08PSQ7BQ&id=C01RT3MSWGZ");
    assert.equal(await page.locator("[data-action=copy]").isVisible(), true);
    assert.deepEqual(log.pageErrors, []);
  });

  const HOSTILE = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "@here",
    "\u202Egnp.exe",
  ];

  for (const evil of HOSTILE) {
    test(`hostile input ${JSON.stringify(evil)} in every text field and the zone field stays text`, async () => {
      const tags = ["img", "script", "iframe", "object", "embed", "svg"];
      const before = await countElements(page, tags);
      // The zone field too: no zone matches, said under the field, as text.
      await page.locator("#ofs-tz").fill("");
      // The picker's module, loaded on that first focus.
      await page.locator("#ofs-tz[data-picker=ready]").waitFor({ state: "attached", timeout: 5000 });
      await page.locator("#ofs-tz").pressSequentially(evil);
      await page.locator("#ofs-tz").press("Enter");
      const notice = page.locator("#ofs-tz-error");
      await notice.waitFor({ state: "visible", timeout: 5000 });
      assert.ok((await notice.textContent()).includes(evil.trim()), `the error quotes the zone as text: ${await notice.textContent()}`);
      await page.locator("#ofs-tz").press("Escape");
      assert.deepEqual(await countElements(page, tags), before, "no element was created from the zone field");
      for (const field of TEXT_FIELDS) {
        await page.locator(`#ofs-${field}`).pressSequentially(evil);
      }
      await page.locator(`input[name=slots][value="${FIRST_SLOT}"]`).check();
      await page.locator("input[name=topics][value=adoption]").check();
      await submit();
      for (const field of TEXT_FIELDS) {
        assert.equal(await page.locator(`#ofs-${field}`).inputValue(), evil, `#ofs-${field} holds the text`);
      }
      // The email is invalid in every case: errors show, as text.
      await page.locator(".ofs-error-summary").waitFor({ state: "visible", timeout: 5000 });
      assert.deepEqual(await countElements(page, tags), before, "no element was created");
      assert.equal(await page.evaluate(() => window.__pwned), undefined);

      // Now a valid contact: the outputs carry the text inertly.
      await page.locator("#ofs-email").fill("ana@example.com");
      await page.locator("#ofs-slack").fill("");
      if (evil.includes("\u202E")) {
        // Core refuses a bidi override in every free-text field, naming it.
        await submit();
        const refused = ["organization", "name", "role", "details", "alternative_time"];
        const invalid = await page.locator("[aria-invalid=true]").evaluateAll((els) => els.map((e) => e.id));
        assert.deepEqual([...invalid].sort(), refused.map((f) => `ofs-${f}`).sort());
        for (const f of refused) {
          assert.match(await page.locator(`#ofs-${f}-error`).innerText(), /U\+202E/, `${f} error names the character`);
          await page.locator(`#ofs-${f}`).fill(f === "name" ? "Ana" : "Example Corp");
        }
      }
      await submit();
      const slack = page.locator("[data-output=slack]");
      await slack.waitFor({ state: "visible", timeout: 5000 });
      const text = await outputText(slack);
      if (evil === "@here") {
        assert.doesNotMatch(text, /@here/, "no @here mention survives");
        assert.match(text, /here/, "the word stays readable");
      } else if (!evil.includes("\u202E")) {
        assert.ok(text.includes("window.__pwned=1"), `the text is in the message:\n${text}`);
      }
      const mailto = parseMailto(await page.locator("a[data-output=mailto]").getAttribute("href"));
      assert.deepEqual(Object.keys(mailto.fields).sort(), ["body", "subject"]);
      assert.doesNotMatch(mailto.fields.subject, /[\r\n]/);
      parseIcs(decodeDataUrl(await page.locator("a[data-output=ics]").getAttribute("href")));
      assert.deepEqual(await countElements(page, tags), before, "no element was created by the outputs");
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.deepEqual(log.pageErrors, []);
    });
  }

  test("nothing typed leaves the browser: only the page's and the widget's own files are requested", async () => {
    const requests = [];
    page.on("request", (r) => requests.push(`${r.method()} ${r.url()}`));
    await fillValid();
    await page.locator("#ofs-details").fill("secret details");
    await submit();
    await page.locator("[data-output=slack]").waitFor({ state: "visible", timeout: 5000 });
    await page.locator("#ofs-tz").fill("Asia/Tokyo");
    await page.locator("#ofs-tz").press("Enter");
    await page.reload();
    await waitReady(page, log);
    await openForm(page);
    const origin = new URL(server.url).origin;
    const paths = [...new Set(requests.map((r) => {
      const [method, url] = r.split(" ");
      assert.equal(method, "GET", r);
      const u = new URL(url);
      assert.equal(u.origin, origin, `a request left the page's origin: ${r}`);
      assert.equal(u.search, "", `a request carries a query: ${r}`);
      return u.pathname;
    }))].sort();
    // The favicon is the browser's own, fetched or not.
    assert.deepEqual(paths.filter((p) => p !== "/favicon.svg"), [
      "/",
      "/config.json",
      "/logo.svg",
      "/pkg/otel-feedback-form.js",
      "/pkg/otel-feedback-form.wasm",
      "/pkg/otel-feedback-host.css",
      "/pkg/otel-feedback-picker.js",
      "/pkg/otel-feedback-widget.js",
      "/pkg/otel-feedback-widget.wasm",
      "/pkg/otel-feedback-zones.wasm",
      "/pkg/otel-feedback.css",
      "/pkg/otel-feedback.en.catalog",
      "/pkg/otel-feedback.js",
      "/site.css",
      "/theme.js",
      "/vendor/bootstrap.min.css",
    ]);
  });

  test("a draft survives a reload, and Clear empties it", async () => {
    await page.locator("#ofs-organization").fill("Draft Org");
    await page.locator("#ofs-name").fill("Dana Draft");
    await page.locator("#ofs-details").fill("line 1\nline 2");
    await page.locator("input[name=topics][value=special-use-cases]").check();
    await page.locator(`input[name=slots][value="${SECOND_SLOT}"]`).check();
    await page.locator("#ofs-anonymize_post").check();
    await page.reload();
    await waitReady(page, log);
    await openForm(page);
    assert.equal(await page.locator("#ofs-organization").inputValue(), "Draft Org");
    assert.equal(await page.locator("#ofs-name").inputValue(), "Dana Draft");
    assert.equal(await page.locator("#ofs-details").inputValue(), "line 1\nline 2");
    assert.equal(await page.locator("input[name=topics][value=special-use-cases]").isChecked(), true);
    assert.equal(await page.locator("input[name=topics][value=adoption]").isChecked(), false);
    assert.equal(await page.locator(`input[name=slots][value="${SECOND_SLOT}"]`).isChecked(), true);
    assert.equal(await page.locator(`input[name=slots][value="${FIRST_SLOT}"]`).isChecked(), false);
    assert.equal(await page.locator("#ofs-anonymize_post").isChecked(), true);

    await page.locator("[data-action=clear]").click();
    for (const field of TEXT_FIELDS) assert.equal(await page.locator(`#ofs-${field}`).inputValue(), "", field);
    assert.equal(await page.locator("input[name=topics]:checked").count(), 0);
    assert.equal(await page.locator("input[name=slots]:checked").count(), 0);
    await page.reload();
    await waitReady(page, log);
    await openForm(page);
    assert.equal(await page.locator("#ofs-organization").inputValue(), "");
    assert.equal(await page.locator(`input[name=slots][value="${SECOND_SLOT}"]`).isChecked(), false);
  });
});

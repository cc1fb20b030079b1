// Compiled (not run) by scripts/build-npm against the packed package: the
// public API as a TypeScript user writes it. A wrong type here fails the build.
import { mount, type FeedbackSessionAssets, type FeedbackSessionConfig, type MountOptions, type OtelFeedbackSessionElement } from "@opentelemetry/feedback-session-widget";

const el: OtelFeedbackSessionElement | null = document.querySelector("otel-feedback-session");
const config: FeedbackSessionConfig = {
  schedule: { series: [{ weekday: "thu", time: "10:00", zone: "America/Los_Angeles", every_weeks: 2, anchor: "2026-01-08" }] },
  slack: { channel_name: "otel-sig-end-user" },
  sessions_shown: 4,
};
const options: MountOptions = { config, lang: "uk", tz: "Europe/Kyiv", now: new Date(), storage: false, strings: {} };
if (el) {
  const ready: Promise<boolean> = mount(el, options);
  void ready;
  const state: "loading" | "ready" | "failed" | undefined = el.dataset.state;
  void state;
}
// @ts-expect-error: the configuration's keys are checked
const bad: FeedbackSessionConfig = { sessions_show: 4 };
void bad;
// The assets attribute: plain names only.
const assets: FeedbackSessionAssets = { "otel-feedback-widget.wasm": ["/x.1a2b.wasm", "sha384-abc"], "otel-feedback.css": ["/x.css"] };
el?.setAttribute("assets", JSON.stringify(assets));
// @ts-expect-error: not a file the entry loads
const wrong: FeedbackSessionAssets = { "otel_feedback_widget_bg.wasm": ["/x.wasm"] };
void wrong;

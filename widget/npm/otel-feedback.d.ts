// Types for @opentelemetry/feedback-session-widget: the <otel-feedback-session>
// custom element and `mount`. Importing the package defines the element.
//
//   import "@opentelemetry/feedback-session-widget";           // defines the tag
//   import { mount } from "@opentelemetry/feedback-session-widget";
//
// The configuration is the JSON documented in config.schema.json (shipped
// in this package); every key is optional and takes the opentelemetry.io
// page's value when left out.

/** One recurring series of sessions (see schedule.schema.json). */
export interface SeriesConfig {
  /** `mon`..`sun` or the full English name, in the series' zone. */
  weekday?: string;
  /** Wall-clock start time in `zone`, `HH:MM` (24-hour). */
  time?: string;
  /** 1 to 1440. */
  duration_minutes?: number;
  /** IANA zone, e.g. `America/Los_Angeles`. */
  zone?: string;
  /** 1 = weekly, 2 = alternating weeks; up to 52. */
  every_weeks?: number;
  /** The first session's date, `YYYY-MM-DD`, on `weekday`. */
  anchor?: string;
  /** Last date (inclusive) the series may meet, `YYYY-MM-DD`. */
  until?: string;
  /** Shown with each session. */
  label?: string;
}

/** A one-off session. */
export interface ExtraSessionConfig {
  /** `YYYY-MM-DD` in `zone`. */
  date: string;
  /** `HH:MM` in `zone`. */
  time?: string;
  zone?: string;
  duration_minutes?: number;
  label?: string;
}

/** When sessions happen. */
export interface ScheduleConfig {
  series?: SeriesConfig[];
  /** Source-local dates (`YYYY-MM-DD`) with no session. */
  cancelled?: string[];
  extra?: ExtraSessionConfig[];
}

/** A maintainer visitors may message directly. */
export interface ContactConfig {
  name: string;
  /** Slack member id, e.g. `U03UARAJ405`. */
  member_id: string;
}

/** The widget's configuration (config.schema.json); unknown keys are refused. */
export interface FeedbackSessionConfig {
  schedule?: ScheduleConfig;
  slack?: {
    workspace_url?: string;
    team_id?: string;
    channel_id?: string;
    channel_name?: string;
    invite_url?: string;
    contacts?: ContactConfig[];
  };
  email?: { to?: string };
  page_url?: string;
  /** Language of the composed message (default `en`). */
  message_lang?: string;
  /** How many upcoming sessions to list (default 6). */
  sessions_shown?: number;
  /** How many sessions a visitor may pick (default 3). */
  max_preferred?: number;
}

/** Options of {@link mount}; every one is optional. */
export interface MountOptions {
  /**
   * The configuration, as an object or JSON text. Default: the element's
   * `config` attribute (a URL), else its inline
   * `<script type="application/json">` child, else the built-in defaults.
   */
  config?: FeedbackSessionConfig | string;
  /** UI language (`en`, `uk`, `ja`, `pt`). Default: the closest `[lang]`, else `<html lang>`. */
  lang?: string;
  /** IANA zone to show times in. Default: the element's `tz`, else the visitor's zone. */
  tz?: string;
  /** Replacement texts for any UI string, by key. */
  strings?: Record<string, string>;
  /** The current time (for demos and tests). Default: now. */
  now?: Date | number;
  /** `false`: keep nothing in localStorage (no drafts, no remembered zone). Default: the element's `storage` attribute (`off`: false). */
  storage?: boolean;
  /** The level of the widget's headings, 2 to 6. Default: the element's `heading-level`, else 3. */
  headingLevel?: number;
  /** `false`: no "Upcoming sessions" heading of the widget's own (the page has one). Default: false when the element has `no-heading`. */
  heading?: boolean;
}

/**
 * Mounts the widget on `element`. Resolves `true` once it is ready
 * (`data-state="ready"`); on failure resolves `false`, sets
 * `data-state="failed"`, logs one console error and leaves the element's own
 * content (the fallback text) in place.
 */
export function mount(element: HTMLElement, options?: MountOptions): Promise<boolean>;

/**
 * The files the entry loads, by plain name (the `assets` attribute's keys):
 * the ones the package's files.json marks `asset` (tests/e2e/types.test.mjs
 * checks this list against it). The list's view (drawn from a site's build
 * data) or the list's glue and wasm; the stylesheet; on request the form's
 * module and wasm and the zone picker's; a catalog and a message catalog
 * per language.
 */
export type FeedbackSessionAsset =
  | "otel-feedback-list.js"
  | "otel-feedback-widget.js"
  | "otel-feedback-widget.wasm"
  | "otel-feedback.css"
  | "otel-feedback-form.js"
  | "otel-feedback-form.wasm"
  | "otel-feedback-picker.js"
  | "otel-feedback-zones.wasm"
  | "otel-feedback.en.catalog"
  | "otel-feedback.uk.catalog"
  | "otel-feedback.ja.catalog"
  | "otel-feedback.pt.catalog"
  | "otel-feedback.en.messages.catalog"
  | "otel-feedback.uk.messages.catalog"
  | "otel-feedback.ja.messages.catalog"
  | "otel-feedback.pt.messages.catalog";

/** The `assets` attribute, parsed: where each file is, and its SRI hash. */
export type FeedbackSessionAssets = Partial<Record<FeedbackSessionAsset, [url: string, integrity?: string]>>;

/** `data-state` of the element while and after it loads. */
export type FeedbackSessionState = "loading" | "ready" | "failed";

/**
 * `<otel-feedback-session lang="uk" config="/config.json" tz="Europe/Kyiv">`:
 * the element defined by this package. Its children are the fallback shown
 * until the widget is ready (and kept if it cannot load). The widget renders
 * into an open shadow root: each session is a `[data-slot]` element holding
 * `<time datetime="…Z">`.
 */
export interface OtelFeedbackSessionElement extends HTMLElement {
  /**
   * Attribute `config`: URL of a configuration JSON file. Attribute
   * `assets`: JSON, a file's plain name → `[URL, integrity?]`
   * ({@link FeedbackSessionAssets}), for a pipeline that fingerprints the
   * files; without it they are loaded next to the entry. Attributes
   * `storage` (`off`: keep nothing in localStorage), `heading-level` (2 to
   * 6) and `no-heading` (present: the page has its own heading); a change
   * to any but `assets` draws the widget again. `null`: the attribute is
   * absent.
   */
  getAttribute(name: "config" | "tz" | "lang" | "storage" | "heading-level" | "no-heading" | "assets" | "data-state"): string | null;
  getAttribute(name: string): string | null;
  readonly dataset: DOMStringMap & { state?: FeedbackSessionState };
}

declare global {
  interface HTMLElementTagNameMap {
    "otel-feedback-session": OtelFeedbackSessionElement;
  }
}

// <otel-feedback-session>: loads the wasm and hands the element to it.
//
//   <script type="module" src="/otel-feedback/otel-feedback.js"></script>
//   <otel-feedback-session config="/otel-feedback/config.json">
//     <p>Fallback text: shown until the widget is ready, and kept if it fails.</p>
//   </otel-feedback-session>
//
// Attributes: lang (else the closest [lang], else <html lang>), config (URL
// of a JSON file; or an inline <script type="application/json"> child), tz
// (overrides the visitor's zone), storage="off" (keep no draft, zone or
// clock in localStorage), heading-level (2 to 6, 3 by default: the level of
// the widget's headings), no-heading (the page has its own "Upcoming
// sessions" heading). All logic lives in core: in the wasm, or (a page
// whose site's build listed the sessions: a `<script type="application/json"
// data-ofs-list>` child) in that data, drawn with no wasm at all
// (js/list-data.js). This file only loads them and reads the page.

import { negotiate } from './lang.js';

const TAG = 'otel-feedback-session';
// Texts: the wasm compiles none in. A page fetches its language's catalog
// (otel-feedback.<lang>.catalog, written by `otel-feedback catalog <lang>`),
// in parallel with the wasm: English's for a language without one, and
// English's when its own cannot be used.
// The list is core's (`otel-feedback catalog --list`), put in by the build.
// eslint-disable-next-line no-undef
const LANGS = typeof OTEL_FEEDBACK_LANGS === 'object' ? OTEL_FEEDBACK_LANGS : ['en'];
let wasm;
const catalogs = {};

// Each file this module loads, by its plain name: next to this module, or
// where the element's `assets` attribute says (JSON: name → [URL,
// integrity?]). A site that fingerprints every file (the Hugo shortcode)
// hands its URLs over there, so a cache never pairs this entry with another
// release's wasm or catalog; the integrity is checked by fetch. The first
// element's map serves the page.
let assets;
function useAssets(el) {
  if (assets) return;
  assets = {};
  const raw = el.getAttribute('assets');
  if (!raw) return;
  try {
    assets = JSON.parse(raw) || {};
  } catch (e) {
    console.warn(`<${TAG}>: the assets attribute is not JSON (${e.message}); loading the files next to the script`);
  }
}
function asset(name) {
  const [url, integrity] = (assets && assets[name]) || [];
  return {
    href: url ? new URL(url, document.baseURI).href : new URL(`./${name}`, import.meta.url).href,
    init: integrity ? { integrity } : undefined,
  };
}
function fetchAsset(name) {
  const { href, init } = asset(name);
  return fetch(href, init);
}

// `name`: a language code (`uk`: its full catalog) or `<code>.messages`
// (only the texts of the composed messages, see loadMessages). A failed
// fetch is kept too: one warning, and the form speaks the language the
// list loaded.
function fetchCatalog(code) {
  catalogs[code] ||= fetchAsset(`otel-feedback.${code}.catalog`)
    .then((res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.text();
    })
    .catch((e) => {
      console.warn(`<${TAG}>: the ${code} catalog could not be loaded (${e.message})${code === 'en' || code.includes('.') ? '' : '; showing English'}`);
      return undefined;
    });
  return catalogs[code];
}

// Loads the page language's catalog into the wasm (the wasm warns when it
// refuses one), else English's; false when neither can be used.
async function loadTexts(glue, code) {
  for (const c of new Set([code, 'en'])) {
    const text = await fetchCatalog(c);
    if (text !== undefined && glue.loadCatalog(text)) return true;
  }
  return false;
}

// The composed messages are written in the configuration's message_lang
// (English by default), which may not be the page's language: the form's
// wasm says which language's messages are still missing (`messageCatalog`),
// and that language's message catalog is loaded too (its full catalog if
// the message one cannot be used). False when neither can be used.
async function loadMessages(glue, config) {
  const code = glue.messageCatalog(config);
  if (!code) return true;
  for (const c of [`${code}.messages`, code]) {
    const text = await fetchCatalog(c);
    if (text !== undefined && glue.loadCatalog(text)) return true;
  }
  return false;
}

// The texts the form's own wasm needs (it is loaded only when the visitor
// opens the form, see view.js): the page language's catalog, then the
// message language's; the files are the ones the list fetched (cached).
// Throws when either cannot be used (the view says so in the console; the
// list stays).
function formTexts(code, config) {
  return async (glue) => {
    if (!(await loadTexts(glue, code))) throw new Error('no language catalog could be used');
    if (!(await loadMessages(glue, config))) throw new Error('no catalog for the message language could be used');
  };
}

// The stylesheet, fetched as text in parallel with the wasm: the view adopts
// it as a constructed stylesheet in the same frame as it draws the list
// (no <link> to wait for inside the shadow root); undefined when it cannot
// be fetched (the view then links it by URL). The page may preload it
// (`as="fetch" crossorigin`, as the Hugo shortcode does).
let cssText;
function fetchCss() {
  cssText ||= fetchAsset('otel-feedback.css')
    .then((res) => (res.ok ? res.text() : undefined))
    .catch(() => undefined);
  return cssText;
}

// The first Intl.DateTimeFormat a page makes loads the browser's locale
// and zone data: 17–40 ms of main thread in Chromium, whichever zone or
// options (bench/REPORT.md, "Critical path"). Made here, while the wasm
// compiles on a background thread, it is off the list's critical path
// (the model's first zone and the view's formats would otherwise pay it).
function warmIntl(lang) {
  try {
    new Intl.DateTimeFormat(lang).resolvedOptions();
  } catch {
    // a language tag Intl refuses: the view falls back to English anyway
  }
}

// The wasm, compiled as it downloads (compileStreaming) from the moment its
// response starts, in parallel with the glue's import; the glue then only
// instantiates it. A server that does not say application/wasm gets the
// non-streaming compile.
function compileWasm(res) {
  if (!res.ok) throw new Error(`HTTP ${res.status} fetching ${res.url}`);
  const type = (res.headers.get('Content-Type') || '').split(';')[0].trim();
  if (typeof WebAssembly.compileStreaming === 'function' && type === 'application/wasm') return WebAssembly.compileStreaming(res);
  return res.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
}

function loadWasm(lang) {
  wasm ||= (async () => {
    if (typeof WebAssembly !== 'object') throw new Error('this browser has no WebAssembly');
    // The wasm download starts now, in parallel with the glue's (not after
    // it), and compiles as it arrives; Intl warms up meanwhile.
    const compiled = fetchAsset('otel-feedback-widget.wasm').then((res) => {
      const module = compileWasm(res);
      warmIntl(lang);
      return module;
    });
    compiled.catch(() => {});
    // By the assets map's URL, not a literal path: a site's bundler (the
    // Hugo shortcode's js.Build) would otherwise inline the glue into the
    // entry, and the entry, needed first, would arrive later.
    const glue = await import(asset('otel-feedback-widget.js').href);
    await glue.default({ module_or_path: await compiled });
    return glue;
  })();
  return wasm;
}

async function readConfig(el) {
  const url = el.getAttribute('config');
  if (url) {
    const res = await fetch(new URL(url, document.baseURI), { credentials: 'same-origin' });
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return res.text();
  }
  const inline = el.querySelector(':scope > script[type="application/json"]:not([data-ofs-list])');
  return inline ? inline.textContent : '';
}

function pageLang(el) {
  const own = el.closest('[lang]');
  return (own && own.getAttribute('lang')) || document.documentElement.lang || navigator.language || 'en';
}

/**
 * Mounts the widget on `el`. options: { config (object or JSON text), lang,
 * tz, strings (key → text), now (Date or ms), storage (false: keep nothing),
 * headingLevel (2 to 6), heading (false: no heading of its own) }; each
 * defaults to the element's attribute.
 * Resolves true when ready; on failure leaves the element's own content,
 * sets data-state="failed" and logs one console error.
 */
export async function mount(el, options = {}) {
  el[OPTIONS] = options;
  // The space the list will take is held by the page's own stylesheet
  // (otel-feedback-host.css), from the first paint.
  el.dataset.state = 'loading';
  useAssets(el);
  let step = 'read the sessions its page lists';
  let glue;
  const lang = options.lang || pageLang(el);
  // The page's catalog: core's negotiation (js/lang.js), over the
  // languages the build has catalogs for.
  const texts = negotiate(lang, LANGS);
  // The sessions the site's build listed (core, at the build): the list is
  // drawn from them with no wasm, unless they have run short.
  // Not when the page hands its own configuration (an attribute changed
  // to another, or mount's `config`), or another language than the data's.
  const data = options.config === undefined && !el[CONFIG_CHANGED] ? listData(el) : undefined;
  if (data && data.lang && data.lang !== texts) data.stale = true;
  if (!data || data.stale) fetchCatalog(texts);
  let loaded = false;
  // The configuration is fetched while the wasm loads; a failure is
  // reported (once) when it is awaited below.
  const pending = options.config !== undefined ? Promise.resolve(options.config) : readConfig(el);
  pending.catch(() => {});
  const css = fetchCss();
  const now = options.now === undefined ? undefined : +options.now;
  const opts = (config, prefetch) => ({
    config: config || '',
    lang,
    tz: options.tz || el.getAttribute('tz') || undefined,
    strings: options.strings,
    now,
    storage: options.storage === undefined ? el.getAttribute('storage') !== 'off' : options.storage,
    headingLevel: options.headingLevel || +el.getAttribute('heading-level') || undefined,
    heading: options.heading === undefined ? !el.hasAttribute('no-heading') : options.heading,
    css: asset('otel-feedback.css').href,
    formUrl: asset('otel-feedback-form.js').href,
    formWasmUrl: asset('otel-feedback-form.wasm').href,
    formWasmIntegrity: (asset('otel-feedback-form.wasm').init || {}).integrity,
    formTexts: formTexts(texts, config || ''),
    formPrefetch: prefetch,
    pickerUrl: asset('otel-feedback-picker.js').href,
    zonesUrl: asset('otel-feedback-zones.wasm').href,
    zonesIntegrity: (asset('otel-feedback-zones.wasm').init || {}).integrity,
  });
  const configText = async () => {
    const config = await pending;
    return config && typeof config !== 'string' ? JSON.stringify(config) : config;
  };
  try {
    if (data && !data.stale) {
      step = 'load its list';
      const list = await import(asset('otel-feedback-list.js').href);
      const model = list.listData(data, { now, strings: typeof options.strings === 'object' ? options.strings : undefined });
      if (model) {
        step = 'read its configuration';
        const config = await configText();
        step = 'start';
        // The form's texts are fetched with its module, once the visitor
        // reaches for the widget.
        const o = opts(config, () => {
          fetchCatalog(texts);
          if (data.messages && data.messages !== texts) fetchCatalog(`${data.messages}.messages`);
        });
        o.cssText = await css;
        list.view(el, model, o, lang, model.max());
        return true;
      }
      // Run short: core (the wasm) computes the sessions, as on a page
      // without build data.
      fetchCatalog(texts);
    }
    step = 'load its WebAssembly module';
    glue = await loadWasm(lang);
    step = 'load its texts';
    loaded = await loadTexts(glue, texts);
    if (!loaded) throw new Error('no language catalog could be used');
    step = 'read its configuration';
    const config = await configText();
    step = 'start';
    const o = opts(config, () => {
      const m = glue.messageCatalog(config || '');
      if (m) fetchCatalog(`${m}.messages`);
    });
    o.cssText = await css;
    glue.mount(el, o);
    return true;
  } catch (e) {
    el.dataset.state = 'failed';
    console.error(`<${TAG}> could not ${step}: ${(e && e.message) || e}`);
    // The page's own text stays; when the module and its texts loaded but
    // the page's configuration was refused, say so in plain words next to it.
    if (loaded && !el.shadowRoot) {
      try {
        const text = glue.failureNotice(lang, typeof options.strings === 'object' ? options.strings : undefined);
        let p = el.querySelector(':scope > .ofs-notice');
        if (!p) {
          p = document.createElement('p');
          p.className = 'ofs-notice';
          p.setAttribute('role', 'status');
          el.append(p);
        }
        p.textContent = text;
      } catch {
        // the console error above is enough
      }
    }
    return false;
  }
}

// The build data a page inlines (the Hugo shortcode, from core's
// site::build_json for the page's language), or undefined.
function listData(el) {
  const script = el.querySelector(':scope > script[type="application/json"][data-ofs-list]');
  if (!script) return undefined;
  try {
    return JSON.parse(script.textContent);
  } catch (e) {
    console.warn(`<${TAG}>: the page's list data is not JSON (${e.message}); computing the sessions instead`);
    return undefined;
  }
}

// The element. Its attributes are reactive: a change after it has drawn
// draws it again (a `config` change leaves the page's build data aside).
// Leaving the page stops it (the view's window listener goes); coming
// back draws it again.
const STOP = Symbol.for('otel-feedback-session:stop');
const CONFIG_CHANGED = Symbol('config changed');
const MOUNTING = Symbol('mounting');
const QUEUED = Symbol('queued');
const STOPPED = Symbol('stopped');
const OPTIONS = Symbol('options');
function remount(el) {
  el[QUEUED] ||= Promise.resolve(el[MOUNTING]).then(() => {
    el[QUEUED] = undefined;
    if (el.isConnected) el[MOUNTING] = mount(el, el[OPTIONS]);
    return el[MOUNTING];
  });
  return el[QUEUED];
}

if (typeof customElements === 'object' && !customElements.get(TAG)) {
  customElements.define(
    TAG,
    class extends HTMLElement {
      static get observedAttributes() {
        return ['lang', 'tz', 'config', 'storage', 'heading-level', 'no-heading'];
      }
      connectedCallback() {
        if (!this.dataset.state && !this.shadowRoot) this[MOUNTING] = mount(this);
        else if (this[STOPPED]) {
          this[STOPPED] = false;
          remount(this);
        }
      }
      disconnectedCallback() {
        if (typeof this[STOP] === 'function') this[STOP]();
        this[STOPPED] = true;
      }
      attributeChangedCallback(name, before, after) {
        if (before === after || !this.dataset.state) return;
        if (name === 'config') this[CONFIG_CHANGED] = true;
        remount(this);
      }
    },
  );
}

// The form's load: the build bundles this file with view/form.js and the
// glue of the form's own wasm (this crate built with feature `form`: the
// check, the outputs, limits and topics) into otel-feedback-form.js, which
// the view imports when the visitor opens the form. The page's load never
// carries any of it.
import init, { formModel, loadCatalog, messageCatalog } from '../pkg-form/otel_feedback_form.js';

export { form } from './view/form.js';

/**
 * The form's model for the view's `options` (the entry's: config, lang,
 * strings, now; `formWasmUrl` and `formWasmIntegrity`, where the page's
 * build put the wasm; `formTexts(glue)`, which loads the page language's
 * and the message language's catalogs into it); `response`: the wasm's
 * fetch, when the view started it already (else it is fetched here).
 * Rejects when the wasm or a catalog cannot be loaded, or the
 * configuration is refused.
 */
export async function model(options, response) {
  const href = options.formWasmUrl || new URL('./otel-feedback-form.wasm', import.meta.url).href;
  const integrity = options.formWasmIntegrity;
  const res = await (response || fetch(href, integrity ? { integrity } : undefined));
  if (!res.ok) throw new Error(`HTTP ${res.status} fetching ${res.url}`);
  await init({ module_or_path: res });
  await options.formTexts({ loadCatalog, messageCatalog });
  return formModel(options);
}

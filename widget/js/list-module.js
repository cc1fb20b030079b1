// The list's load on a page whose site's build listed the sessions (the
// Hugo shortcode's `<script type="application/json" data-ofs-list>`): the
// view and the model over that data, with no wasm. The build bundles this
// file into otel-feedback-list.js; the entry imports it only on such a
// page (js/otel-feedback.js).
export { view } from './view.js';
export { listData } from './list-data.js';
// Core's language negotiation as the entry runs it (the same source),
// exported for the tests that hold it to the wasm's.
export { negotiate } from './lang.js';

// The static markup: no text (each [data-t] gets the model's text for its
// key, see dom.js `render`), nothing from the page or the visitor. Its ids,
// classes and data-* attributes are the DOM contract in docs/widget.md.
// `h` is the widget's heading level (the page's `heading-level`, 3 by
// default); sub-headings are one level below.

// A field's error slot.
const error = (name) => `<p class="ofs-error" id="ofs-${name}-error" hidden></p>`;
// "(required)" / "(optional)" after a label, with a space before it in the
// accessible name.
const mark = (kind) => (kind ? ` <span class="ofs-${kind} ofs-mark">(<span data-t="${kind}"></span>)</span>` : '');
// A text field: its label (with a required or optional mark), help, control,
// counter and error slot; `name` is the request's field, its keys use dashes.
const field = (name, kind, tag, attrs) => {
  const id = `ofs-${name}`;
  const key = name.replace('_', '-');
  return `<div class="ofs-field">
    <label class="ofs-label" for="${id}"><span class="ofs-label-text" data-t="label-${key}"></span>${mark(kind)}</label>
    <p class="ofs-help" id="${id}-help" data-t="help-${key}"></p>
    <${tag} class="ofs-control" id="${id}" name="${name}" aria-describedby="${id}-help" ${attrs}>${tag === 'textarea' ? '</textarea>' : ''}
    <p class="ofs-counter" id="${id}-counter" aria-live="polite" hidden></p>
    ${error(name)}
  </div>`;
};
// A checkbox with its label and help.
const check = (id, name, value, key) => `<div class="ofs-check">
    <input type="checkbox" id="${id}" name="${name}" value="${value}" aria-describedby="${id}-help">
    <label for="${id}" data-t="${key}"></label>
    <p class="ofs-help" id="${id}-help" data-t="help-${key.replace(/^label-/, '')}"></p>
  </div>`;
// A group of fields: legend, help, the fields.
const group = (name, key, kind, body) => `<fieldset class="ofs-fieldset" id="ofs-${name}" aria-describedby="ofs-${name}-help">
    <legend class="ofs-legend"><span class="ofs-label-text" data-t="${key}"></span>${mark(kind)}</legend>
    <p class="ofs-help" id="ofs-${name}-help" data-t="${key.replace('label', 'help').replace('heading', 'help')}"></p>
    ${body}
  </fieldset>`;

// What shows at once: the heading (unless the page has its own), the
// intro, the zone and clock, the sessions, and the button that opens the
// form. The form's other fields go into #ofs-rest when it opens (`FORM`).
export const LIST = (h, heading) => `<div class="ofs-error-summary" role="alert" tabindex="-1" hidden></div>
${heading ? `<h${h} class="ofs-heading" part="heading" data-t="sessions-heading"></h${h}>` : ''}
<p class="ofs-help" id="ofs-intro" part="intro"></p>
<div class="ofs-prefs">
  <div class="ofs-field ofs-tz-field">
    <label class="ofs-label" id="ofs-tz-label" for="ofs-tz" data-t="label-timezone"></label>
    <input type="text" id="ofs-tz" class="ofs-control" part="zone" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="ofs-tz-list" autocomplete="off" spellcheck="false" aria-describedby="ofs-tz-help ofs-tz-error">
    ${error('tz')}
    <p class="ofs-sr" id="ofs-tz-status" role="status" aria-live="polite"></p>
    <ul class="ofs-tz-list" id="ofs-tz-list" role="listbox" aria-labelledby="ofs-tz-label" hidden></ul>
    <p class="ofs-help" id="ofs-tz-help" data-t="help-timezone"></p>
  </div>
  <div class="ofs-check ofs-hour12-field">
    <input type="checkbox" id="ofs-hour12">
    <label for="ofs-hour12" data-t="label-hour12"></label>
  </div>
</div>
<p class="ofs-notice" id="ofs-zone-notice" role="status" hidden></p>
<form class="ofs-form" id="ofs-form" novalidate>
  ${group('slots', 'label-slots', '', `<ul class="ofs-slot-list" part="list"></ul>
    <div class="ofs-check">
      <input type="checkbox" id="ofs-no-slot" name="no_slot" value="1">
      <label for="ofs-no-slot" data-t="slot-none"></label>
    </div>${error('slots')}`)}
  <p class="ofs-notice" id="ofs-draft-notice" role="status" hidden></p>
  <div class="ofs-actions" id="ofs-open">
    <button class="ofs-btn ofs-btn-primary" part="button" type="button" data-action="open" aria-expanded="false" aria-controls="ofs-rest" data-t="button-request"></button>
  </div>
  <p class="ofs-notice" id="ofs-form-notice" role="status" hidden></p>
  <div id="ofs-rest" part="form" hidden></div>
</form>
<section class="ofs-output" part="output" aria-labelledby="ofs-output-heading" hidden></section>`;

// The rest of the form, drawn when it opens.
// Built once, where it is imported (the form's bundle): marked pure, so
// the list's bundle, which never opens the form, leaves it out.
export const FORM = /* @__PURE__ */ (() => `<p class="ofs-notice" id="ofs-store-notice" role="status" hidden></p>
  ${field('alternative_time', '', 'textarea', 'rows="2" autocomplete="off"')}
  ${field('organization', 'required', 'input', 'type="text" autocomplete="organization" aria-required="true"')}
  ${field('name', 'required', 'input', 'type="text" autocomplete="name" aria-required="true"')}
  ${field('role', 'optional', 'input', 'type="text" autocomplete="organization-title"')}
  ${group('contact', 'contact-heading', 'required', field('email', '', 'input', 'type="text" inputmode="email" autocomplete="email" spellcheck="false"') + field('slack', '', 'input', 'type="text" autocomplete="off"') + error('contact'))}
  ${group('topics', 'label-topics', 'required', '<div class="ofs-topics"></div>' + error('topics'))}
  ${field('details', 'optional', 'textarea', 'rows="5" autocomplete="off"')}
  <fieldset class="ofs-fieldset">
    <legend class="ofs-legend"><span class="ofs-label-text" data-t="compliance-heading"></span></legend>
    <p class="ofs-help" data-t="compliance-help"></p>
    ${check('ofs-delete_recording', 'delete_recording', 1, 'label-delete-recording')}
    ${check('ofs-anonymize_post', 'anonymize_post', 1, 'label-anonymize-post')}
  </fieldset>
  <div class="ofs-msg-lang" id="ofs-msg-lang" hidden>
    <p class="ofs-help" id="ofs-msg-lang-note" role="status"></p>
    <div class="ofs-check">
      <input type="checkbox" id="ofs-msg-own" aria-describedby="ofs-msg-lang-note">
      <label for="ofs-msg-own" id="ofs-msg-own-label"></label>
    </div>
  </div>
  <div class="ofs-actions">
    <button class="ofs-btn ofs-btn-primary" part="button" type="submit" data-t="button-check"></button>
    <button class="ofs-btn ofs-btn-secondary" part="button" type="button" data-action="clear" data-t="button-clear"></button>
  </div>
  <p class="ofs-copy-status" id="ofs-clear-status" role="status"></p>`)();

// A topic's checkbox (the ids come from the model: `Widget::topics`).
export const TOPIC = (v) => check(`ofs-topic-${v}`, 'topics', v, `topic-${v}`);

// The output section's content (drawn only for a valid request).
export const OUTPUT = (h) => `
  <h${h} class="ofs-heading" id="ofs-output-heading" tabindex="-1" data-t="send-heading"></h${h}>
  <p class="ofs-valid" data-t="notice-valid"></p>
  <p class="ofs-help" data-t="send-help"></p>
  <label class="ofs-label" for="ofs-message" data-t="label-message"></label>
  <textarea class="ofs-control ofs-message" part="message" readonly rows="12" id="ofs-message" data-output="slack"></textarea>
  <div class="ofs-actions">
    <button class="ofs-btn ofs-btn-primary" type="button" data-action="copy" data-t="button-copy-message"></button>
  </div>
  <p class="ofs-copy-status" role="status" id="ofs-copy-status"></p>
  <ul class="ofs-links">
    <li><a id="ofs-channel-app" data-output="slack-channel" data-t="button-open-channel-app"></a></li>
    <li><a id="ofs-channel-web" data-output="slack-channel-web" target="_blank" rel="noopener" data-t="button-open-channel-web"></a></li>
    <li id="ofs-invite-item"><a id="ofs-invite" data-output="slack-invite" target="_blank" rel="noopener" data-t="button-join-slack"></a></li>
  </ul>
  <h${h + 1} class="ofs-subheading" id="ofs-email-heading" data-t="email-heading"></h${h + 1}>
  <p class="ofs-help" id="ofs-mail-no-recipient" data-t="notice-no-email-recipient" hidden></p>
  <ul class="ofs-links" id="ofs-mail-links">
    <li><a id="ofs-mailto" data-output="mailto" data-t="button-email"></a></li>
  </ul>
  <div id="ofs-mail-shortened" hidden>
    <p class="ofs-help" data-t="notice-email-shortened"></p>
    <textarea class="ofs-control ofs-message" readonly rows="8" id="ofs-email-text" data-output="email-text" aria-labelledby="ofs-email-heading"></textarea>
    <div class="ofs-actions">
      <button class="ofs-btn ofs-btn-secondary" type="button" data-action="copy-email" data-t="button-copy-email"></button>
    </div>
    <p class="ofs-copy-status" role="status" id="ofs-copy-email-status"></p>
  </div>
  <h${h + 1} class="ofs-subheading" data-t="calendar-heading"></h${h + 1}>
  <ul class="ofs-links" id="ofs-calendar-links"></ul>`;

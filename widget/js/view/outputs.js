// The outputs of a valid request: the Slack message and its links, the
// email, the calendar entries. Every text and URL comes from the model's
// `check` answer; Intl names each session in the page language.
import { add, dtf, el, render } from './dom.js';
import { OUTPUT } from './markup.js';

// Draws `out` into `output`; `focus`: move focus to the outputs (after a
// check; not when they are recomputed after an edit).
export function showOutputs(output, out, { lang, zone, hour12, t, h }, focus) {
  render(output, OUTPUT(h), t);
  const byId = (id) => output.querySelector(`#${id}`);
  const href = (id, url) => byId(id).setAttribute('href', url);
  byId('ofs-message').value = out.slack;
  href('ofs-channel-app', out.app);
  href('ofs-channel-web', out.web);
  href('ofs-invite', out.invite);
  // No configured recipient: no email link, and where to send instead.
  if (out.mailto) href('ofs-mailto', out.mailto);
  byId('ofs-mail-links').hidden = !out.mailto;
  byId('ofs-mail-no-recipient').hidden = !!out.mailto;
  byId('ofs-email-text').value = out.mail;
  for (const [name, url] of out.dms) {
    const li = el('li');
    const a = add(li, 'a', '', t('button-dm', { name }));
    a.setAttribute('href', url);
    a.dataset.output = 'slack-dm';
    byId('ofs-invite-item').before(li);
  }
  byId('ofs-mail-shortened').hidden = !out.short;
  const link = (key, url, kind, when) => {
    const a = add(add(byId('ofs-calendar-links'), 'li'), 'a', '', t(key, when && { when }));
    a.setAttribute('href', url);
    a.dataset.output = kind;
    return a;
  };
  // Each session's links name it (their text is their accessible name).
  // In another year than today's, with its year.
  const opts = { weekday: 'short', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', hourCycle: hour12 ? 'h12' : 'h23' };
  const when = dtf(lang, zone, opts);
  const dated = dtf(lang, zone, { ...opts, year: 'numeric' });
  const year = dtf(lang, zone, { year: 'numeric' });
  const at = out.at.map((utc) => (year.format(new Date(utc)) === year.format(Date.now()) ? when : dated).format(new Date(utc)));
  const data = (text) => `data:text/calendar;charset=utf-8,${encodeURIComponent(text)}`;
  out.ics.forEach((ics, i) => {
    link('button-ics', data(ics), 'ics', at[i]).download = i ? `otel-feedback-session-${i + 1}.ics` : 'otel-feedback-session.ics';
  });
  link('button-ics-series', data(out.series), 'ics-series').download = 'otel-end-user-sig.ics';
  out.gcal.forEach((g, i) => {
    const a = link('button-gcal', g, 'gcal', at[i]);
    a.target = '_blank';
    a.rel = 'noopener';
  });
  output.hidden = false;
  if (focus) byId('ofs-output-heading').focus();
}

// Copies the text of textarea `msg` with the Clipboard API; else (denied,
// absent) selects it with an instruction, in `status`.
export function copy(msg, status, t) {
  const fallback = () => {
    msg.select();
    msg.focus();
    status.textContent = `${t('notice-copy-failed')} ${t('notice-copy-select')}`;
  };
  const clipboard = navigator.clipboard;
  if (!clipboard) return fallback();
  clipboard.writeText(msg.value).then(() => {
    status.textContent = t('notice-copied');
  }, fallback);
}

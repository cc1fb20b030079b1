// A docs page around the widget, for the layout-shift runs of
// bench/render.mjs: opentelemetry.io's "Interviews or Feedback Sessions"
// page (its English text, copied here once; the bench reads nothing of the
// site at run time), with a header bar and a text column of a docs theme's
// proportions. Two placements (bench/build.mjs writes both pages):
//   above: title, the first paragraph, the widget, then the rest of the text
//          (the widget above the fold, host text after it in view);
//   inview: all the text, then "Schedule a session" (#schedule) and the
//           widget, then the closing sections; the page is opened at
//           #schedule, as a link to the form would open it.

export const STYLE = `<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #222; }
  header { height: 4rem; background: #30638e; color: #fff; display: flex; align-items: center; padding: 0 1.5rem; }
  main { max-width: 42rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
  h1 { font-size: 2.2rem; margin: 1rem 0; }
  footer { background: #eee; padding: 2rem 1.5rem; }
</style>`;

const TITLE = `<h1>Interviews or Feedback Sessions</h1>
<p class="lead">Help improve OpenTelemetry - share your feedback directly with us!</p>`;

const INTRO = `<p>One of the core functions of the OpenTelemetry End User Working Group is to
improve the project by gathering feedback from end users and sharing them with
the appropriate SIGs to help drive prioritization of improvements and changes to
the project.</p>`;

const BODY = `<p>Direct interview or feedback sessions between an organization and the
OpenTelemetry Community is one such resource. In these hour-long sessions, we
learn about the organization's OTel adoption and implementation, with particular
interest in the following:</p>
<ul>
<li>Special use cases</li>
<li>Challenges with implementation -- what went well? What needs improvement?
These can be anything, from instrumentation to documentation.</li>
<li>Challenges with adoption within the organization -- how can the Community help
you drive adoption with your teams?</li>
</ul>
<p>We will then take the feedback you shared and turn them into actionable tasks
for the relevant SIGs, as well as provide context and insight for you during the
session as appropriate.</p>
<p>We schedule these sessions once a month, usually during one of the end-user
working group's meetings (alternating Thursdays at 10AM Pacific Time), but can
set up a different time if that does not work for you. The sessions are
typically attended by a few project maintainers and/or Governance Committee
members, as well as some curious general members of the Community.</p>`;

const KEEP_IN_MIND = `<h2>Things to keep in mind</h2>
<ul>
<li>These sessions are recorded. However, if your organization has compliance
concerns, we can delete them once we've summarized the notes and feedback.</li>
<li>We will write up a summary post for the OpenTelemetry blog. Our goal with
these is to drive awareness and adoption of the software, and to chronicle
interesting use cases. These can be anonymized if your org has compliance
concerns.</li>
<li>These are open to the public, so other users may come and ask you questions.</li>
</ul>`;

const REACH_OUT = `<h2>Other ways to reach us</h2>
<p>To schedule a session, reach out to us in
<a href="https://communityinviter.com/apps/cloud-native/cncf">CNCF Community Slack</a>:</p>
<ul>
<li>In the <a href="https://cloud-native.slack.com/archives/C01RT3MSWGZ">#otel-user-research</a> channel</li>
<li>Via direct message: ping
<a href="https://cloud-native.slack.com/team/U03UARAJ405">Reese Lee</a>,
<a href="https://cloud-native.slack.com/team/U02EUCBFK8A">Adriana Villela</a>, or
<a href="https://cloud-native.slack.com/team/U03FU45JA1M">Rynn Mancuso</a></li>
</ul>`;

const SCHEDULE = `<h2 id="schedule">Schedule a session</h2>`;

/** The page body around `widget` (the element's markup), per placement. */
export function hostBody(placement, widget) {
  const header = `<header>OpenTelemetry · Community · End users</header>`;
  const footer = `<footer>© OpenTelemetry Authors · Docs licensed under CC BY 4.0</footer>`;
  const main = placement === "above"
    ? [TITLE, INTRO, widget, BODY, KEEP_IN_MIND, REACH_OUT]
    : [TITLE, INTRO, BODY, KEEP_IN_MIND, SCHEDULE, widget, REACH_OUT];
  return `${header}\n<main>\n${main.join("\n")}\n</main>\n${footer}`;
}

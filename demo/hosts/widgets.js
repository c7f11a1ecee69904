/**
 * The same five widgets in every host page (one list, so the pages differ only by their own CSS and markup), as
 * a webmaster would paste them: inside <tf-feed>, with a fixed `now` so that statuses never drift.
 */
const widgets = [
  ['tf-session-list', { now: '2023-09-01' }],
  ['tf-sheet-card', { training: 'irts-fc-aller-vers-m1', now: '2023-09-01' }],
  ['tf-objectives-checklist', { training: 'irts-fc-aller-vers-m1' }],
  ['tf-quiz', { quiz: 'positionnement-aller-vers-m1' }],
  ['tf-programme', { programme: 'cadrage-aller-vers', now: '2023-09-01' }],
];

const feed = document.querySelector('[data-host-widgets]');
for (const [tag, attributes] of widgets) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  feed.append(element);
}

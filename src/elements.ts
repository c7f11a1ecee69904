/**
 * The one list of the library's elements. The drop-in's loader, the index, the tests, the demo and the docs read
 * it; adding an element is one folder under `elements/` and one line here. `load` imports the element's define
 * module, so that a page pays only for the elements it shows.
 */
export const elements = [
  { tag: 'tf-feed', load: () => import('./elements/tf-feed/define.js') },
  { tag: 'tf-session-list', load: () => import('./elements/tf-session-list/define.js') },
  { tag: 'tf-sheet-card', load: () => import('./elements/tf-sheet-card/define.js') },
  { tag: 'tf-objectives-checklist', load: () => import('./elements/tf-objectives-checklist/define.js') },
  { tag: 'tf-quiz', load: () => import('./elements/tf-quiz/define.js') },
  { tag: 'tf-programme', load: () => import('./elements/tf-programme/define.js') },
] as const;

export type ElementTag = (typeof elements)[number]['tag'];

import { css } from 'lit';

// Comments stay out of the template (they would ship in the CSS):
// - the search field is always there, the other filters fold behind "Filtres" (with the count of active ones);
//   "Voir N sessions" closes them on narrow containers;
// - a session is one line from 40em (date · who and where · status and deadline · next step), a tight card below;
// - an empty month field shows no "--------- ----" until it is used;
// - checkboxes are 1.5em, a 24 px target at the default size (WCAG 2.5.8), their label widening it further;
// - in print, the details (address, body, speakers) are shown: their « Détails » button cannot be pressed on paper;
// - a session after the first screen's (session-results.ts) is not laid out nor painted until it comes near the
//   screen (content-visibility: most of a first page's layout and paint); it keeps a session's usual height
//   meanwhile, then its own. Still in the accessibility tree and found by find-in-page. Its focus rings, which
//   overflow the row, are not clipped. A session whose details are open is always rendered (checkers that
//   hit-test its content find it there). The first screen's are always rendered: one rendered a frame late, its
//   height not the one expected, would move what follows (CLS).

export const sessionListStyles = css`
  :host {
    --_tf-session-list-columns-min: var(--tf-session-list-columns-min, 16em);
    --_tf-session-list-gap: var(--tf-session-list-gap, 0.25em);
  }

  .root {
    container: tf-session-list / inline-size;
    display: flow-root;
    min-width: 0;
  }

  .root > * + * {
    margin-block-start: 0.5em;
  }

  .heading {
    font-size: 1.375em;
    line-height: 1.25;
  }

  .filters {
    display: grid;
    gap: 0.5em;
  }

  .filters__bar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em;
  }

  .filters__bar .field--search {
    flex: 1 1 12em;
    display: flex;
    align-items: center;
    gap: 0.5em;
  }

  /* The label keeps its word whole (the host's overflow-wrap: anywhere would cut it): the field gives way instead. */
  .filters__bar .field--search label {
    flex: none;
  }

  .filters__bar .field--search input {
    flex: 1 1 auto;
    min-width: 0;
  }

  /* The browser's grey placeholder falls under 4.5:1 on dark and tinted surfaces: the muted text colour, whole. */
  .field--search input::placeholder {
    color: var(--_tf-color-text-muted);
    opacity: 1;
  }

  .filters__count {
    display: inline-grid;
    place-items: center;
    min-width: 1.5em;
    height: 1.5em;
    border-radius: 0.75em;
    background: var(--_tf-color-primary);
    color: var(--_tf-color-on-primary);
    font-size: 0.875em;
  }

  .filters__actions {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .chevron,
  .details-toggle::before {
    box-sizing: border-box;
    display: inline-block;
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 0.125em solid currentColor;
    border-block-end: 0.125em solid currentColor;
    transform: rotate(45deg) translateY(-0.15em);
    transition: transform var(--_tf-transition);
  }

  .filters__toggle[aria-expanded='true'] .chevron,
  .details-toggle[aria-expanded='true']::before {
    transform: rotate(-135deg) translateY(-0.1em);
  }

  .filters__form {
    display: none;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_tf-session-list-columns-min)), 1fr));
    gap: 0.75em 1em;
    align-items: end;
    padding: 0.75em;
    border: 0.0625em solid var(--_tf-color-border);
    border-radius: var(--_tf-radius);
    background: var(--_tf-color-surface-alt);
  }

  .filters__form.is-expanded {
    display: grid;
  }

  .field {
    display: grid;
    gap: 0.25em;
    min-width: 0;
  }

  input[type='month'][data-empty]:not(:focus)::-webkit-datetime-edit {
    color: transparent;
  }

  label {
    font-weight: 600;
  }

  input,
  select {
    width: 100%;
    min-width: 0;
    min-height: 2.75em;
    padding: 0.4em 0.6em;
    border: 0.0625em solid var(--_tf-color-border);
    border-radius: var(--_tf-radius);
    background: var(--_tf-color-surface);
    color: var(--_tf-color-text);
    font: inherit;
  }

  .checks {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }

  .check {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }

  .check input {
    width: 1.5em;
    height: 1.5em;
    min-height: 0;
    margin: 0;
    accent-color: var(--_tf-color-primary);
  }

  .check label {
    font-weight: normal;
  }

  .count {
    font-weight: 600;
  }

  .shared-title {
    font-weight: 600;
    font-size: 1.0625em;
    line-height: 1.3;
  }

  .groups,
  .sessions {
    padding: 0;
    list-style: none;
  }

  .group + .group {
    margin-block-start: var(--_tf-session-list-gap);
  }

  .group__heading {
    margin-block-end: 0.125em;
    font-size: 0.9375em;
    line-height: 1.3;
    color: var(--_tf-color-text-muted);
  }

  .session {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas:
      'when badge'
      'main main'
      'status status'
      'actions actions';
    align-items: center;
    gap: 0 0.75em;
    padding: 0.25em;
    border-block-end: 0.0625em solid var(--_tf-color-border);
    line-height: 1.3;
  }

  .session--later {
    content-visibility: auto;
    contain-intrinsic-size: auto 8.5em;
    overflow-clip-margin: 0.5em;
  }

  .session:first-child {
    border-block-start: 0.0625em solid var(--_tf-color-border);
  }

  .session:focus {
    outline: 0.1875em solid var(--_tf-color-focus);
    outline-offset: 0.125em;
  }

  .session__main {
    grid-area: main;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    min-width: 0;
  }

  .session__title {
    flex: 1 1 100%;
    font-size: 1em;
    line-height: 1.3;
  }

  .session__subtitle {
    color: var(--_tf-color-text-muted);
  }

  .session--shared-title .session__subtitle {
    color: inherit;
    font-weight: 600;
  }

  .session__dates {
    grid-area: when;
    font-weight: 600;
  }

  .session .badge {
    grid-area: badge;
    justify-self: end;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    padding: 0;
    list-style: none;
  }

  .facts--status {
    grid-area: status;
    color: var(--_tf-color-text-muted);
    font-size: 0.9375em;
  }

  .details-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 1.5em;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_tf-color-primary);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .details-toggle::before {
    content: '';
  }

  .details {
    flex: 1 1 100%;
    min-width: 0;
  }

  .details dl {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25em 0.75em;
    margin-block: 0.5em;
  }

  .details dt {
    grid-column: 1;
    font-weight: 600;
  }

  .details dd {
    grid-column: 2;
  }

  .note {
    margin-block-end: 0.5em;
  }

  .actions {
    grid-area: actions;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin-block: 0.25em;
  }

  .actions .button {
    min-height: 2.25em;
    padding-block: 0.25em;
  }

  .session--past,
  .session--cancelled {
    color: var(--_tf-color-text-muted);
  }

  @container tf-session-list (min-width: 40em) {
    .show-results {
      display: none;
    }

    /* Dates beside the rest; the status and the actions under the title until there is room for four columns. */
    .session {
      grid-template-columns: minmax(8em, 11em) minmax(0, 1fr) max-content;
      grid-template-areas:
        'when main badge'
        'when status status'
        'when actions actions';
      align-items: start;
      column-gap: 1em;
    }
  }

  @container tf-session-list (min-width: 56em) {
    /* The status and the actions take what their text needs up to a quarter of the row each, then wrap: a long
       deadline note or two buttons must not take the title's room (with overflow-wrap: anywhere, the title would
       give it all, down to a letter a line). */
    .session {
      grid-template-columns: minmax(8em, 11em) minmax(0, 1fr) fit-content(min(18em, 25%)) fit-content(min(20em, 25%));
      grid-template-areas:
        'when main badge actions'
        'when main status actions';
    }

    .session .badge {
      justify-self: start;
    }

    .actions {
      align-self: center;
    }
  }

  .empty {
    display: grid;
    gap: 0.75em;
    justify-items: start;
    padding: var(--_tf-space);
    border: 0.0625em dashed var(--_tf-color-border);
    border-radius: var(--_tf-radius);
  }

  .more {
    display: flex;
    margin-inline: auto;
  }

  @container tf-session-list (max-width: 24em) {
    .details dl {
      grid-template-columns: minmax(0, 1fr);
    }
    .details dt,
    .details dd {
      grid-column: 1;
    }
    .actions .button {
      flex: 1 1 auto;
    }
  }

  @media print {
    .filters,
    .details-toggle {
      display: none !important;
    }
    .session {
      break-inside: avoid;
    }
  }
`;

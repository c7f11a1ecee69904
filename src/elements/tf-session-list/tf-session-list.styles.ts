import { css } from 'lit';

// Comments stay out of the template (they would ship in the CSS):
// - the filters are a disclosure on narrow containers, always open on wide ones;
// - checkboxes are 1.5em, a 24 px target at the default size (WCAG 2.5.8), their label widening it further;
// - in print, the details (address, body, speakers) are shown: their summary cannot be opened on paper.

export const sessionListStyles = css`
  :host {
    --_tf-session-list-columns-min: var(--tf-session-list-columns-min, 16em);
    --_tf-session-list-gap: var(--tf-session-list-gap, 1em);
  }

  .root {
    container: tf-session-list / inline-size;
    display: grid;
    gap: var(--_tf-session-list-gap);
    min-width: 0;
  }

  .heading {
    font-size: 1.375em;
    line-height: 1.25;
  }

  .filters {
    display: grid;
    gap: 0.75em;
  }

  .filters__toggle {
    justify-self: start;
  }

  .chevron {
    display: inline-block;
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 0.125em solid currentColor;
    border-block-end: 0.125em solid currentColor;
    transform: rotate(45deg) translateY(-0.15em);
    transition: transform var(--_tf-transition);
  }

  .filters__toggle[aria-expanded='true'] .chevron {
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

  @container tf-session-list (min-width: 40em) {
    .filters__toggle {
      display: none;
    }
    .filters__form {
      display: grid;
    }
  }

  .field {
    display: grid;
    gap: 0.25em;
    min-width: 0;
  }

  .field--search {
    grid-column: 1 / -1;
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

  .clear {
    justify-self: start;
  }

  .count {
    font-weight: 600;
  }

  .groups,
  .sessions,
  .facts {
    padding: 0;
    list-style: none;
  }

  .groups,
  .sessions {
    display: grid;
    gap: var(--_tf-session-list-gap);
  }

  .group {
    display: grid;
    gap: 0.75em;
  }

  .group__heading {
    font-size: 1.125em;
    line-height: 1.3;
    padding-block-end: 0.25em;
    border-block-end: 0.0625em solid var(--_tf-color-border);
  }

  .session {
    display: grid;
    gap: 0.4em;
    padding: var(--_tf-space);
    border: 0.0625em solid var(--_tf-color-border);
    border-radius: var(--_tf-radius);
    background: var(--_tf-color-surface);
    box-shadow: var(--_tf-shadow);
  }

  .session:focus {
    outline: 0.1875em solid var(--_tf-color-focus);
    outline-offset: 0.125em;
  }

  .session--past,
  .session--cancelled {
    background: var(--_tf-color-surface-alt);
    box-shadow: none;
  }

  .session__title {
    font-size: 1.0625em;
    line-height: 1.3;
  }

  .session__subtitle {
    color: var(--_tf-color-text-muted);
  }

  .session__dates {
    font-weight: 600;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }

  .details summary {
    cursor: pointer;
    color: var(--_tf-color-primary);
    min-height: 1.5em;
  }

  .details dl {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25em 0.75em;
    margin-block-start: 0.5em;
  }

  .details dt {
    grid-column: 1;
    font-weight: 600;
  }

  .details dd {
    grid-column: 2;
  }

  .note {
    margin-block-start: 0.5em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.25em;
  }

  .empty {
    display: grid;
    gap: 0.75em;
    justify-items: start;
    padding: var(--_tf-space);
    border: 0.0625em dashed var(--_tf-color-border);
    border-radius: var(--_tf-radius);
  }

  .empty__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .more {
    justify-self: center;
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
      flex: 1 1 100%;
    }
  }

  @media print {
    .filters,
    .details summary {
      display: none !important;
    }
    .details::details-content {
      display: contents;
      content-visibility: visible;
    }
    .session {
      box-shadow: none;
      break-inside: avoid;
    }
  }
`;

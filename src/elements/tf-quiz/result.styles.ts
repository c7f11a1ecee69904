import { css } from 'lit';

/**
 * The result step (quiz-result.ts, result-chart.ts): the summary, the score bars (text at the body's size, bars that
 * stretch), the tables on demand, the quiet data actions and the erase dialog.
 */
export const resultStyles = css`
  .overall {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }

  .overall dt {
    color: var(--_tf-color-text-muted);
    font-size: 0.875em;
  }

  .overall dd {
    font-size: 1.5em;
    font-weight: 700;
  }

  .summary {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }

  .summary__head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 1em;
  }

  .recommendations,
  .sessions-to-join,
  .scores {
    display: grid;
    gap: 0.5em;
  }

  .recommendations ul,
  .sessions-to-join ul,
  .picks {
    display: grid;
    gap: 0.35em;
    padding-inline-start: 1.25em;
  }

  .bars {
    display: grid;
    gap: 0.4em;
    padding: 0;
    list-style: none;
    container-type: inline-size;
  }

  .bars__row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.1em 0.75em;
    align-items: baseline;
    line-height: 1.3;
  }

  /* The objective in its own words, shortened to two lines; the detailed table gives it whole. */
  .bars__label {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
  }

  .bars__value {
    font-weight: 700;
    text-align: end;
    white-space: nowrap;
  }

  /* « (à consolider) » under the score: the label keeps the width. */
  .bars__state {
    display: block;
    font-weight: 400;
  }

  .bars__bar {
    display: block;
    grid-column: 1 / -1;
    width: 100%;
    height: 0.4em;
    overflow: hidden;
  }

  .bars__bar--two {
    height: 1em;
  }

  /* Wide: label, bar and score on one line. */
  @container (min-width: 40em) {
    .bars__row {
      grid-template-columns: minmax(0, 1fr) minmax(8em, 30%) 13em;
      align-items: center;
    }

    .bars__bar {
      grid-area: 1 / 2;
    }

    .bars__state {
      display: inline;
    }
  }

  .bars__track {
    fill: var(--_tf-quiz-bar-track);
  }

  .bars__after {
    fill: var(--_tf-quiz-bar-color);
  }

  .bars__before {
    fill: none;
    stroke: currentColor;
    stroke-width: 1;
    stroke-dasharray: 3 2;
  }

  .legend {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }

  .swatch {
    width: 1.25em;
    height: 0.8em;
  }

  .legend .swatch:last-of-type {
    margin-inline-start: 0.75em;
  }

  summary {
    color: var(--_tf-color-primary);
    cursor: pointer;
  }

  .table-wrap {
    max-width: 100%;
    overflow-x: auto;
  }

  table {
    width: 100%;
    margin-block-start: 0.5em;
    border-collapse: collapse;
    /* A page without a doctype (quirks mode) gives tables the browser's font size and line height, not the quiz's. */
    font: inherit;
  }

  caption {
    margin-block-end: 0.35em;
    font-weight: 700;
    text-align: start;
  }

  th,
  td {
    padding: 0.4em 0.5em;
    border-block-end: 0.0625em solid var(--_tf-color-border);
    text-align: start;
    vertical-align: top;
  }

  tbody th {
    font-weight: 400;
  }

  /* Download, print, erase: grouped with the consent, quieter than the buttons above. */
  .your-data {
    display: grid;
    gap: 0.5em;
    padding: 0.75em;
    border-radius: var(--_tf-radius);
    background: var(--_tf-color-surface-alt);
  }

  .minor-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }

  .link-button {
    min-height: 2.5em;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_tf-color-primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .link-button--danger {
    color: var(--_tf-color-danger);
  }

  .link-button--danger::before {
    content: '✕ ' / '';
  }

  .button--danger {
    border-color: var(--_tf-color-danger);
    background: var(--_tf-color-danger);
  }

  .confirm {
    max-width: min(30em, calc(100% - 2em));
    border: 0.0625em solid var(--_tf-color-border);
    border-radius: var(--_tf-radius);
    background: var(--_tf-color-surface);
    color: var(--_tf-color-text);
  }

  .confirm[open] {
    display: grid;
    gap: 0.75em;
  }

  .confirm__title {
    font-weight: 700;
  }

  /* The answers, when opened: each picked option's feedback under it. */
  .review__list {
    display: grid;
    gap: 0.75em;
    padding-inline-start: 1.5em;
  }

  .review .option-feedback {
    margin-block-start: 0.25em;
    padding-inline-start: 0.75em;
  }

  @media print {
    .bars__after {
      fill: #000;
    }
  }
`;

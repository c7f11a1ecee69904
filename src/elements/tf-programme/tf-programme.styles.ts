import { css } from 'lit';
import { documentStyles } from '../../styles/document.styles.js';

export const programmeStyles = [
  documentStyles,
  css`
    :host {
      --_tf-programme-max-width: var(--tf-programme-max-width, var(--_tf-max-width));
      --_tf-accent: var(--tf-programme-accent, var(--_tf-color-primary));
      max-width: var(--_tf-programme-max-width);
      container: tf-programme / inline-size;
    }

    .byline {
      margin-top: 0.25em;
      color: var(--_tf-color-text-muted);
    }

    .funding-rule {
      padding: 0.75em 1em;
      border-inline-start: 0.375em solid var(--_tf-accent);
      border-radius: var(--_tf-radius);
      background: var(--_tf-color-surface-alt);
    }

    .modules {
      gap: 1.5em;
    }

    .module {
      display: grid;
      gap: 0.75em;
      padding: 1em;
      border: 0.0625em solid var(--_tf-color-border);
      border-radius: var(--_tf-radius);
    }

    .module__title {
      font-size: 1.125em;
      line-height: 1.3;
    }

    .module__number,
    .sequence__number {
      color: var(--_tf-accent);
    }

    .subsection__title {
      font-size: 1em;
    }

    .count {
      font-weight: 400;
      color: var(--_tf-color-text-muted);
    }

    .sequence {
      padding-inline-start: 0.75em;
      border-inline-start: 0.1875em solid var(--_tf-accent);
    }

    .training {
      padding: 0.5em 0.75em;
      border-radius: var(--_tf-radius);
      background: var(--_tf-color-surface-alt);
    }

    /* A narrow column (a phone): the boxes nested in one another keep less of their inset, so the text keeps its
       width. */
    @container tf-programme (max-width: 36em) {
      .sheet,
      .module {
        padding: 0.75em;
      }
    }

    @media print {
      .sequence,
      .training {
        break-inside: avoid;
      }
    }

    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-block-start: 0.5em;
      padding: 0;
      list-style: none;
      color: var(--_tf-color-text-muted);
      font-size: 0.875em;
    }
  `,
];

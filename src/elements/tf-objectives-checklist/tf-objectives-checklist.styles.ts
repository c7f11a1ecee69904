import { css } from 'lit';
import { sharedStyles } from '../../styles/shared.styles.js';

export const checklistStyles = [
  sharedStyles,
  css`
    :host {
      --_tf-checklist-progress-color: var(--tf-checklist-progress-color, var(--_tf-color-success));
      --_tf-checklist-acquired-color: var(--tf-checklist-acquired-color, var(--_tf-color-success));
      --_tf-checklist-in-progress-color: var(--tf-checklist-in-progress-color, var(--_tf-color-warning));
    }

    .heading {
      font-size: 1.25em;
      font-weight: 700;
      line-height: 1.3;
    }

    .training-title {
      margin-block-end: calc(var(--_tf-space) * 0.75);
      color: var(--_tf-color-text-muted);
    }

    .progress {
      margin-block-end: var(--_tf-space);
    }

    .progress__text {
      font-weight: 600;
    }

    .progress__bar {
      display: block;
      inline-size: 100%;
      block-size: 0.75em;
      accent-color: var(--_tf-checklist-progress-color);
    }

    /* The numbers sit inside the cards (a number outside floats in the page's margin on a phone). */
    .objectives {
      display: grid;
      gap: calc(var(--_tf-space) * 0.75);
      margin: 0 0 var(--_tf-space);
      padding: 0;
      list-style: none;
    }

    .objective {
      padding: calc(var(--_tf-space) * 0.625) calc(var(--_tf-space) * 0.75);
      border: 0.0625em solid var(--_tf-color-border);
      border-inline-start-width: 0.375em;
      border-radius: var(--_tf-radius);
      background: var(--_tf-color-surface);
      min-inline-size: 0;
    }

    .objective--in-progress {
      border-inline-start-color: var(--_tf-checklist-in-progress-color);
    }

    .objective--acquired {
      border-inline-start-color: var(--_tf-checklist-acquired-color);
    }

    .objective__fieldset {
      min-inline-size: 0;
      padding: 0;
      border: 0;
    }

    .objective__text {
      padding: 0;
      font-weight: 600;
      line-height: 1.35;
    }

    .objective__number {
      color: var(--_tf-color-text-muted);
    }

    /* The three states on one row, each a tile with its radio above its word: on a 320 px phone the row still
       holds (a tile's word wraps inside it before the row does). Columns take their content's width, so that
       "Pas commencé" is not cut to the width of "Acquis". */
    .objective__choices {
      display: grid;
      grid-template-columns: repeat(3, auto);
      justify-content: start;
      gap: 0.375em;
      margin-block-start: 0.5em;
    }

    .choice {
      display: flex;
      flex-direction: column;
      align-items: center;
      min-inline-size: 4.25em;
      padding: 0.25em 0.5em;
      border: 0.0625em solid var(--_tf-color-border);
      border-radius: var(--_tf-radius);
      line-height: 1.25;
      text-align: center;
      cursor: pointer;
    }

    .choice input {
      inline-size: 1.15em;
      block-size: 1.15em;
      margin: 0;
      accent-color: var(--_tf-color-primary);
    }

    /* The chosen state: the tile's edge and ground, as in the quiz; never bold and underlined like a link. */
    .choice:has(:checked) {
      border-color: var(--_tf-color-primary);
      box-shadow: inset 0 0 0 0.0625em var(--_tf-color-primary);
      background: var(--_tf-color-surface-alt);
    }

    .evidence {
      margin-block-start: 0.5em;
      padding: 0.5em 0.75em;
      border-radius: var(--_tf-radius);
      background: var(--_tf-color-surface-alt);
    }

    .evidence__label {
      font-weight: 600;
    }

    .evidence__scores {
      margin: 0;
      padding-inline-start: 1.25em;
    }

    .evidence .button {
      margin-block-start: 0.5em;
    }

    .evidence__followed {
      color: var(--_tf-color-text-muted);
      font-size: 0.9em;
    }

    .note {
      margin-block-start: 0.375em;
    }

    .note__toggle {
      display: inline-block;
      min-block-size: 1.5em;
      color: var(--_tf-color-primary);
      cursor: pointer;
    }

    .note__label,
    .note__hint {
      display: block;
      margin-block-start: 0.5em;
    }

    .note__hint {
      margin-block-start: 0;
      color: var(--_tf-color-text-muted);
      font-size: 0.9em;
    }

    .note__field {
      /* The content of <details> sits in a UA shadow box that does not pass box-sizing down. */
      box-sizing: border-box;
      display: block;
      inline-size: 100%;
      max-inline-size: 100%;
      margin-block-start: 0.25em;
      padding: 0.4em 0.5em;
      border: 0.0625em solid var(--_tf-color-border);
      border-radius: var(--_tf-radius);
      background: var(--_tf-color-surface);
      color: inherit;
      font: inherit;
      resize: vertical;
    }

    .actions {
      display: grid;
      gap: 0.5em;
      padding-block-start: var(--_tf-space);
      border-block-start: 0.0625em solid var(--_tf-color-border);
    }

    .consent {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.25em 0.5em;
      align-items: start;
    }

    .consent input {
      inline-size: 1.15em;
      block-size: 1.15em;
      margin: 0.2em 0 0;
    }

    .consent label {
      font-weight: 600;
      cursor: pointer;
    }

    .consent__hint {
      grid-column: 2;
      color: var(--_tf-color-text-muted);
      font-size: 0.9em;
    }

    .storage-status:empty {
      display: none;
    }


    .actions__buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }

    .print-only {
      display: none;
    }

    @media print {
      .print-only {
        display: block;
      }

      .objective__choices,
      .note {
        display: none;
      }

      .progress__bar {
        display: none;
      }

      .objective {
        break-inside: avoid;
      }

      .print-note {
        white-space: pre-wrap;
      }
    }
  `,
];

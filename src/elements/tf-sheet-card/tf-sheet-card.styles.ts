import { css } from 'lit';
import { documentStyles } from '../../styles/document.styles.js';

export const sheetCardStyles = [
  documentStyles,
  css`
    :host {
      --_tf-sheet-card-max-width: var(--tf-sheet-card-max-width, var(--_tf-max-width));
      --_tf-accent: var(--tf-sheet-card-accent, var(--_tf-color-primary));
      --_tf-sheet-card-reserved-color: var(--tf-sheet-card-reserved-color, var(--_tf-color-warning));
      max-width: var(--_tf-sheet-card-max-width);
    }

    /* Compact cards side by side in a grid or flex row take the row's height, their actions aligned at the bottom. */
    .sheet--compact {
      display: flex;
      flex-direction: column;
      gap: 1em;
      height: 100%;
    }

    .sheet--compact .title {
      font-size: 1.25em;
    }

    .provider {
      margin-top: 0.25em;
      font-weight: 600;
    }

    .compact__actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      margin-top: auto;
    }

    ::slotted([slot='logo']) {
      max-width: 8em;
      max-height: 4em;
      object-fit: contain;
    }

    .people {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    }

    .ranges {
      gap: 0.125em;
    }

    .session {
      display: grid;
      gap: 0.25em;
      padding: 0.75em;
      border: 0.0625em solid var(--_tf-color-border);
      border-radius: var(--_tf-radius);
    }

    .session__head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.75em;
    }

    .email {
      overflow-wrap: anywhere;
    }

    .day {
      display: grid;
      gap: 0.375em;
    }

    .day + .day {
      padding-top: 0.75em;
      border-top: 0.0625em solid var(--_tf-color-border);
    }

    .day--reserved {
      padding-inline-start: 0.75em;
      border-inline-start: 0.25em solid var(--_tf-sheet-card-reserved-color);
    }

    .day__title {
      font-size: 1.0625em;
    }

    .day__label {
      color: var(--_tf-accent);
    }

    .day__meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }

    .tag,
    .reserved {
      display: inline-block;
      padding: 0.0625em 0.5em;
      border: 0.0625em solid currentColor;
      border-radius: var(--_tf-radius);
      font-size: 0.875em;
    }

    .reserved {
      color: var(--_tf-sheet-card-reserved-color);
    }

    .price {
      font-size: 1.125em;
      margin-inline-end: 0.5em;
    }

    .qualiopi {
      display: grid;
      gap: 0.5em;
      padding: 0.75em 1em;
      border: 0.125em dashed var(--_tf-color-warning);
      border-radius: var(--_tf-radius);
    }
  `,
];

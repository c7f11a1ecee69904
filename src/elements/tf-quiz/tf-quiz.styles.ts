import { css } from 'lit';
import { sharedStyles } from '../../styles/shared.styles.js';

/**
 * The quiz's own rules (the intro's, the consent's, the frame); the items' (item.styles.ts) and the result step's
 * (result.styles.ts) come just before them once they are loaded (on-demand.ts).
 */
export const quizOwnStyles = css`
    :host {
      --_tf-quiz-bar-color: var(--tf-quiz-bar-color, var(--_tf-color-primary));
      --_tf-quiz-bar-track: var(--tf-quiz-bar-track, var(--_tf-color-surface-alt));
      --_tf-quiz-scale-min-width: var(--tf-quiz-scale-min-width, 7em);
    }

    /* Rows packed at the top: the reserved height (shared.styles.ts) is room below a short step, not gaps in it. */
    .quiz {
      display: grid;
      align-content: start;
      gap: var(--_tf-space);
      padding: var(--_tf-space);
      border: 0.0625em solid var(--_tf-color-border);
      border-radius: var(--_tf-radius);
      background: var(--_tf-color-surface);
    }

    .quiz > *,
    .intro,
    .step,
    .page,
    .result,
    .item {
      display: grid;
      gap: calc(var(--_tf-space) * 0.75);
      min-width: 0;
    }

    .quiz__title,
    .subheading,
    .minor-heading {
      font-size: 1em;
      line-height: 1.25;
    }

    .quiz__title {
      font-size: 1.375em;
    }

    .subheading {
      font-size: 1.15em;
    }

    .quiz__phase,
    .hint {
      color: var(--_tf-color-text-muted);
      font-size: 0.9375em;
    }

    .notices:empty {
      display: none;
    }

    .notice {
      padding: 0.5em 0.75em;
      border-inline-start: 0.25em solid var(--_tf-color-primary);
      background: var(--_tf-color-surface-alt);
    }

    .notice--warning {
      border-inline-start-color: var(--_tf-color-warning);
    }

    .facts {
      padding-inline-start: 1.25em;
    }

    .privacy {
      display: grid;
      gap: 0.5em;
      padding: 0.75em;
      border-radius: var(--_tf-radius);
      background: var(--_tf-color-surface-alt);
    }

    .nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }

    .choice {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.5em;
      padding: 0.5em 0.75em;
      border: 0.0625em solid var(--_tf-color-border);
      border-radius: var(--_tf-radius);
      cursor: pointer;
    }

    .choice:has(input:checked) {
      border-color: var(--_tf-color-primary);
      box-shadow: inset 0 0 0 0.0625em var(--_tf-color-primary);
    }

    .choice:has(input[aria-disabled='true']) {
      cursor: default;
    }

    .choice input {
      flex: none;
      width: 1.15em;
      height: 1.15em;
      margin: 0;
      accent-color: var(--_tf-color-primary);
      transform: translateY(0.15em);
    }

    .choice span:first-of-type {
      flex: 1 1 10em;
      min-width: 0;
    }

    .consent .choice {
      border: 0;
      padding: 0;
    }

    @media print {
      .quiz {
        border: 0;
        padding: 0;
      }

      .review[hidden] {
        display: block;
      }

      .consent,
      .notices {
        display: none;
      }
    }
  `;

export const quizStyles = [sharedStyles, quizOwnStyles];

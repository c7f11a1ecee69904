import { css } from 'lit';

/**
 * The items' own rules (their controls, progress and correction), loaded with the items' code (on-demand.ts) and
 * adopted just before the quiz's own sheet; the result step shows the answers and corrections with them too.
 */
export const itemStyles = css`
  .item__header {
    display: grid;
    gap: 0.35em;
  }

  progress {
    width: 100%;
    height: 0.6em;
    accent-color: var(--_tf-quiz-bar-color);
  }

  fieldset {
    display: grid;
    gap: 0.5em;
    min-width: 0;
    padding: 0;
    border: 0;
  }

  legend {
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: 600;
    float: left;
    width: 100%;
  }

  legend + * {
    clear: both;
  }

  legend .hint {
    display: block;
    margin-block-start: 0.25em;
    font-weight: 400;
  }

  /* A picked option's own feedback, under it and joined to it. */
  .option-feedback {
    margin-block-start: -0.5em;
    padding: 0.35em 0.75em 0.35em 2.4em;
    border-inline-start: 0.25em solid var(--_tf-color-border);
    font-size: 0.9375em;
  }

  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .scale .choice {
    flex: 1 1 var(--_tf-quiz-scale-min-width);
    flex-direction: column;
    align-items: center;
    text-align: center;
  }

  .scale .choice span:first-of-type {
    flex: none;
  }

  .text-answer--line input {
    flex: 1 1 12em;
    width: auto;
  }

  /* A block, not an inline box on a line of its own: no gap for the line's descenders under it, which a page without
     a doctype (quirks mode) leaves out, so that the item has one height on every page. */
  .text-answer textarea {
    display: block;
  }

  .text-answer--line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .matching__pair {
    display: grid;
    gap: 0.25em;
    margin-block: 0.75em;
  }

  .text-answer textarea,
  .text-answer input,
  .matching select {
    width: 100%;
    max-width: 100%;
    padding: 0.5em;
    border: 0.0625em solid var(--_tf-color-border);
    border-radius: var(--_tf-radius);
    background: var(--_tf-color-surface);
    color: inherit;
    font: inherit;
  }

  .mark {
    font-size: 0.875em;
    font-weight: 600;
  }

  .mark--right {
    color: var(--_tf-color-success);
  }

  .mark--wrong {
    color: var(--_tf-color-danger);
  }

  .feedback {
    display: grid;
    gap: 0.4em;
    padding: 0.75em;
    border-inline-start: 0.3em solid var(--_tf-color-border);
    border-radius: var(--_tf-radius);
    background: var(--_tf-color-surface-alt);
  }

  .feedback--correct {
    border-inline-start-color: var(--_tf-color-success);
  }

  .feedback--partial {
    border-inline-start-color: var(--_tf-color-warning);
  }

  .feedback--incorrect {
    border-inline-start-color: var(--_tf-color-danger);
  }

  .verdict {
    font-weight: 700;
  }

  .verdict__icon {
    display: inline-block;
    min-width: 1.2em;
  }
`;

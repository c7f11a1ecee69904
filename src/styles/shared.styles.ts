import { css } from 'lit';

/**
 * The dark defaults, written once and composed into both places that need them: `theme="dark"`, and
 * `theme="auto"` when the reader's system is dark. Composing `css` results keeps them constructable stylesheets
 * (no `<style>`, no `unsafeCSS`), so strict Content-Security-Policies still pass.
 */
const darkValues = css`
  --_tf-color-primary: var(--tf-color-primary, #a8c8ff);
  --_tf-color-on-primary: var(--tf-color-on-primary, #0b1d36);
  --_tf-color-text: var(--tf-color-text, #ecedf0);
  --_tf-color-background: var(--tf-color-background, transparent);
  --_tf-color-text-muted: var(--tf-color-text-muted, #bfc3cb);
  --_tf-color-surface: var(--tf-color-surface, #17181b);
  --_tf-color-surface-alt: var(--tf-color-surface-alt, #24262b);
  --_tf-color-border: var(--tf-color-border, #8b919b);
  --_tf-color-success: var(--tf-color-success, #86d6a1);
  --_tf-color-warning: var(--tf-color-warning, #ffc27a);
  --_tf-color-danger: var(--tf-color-danger, #ffb4ab);
  --_tf-color-focus: var(--tf-color-focus, #a8c8ff);
  --_tf-shadow: var(--tf-shadow, 0 0.0625em 0.1875em rgb(0 0 0 / 0.5));
  color-scheme: dark;
`;

/**
 * Design tokens, in three layers (see docs/theming.md):
 * - public `--tf-*` properties, set by partners anywhere above the widget (they inherit into shadow roots);
 * - the defaults below, light (always, unless asked) and dark (`theme="dark"`, or `theme="auto"` on a dark system);
 * - private `--_tf-*` properties, the only ones the elements' styles read.
 * Sizes are in `em`: host pages often set `html { font-size: 62.5% }`, which would shrink `rem`.
 *
 * Calm by default (docs/adr/0007-calm-default.md): the host paints no background, so the page shows through, and
 * in light the text takes the page's own colour (`currentColor`); boxes inside use the surface tokens.
 */
export const tokens = css`
  :host {
    --_tf-color-primary: var(--tf-color-primary, #1d4f91);
    --_tf-color-on-primary: var(--tf-color-on-primary, #ffffff);
    --_tf-color-text: var(--tf-color-text, currentColor);
    --_tf-color-background: var(--tf-color-background, transparent);
    --_tf-color-text-muted: var(--tf-color-text-muted, #4b5059);
    --_tf-color-surface: var(--tf-color-surface, #ffffff);
    --_tf-color-surface-alt: var(--tf-color-surface-alt, #f2f4f7);
    --_tf-color-border: var(--tf-color-border, #7a808a);
    --_tf-color-success: var(--tf-color-success, #1b6b3a);
    --_tf-color-warning: var(--tf-color-warning, #8a4600);
    --_tf-color-danger: var(--tf-color-danger, #b3261e);
    --_tf-color-focus: var(--tf-color-focus, #1d4f91);
    --_tf-font-family: var(--tf-font-family, inherit);
    --_tf-font-size: var(--tf-font-size, 1em);
    --_tf-line-height: var(--tf-line-height, 1.5);
    --_tf-radius: var(--tf-radius, 0.375em);
    --_tf-space: var(--tf-space, 1em);
    --_tf-shadow: var(--tf-shadow, 0 0.0625em 0.1875em rgb(0 0 0 / 0.12));
    --_tf-transition: var(--tf-transition, 150ms ease-out);
    --_tf-max-width: var(--tf-max-width, none);
    --_tf-block-margin: var(--tf-block-margin, 1.5em);

    display: block;
    box-sizing: border-box;
    /* One rhythm for every widget (docs/theming.md, "Width and spacing"): the width of the page's column unless
       --tf-max-width caps them all, and the same space above and below, which collapses between two widgets in a
       column as between two paragraphs. A page rule on the tag (tf-quiz { margin: 0 }) still wins. */
    max-width: var(--_tf-max-width);
    margin-block: var(--_tf-block-margin);
    background-color: var(--_tf-color-background);
    /* Inherited on purpose: the page's typeface and size, and in light its text colour (the token's default is
       currentColor). */
    font-family: var(--_tf-font-family);
    font-size: var(--_tf-font-size);
    /* Every other inherited text property is set or reset here, !important because a page rule matching the tag
       itself ("* { letter-spacing: .1em }", "body *") would otherwise win over :host and pass into the inner
       layout. Partners still theme them through the tokens. */
    color: var(--_tf-color-text) !important;
    /* WebKit's text paint, which wins over color: a page's « gradient text » would paint every label. */
    -webkit-text-fill-color: currentcolor !important;
    -webkit-text-stroke: 0 !important;
    /* Text spacing is set on the element itself (controllers/text-spacing.ts): a reader's own spacing
       must reach the text. */
    line-height: var(--_tf-line-height);
    text-align: start !important;
    /* anywhere, not break-word: inside grids and flex items a 10,000-character word would set the minimum width. */
    overflow-wrap: anywhere !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    font-stretch: normal !important;
    font-feature-settings: normal !important;
    font-variation-settings: normal !important;
    font-kerning: auto !important;
    font-size-adjust: none !important;
    text-rendering: auto !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal !important;
    word-break: normal !important;
    hyphens: manual !important;
    line-break: auto !important;
    text-align-last: auto !important;
    cursor: auto !important;
    text-underline-offset: auto !important;
    color-scheme: light;
  }

  :host([hidden]) {
    display: none !important;
  }

  /* The room a widget keeps while its feed loads, so that the page's text below does not move when the content
     arrives (README, "No layout shift", gives the same heights for tf-…:not(:defined), before the script runs).
     Long widgets reserve at least the screen's height: the text below stays out of sight until they have
     rendered. The quiz and the checklist keep their room once loaded: their steps do not make the page jump. */
  :host {
    --_tf-reserved-height: var(--tf-reserved-height, 8em);
  }

  :host(tf-session-list),
  :host(tf-sheet-card),
  :host(tf-programme) {
    --_tf-reserved-height: var(--tf-reserved-height, max(40em, 100vh));
  }

  :host(tf-quiz),
  :host(tf-objectives-checklist) {
    --_tf-reserved-height: var(--tf-reserved-height, 32em);
  }

  :host(tf-quiz) [part~='base'],
  :host(tf-objectives-checklist) [part~='base'] {
    min-height: var(--_tf-reserved-height);
  }

  @media (max-width: 40em) {
    :host(tf-quiz),
    :host(tf-objectives-checklist) {
      --_tf-reserved-height: var(--tf-reserved-height, 52em);
    }
  }

  :host([theme='dark']) {
    ${darkValues}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkValues}
    }
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_tf-transition: 0s;
    }
  }
`;

/** Building blocks every element uses: status messages, skeleton, buttons, links, focus, visually hidden text. */
export const base = css`
  /* On the inner elements themselves, not inherited from :host: a page rule matching the tag ("* { box-sizing:
     content-box }") would win over :host and pass through an "inherit". Not on every ::before and ::after: a
     universal pseudo-element rule makes the browser resolve two more styles per element (the few pseudo-elements
     drawn set their own box sizing). The spacing is for form controls, which the browser gives a spacing of their own: a
     reader's (WCAG 1.4.12, controllers/text-spacing.ts) reaches them too. */
  * {
    box-sizing: border-box;
    letter-spacing: inherit;
    word-spacing: inherit;
  }

  /* The wrapper that gives the widget's content its language and direction (feed-element.ts): no box of its own. */
  .localized {
    display: contents;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  ol,
  dl,
  dd,
  figure,
  fieldset,
  form {
    margin: 0;
  }

  a {
    color: var(--_tf-color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 0.125em;
  }

  /* Visible focus everywhere (WCAG 2.4.7, RGAA 10.7): a ring in the focus token, ≥ 3:1 on surfaces. Date and month
     inputs focus inner fields and a picker button, which :focus-visible on the input misses: ring them on :focus-within. */
  :focus-visible,
  input:is([type='date'], [type='month'], [type='week'], [type='time'], [type='datetime-local']):focus-within {
    outline: 0.1875em solid var(--_tf-color-focus);
    outline-offset: 0.125em;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 0.0625em solid var(--_tf-color-primary);
    border-radius: var(--_tf-radius);
    background: var(--_tf-color-primary);
    color: var(--_tf-color-on-primary);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
    transition: background-color var(--_tf-transition), color var(--_tf-transition);
  }

  .button--secondary {
    background: transparent;
    color: var(--_tf-color-primary);
  }

  .button:hover {
    text-decoration: underline;
  }

  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .status {
    padding: var(--_tf-space);
    border-radius: var(--_tf-radius);
    background: var(--_tf-color-surface-alt);
  }

  .status--loading {
    min-height: var(--_tf-reserved-height);
    background: transparent;
  }

  .status--error {
    border-inline-start: 0.25em solid var(--_tf-color-danger);
  }

  .status__title {
    font-weight: 600;
  }

  .status__hint {
    color: var(--_tf-color-text-muted);
    font-size: 0.875em;
  }

  /* A session's status: the words say it, the colour only repeats it. */
  .badge {
    display: inline-block;
    justify-self: start;
    padding: 0.0625em 0.5em;
    border: 0.0625em solid currentColor;
    border-radius: 1em;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_tf-color-text-muted);
  }

  .badge--open {
    color: var(--_tf-color-success);
  }

  .badge--closing-soon {
    color: var(--_tf-color-warning);
  }

  .badge--closed,
  .badge--full,
  .badge--cancelled {
    color: var(--_tf-color-danger);
  }

  .skeleton {
    display: block;
    height: 1em;
    margin-block: 0.5em;
    border-radius: var(--_tf-radius);
    background: linear-gradient(90deg, var(--_tf-color-surface-alt), var(--_tf-color-surface), var(--_tf-color-surface-alt));
    background-size: 200% 100%;
    animation: tf-shimmer 1.4s linear infinite;
  }

  .skeleton--short {
    width: 60%;
  }

  .skeleton--title {
    width: 75%;
    height: 1.75em;
  }

  @keyframes tf-shimmer {
    from {
      background-position: 200% 0;
    }
    to {
      background-position: -200% 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }

  @media print {
    .button,
    .no-print {
      display: none !important;
    }
  }
`;

export const sharedStyles = [tokens, base];

import { css } from 'lit';

/**
 * Pieces the sheet and the programme overview share: title block, facts list, section titles, lists,
 * registration badges, disclosures and the print rules.
 */
export const documentStyles = css`
  .sheet {
    display: grid;
    gap: 1.5em;
    padding: var(--_tf-space);
    border: 0.0625em solid var(--_tf-color-border);
    border-radius: var(--_tf-radius);
    background: var(--_tf-color-surface);
    box-shadow: var(--_tf-shadow);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1em;
  }

  .header__text {
    flex: 1 1 16em;
    min-width: 0;
  }

  .title {
    font-size: 1.5em;
    line-height: 1.25;
  }

  .subtitle {
    margin-top: 0.25em;
    font-size: 1.125em;
    color: var(--_tf-color-text-muted);
  }

  .eyebrow {
    display: block;
    color: var(--_tf-color-text-muted);
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  .muted {
    color: var(--_tf-color-text-muted);
  }

  .line {
    display: block;
  }

  .facts {
    display: grid;
    gap: 0.5em;
    padding: 0.75em 1em;
    border-radius: var(--_tf-radius);
    background: var(--_tf-color-surface-alt);
  }

  /* Term and value side by side when there is room, stacked on a phone: no media query needed. */
  .fact {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
  }

  .fact dt {
    flex: 0 0 11em;
    font-weight: 600;
  }

  .fact dd {
    flex: 1 1 14em;
    min-width: 0;
  }

  .section {
    display: grid;
    gap: 0.5em;
    align-content: start;
  }

  .section__title {
    padding-bottom: 0.25em;
    border-bottom: 0.125em solid var(--_tf-accent);
    font-size: 1.1875em;
    line-height: 1.3;
  }

  .list {
    padding-inline-start: 1.25em;
  }

  .list > li + li {
    margin-top: 0.25em;
  }

  /* Lists of cards (sessions, people, modules, sequences, trainings): no bullets, spaced. */
  .sessions,
  .people,
  .ranges,
  .modules,
  .sequences,
  .trainings {
    display: grid;
    gap: 0.75em;
    padding: 0;
    list-style: none;
  }

  .disclosure > summary {
    display: list-item;
    min-height: 2.75em;
    padding-block: 0.5em;
    color: var(--_tf-color-primary);
    font-weight: 600;
    cursor: pointer;
  }

  .disclosure > summary:hover {
    text-decoration: underline;
  }

  .disclosure__body {
    display: grid;
    gap: 0.75em;
  }

  @media print {
    :host {
      --_tf-color-text: #000000;
      --_tf-color-text-muted: #333333;
      --_tf-color-primary: #000000;
      --_tf-color-surface: #ffffff;
      --_tf-color-surface-alt: #ffffff;
      --_tf-accent: #000000;
      max-width: none;
    }

    .sheet {
      padding: 0;
      border: 0;
      box-shadow: none;
    }

    .facts {
      padding: 0;
    }

    /* Belt and braces beside the beforeprint handler: a closed disclosure still prints its content. */
    .disclosure::details-content {
      display: contents;
      content-visibility: visible;
    }

    .section__title,
    .day__title {
      break-after: avoid;
    }

    li,
    .fact {
      break-inside: avoid;
    }

    a[data-print-url]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;

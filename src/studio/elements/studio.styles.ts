import { css } from 'lit';

/** The studio's look: a calm, dense authoring tool; every colour pair passes WCAG AA. */
export const studioStyles = css`
  :host {
    --studio-primary: #1d4f91;
    --studio-primary-dark: #163d70;
    --studio-text: #1b1c1f;
    --studio-muted: #4b5059;
    --studio-surface: #ffffff;
    --studio-surface-alt: #f2f4f7;
    --studio-border: #7a808a;
    --studio-line: #d6dae1;
    --studio-danger: #b3261e;
    --studio-warning: #8a4600;
    --studio-success: #1b6b3a;
    display: block;
    color: var(--studio-text);
    background: var(--studio-surface-alt);
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    font-size: 1rem;
    line-height: 1.5;
    min-height: 100vh;
    /* A 300-letter word in a title must not widen the page (WCAG 1.4.10: no horizontal scrolling at 320 px). */
    overflow-wrap: anywhere;
  }
  *, *::before, *::after { box-sizing: border-box; }
  h1, h2, h3 { margin: 0 0 0.5rem; line-height: 1.25; }
  h1 { font-size: 1.5rem; }
  h2 { font-size: 1.2rem; margin-top: 0.75rem; }
  h3 { font-size: 1rem; margin-top: 0.75rem; }
  p { margin: 0 0 0.5rem; }
  :focus-visible { outline: 3px solid var(--studio-primary); outline-offset: 2px; }
  /* Headings take focus only to move the reader there; they are not controls. */
  [tabindex='-1']:focus-visible { outline: none; }

  button {
    font: inherit;
    border: 1px solid var(--studio-primary);
    background: var(--studio-primary);
    color: #fff;
    border-radius: 0.375rem;
    padding: 0.375rem 0.75rem;
    cursor: pointer;
  }
  button:hover:not([disabled]) { background: var(--studio-primary-dark); }
  button[disabled] { opacity: 0.55; cursor: not-allowed; }
  button.quiet, button.add, button.link, .toolbar button, button.nav-entry {
    background: var(--studio-surface);
    color: var(--studio-primary);
  }
  button.quiet:hover:not([disabled]), button.add:hover, .toolbar button:hover:not([disabled]), button.nav-entry:hover { background: #e6edf7; }
  button.add::before { content: '+ '; font-weight: 700; }
  button.link {
    border: none;
    padding: 0;
    text-align: start;
    text-decoration: underline;
    background: none;
  }
  button.icon-button { padding: 0.25rem 0.5rem; background: var(--studio-surface); color: var(--studio-primary); }

  input, select, textarea {
    font: inherit;
    color: inherit;
    background: var(--studio-surface);
    border: 1px solid var(--studio-border);
    border-radius: 0.375rem;
    padding: 0.375rem 0.5rem;
    width: 100%;
    min-width: 0;
  }
  input[type='checkbox'], input[type='radio'] { width: auto; accent-color: var(--studio-primary); }
  input[disabled], textarea[disabled] { background: var(--studio-surface-alt); }
  [aria-invalid='true'] { border-color: var(--studio-danger); box-shadow: inset 4px 0 0 var(--studio-danger); }
  textarea.code { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; font-size: 0.875rem; }

  .studio-header {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    justify-content: space-between;
    align-items: flex-start;
    padding: 1rem 1.25rem 0.5rem;
    background: var(--studio-surface);
    border-bottom: 1px solid var(--studio-line);
  }
  .intro { color: var(--studio-muted); max-width: 48rem; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
  .toolbar .language { display: flex; gap: 0.5rem; align-items: center; white-space: nowrap; }
  .toolbar .language select { width: auto; }
  .draft-note {
    margin: 0;
    padding: 0.5rem 1.25rem;
    background: #e8f1e9;
    border-bottom: 1px solid var(--studio-line);
    font-size: 0.9375rem;
  }
  .draft-note button { margin-inline-start: 0.5rem; padding: 0.125rem 0.5rem; }
  .notice { min-height: 2.25rem; padding: 0.375rem 1.25rem; font-weight: 600; }
  .notice button { margin-inline-start: 0.5rem; padding: 0.125rem 0.5rem; }

  .workspace {
    display: grid;
    grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr) minmax(22rem, 40%);
    gap: 1rem;
    padding: 0 1.25rem 1.5rem;
    align-items: start;
  }
  @media (max-width: 70rem) {
    .workspace { grid-template-columns: 1fr; }
  }
  studio-nav, .editor-pane, .side-pane {
    display: block;
    background: var(--studio-surface);
    border: 1px solid var(--studio-line);
    border-radius: 0.5rem;
    padding: 1rem;
  }
  .side-pane { position: sticky; top: 0.5rem; max-height: calc(100vh - 1rem); overflow: auto; }
  .nav-list { list-style: none; margin: 0 0 0.5rem; padding: 0; }
  .nav-list li { margin: 0.125rem 0; }
  button.nav-entry { width: 100%; text-align: start; border-color: transparent; }
  button.nav-entry[aria-current='true'] { border-color: var(--studio-primary); background: #e6edf7; font-weight: 600; }
  .badge {
    display: inline-block;
    border-radius: 1rem;
    padding: 0 0.5rem;
    background: var(--studio-danger);
    color: #fff;
    font-size: 0.8125rem;
    font-weight: 600;
  }

  .form-body { display: grid; gap: 0.75rem; }
  .field { display: grid; gap: 0.25rem; }
  .field > label, legend { font-weight: 600; }
  .field.checkbox { display: flex; gap: 0.5rem; align-items: center; }
  .field.checkbox label { font-weight: 400; }
  .control-row { display: flex; gap: 0.375rem; }
  .optional { font-weight: 400; color: var(--studio-muted); font-size: 0.875rem; }
  .hint { color: var(--studio-muted); font-size: 0.875rem; }
  .field-error { color: var(--studio-danger); font-weight: 600; font-size: 0.9375rem; margin: 0; }
  .field-error::before { content: '⚠ '; }
  fieldset { border: 1px solid var(--studio-line); border-radius: 0.5rem; padding: 0.75rem; margin: 0; display: grid; gap: 0.75rem; min-width: 0; }
  fieldset.item { background: var(--studio-surface-alt); }
  fieldset.item fieldset.item { background: var(--studio-surface); }
  legend { padding: 0 0.25rem; }
  .item-actions, .actions { display: flex; flex-wrap: wrap; gap: 0.375rem; }
  .item-actions button { padding: 0.125rem 0.5rem; font-size: 0.875rem; }
  .absent { justify-items: start; }
  .pager { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
  .pager p { margin: 0; }

  [role='tablist'] { display: flex; gap: 0.25rem; border-bottom: 2px solid var(--studio-line); margin-bottom: 0.5rem; }
  [role='tab'] { background: none; color: var(--studio-primary); border: none; border-bottom: 3px solid transparent; border-radius: 0; }
  [role='tab'][aria-selected='true'] { border-bottom-color: var(--studio-primary); font-weight: 700; color: var(--studio-text); }
  [role='tab']:hover { background: #e6edf7; }
  .problems { padding-inline-start: 1.25rem; display: grid; gap: 0.375rem; }
  .problems code { display: block; color: var(--studio-muted); font-size: 0.8125rem; overflow-wrap: anywhere; }
  .ok { color: var(--studio-success); font-weight: 600; }
  .warning { color: var(--studio-warning); font-weight: 600; }

  .preview-controls { display: grid; gap: 0.5rem; grid-template-columns: 1fr 1fr; }
  .preview-controls label { display: grid; gap: 0.25rem; font-weight: 600; }
  .segmented { display: flex; gap: 0.75rem; flex-wrap: wrap; padding: 0.375rem 0.75rem; }
  .segmented label { display: flex; flex-direction: row; gap: 0.375rem; align-items: center; font-weight: 400; }
  .preview-frame {
    display: block;
    margin: 0.75rem auto;
    border: 1px solid var(--studio-line);
    border-radius: 0.5rem;
    padding: 0.75rem;
    background: #ffffff;
    overflow: auto;
    max-height: 70vh;
  }
  .preview-frame.phone { width: 360px; max-width: 100%; }
  /* A desktop page, zoomed out to fit the panel: the widget lays itself out at 960 CSS pixels. */
  .preview-frame.desktop { width: 960px; zoom: 0.55; max-height: 127vh; }
  .preview-frame.dark { background: #15181d; color: #f1f3f5; }

  dialog {
    border: 1px solid var(--studio-border);
    border-radius: 0.75rem;
    padding: 1.25rem;
    max-width: min(40rem, 95vw);
    color: var(--studio-text);
    background: var(--studio-surface);
  }
  dialog::backdrop { background: rgb(0 0 0 / 0.45); }
  .open-dialog { display: none; }
  .open-dialog[open] { display: grid; gap: 0.75rem; }
  .drop-zone { border: 2px dashed var(--studio-border); border-radius: 0.5rem; padding: 0.75rem; }
  .calendar-head { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; }
  .calendar-head h3 { margin: 0; text-transform: capitalize; }
  .calendar-grid { border-collapse: collapse; margin: 0.5rem auto; }
  .calendar-grid th { font-size: 0.8125rem; color: var(--studio-muted); padding: 0.25rem; }
  .calendar-grid abbr { text-decoration: none; }
  .calendar-grid td { padding: 0.125rem; text-align: center; }
  .calendar-grid button { width: 2.5rem; height: 2.5rem; padding: 0; background: var(--studio-surface); color: var(--studio-text); border-color: var(--studio-line); }
  .calendar-grid button[aria-pressed='true'] { background: var(--studio-primary); color: #fff; border-color: var(--studio-primary); }
  .calendar-grid button[aria-current='date'] { font-weight: 800; text-decoration: underline; }
  .calendar-status { min-height: 1.5rem; font-weight: 600; }
  /* At 320 px the dialog is about 300 px wide: seven days still fit, Sunday included. */
  @media (max-width: 26rem) {
    dialog { padding: 0.75rem; }
    .calendar-grid th { padding: 0.125rem 0; }
    .calendar-grid td { padding: 1px; }
    .calendar-grid button { width: 2.25rem; height: 2.25rem; font-size: 0.9375rem; }
  }
  .import-notes { font-size: 0.875rem; }
`;

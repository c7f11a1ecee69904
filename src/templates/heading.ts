import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** The `heading-level` attribute as a real heading level: whole, from 1 to 6, 2 when absent or invalid. */
export function clampHeadingLevel(level: number | undefined): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level as number))) : 2;
}

/**
 * A heading of a level chosen at run time, so that a widget fits the outline of the host page
 * (lit cannot bind a tag name, and `lit/static-html` would weigh more than these six templates).
 */
export function heading(level: number, content: unknown, id?: string, className?: string, part?: string): TemplateResult {
  const at = clampHeadingLevel(level);
  const [i, c, p] = [ifDefined(id), ifDefined(className), ifDefined(part)];
  switch (at) {
    case 1:
      return html`<h1 id=${i} class=${c} part=${p}>${content}</h1>`;
    case 2:
      return html`<h2 id=${i} class=${c} part=${p}>${content}</h2>`;
    case 3:
      return html`<h3 id=${i} class=${c} part=${p}>${content}</h3>`;
    case 4:
      return html`<h4 id=${i} class=${c} part=${p}>${content}</h4>`;
    case 5:
      return html`<h5 id=${i} class=${c} part=${p}>${content}</h5>`;
    default:
      return html`<h6 id=${i} class=${c} part=${p}>${content}</h6>`;
  }
}

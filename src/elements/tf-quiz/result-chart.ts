/**
 * The score bars of the result step: one row per objective or sequence, its label and score as HTML text (the size
 * of the page's text at every width), and a bar drawn in SVG with percentage widths (no inline style, so that a strict
 * CSP allows it; no text inside the SVG, so nothing scales with the width). With a `before` score, the row has two
 * bars: "before" outlined and dashed, "after" filled, so that they differ by shape, not by colour alone, and the
 * text says which is which to assistive technologies.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';

export interface ScoreRow {
  /** The objective's or sequence's own words; CSS shortens it to two lines, the detailed table gives it whole. */
  label: string;
  score: number | undefined;
  /** The positioning's score, when the result is compared with it. */
  before?: number | undefined;
  /** After the score: « (atteint) », « (à consolider) ». */
  state?: string;
}

export interface ChartText {
  before: string;
  after: string;
  format: (score: number) => string;
}

const width = (score: number | undefined) => `${Math.min(100, Math.max(0, score ?? 0))}%`;

/** The key of a comparison: shown, and hidden from assistive technologies, which hear "before" and "after" in each row. */
export function chartLegend(text: ChartText): TemplateResult {
  const swatch = (kind: 'before' | 'after') =>
    html`<svg class="swatch" viewBox="0 0 16 10" aria-hidden="true" focusable="false"><rect class="bars__${kind}" x="0.5" y="0.5" width="15" height="9"></rect></svg>`;
  return html`<p class="legend" aria-hidden="true">${swatch('before')} ${text.before} ${swatch('after')} ${text.after}</p>`;
}

export function scoreChart(rows: readonly ScoreRow[], text: ChartText, comparing: boolean): TemplateResult {
  const value = (score: number | undefined) => (score === undefined ? '–' : text.format(score));
  return html`<ul class="bars" part="chart">
    ${rows.map(
      (row) => html`<li class="bars__row">
        <span class="bars__label">${row.label}</span>
        <span class="bars__value"
          >${comparing
            ? html`<span class="visually-hidden">${text.before} </span>${value(row.before)}<span aria-hidden="true"> → </span
                ><span class="visually-hidden">, ${text.after} </span>`
            : nothing}${value(row.score)}${row.state ? html` <span class="bars__state">${row.state}</span>` : nothing}</span
        >
        <svg class="bars__bar ${comparing ? 'bars__bar--two' : ''}" aria-hidden="true" focusable="false">
          <rect class="bars__track" width="100%" height="100%"></rect>
          ${comparing
            ? svg`<rect class="bars__before" x="0.5" y="0.5" width=${width(row.before)} height="40%"></rect>
                <rect class="bars__after" y="55%" width=${width(row.score)} height="45%"></rect>`
            : svg`<rect class="bars__after" width=${width(row.score)} height="100%"></rect>`}
        </svg>
      </li>`,
    )}
  </ul>`;
}

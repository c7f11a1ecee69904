/**
 * The before/after chart: horizontal bars drawn in SVG by us (no chart library), sized with SVG attributes so
 * that a strict CSP (no inline styles) allows it. "Before" is an outlined bar and "after" a filled one, so that
 * the two differ by shape, not by colour alone. The element puts a real table next to it for screen readers.
 */
import { svg, type SVGTemplateResult, type TemplateResult, html } from 'lit';

export interface ComparisonRow {
  /** Short label that fits the chart ("Objectif 2", "Séquence 3"); the table gives the full text. */
  label: string;
  before: number | undefined;
  after: number | undefined;
}

const width = 320;
const labelHeight = 16;
const barHeight = 10;
const rowGap = 14;
const valueWidth = 44;
const legendHeight = 28;
const barSpace = width - valueWidth;
const rowHeight = labelHeight + barHeight * 2 + 4 + rowGap;

function bar(y: number, value: number | undefined, kind: 'before' | 'after', format: (score: number) => string): SVGTemplateResult {
  const length = value === undefined ? 0 : Math.max(1, (value / 100) * barSpace);
  return svg`<rect class="chart__bar chart__bar--${kind}" x="0.5" y=${y + 0.5} width=${length} height=${barHeight - 1}></rect>
    <text class="chart__value" x=${barSpace + 6} y=${y + barHeight - 1}>${value === undefined ? '–' : format(value)}</text>`;
}

/** `text.label` names the chart for assistive technologies and points them to the table. */
export function comparisonChart(rows: readonly ComparisonRow[], text: { label: string; before: string; after: string; format: (score: number) => string }): TemplateResult {
  const height = legendHeight + rows.length * rowHeight;
  return html`<svg class="chart" part="chart" role="img" aria-label=${text.label} viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">
    <rect class="chart__bar chart__bar--before" x="0.5" y="4.5" width="15" height=${barHeight - 1}></rect>
    <text class="chart__legend" x="22" y="13">${text.before}</text>
    <rect class="chart__bar chart__bar--after" x="110" y="4" width="16" height=${barHeight}></rect>
    <text class="chart__legend" x="132" y="13">${text.after}</text>
    ${rows.map((row, index) => {
      const top = legendHeight + index * rowHeight;
      return svg`<text class="chart__label" x="0" y=${top + 12}>${row.label}</text>
        ${bar(top + labelHeight, row.before, 'before', text.format)}
        ${bar(top + labelHeight + barHeight + 4, row.after, 'after', text.format)}`;
    })}
  </svg>`;
}

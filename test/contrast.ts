/**
 * WCAG 2.2 contrast, computed here rather than taken from a library: relative luminance of sRGB colours
 * (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance) and the (L1 + 0.05) / (L2 + 0.05) ratio.
 */
export type Rgb = readonly [number, number, number];

/** Parses `#rgb`, `#rrggbb`, `rgb(r g b)` / `rgb(r, g, b)` (alpha ignored: our tokens are opaque). */
export function parseColor(value: string): Rgb {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text);
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(text);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`Unsupported colour: "${value}"`);
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const [l1, l2] = [relativeLuminance(parseColor(a)), relativeLuminance(parseColor(b))].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** A set of colour tokens, by name without prefix: `primary`, `text`, `surface`… */
export type Palette = Record<string, string>;

/** One pair that must reach `minimum`: text ≥ 4.5 (WCAG 1.4.3), UI components ≥ 3 (WCAG 1.4.11). */
export interface ContrastRule {
  foreground: string;
  background: string;
  minimum: number;
}

export const contrastRules: readonly ContrastRule[] = [
  { foreground: 'text', background: 'surface', minimum: 4.5 },
  { foreground: 'text', background: 'surface-alt', minimum: 4.5 },
  { foreground: 'text-muted', background: 'surface', minimum: 4.5 },
  { foreground: 'text-muted', background: 'surface-alt', minimum: 4.5 },
  { foreground: 'primary', background: 'surface', minimum: 4.5 },
  { foreground: 'primary', background: 'surface-alt', minimum: 4.5 },
  { foreground: 'on-primary', background: 'primary', minimum: 4.5 },
  { foreground: 'border', background: 'surface', minimum: 3 },
  { foreground: 'focus', background: 'surface', minimum: 3 },
  { foreground: 'focus', background: 'surface-alt', minimum: 3 },
  { foreground: 'success', background: 'surface', minimum: 4.5 },
  { foreground: 'warning', background: 'surface', minimum: 4.5 },
  { foreground: 'danger', background: 'surface', minimum: 4.5 },
  { foreground: 'success', background: 'surface-alt', minimum: 4.5 },
  { foreground: 'warning', background: 'surface-alt', minimum: 4.5 },
  { foreground: 'danger', background: 'surface-alt', minimum: 4.5 },
];

/** Every rule the palette fails, as readable lines (empty when all pass). */
export function contrastFailures(palette: Palette): string[] {
  const failures: string[] = [];
  for (const { foreground, background, minimum } of contrastRules) {
    const fg = palette[foreground];
    const bg = palette[background];
    if (fg === undefined || bg === undefined) {
      failures.push(`${foreground} on ${background}: missing token`);
      continue;
    }
    const ratio = contrastRatio(fg, bg);
    if (ratio < minimum) failures.push(`${foreground} ${fg} on ${background} ${bg}: ${ratio.toFixed(2)} < ${minimum}`);
  }
  return failures;
}

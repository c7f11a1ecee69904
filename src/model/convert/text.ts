/**
 * Rich text of other tools (HTML from H5P and GIFT's `[html]`, GIFT's `[markdown]`) made plain, as the feed holds
 * only plain text: the widgets render it as text, never as markup, so that a feed cannot inject HTML into a page.
 */
import { decodeHTMLStrict } from 'entities/decode';

/** A quantity as the feed's French labels write it: `10,5`, `7` (two decimals at most, no grouping). */
export const frenchNumber = (value: number): string => value.toLocaleString('fr-FR', { maximumFractionDigits: 2, useGrouping: false });

/** A duration in hours or days worth a label: more than nothing once written with two decimals (not 0, not 1e-7). */
export const isDurationAmount = (value: number): boolean => Math.round(value * 100) > 0;

/**
 * HTML's character references decoded, as a page shows them: every named one HTML defines (`&eacute;`, `&rsquo;`,
 * `&hellip;`, `&euro;`, what editors write for accents and French typography), and numeric ones. Only those closed by
 * `;`, as editors write them: an address's `&section=2` stays as written.
 */
export const decodeEntities = (text: string): string => decodeHTMLStrict(text);

/** Runs of spaces and tabs made one space, lines trimmed, empty lines dropped. */
export function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * A `<` that opens no tag, comment or end tag (`a < b`, `x<3`, `<=`) is text, as a browser reads it: written `&lt;`
 * before the tags are taken out, so that it survives up to a later `>`.
 */
const lessThanAsText = (html: string): string => html.replace(/<(?![a-zA-Z]|\/[a-zA-Z]|!)/g, '&lt;');

/**
 * HTML laid out as lines before its tags go: a block (paragraph, table, row, list, item…) starts a line, as it does
 * on the page, and a table's cells are separated by « | » rather than run together (`1`, `3`, `5` read « 1 | 3 | 5 »,
 * not « 135 »).
 */
const htmlLines = (html: string): string =>
  html
    .replace(/<\/t[dh]\s*>\s*(?=<t[dh][\s>])/gi, '$& | ')
    .replace(/<(?:p|div|table|thead|tbody|tfoot|tr|caption|ul|ol|li|dl|dt|dd|h[1-6]|blockquote|pre|figure|figcaption|hr)(?=[\s/>])/gi, '\n$&');

/**
 * HTML as plain text, as a page shows it: a block starts and ends a line, `<br>` breaks one, table cells are kept
 * apart, tags go, a `<` that opens no tag stays, entities are decoded.
 */
export function htmlToText(html: string): string {
  const withBreaks = htmlLines(lessThanAsText(html))
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|tr|blockquote|pre)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return tidyLines(decodeEntities(withBreaks.replace(/\r\n?/g, '\n')));
}

/** Markdown as plain text: emphasis, code marks and heading marks go, a link keeps its text, entities are decoded (not in code). */
export function markdownToText(markdown: string): string {
  return tidyLines(
    markdown
      .replace(/(`[^`]*`)|&(?:#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, code: string | undefined) => code ?? decodeEntities(whole))
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?!\w)/g, '$1$2')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/^\s{0,3}#{1,6}\s+/gm, '')
      .replace(/^\s{0,3}[-*+]\s+/gm, ''),
  );
}

/**
 * Why `JSON.parse` refused `text`, read from its error message, which is English and worded by each engine:
 * `'truncated'` when the text ends too soon, else the line and column (from 1) where it stopped, or undefined when the
 * message says neither (JavaScriptCore gives no place).
 */
export function jsonParseFailure(text: string, message: string): 'truncated' | { line: number; column: number } | undefined {
  // V8: « Unexpected end of JSON input », « Unterminated string in JSON at position 8 »; SpiderMonkey: « unexpected
  // end of data », « unterminated string literal »; JavaScriptCore: « Unexpected EOF », « Unterminated string ».
  if (/end of (JSON )?(input|data)|unterminated|\bEOF\b/i.test(message)) return 'truncated';
  // V8: « … in JSON at position 14 », which is the text's end when it stops after a value (`{"a": 1`).
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined) {
    if (Number(position) >= text.trimEnd().length) return 'truncated';
    const before = text.slice(0, Number(position)).split('\n');
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
  }
  // SpiderMonkey: « … at line 2 column 6 of the JSON data ».
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  return lineColumn ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) } : undefined;
}

/** A text as one line of `max` characters at most: white space collapsed, cut at a word's end with « … ». */
export function shortLine(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const wordEnd = cut.lastIndexOf(' ');
  // Never between the two halves of a character beyond U+FFFF (an emoji), when one word fills the line.
  return `${wordEnd > 0 ? cut.slice(0, wordEnd).replace(/[,;:]+$/, '') : cut.replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/** A string usable as a feed id: accents dropped, other characters made dashes. Empty when nothing is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9._:-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

/** Hands out ids unique within one quiz: `wanted`, else `wanted-2`, `wanted-3`… */
export class UniqueIds {
  private readonly taken = new Set<string>();

  take(wanted: string, fallback: string): string {
    const base = slugify(wanted) || fallback;
    let id = base;
    for (let n = 2; this.taken.has(id); n += 1) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** Which importer a file needs, from its name and first bytes, for `import` without `--from` and for `<tf-feed>`. */
import { decodeText, looksBinary, xmlDeclaredEncoding, type TextSource } from './decode.js';

export type DetectedFormat = 'json' | 'lheo' | 'csv' | 'unknown';

/** Binary content is unknown; JSON starts with `{`; LHEO is XML whose root is `lheo` or `lheo-index`; a first line with `;` or `,` is CSV. */
export function detectFormat(source: TextSource, fileName = ''): DetectedFormat {
  const head = typeof source === 'string' ? source.slice(0, 4096) : decodeText(source instanceof Uint8Array ? source.subarray(0, 4096) : new Uint8Array(source).subarray(0, 4096), xmlDeclaredEncoding).text;
  const text = head.replace(/^\uFEFF/, '').trimStart();
  // Binary bytes decoded as Windows-1252 often hold a `;` or a `,`: they are no format of ours.
  if (looksBinary(text)) return 'unknown';
  if (text.startsWith('{')) return 'json';
  if (text.startsWith('<')) {
    // A DOCTYPE names the root element: its internal subset may be longer than the head read here.
    const root = /<(?:!DOCTYPE\s+|(?!\?|!))(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(text.replace(/<!--[\s\S]*?-->/g, ''))?.[1];
    return root === 'lheo' || root === 'lheo-index' ? 'lheo' : 'unknown';
  }
  if (/\.csv$/i.test(fileName) || /^[^\n]*[;,\t][^\n]*\n/.test(text)) return 'csv';
  return 'unknown';
}

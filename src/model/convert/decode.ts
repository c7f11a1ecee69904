/**
 * Bytes to text for the importers. Files from training bodies come as UTF-8 (with or without a BOM), UTF-16 with
 * a BOM, or in the legacy encodings of French spreadsheets and older LHEO exports (ISO-8859-1, which browsers and
 * Node decode as its superset Windows-1252). TextDecoder does the decoding, in Node and in the browser alike.
 */

/** What an importer accepts: text already decoded, or the file's bytes. */
export type TextSource = string | Uint8Array | ArrayBuffer;

export interface DecodedText {
  text: string;
  /** The encoding the text was read with, as a WHATWG label ("utf-8", "windows-1252"). */
  encoding: string;
}

/**
 * Windows-1252's 0x80–0x9F (’ – € œ…). Node's TextDecoder decodes the "windows-1252" label as plain ISO-8859-1,
 * leaving invisible C1 control characters there; browsers do not. Mapping them afterwards fixes Node and is a no-op
 * in browsers.
 */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decode(bytes: Uint8Array, label: string, fatal = false): string {
  const text = new TextDecoder(label, { fatal }).decode(bytes);
  return label === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => windows1252High[c.charCodeAt(0) - 0x80] ?? c) : text;
}

function knownLabel(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/**
 * Decodes `source`: a byte-order mark wins; then the encoding an XML declaration names (`declaredEncoding`); then
 * UTF-8 when the bytes are valid UTF-8; else Windows-1252. A string is returned as is, less its BOM.
 */
export function decodeText(source: TextSource, declaredEncoding?: (head: string) => string | undefined): DecodedText {
  if (typeof source === 'string') return { text: source.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  const bytes = source instanceof Uint8Array ? source : new Uint8Array(source);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode(bytes.subarray(3), 'utf-8'), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const declared = declaredEncoding?.(decode(bytes.subarray(0, 200), 'windows-1252'));
  const label = declared === undefined ? undefined : knownLabel(declared);
  if (label !== undefined && label !== 'utf-8') return { text: decode(bytes, label), encoding: label };
  try {
    return { text: decode(bytes, 'utf-8', true), encoding: 'utf-8' };
  } catch {
    return { text: decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
  }
}

/** JSON as read, or the text itself when it is no JSON, so that the converter reports it unreadable with its own words. */
export function jsonOf(source: TextSource): unknown {
  const text = decodeText(source).text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The `encoding="…"` of an XML declaration, if any. */
export function xmlDeclaredEncoding(head: string): string | undefined {
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
}

/**
 * Whether decoded text is in fact a binary file (an image, an .xlsx saved under a .csv name, random bytes): a NUL
 * character, or more than 5 % of control characters other than tab, line feed and carriage return in its first
 * 8,000 characters. Text files of training bodies have none (a stray end-of-file mark, Ctrl+Z, is one in thousands);
 * decoding random bytes as Windows-1252 gives about one in nine. UTF-16 files are recognised by their BOM first.
 */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 8000);
  if (head.includes('\u0000')) return true;
  const controls = head.match(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g)?.length ?? 0;
  return head.length > 0 && controls / head.length > 0.05;
}

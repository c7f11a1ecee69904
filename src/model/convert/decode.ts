/**
 * Bytes to text for the importers. Files from training bodies come as UTF-8 (with or without a BOM), UTF-16 with
 * a BOM, or in the legacy encodings of French spreadsheets and older LHEO exports (ISO-8859-1, which browsers and
 * Node decode as its superset Windows-1252). TextDecoder does the decoding, in Node and in the browser alike.
 */

import type { ReportNote } from './import-report.js';

/** What an importer accepts: text already decoded, or the file's bytes. */
export type TextSource = string | Uint8Array | ArrayBuffer;

export interface DecodedText {
  text: string;
  /** The encoding the text was read with, as a WHATWG label ("utf-8", "windows-1252"). */
  encoding: string;
  /**
   * Bytes that are not UTF-8 in a file that otherwise is (a « é » pasted from an older file): each read as the
   * Windows-1252 character it is there, rather than the whole file read as Windows-1252. How many, and on which lines.
   */
  strayBytes?: { count: number; lines: number[] };
  /** The encoding an XML declaration named, when the bytes are UTF-8 all the same (and were read as such). */
  declared?: string;
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
 * Where UTF-8 fails in `bytes`: the offsets of the bytes that start no valid sequence, and how many valid sequences
 * of more than one byte (accented letters) there are. TextDecoder judges each candidate sequence.
 */
function utf8Survey(bytes: Uint8Array): { stray: number[]; multiByte: number } {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const stray: number[] = [];
  let multiByte = 0;
  for (let index = 0; index < bytes.length; ) {
    const lead = bytes[index] as number;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    // Continuation bytes first (10xxxxxx): an accent of a legacy file, followed by a letter, fails here, cheaply.
    let valid = index + length <= bytes.length && bytes.subarray(index + 1, index + length).every((byte) => (byte & 0xc0) === 0x80);
    if (valid) {
      try {
        strict.decode(bytes.subarray(index, index + length));
      } catch {
        valid = false;
      }
    }
    if (valid) {
      multiByte += 1;
      index += length;
    } else {
      stray.push(index);
      index += 1;
    }
  }
  return { stray, multiByte };
}

/** UTF-8 with each stray byte read as Windows-1252; the lines (1-based) of the first ten. */
function decodeMixed(bytes: Uint8Array, stray: number[]): DecodedText {
  let text = '';
  let from = 0;
  const lines: number[] = [];
  let line = 1;
  let counted = 0;
  for (const offset of stray) {
    const before = decode(bytes.subarray(from, offset), 'utf-8');
    text += before;
    if (lines.length < 10) {
      for (; counted < text.length; counted += 1) if (text.charCodeAt(counted) === 10) line += 1;
      if (lines.at(-1) !== line) lines.push(line);
    }
    text += decode(bytes.subarray(offset, offset + 1), 'windows-1252');
    from = offset + 1;
  }
  text += decode(bytes.subarray(from), 'utf-8');
  return { text, encoding: 'utf-8', strayBytes: { count: stray.length, lines } };
}

/**
 * Decodes `source`: a byte-order mark wins; then the encoding an XML declaration names (`declaredEncoding`), unless
 * the bytes are valid UTF-8 with accents (an editor re-saved the file and kept its old declaration: read as
 * Windows-1252, every accent would come out garbled); then UTF-8 when the bytes are UTF-8, even with a few stray
 * bytes of another encoding (each read as Windows-1252, `strayBytes`); else Windows-1252.
 * A string is returned as is, less its BOM.
 */
export function decodeText(source: TextSource, declaredEncoding?: (head: string) => string | undefined): DecodedText {
  if (typeof source === 'string') return { text: source.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  const bytes = source instanceof Uint8Array ? source : new Uint8Array(source);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode(bytes.subarray(3), 'utf-8'), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const declared = declaredEncoding?.(decode(bytes.subarray(0, 200), 'windows-1252'));
  const label = declared === undefined ? undefined : knownLabel(declared);
  let utf8: string | undefined;
  try {
    utf8 = decode(bytes, 'utf-8', true);
  } catch {
    utf8 = undefined;
  }
  if (label !== undefined && label !== 'utf-8') {
    if (utf8 !== undefined && /[^\u0000-\u007f]/.test(utf8)) return { text: utf8, encoding: 'utf-8', declared };
    return { text: decode(bytes, label), encoding: label };
  }
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const { stray, multiByte } = utf8Survey(bytes);
  // Mostly UTF-8 (declared so, or at least as many accents in UTF-8 as bytes that are not: legacy text almost never
  // holds a valid UTF-8 sequence, each of its accents is a stray byte): a few pasted bytes.
  if (label === 'utf-8' || multiByte >= stray.length) return decodeMixed(bytes, stray);
  return { text: decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
}

/**
 * What the reader of an import should check after decoding: stray bytes read as Windows-1252 (with the lines of the
 * first ones), a declaration the bytes contradict.
 */
export function decodingNotes({ strayBytes, declared }: DecodedText): ReportNote[] {
  const notes: ReportNote[] = [];
  if (strayBytes) {
    const [first, ...others] = strayBytes.lines;
    const more = others.length ? `${others.join(', ')}${strayBytes.count > strayBytes.lines.length ? '…' : ''}` : undefined;
    notes.push({ code: 'encoding-mixed', where: { line: first }, field: String(strayBytes.count), ...(more ? { value: more } : {}) });
  }
  if (declared) notes.push({ code: 'encoding-declared', where: { line: 1 }, value: declared });
  return notes;
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

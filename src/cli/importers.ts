/**
 * The formats `import` reads. Each importer says whether a file looks like its format (for `import` without
 * `--from`) and turns its bytes into `{ feed, report }`. A new format is one more entry in `importers`; the first
 * whose `detect` answers yes is taken, so the loosest test (CSV) comes last.
 */
import { decodeText, detectFormat, fromCsv, fromGift, fromH5pQuestionSet, fromLheo, quizImportResult, type ImportResult } from '../model/convert/index.js';

export interface ImportProgress {
  onProgress?: (done: number, total: number) => void;
}

export interface Importer {
  /** The name `--from` takes. */
  name: string;
  detect(bytes: Uint8Array, fileName: string): boolean;
  read(bytes: Uint8Array, options: ImportProgress): ImportResult;
}

const textOf = (bytes: Uint8Array): string => decodeText(bytes).text;

/** An H5P Question Set's `content.json`: JSON whose `questions` list H5P libraries. */
function looksLikeH5pQuestionSet(bytes: Uint8Array): boolean {
  if (detectFormat(bytes) !== 'json') return false;
  try {
    const json: unknown = JSON.parse(textOf(bytes));
    return typeof json === 'object' && json !== null && Array.isArray((json as { questions?: unknown }).questions);
  } catch {
    return false;
  }
}

/** JSON as read, or the text itself so that the converter reports it unreadable with its own words. */
function jsonOf(bytes: Uint8Array): unknown {
  const text = textOf(bytes);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export const importers: Importer[] = [
  { name: 'lheo', detect: (bytes, fileName) => detectFormat(bytes, fileName) === 'lheo', read: (bytes, options) => fromLheo(bytes, options) },
  { name: 'gift', detect: (_bytes, fileName) => /\.gift$/i.test(fileName), read: (bytes) => quizImportResult(fromGift(textOf(bytes))) },
  { name: 'h5p', detect: (bytes) => looksLikeH5pQuestionSet(bytes), read: (bytes) => quizImportResult(fromH5pQuestionSet(jsonOf(bytes))) },
  { name: 'csv', detect: (bytes, fileName) => detectFormat(bytes, fileName) === 'csv', read: (bytes) => fromCsv(bytes) },
];

/**
 * The formats `import` reads. Each importer says whether a file looks like its format (for `import` without
 * `--from`) and turns its bytes into `{ feed, report }`. A new format is one more entry in `importers`; the first
 * whose `detect` answers yes is taken, so the loosest test (CSV) comes last.
 */
import { decodeText, detectFormat, fromCsv, fromH5pQuestionSet, fromLheo, giftImportResult, h5pPackageError, isZipArchive as isZip, jsonOf, quizImportResult, type ImportResult } from '../model/convert/index.js';
import { isH5pContentText } from '../model/convert/h5p.js';

export interface ImportProgress {
  onProgress?: (done: number, total: number) => void;
  /** The file's name, for the id of a quiz that names itself nowhere (GIFT without `$CATEGORY`, H5P without title). */
  fileName?: string;
  /** The quiz's id, as the user gave it (`--id`). */
  id?: string;
}

export interface Importer {
  /** The name `--from` takes. */
  name: string;
  detect(bytes: Uint8Array, fileName: string): boolean;
  read(bytes: Uint8Array, options: ImportProgress): ImportResult;
}

const textOf = (bytes: Uint8Array): string => decodeText(bytes).text;

/** The file's name without its folders and extension: `quiz/positionnement.gift` → `positionnement`. */
const baseName = (fileName: string | undefined): string => (fileName ?? '').split(/[\\/]/).pop()?.replace(/\.[^.]*$/, '') ?? '';

/** An H5P `content.json` the converter reads: a Question Set's, or a MultiChoice's, TrueFalse's… on its own. */
function looksLikeH5pContent(bytes: Uint8Array): boolean {
  return detectFormat(bytes) === 'json' && isH5pContentText(textOf(bytes));
}

/**
 * GIFT by its content, for the `.txt` files Moodle exports. The file's first paragraph (comments aside) must be
 * GIFT: a `$CATEGORY:` line, a `::title::`, or question text followed by an answer block that opens as GIFT's do
 * (`=`, `~`, `#`, `%`, `T`/`F`, `TRUE`/`FALSE`). A CSV file (its header row first) or a plain text is neither,
 * even with a brace in a cell.
 */
export function looksLikeGift(text: string): boolean {
  const first = text
    .replace(/^\ufeff/, '')
    .split(/\r\n?|\n/)
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim()
    .split(/\n\s*\n/)[0] ?? '';
  if (/^\$CATEGORY:/.test(first)) return true;
  // A header row (no brace, `;` or tabs, or as many commas as the next row) is a table's.
  const [header = '', row = ''] = first.split('\n');
  const commas = (line: string) => line.split(',').length - 1;
  if (!/[{}]|::/.test(header) && (/[;\t]/.test(header) || (commas(header) > 0 && commas(header) === commas(row)))) return false;
  if (/^::[^\n:]+::/.test(first)) return /\{/.test(first);
  return /^[^{}]*[^\s{}\\][^{}]*\{\s*(?:[=~#]|%-?\d|(?:T|F|TRUE|FALSE)\s*(?:#|\}))/i.test(first);
}

/** An .h5p package given as is: the report says to unzip it, rather than reading a zip as JSON or CSV. */
function refuseH5pPackage(): never {
  throw h5pPackageError();
}

export const importers: Importer[] = [
  { name: 'lheo', detect: (bytes, fileName) => detectFormat(bytes, fileName) === 'lheo', read: (bytes, options) => fromLheo(bytes, options) },
  {
    name: 'gift',
    detect: (bytes, fileName) => /\.gift$/i.test(fileName) || (/\.txt$/i.test(fileName) && !isZip(bytes) && looksLikeGift(textOf(bytes.subarray(0, 65536)))),
    read: (bytes, options) => giftImportResult(bytes, { ...(options.id ? { id: options.id } : {}), sourceName: baseName(options.fileName) }),
  },
  {
    name: 'h5p',
    detect: (bytes, fileName) => (isZip(bytes) && /\.h5p$/i.test(fileName)) || looksLikeH5pContent(bytes),
    read: (bytes, options) => (isZip(bytes) ? refuseH5pPackage() : quizImportResult(fromH5pQuestionSet(jsonOf(bytes), { ...(options.id ? { id: options.id } : {}), sourceName: baseName(options.fileName) }))),
  },
  { name: 'csv', detect: (bytes, fileName) => detectFormat(bytes, fileName) === 'csv', read: (bytes) => fromCsv(bytes) },
];

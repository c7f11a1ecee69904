/**
 * The formats `import` reads. Each importer says whether a file looks like its format (for `import` without
 * `--from`) and turns its bytes into `{ feed, report }`. A new format is one more entry in `importers`.
 */
import { detectFormat, fromCsv, fromLheo, type ImportResult } from '../model/convert/index.js';

export interface ImportProgress {
  onProgress?: (done: number, total: number) => void;
}

export interface Importer {
  /** The name `--from` takes. */
  name: string;
  detect(bytes: Uint8Array, fileName: string): boolean;
  read(bytes: Uint8Array, options: ImportProgress): ImportResult;
}

export const importers: Importer[] = [
  { name: 'lheo', detect: (bytes, fileName) => detectFormat(bytes, fileName) === 'lheo', read: (bytes, options) => fromLheo(bytes, options) },
  { name: 'csv', detect: (bytes, fileName) => detectFormat(bytes, fileName) === 'csv', read: (bytes) => fromCsv(bytes) },
];

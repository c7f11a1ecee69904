/**
 * Opening what an author has: a feed (JSON), an LHEO offer or a CSV session plan, a GIFT or H5P quiz (the model's
 * converters). Recognised by content; files are read as bytes, so that the converters find the encoding themselves
 * (LHEO in ISO-8859-1, CSV from Excel in Windows-1252).
 */
import { controlNote, removeControls } from '../../model/convert/control-characters.js';
import { decodeText, jsonOf, looksBinary } from '../../model/convert/decode.js';
import { fromH5pQuestionSet, isH5pContentText } from '../../model/convert/h5p.js';
import type { ImportReport } from '../../model/convert/import-report.js';
import { ImportError } from '../../model/convert/import-result.js';
import { fromLheo } from '../../model/convert/lheo-read.js';
import { formatNote, formatReport, jsonProblem, visibleText } from '../../model/convert/messages.js';
import { giftImportResult, h5pPackageError, isZipArchive, quizImportResult } from '../../model/convert/quiz-import.js';
import type { Feed } from '../../model/schema.js';

export type ImportFormat = 'feed' | 'lheo' | 'csv' | 'gift' | 'h5p';

/** Conversion notes, in the studio's language. */
export type ImportNotes = (language: 'fr' | 'en') => string[];

export type ImportFailure =
  | { code: 'unknown' }
  | { code: 'json'; detail: ImportNotes }
  | { code: 'not-feed' }
  | { code: 'not-yet'; format: ImportFormat }
  | { code: 'binary' }
  | { code: 'nothing'; format: ImportFormat; detail: ImportNotes }
  | { code: 'converter'; detail: ImportNotes };

export type ImportResult = { ok: true; format: ImportFormat; feed: Feed; notes: ImportNotes } | { ok: false; failure: ImportFailure };

export type ImportSource = string | ArrayBuffer;

type Converter = (source: ImportSource, sourceName: string) => Promise<{ feed: Feed; notes: ImportNotes }>;

const textOf = (source: ImportSource): string => decodeText(source).text;

/** The converters' report, in the studio's language (control bytes of the source made visible, never raw). */
const reportNotes = (report: ImportReport): ImportNotes => (language) => formatReport(report, language);

/** Why a conversion failed: its errors (the whole report when it names none), without the counts of nothing. */
const errorNotes = (report: ImportReport): ImportNotes => (language) =>
  report.errors.length > 0 ? report.errors.map((note) => formatNote(note, language)) : formatReport(report, language);

/** A quiz converter's result as the command line reads it: a feed holding the quiz, or an error whose report says why. */
const quizFeed = (conversion: Parameters<typeof quizImportResult>[0]): { feed: Feed; notes: ImportNotes } => {
  const { feed, report } = quizImportResult(conversion);
  return { feed, notes: reportNotes(report) };
};

/** Converters from other formats, by format. Quiz ids come from the file's name when the quiz names itself nowhere. */
const converters: Partial<Record<ImportFormat, Converter>> = {
  lheo: async (source) => {
    const { feed, report } = fromLheo(source);
    return { feed, notes: reportNotes(report) };
  },
  // Loaded when a CSV is opened: its parser is the studio's largest dependency.
  csv: async (source) => {
    const { fromCsv } = await import('../../model/convert/csv.js');
    const { feed, report } = fromCsv(source);
    return { feed, notes: reportNotes(report) };
  },
  gift: async (source, sourceName) => {
    const { feed, report } = giftImportResult(source, { sourceName });
    return { feed, notes: reportNotes(report) };
  },
  // H5P's content/content.json (the .h5p archive unzipped): a Question Set, or one MultiChoice, TrueFalse…
  h5p: async (source, sourceName) => quizFeed(fromH5pQuestionSet(jsonOf(source), { sourceName })),
};

/** The file's name without its folders and extension: `quiz/positionnement.gift` → `positionnement`. */
const baseName = (fileName: string | undefined): string => (fileName ?? '').split(/[\\/]/).pop()?.replace(/\.[^.]*$/, '') ?? '';

/** An .h5p package (a zip named so, or holding H5P's `h5p.json`): to unzip, not to read as text. */
function isH5pPackage(source: ImportSource, fileName: string): boolean {
  if (typeof source === 'string') return false;
  const bytes = new Uint8Array(source);
  if (!isZipArchive(bytes)) return false;
  return /\.h5p$/i.test(fileName) || new TextDecoder('latin1').decode(bytes.subarray(0, 65536)).includes('h5p.json');
}

export function detectFormat(text: string, fileName = ''): ImportFormat | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (start.startsWith('{') || start.startsWith('[')) return !/"trainings"\s*:/.test(text) && isH5pContentText(text) ? 'h5p' : 'feed';
  if (start.startsWith('<')) return /<(\w+:)?(lheo|offres|resume-offre)\b/i.test(text) ? 'lheo' : undefined;
  if (extension === 'gift' || /^::[^:]+::/m.test(start) || /\{\s*[=~TF]/.test(text)) return 'gift';
  if (extension === 'csv' || /^[^\n]*[;,\t][^\n]*\n/.test(start)) return 'csv';
  return undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Any JSON object made editable: each top-level list an array of objects (what is not an object cannot be shown
 * in a form: it is left out, and a note says where). Everything else is kept as it is, for the check panel.
 */
export function editableFeed(object: Record<string, unknown>): { feed: Feed; notes: string[] } {
  const notes: string[] = [];
  const list = (key: string) => {
    const value = object[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      notes.push(`${key} : liste attendue, ignoré`);
      return [];
    }
    value.forEach((entry, index) => isObject(entry) || notes.push(`${key}[${index}] : objet attendu, ignoré`));
    return value.filter(isObject);
  };
  const feed = { ...object, version: object['version'] ?? 1, trainings: list('trainings'), quizzes: list('quizzes'), programmes: list('programmes') } as Feed;
  return { feed, notes };
}

/** A JSON feed, with absent top-level lists made empty so that it opens in the forms. */
function readFeed(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { code: 'json', detail: (language) => [jsonProblem(text, message, language)] } };
  }
  if (!isObject(json) || !['trainings', 'quizzes', 'programmes'].some((key) => Array.isArray(json[key]))) return { ok: false, failure: { code: 'not-feed' } };
  const { feed, notes } = editableFeed(json);
  // Invisible in a field, so never to be fixed there: taken out, as the importers do, and said where in their words.
  const { value: cleaned, removed } = removeControls(feed);
  return { ok: true, format: 'feed', feed: cleaned, notes: (language) => [...notes, ...removed.map((found) => formatNote(controlNote(found), language))] };
}

/** Opens text or a file's bytes: recognised by content (and name), then read or converted. */
export async function importSource(source: ImportSource, fileName = ''): Promise<ImportResult> {
  // As the command line does: an .h5p package is to unzip, a binary file is no text to guess a format from.
  if (isH5pPackage(source, fileName)) return { ok: false, failure: { code: 'converter', detail: errorNotes(h5pPackageError().report) } };
  const text = textOf(source);
  if (looksBinary(text)) return { ok: false, failure: { code: 'binary' } };
  const format = detectFormat(text, fileName);
  if (format === undefined) return { ok: false, failure: { code: 'unknown' } };
  if (format === 'feed') return readFeed(text);
  const converter = converters[format];
  if (!converter) return { ok: false, failure: { code: 'not-yet', format } };
  try {
    const converted = await converter(source, baseName(fileName));
    // Nothing usable (an LHEO file of no offer): an error, never a feed emptied by an import.
    if (holdsNothing(converted.feed)) return { ok: false, failure: { code: 'nothing', format, detail: converted.notes } };
    return { ok: true, format, ...converted };
  } catch (error) {
    const detail = error instanceof ImportError ? errorNotes(error.report) : undefined;
    console.error('[studio] Import impossible :', error);
    return { ok: false, failure: { code: 'converter', detail: detail ?? (() => [visibleText(error instanceof Error ? error.message : String(error))]) } };
  }
}

const holdsNothing = (feed: Feed): boolean => feed.trainings.length === 0 && feed.quizzes.length === 0 && feed.programmes.length === 0;

export const isEmptyFeed = (feed: Feed): boolean =>
  feed.trainings.length === 0 && feed.quizzes.length === 0 && feed.programmes.length === 0 && !feed.title && !feed.publisher;


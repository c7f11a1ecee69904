/**
 * Opening what an author has: a feed (JSON), an LHEO offer or a CSV session plan, a GIFT or H5P quiz (the model's
 * converters). Recognised by content; files are read as bytes, so that the converters find the encoding themselves
 * (LHEO in ISO-8859-1, CSV from Excel in Windows-1252).
 */
import { decodeText } from '../../model/convert/decode.js';
import { fromGift } from '../../model/convert/gift.js';
import { fromH5pQuestionSet } from '../../model/convert/h5p.js';
import type { ImportReport } from '../../model/convert/import-report.js';
import { ImportError } from '../../model/convert/import-result.js';
import { fromLheo } from '../../model/convert/lheo-read.js';
import { formatReport } from '../../model/convert/messages.js';
import { formatReport as formatQuizReport, type ConversionReport } from '../../model/convert/report.js';
import type { Quiz } from '../../model/schema.js';
import type { Feed } from '../../model/schema.js';

export type ImportFormat = 'feed' | 'lheo' | 'csv' | 'gift' | 'h5p';

/** Conversion notes, in the studio's language. */
export type ImportNotes = (language: 'fr' | 'en') => string[];

export type ImportFailure =
  | { code: 'unknown' }
  | { code: 'json'; detail: string }
  | { code: 'not-feed' }
  | { code: 'not-yet'; format: ImportFormat }
  | { code: 'converter'; detail: ImportNotes };

export type ImportResult = { ok: true; format: ImportFormat; feed: Feed; notes: ImportNotes } | { ok: false; failure: ImportFailure };

export type ImportSource = string | ArrayBuffer;

type Converter = (source: ImportSource) => Promise<{ feed: Feed; notes: ImportNotes }>;

const textOf = (source: ImportSource): string => decodeText(source).text;

/** The offer converters' report, in the studio's language. */
const reportNotes = (report: ImportReport): ImportNotes => (language) => formatReport(report, language);

/** The quiz converters' report, in French (the source author's language), one line a note. */
const quizNotes = (report: ConversionReport): ImportNotes => () => formatQuizReport(report).split('\n');

/** A feed holding the converted quiz; no quiz at all is a failure whose report says why. */
function quizFeed({ quiz, report }: { quiz?: Quiz; report: ConversionReport }): { feed: Feed; notes: ImportNotes } {
  if (!quiz) throw new ConversionFailed(quizNotes(report));
  return { feed: { version: 1, trainings: [], quizzes: [quiz], programmes: [] }, notes: quizNotes(report) };
}

class ConversionFailed extends Error {
  constructor(readonly notes: ImportNotes) {
    super('conversion failed');
  }
}

/** Converters from other formats, by format. */
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
  gift: async (source) => quizFeed(fromGift(textOf(source))),
  // H5P's content/content.json of a Question Set (the .h5p archive unzipped).
  h5p: async (source) => quizFeed(fromH5pQuestionSet(JSON.parse(textOf(source)))),
};

export function detectFormat(text: string, fileName = ''): ImportFormat | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (start.startsWith('{') || start.startsWith('[')) return /"H5P\.QuestionSet|"questions"\s*:/.test(text) && !/"trainings"\s*:/.test(text) ? 'h5p' : 'feed';
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
    return { ok: false, failure: { code: 'json', detail: error instanceof Error ? error.message : String(error) } };
  }
  if (!isObject(json) || !['trainings', 'quizzes', 'programmes'].some((key) => Array.isArray(json[key]))) return { ok: false, failure: { code: 'not-feed' } };
  const { feed, notes } = editableFeed(json);
  return { ok: true, format: 'feed', feed, notes: () => notes };
}

/** Opens text or a file's bytes: recognised by content (and name), then read or converted. */
export async function importSource(source: ImportSource, fileName?: string): Promise<ImportResult> {
  const text = textOf(source);
  const format = detectFormat(text, fileName);
  if (format === undefined) return { ok: false, failure: { code: 'unknown' } };
  if (format === 'feed') return readFeed(text);
  const converter = converters[format];
  if (!converter) return { ok: false, failure: { code: 'not-yet', format } };
  try {
    return { ok: true, format, ...(await converter(source)) };
  } catch (error) {
    const detail = error instanceof ConversionFailed ? error.notes : error instanceof ImportError ? reportNotes(error.report) : undefined;
    console.error('[studio] Import impossible :', error);
    return { ok: false, failure: { code: 'converter', detail: detail ?? (() => [error instanceof Error ? error.message : String(error)]) } };
  }
}

export const isEmptyFeed = (feed: Feed): boolean =>
  feed.trainings.length === 0 && feed.quizzes.length === 0 && feed.programmes.length === 0 && !feed.title && !feed.publisher;


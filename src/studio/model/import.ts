/**
 * Opening what an author has: a feed (JSON), or a file of another format recognised by its content. Converters of
 * other formats plug in here as they exist; until then the author is told which format was recognised.
 */
import type { Feed } from '../../model/schema.js';

export type ImportFormat = 'feed' | 'lheo' | 'csv' | 'gift' | 'h5p';

export type ImportFailure =
  | { code: 'unknown' }
  | { code: 'json'; detail: string }
  | { code: 'not-feed' }
  | { code: 'not-yet'; format: ImportFormat }
  | { code: 'converter'; detail: string };

export type ImportResult = { ok: true; format: ImportFormat; feed: Feed; notes: string[] } | { ok: false; failure: ImportFailure };

export type Converter = (text: string) => { feed: Feed; notes: string[] };

/** Converters from other formats, by format. */
export const converters: Partial<Record<ImportFormat, Converter>> = {};

export function detectFormat(text: string, fileName = ''): ImportFormat | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (start.startsWith('{') || start.startsWith('[')) return /"H5P\.QuestionSet|"questions"\s*:/.test(text) && !/"trainings"\s*:/.test(text) ? 'h5p' : 'feed';
  if (start.startsWith('<')) return /<(\w+:)?(lheo|offres|resume-offre)\b/i.test(text) ? 'lheo' : undefined;
  if (extension === 'gift' || /^::[^:]+::/m.test(start) || /\{\s*[=~TF]/.test(text)) return 'gift';
  if (extension === 'csv' || /^[^\n]*[;,\t][^\n]*\n/.test(start)) return 'csv';
  return undefined;
}

/** A JSON feed, with absent top-level lists made empty so that it opens in the forms. */
function readFeed(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, failure: { code: 'json', detail: error instanceof Error ? error.message : String(error) } };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, failure: { code: 'not-feed' } };
  const object = json as Record<string, unknown>;
  if (!['trainings', 'quizzes', 'programmes'].some((key) => Array.isArray(object[key]))) return { ok: false, failure: { code: 'not-feed' } };
  const list = (key: string) => (Array.isArray(object[key]) ? object[key] : []);
  return { ok: true, format: 'feed', feed: { ...object, version: object['version'] ?? 1, trainings: list('trainings'), quizzes: list('quizzes'), programmes: list('programmes') } as Feed, notes: [] };
}

export function importText(text: string, fileName?: string): ImportResult {
  const format = detectFormat(text, fileName);
  if (format === undefined) return { ok: false, failure: { code: 'unknown' } };
  if (format === 'feed') return readFeed(text);
  const converter = converters[format];
  if (!converter) return { ok: false, failure: { code: 'not-yet', format } };
  try {
    return { ok: true, format, ...converter(text) };
  } catch (error) {
    return { ok: false, failure: { code: 'converter', detail: error instanceof Error ? error.message : String(error) } };
  }
}

/** The current feed with another one's trainings, quizzes and programmes added after its own. */
export function mergeFeeds(current: Feed, added: Feed): Feed {
  return {
    ...current,
    trainings: [...current.trainings, ...added.trainings],
    quizzes: [...current.quizzes, ...added.quizzes],
    programmes: [...current.programmes, ...added.programmes],
  };
}

export const isEmptyFeed = (feed: Feed): boolean =>
  feed.trainings.length === 0 && feed.quizzes.length === 0 && feed.programmes.length === 0 && !feed.title && !feed.publisher;

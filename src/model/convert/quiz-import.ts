/**
 * A quiz converter's result (GIFT, H5P: `{ quiz, report: ConversionReport }`) as an import of the feed toolkit
 * (`{ feed, report: ImportReport }`), so that the command line's `import` reads quizzes like any other source: a
 * feed that holds the one quiz, to print or to merge `--into` an existing feed.
 */
import { parseFeed } from '../parse-feed.js';
import type { Quiz } from '../schema.js';
import type { ImportReport, ReportNote } from './import-report.js';
import { ImportError, type ImportResult } from './import-result.js';
import type { ConversionReport } from './report.js';
import { controlNote, removeControls } from './control-characters.js';
import { decodeText, decodingNotes, type TextSource } from './decode.js';
import { fromGift, type GiftImportOptions } from './gift.js';

/** `fileNotes`: what reading the file's bytes found (decode.ts's decodingNotes), warnings before the questions'. */
export function quizImportResult(conversion: { quiz?: Quiz; report: ConversionReport }, fileNotes: ReportNote[] = []): ImportResult {
  const { quiz, report: source } = conversion;
  // An entry about the whole file (JSON unreadable, no `questions`) is not a question's: messages.ts says it alone.
  const fileWide = (entry: ConversionReport['entries'][number]) => entry.severity === 'skipped' && entry.line === undefined && !entry.path;
  const note = (entry: ConversionReport['entries'][number]): ReportNote => ({ ...entry.note, where: { line: entry.line, path: entry.path }, source: entry.label });
  const questionsRefused = source.entries.filter((entry) => entry.severity === 'skipped' && !fileWide(entry)).length;
  const fileRefused = source.entries.some(fileWide);
  // Why there is no quiz, when the entries alone do not say it: nothing found, or every question refused.
  const why: ReportNote[] =
    quiz || fileRefused
      ? []
      : [questionsRefused === 0 ? { code: 'quiz-no-question', where: {} } : { code: 'quiz-all-refused', where: {}, field: String(questionsRefused) }];
  const report: ImportReport = {
    format: source.format,
    trainings: 0,
    sessions: 0,
    quizzes: quiz ? 1 : 0,
    questions: quiz ? source.converted : 0,
    mapped: quiz ? [{ source: 'question', field: `quizzes[0].items`, count: source.converted }] : [],
    unmapped: [],
    warnings: [...fileNotes, ...source.entries.filter((entry) => entry.severity !== 'skipped').map(note)],
    errors: [...source.entries.filter((entry) => entry.severity === 'skipped').map(note), ...why],
  };
  if (!quiz) throw new ImportError(report);
  // Control characters (BEL, NUL…) are no text: taken out, each text that had some named by its path, as the
  // LHEO and CSV imports do.
  const { value: feed, removed } = removeControls({ version: 1, trainings: [], quizzes: [quiz], programmes: [] });
  report.warnings.push(...removed.map(controlNote));
  const parsed = parseFeed(feed);
  if (!parsed.ok || parsed.issues.length > 0) {
    const issues = parsed.issues.map((issue): ReportNote => ({ code: 'value-invalid', where: { path: issue.path }, value: issue.message }));
    throw new ImportError({ ...report, errors: [...report.errors, ...issues] });
  }
  return { feed: parsed.feed, report };
}

/** A GIFT file's bytes (or text) as an import: decoded as every importer decodes, what decoding found said first. */
export function giftImportResult(source: TextSource, options: GiftImportOptions): ImportResult {
  const decoded = decodeText(source);
  return quizImportResult(fromGift(decoded.text, options), decodingNotes(decoded));
}

/** A zip archive (an .h5p package is one) starts with `PK\x03\x04`. */
export const isZipArchive = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** An .h5p package given as is: the report says to unzip it, rather than reading a zip as JSON, GIFT or CSV. */
export function h5pPackageError(): ImportError {
  return new ImportError({ format: 'h5p', trainings: 0, sessions: 0, quizzes: 0, questions: 0, mapped: [], unmapped: [], warnings: [], errors: [{ code: 'h5p-package', where: {} }] });
}

/**
 * A quiz converter's result (GIFT, H5P: `{ quiz, report: ConversionReport }`) as an import of the feed toolkit
 * (`{ feed, report: ImportReport }`), so that the command line's `import` reads quizzes like any other source: a
 * feed that holds the one quiz, to print or to merge `--into` an existing feed.
 */
import { parseFeed } from '../parse-feed.js';
import type { Quiz } from '../schema.js';
import type { ImportReport, NoteCode, ReportNote } from './import-report.js';
import { ImportError, type ImportResult } from './import-result.js';
import type { ConversionReport, ReportSeverity } from './report.js';

const noteCodes: Record<ReportSeverity, NoteCode> = { skipped: 'quiz-entry-skipped', lossy: 'quiz-entry-lossy', info: 'quiz-entry-info' };

export function quizImportResult(conversion: { quiz?: Quiz; report: ConversionReport }): ImportResult {
  const { quiz, report: source } = conversion;
  const note = (entry: ConversionReport['entries'][number]): ReportNote => ({
    code: noteCodes[entry.severity],
    where: { line: entry.line, path: entry.path },
    source: entry.label,
    value: entry.message,
  });
  const report: ImportReport = {
    format: source.format,
    trainings: 0,
    sessions: 0,
    mapped: quiz ? [{ source: 'question', field: `quizzes[0].items`, count: source.converted }] : [],
    unmapped: [],
    warnings: source.entries.filter((entry) => entry.severity !== 'skipped').map(note),
    errors: source.entries.filter((entry) => entry.severity === 'skipped').map(note),
  };
  if (!quiz) throw new ImportError(report);
  const parsed = parseFeed({ version: 1, trainings: [], quizzes: [quiz], programmes: [] });
  if (!parsed.ok || parsed.issues.length > 0) {
    const issues = parsed.issues.map((issue): ReportNote => ({ code: 'value-invalid', where: { path: issue.path }, value: issue.message }));
    throw new ImportError({ ...report, errors: [...report.errors, ...issues] });
  }
  return { feed: parsed.feed, report };
}

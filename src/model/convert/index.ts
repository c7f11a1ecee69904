/**
 * `training-feed-widgets/convert`: the feed from what training bodies already have, and back. No DOM: the same
 * converters run in Node (the command line) and in the browser (`<tf-feed src="offres.xml">`, the studio).
 */
export { fromLheo, type ImportOptions } from './lheo-read.js';
export { toLheo, type ExportResult } from './lheo-write.js';
export { fromCsv, csvColumns, normaliseHeader, readSpreadsheetDate, readSpreadsheetNumber, type CsvColumn } from './csv.js';
export { detectFormat, type DetectedFormat } from './detect.js';
export { ImportError, type ImportResult } from './import-result.js';
export { giftImportResult, quizImportResult, isZipArchive, h5pPackageError } from './quiz-import.js';
export type { ImportReport, ReportNote, ReportMapping, ReportUnmapped, Location, NoteCode, QuizNote, QuizNoteCode, ScoreRange } from './import-report.js';
export { formatReport, formatNote, formatLocation, jsonProblem, visibleText, type ReportLanguage } from './messages.js';
export { decodeText, decodingNotes, jsonOf, type TextSource } from './decode.js';
export { describeControls, findControls, removeControls, withoutControls, type ControlFinding } from './control-characters.js';
export { feedLink } from './links.js';
export { mergeFeeds, type MergeResult, type Collision } from '../merge-feeds.js';
export { fromGift, toGift, type GiftImport, type GiftImportOptions } from './gift.js';
export { fromH5pQuestionSet, type H5pImport, type H5pImportOptions } from './h5p.js';
export { formatReport as formatConversionReport, type ConversionReport, type ReportEntry, type ReportSeverity } from './report.js';

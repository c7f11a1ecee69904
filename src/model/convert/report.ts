/**
 * What an import did, shared by every converter of `src/model/convert/` (GIFT, H5P, and the feed toolkit's): how
 * many source entries became feed objects, and each entry that was skipped or lost something, with where it is in
 * the source (a line for text formats, a JSON path for JSON ones), so that the author can fix it there.
 */

import type { QuizNote } from './import-report.js';
import { quizNoteText } from './messages.js';

/** `skipped`: the entry is not in the result. `lossy`: it is, without something the source had. `info`: worth knowing. */
export type ReportSeverity = 'skipped' | 'lossy' | 'info';

export interface ReportEntry {
  severity: ReportSeverity;
  /** `note` in French, the feed's language, for the person who wrote the source. */
  message: string;
  /** 1-based line of the entry in a text source. */
  line?: number;
  /** Path of the entry in a JSON source, e.g. `questions[3]`. */
  path?: string;
  /** The entry as the author named it (a question's title, a library name). */
  label?: string;
  /** What the entry says, as a code and the values it quotes: worded in French or English by messages.ts. */
  note: QuizNote;
}

export interface ConversionReport {
  /** The source format, e.g. `gift`, `h5p`. */
  format: string;
  /** How many source entries were converted (each may still have `lossy` entries). */
  converted: number;
  /** How many were left out: the `skipped` entries. */
  skipped: number;
  entries: ReportEntry[];
}

/** Collects entries while a converter runs, then gives the report. */
export class ReportBuilder {
  private readonly entries: ReportEntry[] = [];
  private converted = 0;

  constructor(private readonly format: string) {}

  add(entry: Omit<ReportEntry, 'message'>): void {
    this.entries.push({ ...entry, message: quizNoteText(entry.note, 'fr') });
  }

  countConverted(count = 1): void {
    this.converted += count;
  }

  build(): ConversionReport {
    return {
      format: this.format,
      converted: this.converted,
      skipped: this.entries.filter((entry) => entry.severity === 'skipped').length,
      entries: [...this.entries],
    };
  }
}

/** Notes said once each: the same link in two texts of a question, the same tip missing from every option. */
export const distinctNotes = (notes: readonly QuizNote[]): QuizNote[] => [...new Map(notes.map((note) => [JSON.stringify(note), note])).values()];

const severityLabels: Record<ReportSeverity, string> = { skipped: 'ignorée', lossy: 'incomplète', info: 'info' };

/** The report as lines of text, for a terminal or a log. */
export function formatReport(report: ConversionReport): string {
  const head = `${report.format} : ${report.converted} convertie(s), ${report.skipped} ignorée(s)`;
  const lines = report.entries.map((entry) => {
    const where = entry.line !== undefined ? `ligne ${entry.line}` : (entry.path ?? '');
    const label = entry.label ? ` « ${entry.label} »` : '';
    return `- [${severityLabels[entry.severity]}] ${where}${label} : ${entry.message}`;
  });
  return [head, ...lines].join('\n');
}

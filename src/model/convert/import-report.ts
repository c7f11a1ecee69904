/**
 * What an import did, so that nothing is dropped silently: which source elements or columns became which feed
 * fields, which were not used (with where), and what was doubtful. Messages are codes with values, worded in
 * French or English by `messages.ts`.
 */

/** A source element (or column) and the feed field it filled, with how many times. */
export interface ReportMapping {
  source: string;
  field: string;
  count: number;
}

/** Where in the source file: an element path (`formation[14_AF_1]/action[1]/session[2]`) and/or a line and column. */
export interface Location {
  path?: string;
  line?: number;
  column?: number;
}

/** A source element (or column) the feed has no place for: how many, and the first places it was seen. */
export interface ReportUnmapped {
  source: string;
  count: number;
  where: Location[];
  /** The first value seen, shortened. */
  example?: string;
}

export type NoteCode =
  | 'not-well-formed'
  | 'doctype-invalid'
  | 'entity-external'
  | 'entity-undeclared'
  | 'entity-too-large'
  | 'entity-nested'
  | 'xml-too-deep'
  | 'control-removed'
  | 'encoding-mixed'
  | 'encoding-declared'
  | 'offer-skipped'
  | 'not-lheo'
  | 'no-offer'
  | 'date-unknown'
  | 'end-unknown'
  | 'date-invalid'
  | 'end-before-start'
  | 'value-invalid'
  | 'mode-defaulted'
  | 'value-truncated'
  | 'placeholder-written'
  | 'title-from-id'
  | 'id-generated'
  | 'id-renamed'
  | 'several-places'
  | 'action-differs'
  | 'value-differs'
  | 'cpf-differs'
  | 'cpf-partial'
  | 'url-completed'
  | 'postal-code-padded'
  | 'kept-in-extras'
  | 'not-exported'
  | 'value-not-exported'
  | 'csv-no-header'
  | 'csv-column-unknown'
  | 'csv-column-missing'
  | 'csv-row-skipped'
  | 'csv-quote'
  | 'csv-date'
  | 'csv-number'
  | 'csv-too-many-cells'
  | 'csv-short-rows'
  | 'csv-column-duplicate'
  | 'csv-no-rows'
  | 'csv-time-dropped'
  | 'csv-two-digit-year'
  | 'not-text'
  | 'merge-collision'
  | 'quiz-entry-skipped'
  | 'quiz-entry-lossy'
  | 'quiz-entry-info'
  /** GIFT: a question whose options (`field`: the text they share) cannot be told apart once made text. */
  | 'gift-options-alike'
  /** GIFT: a matching question whose entries (`field`: the text they share) cannot be told apart once made text. */
  | 'gift-pairs-alike'
  /** GIFT: a `/* … *\/` comment, left out (`field`: its last line, when not its first). */
  | 'gift-block-comment'
  /** GIFT: a question holding a `/*` that nothing closes (`field`: its line, when not the question's first). */
  | 'gift-comment-unclosed'
  /** A quiz file as a whole (nothing found, every question refused, an .h5p package): worded in French in `value`. */
  | 'quiz-file';

/** What LHEO's schema wants of a value the export could not write (`value-not-exported`'s `field`). */
export type LheoShape = 'length-3' | 'letter-4-digits' | 'min-3-digits' | 'whole-hours' | 'max-10';

export interface ReportNote {
  code: NoteCode;
  where: Location;
  /** The element or column concerned. */
  source?: string;
  /** The value concerned, shortened. */
  value?: string;
  /** The feed field concerned, or what was written instead. */
  field?: string;
}

export interface ImportReport {
  format: string;
  /** The encoding the file was read with. */
  encoding?: string;
  trainings: number;
  sessions: number;
  /** Quiz imports (GIFT, H5P): how many quizzes and questions the feed got; the summary counts these instead. */
  quizzes?: number;
  questions?: number;
  mapped: ReportMapping[];
  unmapped: ReportUnmapped[];
  warnings: ReportNote[];
  /** Problems that made something be left out (a CSV row, a whole file). */
  errors: ReportNote[];
}

const shorten = (value: string, max = 80) => (value.length > max ? `${value.slice(0, max - 3)}…` : value);

/** A value quoted from the input is shortened; an XML parser's message whole (its names are, xml.ts), to be worded. */
const shortened = (note: ReportNote): ReportNote =>
  note.value === undefined ? note : { ...note, value: shorten(note.value, note.code === 'not-well-formed' ? 400 : 80) };

export class ReportBuilder {
  private readonly mappings = new Map<string, ReportMapping>();
  private readonly unused = new Map<string, ReportUnmapped>();
  readonly warnings: ReportNote[] = [];
  readonly errors: ReportNote[] = [];

  constructor(private readonly format: string) {}

  mapped(source: string, field: string): void {
    const key = `${source}\u0000${field}`;
    const entry = this.mappings.get(key);
    if (entry) entry.count += 1;
    else this.mappings.set(key, { source, field, count: 1 });
  }

  /** A value counted by `mapped` that was refused after all: only what reaches the feed counts as carried. */
  unmap(source: string, field: string): void {
    const key = `${source}\u0000${field}`;
    const entry = this.mappings.get(key);
    if (entry && --entry.count === 0) this.mappings.delete(key);
  }

  unmapped(source: string, where: Location, value?: string): void {
    const entry = this.unused.get(source);
    if (entry) {
      entry.count += 1;
      if (entry.where.length < 3) entry.where.push(where);
    } else {
      this.unused.set(source, { source, count: 1, where: [where], ...(value?.trim() ? { example: shorten(value.trim()) } : {}) });
    }
  }

  warn(note: ReportNote): void {
    this.warnings.push(shortened(note));
  }

  error(note: ReportNote): void {
    this.errors.push(shortened(note));
  }

  build(counts: { trainings: number; sessions: number; encoding?: string }): ImportReport {
    return {
      format: this.format,
      ...(counts.encoding ? { encoding: counts.encoding } : {}),
      trainings: counts.trainings,
      sessions: counts.sessions,
      mapped: [...this.mappings.values()],
      unmapped: [...this.unused.values()],
      warnings: this.warnings,
      errors: this.errors,
    };
  }
}

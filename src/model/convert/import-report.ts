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
  | 'csv-header-repeated'
  | 'csv-short-rows'
  | 'csv-column-duplicate'
  | 'csv-no-rows'
  | 'csv-time-dropped'
  | 'csv-two-digit-year'
  | 'not-text'
  | 'merge-collision'
  | QuizNoteCode;

/**
 * What the quiz converters (GIFT, H5P) say, each worded by messages.ts: in French as their report's `message`, in
 * French or English in the import report, where it names the question (`source`: its label) and is framed by what
 * became of it (`quizNoteSeverities`). `value` and `field` hold what the note quotes.
 */
export type QuizNoteCode =
  // Both converters.
  /** A question without text. */
  | 'quiz-prompt-empty'
  /** A link or medium whose address is not a page's or a file's, taken out (`field`: its MediaKind, `value`: its address). */
  | 'quiz-media-removed'
  /** A link kept as text (`value`: its address). */
  | 'quiz-link-kept'
  /** A picture, sound, video or embedded content shown as text (`field`: its MediaKind, `value`: its address, if any). */
  | 'quiz-media-not-shown'
  /** A file with no question in it. */
  | 'quiz-no-question'
  /** A file whose every question is refused (`field`: how many). */
  | 'quiz-all-refused'
  // GIFT.
  /** `$CATEGORY:` (`value`: the category). */
  | 'gift-category'
  /** `// [tag:…]` comments (`value`: the tags). */
  | 'gift-tags'
  /** A `/* … *\/` comment, left out (`field`: its last line, when not its first). */
  | 'gift-block-comment'
  /** A question holding a `/*` that nothing closes (`field`: its line, when not the question's first). */
  | 'gift-comment-unclosed'
  /** `value`: what stands where a number should. */
  | 'gift-number-unreadable'
  /** A numerical range whose bounds are swapped (`value`: `min..max` as read). */
  | 'gift-range-reversed'
  | 'gift-question-empty'
  /** Two questions without the blank line between them. */
  | 'gift-questions-joined'
  /** Several answer blocks in one question (Moodle's cloze). */
  | 'gift-cloze'
  /** `{` and `}` that do not pair (`field`: `close-first` when `}` comes first). */
  | 'gift-braces-unpaired'
  | 'gift-numerical-no-answer'
  /** `value`: the answer block, shortened. */
  | 'gift-answers-unreadable'
  /** A matching entry without `->` (`value`: the entry). */
  | 'gift-pair-no-arrow'
  | 'gift-pair-no-answer'
  | 'gift-matching-too-few'
  | 'gift-answer-empty'
  | 'gift-choice-too-few'
  | 'gift-no-right-answer'
  /** Options that cannot be told apart once made text (`field`: the text they share, `value`: how many). */
  | 'gift-options-alike'
  /** Matching entries that cannot be told apart once made text (`field`: the text they share, `value`: how many). */
  | 'gift-pairs-alike'
  /** `~#…`: feedback for any other answer of a numerical question. */
  | 'gift-other-answer-feedback'
  /** A wrong numerical answer (`value`: it), not carried. */
  | 'gift-wrong-number'
  /** Feedback on a matching pair. */
  | 'gift-pair-feedback'
  /** A short answer's negative credit, made 0. */
  | 'gift-negative-credit'
  /** A credit beyond 100 % (or below -100 %), read as 100 % (-100 %) (`value`: as written). */
  | 'gift-credit-clamped'
  /** Export: a self-rating scale, which GIFT cannot hold. */
  | 'gift-export-scale'
  /** Export: what of an item GIFT cannot hold (`value`: GiftExportLoss values, comma-separated). */
  | 'gift-export-lost'
  // H5P.
  /** content.json cut short. */
  | 'h5p-json-truncated'
  /** content.json that is no JSON (`field` and `value`: the line and column where reading stopped, when known). */
  | 'h5p-json-unreadable'
  /** A JSON file that is neither a Question Set's content.json nor a content read alone. */
  | 'h5p-unrecognised'
  /** A `questions` that is no list of contents. */
  | 'h5p-questions-not-list'
  /** A content named by its library (`value`) that is neither a Question Set nor a content read alone. */
  | 'h5p-lone-unsupported'
  /** A content read alone (`value`: its H5pLoneLibrary). */
  | 'h5p-lone-content'
  /** An entry of `questions` that is no object (`field`: what it is, `null`, `array`, `string`, `number`, `boolean`). */
  | 'h5p-entry-not-object'
  | 'h5p-no-library'
  /** `value`: the library. */
  | 'h5p-type-unsupported'
  /** `value`: the library's machine name. */
  | 'h5p-params-missing'
  /** `poolSize` (`field`) of the set's questions (`value`: how many). */
  | 'h5p-pool'
  | 'h5p-choice-incomplete'
  | 'h5p-option-tip'
  /** `notChosenFeedback` (`field`: the option, `value`: the feedback, both shortened). */
  | 'h5p-not-chosen-feedback'
  | 'h5p-choice-set-incomplete'
  | 'h5p-essay-keywords'
  /** An essay keyword's feedback when present, or missing (`field`: the keyword, `value`: the feedback, shortened). */
  | 'h5p-keyword-present-feedback'
  | 'h5p-keyword-missing-feedback'
  | 'h5p-blanks-empty'
  | 'h5p-typos-tolerance'
  | 'h5p-sentence-no-blank'
  /** `field`: how many blanks. */
  | 'h5p-sentence-blanks'
  | 'h5p-blank-tip'
  | 'h5p-blank-no-answer'
  /** The medium shown above a question (`field`: `image`, `video`, `audio`, or none for another; `value`: its path). */
  | 'h5p-question-media'
  /** A question's own feedback per score range (`ranges`). */
  | 'h5p-question-feedback'
  /** Feedback per score range become the quiz's bands (`ranges`: each band's span and title). */
  | 'h5p-bands'
  /** A span (`ranges`) where H5P shows nothing, under the band from `field` % (`value`: its title, shortened). */
  | 'h5p-band-covers-silence'
  /** A span (`ranges`) whose H5P feedback is not carried, under the band from `field` % (`value`: its title). */
  | 'h5p-band-covers-feedback'
  /** A feedback (`ranges`: its range and text) that no score reaches. */
  | 'h5p-feedback-unreached'
  /** A feedback (`ranges`: its range and text) that quotes the score. */
  | 'h5p-feedback-quotes-score'
  /** `field`: `success` or `fail`, `value`: the video's path. */
  | 'h5p-end-video'
  /** Feedback per score range (`field`: how many) hidden by H5P (`endGame.showResultPage`). */
  | 'h5p-bands-result-page-off'
  /** Feedback per score range (`field`: how many) for a quiz the feed does not score. */
  | 'h5p-bands-nothing-scored'
  /** Older texts for a set passed or failed, besides feedback per score range. */
  | 'h5p-old-feedback'
  /** An .h5p package (a zip) given as is. */
  | 'h5p-package';

/** A quiz converter's note: its code and what it quotes. */
export interface QuizNote {
  code: QuizNoteCode;
  value?: string;
  field?: string;
  ranges?: ScoreRange[];
}

/** A range of scores, in per cent (NaN for a bound H5P could not read), and the text H5P shows there. */
export interface ScoreRange {
  from: number;
  to: number;
  text?: string;
}

/** The contents the H5P converter reads on their own, outside a Question Set. */
export type H5pLoneLibrary = 'H5P.MultiChoice' | 'H5P.TrueFalse' | 'H5P.SingleChoiceSet' | 'H5P.Essay' | 'H5P.Blanks';

/** What of a quiz item GIFT cannot hold (`gift-export-lost`'s `value`). */
export type GiftExportLoss = 'weight' | 'objectives' | 'sequences' | 'placeholder' | 'unit' | 'case-accent';

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
  /** Quiz notes: the ranges of scores concerned. */
  ranges?: ScoreRange[];
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

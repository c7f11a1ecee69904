import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed, Quiz, QuizItem, Sequence, Training } from '../../model/schema.js';
import { isoDateOf } from '../../model/calendar.js';
import { timeElement } from '../../internal/dates.js';
import { sheetLink } from '../../internal/feed-display.js';
import { FeedElement } from '../../internal/feed-element.js';
import { clampHeadingLevel, heading } from '../../internal/heading.js';
import { safeHref } from '../../internal/links.js';
import { downloadJson, formatPercent, logStorageProblem } from '../../internal/learner-data.js';
import { isStoredQuizResult, quizRecordKey, readQuizRecord, type QuizPhase, type StoredAnswer, type StoredQuizProgress, type StoredQuizRecord, type StoredQuizResult } from './quiz-results.js';
import { emptyRecord, eraseQuizRecord, forgetResults, rememberResult, rememberedResults, saveQuizRecord } from './quiz-storage.js';
import { comparisonChart } from './result-chart.js';
import { bandFor, correctOptions, isAnswered, isKnowledge, isScored, scoreQuiz, verdictOf, weakestSequences, type Verdict } from '../../model/quiz/scoring.js';
import { randomSeed, seededShuffle } from '../../model/quiz/shuffle.js';
import { answerStatement, completeStatement, startStatement, type QuizStatement } from '../../model/quiz/statements.js';
import { quizStyles } from './tf-quiz.styles.js';

/** Where the learner is: one discriminated union, so that impossible states cannot be represented. */
type QuizView = { step: 'intro' } | { step: 'item'; index: number } | { step: 'result'; result: StoredQuizResult };

/** The notices above the quiz, named by their key in the `quiz` strings. */
type Notice = 'resumed' | 'erased';
type StorageNotice = 'storageFailed' | 'unreadable' | 'eraseFailed';

interface Labelled {
  id: string;
  short: string;
  full: string;
}

const verdictIcons: Record<Verdict, string> = { correct: '✓', partial: '◐', incorrect: '✗', recorded: '•' };

/** The labels of `ids` in the feed's order, then the ids the feed does not name, as they are: no score is hidden. */
function labelsFor(labels: readonly Labelled[], ids: readonly string[]): Labelled[] {
  return [...labels.filter((l) => ids.includes(l.id)), ...ids.filter((id) => !labels.some((l) => l.id === id)).map((id) => ({ id, short: id, full: id }))];
}

/**
 * A self-assessment or positioning quiz of the feed: an intro, one item at a time (or all on one page), per-answer
 * feedback, then scores per objective and per framework sequence, the feed's result band and recommendations, and
 * with `phase="post"` the progress since the positioning (`pre`) as a chart and a table.
 *
 * Privacy first (CNIL): nothing is written on the device until the learner ticks "Enregistrer mes réponses sur cet
 * appareil"; then answers, position and results persist in localStorage (key `training-feed-widgets:quiz:<id>`,
 * format in `quiz-results.ts`) and the quiz resumes after a reload. If storage is refused or full, the quiz goes on
 * in memory and says so; a damaged record is read as far as it goes. The widget sends nothing over the network:
 * events let the host page record results.
 *
 * Scoring: single and true-false 1 or 0; multiple with partial credit (correct picks − wrong picks) / correct
 * options, floored at 0; scale level index / (levels − 1); text never scored. Objective, sequence and overall
 * scores are means of the scored items, as percentages.
 *
 * @tagname tf-quiz
 * @summary A positioning quiz: before the training, and progress after it.
 *
 * @csspart base - The quiz's outer `<article>`.
 * @csspart intro - The intro step.
 * @csspart item - Each item (`<fieldset>` with its heading and feedback).
 * @csspart feedback - The correction of an item.
 * @csspart nav - The row of navigation buttons.
 * @csspart progress - The `<progress>` bar.
 * @csspart result - The result step.
 * @csspart chart - The before/after SVG chart.
 * @csspart status - The loading placeholder.
 * @csspart error - The error message.
 *
 * @cssproperty [--tf-quiz-bar-color=var(--tf-color-primary)] - Colour of the score bars and of the "after" bars.
 * @cssproperty [--tf-quiz-bar-track=var(--tf-color-surface-alt)] - Colour of the track behind score bars.
 * @cssproperty [--tf-quiz-scale-min-width=7em] - Minimum width of one level of a self-rating scale before it wraps.
 *
 * @event {CustomEvent<QuizStatement>} tf-quiz-start - The learner started an attempt (xAPI verb `initialized`).
 * @event {CustomEvent<QuizStatement>} tf-quiz-answer - The learner answered an item: on "Valider", on leaving the
 * item, or on submitting the page (xAPI verb `answered`, object `urn:training-feed-widgets:quiz:<quiz>:item:<item>`).
 * @event {CustomEvent<QuizStatement>} tf-quiz-complete - The learner finished; `result.score.raw` is the overall
 * percentage and `context.extensions` holds `byObjective` and `bySequence` (xAPI verb `completed`).
 *
 * @example
 * <tf-quiz src="https://example.org/formations.json" quiz="positionnement-aller-vers-m1"></tf-quiz>
 * <tf-quiz src="…" quiz="positionnement-aller-vers-m1" phase="post" layout="page"></tf-quiz>
 */
export class TfQuiz extends FeedElement {
  static override properties: PropertyDeclarations = {
    quiz: { type: String },
    training: { type: String },
    phase: { type: String },
    layout: { type: String },
    correction: { type: String },
    shuffle: { type: Boolean },
    seed: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    sheetHref: { type: String, attribute: 'sheet-href' },
    previousResult: { attribute: false },
    view: { state: true },
    answers: { state: true },
    checked: { state: true },
    consent: { state: true },
    storageNotice: { state: true },
    notice: { state: true },
    reviewOpen: { state: true },
    announcement: { state: true },
  };

  static override styles = quizStyles;

  /** Id of the quiz in the feed's `quizzes`. */
  declare quiz: string | undefined;
  /** Id of the training whose objectives the scores are reported against; by default the quiz's `training`. */
  declare training: string | undefined;
  /** `pre` (default): positioning at entry. `post`: after the training, compared with the stored `pre` result. */
  declare phase: QuizPhase;
  /** `step` (default): one item at a time. `page`: every item on one page, with one submit button. */
  declare layout: 'step' | 'page';
  /** `immediate` or `end`: overrides the feed's `correction` (default `end` when neither says). */
  declare correction: 'immediate' | 'end' | undefined;
  /** Shuffles items and options even when the feed does not ask for it. */
  declare shuffle: boolean;
  /** Seed of the shuffling: the same seed gives the same order (tests, a stable retry). Random when absent. */
  declare seed: string | undefined;
  /** Level (1 to 6) of the quiz's title heading (default 2); section headings are one level below. */
  declare headingLevel: number;
  /**
   * Link to a training's sheet when the feed gives it no `url`: `{id}` is replaced by the training's id, e.g.
   * `/formations/{id}.html` (`{training}` is accepted too).
   */
  declare sheetHref: string | undefined;
  /** A `pre` result to compare with (e.g. from the host's LMS); by default the one stored on the device. */
  declare previousResult: StoredQuizResult | undefined;

  declare private view: QuizView;
  declare private answers: Record<string, StoredAnswer>;
  declare private checked: string[];
  declare private consent: boolean;
  declare private storageNotice: StorageNotice | undefined;
  declare private notice: Notice | undefined;
  declare private reviewOpen: boolean;
  declare private announcement: string;

  /** Mirror of the device record (or what it would be), so that one phase's save keeps the other's data. */
  private record: StoredQuizRecord | undefined;
  /** The attempts of the other quizzes this widget showed (its `quiz` changed), kept in memory until the page closes. */
  private otherQuizzes = new Map<string, { record: StoredQuizRecord; consent: boolean }>();
  /** Every quiz id this widget saved on the device: "Effacer mes données" erases them all. */
  private savedQuizzes = new Set<string>();
  private restoredFor: string | undefined;
  private attemptSeed = randomSeed();
  private startedAt = new Date().toISOString();
  /** Last response sent in a `tf-quiz-answer`, by item, so that leaving an item twice does not repeat it. */
  private answeredResponses = new Map<string, string>();
  /** Id of the element to focus after the next render. */
  private pendingFocus: string | undefined;

  constructor() {
    super();
    this.phase = 'pre';
    this.layout = 'step';
    this.shuffle = false;
    this.headingLevel = 2;
    this.view = { step: 'intro' };
    this.answers = {};
    this.checked = [];
    this.consent = false;
    this.reviewOpen = false;
    this.announcement = '';
  }

  // ── Feed lookups ──────────────────────────────────────────────────────────

  private currentQuiz(feed: Feed): Quiz | undefined {
    return feed.quizzes.find((quiz) => quiz.id === this.quiz);
  }

  private get activePhase(): QuizPhase {
    return this.phase === 'post' ? 'post' : 'pre';
  }

  private correctionOf(quiz: Quiz): 'immediate' | 'end' {
    return this.correction === 'immediate' || this.correction === 'end' ? this.correction : (quiz.correction ?? 'end');
  }

  /** The items in the order of this attempt. */
  private orderedItems(quiz: Quiz): QuizItem[] {
    return this.shuffle || quiz.shuffleItems ? seededShuffle(quiz.items, `${this.seed ?? this.attemptSeed}:${quiz.id}`) : quiz.items;
  }

  private orderedOptions<T>(quiz: Quiz, item: QuizItem, options: readonly T[]): readonly T[] {
    return this.shuffle || quiz.shuffleOptions ? seededShuffle(options, `${this.seed ?? this.attemptSeed}:${quiz.id}:${item.id}`) : options;
  }

  private trainingOf(feed: Feed, quiz: Quiz): Training | undefined {
    const id = this.training ?? quiz.training;
    return feed.trainings.find((training) => training.id === id);
  }

  private objectivesOf(feed: Feed, quiz: Quiz): Labelled[] {
    return (this.trainingOf(feed, quiz)?.objectives ?? []).map((objective, index) => ({ id: objective.id, short: this.t.quiz.objectiveShort(index + 1), full: objective.text }));
  }

  private sequencesOf(feed: Feed, quiz: Quiz): Labelled[] {
    const programmeId = quiz.programme ?? this.trainingOf(feed, quiz)?.programme;
    const programmes = [...feed.programmes].sort((a, b) => Number(b.id === programmeId) - Number(a.id === programmeId));
    const found = new Map<string, Sequence>();
    for (const sequence of programmes.flatMap((p) => p.modules.flatMap((m) => m.sequences))) {
      if (!found.has(sequence.id)) found.set(sequence.id, sequence);
    }
    return [...found.values()].map((s) => ({ id: s.id, short: this.t.quiz.sequenceShort(s.number), full: this.t.quiz.sequenceLabel(s.number, s.title) }));
  }

  /** The training that delivers `sequenceId`: the quiz's own when it covers the sequence's module, else the first. */
  private trainingForSequence(feed: Feed, quiz: Quiz, sequenceId: string): Training | undefined {
    const programme = feed.programmes.find((p) => p.modules.some((m) => m.sequences.some((s) => s.id === sequenceId)));
    const module = programme?.modules.find((m) => m.sequences.some((s) => s.id === sequenceId));
    if (!programme || !module) return undefined;
    const delivering = feed.trainings.filter((t) => t.programme === programme.id && t.module === module.id);
    const own = this.trainingOf(feed, quiz);
    return delivering.find((t) => t.id === own?.id) ?? delivering[0];
  }

  private sheetLink(training: Training | undefined): string | undefined {
    return training && sheetLink(this, training, this.sheetHref);
  }

  private formatScore(score: number): string {
    return formatPercent(score, this.language);
  }

  // ── Storage ───────────────────────────────────────────────────────────────

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('previousResult') && this.previousResult != null && !isStoredQuizResult(this.previousResult)) {
      console.error('[training-feed-widgets] <tf-quiz> previousResult n’a pas la forme de StoredQuizResult (quiz-results.ts) ; il est ignoré :', this.previousResult);
    }
    const state = this.feedState;
    if (state.status !== 'loaded') return;
    const quiz = this.currentQuiz(state.feed);
    const key = quiz ? `${quiz.id}|${this.activePhase}` : undefined;
    if (quiz && key !== this.restoredFor) {
      // The quiz or phase changed under the learner's hands: focus must not be lost with the controls it was on.
      if (this.restoredFor && this.shadowRoot?.activeElement) this.pendingFocus = 'quiz-title';
      this.restoredFor = key;
      this.restore(quiz);
    }
  }

  /**
   * Picks up the attempt of `quiz` in this phase: from memory when the widget already showed the quiz (its `quiz`
   * or `phase` attribute changed meanwhile), else from the device if the learner opted in there.
   */
  private restore(quiz: Quiz): void {
    const previous = this.record;
    if (previous && previous.quizId !== quiz.id) this.otherQuizzes.set(previous.quizId, { record: previous, consent: this.consent });
    let kept = previous?.quizId === quiz.id ? { record: previous, consent: this.consent } : this.otherQuizzes.get(quiz.id);
    this.storageNotice = undefined;
    if (!kept) {
      const { record, problem } = readQuizRecord(quiz.id);
      kept = { record: record as StoredQuizRecord, consent: record !== undefined };
      if (problem) {
        logStorageProblem(this.localName, quizRecordKey(quiz.id), problem);
        this.storageNotice = problem === 'corrupt' ? 'unreadable' : 'storageFailed';
      }
    }
    this.record = kept.record;
    this.consent = kept.consent;
    this.reviewOpen = false;
    this.answeredResponses.clear();
    const progress = this.record?.progress[this.activePhase];
    this.answers = { ...progress?.answers };
    this.checked = [...(progress?.checked ?? [])];
    this.attemptSeed = progress?.seed ?? randomSeed();
    this.notice = progress ? 'resumed' : undefined;
    if (!progress) {
      this.view = { step: 'intro' };
      return;
    }
    this.startedAt = progress.startedAt;
    const saved = this.record?.results[this.activePhase];
    this.view =
      progress.step === 'result'
        ? { step: 'result', result: saved ?? scoreQuiz(quiz, this.answers, this.activePhase, new Date()) }
        : { step: 'item', index: Math.min(progress.index, quiz.items.length - 1) };
  }

  private progressNow(): StoredQuizProgress | undefined {
    const view = this.view;
    if (view.step === 'intro') return undefined;
    return {
      step: view.step,
      index: view.step === 'item' ? view.index : 0,
      answers: this.answers,
      checked: this.checked,
      seed: this.attemptSeed,
      startedAt: this.startedAt,
    };
  }

  /**
   * Keeps the attempt in memory and, with consent, on the device. The device's record is read first: another
   * `<tf-quiz>` of the same quiz (the pre and the post on one page, another tab) may have saved its own phase since,
   * which must not be overwritten; and a record erased there means the learner withdrew consent there.
   * A refused write keeps everything in memory and says so.
   */
  private persist(quizId: string, result?: StoredQuizResult, optingIn = false): void {
    const phase = this.activePhase;
    let base = this.record ?? emptyRecord(quizId);
    if (this.consent) {
      const { record: stored, problem } = readQuizRecord(quizId);
      if (stored) base = { ...base, progress: { ...base.progress, ...stored.progress }, results: { ...base.results, ...stored.results } };
      else if (!problem && !optingIn && this.storageNotice !== 'storageFailed') this.consent = false;
    }
    const progress = this.progressNow();
    const record: StoredQuizRecord = {
      ...base,
      progress: { ...base.progress, [phase]: progress },
      results: result ? { ...base.results, [phase]: result } : base.results,
    };
    if (!progress) delete record.progress[phase];
    this.record = record;
    if (!this.consent) return;
    if (saveQuizRecord(record, result !== undefined || optingIn)) {
      this.storageNotice = 'storageFailed';
    } else {
      this.savedQuizzes.add(quizId);
      if (this.storageNotice === 'storageFailed') this.storageNotice = undefined;
    }
  }

  private onConsentChange(quiz: Quiz, event: Event): void {
    this.consent = (event.target as HTMLInputElement).checked;
    this.notice = undefined;
    if (this.consent) {
      // This page's results (a pre taken before this post) are the learner's answers too: they are kept with them.
      const base = this.record ?? emptyRecord(quiz.id);
      this.record = { ...base, results: { ...rememberedResults(quiz.id), ...base.results } };
      this.persist(quiz.id, this.view.step === 'result' ? this.view.result : undefined, true);
    } else {
      this.eraseDevice(quiz.id);
    }
  }

  /** Erases every record this widget saved, and the current quiz's. False, with a notice, when the browser refuses. */
  private eraseDevice(quizId: string): boolean {
    const failed = [...new Set([...this.savedQuizzes, quizId])].filter((id) => eraseQuizRecord(id));
    this.savedQuizzes = new Set(failed);
    if (failed.length) logStorageProblem(this.localName, failed.map(quizRecordKey).join(', '), 'erase');
    this.storageNotice = failed.length ? 'eraseFailed' : undefined;
    return failed.length === 0;
  }

  /** "Effacer mes données": the device records, this page's memory, and the attempt on screen. */
  private eraseEverything(quiz: Quiz): void {
    const erased = this.eraseDevice(quiz.id);
    forgetResults(quiz.id);
    this.otherQuizzes.forEach((_, id) => forgetResults(id));
    this.otherQuizzes.clear();
    this.record = undefined;
    this.consent = false;
    this.answers = {};
    this.checked = [];
    this.answeredResponses.clear();
    this.attemptSeed = randomSeed();
    this.reviewOpen = false;
    this.view = { step: 'intro' };
    this.notice = erased ? 'erased' : undefined;
    this.pendingFocus = 'quiz-title';
  }

  // ── Flow ──────────────────────────────────────────────────────────────────

  private statementContext(quiz: Quiz) {
    return { quiz, phase: this.activePhase, training: this.training ?? quiz.training, now: new Date() };
  }

  private start(quiz: Quiz): void {
    this.answers = {};
    this.checked = [];
    this.answeredResponses.clear();
    this.reviewOpen = false;
    this.notice = undefined;
    this.startedAt = new Date().toISOString();
    if (this.view.step === 'result') this.attemptSeed = randomSeed();
    this.view = { step: 'item', index: 0 };
    this.persist(quiz.id);
    this.emit<QuizStatement>('tf-quiz-start', startStatement(this.statementContext(quiz)));
    this.pendingFocus = this.layout === 'page' ? 'quiz-title' : `heading-${this.orderedItems(quiz)[0]?.id}`;
  }

  private setAnswer(quiz: Quiz, item: QuizItem, answer: StoredAnswer): void {
    this.answers = { ...this.answers, [item.id]: answer };
    this.notice = undefined;
    this.persist(quiz.id);
  }

  /** Sends `tf-quiz-answer` once per distinct response. */
  private reportAnswer(quiz: Quiz, item: QuizItem): void {
    const answer = this.answers[item.id];
    if (!isAnswered(item, answer)) return;
    const statement = answerStatement(this.statementContext(quiz), item, answer);
    const response = statement.result?.response ?? '';
    if (this.answeredResponses.get(item.id) === response) return;
    this.answeredResponses.set(item.id, response);
    this.emit<QuizStatement>('tf-quiz-answer', statement);
  }

  /**
   * "Valider": the correction appears and the button goes. One item at a time, focus moves on to "Suivant" and
   * the correction is announced; on one page, focus moves to the correction itself, which is then read once.
   */
  private check(quiz: Quiz, item: QuizItem): void {
    this.checked = [...this.checked, item.id];
    this.reportAnswer(quiz, item);
    const onePage = this.layout === 'page';
    this.announcement = onePage ? '' : this.feedbackText(item);
    this.persist(quiz.id);
    this.pendingFocus = onePage ? `feedback-${item.id}` : 'next';
  }

  private goTo(quiz: Quiz, index: number): void {
    const items = this.orderedItems(quiz);
    const current = this.view.step === 'item' ? items[this.view.index] : undefined;
    if (current) this.reportAnswer(quiz, current);
    this.notice = undefined;
    this.announcement = '';
    if (index >= items.length) {
      this.finish(quiz);
      return;
    }
    this.view = { step: 'item', index: Math.max(0, index) };
    this.persist(quiz.id);
    this.pendingFocus = `heading-${items[Math.max(0, index)]?.id}`;
  }

  private finish(quiz: Quiz): void {
    for (const item of quiz.items) this.reportAnswer(quiz, item);
    const result = scoreQuiz(quiz, this.answers, this.activePhase, new Date());
    rememberResult(result);
    this.view = { step: 'result', result };
    this.reviewOpen = false;
    this.notice = undefined;
    this.announcement = '';
    this.persist(quiz.id, result);
    this.emit<QuizStatement>('tf-quiz-complete', completeStatement(this.statementContext(quiz), result, quiz.items.some(isScored)));
    this.pendingFocus = 'result-heading';
  }

  /**
   * The `pre` result to compare a `post` result with: the host's, else the latest of the device's and this page's
   * (the pre may have been taken again in another widget of the page since this one read the device).
   */
  private previousFor(quiz: Quiz): StoredQuizResult | undefined {
    if (this.activePhase !== 'post') return undefined;
    if (isStoredQuizResult(this.previousResult)) return this.previousResult;
    const stored = this.record?.results.pre;
    const session = rememberedResults(quiz.id).pre;
    return stored && session ? (session.completedAt > stored.completedAt ? session : stored) : (stored ?? session);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.pendingFocus;
    if (!target) return;
    this.pendingFocus = undefined;
    const element = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(target)}`);
    if (!element) return;
    // A heading or a correction is not focusable by nature: focusable by script only, outside the Tab order.
    if (element.tabIndex < 0) element.setAttribute('tabindex', '-1');
    element.focus();
  }

  // ── Rendering ─────────────────────────────────────────────────────────────

  /** A real heading, `offset` levels below the quiz's title. */
  private heading(offset: number, content: unknown, id?: string, className = offset > 1 ? 'minor-heading' : 'subheading'): TemplateResult {
    return heading(clampHeadingLevel(this.headingLevel) + offset, content, id, className);
  }

  protected override renderFeed(feed: Feed): unknown {
    if (!this.quiz) return this.renderProblem(this.t.common.attributeMissing('quiz'));
    const quiz = this.currentQuiz(feed);
    if (!quiz) return this.renderProblem(this.t.common.quizNotFound(this.quiz));
    const t = this.t.quiz;
    const view = this.view;
    const badPrevious = this.activePhase === 'post' && this.previousResult != null && !isStoredQuizResult(this.previousResult);
    return html`<article class="quiz" part="base" aria-labelledby="quiz-title">
      ${this.heading(0, quiz.title, 'quiz-title', 'quiz__title')}
      <p class="quiz__phase">${this.activePhase === 'post' ? t.phasePost : t.phasePre}</p>
      <div class="notices" role="status">${this.storageNotice ? html`<p class="notice notice--warning">${t[this.storageNotice]}</p>` : nothing}${badPrevious
          ? html`<p class="notice notice--warning">${this.t.common.renderFailed}</p>`
          : nothing}${this.notice ? html`<p class="notice">${t[this.notice]}</p>` : nothing}</div>
      ${view.step === 'intro'
        ? this.renderIntro(quiz)
        : view.step === 'item'
          ? this.layout === 'page'
            ? this.renderPage(quiz)
            : this.renderStep(quiz, view.index)
          : this.renderResult(feed, quiz, view.result)}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    </article>`;
  }

  private renderConsent(quiz: Quiz): TemplateResult {
    const t = this.t.quiz;
    return html`<div class="consent no-print">
      <label class="choice">
        <input type="checkbox" .checked=${this.consent} @change=${(event: Event) => this.onConsentChange(quiz, event)} />
        <span>${t.consentLabel}</span>
      </label>
      <p class="hint">${this.consent ? t.saved : t.notSaved}</p>
    </div>`;
  }

  private renderIntro(quiz: Quiz): TemplateResult {
    const t = this.t.quiz;
    return html`<section class="intro" part="intro">
      ${quiz.description ? html`<p>${quiz.description}</p>` : nothing}
      <ul class="facts">
        <li>${t.itemCount(quiz.items.length)}</li>
        ${quiz.estimatedMinutes ? html`<li>${t.estimatedTime(quiz.estimatedMinutes)}</li>` : nothing}
      </ul>
      <section class="privacy" aria-labelledby="privacy-title">
        ${this.heading(1, t.privacyTitle, 'privacy-title')}
        <p>${t.privacyText}</p>
        ${this.renderConsent(quiz)}
      </section>
      <div class="nav" part="nav">
        <button type="button" class="button" @click=${() => this.start(quiz)}>${t.start}</button>
      </div>
    </section>`;
  }

  /** "Valider", when the quiz corrects each answer at once and this one can be checked now. */
  private canCheck(quiz: Quiz, item: QuizItem): boolean {
    return this.correctionOf(quiz) === 'immediate' && isKnowledge(item) && isAnswered(item, this.answers[item.id]) && !this.checked.includes(item.id);
  }

  private renderStep(quiz: Quiz, at: number): TemplateResult {
    const t = this.t.quiz;
    const items = this.orderedItems(quiz);
    // The feed may have lost items since the attempt was saved: stay on the last one rather than show nothing.
    const index = Math.min(at, items.length - 1);
    const item = items[index] as QuizItem;
    return html`<section class="step" aria-labelledby="heading-${item.id}">
      ${this.renderItem(quiz, item, index, items.length)}
      <div class="nav" part="nav">
        ${index > 0
          ? html`<button type="button" class="button button--secondary" @click=${() => this.goTo(quiz, index - 1)}>${t.previous}</button>`
          : nothing}
        ${this.canCheck(quiz, item) ? html`<button type="button" class="button" @click=${() => this.check(quiz, item)}>${t.check}</button>` : nothing}
        <button type="button" class="button" id="next" @click=${() => this.goTo(quiz, index + 1)}>
          ${index === items.length - 1 ? t.finish : t.next}
        </button>
      </div>
    </section>`;
  }

  private renderPage(quiz: Quiz): TemplateResult {
    const items = this.orderedItems(quiz);
    const t = this.t.quiz;
    return html`<form
      class="page"
      @submit=${(event: Event) => {
        event.preventDefault();
        this.finish(quiz);
      }}
    >
      ${items.map(
        (item, index) => html`${this.renderItem(quiz, item, index, items.length)}
        ${this.canCheck(quiz, item)
          ? html`<div class="nav" part="nav">
              <button type="button" class="button button--secondary" @click=${() => this.check(quiz, item)}>${t.check}</button>
            </div>`
          : nothing}`,
      )}
      <div class="nav" part="nav"><button type="submit" class="button">${t.finish}</button></div>
    </form>`;
  }

  private renderItem(quiz: Quiz, item: QuizItem, index: number, total: number): TemplateResult {
    const t = this.t.quiz;
    const answer = this.answers[item.id];
    const locked = this.checked.includes(item.id);
    const name = `answer-${item.id}`;
    const hint = { multiple: t.multipleHint, scale: t.scaleHint, text: t.textHint }[item.type as string];
    const choice = (type: 'radio' | 'checkbox', id: string, label: string, checked: boolean, onPick: (event: Event) => void) =>
      html`<label class="choice">
        <input type=${type} name=${name} value=${id} .checked=${checked} ?disabled=${locked} @change=${onPick} />
        <span>${label}</span>${locked ? this.optionMark(item, id, checked) : nothing}
      </label>`;
    let controls: TemplateResult;
    switch (item.type) {
      case 'single':
        controls = html`${this.orderedOptions(quiz, item, item.options).map((option) =>
          choice('radio', option.id, option.label, answer === option.id, () => this.setAnswer(quiz, item, option.id)),
        )}`;
        break;
      case 'multiple': {
        const picked = Array.isArray(answer) ? answer : [];
        controls = html`${this.orderedOptions(quiz, item, item.options).map((option) =>
          choice('checkbox', option.id, option.label, picked.includes(option.id), (event) => {
            const on = (event.target as HTMLInputElement).checked;
            // In the feed's order whatever the order shown, so that the same picks give the same response.
            this.setAnswer(quiz, item, item.options.map((o) => o.id).filter((id) => (id === option.id ? on : picked.includes(id))));
          }),
        )}`;
        break;
      }
      case 'true-false':
        controls = html`${choice('radio', 'true', t.trueLabel, answer === true, () => this.setAnswer(quiz, item, true))}
        ${choice('radio', 'false', t.falseLabel, answer === false, () => this.setAnswer(quiz, item, false))}`;
        break;
      case 'scale':
        controls = html`<div class="scale">
          ${item.levels.map((level, levelIndex) => choice('radio', String(levelIndex), level.label, answer === levelIndex, () => this.setAnswer(quiz, item, levelIndex)))}
        </div>`;
        break;
      case 'text':
        controls = html`<label class="text-answer">
          <span class="visually-hidden">${t.textLabel}</span>
          <textarea
            name=${name}
            rows="4"
            placeholder=${item.placeholder ?? nothing}
            .value=${typeof answer === 'string' ? answer : ''}
            @input=${(event: Event) => this.setAnswer(quiz, item, (event.target as HTMLTextAreaElement).value)}
          ></textarea>
        </label>`;
        break;
    }
    return html`<div class="item" part="item">
      <div class="item__header">
        ${this.heading(1, t.questionOf(index + 1, total), `heading-${item.id}`)}
        ${this.layout === 'step'
          ? html`<progress part="progress" max=${total} value=${index + 1} aria-label=${t.progressLabel}></progress>`
          : nothing}
      </div>
      <fieldset class="item__fieldset" aria-describedby=${hint ? `hint-${item.id}` : nothing}>
        <legend class="item__prompt">${item.prompt}</legend>
        ${hint ? html`<p class="hint" id="hint-${item.id}">${hint}</p>` : nothing}
        ${controls}
      </fieldset>
      ${locked ? this.renderFeedback(item) : nothing}
    </div>`;
  }

  /** After correction, marks the right options and the learner's pick in words, not by colour. */
  private optionMark(item: QuizItem, optionId: string, picked: boolean): TemplateResult | typeof nothing {
    const t = this.t.quiz;
    const right =
      item.type === 'true-false' ? String(item.answer) === optionId : correctOptions(item).some((option) => option.id === optionId);
    if (!right && !picked) return nothing;
    const words = [right ? t.correctOption : '', picked ? t.yourChoice : ''].filter(Boolean).join(', ');
    return html`<span class="mark ${right ? 'mark--right' : 'mark--wrong'}"
      ><span aria-hidden="true">${right ? verdictIcons.correct : verdictIcons.incorrect}</span> (${words})</span
    >`;
  }

  /** The verdict in words; an item left blank says so rather than "incorrect" or "recorded". */
  private verdictLabel(item: QuizItem): string {
    return isAnswered(item, this.answers[item.id]) ? this.t.quiz[verdictOf(item, this.answers[item.id])] : this.t.quiz.unanswered;
  }

  /** The feedback of the options the learner picked, then what the right answer was. */
  private feedbackLines(item: QuizItem): string[] {
    const t = this.t.quiz;
    const answer = this.answers[item.id];
    switch (item.type) {
      case 'single':
      case 'multiple': {
        const picked = Array.isArray(answer) ? answer : [answer];
        const lines = item.options.filter((o) => picked.includes(o.id) && o.feedback).map((o) => o.feedback as string);
        if (isKnowledge(item) && verdictOf(item, answer) !== 'correct') lines.push(t.correctAnswer(correctOptions(item).map((o) => o.label).join(this.t.common.listSeparator)));
        return lines;
      }
      case 'true-false': {
        const feedback = answer === true ? item.feedbackTrue : answer === false ? item.feedbackFalse : undefined;
        return [
          ...(feedback ? [feedback] : []),
          ...(answer === item.answer ? [] : [t.correctAnswer(item.answer ? t.trueLabel : t.falseLabel)]),
        ];
      }
      default:
        return [];
    }
  }

  private feedbackText(item: QuizItem): string {
    const explanation = item.explanation ? `${this.t.quiz.explanation} ${item.explanation}` : '';
    return [`${this.verdictLabel(item)}.`, ...this.feedbackLines(item), explanation].filter(Boolean).join(' ');
  }

  private renderFeedback(item: QuizItem): TemplateResult {
    const verdict = verdictOf(item, this.answers[item.id]);
    return html`<div class="feedback feedback--${verdict}" part="feedback" id="feedback-${item.id}">
      <p class="verdict"><span class="verdict__icon" aria-hidden="true">${verdictIcons[verdict]}</span> ${this.verdictLabel(item)}</p>
      ${this.feedbackLines(item).map((line) => html`<p>${line}</p>`)}
      ${item.explanation ? html`<p><strong>${this.t.quiz.explanation}</strong> ${item.explanation}</p>` : nothing}
    </div>`;
  }

  private answerText(item: QuizItem): string {
    const t = this.t.quiz;
    const answer = this.answers[item.id];
    if (!isAnswered(item, answer)) return t.unanswered;
    switch (item.type) {
      case 'single':
      case 'multiple': {
        const picked = Array.isArray(answer) ? answer : [answer];
        return item.options.filter((o) => picked.includes(o.id)).map((o) => o.label).join(this.t.common.listSeparator);
      }
      case 'true-false':
        return answer ? t.trueLabel : t.falseLabel;
      case 'scale':
        return item.levels[answer as number]?.label ?? '';
      case 'text':
        return String(answer);
    }
  }

  /** A table of scores; each row is its header cell, then its data cells. */
  private table(caption: string, columns: string[], rows: unknown[][]): TemplateResult {
    return html`<div class="table-wrap">
      <table class="scores">
        <caption>${caption}</caption>
        <thead><tr>${columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
        <tbody>${rows.map(([head, ...cells]) => html`<tr><th scope="row">${head}</th>${cells.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody>
      </table>
    </div>`;
  }

  private renderScoreTable(caption: string, column: string, labels: Labelled[], scores: Record<string, number>, passScore: number | undefined): TemplateResult | typeof nothing {
    const rows = labelsFor(labels, Object.keys(scores));
    const t = this.t.quiz;
    return rows.length === 0
      ? nothing
      : this.table(
          caption,
          [column, t.scoreColumn],
          rows.map((row) => {
            const score = scores[row.id] as number;
            return [
              row.full,
              html`<span class="score">${this.formatScore(score)}${passScore !== undefined ? ` (${score >= passScore ? t.reached : t.notReached})` : ''}</span>
                <svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect class="bar__track" width="100" height="6"></rect><rect class="bar__fill" width=${score} height="6"></rect>
                </svg>`,
            ];
          }),
        );
  }

  private renderComparison(what: string, column: string, labels: Labelled[], before: Record<string, number>, after: Record<string, number>): TemplateResult | typeof nothing {
    const t = this.t.quiz;
    const rows = labelsFor(labels, [...new Set([...Object.keys(before), ...Object.keys(after)])]);
    if (rows.length === 0) return nothing;
    const caption = t.comparisonCaption(what);
    const score = (value: number | undefined) => (value === undefined ? '–' : this.formatScore(value));
    return html`<figure class="comparison">
      ${comparisonChart(
        rows.map((l) => ({ label: l.short, before: before[l.id], after: after[l.id] })),
        { label: `${caption}. ${t.chartLabel}`, before: t.before, after: t.after, format: score },
      )}
      ${this.table(
        caption,
        [column, t.before, t.after, t.difference],
        rows.map((l) => {
          const b = before[l.id];
          const a = after[l.id];
          return [
            html`${l.short !== l.full ? html`<span class="short">${l.short}</span> ` : nothing}${l.full}`,
            score(b),
            score(a),
            a === undefined || b === undefined ? '–' : t.points(a - b),
          ];
        }),
      )}
    </figure>`;
  }

  private renderResult(feed: Feed, quiz: Quiz, result: StoredQuizResult): TemplateResult {
    const t = this.t.quiz;
    const scored = quiz.items.some(isScored);
    const objectives = this.objectivesOf(feed, quiz);
    const sequences = this.sequencesOf(feed, quiz);
    const band = scored ? bandFor(quiz.bands, result.overall) : undefined;
    const previous = this.previousFor(quiz);
    const weak = weakestSequences(result);
    const completed = new Date(result.completedAt);
    const link = (text: string, href: string | undefined) => (href ? html`<a href=${href}>${text}</a>` : text);
    return html`<section class="result" part="result" aria-labelledby="result-heading">
      ${this.heading(1, t.resultTitle, 'result-heading')}
      ${Number.isNaN(completed.getTime()) ? nothing : html`<p class="hint">${t.completedOn} ${timeElement(isoDateOf(completed), this.language)}</p>`}
      ${scored
        ? html`<dl class="overall">
            <div><dt>${t.overall}</dt> <dd>${this.formatScore(result.overall)}</dd></div>
            ${result.knowledge !== undefined && result.selfRating !== undefined
              ? html`<div><dt>${t.knowledge}</dt> <dd>${this.formatScore(result.knowledge)}</dd></div>
                  <div><dt>${t.selfRating}</dt> <dd>${this.formatScore(result.selfRating)}</dd></div>`
              : nothing}
          </dl>`
        : html`<p>${t.notScored}</p>`}
      ${band
        ? html`<div class="band">
            ${this.heading(2, band.title)}
            ${band.message ? html`<p>${band.message}</p>` : nothing}
          </div>`
        : nothing}
      ${band?.recommendations?.length || weak.length
        ? html`<div class="recommendations">
            ${this.heading(2, t.recommendations)}
            <ul>
              ${(band?.recommendations ?? []).map((rec) => {
                const training = rec.training
                  ? feed.trainings.find((tr) => tr.id === rec.training)
                  : rec.sequence
                    ? this.trainingForSequence(feed, quiz, rec.sequence)
                    : undefined;
                return html`<li>${link(rec.text, safeHref(rec.url) ?? this.sheetLink(training))}</li>`;
              })}
              ${weak.map((id) => {
                const training = this.trainingForSequence(feed, quiz, id);
                const href = this.sheetLink(training);
                return html`<li>
                  ${t.toConsolidate(sequences.find((s) => s.id === id)?.full ?? id)}${training && href ? html` — ${link(t.seeTraining(training.title), href)}` : nothing}
                </li>`;
              })}
            </ul>
          </div>`
        : nothing}
      ${previous
        ? html`<div class="progress-section">
            ${this.heading(2, t.progressTitle)}
            ${this.renderComparison(t.byObjective, t.objectiveColumn, objectives, previous.byObjective, result.byObjective)}
            ${this.renderComparison(t.bySequence, t.sequenceColumn, sequences, previous.bySequence, result.bySequence)}
          </div>`
        : nothing}
      ${this.renderScoreTable(t.byObjective, t.objectiveColumn, objectives, result.byObjective, result.passScore)}
      ${this.renderScoreTable(t.bySequence, t.sequenceColumn, sequences, result.bySequence, undefined)}
      ${this.renderConsent(quiz)}
      <div class="nav no-print" part="nav">
        <button type="button" class="button button--secondary" aria-expanded=${this.reviewOpen ? 'true' : 'false'} aria-controls="review" @click=${() => (this.reviewOpen = !this.reviewOpen)}>
          ${t.showAnswers}
        </button>
        <button type="button" class="button" @click=${() => this.start(quiz)}>${t.retry}</button>
        <button
          type="button"
          class="button button--secondary"
          @click=${() => downloadJson({ quiz: { id: quiz.id, title: quiz.title }, result, answers: this.answers, previous }, t.fileName(quiz.id))}
        >
          ${t.download}
        </button>
        <button type="button" class="button button--secondary" @click=${() => window.print()}>${t.print}</button>
        <button type="button" class="button button--secondary" @click=${() => this.eraseEverything(quiz)}>${t.erase}</button>
      </div>
      <div id="review" class="review" ?hidden=${!this.reviewOpen}>
        ${this.heading(2, t.answersTitle)}
        <ol class="review__list">
          ${this.orderedItems(quiz).map(
            (item) => html`<li class="review__item">
              <p class="item__prompt">${item.prompt}</p>
              <p>${t.yourAnswer(this.answerText(item))}</p>
              ${this.renderFeedback(item)}
            </li>`,
          )}
        </ol>
      </div>
    </section>`;
  }
}

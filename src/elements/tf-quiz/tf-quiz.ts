import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed, Objective, Quiz, QuizItem, Sequence, Training } from '../../feed/schema.js';
import { FeedElement } from '../../internal/feed-element.js';
import { safeHref } from '../../internal/links.js';
import { localeTag } from '../../internal/localize.js';
import { emptyRecord, eraseQuizRecord, forgetResults, loadQuizRecord, rememberResult, rememberedResults, saveQuizRecord } from './quiz-storage.js';
import type { QuizPhase, StoredAnswer, StoredQuizProgress, StoredQuizRecord, StoredQuizResult } from './quiz-results.js';
import { comparisonChart, type ComparisonRow } from './result-chart.js';
import { bandFor, correctOptions, isAnswered, isKnowledge, isScored, scoreQuiz, verdictOf, weakestSequences, type Verdict } from './scoring.js';
import { randomSeed, seededShuffle } from './shuffle.js';
import { answerStatement, completeStatement, startStatement, type QuizStatement } from './statements.js';
import { quizStyles } from './tf-quiz.styles.js';

/** Where the learner is: one discriminated union, so that impossible states cannot be represented. */
type QuizView = { step: 'intro' } | { step: 'item'; index: number } | { step: 'result'; result: StoredQuizResult };

type Notice = 'resumed' | 'erased' | undefined;

interface Labelled {
  id: string;
  short: string;
  full: string;
}

const verdictIcons: Record<Verdict, string> = { correct: '✓', partial: '◐', incorrect: '✗', recorded: '•' };

/**
 * @tagname tf-quiz
 * A self-assessment or positioning quiz of the feed: an intro, one item at a time (or all on one page), per-answer
 * feedback, then scores per objective and per framework sequence, the feed's result band and recommendations, and
 * with `phase="post"` the progress since the positioning (`pre`) as a chart and a table.
 *
 * Privacy first (CNIL): nothing is written on the device until the learner ticks "Enregistrer mes réponses sur cet
 * appareil"; then answers, position and results persist in localStorage (key `training-feed-widgets:quiz:<id>`,
 * format in `quiz-results.ts`) and the quiz resumes after a reload. If storage is refused or full, the quiz goes on
 * in memory and says so. The widget sends nothing over the network: events let the host page record results.
 *
 * Scoring: single and true-false 1 or 0; multiple with partial credit (correct picks − wrong picks) / correct
 * options, floored at 0; scale level index / (levels − 1); text never scored. Objective, sequence and overall
 * scores are means of the scored items, as percentages.
 *
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
    storageFailed: { state: true },
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
  /** Level of the quiz's title heading (default 2); section headings are one level below. */
  declare headingLevel: number;
  /**
   * Link to a training's sheet, `{training}` replaced by its id, e.g. `/formations/{training}.html`; by default
   * the training's `url` from the feed.
   */
  declare sheetHref: string | undefined;
  /** A `pre` result to compare with (e.g. from the host's LMS); by default the one stored on the device. */
  declare previousResult: StoredQuizResult | undefined;

  declare private view: QuizView;
  declare private answers: Record<string, StoredAnswer>;
  declare private checked: string[];
  declare private consent: boolean;
  declare private storageFailed: boolean;
  declare private notice: Notice;
  declare private reviewOpen: boolean;
  declare private announcement: string;

  /** Mirror of the device record (or what it would be), so that one phase's save keeps the other's data. */
  private record: StoredQuizRecord | undefined;
  private restoredFor: string | undefined;
  private attemptSeed = randomSeed();
  private startedAt = new Date().toISOString();
  /** Last response sent in a `tf-quiz-answer`, by item, so that leaving an item twice does not repeat it. */
  private answeredResponses = new Map<string, string>();
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
    this.storageFailed = false;
    this.notice = undefined;
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

  private get shuffleSeed(): string {
    return this.seed ?? this.attemptSeed;
  }

  /** The items in the order of this attempt. */
  private orderedItems(quiz: Quiz): QuizItem[] {
    return this.shuffle || quiz.shuffleItems ? seededShuffle(quiz.items, `${this.shuffleSeed}:${quiz.id}`) : quiz.items;
  }

  private orderedOptions<T>(quiz: Quiz, item: QuizItem, options: readonly T[]): readonly T[] {
    return this.shuffle || quiz.shuffleOptions ? seededShuffle(options, `${this.shuffleSeed}:${quiz.id}:${item.id}`) : options;
  }

  private trainingOf(feed: Feed, quiz: Quiz): Training | undefined {
    const id = this.training ?? quiz.training;
    return feed.trainings.find((training) => training.id === id);
  }

  private objectivesOf(feed: Feed, quiz: Quiz): Labelled[] {
    const objectives: readonly Objective[] = this.trainingOf(feed, quiz)?.objectives ?? [];
    return objectives.map((objective, index) => ({ id: objective.id, short: this.t.quiz.objectiveShort(index + 1), full: objective.text }));
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
    if (!training) return undefined;
    return safeHref(this.sheetHref ? this.sheetHref.replaceAll('{training}', encodeURIComponent(training.id)) : training.url);
  }

  private formatScore(score: number): string {
    return new Intl.NumberFormat(localeTag(this.language), { style: 'percent', maximumFractionDigits: 0 }).format(score / 100);
  }

  // ── Storage ───────────────────────────────────────────────────────────────

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.feedState;
    if (state.status !== 'loaded') return;
    const quiz = this.currentQuiz(state.feed);
    const key = quiz ? `${quiz.id}|${this.activePhase}` : undefined;
    if (quiz && key !== this.restoredFor) {
      this.restoredFor = key;
      this.restore(quiz);
    }
  }

  /** Picks up the learner's saved attempt, if they opted in on this device. */
  private restore(quiz: Quiz): void {
    const { record } = loadQuizRecord(quiz.id);
    this.record = record;
    this.consent = record !== undefined;
    this.storageFailed = false;
    this.reviewOpen = false;
    this.answeredResponses.clear();
    const progress = record?.progress[this.activePhase];
    if (!progress) {
      this.answers = {};
      this.checked = [];
      this.attemptSeed = randomSeed();
      this.view = { step: 'intro' };
      this.notice = undefined;
      return;
    }
    this.answers = { ...progress.answers };
    this.checked = [...progress.checked];
    this.attemptSeed = progress.seed;
    this.startedAt = progress.startedAt;
    const saved = record?.results[this.activePhase];
    this.view =
      progress.step === 'result'
        ? { step: 'result', result: saved ?? scoreQuiz(quiz, this.answers, this.activePhase, new Date()) }
        : { step: 'item', index: Math.min(progress.index, quiz.items.length - 1) };
    this.notice = 'resumed';
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

  /** Writes the current attempt, only with consent. A refused write keeps everything in memory and says so. */
  private persist(quizId: string, result?: StoredQuizResult): void {
    const phase = this.activePhase;
    const base = this.record ?? emptyRecord(quizId);
    const progress = this.progressNow();
    const record: StoredQuizRecord = {
      ...base,
      progress: { ...base.progress, [phase]: progress },
      results: result ? { ...base.results, [phase]: result } : base.results,
    };
    if (!progress) delete record.progress[phase];
    this.record = record;
    if (!this.consent) return;
    this.storageFailed = saveQuizRecord(record, result !== undefined) !== undefined;
  }

  private onConsentChange(quiz: Quiz, event: Event): void {
    const consent = (event.target as HTMLInputElement).checked;
    this.consent = consent;
    this.notice = undefined;
    if (consent) {
      const remembered = rememberedResults(quiz.id);
      const base = this.record ?? emptyRecord(quiz.id);
      this.record = { ...base, results: { ...remembered, ...base.results } };
      this.persist(quiz.id, this.view.step === 'result' ? this.view.result : undefined);
    } else {
      eraseQuizRecord(quiz.id);
      this.storageFailed = false;
    }
  }

  /** "Effacer mes données": the device record, this page's memory, and the attempt on screen. */
  private eraseEverything(quiz: Quiz): void {
    eraseQuizRecord(quiz.id);
    forgetResults(quiz.id);
    this.record = undefined;
    this.consent = false;
    this.storageFailed = false;
    this.answers = {};
    this.checked = [];
    this.answeredResponses.clear();
    this.attemptSeed = randomSeed();
    this.reviewOpen = false;
    this.view = { step: 'intro' };
    this.notice = 'erased';
    this.pendingFocus = 'title';
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
    this.pendingFocus = this.layout === 'page' ? 'title' : `heading-${this.orderedItems(quiz)[0]?.id}`;
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

  private check(quiz: Quiz, item: QuizItem): void {
    this.checked = [...this.checked, item.id];
    this.reportAnswer(quiz, item);
    this.announcement = this.feedbackText(item);
    this.persist(quiz.id);
    this.pendingFocus = 'next';
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
    this.persist(quiz.id, result);
    this.emit<QuizStatement>('tf-quiz-complete', completeStatement(this.statementContext(quiz), result));
    this.pendingFocus = 'result-heading';
  }

  private download(quiz: Quiz, result: StoredQuizResult): void {
    const data = { quiz: { id: quiz.id, title: quiz.title }, result, answers: this.answers, previous: this.previousFor(quiz) };
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = this.t.quiz.fileName(quiz.id);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  /** The `pre` result to compare a `post` result with. */
  private previousFor(quiz: Quiz): StoredQuizResult | undefined {
    if (this.activePhase !== 'post') return undefined;
    return this.previousResult ?? this.record?.results.pre ?? rememberedResults(quiz.id).pre;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.pendingFocus;
    if (!target) return;
    this.pendingFocus = undefined;
    const element = this.renderRoot.querySelector<HTMLElement>(`[data-focus="${CSS.escape(target)}"]`);
    element?.focus();
  }

  // ── Rendering ─────────────────────────────────────────────────────────────

  private heading(offset: number, content: unknown, options: { id?: string; focusKey?: string; className?: string } = {}): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel || 2) + offset));
    return html`<div
      role="heading"
      aria-level=${level}
      class="heading heading--${Math.min(offset, 2)} ${options.className ?? ''}"
      id=${options.id ?? nothing}
      data-focus=${options.focusKey ?? nothing}
      tabindex=${options.focusKey ? '-1' : nothing}
    >${content}</div>`;
  }

  protected override renderFeed(feed: Feed): unknown {
    if (!this.quiz) return this.renderProblem(this.t.common.attributeMissing('quiz'));
    const quiz = this.currentQuiz(feed);
    if (!quiz) return this.renderProblem(this.t.common.quizNotFound(this.quiz));
    const t = this.t.quiz;
    const view = this.view;
    return html`<article class="quiz" part="base" aria-labelledby="quiz-title">
      ${this.heading(0, quiz.title, { id: 'quiz-title', focusKey: 'title', className: 'quiz__title' })}
      <p class="quiz__phase">${this.activePhase === 'post' ? t.phasePost : t.phasePre}</p>
      <div class="notices" role="status">
        ${this.storageFailed ? html`<p class="notice notice--warning">${t.storageFailed}</p>` : nothing}
        ${this.notice === 'resumed' ? html`<p class="notice">${t.resumed}</p>` : nothing}
        ${this.notice === 'erased' ? html`<p class="notice">${t.erased}</p>` : nothing}
      </div>
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
        ${this.heading(1, t.privacyTitle, { id: 'privacy-title' })}
        <p>${t.privacyText}</p>
        ${this.renderConsent(quiz)}
      </section>
      <div class="nav" part="nav">
        <button type="button" class="button" @click=${() => this.start(quiz)}>${t.start}</button>
      </div>
    </section>`;
  }

  private renderStep(quiz: Quiz, index: number): TemplateResult {
    const t = this.t.quiz;
    const items = this.orderedItems(quiz);
    const item = items[index];
    if (!item) return html``;
    const immediate = this.correctionOf(quiz) === 'immediate';
    const canCheck = immediate && isKnowledge(item) && isAnswered(item, this.answers[item.id]) && !this.checked.includes(item.id);
    const last = index === items.length - 1;
    return html`<section class="step" aria-labelledby="heading-${item.id}">
      ${this.renderItem(quiz, item, index, items.length)}
      <div class="nav" part="nav">
        ${index > 0
          ? html`<button type="button" class="button button--secondary" @click=${() => this.goTo(quiz, index - 1)}>${t.previous}</button>`
          : nothing}
        ${canCheck ? html`<button type="button" class="button" @click=${() => this.check(quiz, item)}>${t.check}</button>` : nothing}
        <button type="button" class="button" data-focus="next" @click=${() => this.goTo(quiz, index + 1)}>
          ${last ? t.finish : t.next}
        </button>
      </div>
    </section>`;
  }

  private renderPage(quiz: Quiz): TemplateResult {
    const items = this.orderedItems(quiz);
    const immediate = this.correctionOf(quiz) === 'immediate';
    return html`<form
      class="page"
      @submit=${(event: Event) => {
        event.preventDefault();
        this.finish(quiz);
      }}
    >
      ${items.map(
        (item, index) => html`${this.renderItem(quiz, item, index, items.length)}
        ${immediate && isKnowledge(item) && isAnswered(item, this.answers[item.id]) && !this.checked.includes(item.id)
          ? html`<div class="nav" part="nav">
              <button type="button" class="button button--secondary" @click=${() => this.check(quiz, item)}>${this.t.quiz.check}</button>
            </div>`
          : nothing}`,
      )}
      <div class="nav" part="nav"><button type="submit" class="button">${this.t.quiz.finish}</button></div>
    </form>`;
  }

  private renderItem(quiz: Quiz, item: QuizItem, index: number, total: number): TemplateResult {
    const t = this.t.quiz;
    const answer = this.answers[item.id];
    const locked = this.checked.includes(item.id);
    const name = `answer-${item.id}`;
    const hint =
      item.type === 'multiple' ? t.multipleHint : item.type === 'scale' ? t.scaleHint : item.type === 'text' ? t.textHint : undefined;
    const radio = (id: string, label: string, checked: boolean, onPick: () => void) =>
      html`<label class="choice">
        <input type="radio" name=${name} value=${id} .checked=${checked} ?disabled=${locked} @change=${onPick} />
        <span>${label}</span>${locked ? this.optionMark(item, id, checked) : nothing}
      </label>`;
    let controls: TemplateResult;
    switch (item.type) {
      case 'single':
        controls = html`${this.orderedOptions(quiz, item, item.options).map((option) =>
          radio(option.id, option.label, answer === option.id, () => this.setAnswer(quiz, item, option.id)),
        )}`;
        break;
      case 'multiple': {
        const picked = Array.isArray(answer) ? answer : [];
        controls = html`${this.orderedOptions(quiz, item, item.options).map(
          (option) => html`<label class="choice">
            <input
              type="checkbox"
              name=${name}
              value=${option.id}
              .checked=${picked.includes(option.id)}
              ?disabled=${locked}
              @change=${(event: Event) => {
                const on = (event.target as HTMLInputElement).checked;
                const next = item.options.map((o) => o.id).filter((id) => (id === option.id ? on : picked.includes(id)));
                this.setAnswer(quiz, item, next);
              }}
            />
            <span>${option.label}</span>${locked ? this.optionMark(item, option.id, picked.includes(option.id)) : nothing}
          </label>`,
        )}`;
        break;
      }
      case 'true-false':
        controls = html`${radio('true', t.trueLabel, answer === true, () => this.setAnswer(quiz, item, true))}
        ${radio('false', t.falseLabel, answer === false, () => this.setAnswer(quiz, item, false))}`;
        break;
      case 'scale':
        controls = html`<div class="scale">
          ${item.levels.map((level, levelIndex) => radio(String(levelIndex), level.label, answer === levelIndex, () => this.setAnswer(quiz, item, levelIndex)))}
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
        ${this.heading(1, t.questionOf(index + 1, total), { id: `heading-${item.id}`, focusKey: `heading-${item.id}`, className: 'item__heading' })}
        ${this.layout === 'step'
          ? html`<progress part="progress" max=${total} value=${index + 1} aria-label=${t.progressLabel}></progress>`
          : nothing}
      </div>
      <fieldset class="item__fieldset item__fieldset--${item.type}" aria-describedby=${hint ? `hint-${item.id}` : nothing}>
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

  private verdictLabel(verdict: Verdict): string {
    return this.t.quiz[verdict];
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
        if (verdictOf(item, answer) !== 'correct') lines.push(t.correctAnswer(correctOptions(item).map((o) => o.label).join(' ; ')));
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
    return [`${this.verdictLabel(verdictOf(item, this.answers[item.id]))}.`, ...this.feedbackLines(item), explanation].filter(Boolean).join(' ');
  }

  private renderFeedback(item: QuizItem): TemplateResult {
    const verdict = verdictOf(item, this.answers[item.id]);
    return html`<div class="feedback feedback--${verdict}" part="feedback">
      <p class="verdict"><span class="verdict__icon" aria-hidden="true">${verdictIcons[verdict]}</span> ${this.verdictLabel(verdict)}</p>
      ${this.feedbackLines(item).map((line) => html` <p>${line}</p>`)}
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
        return item.options.filter((o) => picked.includes(o.id)).map((o) => o.label).join(' ; ');
      }
      case 'true-false':
        return answer ? t.trueLabel : t.falseLabel;
      case 'scale':
        return item.levels[answer as number]?.label ?? '';
      case 'text':
        return String(answer);
    }
  }

  private scoreBar(score: number): TemplateResult {
    return html`<svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="bar__track" x="0" y="0" width="100" height="6"></rect>
      <rect class="bar__fill" x="0" y="0" width=${score} height="6"></rect>
    </svg>`;
  }

  private renderScoreTable(caption: string, column: string, rows: { label: string; score: number }[], passScore: number | undefined): TemplateResult | typeof nothing {
    if (rows.length === 0) return nothing;
    const t = this.t.quiz;
    return html`<div class="table-wrap">
      <table class="scores">
        <caption>${caption}</caption>
        <thead><tr><th scope="col">${column}</th><th scope="col">${t.scoreColumn}</th></tr></thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              <th scope="row">${row.label}</th>
              <td>
                <span class="score">${this.formatScore(row.score)}${passScore !== undefined ? ` (${row.score >= passScore ? t.reached : t.notReached})` : ''}</span>
                ${this.scoreBar(row.score)}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderComparison(what: string, column: string, labels: Labelled[], before: Record<string, number>, after: Record<string, number>): TemplateResult | typeof nothing {
    const t = this.t.quiz;
    const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    if (ids.length === 0) return nothing;
    const labelOf = (id: string) => labels.find((l) => l.id === id) ?? { id, short: id, full: id };
    const ordered = [...labels.filter((l) => ids.includes(l.id)), ...ids.filter((id) => !labels.some((l) => l.id === id)).map(labelOf)];
    const rows: ComparisonRow[] = ordered.map((l) => ({ label: l.short, before: before[l.id], after: after[l.id] }));
    return html`<figure class="comparison">
      ${comparisonChart(rows, { label: `${t.comparisonCaption(what)}. ${t.chartLabel}`, before: t.before, after: t.after, format: (s) => this.formatScore(s) })}
      <div class="table-wrap">
        <table class="scores comparison__table">
          <caption>${t.comparisonCaption(what)}</caption>
          <thead>
            <tr><th scope="col">${column}</th><th scope="col">${t.before}</th><th scope="col">${t.after}</th><th scope="col">${t.difference}</th></tr>
          </thead>
          <tbody>
            ${ordered.map((l) => {
              const b = before[l.id];
              const a = after[l.id];
              return html`<tr>
                <th scope="row">${l.short !== l.full ? html`<span class="short">${l.short}</span> ` : nothing}${l.full}</th>
                <td>${b === undefined ? '–' : this.formatScore(b)}</td>
                <td>${a === undefined ? '–' : this.formatScore(a)}</td>
                <td>${a === undefined || b === undefined ? '–' : t.points(a - b)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </figure>`;
  }

  private renderResult(feed: Feed, quiz: Quiz, result: StoredQuizResult): TemplateResult {
    const t = this.t.quiz;
    const scored = quiz.items.some(isScored);
    const objectives = this.objectivesOf(feed, quiz);
    const sequences = this.sequencesOf(feed, quiz);
    const rowsOf = (labels: Labelled[], scores: Record<string, number>) => [
      ...labels.filter((l) => scores[l.id] !== undefined).map((l) => ({ label: l.full, score: scores[l.id] as number })),
      ...Object.keys(scores).filter((id) => !labels.some((l) => l.id === id)).map((id) => ({ label: id, score: scores[id] as number })),
    ];
    const band = scored ? bandFor(quiz.bands, result.overall) : undefined;
    const previous = this.previousFor(quiz);
    const weak = weakestSequences(result);
    const completed = new Date(result.completedAt);
    const recommendationLink = (text: string, href: string | undefined) => (href ? html`<a href=${href}>${text}</a>` : text);
    return html`<section class="result" part="result" aria-labelledby="result-heading">
      ${this.heading(1, t.resultTitle, { id: 'result-heading', focusKey: 'result-heading' })}
      ${Number.isNaN(completed.getTime())
        ? nothing
        : html`<p class="hint">${t.completedOn} <time datetime=${result.completedAt}>${new Intl.DateTimeFormat(localeTag(this.language), { dateStyle: 'long' }).format(completed)}</time></p>`}
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
                return html`<li>${recommendationLink(rec.text, safeHref(rec.url) ?? this.sheetLink(training))}</li>`;
              })}
              ${weak.map((id) => {
                const training = this.trainingForSequence(feed, quiz, id);
                const href = this.sheetLink(training);
                const label = sequences.find((s) => s.id === id)?.full ?? id;
                return html`<li>
                  ${t.toConsolidate(label)}${training && href ? html` — <a href=${href}>${t.seeTraining(training.title)}</a>` : nothing}
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
      ${this.renderScoreTable(t.byObjective, t.objectiveColumn, rowsOf(objectives, result.byObjective), result.passScore)}
      ${this.renderScoreTable(t.bySequence, t.sequenceColumn, rowsOf(sequences, result.bySequence), undefined)}
      ${this.renderConsent(quiz)}
      <div class="nav no-print" part="nav">
        <button type="button" class="button button--secondary" aria-expanded=${this.reviewOpen ? 'true' : 'false'} aria-controls="review" @click=${() => (this.reviewOpen = !this.reviewOpen)}>
          ${t.showAnswers}
        </button>
        <button type="button" class="button" @click=${() => this.start(quiz)}>${t.retry}</button>
        <button type="button" class="button button--secondary" @click=${() => this.download(quiz, result)}>${t.download}</button>
        <button type="button" class="button button--secondary" @click=${() => window.print()}>${t.print}</button>
        <button type="button" class="button button--secondary" @click=${() => this.eraseEverything(quiz)}>${t.erase}</button>
      </div>
      <div id="review" class="review" ?hidden=${!this.reviewOpen}>
        ${this.renderReview(quiz)}
      </div>
    </section>`;
  }

  private renderReview(quiz: Quiz): TemplateResult {
    const t = this.t.quiz;
    return html`${this.heading(2, t.answersTitle)}
      <ol class="review__list">
        ${this.orderedItems(quiz).map((item) => {
          const verdict = verdictOf(item, this.answers[item.id]);
          const right =
            item.type === 'true-false'
              ? t.correctAnswer(item.answer ? t.trueLabel : t.falseLabel)
              : isKnowledge(item)
                ? t.correctAnswer(correctOptions(item).map((o) => o.label).join(' ; '))
                : '';
          return html`<li class="review__item feedback feedback--${verdict}">
            <p class="item__prompt">${item.prompt}</p>
            <p>${t.yourAnswer(this.answerText(item))}</p>
            <p class="verdict"><span class="verdict__icon" aria-hidden="true">${verdictIcons[verdict]}</span> ${this.verdictLabel(verdict)}</p>
            ${right ? html`<p>${right}</p>` : nothing}
            ${item.explanation ? html`<p><strong>${t.explanation}</strong> ${item.explanation}</p>` : nothing}
          </li>`;
        })}
      </ol>`;
  }
}

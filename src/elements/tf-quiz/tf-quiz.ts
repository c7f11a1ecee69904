import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed, Quiz, QuizItem } from '../../model/schema.js';
import { isStoredQuizResult, ownValue, quizRecordFormat, type QuizPhase, type StoredAnswer, type StoredQuizRecord, type StoredQuizResult } from '../../model/learner-records.js';
import { attemptProgress, attemptWithRecord, newAttempt, nextAttempt, resumedAttempt, withPhase, type AttemptAction, type QuizAttempt } from '../../model/quiz/attempt.js';
import { nextAttemptSeed, randomSeed, seededShuffle } from '../../model/quiz/shuffle.js';
import type { QuizStatement, XapiAgent } from '../../model/quiz/statements.js';
import { commonStrings } from '../../i18n/common.js';
import { quizStrings } from '../../i18n/quiz.js';
import { downloadJson } from '../../controllers/download.js';
import { FocusController } from '../../controllers/focus.js';
import { PrintingController } from '../../controllers/print.js';
import { LearnerRecordController, storageWarnings } from '../../controllers/learner-record.js';
import { clampHeadingLevel, heading } from '../../templates/heading.js';
import { FeedElement } from '../feed-element.js';
import { sheetLink } from '../feed-display.js';
import { forgetResults, previousResultFor, rememberResult, rememberedResults, warnIfNotResult } from './page-results.js';
import type { LayoutContext, QuizStrings } from './quiz-item.js';
import { adoptStylesBefore, itemCode, ItemsOnIntent, loadedItems, resultCode, StatementQueue, type ResultCode } from './on-demand.js';
import type { ResultContext } from './quiz-result.js';
import { ResultView } from './result-view.js';
import { renderConsent, renderIntro, renderNotices } from './quiz-intro.js';
import { todayIso } from '../../model/sessions.js';
import { quizOwnStyles, quizStyles } from './tf-quiz.styles.js';

/**
 * A self-assessment or positioning quiz of the feed: an intro, one item at a time (or all on one page), per-answer
 * feedback, then a summary (score, the feed's result band, the next step), scores per objective and per framework
 * sequence as bars (tables on demand), and with `phase="post"` the progress since the positioning (`pre`).
 *
 * Privacy first (CNIL): nothing is written on the device until the learner ticks "Enregistrer mes réponses sur cet
 * appareil"; then answers, position and results persist in localStorage (key `training-feed-widgets:quiz:<id>`,
 * format in `model/learner-records.ts`) and the quiz resumes after a reload. If storage is refused or full, the quiz goes on
 * in memory and says so; a damaged record is read as far as it goes. Two tabs on one quiz keep both tabs' answers, the
 * newest to each item winning (docs/security.md). The widget sends nothing over the network:
 * events let the host page record results.
 *
 * Scoring (README, "The feed"): options may give partial or negative credit, added up and bounded to 0–100 % per
 * item; short answers, numbers and matching pairs score what the learner typed or chose; scale items rate oneself;
 * text and instruction items are never scored. Objective, sequence and overall scores are weighted means of the
 * scored items, as percentages. With `shuffle`, a retry shows items and options in a new order.
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
 * @csspart summary - The start of the result step: score, band and the next step.
 * @csspart chart - The score bars, by objective and by sequence (before and after with `phase="post"`).
 * @csspart status - The loading placeholder.
 * @csspart error - The error message.
 * @csspart retry - « Réessayer », after a server or network error.
 * @csspart notice - A line above the content: a copy out of date, a source missing, entries left out (`debug`).
 *
 * @cssproperty [--tf-quiz-bar-color=var(--tf-color-primary)] - Colour of the score bars and of the "after" bars.
 * @cssproperty [--tf-quiz-bar-track=var(--tf-color-surface-alt)] - Colour of the track behind score bars.
 * @cssproperty [--tf-quiz-scale-min-width=7em] - Minimum width of one level of a self-rating scale before it wraps.
 *
 * @event {CustomEvent<QuizStatement>} tf-quiz-start - The learner started an attempt (xAPI verb `initialized`). Every
 * event's detail is an xAPI statement, valid once it has an `actor` (the `actor` property, or the host adds it):
 * see docs/xapi.md.
 * @event {CustomEvent<QuizStatement>} tf-quiz-answer - The learner answered an item: on "Valider", on leaving the
 * item, or on submitting the page (xAPI verb `answered`, object `urn:training-feed-widgets:quiz:<quiz>:item:<item>`).
 * @event {CustomEvent<QuizStatement>} tf-quiz-complete - The learner finished; `result.score.raw` is the overall
 * percentage and `context.extensions` holds the scores by objective and by sequence (xAPI verb `completed`).
 *
 * @example
 * <tf-quiz src="https://example.org/formations.json" quiz="positionnement-aller-vers-m1"></tf-quiz>
 * <tf-quiz src="…" quiz="positionnement-aller-vers-m1" phase="post" layout="page"></tf-quiz>
 */
export class TfQuiz extends FeedElement<'quiz'> {
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
    actor: { attribute: false },
    attempt: { state: true },
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
  /** Seed of the shuffling: the same seed gives the same orders, attempt after attempt (tests). Random when absent. */
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
  /**
   * The learner as an xAPI Agent (e.g. `{ mbox: 'mailto:…', name: '…' }`), when the host page knows them: it is then
   * the `actor` of every statement. Without it, statements have no actor and the host adds one before sending
   * (docs/xapi.md).
   */
  declare actor: XapiAgent | undefined;

  /** The attempt on screen: one value, changed by `nextAttempt` only. */
  declare private attempt: QuizAttempt;

  /**
   * The quiz's record (both phases' attempts and results), in memory and, after consent, on the device; what
   * another tab saves joins the attempt on screen.
   */
  private readonly records = new LearnerRecordController<StoredQuizRecord>(this, quizRecordFormat, () => this.takeInStoredAttempt());
  private readonly focusing = new FocusController(this);
  /** While the page prints, the answers are rendered. */
  private readonly printing = new PrintingController(this);
  private restoredFor: string | undefined;
  private openedFor: string | undefined; // restoredFor, or the restore waiting for the items' code (opened once: again drops its notice)
  /** The result: its summary first after the click, the rest after that frame; its tables, open or not. */
  private readonly resultView = new ResultView(this);

  constructor() {
    super({ common: commonStrings, quiz: quizStrings });
    new ItemsOnIntent(this, () => this.attempt.view.step === 'intro' && this.feedState.status === 'loaded'); // « Commencer » seldom waits
    this.phase = 'pre';
    this.layout = 'step';
    this.shuffle = false;
    this.headingLevel = 2;
    this.attempt = newAttempt(randomSeed());
  }

  private dispatch(action: AttemptAction): void {
    this.attempt = nextAttempt(this.attempt, action);
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
    return this.shuffle || quiz.shuffleItems ? seededShuffle(quiz.items, `${this.attempt.seed}:${quiz.id}`) : quiz.items;
  }

  private orderedOptions<T>(quiz: Quiz, item: QuizItem, options: readonly T[]): readonly T[] {
    return this.shuffle || quiz.shuffleOptions ? seededShuffle(options, `${this.attempt.seed}:${quiz.id}:${item.id}`) : options;
  }

  // ── The learner's record ──────────────────────────────────────────────────

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('previousResult')) warnIfNotResult(this.previousResult);
    this.restoreIfDue();
  }

  /**
   * When the feed, the quiz or the phase changed, picks up the attempt of that quiz in that phase: from memory when
   * the widget already showed it (its `quiz` or `phase` attribute changed meanwhile), else from the device if the
   * learner opted in there. An attempt to resume needs the items' code (its step; scoring one saved finished without
   * its result): with `wait`, while that code is not there, it returns its loading instead, to wait for and call again.
   */
  private restoreIfDue(wait = false): Promise<unknown> | undefined {
    const quiz = this.feedState.status === 'loaded' ? this.currentQuiz(this.feedState.feed) : undefined;
    const key = quiz ? `${quiz.id}|${this.activePhase}` : undefined;
    if (!quiz || key === this.restoredFor) return undefined;
    if (key !== this.openedFor) this.records.open(quiz.id);
    this.openedFor = key;
    const progress = this.records.record?.progress[this.activePhase];
    if (wait && progress && !itemCode.current) return itemCode.load();
    // The quiz or phase changed under the learner's hands: focus must not be lost with the controls it was on.
    if (this.restoredFor && this.shadowRoot?.activeElement) this.focusing.focusAfterRender('#quiz-title');
    this.restoredFor = key;
    this.attempt = progress
      ? resumedAttempt(quiz, this.activePhase, progress, this.records.record?.results[this.activePhase], new Date(), itemCode.current?.scoreQuiz)
      : newAttempt(this.seed ?? randomSeed());
    return undefined;
  }

  /** Another tab answered this quiz: its answers join the attempt on screen, the newest to each item winning. */
  private takeInStoredAttempt(): void {
    const quiz = this.feedState.status === 'loaded' ? this.currentQuiz(this.feedState.feed) : undefined;
    if (quiz && quiz.id === this.records.id) this.attempt = attemptWithRecord(this.attempt, quiz, this.activePhase, this.records.record, new Date(), itemCode.current?.scoreQuiz);
  }

  /** Keeps the attempt (and a new result) in the record: in memory, and on the device with consent. */
  private persist(result?: StoredQuizResult): void {
    const phase = this.activePhase;
    const progress = attemptProgress(this.attempt);
    this.records.save((record) => withPhase(record, phase, progress, result), { announce: result !== undefined });
  }

  private onConsentChange(event: Event): void {
    this.dispatch({ type: 'dismiss-notice' });
    if (!(event.target as HTMLInputElement).checked) {
      this.records.withdraw();
      return;
    }
    const [quizId, phase, progress, view] = [this.records.id ?? '', this.activePhase, attemptProgress(this.attempt), this.attempt.view];
    // This page's results (a pre taken before this post) are the learner's answers too: they are kept with them.
    const remembered = rememberedResults(quizId);
    this.records.optIn((record) => withPhase({ ...record, results: { ...remembered, ...record.results } }, phase, progress, view.step === 'result' ? view.result : undefined));
  }

  /** "Effacer mes données": the device records, this page's memory, and the attempt on screen. */
  private eraseEverything(): void {
    this.records.eraseAll().forEach(forgetResults);
    this.attempt = newAttempt(this.seed ?? randomSeed(), this.records.notice === 'erased' ? 'erased' : undefined);
    this.focusing.focusAfterRender('#quiz-title');
  }

  /** The `pre` result to compare a `post` result with (page-results.ts). */
  private previousFor(quiz: Quiz): StoredQuizResult | undefined {
    return this.activePhase === 'post' ? previousResultFor(quiz.id, this.previousResult, this.records.record?.results.pre) : undefined;
  }

  // ── Flow ──────────────────────────────────────────────────────────────────

  private statementContext(quiz: Quiz) {
    return { quiz, phase: this.activePhase, training: this.training ?? quiz.training, now: new Date(), actor: this.actor };
  }

  /** The xAPI statements, built once their code is there (on-demand.ts). */
  private readonly statements = new StatementQueue((name, statement) => this.emit<QuizStatement>(name, statement));

  private start(quiz: Quiz): void {
    // A retry reshuffles; a page that fixes `seed` gets the same sequence of orders every time.
    this.dispatch({ type: 'start', now: new Date(), seed: this.seed ? nextAttemptSeed(this.attempt.seed) : randomSeed() });
    this.persist();
    const context = this.statementContext(quiz);
    this.statements.emit('tf-quiz-start', (code) => code.startStatement(context));
    this.focusing.focusAfterRender(this.layout === 'page' ? '#quiz-title' : `#${CSS.escape(`heading-${this.orderedItems(quiz)[0]?.id}`)}`);
    // The result step's code, long before « Voir mon résultat », and what its click should not pay for (see below).
    const feed = this.feedState.status === 'loaded' ? this.feedState.feed : undefined;
    const sample = () => feed && itemCode.current && { ...this.resultContext(feed, quiz, itemCode.current.scoreQuiz(quiz, {}, this.activePhase, new Date()), ''), complete: true };
    void resultCode.load().then((code) => code && (this.adoptResultStyles(code), code.prepareResult(this.language, sample)));
  }

  private setAnswer(item: QuizItem, answer: StoredAnswer): void {
    this.dispatch({ type: 'answer', itemId: item.id, answer, now: new Date() });
    this.persist();
  }

  /** Sends `tf-quiz-answer` once per distinct response. Only ever called with the items on screen, their code there. */
  private reportAnswer(quiz: Quiz, item: QuizItem): void {
    const { answerOf, isAnswered, responseOf } = this.items();
    const answer = answerOf(this.attempt.answers, item.id);
    if (!isAnswered(item, answer)) return;
    // Compared before the statement is built: « Voir mon résultat » goes over every item, most already reported.
    const response = responseOf(item, answer);
    if (ownValue(this.attempt.reported, item.id) === response) return;
    this.dispatch({ type: 'report', itemId: item.id, response });
    const context = this.statementContext(quiz);
    this.statements.emit('tf-quiz-answer', (code) => code.answerStatement(context, item, answer));
  }

  /**
   * "Valider": the correction appears and the button goes. One item at a time, focus moves on to "Suivant" and
   * the correction is announced; on one page, focus moves to the correction itself, which is then read once.
   */
  private check(quiz: Quiz, item: QuizItem): void {
    const onePage = this.layout === 'page';
    this.reportAnswer(quiz, item);
    const code = this.items();
    this.dispatch({ type: 'check', itemId: item.id, announcement: onePage ? '' : code.feedbackText(item, code.answerOf(this.attempt.answers, item.id), this.itemStrings) });
    this.persist();
    this.focusing.focusAfterRender(onePage ? `#${CSS.escape(`feedback-${item.id}`)}` : '#next');
  }

  private goTo(quiz: Quiz, index: number): void {
    const items = this.orderedItems(quiz);
    const view = this.attempt.view;
    const current = view.step === 'item' ? items[view.index] : undefined;
    if (current) this.reportAnswer(quiz, current);
    if (index >= items.length) {
      this.finish(quiz);
      return;
    }
    this.dispatch({ type: 'go', index });
    this.persist();
    this.focusing.focusAfterRender(`#${CSS.escape(`heading-${items[Math.max(0, index)]?.id}`)}`);
  }

  private finish(quiz: Quiz): void {
    for (const item of quiz.items) this.reportAnswer(quiz, item);
    const { scoreQuiz, isScored } = this.items(); // « Voir mon résultat » is one of the items' controls
    const result = scoreQuiz(quiz, this.attempt.answers, this.activePhase, new Date());
    rememberResult(result);
    this.dispatch({ type: 'finish', result });
    this.persist(result);
    const context = this.statementContext(quiz);
    const [scored, startedAt] = [quiz.items.some(isScored), new Date(this.attempt.startedAt)];
    this.statements.emit('tf-quiz-complete', (code) => code.completeStatement(context, result, scored, startedAt));
    this.resultView.shown(this.renderRoot.querySelector<HTMLElement>('[part~="base"]')); // its summary at once, the rest after that frame
    this.focusing.focusAfterRender('#result-heading'); // read next by a screen reader
  }

  /** Also the rest of a new result, added after its summary's frame (result-view.ts): `updateComplete` is the whole step. */
  protected override get pendingWork(): Promise<void> | undefined {
    return super.pendingWork ?? this.resultView.pending;
  }

  /**
   * Items and result render once their code is there (loaded after the intro, and at the start): an attempt past its
   * intro is restored here, once the items' code is there (and in `willUpdate` should the feed change meanwhile).
   */
  protected override async scheduleUpdate(): Promise<void> {
    const waiting = this.restoreIfDue(true);
    if (waiting) await waiting;
    this.restoreIfDue();
    const { step } = this.attempt.view;
    if (step !== 'intro' && !itemCode.current) await itemCode.load();
    if (step === 'result' && !resultCode.current) await resultCode.load();
    return super.scheduleUpdate();
  }

  private readonly items = () => loadedItems(this.renderRoot, quizOwnStyles); // its sheet adopted (on-demand.ts)

  // ── Rendering ─────────────────────────────────────────────────────────────

  /** A real heading, `offset` levels below the quiz's title. */
  private heading(offset: number, content: unknown, id?: string, className = offset > 1 ? 'minor-heading' : 'subheading'): TemplateResult {
    return heading(clampHeadingLevel(this.headingLevel) + offset, content, id, className);
  }

  /** The quiz's strings with the language's list separator, for the items and their correction. */
  private get itemStrings(): QuizStrings {
    return { ...this.t.quiz, listSeparator: this.t.common.listSeparator };
  }

  private layoutContext(quiz: Quiz): LayoutContext {
    const { answers, checked } = this.attempt;
    const { answerOf, isAnswered, isKnowledge } = this.items();
    return {
      t: this.itemStrings,
      answers,
      checked,
      layout: this.layout,
      heading: (offset, content, id) => this.heading(offset, content, id),
      orderedOptions: (item, options) => this.orderedOptions(quiz, item, options),
      onAnswer: (item, answer) => this.setAnswer(item, answer),
      items: this.orderedItems(quiz),
      canCheck: (item) => this.correctionOf(quiz) === 'immediate' && isKnowledge(item) && isAnswered(item, answerOf(answers, item.id)) && !checked.includes(item.id),
      onCheck: (item) => this.check(quiz, item),
      onGo: (index) => this.goTo(quiz, index),
      onFinish: () => this.finish(quiz),
    };
  }

  protected override renderFeed(feed: Feed): unknown {
    if (!this.quiz) return this.renderProblem(this.t.common.quizUnavailable, this.t.common.attributeMissing('quiz'));
    const quiz = this.currentQuiz(feed);
    if (!quiz) return this.renderMissing('quiz', this.quiz);
    const t = this.t.quiz;
    const { view, notice, announcement } = this.attempt;
    const storageNotice = this.records.notice;
    const badPrevious = this.activePhase === 'post' && this.previousResult != null && !isStoredQuizResult(this.previousResult);
    return html`<article class="quiz" part="base" aria-labelledby="quiz-title">
      ${this.heading(0, quiz.title, 'quiz-title', 'quiz__title')}
      <p class="quiz__phase">${this.activePhase === 'post' ? t.phasePost : t.phasePre}</p>
      ${renderNotices(storageNotice && storageWarnings.includes(storageNotice) && t[storageNotice as 'storageFailed' | 'unreadable' | 'eraseFailed' | 'newerRecord'], badPrevious && this.t.common.renderFailed, notice && t[notice])}
      ${view.step === 'intro'
        ? renderIntro(quiz, t, (offset, content, id) => this.heading(offset, content, id), this.renderConsent(), () => this.start(quiz))
        : view.step === 'item'
          ? this.layout === 'page'
            ? this.items().renderPage(this.layoutContext(quiz))
            : this.items().renderStep(this.layoutContext(quiz), view.index)
          : this.renderResult(feed, quiz, view.result)}
      <div class="visually-hidden" aria-live="polite">${announcement}</div>
    </article>`;
  }

  private renderConsent(): TemplateResult {
    return renderConsent(this.t.quiz, this.records.consent, this.records.keptOnDevice, (event) => this.onConsentChange(event));
  }

  private renderResult(feed: Feed, quiz: Quiz, result: StoredQuizResult): TemplateResult {
    const code = resultCode.current;
    // Could not be loaded (offline): the error state says so (feed-element.ts), and the next render asks again.
    if (!code) throw new Error('result step not loaded');
    this.adoptResultStyles(code);
    this.items(); // its sheet: the answers and their correction, when opened, are the items'
    return code.renderResult(this.resultContext(feed, quiz, result, this.landmarks.name(this.t.quiz.resultTitle)));
  }

  /** The result's sheet, adopted as its code arrives: adding a sheet restyles the whole shadow tree, not in the click. */
  private readonly adoptResultStyles = (code: ResultCode) => this.renderRoot instanceof ShadowRoot && adoptStylesBefore(this.renderRoot, code.resultStyles, quizOwnStyles);

  private resultContext(feed: Feed, quiz: Quiz, result: StoredQuizResult, regionName: string): ResultContext {
    const { answers, reviewOpen } = this.attempt;
    const previous = this.previousFor(quiz);
    return {
      feed,
      quiz,
      result,
      previous,
      trainingId: this.training,
      t: this.itemStrings,
      regionName,
      language: this.language,
      heading: (offset, content, id) => this.heading(offset, content, id),
      sheetLink: (training) => training && sheetLink(this, training, this.sheetHref),
      safeHref: (url) => this.safeHref(url),
      today: todayIso(),
      items: this.orderedItems(quiz),
      answers,
      reviewOpen,
      tablesOpen: this.resultView.tablesOpen,
      complete: this.resultView.complete,
      printing: this.printing.printing,
      consent: this.renderConsent(),
      actions: {
        toggleReview: () => this.dispatch({ type: 'toggle-review' }),
        tablesToggled: this.resultView.tablesToggled,
        retry: () => this.start(quiz),
        download: () => downloadJson({ quiz: { id: quiz.id, title: quiz.title }, result, answers, previous }, this.t.quiz.fileName(quiz.id)),
        print: () => void this.resultView.print(this.printing),
        erase: () => this.eraseEverything(),
      },
    };
  }
}

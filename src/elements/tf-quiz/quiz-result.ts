/**
 * The result step of `<tf-quiz>`, private to the quiz. A summary first: the score, the feed's band and what to do
 * next as the one primary action. Then the other recommendations, the sessions to join, and each objective and each
 * sequence once, as score bars (before and after with `phase="post"`), their tables on demand. The answers are
 * rendered only when the learner opens them (or prints). Secondary actions (retry, download, print, erase) come
 * last, grouped with the consent; erasing asks first. Loaded on demand (on-demand.ts), with its styles. The click
 * that shows a new result renders the summary alone, the rest below it in a task after that frame (result-view.ts).
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import type { Feed, Quiz, QuizItem, Sequence, Training } from '../../model/schema.js';
import { ownValue, type StoredAnswer, type StoredQuizResult } from '../../model/learner-records.js';
import { isoDateOf } from '../../model/calendar.js';
import { answerOf, bandFor, isQuestion, isScored, weakestSequences } from '../../model/quiz/scoring.js';
import { sessionsToJoin } from '../../model/quiz/sessions-to-join.js';
import type { Language } from '../../i18n/translation.js';
import { formatPercent } from '../../i18n/localize.js';
import { timeElement } from '../../templates/time.js';
import { renderAnswer, renderFeedback, type QuizStrings } from './quiz-item.js';
import { chartLegend, scoreChart, type ScoreRow } from './result-chart.js';

export { resultStyles } from './result.styles.js';

/**
 * Loaded as the attempt starts (on-demand.ts): what the click on « Voir mon résultat » should not pay for, done while
 * the learner answers. The percentage formatter of the reader's language (one per page); and Lit's preparation of
 * each template of the result (parsing its HTML once), by rendering a sample result (no answer yet) into a fragment
 * that is never shown.
 */
export function prepareResult(language: Language, sample: () => ResultContext | undefined): void {
  formatPercent(0, language);
  setTimeout(() => {
    const context = sample();
    if (context) render(renderResult(context), document.createDocumentFragment());
  });
}

interface Labelled {
  id: string;
  label: string;
}

/** What the buttons of the result step do. */
export interface ResultActions {
  toggleReview: () => void;
  /** The disclosure of the score tables opened or closed: their content is rendered only while it is open. */
  tablesToggled: (open: boolean) => void;
  retry: () => void;
  download: () => void;
  print: () => void;
  erase: () => void;
}

export interface ResultContext {
  feed: Feed;
  quiz: Quiz;
  result: StoredQuizResult;
  /** The `pre` result to compare a `post` result with. */
  previous: StoredQuizResult | undefined;
  /** The training the scores are reported against (the element's `training`, else the quiz's). */
  trainingId: string | undefined;
  t: QuizStrings;
  /** The result region's name, unique on the page (two quizzes of a page are told apart). */
  regionName: string;
  language: Language;
  /** A heading `offset` levels below the quiz's title. */
  heading: (offset: number, content: unknown, id?: string) => TemplateResult;
  sheetLink: (training: Training | undefined) => string | undefined;
  safeHref: (url: string | undefined) => string | undefined;
  /** The reader's day, `YYYY-MM-DD`: which sessions are still open. */
  today: string;
  /** The items in this attempt's order, and the answers, for the review. */
  items: readonly QuizItem[];
  answers: Readonly<Record<string, StoredAnswer>>;
  /** The review is rendered when open, and while the page prints. */
  reviewOpen: boolean;
  /** The disclosure of the score tables is open. */
  tablesOpen: boolean;
  /**
   * `false`: the summary alone, as the click that shows the result is answered (result-view.ts); the rest is added
   * below it in a task after that frame, without moving it.
   */
  complete: boolean;
  printing: boolean;
  /** The consent checkbox, grouped with the other data actions. */
  consent: TemplateResult;
  actions: ResultActions;
}

/** A recommendation: its words, and where it leads. */
interface NextStep {
  text: unknown;
  href: string | undefined;
}

/** The labels of `ids` in the feed's order, then the ids the feed does not name, as they are: no score is hidden. */
function labelsFor(labels: readonly Labelled[], ids: readonly string[]): Labelled[] {
  return [...labels.filter((l) => ids.includes(l.id)), ...ids.filter((id) => !labels.some((l) => l.id === id)).map((id) => ({ id, label: id }))];
}

function trainingOf(context: ResultContext): Training | undefined {
  const id = context.trainingId ?? context.quiz.training;
  return context.feed.trainings.find((training) => training.id === id);
}

/** An objective in its own words, without the « ; » or « . » that ends it in a list of objectives. */
function objectivesOf(context: ResultContext): Labelled[] {
  return (trainingOf(context)?.objectives ?? []).map((objective) => ({ id: objective.id, label: objective.text.replace(/[\s;,.:]+$/u, '') }));
}

function sequencesOf(context: ResultContext): Labelled[] {
  const { feed, quiz, t } = context;
  const programmeId = quiz.programme ?? trainingOf(context)?.programme;
  const programmes = [...feed.programmes].sort((a, b) => Number(b.id === programmeId) - Number(a.id === programmeId));
  const found = new Map<string, Sequence>();
  for (const sequence of programmes.flatMap((p) => p.modules.flatMap((m) => m.sequences))) {
    if (!found.has(sequence.id)) found.set(sequence.id, sequence);
  }
  return [...found.values()].map((s) => ({ id: s.id, label: t.sequenceLabel(s.number, s.title) }));
}

/** The training that delivers `sequenceId`: the quiz's own when it covers the sequence's module, else the first. */
function trainingForSequence(context: ResultContext, sequenceId: string): Training | undefined {
  const { feed } = context;
  const programme = feed.programmes.find((p) => p.modules.some((m) => m.sequences.some((s) => s.id === sequenceId)));
  const module = programme?.modules.find((m) => m.sequences.some((s) => s.id === sequenceId));
  if (!programme || !module) return undefined;
  const delivering = feed.trainings.filter((t) => t.programme === programme.id && t.module === module.id);
  const own = trainingOf(context);
  return delivering.find((t) => t.id === own?.id) ?? delivering[0];
}

const link = (text: unknown, href: string | undefined) => (href ? html`<a href=${href}>${text}</a>` : text);

/** The band's recommendations, each leading to its link, its training's sheet or its sequence's training. */
function recommendationsOf(context: ResultContext): NextStep[] {
  const { feed, quiz, result } = context;
  const band = quiz.items.some(isScored) ? bandFor(quiz.bands, result.overall) : undefined;
  return (band?.recommendations ?? []).map((rec) => {
    const training = rec.training ? feed.trainings.find((tr) => tr.id === rec.training) : rec.sequence ? trainingForSequence(context, rec.sequence) : undefined;
    return { text: rec.text, href: context.safeHref(rec.url) ?? context.sheetLink(training) };
  });
}

/** Under the sequences: the trainings that teach the weakest ones, once each. */
function renderToConsolidate(context: ResultContext, weak: readonly string[]): TemplateResult[] {
  const trainings = [...new Set(weak.map((id) => trainingForSequence(context, id)))];
  return trainings.flatMap((training) => {
    const href = context.sheetLink(training);
    return training && href ? [html`<p>${context.t.toConsolidate('')}${link(context.t.seeTraining(training.title), href)}</p>`] : [];
  });
}

/** After a positioning (`pre`), the sessions open for registration that the result points at. */
function renderSessionsToJoin(context: ResultContext): TemplateResult | typeof nothing {
  const { feed, quiz, result, t, language, heading } = context;
  const sessions = result.phase === 'pre' ? sessionsToJoin(feed, quiz, result, context.today, context.trainingId ?? quiz.training) : [];
  if (sessions.length === 0) return nothing;
  return html`<div class="sessions-to-join">
    ${heading(2, t.sessionsToJoin)}
    <ul>
      ${sessions.map(
        ({ training, session, start }) =>
          html`<li>
            ${link(session.label ? `${training.title} (${session.label})` : training.title, context.safeHref(session.registrationUrl) ?? context.sheetLink(training))},
            ${t.sessionFrom} ${timeElement(start, language)}
          </li>`,
      )}
    </ul>
  </div>`;
}

/** The score, the band and the one primary action: what the learner reads first. */
function renderSummary(context: ResultContext, next: NextStep | undefined): TemplateResult {
  const { quiz, result, t, language, heading } = context;
  const scored = quiz.items.some(isScored);
  const band = scored ? bandFor(quiz.bands, result.overall) : undefined;
  const completed = new Date(result.completedAt);
  const percent = (score: number) => formatPercent(score, language);
  return html`<div class="summary" part="summary">
    <div class="summary__head">
      ${heading(1, t.resultTitle, 'result-heading')}
      ${Number.isNaN(completed.getTime()) ? nothing : html`<p class="hint">${t.completedOn} ${timeElement(isoDateOf(completed), language)}</p>`}
    </div>
    ${scored
      ? html`<dl class="overall">
          <div><dt>${t.overall}</dt> <dd>${percent(result.overall)}</dd></div>
          ${result.knowledge !== undefined && result.selfRating !== undefined
            ? html`<div><dt>${t.knowledge}</dt> <dd>${percent(result.knowledge)}</dd></div>
                <div><dt>${t.selfRating}</dt> <dd>${percent(result.selfRating)}</dd></div>`
            : nothing}
        </dl>`
      : html`<p>${t.notScored}</p>`}
    ${band ? html`${heading(2, band.title)}${band.message ? html`<p>${band.message}</p>` : nothing}` : nothing}
    ${next ? html`<p><a class="button next-step" href=${next.href ?? nothing}>${next.text}</a></p>` : nothing}
  </div>`;
}

/** A table of the scores, with the full labels (before, after and the difference when compared). */
function scoreTable(caption: string, columns: readonly string[], rows: readonly unknown[][]): TemplateResult {
  return html`<div class="table-wrap">
    <table>
      <caption>${caption}</caption>
      <thead><tr>${columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
      <tbody>${rows.map(([head, ...cells]) => html`<tr><th scope="row">${head}</th>${cells.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody>
    </table>
  </div>`;
}

/** Each objective (or sequence) once: its score bars, and its table for the disclosure that follows the bars (built when open). */
function scoresOf(context: ResultContext, kind: 'objective' | 'sequence', labels: readonly Labelled[], legend: boolean): { bars: TemplateResult; table: () => TemplateResult } | undefined {
  const { result, previous, t, language, heading } = context;
  const after = kind === 'objective' ? result.byObjective : result.bySequence;
  const before = previous && (kind === 'objective' ? previous.byObjective : previous.bySequence);
  const rows = labelsFor(labels, before ? [...new Set([...Object.keys(before), ...Object.keys(after)])] : Object.keys(after));
  if (rows.length === 0) return undefined;
  const title = kind === 'objective' ? t.byObjective : t.bySequence;
  const column = kind === 'objective' ? t.objectiveColumn : t.sequenceColumn;
  const format = (score: number | undefined) => (score === undefined ? '–' : formatPercent(score, language));
  const passScore = kind === 'objective' && !before ? result.passScore : undefined;
  // Objectives against the quiz's pass score; the weakest sequences « à consolider », said here rather than again below.
  const weak = kind === 'sequence' ? weakestSequences(result) : [];
  const state = (id: string, score: number | undefined) =>
    weak.includes(id) ? `(${t.notReached})` : passScore === undefined || score === undefined ? undefined : `(${score >= passScore ? t.reached : t.notReached})`;
  const scores: ScoreRow[] = rows.map(({ id, label }) => ({ label, score: ownValue(after, id), before: ownValue(before, id), state: state(id, ownValue(after, id)) }));
  const text = { before: t.before, after: t.after, format };
  const withState = (score: number | undefined, s: string | undefined) => (s ? `${format(score)} ${s}` : format(score));
  return {
    bars: html`<div class="scores" role="group" aria-labelledby="scores-${kind}">
      ${heading(2, title, `scores-${kind}`)} ${before && legend ? chartLegend(text) : nothing} ${scoreChart(scores, text, before !== undefined)} ${renderToConsolidate(context, weak)}
    </div>`,
    table: () =>
      before
      ? scoreTable(
          t.comparisonCaption(title),
          [column, t.before, t.after, t.difference],
          scores.map(({ label, score, before: b, state: s }) => [label, format(b), withState(score, s), score === undefined || b === undefined ? '–' : t.points(score - b)]),
        )
      : scoreTable(
          title,
          [column, t.scoreColumn],
          scores.map(({ label, score, state: s }) => [label, withState(score, s)]),
        ),
  };
}

function renderReview(context: ResultContext): TemplateResult {
  const { t, answers } = context;
  return html`${context.heading(2, t.answersTitle)}
    <ol class="review__list">
      ${context.items.filter(isQuestion).map(
        (item) => html`<li class="review__item">
          <p class="item__prompt">${item.prompt}</p>
          ${renderAnswer(item, answerOf(answers, item.id), t)} ${renderFeedback(item, answerOf(answers, item.id), t)}
        </li>`,
      )}
    </ol>`;
}

/** The erase dialog, from one of its buttons or from the button that opens it (both in the quiz's shadow root). */
const eraseDialogOf = (event: Event) => ((event.currentTarget as HTMLElement).getRootNode() as ShadowRoot).getElementById('erase-dialog') as HTMLDialogElement | null;

/** « Effacer mes données » asks first, in a modal dialog (Escape or « Annuler » keeps everything). */
function renderEraseDialog(context: ResultContext): TemplateResult {
  const { t } = context;
  return html`<dialog class="confirm" id="erase-dialog" aria-labelledby="erase-title" aria-describedby="erase-text">
    <p class="confirm__title" id="erase-title">${t.eraseTitle}</p>
    <p id="erase-text">${t.eraseText}</p>
    <form method="dialog" class="nav">
      <button
        class="button button--danger"
        @click=${(event: Event) => {
          eraseDialogOf(event)?.close();
          context.actions.erase();
        }}
      >
        ${t.eraseConfirm}
      </button>
      <button class="button button--secondary" autofocus>${t.cancel}</button>
    </form>
  </dialog>`;
}

export function renderResult(context: ResultContext): TemplateResult {
  const recommendations = recommendationsOf(context);
  // The first recommendation is the primary action when it leads somewhere; otherwise it stays in the list.
  const primary = recommendations[0]?.href ? recommendations[0] : undefined;
  return html`<section class="result" part="result" aria-label=${context.regionName}>
    ${renderSummary(context, primary)} ${context.complete || context.printing ? renderRest(context, primary ? recommendations.slice(1) : recommendations, primary !== undefined) : nothing}
  </section>`;
}

/** Everything below the summary: added after the summary's first frame, and there at once in later renders. */
function renderRest(context: ResultContext, listed: readonly NextStep[], primary: boolean): TemplateResult {
  const { t, actions, reviewOpen } = context;
  const objectives = scoresOf(context, 'objective', objectivesOf(context), true);
  // The key of the before/after bars once, above the first chart.
  const scores = [objectives, scoresOf(context, 'sequence', sequencesOf(context), objectives === undefined)].filter((part) => part !== undefined);
  return html`${listed.length
      ? html`<div class="recommendations">
          ${context.heading(2, t.recommendations)}
          <ul>
            ${listed.map((rec) => html`<li>${link(rec.text, rec.href)}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${renderSessionsToJoin(context)} ${scores.map((part) => part.bars)}
    ${scores.length
      ? html`<details class="table-details no-print" @toggle=${(event: Event) => actions.tablesToggled((event.currentTarget as HTMLDetailsElement).open)}>
          <summary>${t.showTable}</summary>
          ${context.tablesOpen ? scores.map((part) => part.table()) : nothing}
        </details>`
      : nothing}
    <div class="nav no-print" part="nav">
      <button
        type="button"
        class=${primary ? 'button button--secondary' : 'button'}
        aria-expanded=${reviewOpen ? 'true' : 'false'}
        aria-controls="review"
        @click=${actions.toggleReview}
      >
        ${t.showAnswers}
      </button>
    </div>
    <div id="review" class="review" ?hidden=${!reviewOpen}>${reviewOpen || context.printing ? renderReview(context) : nothing}</div>
    <div class="your-data no-print">
      ${context.consent}
      <div class="minor-actions" part="nav">
        <button type="button" class="link-button" @click=${actions.download}>${t.download}</button>
        <button type="button" class="link-button" @click=${actions.print}>${t.print}</button>
        <button type="button" class="link-button" @click=${actions.retry}>${t.retry}</button>
        <button type="button" class="link-button link-button--danger" aria-haspopup="dialog" @click=${(event: Event) => eraseDialogOf(event)?.showModal()}>
          ${t.erase}
        </button>
      </div>
    </div>
    ${renderEraseDialog(context)}`;
}

/**
 * The result step of `<tf-quiz>`: overall scores, the feed's band and recommendations, the progress since the
 * positioning (chart and table), and the scores by objective and by framework sequence. Private to the quiz.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Feed, Quiz, Sequence, Training } from '../../model/schema.js';
import type { StoredQuizResult } from '../../model/learner-records.js';
import { isoDateOf } from '../../model/calendar.js';
import { bandFor, isScored, weakestSequences } from '../../model/quiz/scoring.js';
import { sessionsToJoin } from '../../model/quiz/sessions-to-join.js';
import type { Language, Translation } from '../../i18n/translation.js';
import { formatPercent } from '../../i18n/localize.js';
import { timeElement } from '../../templates/time.js';
import { comparisonChart } from './result-chart.js';

type QuizStrings = Translation['quiz'];

interface Labelled {
  id: string;
  short: string;
  full: string;
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
  language: Language;
  /** A heading `offset` levels below the quiz's title. */
  heading: (offset: number, content: unknown, id?: string) => TemplateResult;
  sheetLink: (training: Training | undefined) => string | undefined;
  safeHref: (url: string | undefined) => string | undefined;
  /** The reader's day, `YYYY-MM-DD`: which sessions are still open. */
  today: string;
}

/** The labels of `ids` in the feed's order, then the ids the feed does not name, as they are: no score is hidden. */
function labelsFor(labels: readonly Labelled[], ids: readonly string[]): Labelled[] {
  return [...labels.filter((l) => ids.includes(l.id)), ...ids.filter((id) => !labels.some((l) => l.id === id)).map((id) => ({ id, short: id, full: id }))];
}

function trainingOf(context: ResultContext): Training | undefined {
  const id = context.trainingId ?? context.quiz.training;
  return context.feed.trainings.find((training) => training.id === id);
}

function objectivesOf(context: ResultContext): Labelled[] {
  return (trainingOf(context)?.objectives ?? []).map((objective, index) => ({ id: objective.id, short: context.t.objectiveShort(index + 1), full: objective.text }));
}

function sequencesOf(context: ResultContext): Labelled[] {
  const { feed, quiz, t } = context;
  const programmeId = quiz.programme ?? trainingOf(context)?.programme;
  const programmes = [...feed.programmes].sort((a, b) => Number(b.id === programmeId) - Number(a.id === programmeId));
  const found = new Map<string, Sequence>();
  for (const sequence of programmes.flatMap((p) => p.modules.flatMap((m) => m.sequences))) {
    if (!found.has(sequence.id)) found.set(sequence.id, sequence);
  }
  return [...found.values()].map((s) => ({ id: s.id, short: t.sequenceShort(s.number), full: t.sequenceLabel(s.number, s.title) }));
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

/** A table of scores; each row is its header cell, then its data cells. */
function table(caption: string, columns: string[], rows: unknown[][]): TemplateResult {
  return html`<div class="table-wrap">
    <table class="scores">
      <caption>${caption}</caption>
      <thead><tr>${columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
      <tbody>${rows.map(([head, ...cells]) => html`<tr><th scope="row">${head}</th>${cells.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody>
    </table>
  </div>`;
}

function scoreTable(context: ResultContext, caption: string, column: string, labels: Labelled[], scores: Record<string, number>, passScore: number | undefined): TemplateResult | typeof nothing {
  const { t, language } = context;
  const rows = labelsFor(labels, Object.keys(scores));
  return rows.length === 0
    ? nothing
    : table(
        caption,
        [column, t.scoreColumn],
        rows.map((row) => {
          const score = scores[row.id] as number;
          return [
            row.full,
            html`<span class="score">${formatPercent(score, language)}${passScore !== undefined ? ` (${score >= passScore ? t.reached : t.notReached})` : ''}</span>
              <svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="bar__track" width="100" height="6"></rect><rect class="bar__fill" width=${score} height="6"></rect>
              </svg>`,
          ];
        }),
      );
}

function comparison(context: ResultContext, what: string, column: string, labels: Labelled[], before: Record<string, number>, after: Record<string, number>): TemplateResult | typeof nothing {
  const { t, language } = context;
  const rows = labelsFor(labels, [...new Set([...Object.keys(before), ...Object.keys(after)])]);
  if (rows.length === 0) return nothing;
  const caption = t.comparisonCaption(what);
  const score = (value: number | undefined) => (value === undefined ? '–' : formatPercent(value, language));
  return html`<figure class="comparison">
    ${comparisonChart(
      rows.map((l) => ({ label: l.short, before: before[l.id], after: after[l.id] })),
      { label: `${caption}. ${t.chartLabel}`, before: t.before, after: t.after, format: score },
    )}
    ${table(
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

/** After a positioning (`pre`), the sessions open for registration that the result points at. */
function renderSessionsToJoin(context: ResultContext, link: (text: string, href: string | undefined) => unknown): TemplateResult | typeof nothing {
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

/** Everything the result says, from its heading to the score tables. */
export function renderResultReport(context: ResultContext): TemplateResult {
  const { feed, quiz, result, previous, t, language, heading } = context;
  const scored = quiz.items.some(isScored);
  const objectives = objectivesOf(context);
  const sequences = sequencesOf(context);
  const band = scored ? bandFor(quiz.bands, result.overall) : undefined;
  const weak = weakestSequences(result);
  const completed = new Date(result.completedAt);
  const percent = (score: number) => formatPercent(score, language);
  const link = (text: string, href: string | undefined) => (href ? html`<a href=${href}>${text}</a>` : text);
  return html`${heading(1, t.resultTitle, 'result-heading')}
    ${Number.isNaN(completed.getTime()) ? nothing : html`<p class="hint">${t.completedOn} ${timeElement(isoDateOf(completed), language)}</p>`}
    ${scored
      ? html`<dl class="overall">
          <div><dt>${t.overall}</dt> <dd>${percent(result.overall)}</dd></div>
          ${result.knowledge !== undefined && result.selfRating !== undefined
            ? html`<div><dt>${t.knowledge}</dt> <dd>${percent(result.knowledge)}</dd></div>
                <div><dt>${t.selfRating}</dt> <dd>${percent(result.selfRating)}</dd></div>`
            : nothing}
        </dl>`
      : html`<p>${t.notScored}</p>`}
    ${band
      ? html`<div class="band">
          ${heading(2, band.title)}
          ${band.message ? html`<p>${band.message}</p>` : nothing}
        </div>`
      : nothing}
    ${band?.recommendations?.length || weak.length
      ? html`<div class="recommendations">
          ${heading(2, t.recommendations)}
          <ul>
            ${(band?.recommendations ?? []).map((rec) => {
              const training = rec.training
                ? feed.trainings.find((tr) => tr.id === rec.training)
                : rec.sequence
                  ? trainingForSequence(context, rec.sequence)
                  : undefined;
              return html`<li>${link(rec.text, context.safeHref(rec.url) ?? context.sheetLink(training))}</li>`;
            })}
            ${weak.map((id) => {
              const training = trainingForSequence(context, id);
              const href = context.sheetLink(training);
              return html`<li>
                ${t.toConsolidate(sequences.find((s) => s.id === id)?.full ?? id)}${training && href ? html` — ${link(t.seeTraining(training.title), href)}` : nothing}
              </li>`;
            })}
          </ul>
        </div>`
      : nothing}
    ${renderSessionsToJoin(context, link)}
    ${previous
      ? html`<div class="progress-section">
          ${heading(2, t.progressTitle)}
          ${comparison(context, t.byObjective, t.objectiveColumn, objectives, previous.byObjective, result.byObjective)}
          ${comparison(context, t.bySequence, t.sequenceColumn, sequences, previous.bySequence, result.bySequence)}
        </div>`
      : nothing}
    ${scoreTable(context, t.byObjective, t.objectiveColumn, objectives, result.byObjective, result.passScore)}
    ${scoreTable(context, t.bySequence, t.sequenceColumn, sequences, result.bySequence, undefined)}`;
}

/**
 * Scoring rules of `<tf-quiz>`, all on a 0–1 scale per item, reported as percentages:
 * - single: 1 for a correct option, else 0;
 * - multiple: partial credit, (correct picks − wrong picks) / number of correct options, floored at 0, so that
 *   ticking everything earns nothing;
 * - true-false: 1 or 0;
 * - scale (self-rating): level index / (levels − 1), "Je ne sais pas faire" 0, the top level 1;
 * - text: never scored.
 * A scored item left unanswered counts 0. A single or multiple item with no correct option (an opinion poll) is
 * not scored. Objective and sequence scores are the mean of the scored items tied to them; overall is the mean
 * of every scored item.
 */
import type { ChoiceOption, Quiz, QuizItem, ResultBand } from '../schema.js';
import type { QuizPhase, StoredAnswer, StoredQuizResult } from '../learner-records.js';
import { sequenceToConsolidateBelow } from './thresholds.js';

export type Answers = Readonly<Record<string, StoredAnswer>>;

/** How an answer is shown back to the learner: never by colour alone, always with this word. */
export type Verdict = 'correct' | 'partial' | 'incorrect' | 'recorded';

export function isScored(item: QuizItem): boolean {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return item.options.some((option) => option.correct === true);
    case 'true-false':
    case 'scale':
      return true;
    case 'text':
      return false;
  }
}

/** Knowledge items have a right answer; scale items are a self-rating. */
export function isKnowledge(item: QuizItem): boolean {
  return item.type !== 'scale' && isScored(item);
}

export function isAnswered(item: QuizItem, answer: StoredAnswer | undefined): boolean {
  switch (item.type) {
    case 'single':
      return typeof answer === 'string' && item.options.some((option) => option.id === answer);
    case 'multiple':
      return Array.isArray(answer) && answer.length > 0;
    case 'true-false':
      return typeof answer === 'boolean';
    case 'scale':
      return typeof answer === 'number' && answer >= 0 && answer < item.levels.length;
    case 'text':
      return typeof answer === 'string' && answer.trim() !== '';
  }
}

/** The item's score from 0 to 1, `undefined` for an item that is not scored. */
export function itemScore(item: QuizItem, answer: StoredAnswer | undefined): number | undefined {
  if (!isScored(item)) return undefined;
  if (!isAnswered(item, answer)) return 0;
  switch (item.type) {
    case 'single':
      return item.options.find((option) => option.id === answer)?.correct === true ? 1 : 0;
    case 'multiple': {
      const picked = new Set(answer as string[]);
      const correct = item.options.filter((option) => option.correct === true);
      const correctPicks = correct.filter((option) => picked.has(option.id)).length;
      const wrongPicks = item.options.filter((option) => option.correct !== true && picked.has(option.id)).length;
      return Math.max(0, (correctPicks - wrongPicks) / correct.length);
    }
    case 'true-false':
      return answer === item.answer ? 1 : 0;
    case 'scale':
      return (answer as number) / (item.levels.length - 1);
    case 'text':
      return undefined;
  }
}

export function verdictOf(item: QuizItem, answer: StoredAnswer | undefined): Verdict {
  if (!isKnowledge(item)) return 'recorded';
  const score = itemScore(item, answer) ?? 0;
  return score === 1 ? 'correct' : score > 0 ? 'partial' : 'incorrect';
}

/** The right options of a choice item. */
export function correctOptions(item: QuizItem): ChoiceOption[] {
  return item.type === 'single' || item.type === 'multiple' ? item.options.filter((option) => option.correct === true) : [];
}

const percent = (scores: number[]): number => Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 100);

function meanBy(entries: { keys: readonly string[]; score: number }[]): Record<string, number> {
  const groups = new Map<string, number[]>();
  for (const { keys, score } of entries) {
    for (const key of keys) groups.set(key, [...(groups.get(key) ?? []), score]);
  }
  return Object.fromEntries([...groups].map(([key, scores]) => [key, percent(scores)]));
}

/** Scores every item of `quiz` and aggregates them by objective, sequence and overall. */
export function scoreQuiz(quiz: Quiz, answers: Answers, phase: QuizPhase, completedAt: Date): StoredQuizResult {
  const scored = quiz.items.flatMap((item) => {
    const score = itemScore(item, answers[item.id]);
    return score === undefined ? [] : [{ item, score }];
  });
  const knowledge = scored.filter(({ item }) => item.type !== 'scale').map(({ score }) => score);
  const selfRating = scored.filter(({ item }) => item.type === 'scale').map(({ score }) => score);
  return {
    quizId: quiz.id,
    phase,
    completedAt: completedAt.toISOString(),
    overall: scored.length > 0 ? percent(scored.map(({ score }) => score)) : 0,
    ...(knowledge.length > 0 ? { knowledge: percent(knowledge) } : {}),
    ...(selfRating.length > 0 ? { selfRating: percent(selfRating) } : {}),
    byObjective: meanBy(scored.map(({ item, score }) => ({ keys: item.objectives ?? [], score }))),
    bySequence: meanBy(scored.map(({ item, score }) => ({ keys: item.sequences ?? [], score }))),
    ...(quiz.passScore !== undefined ? { passScore: quiz.passScore } : {}),
  };
}

/** The highest band whose `min` the overall score reaches. */
export function bandFor(bands: readonly ResultBand[] | undefined, overall: number): ResultBand | undefined {
  return [...(bands ?? [])].sort((a, b) => b.min - a.min).find((band) => band.min <= overall);
}

/** The sequences below the quiz's pass score (else `sequenceToConsolidateBelow`), weakest first, at most `limit`. */
export function weakestSequences(result: StoredQuizResult, limit = 3): string[] {
  const pass = result.passScore ?? sequenceToConsolidateBelow;
  return Object.entries(result.bySequence)
    .filter(([, score]) => score < pass)
    .sort(([, a], [, b]) => a - b)
    .slice(0, limit)
    .map(([id]) => id);
}

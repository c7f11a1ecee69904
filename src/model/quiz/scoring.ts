/**
 * Scoring rules of `<tf-quiz>`, all on a 0–1 scale per item, reported as percentages:
 * - single and multiple choice: the credits of the picked options add up (`credit`, in percent, GIFT's `~%50%`
 *   and `~%-100%`), bounded to 0–1 per item. Without credits, a single choice gives 1 for the correct option and
 *   0 otherwise; a multiple choice gives 1 / n for each of its n correct options and −1 / n for each other one, so
 *   that ticking everything earns nothing;
 * - true-false: 1 or 0;
 * - scale (self-rating): level index / (levels − 1), "Je ne sais pas faire" 0, the top level 1;
 * - short answer and numerical: the best credit among the accepted answers the learner's one matches, else 0;
 * - matching: the share of pairs matched right;
 * - text and instruction: never scored.
 * A scored item left unanswered counts 0. A choice item with no creditable option (an opinion poll) is not scored.
 * Objective and sequence scores are the means of the scored items tied to them, and the overall score the mean of
 * every scored item, each item counting its `weight` (1 by default).
 */
import type { AcceptedNumber, AcceptedText, ChoiceOption, Quiz, QuizItem, ResultBand } from '../schema.js';
import { ownValue, type QuizPhase, type StoredAnswer, type StoredQuizResult } from '../learner-records.js';
import { sequenceToConsolidateBelow } from './thresholds.js';

export type Answers = Readonly<Record<string, StoredAnswer>>;

/** The learner's answer to item `itemId`, if any: never a member of `Object.prototype` for an item named `constructor`. */
export const answerOf = (answers: Answers, itemId: string): StoredAnswer | undefined => ownValue(answers, itemId);

/** How an answer is shown back to the learner: never by colour alone, always with this word. */
export type Verdict = 'correct' | 'partial' | 'incorrect' | 'recorded';

type ChoiceItem = Extract<QuizItem, { type: 'single' | 'multiple' }>;
type MatchingItem = Extract<QuizItem, { type: 'matching' }>;

/**
 * Bounded to 0–1, to the millionth: credits that add up to 1 or 0 but for floating point (1/6 six times is
 * 0.9999999999999999, GIFT's `%33.33333%` three times 0.9999999) are a right or a wrong answer, never a partial one.
 */
const clamp01 = (value: number): number => Math.min(1, Math.max(0, Math.round(value * 1e6) / 1e6));

/** The credit of picking `option`, from −1 to 1, explicit or implied by `correct` (see the module's rules). */
export function optionCredit(item: ChoiceItem, option: ChoiceOption): number {
  if (option.credit !== undefined) return option.credit / 100;
  if (item.type === 'single') return option.correct === true ? 1 : 0;
  const correctCount = item.options.filter((o) => o.credit === undefined && o.correct === true).length;
  if (correctCount === 0) return 0;
  return (option.correct === true ? 1 : -1) / correctCount;
}

export function isScored(item: QuizItem): boolean {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return item.options.some((option) => optionCredit(item, option) > 0);
    case 'true-false':
    case 'scale':
    case 'matching':
      return true;
    case 'short-answer':
    case 'numerical':
      return item.answers.some((answer) => (answer.credit ?? 100) > 0);
    case 'text':
    case 'instruction':
      return false;
  }
}

/** Knowledge items have a right answer; scale items are a self-rating. */
export function isKnowledge(item: QuizItem): boolean {
  return item.type !== 'scale' && isScored(item);
}

/** Whether an item asks the learner for an answer at all (an instruction does not). */
export function isQuestion(item: QuizItem): boolean {
  return item.type !== 'instruction';
}

/**
 * A number as a learner types it, in French or English: "1 822", "3,14", "3.14", "-0,5". `undefined` when it is
 * not a number.
 */
export function parseLearnerNumber(typed: string): number | undefined {
  const compact = typed.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(compact)) return undefined;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
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
    case 'short-answer':
      return typeof answer === 'string' && answer.trim() !== '';
    case 'numerical':
      return typeof answer === 'string' && parseLearnerNumber(answer) !== undefined;
    case 'matching':
      return Array.isArray(answer) && answer.some((match) => match !== '');
    case 'instruction':
      return false;
  }
}

/**
 * Folds case and accents as the item asks, and runs of spaces, apostrophes and « œ » always: a keyboard types
 * « l'aller » and « coeur » where the feed, written in a word processor, has « l’aller » and « cœur ».
 */
function normalise(text: string, caseSensitive: boolean, accentSensitive: boolean): string {
  let folded = text.trim().replace(/\s+/g, ' ').replace(/[’‘]/g, "'").replace(/œ/g, 'oe').replace(/Œ/g, 'Oe').normalize('NFD');
  if (!accentSensitive) folded = folded.replace(/\p{M}/gu, '');
  if (!caseSensitive) folded = folded.toLocaleLowerCase('fr');
  return folded.normalize('NFC');
}

/** The accepted answer `typed` matches, the best credit first; `*` in an accepted answer stands for any text. */
export function matchingTextAnswer(item: Extract<QuizItem, { type: 'short-answer' }>, typed: string): AcceptedText | undefined {
  const caseSensitive = item.caseSensitive === true;
  const accentSensitive = item.accentSensitive === true;
  const learner = normalise(typed, caseSensitive, accentSensitive);
  const matches = (accepted: string): boolean => {
    const pattern = normalise(accepted, caseSensitive, accentSensitive)
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    return new RegExp(`^${pattern}$`, 'u').test(learner);
  };
  return [...item.answers].sort((a, b) => (b.credit ?? 100) - (a.credit ?? 100)).find((answer) => matches(answer.text));
}

/** Whether `value` is one `answer` accepts. */
export function acceptsNumber(answer: AcceptedNumber, value: number): boolean {
  // A tolerance written 0.1 must accept 3.04 for 3.14 despite binary floating point.
  const epsilon = 1e-9 * Math.max(1, Math.abs(value));
  return Math.abs(value - answer.value) <= (answer.tolerance ?? 0) + epsilon;
}

/** The accepted answer the typed number falls in, the best credit first. */
export function matchingNumberAnswer(item: Extract<QuizItem, { type: 'numerical' }>, typed: string): AcceptedNumber | undefined {
  const value = parseLearnerNumber(typed);
  if (value === undefined) return undefined;
  return [...item.answers].sort((a, b) => (b.credit ?? 100) - (a.credit ?? 100)).find((answer) => acceptsNumber(answer, value));
}

/** Every answer a matching item offers for each pair: the pairs' matches and the distractors, each once. */
export function matchingChoices(item: MatchingItem): string[] {
  return [...new Set([...item.pairs.map((pair) => pair.match), ...(item.distractors ?? [])])];
}

/** The learner's match for each pair, in the pairs' order, '' where none was chosen. */
export function matchesOf(item: MatchingItem, answer: StoredAnswer | undefined): string[] {
  const chosen = Array.isArray(answer) ? answer : [];
  return item.pairs.map((_, index) => chosen[index] ?? '');
}

/** The item's score from 0 to 1, `undefined` for an item that is not scored. */
export function itemScore(item: QuizItem, answer: StoredAnswer | undefined): number | undefined {
  if (!isScored(item)) return undefined;
  if (!isAnswered(item, answer)) return 0;
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const picked = new Set(Array.isArray(answer) ? answer : [answer]);
      return clamp01(item.options.filter((option) => picked.has(option.id)).reduce((sum, option) => sum + optionCredit(item, option), 0));
    }
    case 'true-false':
      return answer === item.answer ? 1 : 0;
    case 'scale':
      return (answer as number) / (item.levels.length - 1);
    case 'short-answer':
    case 'numerical': {
      const accepted = item.type === 'numerical' ? matchingNumberAnswer(item, answer as string) : matchingTextAnswer(item, answer as string);
      return accepted ? (accepted.credit ?? 100) / 100 : 0;
    }
    case 'matching': {
      const matches = matchesOf(item, answer);
      return item.pairs.filter((pair, index) => matches[index] === pair.match).length / item.pairs.length;
    }
    case 'text':
    case 'instruction':
      return undefined;
  }
}

export function verdictOf(item: QuizItem, answer: StoredAnswer | undefined): Verdict {
  if (!isKnowledge(item)) return 'recorded';
  const score = itemScore(item, answer) ?? 0;
  return score === 1 ? 'correct' : score > 0 ? 'partial' : 'incorrect';
}

/** The options that earn credit: for a single choice the full-credit ones, for a multiple choice every positive one. */
export function correctOptions(item: QuizItem): ChoiceOption[] {
  if (item.type === 'single') return item.options.filter((option) => optionCredit(item, option) >= 1);
  if (item.type === 'multiple') return item.options.filter((option) => optionCredit(item, option) > 0);
  return [];
}

const weightOf = (item: QuizItem): number => item.weight ?? 1;

/** A running weighted mean: the weights and the weighted scores added up in the items' order. */
interface Mean {
  weights: number;
  sum: number;
}

const add = (mean: Mean, score: number, weight: number): void => {
  mean.weights += weight;
  mean.sum += score * weight;
};

/** The weighted mean as a rounded percentage. */
const percent = ({ weights, sum }: Mean): number => Math.round((sum / weights) * 100);

/** Adds `score` to the mean of each of `keys` (an item tied twice to one objective counts once per tie). */
function addTo(means: Map<string, Mean>, keys: readonly string[], score: number, weight: number): void {
  for (const key of keys) {
    let mean = means.get(key);
    if (!mean) means.set(key, (mean = { weights: 0, sum: 0 }));
    add(mean, score, weight);
  }
}

const percents = (means: Map<string, Mean>): Record<string, number> => Object.fromEntries([...means].map(([key, mean]) => [key, percent(mean)]));

/** Scores every item of `quiz` and aggregates them by objective, sequence and overall, in one pass over the items. */
export function scoreQuiz(quiz: Quiz, answers: Answers, phase: QuizPhase, completedAt: Date): StoredQuizResult {
  const overall: Mean = { weights: 0, sum: 0 };
  const knowledge: Mean = { weights: 0, sum: 0 };
  const selfRating: Mean = { weights: 0, sum: 0 };
  const byObjective = new Map<string, Mean>();
  const bySequence = new Map<string, Mean>();
  let scored = 0;
  let knowledgeCount = 0;
  let selfRatingCount = 0;
  for (const item of quiz.items) {
    const score = itemScore(item, answerOf(answers, item.id));
    if (score === undefined) continue;
    const weight = weightOf(item);
    scored += 1;
    add(overall, score, weight);
    if (item.type === 'scale') {
      selfRatingCount += 1;
      add(selfRating, score, weight);
    } else {
      knowledgeCount += 1;
      add(knowledge, score, weight);
    }
    addTo(byObjective, item.objectives ?? [], score, weight);
    addTo(bySequence, item.sequences ?? [], score, weight);
  }
  return {
    quizId: quiz.id,
    phase,
    completedAt: completedAt.toISOString(),
    overall: scored > 0 ? percent(overall) : 0,
    ...(knowledgeCount > 0 ? { knowledge: percent(knowledge) } : {}),
    ...(selfRatingCount > 0 ? { selfRating: percent(selfRating) } : {}),
    byObjective: percents(byObjective),
    bySequence: percents(bySequence),
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

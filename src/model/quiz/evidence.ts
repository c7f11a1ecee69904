/**
 * What the quizzes of a training, taken on this device, tell about each objective, and the state they suggest to
 * `<tf-objectives-checklist>`. The results are the ones `<tf-quiz>` saved with the learner's consent.
 */
import type { Feed, Quiz } from '../schema.js';
import { ownValue, type StoredQuizResult } from '../learner-records.js';
import type { ObjectiveState } from '../checklist-record.js';
import { objectiveAcquiredFrom } from './thresholds.js';

export interface QuizEvidence {
  quizId: string;
  quizTitle: string;
  /** Scores (0 to 100) of the items of this quiz tied to the objective, before and after the training. */
  pre?: number;
  post?: number;
  passScore: number;
  /** The score the suggestion is based on: the latest one (after, else before). */
  score: number;
  suggestion: ObjectiveState;
}

/** Every stored result of one quiz. */
export interface QuizResults {
  quiz: Quiz;
  pre?: StoredQuizResult;
  post?: StoredQuizResult;
}

/**
 * The quizzes whose results count as evidence: those named in `quizIds` (ids absent from the feed are ignored), or
 * by default every quiz of the feed tied to the training.
 */
export function evidenceQuizzes(feed: Feed, trainingId: string, quizIds: readonly string[]): Quiz[] {
  if (quizIds.length > 0) return feed.quizzes.filter((quiz) => quizIds.includes(quiz.id));
  return feed.quizzes.filter((quiz) => quiz.training === trainingId);
}

/**
 * The suggestion rule: from the pass score (the quiz's, else `objectiveAcquiredFrom`) on, "acquired"; any score above 0, "in progress"; 0, "not started".
 * The learner decides: the widget only offers it.
 */
export function suggestState(score: number, passScore: number): ObjectiveState {
  if (score >= passScore) return 'acquired';
  return score > 0 ? 'in-progress' : 'not-started';
}

/** What each quiz with a result measured for `objectiveId`. */
export function objectiveEvidence(results: readonly QuizResults[], objectiveId: string): QuizEvidence[] {
  return results.flatMap(({ quiz, pre, post }) => {
    const before = ownValue(pre?.byObjective, objectiveId);
    const after = ownValue(post?.byObjective, objectiveId);
    const score = after ?? before;
    if (score === undefined) return [];
    const passScore = quiz.passScore ?? (post ?? pre)?.passScore ?? objectiveAcquiredFrom;
    return [
      {
        quizId: quiz.id,
        quizTitle: quiz.title,
        ...(before !== undefined ? { pre: before } : {}),
        ...(after !== undefined ? { post: after } : {}),
        passScore,
        score,
        suggestion: suggestState(score, passScore),
      },
    ];
  });
}

const stateRank: Record<ObjectiveState, number> = { 'not-started': 0, 'in-progress': 1, acquired: 2 };

/** With several quizzes, the most favourable suggestion wins: one quiz passed is enough evidence to offer it. */
export function strongestEvidence(evidence: readonly QuizEvidence[]): QuizEvidence | undefined {
  return evidence.reduce<QuizEvidence | undefined>(
    (best, current) =>
      !best || stateRank[current.suggestion] > stateRank[best.suggestion] || (current.suggestion === best.suggestion && current.score > best.score)
        ? current
        : best,
    undefined,
  );
}

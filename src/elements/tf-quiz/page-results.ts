/**
 * Results of this page's session, by quiz, in memory only: a pre and a post quiz on one page compare without
 * anything stored on the device. Forgotten with "Effacer mes données", and when the page closes.
 */
import { isStoredQuizResult, type QuizPhase, type StoredQuizResult } from '../../model/learner-records.js';

const pageResults = new Map<string, Partial<Record<QuizPhase, StoredQuizResult>>>();

export function rememberResult(result: StoredQuizResult): void {
  pageResults.set(result.quizId, { ...pageResults.get(result.quizId), [result.phase]: result });
}

export function forgetResults(quizId: string): void {
  pageResults.delete(quizId);
}

export function rememberedResults(quizId: string): Partial<Record<QuizPhase, StoredQuizResult>> {
  return pageResults.get(quizId) ?? {};
}

/**
 * The `pre` result to compare a `post` result with: the host's (`given`, when it has the right shape), else the
 * latest of the device's (`stored`) and this page's (the pre may have been taken again in another widget of the
 * page since the quiz read the device).
 */
export function previousResultFor(quizId: string, given: unknown, stored: StoredQuizResult | undefined): StoredQuizResult | undefined {
  if (isStoredQuizResult(given)) return given;
  const session = rememberedResults(quizId).pre;
  return stored && session ? (session.completedAt > stored.completedAt ? session : stored) : (stored ?? session);
}

/** Tells the webmaster when the `previousResult` the page gave is not a result (it is then ignored). */
export function warnIfNotResult(given: unknown): void {
  if (given != null && !isStoredQuizResult(given)) {
    console.error('[training-feed-widgets] <tf-quiz> previousResult n’a pas la forme de StoredQuizResult (model/learner-records.ts) ; il est ignoré :', given);
  }
}

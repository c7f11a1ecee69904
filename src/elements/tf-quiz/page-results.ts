/**
 * Results of this page's session, by quiz, in memory only: a pre and a post quiz on one page compare without
 * anything stored on the device. Forgotten with "Effacer mes données", and when the page closes.
 */
import type { QuizPhase, StoredQuizResult } from '../../model/learner-records.js';

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

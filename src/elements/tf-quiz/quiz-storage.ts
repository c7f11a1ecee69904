/**
 * The quiz's side of the device record described in `quiz-results.ts`: save (only after consent, decided by the
 * element), erase, and the page-session memory that keeps results when nothing may be stored.
 */
import { quizRecord, quizResultsChangeEvent, type QuizPhase, type StorageProblem, type StoredQuizRecord, type StoredQuizResult } from './quiz-results.js';

/** Results of this page's session, by quiz: a pre and a post quiz on one page compare without storage. */
const sessionResults = new Map<string, Partial<Record<QuizPhase, StoredQuizResult>>>();

export function rememberResult(result: StoredQuizResult): void {
  sessionResults.set(result.quizId, { ...sessionResults.get(result.quizId), [result.phase]: result });
}

/** Forgets this session's results of `quizId` ("Effacer mes données"). */
export function forgetResults(quizId: string): void {
  sessionResults.delete(quizId);
}

export function rememberedResults(quizId: string): Partial<Record<QuizPhase, StoredQuizResult>> {
  return sessionResults.get(quizId) ?? {};
}

export function emptyRecord(quizId: string): StoredQuizRecord {
  return { version: 1, quizId, consent: true, progress: {}, results: {} };
}

function announceChange(quizId: string): void {
  window.dispatchEvent(new CustomEvent(quizResultsChangeEvent, { detail: { quizId } }));
}

export function saveQuizRecord(record: StoredQuizRecord, resultsChanged: boolean): StorageProblem | undefined {
  const written = quizRecord(record.quizId).write(record);
  if (!written.ok) return written.reason;
  if (resultsChanged) announceChange(record.quizId);
  return undefined;
}

/** Erases the device record of the quiz. */
export function eraseQuizRecord(quizId: string): StorageProblem | undefined {
  const erased = quizRecord(quizId).erase();
  announceChange(quizId);
  return erased.ok ? undefined : erased.reason;
}

/**
 * One attempt at a quiz as one value, changed by one function: every way through the quiz (start, answer, check,
 * move, finish, retry, erase, resume after a reload) is an action of `nextAttempt`, so that no field can be
 * forgotten by one of them, and a reset is one assignment. Time and randomness come in with the actions.
 */
import type { Quiz } from '../schema.js';
import { ownValue, type QuizPhase, type StoredAnswer, type StoredQuizProgress, type StoredQuizRecord, type StoredQuizResult } from '../learner-records.js';
import type { scoreQuiz } from './scoring.js';

/**
 * Scores a finished attempt again (`scoreQuiz`): the element passes it once the items' code, which holds the scoring,
 * is there (on-demand.ts), so that the page's first view does not download it.
 */
export type Rescore = typeof scoreQuiz;

/** Where the learner is: one discriminated union, so that impossible states cannot be represented. */
export type QuizView = { step: 'intro' } | { step: 'item'; index: number } | { step: 'result'; result: StoredQuizResult };

/** The notices above the quiz, named by their key in the `quiz` strings. */
export type AttemptNotice = 'resumed' | 'erased';

export interface QuizAttempt {
  view: QuizView;
  /** By item id. */
  answers: Readonly<Record<string, StoredAnswer>>;
  /** ISO 8601 instant of each answer, by item id: the newest answer wins when another tab answered too. */
  answeredAt: Readonly<Record<string, string>>;
  /** Ids of the items whose immediate correction was shown. */
  checked: readonly string[];
  /** Seed of this attempt's shuffling. */
  seed: string;
  /** ISO 8601 instant the attempt started. */
  startedAt: string;
  /** Last response sent in a `tf-quiz-answer`, by item, so that leaving an item twice does not repeat it. */
  reported: Readonly<Record<string, string>>;
  reviewOpen: boolean;
  notice: AttemptNotice | undefined;
  /** What the polite live region reads: the correction just shown, one item at a time. */
  announcement: string;
}

export type AttemptAction =
  | { type: 'start'; now: Date; seed: string }
  | { type: 'answer'; itemId: string; answer: StoredAnswer; now: Date }
  | { type: 'report'; itemId: string; response: string }
  | { type: 'check'; itemId: string; announcement: string }
  | { type: 'go'; index: number }
  | { type: 'finish'; result: StoredQuizResult }
  | { type: 'toggle-review' }
  | { type: 'dismiss-notice' };

/** An attempt not started yet, on the intro. */
export function newAttempt(seed: string, notice?: AttemptNotice): QuizAttempt {
  return { view: { step: 'intro' }, answers: {}, answeredAt: {}, checked: [], seed, startedAt: '', reported: {}, reviewOpen: false, notice, announcement: '' };
}

/**
 * The attempt saved in `progress`, where it was left. The feed may have lost items since: the position stays
 * within the quiz. A finished attempt without its saved result is scored again by `rescore`; without it (the scoring
 * could not be loaded), it resumes on its last item, its answers kept, for the learner to finish again.
 */
export function resumedAttempt(quiz: Quiz, phase: QuizPhase, progress: StoredQuizProgress, savedResult: StoredQuizResult | undefined, now: Date, rescore?: Rescore): QuizAttempt {
  const result = progress.step === 'result' ? (savedResult ?? rescore?.(quiz, progress.answers, phase, now)) : undefined;
  const index = progress.step === 'result' ? quiz.items.length - 1 : Math.min(progress.index, quiz.items.length - 1);
  const view: QuizView = result ? { step: 'result', result } : { step: 'item', index };
  return {
    ...newAttempt(progress.seed, 'resumed'),
    view,
    answers: { ...progress.answers },
    answeredAt: { ...progress.answeredAt },
    checked: [...progress.checked],
    startedAt: progress.startedAt,
  };
}

/**
 * The attempt on screen with what the record now holds for its phase, once merged with another tab's copy
 * (`mergeProgress`): the same attempt takes in the other tab's answers and corrections and stays where it is; an
 * attempt started since in the other tab (a retry) replaces it, resumed where that tab is. A finished attempt keeps
 * the result it shows.
 */
export function attemptWithRecord(attempt: QuizAttempt, quiz: Quiz, phase: QuizPhase, record: StoredQuizRecord | undefined, now: Date, rescore?: Rescore): QuizAttempt {
  const progress = ownValue(record?.progress, phase);
  if (!progress || attempt.view.step === 'result') return attempt;
  // The record's attempt is this one merged with the other tab's: another `startedAt` is the newer attempt.
  if (attempt.view.step === 'intro' || progress.startedAt !== attempt.startedAt) return resumedAttempt(quiz, phase, progress, ownValue(record?.results, phase), now, rescore);
  return { ...attempt, answers: { ...progress.answers }, answeredAt: { ...progress.answeredAt }, checked: [...progress.checked] };
}

export function nextAttempt(attempt: QuizAttempt, action: AttemptAction): QuizAttempt {
  switch (action.type) {
    case 'start':
      // A retry after a result gets a new order; starting from the intro keeps the seed the intro announced.
      return {
        ...newAttempt(attempt.view.step === 'result' ? action.seed : attempt.seed),
        view: { step: 'item', index: 0 },
        startedAt: action.now.toISOString(),
      };
    case 'answer':
      return {
        ...attempt,
        answers: { ...attempt.answers, [action.itemId]: action.answer },
        answeredAt: { ...attempt.answeredAt, [action.itemId]: action.now.toISOString() },
        notice: undefined,
      };
    case 'report':
      return { ...attempt, reported: { ...attempt.reported, [action.itemId]: action.response } };
    case 'check':
      return { ...attempt, checked: [...attempt.checked, action.itemId], announcement: action.announcement };
    case 'go':
      return { ...attempt, view: { step: 'item', index: Math.max(0, action.index) }, notice: undefined, announcement: '' };
    case 'finish':
      return { ...attempt, view: { step: 'result', result: action.result }, reviewOpen: false, notice: undefined, announcement: '' };
    case 'toggle-review':
      return { ...attempt, reviewOpen: !attempt.reviewOpen };
    case 'dismiss-notice':
      return { ...attempt, notice: undefined };
  }
}

/** What is saved of the attempt so that it resumes after a reload; nothing while on the intro. */
export function attemptProgress(attempt: QuizAttempt): StoredQuizProgress | undefined {
  const view = attempt.view;
  if (view.step === 'intro') return undefined;
  return {
    step: view.step,
    index: view.step === 'item' ? view.index : 0,
    answers: { ...attempt.answers },
    answeredAt: { ...attempt.answeredAt },
    checked: [...attempt.checked],
    seed: attempt.seed,
    startedAt: attempt.startedAt,
  };
}

/**
 * `record` with this phase's attempt (none: removed) and, when given, its new result. The same attempt keeps the
 * fields a newer version saved with it; a new attempt replaces the old one whole.
 */
export function withPhase(record: StoredQuizRecord, phase: QuizPhase, progress: StoredQuizProgress | undefined, result?: StoredQuizResult): StoredQuizRecord {
  const saved = ownValue(record.progress, phase);
  const phases = { ...record.progress, [phase]: saved && progress?.startedAt === saved.startedAt ? { ...saved, ...progress } : progress };
  if (!progress) delete phases[phase];
  return { ...record, progress: phases, results: result ? { ...record.results, [phase]: result } : record.results };
}

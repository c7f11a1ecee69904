/**
 * The learner's own records, as `<tf-quiz>` and `<tf-objectives-checklist>` keep them on the device after consent
 * (CNIL): one envelope for both (`version`, `consent: true`, the record's id), each kind with its validation, its
 * salvage of older or damaged copies, and its merge with a copy another widget or tab saved meanwhile.
 * Pure data: the storing itself is `controllers/learner-record.ts`.
 *
 * Stable formats: other sites' pages may hold them. Add optional fields; never rename or remove. So that a copy
 * written by a newer library loses nothing here:
 * - fields this version does not know, at every level it reads (the record, a phase's attempt, a result, an
 *   objective, a phase it does not know), are kept as they are and written back untouched;
 * - adding fields keeps `version: 1`. A higher version therefore means a change this version cannot follow: such
 *   a record is read as far as it is compatible, and never written (`isNewerRecord`): the learner's changes stay
 *   in memory for the visit and the device's copy is left as it is, never downgraded.
 *
 * Merging: each part carries the instant it was changed (an answer's `answeredAt`, an objective's `updatedAt`, an
 * attempt's `startedAt`, a result's `completedAt`), and the newest part wins, this widget's on a tie. Memory is the
 * truth of the visit: a device copy that could not be written since is older, and never takes a change back.
 * Parts saved before these instants existed count as the oldest.
 */

/** Why the device's storage could not be used: refused (private mode, sandbox), full, or a damaged record. */
export type StorageProblem = 'unavailable' | 'quota' | 'corrupt';

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The value `record` holds under `key` itself: an id named like an `Object.prototype` member (`constructor`,
 * `toString`, `__proto__`) finds nothing inherited.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The version this library writes. */
export const learnerRecordVersion = 1;

/** What both kinds of record share. */
export interface LearnerRecord {
  /** `learnerRecordVersion`, or higher in a copy a newer library wrote (read, never written here). */
  version: number;
  /** Always true: the record exists only because the learner opted in. */
  consent: true;
}

/** A record of a version this library cannot write without losing what that version meant. */
export const isNewerRecord = (record: LearnerRecord): boolean => record.version > learnerRecordVersion;

/** One kind of learner record: how it is keyed, started, read back and merged. */
export interface LearnerRecordFormat<R extends LearnerRecord> {
  /** The key under the library's `training-feed-widgets:` prefix, e.g. `quiz:<quizId>`. */
  key(id: string): string;
  empty(id: string): R;
  /**
   * The record found in stored JSON. An older or damaged record is not thrown away: what is still valid is kept
   * (`damaged: true` says something was dropped), so that one bad field never costs the learner the rest. Fields
   * this version does not know are kept; a newer version's record keeps its version.
   */
  salvage(id: string, json: unknown): { record?: R; damaged: boolean };
  /**
   * `local` (this widget's copy) with what `stored` (the device's: another widget or tab may have saved since)
   * adds: part by part, the newest wins, `local`'s on a tie; what only one of them holds is kept.
   */
  merge(local: R, stored: R): R;
  /** Dispatched on `window` when a record of this kind is saved or erased, so that other widgets read it again. */
  changeEvent?: { name: string; detail(id: string): unknown };
}

export const isOptional = (value: unknown, check: (v: unknown) => boolean): boolean => value === undefined || check(value);

/** An ISO 8601 instant as a number to compare; missing or unreadable counts as the oldest of all. */
function instant(value: unknown): number {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** Whether `stored` was changed after `local` (a tie keeps `local`). */
export const isLater = (stored: unknown, local: unknown): boolean => instant(stored) > instant(local);

/** The version a stored record declares when it is a version (an integer from 1); else undefined. */
export function declaredVersion(json: Record<string, unknown>): number | undefined {
  return Number.isInteger(json.version) && (json.version as number) >= learnerRecordVersion ? (json.version as number) : undefined;
}

/**
 * Own entries of two records by id, each key once, `local`'s first: what `pick` keeps of each key present in
 * either. Built with `Object.fromEntries`, which makes every key (`__proto__` included) an own property.
 */
export function mergeEntries<T>(local: Readonly<Record<string, T>>, stored: Readonly<Record<string, T>>, pick: (local: T, stored: T, key: string) => T): Record<string, T> {
  const keys = [...new Set([...Object.keys(local), ...Object.keys(stored)])];
  return Object.fromEntries(
    keys.map((key) => {
      const mine = ownValue(local, key);
      const theirs = ownValue(stored, key);
      return [key, mine !== undefined && theirs !== undefined ? pick(mine, theirs, key) : (mine ?? theirs)!] as const;
    }),
  );
}

// ── Quiz ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** `pre`: positioning at entry; `post`: evaluation after the training. */
export type QuizPhase = 'pre' | 'post';

const quizPhases: readonly QuizPhase[] = ['pre', 'post'];

/** Scores are percentages, 0 to 100, rounded to the unit. */
export interface StoredQuizResult {
  quizId: string;
  phase: QuizPhase;
  /** ISO 8601 instant. */
  completedAt: string;
  /** Mean of every scored item (knowledge and self-rating), 0 to 100. */
  overall: number;
  /** Mean of the knowledge items only (single, multiple, true-false), when the quiz has some. */
  knowledge?: number;
  /** Mean of the self-rating (scale) items only, when the quiz has some. */
  selfRating?: number;
  /** Mean of the scored items tied to each objective id (objectives of the quiz's training). */
  byObjective: Record<string, number>;
  /** Mean of the scored items tied to each framework sequence id. */
  bySequence: Record<string, number>;
  /** The quiz's pass score, when the feed gives one: an objective counts as reached from it. */
  passScore?: number;
}

/**
 * A learner's answer to one item: option id (single), option ids (multiple), boolean (true-false), level index
 * from 0 (scale), text (text).
 */
export type StoredAnswer = string | string[] | boolean | number;

/** Where an unfinished attempt stands, so that it resumes after a reload. */
export interface StoredQuizProgress {
  /** `item`: on item `index` (step layout) or on the page (page layout); `result`: finished, answers kept for review. */
  step: 'item' | 'result';
  index: number;
  /** By item id. */
  answers: Record<string, StoredAnswer>;
  /**
   * ISO 8601 instant of each answer, by item id, so that two tabs on one quiz keep both tabs' answers, the newest
   * to each item winning. Absent from records saved before it existed (their answers count as the oldest).
   */
  answeredAt?: Record<string, string>;
  /** Ids of the items whose immediate correction was shown. */
  checked: string[];
  /** Seed of this attempt's shuffling, so that the order survives a reload. */
  seed: string;
  startedAt: string;
}

/** Key `training-feed-widgets:quiz:<quizId>`. */
export interface StoredQuizRecord extends LearnerRecord {
  quizId: string;
  /** The unfinished attempt of each phase. */
  progress: Partial<Record<QuizPhase, StoredQuizProgress>>;
  /** The last completed attempt of each phase. */
  results: Partial<Record<QuizPhase, StoredQuizResult>>;
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isScore = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
const isScoreMap = (value: unknown): value is Record<string, number> => isObject(value) && Object.values(value).every(isScore);
const isPhase = (value: unknown): value is QuizPhase => quizPhases.includes(value as QuizPhase);

export function isStoredQuizResult(value: unknown): value is StoredQuizResult {
  return (
    isObject(value) &&
    typeof value.quizId === 'string' &&
    isPhase(value.phase) &&
    typeof value.completedAt === 'string' &&
    isScore(value.overall) &&
    isOptional(value.knowledge, isScore) &&
    isOptional(value.selfRating, isScore) &&
    isOptional(value.passScore, isScore) &&
    isScoreMap(value.byObjective) &&
    isScoreMap(value.bySequence)
  );
}

function isStoredAnswer(value: unknown): value is StoredAnswer {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isInteger(value) && value >= 0) ||
    (Array.isArray(value) && value.every((v) => typeof v === 'string'))
  );
}

function isStoredQuizProgress(value: unknown): value is StoredQuizProgress {
  return (
    isObject(value) &&
    (value.step === 'item' || value.step === 'result') &&
    typeof value.index === 'number' &&
    Number.isInteger(value.index) &&
    value.index >= 0 &&
    isObject(value.answers) &&
    Object.values(value.answers).every(isStoredAnswer) &&
    isOptional(value.answeredAt, (times) => isObject(times) && Object.values(times).every(isText)) &&
    Array.isArray(value.checked) &&
    value.checked.every(isText) &&
    isText(value.seed) &&
    isText(value.startedAt)
  );
}

/**
 * An unfinished attempt as far as it can be read: an answer, an instant or a correction that cannot is dropped
 * alone (an answer of a newer library's item type, a hand-edited value), never the learner's other answers. An
 * index that cannot be read starts the attempt at its first item. Without its seed or start, the attempt is lost.
 */
function salvageProgress(value: unknown): { value?: StoredQuizProgress; damaged: boolean } {
  if (isStoredQuizProgress(value)) return { value, damaged: false };
  if (!isObject(value)) return { damaged: true };
  const readable = (record: unknown, check: (entry: unknown) => boolean) => Object.fromEntries(Object.entries(isObject(record) ? record : {}).filter(([, entry]) => check(entry)));
  const repaired = {
    ...value,
    index: Number.isInteger(value.index) && (value.index as number) >= 0 ? value.index : 0,
    answers: readable(value.answers, isStoredAnswer),
    ...(value.answeredAt === undefined ? {} : { answeredAt: readable(value.answeredAt, isText) }),
    checked: Array.isArray(value.checked) ? value.checked.filter(isText) : [],
  };
  return { ...(isStoredQuizProgress(repaired) ? { value: repaired } : {}), damaged: true };
}

/** A result as it is, or nothing: its scores are one computation, which a part of cannot stand for. */
const readResult = (value: unknown): { value?: StoredQuizResult; damaged: boolean } => (isStoredQuizResult(value) ? { value, damaged: false } : { damaged: true });

/**
 * The phases of `value` (an object by phase), each as `read` salvages it, with the keys of phases this version does
 * not know kept as they are; `damaged` when a known phase lost something, or `value` itself was unreadable.
 */
function readPhases<T>(value: unknown, read: (v: unknown) => { value?: T; damaged: boolean }): { phases: Partial<Record<QuizPhase, T>>; damaged: boolean } {
  if (!isObject(value)) return { phases: {}, damaged: true };
  let damaged = false;
  const entries = Object.entries(value).flatMap(([phase, v]): [string, unknown][] => {
    if (!isPhase(phase)) return [[phase, v]];
    const salvaged = read(v);
    damaged ||= salvaged.damaged;
    return salvaged.value === undefined ? [] : [[phase, salvaged.value]];
  });
  return { phases: Object.fromEntries(entries), damaged };
}

/**
 * One phase's attempt from two copies. The same attempt (same `startedAt`): every answer of both, the newest to each
 * item (`local`'s on a tie); the corrections shown in either; where this widget stands (`local`'s step and index).
 * Two attempts: the one started last (a retry in the other tab replaces this attempt).
 */
export function mergeProgress(local: StoredQuizProgress, stored: StoredQuizProgress): StoredQuizProgress {
  if (local.startedAt !== stored.startedAt) return isLater(stored.startedAt, local.startedAt) ? stored : local;
  const taken = Object.keys(stored.answers).filter((itemId) => !Object.hasOwn(local.answers, itemId) || isLater(ownValue(stored.answeredAt, itemId), ownValue(local.answeredAt, itemId)));
  // Entries, not assignments: an item id `__proto__` stays an own key.
  const fromStored = <T>(values: Record<string, T> | undefined) => Object.fromEntries(taken.flatMap((itemId) => (values && Object.hasOwn(values, itemId) ? [[itemId, values[itemId]!]] : [])));
  return {
    ...stored,
    ...local,
    answers: { ...local.answers, ...fromStored(stored.answers) },
    answeredAt: { ...local.answeredAt, ...fromStored(stored.answeredAt) },
    checked: [...new Set([...local.checked, ...stored.checked])],
  };
}

/** The phases of both copies: what `merge` keeps of each phase both hold; a phase this version does not know, `local`'s. */
function mergePhases<T>(local: Partial<Record<QuizPhase, T>>, stored: Partial<Record<QuizPhase, T>>, merge: (local: T, stored: T) => T): Partial<Record<QuizPhase, T>> {
  return mergeEntries<T>(local, stored, (mine, theirs, phase) => (isPhase(phase) ? merge(mine, theirs) : mine));
}

/**
 * Dispatched on `window` whenever the stored results of a quiz change (saved or erased), with `detail: { quizId }`,
 * so that a checklist on the same page refreshes. Other tabs get the native `storage` event.
 */
export const quizResultsChangeEvent = 'tf-quiz-results-change';

export const quizRecordFormat: LearnerRecordFormat<StoredQuizRecord> = {
  key: (quizId) => `quiz:${quizId}`,
  empty: (quizId) => ({ version: learnerRecordVersion, quizId, consent: true, progress: {}, results: {} }),
  salvage(quizId, json) {
    if (!isObject(json)) return { damaged: true };
    const version = declaredVersion(json);
    const progress = readPhases(json.progress, salvageProgress);
    const results = readPhases(json.results, readResult);
    const damaged = version === undefined || typeof json.quizId !== 'string' || json.consent !== true || progress.damaged || results.damaged;
    const salvaged = !damaged || Object.keys(progress.phases).length + Object.keys(results.phases).length > 0;
    const record = { ...json, version: version ?? learnerRecordVersion, quizId, consent: true as const, progress: progress.phases, results: results.phases };
    return { ...(salvaged ? { record } : {}), damaged };
  },
  // Each answer, each phase's result: the newest wins (see the module's comment).
  merge: (local, stored) => ({
    ...stored,
    ...local,
    version: Math.max(local.version, stored.version),
    progress: mergePhases(local.progress, stored.progress, mergeProgress),
    results: mergePhases(local.results, stored.results, (mine, theirs) => (isLater(theirs.completedAt, mine.completedAt) ? theirs : mine)),
  }),
  changeEvent: { name: quizResultsChangeEvent, detail: (quizId) => ({ quizId }) },
};

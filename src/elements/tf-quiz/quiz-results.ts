/**
 * How `<tf-quiz>` keeps a learner's answers and results on the device, and how other widgets (the objectives
 * checklist) read them back. Side-effect free: importing this module reads and writes nothing.
 *
 * One localStorage record per quiz, written only after the learner ticked "Enregistrer mes réponses sur cet
 * appareil" (CNIL): key `training-feed-widgets:quiz:<quizId>` (through `DeviceRecord`), value `StoredQuizRecord`.
 *
 * Stable: `StoredQuizResult`, `readQuizResults`, `isStoredQuizResult`, `quizRecordKey` and
 * `quizResultsChangeEvent` are read by other elements. Add optional fields; never rename or remove.
 */
import { DeviceRecord, type StorageResult } from '../../internal/device-storage.js';
import { anyJson, isObject } from '../../internal/learner-data.js';

/** `pre`: positioning at entry; `post`: evaluation after the training. */
export type QuizPhase = 'pre' | 'post';

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
  /** Ids of the items whose immediate correction was shown. */
  checked: string[];
  /** Seed of this attempt's shuffling, so that the order survives a reload. */
  seed: string;
  startedAt: string;
}

export interface StoredQuizRecord {
  version: 1;
  quizId: string;
  /** Always true: the record exists only because the learner opted in. */
  consent: true;
  /** The unfinished attempt of each phase. */
  progress: Partial<Record<QuizPhase, StoredQuizProgress>>;
  /** The last completed attempt of each phase. */
  results: Partial<Record<QuizPhase, StoredQuizResult>>;
}

/**
 * Dispatched on `window` by `<tf-quiz>` whenever the stored results of a quiz change (saved or erased), with
 * `detail: { quizId }`, so that a checklist on the same page refreshes. Other tabs get the native `storage` event.
 */
export const quizResultsChangeEvent = 'tf-quiz-results-change';

/** The key given to `DeviceRecord` (the library prefixes it with `training-feed-widgets:`). */
export function quizRecordKey(quizId: string): string {
  return `quiz:${quizId}`;
}

export function quizRecord(quizId: string): DeviceRecord<StoredQuizRecord> {
  return new DeviceRecord<StoredQuizRecord>(quizRecordKey(quizId));
}

const isScore = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
const isScoreMap = (value: unknown): value is Record<string, number> => isObject(value) && Object.values(value).every(isScore);
const isPhase = (value: unknown): value is QuizPhase => value === 'pre' || value === 'post';
const isOptional = (value: unknown, check: (v: unknown) => boolean): boolean => value === undefined || check(value);

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
    Array.isArray(value.checked) &&
    value.checked.every((v) => typeof v === 'string') &&
    typeof value.seed === 'string' &&
    typeof value.startedAt === 'string'
  );
}

function everyPhase(value: unknown, check: (v: unknown) => boolean): boolean {
  return isObject(value) && Object.entries(value).every(([phase, v]) => isPhase(phase) && isOptional(v, check));
}

export function isStoredQuizRecord(value: unknown): value is StoredQuizRecord {
  return (
    isObject(value) &&
    value.version === 1 &&
    typeof value.quizId === 'string' &&
    value.consent === true &&
    everyPhase(value.progress, isStoredQuizProgress) &&
    everyPhase(value.results, isStoredQuizResult)
  );
}

export type StorageProblem = Extract<StorageResult<unknown>, { ok: false }>['reason'];

/** The phases of `value` (an object by phase) that pass `check`. */
function validPhases<T>(value: unknown, check: (v: unknown) => v is T): Partial<Record<QuizPhase, T>> {
  const kept: Partial<Record<QuizPhase, T>> = {};
  if (isObject(value)) for (const phase of ['pre', 'post'] as const) if (check(value[phase])) kept[phase] = value[phase];
  return kept;
}

/**
 * The record of `quizId` saved on this device, if the learner opted in. Never throws. An older or damaged record
 * is not thrown away: every phase's attempt and result that is still valid is kept (`problem: 'corrupt'` says
 * that something was dropped), so that one bad field never costs the learner the rest of their answers.
 */
export function readQuizRecord(quizId: string): { record?: StoredQuizRecord; problem?: StorageProblem } {
  const read = new DeviceRecord<unknown>(quizRecordKey(quizId)).read(anyJson);
  if (!read.ok) return { problem: read.reason };
  const value = read.value;
  if (value === undefined) return {};
  if (isStoredQuizRecord(value)) return { record: value };
  const progress = validPhases(isObject(value) ? value.progress : undefined, isStoredQuizProgress);
  const results = validPhases(isObject(value) ? value.results : undefined, isStoredQuizResult);
  const salvaged = Object.keys(progress).length + Object.keys(results).length > 0;
  return { ...(salvaged ? { record: { version: 1, quizId, consent: true, progress, results } } : {}), problem: 'corrupt' };
}

/**
 * The results of `quizId` saved on this device: none when the learner did not opt in, storage is refused, or the
 * record is unreadable. Never throws.
 */
export function readQuizResults(quizId: string): { pre?: StoredQuizResult; post?: StoredQuizResult } {
  return { ...readQuizRecord(quizId).record?.results };
}

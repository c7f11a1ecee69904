/**
 * The learner's own records, as `<tf-quiz>` and `<tf-objectives-checklist>` keep them on the device after consent
 * (CNIL): one envelope for both (`version`, `consent: true`, the record's id), each kind with its validation, its
 * salvage of older or damaged copies, and its merge with a copy another widget or tab saved meanwhile.
 * Pure data: the storing itself is `controllers/learner-record.ts`.
 *
 * Stable formats: other sites' pages may hold them. Add optional fields; never rename or remove.
 */

/** Why the device's storage could not be used: refused (private mode, sandbox), full, or a damaged record. */
export type StorageProblem = 'unavailable' | 'quota' | 'corrupt';

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One kind of learner record: how it is keyed, started, read back and merged. */
export interface LearnerRecordFormat<R> {
  /** The key under the library's `training-feed-widgets:` prefix, e.g. `quiz:<quizId>`. */
  key(id: string): string;
  empty(id: string): R;
  /**
   * The record found in stored JSON. An older or damaged record is not thrown away: what is still valid is kept
   * (`damaged: true` says something was dropped), so that one bad field never costs the learner the rest.
   */
  salvage(id: string, json: unknown): { record?: R; damaged: boolean };
  /** `local` (this widget's copy) updated with what `stored` (the device's) holds: the device's parts win. */
  merge(local: R, stored: R): R;
  /** Dispatched on `window` when a record of this kind is saved or erased, so that other widgets read it again. */
  changeEvent?: { name: string; detail(id: string): unknown };
}

const isOptional = (value: unknown, check: (v: unknown) => boolean): boolean => value === undefined || check(value);

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
  /** Ids of the items whose immediate correction was shown. */
  checked: string[];
  /** Seed of this attempt's shuffling, so that the order survives a reload. */
  seed: string;
  startedAt: string;
}

/** Key `training-feed-widgets:quiz:<quizId>`. */
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

/** The phases of `value` (an object by phase) that pass `check`. */
function validPhases<T>(value: unknown, check: (v: unknown) => v is T): Partial<Record<QuizPhase, T>> {
  const kept: Partial<Record<QuizPhase, T>> = {};
  if (isObject(value)) for (const phase of quizPhases) if (check(value[phase])) kept[phase] = value[phase];
  return kept;
}

/**
 * Dispatched on `window` whenever the stored results of a quiz change (saved or erased), with `detail: { quizId }`,
 * so that a checklist on the same page refreshes. Other tabs get the native `storage` event.
 */
export const quizResultsChangeEvent = 'tf-quiz-results-change';

export const quizRecordFormat: LearnerRecordFormat<StoredQuizRecord> = {
  key: (quizId) => `quiz:${quizId}`,
  empty: (quizId) => ({ version: 1, quizId, consent: true, progress: {}, results: {} }),
  salvage(quizId, json) {
    if (isStoredQuizRecord(json)) return { record: json, damaged: false };
    const progress = validPhases(isObject(json) ? json.progress : undefined, isStoredQuizProgress);
    const results = validPhases(isObject(json) ? json.results : undefined, isStoredQuizResult);
    const salvaged = Object.keys(progress).length + Object.keys(results).length > 0;
    return { ...(salvaged ? { record: { version: 1, quizId, consent: true, progress, results } } : {}), damaged: true };
  },
  // Each phase is its own attempt: the device's copy of a phase (the pre and the post on one page, another tab) wins.
  merge: (local, stored) => ({ ...local, progress: { ...local.progress, ...stored.progress }, results: { ...local.results, ...stored.results } }),
  changeEvent: { name: quizResultsChangeEvent, detail: (quizId) => ({ quizId }) },
};

// ── Objectives checklist ───────────────────────────────────────────────────────────────────────────────────────

/** The learner's own judgement of one objective. */
export type ObjectiveState = 'not-started' | 'in-progress' | 'acquired';

/** In the order they are offered. */
export const objectiveStates: readonly ObjectiveState[] = ['not-started', 'in-progress', 'acquired'];

export interface ObjectiveProgress {
  state: ObjectiveState;
  note: string;
}

export const notStarted: ObjectiveProgress = { state: 'not-started', note: '' };

/** Key `training-feed-widgets:checklist:<trainingId>`. */
export interface StoredChecklist {
  version: 1;
  trainingId: string;
  /** Always true: the record exists only because the learner opted in. */
  consent: true;
  /** ISO 8601 instant of the last change. */
  updatedAt: string;
  /** By objective id; an objective not listed is not started, without a note. */
  objectives: Record<string, ObjectiveProgress>;
}

export const isObjectiveState = (value: unknown): value is ObjectiveState => objectiveStates.includes(value as ObjectiveState);

function isObjectiveProgress(value: unknown): value is ObjectiveProgress {
  return isObject(value) && isObjectiveState(value.state) && typeof value.note === 'string';
}

export function isStoredChecklist(value: unknown): value is StoredChecklist {
  return (
    isObject(value) &&
    value.version === 1 &&
    typeof value.trainingId === 'string' &&
    value.consent === true &&
    typeof value.updatedAt === 'string' &&
    isObject(value.objectives) &&
    Object.values(value.objectives).every(isObjectiveProgress)
  );
}

/** One objective as saved now, or as an older record may hold it (a bare state, a missing note); else undefined. */
function objectiveProgressOf(value: unknown): ObjectiveProgress | undefined {
  if (isObjectiveState(value)) return { state: value, note: '' };
  if (isObject(value) && isObjectiveState(value.state)) return { state: value.state, note: typeof value.note === 'string' ? value.note : '' };
  return undefined;
}

export const checklistRecordFormat: LearnerRecordFormat<StoredChecklist> = {
  key: (trainingId) => `checklist:${trainingId}`,
  empty: (trainingId) => ({ version: 1, trainingId, consent: true, updatedAt: '', objectives: {} }),
  salvage(trainingId, json) {
    if (isStoredChecklist(json)) return { record: json, damaged: false };
    const objectives: Record<string, ObjectiveProgress> = {};
    if (isObject(json) && isObject(json.objectives)) {
      for (const [id, saved] of Object.entries(json.objectives)) {
        const progress = objectiveProgressOf(saved);
        if (progress) objectives[id] = progress;
      }
    }
    const salvaged = Object.keys(objectives).length > 0;
    return { ...(salvaged ? { record: { version: 1, trainingId, consent: true, updatedAt: '', objectives } } : {}), damaged: true };
  },
  // Objective by objective: another checklist of the training (this page, another tab) may have saved its own changes.
  merge: (local, stored) => ({ ...local, objectives: { ...local.objectives, ...stored.objectives } }),
};

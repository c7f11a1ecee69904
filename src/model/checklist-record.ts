/**
 * The learner's checklist of a training's objectives, as `<tf-objectives-checklist>` keeps it on the device after
 * consent: its validation, its salvage of older or damaged copies, and its merge with another tab's copy, objective
 * by objective. The envelope, the rules for other versions and the merging rule are `learner-records.ts`'s; this
 * part loads with the checklist only.
 */
import {
  declaredVersion,
  isLater,
  isObject,
  isOptional,
  learnerRecordVersion,
  mergeEntries,
  ownValue,
  type LearnerRecord,
  type LearnerRecordFormat,
} from './learner-records.js';

/** The learner's own judgement of one objective. */
export type ObjectiveState = 'not-started' | 'in-progress' | 'acquired';

/** In the order they are offered. */
export const objectiveStates: readonly ObjectiveState[] = ['not-started', 'in-progress', 'acquired'];

export interface ObjectiveProgress {
  state: ObjectiveState;
  note: string;
  /**
   * ISO 8601 instant of the learner's last change to this objective, so that two copies merge objective by
   * objective, the newest winning. Absent from records saved before it existed (they count as the oldest).
   */
  updatedAt?: string;
}

export const notStarted: ObjectiveProgress = { state: 'not-started', note: '' };

/** Key `training-feed-widgets:checklist:<trainingId>`. */
export interface StoredChecklist extends LearnerRecord {
  trainingId: string;
  /** ISO 8601 instant of the last change. */
  updatedAt: string;
  /** By objective id; an objective not listed is not started, without a note. */
  objectives: Record<string, ObjectiveProgress>;
}

export const isObjectiveState = (value: unknown): value is ObjectiveState => objectiveStates.includes(value as ObjectiveState);

/** The objective `objectiveId` of `record`: not started, without a note, when the learner never touched it. */
export function objectiveProgress(record: StoredChecklist | undefined, objectiveId: string): ObjectiveProgress {
  return ownValue(record?.objectives, objectiveId) ?? notStarted;
}

/** `record` with `change` made to one objective at `now`. */
export function withObjective(record: StoredChecklist, objectiveId: string, change: Partial<Pick<ObjectiveProgress, 'state' | 'note'>>, now: Date): StoredChecklist {
  const updatedAt = now.toISOString();
  return { ...record, updatedAt, objectives: { ...record.objectives, [objectiveId]: { ...objectiveProgress(record, objectiveId), ...change, updatedAt } } };
}

/**
 * One objective as saved now (with the fields a newer version may add, kept), or as an older record may hold it (a
 * bare state, a missing note); else undefined.
 */
function objectiveProgressOf(value: unknown): ObjectiveProgress | undefined {
  if (isObjectiveState(value)) return { state: value, note: '' };
  if (!isObject(value) || !isObjectiveState(value.state) || !isOptional(value.updatedAt, (time) => typeof time === 'string')) return undefined;
  return { ...value, state: value.state, note: typeof value.note === 'string' ? value.note : '' };
}

export const checklistRecordFormat: LearnerRecordFormat<StoredChecklist> = {
  key: (trainingId) => `checklist:${trainingId}`,
  empty: (trainingId) => ({ version: learnerRecordVersion, trainingId, consent: true, updatedAt: '', objectives: {} }),
  salvage(trainingId, json) {
    if (!isObject(json)) return { damaged: true };
    const version = declaredVersion(json);
    const saved = isObject(json.objectives) ? Object.entries(json.objectives) : [];
    const entries = saved.flatMap(([id, value]) => {
      const progress = objectiveProgressOf(value);
      return progress ? [[id, progress] as const] : [];
    });
    // A bare state or a missing note (older lists) is read, and said so.
    const damaged =
      version === undefined ||
      typeof json.trainingId !== 'string' ||
      json.consent !== true ||
      typeof json.updatedAt !== 'string' ||
      !isObject(json.objectives) ||
      saved.some(([, value]) => !isObject(value) || typeof value.note !== 'string' || !objectiveProgressOf(value));
    if (damaged && entries.length === 0) return { damaged };
    const updatedAt = typeof json.updatedAt === 'string' ? json.updatedAt : '';
    return { record: { ...json, version: version ?? learnerRecordVersion, trainingId, consent: true, updatedAt, objectives: Object.fromEntries(entries) }, damaged };
  },
  // Objective by objective, the newest change wins: another checklist of the training (this page, another tab) may
  // have saved its own changes, and a copy this widget could not write since holds none of the learner's later ones.
  merge: (local, stored) => ({
    ...stored,
    ...local,
    version: Math.max(local.version, stored.version),
    updatedAt: isLater(stored.updatedAt, local.updatedAt) ? stored.updatedAt : local.updatedAt,
    objectives: mergeEntries(local.objectives, stored.objectives, (mine, theirs) => (isLater(theirs.updatedAt, mine.updatedAt) ? theirs : mine)),
  }),
};

/**
 * How `<tf-objectives-checklist>` keeps a learner's progress on the device. Side-effect free: importing this module
 * reads and writes nothing.
 *
 * One localStorage record per training, written only after the learner ticked "Enregistrer ma progression sur cet
 * appareil" (CNIL): key `training-feed-widgets:checklist:<trainingId>` (through `DeviceRecord`), value
 * `StoredChecklist`. The record existing is the consent: erasing it withdraws consent.
 */
import { DeviceRecord } from '../../internal/device-storage.js';
import { anyJson, isObject } from '../../internal/learner-data.js';
import type { StorageProblem } from '../tf-quiz/quiz-results.js';

/** The learner's own judgement of one objective. */
export type ObjectiveState = 'not-started' | 'in-progress' | 'acquired';

/** In the order they are offered. */
export const objectiveStates: readonly ObjectiveState[] = ['not-started', 'in-progress', 'acquired'];

export interface ObjectiveProgress {
  state: ObjectiveState;
  note: string;
}

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

export const notStarted: ObjectiveProgress = { state: 'not-started', note: '' };

/** The key given to `DeviceRecord` (the library prefixes it with `training-feed-widgets:`). */
export function checklistRecordKey(trainingId: string): string {
  return `checklist:${trainingId}`;
}

export function checklistRecord(trainingId: string): DeviceRecord<StoredChecklist> {
  return new DeviceRecord<StoredChecklist>(checklistRecordKey(trainingId));
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

/**
 * The progress saved for `trainingId`, if the learner opted in. Never throws. An older or damaged record is not
 * thrown away: every objective still readable is kept (`problem: 'corrupt'` says something was dropped).
 */
export function readChecklist(trainingId: string): { objectives?: Record<string, ObjectiveProgress>; problem?: StorageProblem } {
  const read = new DeviceRecord<unknown>(checklistRecordKey(trainingId)).read(anyJson);
  if (!read.ok) return { problem: read.reason };
  const value = read.value;
  if (value === undefined) return {};
  if (isStoredChecklist(value)) return { objectives: value.objectives };
  const objectives: Record<string, ObjectiveProgress> = {};
  if (isObject(value) && isObject(value.objectives)) {
    for (const [id, saved] of Object.entries(value.objectives)) {
      const progress = objectiveProgressOf(saved);
      if (progress) objectives[id] = progress;
    }
  }
  return { ...(Object.keys(objectives).length ? { objectives } : {}), problem: 'corrupt' };
}

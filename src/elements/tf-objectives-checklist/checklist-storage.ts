/**
 * How `<tf-objectives-checklist>` keeps a learner's progress on the device. Side-effect free: importing this module
 * reads and writes nothing.
 *
 * One localStorage record per training, written only after the learner ticked "Enregistrer ma progression sur cet
 * appareil" (CNIL): key `training-feed-widgets:checklist:<trainingId>` (through `DeviceRecord`), value
 * `StoredChecklist`. The record existing is the consent: erasing it withdraws consent.
 */
import { DeviceRecord } from '../../internal/device-storage.js';

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

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

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

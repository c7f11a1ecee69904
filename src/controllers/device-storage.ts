/**
 * The only code of the library that touches localStorage (through `learner-record.ts`).
 * Consent-first storage on the reader's device (CNIL): nothing is written until the learner ticks "Enregistrer mes
 * réponses sur cet appareil"; "Effacer mes données" removes everything. Storage can be refused (private mode,
 * sandboxed iframe, full quota): every call reports it instead of throwing, so the widget keeps working in memory.
 */
import type { StorageProblem } from '../model/learner-records.js';

export type StorageResult<T> = { ok: true; value: T } | { ok: false; reason: StorageProblem };

const keyPrefix = 'training-feed-widgets:';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** One record of the library in localStorage, e.g. `training-feed-widgets:quiz:positionnement:pre`. */
export class DeviceRecord<T> {
  readonly key: string;

  constructor(key: string) {
    this.key = keyPrefix + key;
  }

  /** The saved value, `undefined` when there is none. Reading only looks for what the learner chose to save. */
  read(isValid: (value: unknown) => value is T): StorageResult<T | undefined> {
    const store = storage();
    if (!store) return { ok: false, reason: 'unavailable' };
    let raw: string | null;
    try {
      raw = store.getItem(this.key);
    } catch {
      return { ok: false, reason: 'unavailable' };
    }
    if (raw === null) return { ok: true, value: undefined };
    try {
      const value: unknown = JSON.parse(raw);
      return isValid(value) ? { ok: true, value } : { ok: false, reason: 'corrupt' };
    } catch {
      return { ok: false, reason: 'corrupt' };
    }
  }

  write(value: T): StorageResult<void> {
    const store = storage();
    if (!store) return { ok: false, reason: 'unavailable' };
    try {
      store.setItem(this.key, JSON.stringify(value));
      return { ok: true, value: undefined };
    } catch (error) {
      const quota = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
      return { ok: false, reason: quota ? 'quota' : 'unavailable' };
    }
  }

  erase(): StorageResult<void> {
    const store = storage();
    if (!store) return { ok: false, reason: 'unavailable' };
    try {
      store.removeItem(this.key);
      return { ok: true, value: undefined };
    } catch {
      return { ok: false, reason: 'unavailable' };
    }
  }
}

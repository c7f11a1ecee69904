/**
 * The learner's own data on the device, for `<tf-quiz>` and `<tf-objectives-checklist>` alike: restore, save after
 * consent, merge with what another widget or tab saved meanwhile, erase, and the notices that say what happened.
 * The one place where the library stores anything (through `device-storage.ts`); the record formats are
 * `model/learner-records.ts`.
 *
 * Memory is the truth of the visit: what the learner did is kept in memory first, whatever the device does. The
 * device's copy only adds to it what another tab or widget changed since (the newest part wins), and a failing or
 * refused storage never takes anything back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isNewerRecord,
  learnerRecordVersion,
  quizRecordFormat,
  type LearnerRecord,
  type LearnerRecordFormat,
  type QuizPhase,
  type StorageProblem,
  type StoredQuizResult,
} from '../model/learner-records.js';
import { DeviceRecord } from './device-storage.js';

/** What the widget tells the learner about their data: saved, consent withdrawn, refused storage… */
export type StorageNotice = 'saved' | 'consentWithdrawn' | 'storageFailed' | 'erased' | 'unreadable' | 'eraseFailed' | 'newerRecord';

/** The notices that are warnings (shown as such), the others being plain confirmations. */
export const storageWarnings: readonly StorageNotice[] = ['storageFailed', 'unreadable', 'eraseFailed', 'newerRecord'];

/** The device record of `id`, for reading and writing as the learner-record controller does. */
export function deviceRecordOf<R>(format: LearnerRecordFormat<LearnerRecord>, id: string): DeviceRecord<R> {
  return new DeviceRecord<R>(format.key(id));
}

const anyJson = (value: unknown): value is unknown => value !== undefined;

/** The record of `id` saved on this device, if the learner opted in, as far as it is readable. Never throws. */
export function readLearnerRecord<R extends LearnerRecord>(format: LearnerRecordFormat<R>, id: string): { record?: R; problem?: StorageProblem } {
  const read = new DeviceRecord<unknown>(format.key(id)).read(anyJson);
  if (!read.ok) return { problem: read.reason };
  if (read.value === undefined) return {};
  const { record, damaged } = format.salvage(id, read.value);
  return { ...(record ? { record } : {}), ...(damaged ? { problem: 'corrupt' as const } : {}) };
}

/**
 * The results of `quizId` saved on this device: none when the learner did not opt in, storage is refused, or the
 * record is unreadable. What the checklist reads as evidence.
 */
export function readQuizResults(quizId: string): Partial<Record<QuizPhase, StoredQuizResult>> {
  return { ...readLearnerRecord(quizRecordFormat, quizId).record?.results };
}

type ConsoleProblem = StorageProblem | 'erase' | 'newer';

/** Tells the webmaster, in the console, what the device's storage refused (the learner gets a notice). */
function logStorageProblem(tag: string, keys: string, problem: ConsoleProblem, detail = ''): void {
  const messages: Record<ConsoleProblem, string> = {
    corrupt: 'illisible en partie ou en totalité, seules ses parties valides sont reprises',
    unavailable: 'stockage inaccessible',
    quota: 'stockage plein',
    erase: 'effacement refusé par le navigateur',
    newer: `version ${detail} : laissé tel quel, modifications gardées en mémoire`,
  };
  console[problem === 'erase' ? 'error' : 'warn'](`[training-feed-widgets] <${tag}> « training-feed-widgets:${keys} » : ${messages[problem]}.`);
}

/**
 * One learner record of the widget (a quiz's, a training's checklist), kept in memory and, once the learner
 * consents, on the device (CNIL: nothing is written before). The record existing on the device is the consent.
 * Records of other ids the widget showed (its `quiz` or `training` changed) are kept in memory until the page
 * closes; "erase" erases every one this widget saved. Storage that fails never throws: the widget goes on in
 * memory, and `notice` says what happened. What another tab saves (the native `storage` event) is taken in as it
 * comes; `onStoredChange` then lets the widget show it.
 */
export class LearnerRecordController<R extends LearnerRecord> implements ReactiveController {
  /** The id of the record shown now. */
  id: string | undefined;
  /** The record in memory (saved on the device or not); undefined until something is restored or changed. */
  record: R | undefined;
  consent = false;
  notice: StorageNotice | undefined;

  private readonly others = new Map<string, { record: R; consent: boolean; onDevice: boolean }>();
  /** Every id this widget saved on the device. */
  private saved = new Set<string>();
  /** Whether the device held this record when last read or written: its disappearance then means an erase elsewhere. */
  private onDevice = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly format: LearnerRecordFormat<R>,
    private readonly onStoredChange: () => void = () => undefined,
  ) {
    host.addController(this);
  }

  /**
   * Whether what the learner does now is kept on the device: consent given, and the last write neither refused (full
   * or blocked storage) nor held back (a newer library's record). Consent alone does not say it.
   */
  get keptOnDevice(): boolean {
    return this.consent && this.notice !== 'storageFailed' && this.notice !== 'newerRecord';
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
    // Another tab may have saved while the widget was out of the page.
    if (this.consent) this.refresh();
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  /** Another tab saved or erased this record (a `storage` event), or cleared the site's storage (`key` null). */
  private readonly onStorage = (event: StorageEvent): void => {
    if (this.id === undefined || (event.key !== null && event.key !== deviceRecordOf(this.format, this.id).key)) return;
    if (!this.consent) {
      // Opted in there: this tab now shares the record, as if it had just read it (what `open` does).
      if (!readLearnerRecord(this.format, this.id).record) return;
      this.consent = true;
      this.notice = 'saved';
    }
    this.refresh();
  };

  /** Takes in the device's copy now, and lets the widget show what it brought. */
  private refresh(): void {
    const before = this.record;
    this.takeInStored();
    this.host.requestUpdate();
    if (this.record !== before) this.onStoredChange();
  }

  /**
   * Shows the record of `id`: from memory when the widget already showed it, else from the device if the
   * learner saved it there. A damaged record is read as far as it goes, and said so.
   */
  open(id: string | undefined): void {
    if (this.id !== undefined && this.id !== id && this.record !== undefined) this.others.set(this.id, { record: this.record, consent: this.consent, onDevice: this.onDevice });
    const kept = id === this.id && this.record !== undefined ? { record: this.record, consent: this.consent, onDevice: this.onDevice } : id !== undefined ? this.others.get(id) : undefined;
    this.id = id;
    this.notice = undefined;
    this.record = kept?.record;
    this.consent = kept?.consent ?? false;
    this.onDevice = kept?.onDevice ?? false;
    this.host.requestUpdate();
    if (kept || id === undefined) return;
    const { record, problem } = readLearnerRecord(this.format, id);
    if (problem) {
      logStorageProblem(this.host.localName, this.format.key(id), problem);
      this.notice = problem === 'corrupt' ? 'unreadable' : 'storageFailed';
    }
    if (record) {
      this.record = record;
      this.consent = true;
      this.onDevice = true;
      this.notice ??= 'saved';
      this.noticeNewer(id);
    }
  }

  /**
   * Takes in what the device's copy adds to memory: the parts another widget or tab changed since (the newest part
   * wins, so a copy this widget failed to write never takes back a change). A copy erased there means the learner
   * withdrew consent there: nothing is written back.
   */
  private takeInStored(optingIn = false): void {
    const id = this.id;
    if (id === undefined) return;
    const { record: stored, problem } = readLearnerRecord(this.format, id);
    if (stored) {
      this.record = this.record ? this.format.merge(this.record, stored) : stored;
      this.onDevice = true;
      this.noticeNewer(id);
    } else if (!problem && !optingIn && this.onDevice) {
      this.consent = false;
      this.onDevice = false;
      this.notice = 'consentWithdrawn';
    }
  }

  /** A record a newer library wrote is never written here (see `model/learner-records.ts`): the learner is told. */
  private noticeNewer(id: string): void {
    if (!this.record || !isNewerRecord(this.record) || this.notice === 'newerRecord') return;
    this.notice = 'newerRecord';
    logStorageProblem(this.host.localName, this.format.key(id), 'newer', `${this.record.version} > ${learnerRecordVersion}`);
  }

  /**
   * Applies `change` to the record in memory and, with consent, saves it, with what the device's copy adds (see
   * `takeInStored`): another widget of the same record (the pre and the post quiz on one page, the same checklist
   * in another tab) may have saved its own part since, which must not be overwritten. `onStoredChange` is called
   * when that copy brought something.
   */
  save(change: (record: R) => R, { optingIn = false, announce = false } = {}): void {
    const id = this.id;
    if (id === undefined) return;
    this.record = change(this.record ?? this.format.empty(id));
    const changed = this.record;
    if (this.consent) this.takeInStored(optingIn);
    this.host.requestUpdate();
    if (this.record !== changed) this.onStoredChange();
    if (!this.consent) return;
    if (isNewerRecord(this.record)) {
      this.noticeNewer(id);
      return;
    }
    const written = deviceRecordOf(this.format, id).write(this.record);
    if (!written.ok) {
      if (this.notice !== 'storageFailed') logStorageProblem(this.host.localName, this.format.key(id), written.reason);
      this.notice = 'storageFailed';
      return;
    }
    this.onDevice = true;
    this.saved.add(id);
    this.notice = 'saved';
    if (announce || optingIn) this.announce(id);
  }

  /** The learner ticked "save on this device": `change` (what the widget adds to the record) is saved at once. */
  optIn(change: (record: R) => R = (record) => record): void {
    this.consent = true;
    this.save(change, { optingIn: true });
  }

  /** The learner unticked: the device's copies go, the record stays in memory. */
  withdraw(): void {
    this.notice = this.eraseDevice() ? 'consentWithdrawn' : 'eraseFailed';
  }

  /** "Effacer mes données": the device's copies and the memory of every record. Returns the ids forgotten. */
  eraseAll(): string[] {
    const forgotten = [...new Set([...(this.id === undefined ? [] : [this.id]), ...this.others.keys()])];
    this.notice = this.eraseDevice() ? 'erased' : 'eraseFailed';
    this.others.clear();
    this.record = undefined;
    return forgotten;
  }

  /** Erases every record this widget saved, and the current one. False when the browser refuses. */
  private eraseDevice(): boolean {
    const ids = [...new Set([...this.saved, ...(this.id === undefined ? [] : [this.id])])];
    const failed = ids.filter((id) => !deviceRecordOf(this.format, id).erase().ok);
    ids.forEach((id) => this.announce(id));
    this.saved = new Set(failed);
    if (failed.length) logStorageProblem(this.host.localName, failed.map((id) => this.format.key(id)).join(', '), 'erase');
    this.consent = false;
    this.onDevice = false;
    this.host.requestUpdate();
    return failed.length === 0;
  }

  private announce(id: string): void {
    const event = this.format.changeEvent;
    if (event) window.dispatchEvent(new CustomEvent(event.name, { detail: event.detail(id) }));
  }
}

/**
 * The learner's own data on the device, for `<tf-quiz>` and `<tf-objectives-checklist>` alike: restore, save after
 * consent, merge with what another widget or tab saved meanwhile, erase, and the notices that say what happened.
 * The one place where the library stores anything (through `device-storage.ts`); the record formats are
 * `model/learner-records.ts`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { quizRecordFormat, type LearnerRecordFormat, type QuizPhase, type StorageProblem, type StoredQuizResult } from '../model/learner-records.js';
import { DeviceRecord } from './device-storage.js';

/** What the widget tells the learner about their data: saved, consent withdrawn, refused storage… */
export type StorageNotice = 'saved' | 'consentWithdrawn' | 'storageFailed' | 'erased' | 'unreadable' | 'eraseFailed';

/** The notices that are warnings (shown as such), the others being plain confirmations. */
export const storageWarnings: readonly StorageNotice[] = ['storageFailed', 'unreadable', 'eraseFailed'];

/** The device record of `id`, for reading and writing as the learner-record controller does. */
export function deviceRecordOf<R>(format: LearnerRecordFormat<R>, id: string): DeviceRecord<R> {
  return new DeviceRecord<R>(format.key(id));
}

const anyJson = (value: unknown): value is unknown => value !== undefined;

/** The record of `id` saved on this device, if the learner opted in, as far as it is readable. Never throws. */
export function readLearnerRecord<R>(format: LearnerRecordFormat<R>, id: string): { record?: R; problem?: StorageProblem } {
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

/** Tells the webmaster, in the console, what the device's storage refused (the learner gets a notice). */
function logStorageProblem(tag: string, keys: string, problem: StorageProblem | 'erase'): void {
  console[problem === 'erase' ? 'error' : 'warn'](
    `[training-feed-widgets] <${tag}> « training-feed-widgets:${keys} » : ${
      { corrupt: 'illisible en partie ou en totalité, seules ses parties valides sont reprises', unavailable: 'stockage inaccessible', quota: 'stockage plein', erase: 'effacement refusé par le navigateur' }[problem]
    }.`,
  );
}

/**
 * One learner record of the widget (a quiz's, a training's checklist), kept in memory and, once the learner
 * consents, on the device (CNIL: nothing is written before). The record existing on the device is the consent.
 * Records of other ids the widget showed (its `quiz` or `training` changed) are kept in memory until the page
 * closes; "erase" erases every one this widget saved. Storage that fails never throws: the widget goes on in
 * memory, and `notice` says what happened.
 */
export class LearnerRecordController<R> {
  /** The id of the record shown now. */
  id: string | undefined;
  /** The record in memory (saved on the device or not); undefined until something is restored or changed. */
  record: R | undefined;
  consent = false;
  notice: StorageNotice | undefined;

  private readonly others = new Map<string, { record: R; consent: boolean }>();
  /** Every id this widget saved on the device. */
  private saved = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly format: LearnerRecordFormat<R>,
  ) {}

  /**
   * Shows the record of `id`: from memory when the widget already showed it, else from the device if the
   * learner saved it there. A damaged record is read as far as it goes, and said so.
   */
  open(id: string | undefined): void {
    if (this.id !== undefined && this.id !== id && this.record !== undefined) this.others.set(this.id, { record: this.record, consent: this.consent });
    const kept = id === this.id && this.record !== undefined ? { record: this.record, consent: this.consent } : id !== undefined ? this.others.get(id) : undefined;
    this.id = id;
    this.notice = undefined;
    this.record = kept?.record;
    this.consent = kept?.consent ?? false;
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
      this.notice ??= 'saved';
    }
  }

  /**
   * Applies `change` to the record in memory and, with consent, saves it. The device's copy is read first and
   * merged under the change: another widget of the same record (the pre and the post quiz on one page, the same
   * checklist in another tab) may have saved its own part since, which must not be overwritten; and a copy erased
   * there means the learner withdrew consent there, so nothing is written back.
   */
  save(change: (record: R) => R, { optingIn = false, announce = false } = {}): void {
    const id = this.id;
    if (id === undefined) return;
    let base = this.record ?? this.format.empty(id);
    if (this.consent) {
      const { record: stored, problem } = readLearnerRecord(this.format, id);
      if (stored) base = this.format.merge(base, stored);
      else if (!problem && !optingIn && this.notice !== 'storageFailed') {
        this.consent = false;
        this.notice = 'consentWithdrawn';
      }
    }
    this.record = change(base);
    this.host.requestUpdate();
    if (!this.consent) return;
    const written = deviceRecordOf(this.format, id).write(this.record);
    if (!written.ok) {
      this.notice = 'storageFailed';
      return;
    }
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
    this.host.requestUpdate();
    return failed.length === 0;
  }

  private announce(id: string): void {
    const event = this.format.changeEvent;
    if (event) window.dispatchEvent(new CustomEvent(event.name, { detail: event.detail(id) }));
  }
}

/**
 * Calls `onChange` whenever records of `format` change on this page (its change event) or in another tab (the
 * native `storage` event), e.g. the checklist reading the quiz's results again.
 */
export class LearnerRecordChanges implements ReactiveController {
  private readonly eventName: string | undefined;

  constructor(
    host: ReactiveControllerHost,
    format: LearnerRecordFormat<unknown>,
    private readonly onChange: () => void,
  ) {
    this.eventName = format.changeEvent?.name;
    host.addController(this);
  }

  private readonly notify = (): void => this.onChange();

  hostConnected(): void {
    if (this.eventName) window.addEventListener(this.eventName, this.notify);
    window.addEventListener('storage', this.notify);
  }

  hostDisconnected(): void {
    if (this.eventName) window.removeEventListener(this.eventName, this.notify);
    window.removeEventListener('storage', this.notify);
  }
}

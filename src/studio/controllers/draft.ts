import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed } from '../../model/schema.js';
import { editableFeed } from '../model/import.js';

/** Where the studio keeps the author's draft: this browser only. */
export const draftKey = 'training-feed-studio:draft';
/** A draft the studio could not read (in whole or in part), kept as it was, never overwritten, until the author removes it. */
export const draftAsideKey = 'training-feed-studio:draft-aside';
/** Set when a save failed: the draft still stored is older than the author's work (holds the time of the failure). */
export const draftStaleKey = 'training-feed-studio:draft-stale';

/** A draft this long (characters of JSON, about a catalogue of 2,000 sessions) is written after a pause in typing. */
const largeDraft = 500_000;

/** The feed format this studio writes: a draft from a later version may hold what it cannot show. */
const knownVersion = 1;

export interface Draft {
  feed: Feed;
  /** The last save's time; undefined when the stored one cannot be read as a date. */
  savedAt: string | undefined;
  /** Set when a later save failed: the time it failed. */
  staleSince?: string;
  /** The draft's format version when it is later than this studio's. */
  futureVersion?: number;
}

/** A draft set aside: its text, and what could not be read (empty when nothing at all could be). */
export interface DraftAside {
  text: string;
  notes: string[];
  /** Whether it is still in the browser's storage (else only in this page: download it before leaving). */
  stored: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const validTime = (value: unknown): string | undefined => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined);

/**
 * Keeps the feed being written in localStorage at every change (the author's own tool on their own device, said
 * on screen), and warns before the page closes while changes are not exported. Storage refused (private mode,
 * quota) never stops the editing, and is never silent: `saveFailed` is shown until a save works again, and the
 * older draft left in storage is marked so that a reload says it is older. A draft that cannot be read is never
 * overwritten unseen: it is set aside, and the author can download it.
 */
export class DraftController implements ReactiveController {
  /** The draft found when the studio opened, if any. */
  readonly restored: Draft | undefined;
  /** A draft found but not (wholly) readable, kept aside. */
  aside: DraftAside | undefined;
  /** The last save was refused by the browser: the draft in storage is not the current work. */
  saveFailed = false;
  /**
   * Another tab of the studio saved the draft since this one did: saving here would erase that work unseen, so this
   * tab stops saving (its work is kept in the page, and closing it warns) until the author says which to keep.
   */
  elsewhere = false;
  /** The text this tab last wrote: a storage event with other text is another tab's save. */
  private written: string | null | undefined;
  /** A large draft's change waiting for a pause in typing (`largeDraft`), written then or when the page hides. */
  private pending: Feed | undefined;
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  private unsaved = false;
  /** The feed last written (or found): saving it again would only move the « saved » time. */
  private lastSaved: Feed | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    const { draft, aside } = readDraft();
    this.restored = draft;
    this.aside = aside;
  }

  /** The feed the studio opens with (the draft's, or a new one): not written until it changes. */
  opened(feed: Feed): void {
    this.lastSaved = feed;
  }

  /** When the draft found is older than the work of a previous visit (a save failed then), and still the one stored. */
  get staleSince(): string | undefined {
    return this.restored && this.lastSaved === this.restored.feed ? this.restored.staleSince : undefined;
  }

  /** Writes the change held back, if any: after a pause, and whenever the page may go away. */
  readonly flush = (): void => {
    clearTimeout(this.pendingTimer);
    const feed = this.pending;
    this.pending = undefined;
    if (feed) this.write(feed);
  };

  private readonly onHidden = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    this.flush();
    if (!this.unsaved) return;
    event.preventDefault();
    event.returnValue = '';
  };

  private readonly onStorage = (event: StorageEvent) => {
    if (event.storageArea !== localStorage || (event.key !== draftKey && event.key !== null) || this.elsewhere) return;
    if (event.key === draftKey && event.newValue === this.written) return;
    this.elsewhere = true;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    window.addEventListener('beforeunload', this.onBeforeUnload);
    window.addEventListener('storage', this.onStorage);
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.onHidden);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    window.removeEventListener('storage', this.onStorage);
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.onHidden);
  }

  /** The author keeps this tab's work: it is saved, and the other tab in turn stops saving over it. */
  keepHere(feed: Feed, unsaved: boolean): void {
    this.elsewhere = false;
    this.lastSaved = undefined;
    this.save(feed, unsaved);
    this.flush();
    this.host.requestUpdate();
  }

  /** The author takes the other tab's draft instead: it is what storage holds, so it is saved already. */
  takeElsewhere(): Feed | undefined {
    const feed = readDraft().draft?.feed;
    if (!feed) return undefined;
    this.elsewhere = false;
    this.pending = undefined;
    this.lastSaved = feed;
    this.written = safeRead(draftKey);
    this.host.requestUpdate();
    return feed;
  }

  /**
   * Called after each change; `unsaved` says whether the current feed differs from the last export. A large draft
   * (`largeDraft`) is written after a pause in typing, and at once when the page hides or closes: rewriting megabytes
   * at every key made typing lag in a big catalogue.
   */
  save(feed: Feed, unsaved: boolean): void {
    // Another tab's work is in storage: kept there, this tab's stays in the page (and closing it warns).
    this.unsaved = unsaved || this.elsewhere;
    if (this.elsewhere) return;
    if ((this.written?.length ?? 0) > largeDraft && feed !== this.lastSaved) {
      this.pending = feed;
      clearTimeout(this.pendingTimer);
      this.pendingTimer = setTimeout(this.flush, 500);
      return;
    }
    this.pending = undefined;
    this.write(feed);
  }

  private write(feed: Feed): void {
    const failedBefore = this.saveFailed;
    if (feed === this.lastSaved) {
      // Back to what storage holds (undo after a refused save): the stored draft is the work again.
      if (failedBefore) this.clearFailure();
      return;
    }
    try {
      const text = JSON.stringify({ feed, savedAt: new Date().toISOString() });
      localStorage.setItem(draftKey, text);
      this.written = text;
      localStorage.removeItem(draftStaleKey);
      this.lastSaved = feed;
      this.saveFailed = false;
    } catch (error) {
      console.warn('[studio] Brouillon non enregistré :', error);
      this.saveFailed = true;
      this.markStale();
    }
    if (failedBefore !== this.saveFailed) this.host.requestUpdate();
  }

  private clearFailure(): void {
    this.saveFailed = false;
    try {
      localStorage.removeItem(draftStaleKey);
    } catch {
      // Nothing to unmark.
    }
    this.host.requestUpdate();
  }

  /** The older draft must not come back unsaid: marked as older, or removed when even the mark cannot be written. */
  private markStale(): void {
    try {
      localStorage.setItem(draftStaleKey, new Date().toISOString());
    } catch {
      try {
        localStorage.removeItem(draftKey);
      } catch {
        // Storage refused altogether: nothing was kept, nothing comes back.
      }
    }
  }

  /** Erases the stored draft; `feed` (the studio's new, empty one) is not written back. */
  discard(feed: Feed): void {
    this.unsaved = false;
    this.pending = undefined;
    clearTimeout(this.pendingTimer);
    this.lastSaved = feed;
    try {
      localStorage.removeItem(draftKey);
      localStorage.removeItem(draftStaleKey);
    } catch (error) {
      console.warn('[studio] Brouillon non effacé :', error);
    }
  }

  /** Removes the draft set aside (the author downloaded it, or does not want it). */
  dropAside(): void {
    this.aside = undefined;
    try {
      localStorage.removeItem(draftAsideKey);
    } catch (error) {
      console.warn('[studio] Brouillon mis de côté non effacé :', error);
    }
    this.host.requestUpdate();
  }
}

/** What storage holds under `key`, or null when there is nothing or storage is refused. */
function safeRead(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Keeps `text` aside unless a draft is already there (never overwritten): it then stays in this page only. */
function setAside(text: string, notes: string[]): DraftAside {
  try {
    const already = localStorage.getItem(draftAsideKey);
    if (already === null || already === text) {
      localStorage.setItem(draftAsideKey, text);
      return { text, notes, stored: true };
    }
  } catch (error) {
    console.warn('[studio] Brouillon illisible non mis de côté :', error);
  }
  return { text, notes, stored: false };
}

function previouslyAside(): DraftAside | undefined {
  const text = safeRead(draftAsideKey);
  return text === null ? undefined : { text, notes: [], stored: true };
}

function readDraft(): { draft?: Draft; aside?: DraftAside } {
  let text: string | null;
  let staleSince: string | undefined;
  try {
    text = localStorage.getItem(draftKey);
    staleSince = validTime(localStorage.getItem(draftStaleKey));
  } catch (error) {
    console.warn('[studio] Brouillon inaccessible :', error);
    return {};
  }
  const aside = previouslyAside();
  if (!text) return { aside };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    console.warn('[studio] Brouillon illisible, mis de côté :', error);
    return { aside: setAside(text, []) };
  }
  // `{ feed, savedAt }`; a bare feed is read too.
  const feedJson = isObject(json) && isObject(json['feed']) ? json['feed'] : isObject(json) && ['trainings', 'quizzes', 'programmes'].some((key) => key in json) ? json : undefined;
  if (!feedJson) return { aside: setAside(text, []) };
  // A damaged draft still opens: lists made editable, the check panel shows the rest; what was left out is kept aside.
  const { feed, notes } = editableFeed(feedJson);
  const version = feedJson['version'];
  const draft: Draft = {
    feed,
    savedAt: isObject(json) ? validTime(json['savedAt']) : undefined,
    ...(staleSince ? { staleSince } : {}),
    ...(typeof version === 'number' && version > knownVersion ? { futureVersion: version } : {}),
  };
  return { draft, aside: notes.length > 0 ? setAside(text, notes) : aside };
}

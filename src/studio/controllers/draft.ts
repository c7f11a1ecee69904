import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed } from '../../model/schema.js';
import { editableFeed } from '../model/import.js';

/** Where the studio keeps the author's draft: this browser only. */
export const draftKey = 'training-feed-studio:draft';

export interface Draft {
  feed: Feed;
  savedAt: string;
}

/**
 * Keeps the feed being written in localStorage at every change (the author's own tool on their own device, said
 * on screen), and warns before the page closes while changes are not exported. Storage refused (private mode,
 * quota) never stops the editing: the studio just says nothing was restored.
 */
export class DraftController implements ReactiveController {
  /** The draft found when the studio opened, if any. */
  readonly restored: Draft | undefined;
  private unsaved = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
    this.restored = readDraft();
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.unsaved) return;
    event.preventDefault();
    event.returnValue = '';
  };

  hostConnected(): void {
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  /** Called after each change; `unsaved` says whether the current feed differs from the last export. */
  save(feed: Feed, unsaved: boolean): void {
    this.unsaved = unsaved;
    try {
      localStorage.setItem(draftKey, JSON.stringify({ feed, savedAt: new Date().toISOString() } satisfies Draft));
    } catch (error) {
      console.warn('[studio] Brouillon non enregistré :', error);
    }
  }

  discard(): void {
    this.unsaved = false;
    try {
      localStorage.removeItem(draftKey);
    } catch (error) {
      console.warn('[studio] Brouillon non effacé :', error);
    }
  }
}

function readDraft(): Draft | undefined {
  try {
    const text = localStorage.getItem(draftKey);
    if (!text) return undefined;
    const draft = JSON.parse(text) as { feed?: unknown; savedAt?: unknown };
    const feed = draft.feed;
    if (typeof feed !== 'object' || feed === null || Array.isArray(feed) || typeof draft.savedAt !== 'string') return undefined;
    // A damaged draft still opens: lists made editable, the check panel shows the rest.
    return { savedAt: draft.savedAt, feed: editableFeed(feed as Record<string, unknown>).feed };
  } catch (error) {
    console.warn('[studio] Brouillon illisible, ignoré :', error);
    return undefined;
  }
}

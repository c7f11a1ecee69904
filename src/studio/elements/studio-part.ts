import { LitElement, type PropertyDeclarations } from 'lit';
import type { Feed } from '../../model/schema.js';
import type { FeedCheck } from '../model/checks.js';
import type { Path } from '../model/paths.js';
import type { StudioStrings } from '../i18n/strings.js';

/** What the studio's parts ask of the shell, which owns the feed, its history and the draft. */
export interface StudioEditor {
  edit(path: Path, value: unknown, mergeKey?: string): void;
  addItem(listPath: Path): void;
  listAction(action: 'move-up' | 'move-down' | 'duplicate' | 'remove-item', listPath: Path, index: number): void;
  pickDates(path: Path, range: boolean, opener: HTMLElement): void;
  goTo(path: Path): void;
  select(path: Path): void;
  announce(message: string, undoable?: boolean): void;
  replaceFeed(feed: Feed, what: string): void;
}

/**
 * A part of the studio: it renders into the shell's shadow root (no shadow root of its own), so that labels,
 * ids, focus and the check panel's links work across parts, and the shell's styles apply.
 */
export class StudioPart extends LitElement {
  static override properties: PropertyDeclarations = {
    editor: { attribute: false },
    feed: { attribute: false },
    check: { attribute: false },
    t: { attribute: false },
  };

  declare editor: StudioEditor;
  declare feed: Feed;
  declare check: FeedCheck;
  declare t: StudioStrings;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}

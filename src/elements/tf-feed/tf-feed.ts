import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { FeedState } from '../../model/feed-state.js';
import { feedStateFromJson, loadFeed } from '../../model/load-feed.js';
import { feedContext } from '../../controllers/feed-context.js';
import { logFeedError, logLeftOutEntries } from '../../controllers/feed.js';

/**
 * Loads and validates a training feed once, and provides it to every widget inside it. An invalid feed is logged
 * once, by the `<tf-feed>`, not again by each widget. It has no language and no look of its own: `src` is its only
 * attribute.
 *
 * @tagname tf-feed
 * @summary The feed provider: one request for all the widgets of a page.
 *
 * @slot - The widgets (and any other content) that use this feed.
 *
 * @event {CustomEvent<{ feed: Feed }>} tf-feed-load - The feed was loaded and is valid.
 * @event {CustomEvent<{ error: FeedError }>} tf-feed-error - The feed could not be loaded, or is invalid.
 *
 * @example
 * <tf-feed src="https://example.org/formations.json">
 *   <tf-session-list></tf-session-list>
 * </tf-feed>
 */
export class TfFeed extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { type: String },
    state: { state: true },
  };

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** URL of the feed (JSON). Ignored when an inline `<script type="application/json">` child holds the feed. */
  declare src: string | undefined;

  declare private state: FeedState;

  private readonly provider = new ContextProvider(this, { context: feedContext, initialValue: { status: 'loading' } });

  constructor() {
    super();
    this.state = { status: 'loading' };
  }

  /** The feed's current state: loading, loaded (with the feed) or error. */
  get feedState(): FeedState {
    return this.state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || (changed.has('src') && !this.inlineFeedScript())) void this.reload();
  }

  /** Loads the feed again (from the inline script, else from `src`). */
  async reload(): Promise<void> {
    const script = this.inlineFeedScript();
    const src = this.src;
    let state: FeedState;
    if (script) {
      state = this.readInlineFeed(script);
    } else if (src) {
      this.setState({ status: 'loading' });
      state = await loadFeed(src, this.baseURI);
      if (this.src !== src) return;
    } else {
      state = { status: 'error', error: { kind: 'missing' } };
    }
    this.setState(state);
  }

  private inlineFeedScript(): HTMLScriptElement | null {
    return this.querySelector(':scope > script[type="application/json"]');
  }

  private readInlineFeed(script: HTMLScriptElement): FeedState {
    try {
      return feedStateFromJson(JSON.parse(script.textContent ?? ''));
    } catch (error) {
      return { status: 'error', error: { kind: 'json', url: 'script[type="application/json"]', cause: String(error) } };
    }
  }

  private setState(state: FeedState): void {
    this.state = state;
    this.provider.setValue(state);
    if (state.status === 'loaded') {
      logLeftOutEntries(this.localName, state);
      this.emit('tf-feed-load', { feed: state.feed, ...(state.issues ? { issues: state.issues } : {}) });
    }
    if (state.status === 'error') {
      logFeedError(this.localName, state.error);
      this.emit('tf-feed-error', { error: state.error });
    }
  }

  private emit(name: 'tf-feed-load' | 'tf-feed-error', detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}

import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { FeedState } from '../../model/feed-state.js';
import { feedStateFromJson, validateFetched } from '../../model/load-feed.js';
import { feedContext } from '../../controllers/feed-context.js';
import { fetchSrc, isLarge, loadFirstPages, logFeedError, reportFeed, type ProvidedLoading } from '../../controllers/feed.js';
import { yieldToMain } from '../../controllers/main-thread.js';

/**
 * Loads and validates a training feed once, and provides it to every widget inside it. An invalid feed is logged
 * once, by the `<tf-feed>`, not again by each widget. It has no language and no look of its own.
 *
 * The feed may be JSON or an LHEO file (2.2 or 2.3, found by its content type or its content; the converter loads
 * only then, with the drop-in `training-feed-widgets.js`, not the single file), or several of them separated by
 * spaces, merged into one (README, "Where feeds come from"). A widget's « Réessayer » loads it again.
 *
 * @attr {boolean} debug - Shows the webmaster, in each widget, how many entries of the feed, or links to nothing, were left out (as
 * `?tf-debug` in the page's address does); the console lists them.
 *
 * @tagname tf-feed
 * @summary The feed provider: one request for all the widgets of a page.
 *
 * @slot - The widgets (and any other content) that use this feed.
 *
 * @event {CustomEvent<{ feed: Feed }>} tf-feed-load - The feed was loaded and is valid.
 * @event {CustomEvent<{ error: FeedError }>} tf-feed-error - The feed could not be loaded, or is invalid.
 * @event {CustomEvent<{ issues: FeedIssue[] }>} tf-feed-issues - The feed is shown, but entries of it were left out
 * (each with its `path`, `message` and `dropped`, and the `id` of a whole training, quiz or programme left out): once
 * per feed, before `tf-feed-load`.
 *
 * @example
 * <tf-feed src="https://example.org/formations.json">
 *   <tf-session-list></tf-session-list>
 * </tf-feed>
 */
export class TfFeed extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { type: String },
    timeout: { type: Number },
    state: { state: true },
  };

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /**
   * URL of the feed, JSON or LHEO, or several URLs separated by spaces, merged. Ignored when an inline
   * `<script type="application/json">` child holds the feed.
   */
  declare src: string | undefined;

  /**
   * Seconds each source may take, answer and body together, before the widgets say it cannot be shown and offer
   * « Réessayer » (default 20).
   */
  declare timeout: number | undefined;

  declare private state: FeedState;

  private readonly provider = new ContextProvider(this, { context: feedContext, initialValue: { status: 'loading' } });

  constructor() {
    super();
    this.state = { status: 'loading' };
    this.addEventListener('tf-feed-retry', (event) => {
      event.stopPropagation();
      void this.reload();
    });
  }

  /** The feed's current state: loading, loaded (with the feed) or error. */
  get feedState(): FeedState {
    return this.state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || ((changed.has('src') || changed.has('timeout')) && !this.inlineFeedScript())) void this.reload();
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
      const fetched = await fetchSrc(src, this.baseURI, this.timeout);
      if (this.src !== src) return;
      if (fetched.status !== 'fetched') {
        state = fetched;
      } else if (isLarge(fetched.json)) {
        // The widgets that show a first page by date validate and show it meanwhile, and start the whole feed's
        // validation, in steps, after the first paint: this one waits for it rather than validating again.
        this.provider.setValue({ status: 'loading', fetched } as ProvidedLoading);
        const firstPages = await loadFirstPages();
        state = firstPages ? await firstPages.wholeSourceState(fetched) : validateFetched(fetched);
      } else {
        // Reading the answer, validating it, and what its widgets and the page do with it (their `tf-feed-load`
        // listeners): a task each, rather than one long task that blocks the reader's input for the time of all.
        await yieldToMain();
        if (this.src !== src) return;
        state = validateFetched(fetched);
        await yieldToMain();
      }
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
      reportFeed(this, state);
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

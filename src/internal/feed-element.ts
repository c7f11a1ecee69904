import { ContextConsumer, ContextRoot } from '@lit/context';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { feedContext } from '../controllers/feed-context.js';
import type { FeedError, FeedState } from '../model/feed-state.js';
import { feedStateFromJson, loadFeed } from '../model/load-feed.js';
import type { Feed } from '../model/schema.js';
import type { Translation } from '../i18n/translation.js';
import { TfElement } from './tf-element.js';

const contextRootKey = Symbol.for('training-feed-widgets/context-root');

/**
 * Lets a widget upgraded before its `<tf-feed>` (elements defined one by one, in any order) still receive the feed
 * once the provider appears. Attached once per page, whatever the number of bundles.
 */
function ensureContextRoot(): void {
  const holder = document as unknown as Record<symbol, unknown>;
  if (holder[contextRootKey]) return;
  holder[contextRootKey] = true;
  new ContextRoot().attach(document.documentElement);
}

/** The reader's message for a failed feed, in the page's language. */
export function feedErrorMessage(error: FeedError, t: Translation['common']): string {
  switch (error.kind) {
    case 'missing':
      return t.errorMissing;
    case 'network':
      return t.errorNetwork;
    case 'http':
      return t.errorHttp(error.status);
    case 'json':
      return t.errorJson;
    case 'invalid':
      return t.errorInvalid(error.issues.length);
  }
}

/** The webmaster's details, in the console: every refused field with its path. */
export function logFeedError(tag: string, error: FeedError): void {
  const prefix = `[training-feed-widgets] <${tag}>`;
  switch (error.kind) {
    case 'missing':
      console.error(`${prefix} aucun flux : ajoutez src="…/feed.json", placez l’élément dans <tf-feed>, ou donnez sa propriété feed.`);
      break;
    case 'network':
      console.error(`${prefix} ${error.url} injoignable :`, error.cause);
      break;
    case 'http':
      console.error(`${prefix} ${error.url} a répondu HTTP ${error.status}.`);
      break;
    case 'json':
      console.error(`${prefix} ${error.url} n’est pas du JSON valide :`, error.cause);
      break;
    case 'invalid':
      console.error(
        `${prefix} flux invalide${error.url ? ` (${error.url})` : ''}, ${error.issues.length} erreur(s) :\n` +
          error.issues.map((issue) => `  • ${issue.path} : ${issue.message}`).join('\n'),
      );
      break;
  }
}

/**
 * Base of every widget that shows the feed. It gets the feed from, in order: its `feed` property, its own `src`,
 * or the closest `<tf-feed>` (through @lit/context). It renders the loading and error states itself and hands a
 * valid feed to `renderFeed`.
 */
export abstract class FeedElement extends TfElement {
  static override properties: PropertyDeclarations = {
    src: { type: String },
    feed: { attribute: false },
    ownFeedState: { state: true },
    providedFeedState: { state: true },
  };

  /** URL of the feed, when the widget is used outside `<tf-feed>`. Widgets asking for the same URL share one request. */
  declare src: string | undefined;

  /** An already parsed feed object, set from script. It is validated like a fetched one. */
  declare feed: unknown;

  declare private ownFeedState: FeedState | undefined;
  declare private providedFeedState: FeedState | undefined;
  private loggedError?: FeedError;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: feedContext,
      subscribe: true,
      callback: (state) => {
        this.providedFeedState = state;
      },
    });
  }

  override connectedCallback(): void {
    ensureContextRoot();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Taken out of its <tf-feed>: the old provider's feed must not follow it; a new provider answers on reconnect.
    this.providedFeedState = undefined;
  }

  /** The state the widget shows now. */
  get feedState(): FeedState {
    if (this.feed !== undefined && this.feed !== null) return feedStateFromJson(this.feed);
    if (this.src) return this.ownFeedState ?? { status: 'loading' };
    if (this.providedFeedState) return this.providedFeedState;
    // A <tf-feed> not upgraded yet will provide soon: wait for it rather than flash an error.
    if (this.closest('tf-feed')) return { status: 'loading' };
    return { status: 'error', error: { kind: 'missing' } };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src')) this.loadOwnFeed();
  }

  private async loadOwnFeed(): Promise<void> {
    const src = this.src;
    if (!src) {
      this.ownFeedState = undefined;
      return;
    }
    this.ownFeedState = { status: 'loading' };
    const state = await loadFeed(src);
    if (this.src === src) this.ownFeedState = state;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const state = this.feedState;
    if (state.status === 'error' && !sameError(state.error, this.loggedError)) {
      this.loggedError = state.error;
      logFeedError(this.localName, state.error);
    } else if (state.status !== 'error') {
      this.loggedError = undefined;
    }
  }

  protected override render(): unknown {
    const state = this.feedState;
    switch (state.status) {
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderError(feedErrorMessage(state.error, this.t.common), this.t.common.errorDetailsInConsole);
      case 'loaded':
        try {
          return this.renderFeed(state.feed);
        } catch (error) {
          // A bug or an unforeseen feed shape must not leave a blank box on the host page.
          console.error(`[training-feed-widgets] <${this.localName}> :`, error);
          return this.renderError(this.t.common.renderFailed);
        }
    }
  }

  /** The element's content for a valid feed. */
  protected abstract renderFeed(feed: Feed): unknown;

  /** A placeholder with the shape of the content to come, announced politely. */
  protected renderLoading(): TemplateResult {
    return html`<div class="status status--loading" part="status" role="status">
      <span class="skeleton skeleton--title" aria-hidden="true"></span><span class="skeleton" aria-hidden="true"></span>
      <span class="skeleton skeleton--short" aria-hidden="true"></span>
      <span class="visually-hidden">${this.t.common.loading}</span>
    </div>`;
  }

  private reportedProblem?: string;

  /**
   * For what the feed lacks (an unknown training id, a missing attribute): the reader's message in the widget,
   * and the same once in the console for the webmaster.
   */
  protected renderProblem(message: string): TemplateResult {
    if (this.reportedProblem !== message) {
      this.reportedProblem = message;
      console.error(`[training-feed-widgets] <${this.localName}> ${message}`);
    }
    return this.renderError(message);
  }

  /** A short message for the reader; the details go to the console. */
  protected renderError(message: string, hint?: string): TemplateResult {
    return html`<div class="status status--error" part="error" role="alert">
      <p class="status__title">${message}</p>
      ${hint ? html`<p class="status__hint">${hint}</p>` : nothing}
    </div>`;
  }
}

function sameError(a: FeedError, b: FeedError | undefined): boolean {
  return b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

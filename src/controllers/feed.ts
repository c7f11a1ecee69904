import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedError, FeedState } from '../model/feed-state.js';
import { feedStateFromJson, loadFeed, type SettledFeedState } from '../model/load-feed.js';
import { feedContext } from './feed-context.js';

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

/** Feeds whose left-out entries were already reported: once per feed on the page, whatever the number of widgets. */
const reportedPartialFeeds = new WeakSet<object>();

/**
 * The webmaster's details of a partial feed, once, in the console: every entry left out, with its path and why
 * (README, "The feed"). Readers see the rest of the feed.
 */
export function logLeftOutEntries(tag: string, state: FeedState): void {
  if (state.status !== 'loaded' || !state.issues?.length || reportedPartialFeeds.has(state.feed)) return;
  reportedPartialFeeds.add(state.feed);
  console.warn(
    `[training-feed-widgets] <${tag}> ${state.issues.length} problème(s) dans le flux, le reste est affiché :\n` +
      state.issues.map((issue) => `  • ${issue.path} : ${issue.message} (ignoré : ${issue.dropped})`).join('\n'),
  );
}

function sameError(a: FeedError, b: FeedError | undefined): boolean {
  return b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/** What the widget was given: its `feed` property, its own `src`; the closest `<tf-feed>` is asked otherwise. */
export interface FeedInputs {
  feed: unknown;
  src: string | undefined;
}

/**
 * The feed of a widget, from, in order: its `feed` property, its own `src`, or the closest `<tf-feed>` (through
 * @lit/context). A failure the widget met itself is logged once; a `<tf-feed>`'s failure is logged by the
 * `<tf-feed>`, once, not again by each widget inside it.
 */
export class FeedController implements ReactiveController {
  private provided: FeedState | undefined;
  private own: { src: string; state: FeedState } | undefined;
  private parsed: { input: unknown; state: SettledFeedState } | undefined;
  private loggedError: FeedError | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly inputs: () => FeedInputs,
  ) {
    host.addController(this);
    new ContextConsumer(host, {
      context: feedContext,
      subscribe: true,
      callback: (state) => {
        this.provided = state;
        host.requestUpdate();
      },
    });
  }

  /** The state the widget shows now. */
  get state(): FeedState {
    const { feed, src } = this.inputs();
    if (feed !== undefined && feed !== null) {
      // Parsed once per object, not at every render: a 10,000-session feed takes a while to check.
      if (this.parsed?.input !== feed) this.parsed = { input: feed, state: feedStateFromJson(feed) };
      return this.parsed.state;
    }
    if (src) return this.own?.src === src ? this.own.state : { status: 'loading' };
    if (this.provided) return this.provided;
    // A <tf-feed> not upgraded yet will provide soon: wait for it rather than flash an error.
    if (this.host.closest('tf-feed')) return { status: 'loading' };
    return { status: 'error', error: { kind: 'missing' } };
  }

  hostConnected(): void {
    ensureContextRoot();
  }

  hostDisconnected(): void {
    // Taken out of its <tf-feed>: the old provider's feed must not follow it; a new provider answers on reconnect.
    this.provided = undefined;
  }

  hostUpdate(): void {
    const { src } = this.inputs();
    if (src && this.own?.src !== src) void this.load(src);
    if (!src) this.own = undefined;
  }

  hostUpdated(): void {
    const state = this.state;
    const fromProvider = state === this.provided;
    if (state.status === 'error' && !fromProvider && !sameError(state.error, this.loggedError)) {
      this.loggedError = state.error;
      logFeedError(this.host.localName, state.error);
    } else if (state.status !== 'error') {
      this.loggedError = undefined;
      if (!fromProvider) logLeftOutEntries(this.host.localName, state);
    }
  }

  private async load(src: string): Promise<void> {
    this.own = { src, state: { status: 'loading' } };
    const state = await loadFeed(src, this.host.baseURI);
    if (this.own?.src !== src) return;
    this.own = { src, state };
    this.host.requestUpdate();
  }
}

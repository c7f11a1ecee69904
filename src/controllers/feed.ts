import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedError, FeedState } from '../model/feed-state.js';
import {
  feedStateFromJson,
  fetchSources,
  validateFetched,
  type Fetched,
  type ReadLheo,
  type SettledFeedState,
} from '../model/load-feed.js';
import { progressiveThreshold, sessionCount, type FeedIssue } from '../model/parse-feed.js';
import type { FirstPageOptions } from '../model/progressive-feed.js';
import { feedContext } from './feed-context.js';

const contextRootKey = Symbol.for('training-feed-widgets/context-root');
const prefix = (tag: string) => `[training-feed-widgets] <${tag}>`;

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

/**
 * LHEO's converter, with its XML parser: a chunk of its own, imported only when a source turns out to be LHEO, so
 * that no page reading JSON downloads it. The single-file build has none (rollup.config.mjs).
 */
const readLheo: ReadLheo = async (bytes, url) => (await import('./lheo-feed.js')).feedFromLheo(bytes, url);

/**
 * The feed of a `src` attribute (one URL or several, JSON or LHEO), given up after `timeout` seconds: one source as
 * fetched, for its reader to validate (`validateSrc`, or its first page first), several merged and validated.
 */
export function fetchSrc(src: string, baseUrl: string, timeout: number | undefined): Promise<Fetched | SettledFeedState> {
  return fetchSources(src, baseUrl, { timeoutSeconds: timeout, readLheo });
}

/** The large-feed module (first-page.ts), once loaded; `false` when it could not be: parseFeed then. */
let firstPages: typeof import('./first-page.js') | false | undefined;
let loadingFirstPages: Promise<typeof firstPages> | undefined;

/** Loads the large-feed module once for the page; `false` when it could not be. */
export const loadFirstPages = () =>
  (loadingFirstPages ??= import('./first-page.js').then(
    (module) => (firstPages = module),
    () => (firstPages = false),
  ));

/**
 * What a `<tf-feed>` provides while it validates a large feed: loading, with the feed as fetched, whose first page a
 * widget that shows one validates and shows meanwhile. Other widgets, and other copies of the library, see loading.
 */
export type ProvidedLoading = { status: 'loading'; fetched?: Fetched };

/** The loading state, one object for every widget (nothing compares or changes it). */
const loading: FeedState = { status: 'loading' };

/** Whether a feed is large enough for its first page first (parse-feed.ts, `progressiveThreshold`). */
export const isLarge = (feed: unknown) => sessionCount(feed) >= progressiveThreshold;

/** A failure a new request may mend: no answer in time, no network, a server error. */
export const isRetryable = (error: FeedError) => error.kind === 'network' || (error.kind === 'http' && error.status >= 500);

/** `debug` on the widget or around it, or `?tf-debug` in the page's address: the webmaster's notices are shown. */
export const isDebugging = (host: Element) => host.closest('[debug]') !== null || /[?&]tf-debug\b/.test(location.search);

/** Issues as the console lists them, one a line: «   • trainings[0].url : adresse … attendue ». */
export const issueLines = (issues: readonly FeedIssue[]) => issues.map((issue) => `  • ${issue.path} : ${issue.message}`).join('\n');

/** The webmaster's details, in the console: every refused field with its path. */
export function logFeedError(tag: string, error: FeedError): void {
  if (error.kind === 'missing') {
    console.error(`${prefix(tag)} aucun flux : ajoutez src="…/feed.json", placez l’élément dans <tf-feed>, ou donnez sa propriété feed.`);
  } else if (error.kind === 'invalid') {
    console.error(
      `${prefix(tag)} flux invalide${error.url ? ` (${error.url})` : ''}, ${error.issues.length} erreur(s) :\n` +
        issueLines(error.issues),
    );
  } else {
    const what = error.kind === 'http' ? `a répondu HTTP ${error.status}.` : { json: 'n’est ni du JSON ni du LHEO lisible :', address: 'n’est pas une adresse :', network: 'injoignable :' }[error.kind];
    console.error(`${prefix(tag)} ${error.url} ${what}`, error.kind === 'http' ? '' : error.cause);
  }
}

/** Feeds whose left-out entries were already reported: once per feed on the page, whatever the number of widgets. */
const reportedFeeds = new WeakSet<object>();

/**
 * The entries of a feed left out, once, from the element that loaded it: in the console with their paths and why,
 * and to the page in a `tf-feed-issues` event (README, "Checking your feed").
 */
export function reportFeed(host: HTMLElement, state: FeedState): void {
  if (state.status !== 'loaded' || !state.issues || reportedFeeds.has(state.feed)) return;
  reportedFeeds.add(state.feed);
  const { issues } = state;
  console.warn(
    `${prefix(host.localName)} ${issues.length} problème(s) dans le flux, le reste est affiché :\n` +
      issues.map((issue) => `  • ${issue.path} : ${issue.message} (ignoré : ${issue.dropped})`).join('\n'),
  );
  host.dispatchEvent(new CustomEvent('tf-feed-issues', { detail: { issues }, bubbles: true, composed: true }));
}

/** Whether two errors say the same (JSON.stringify of no error is undefined: never the same as one). */
const sameError = (a: FeedError, b: FeedError | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** What the widget was given: its `feed` property, its own `src` and `timeout`; the closest `<tf-feed>` is asked otherwise. */
export interface FeedInputs {
  feed: unknown;
  src: string | undefined;
  timeout: number | undefined;
  /**
   * For a large `feed` (parse-feed.ts, `progressiveThreshold`): the first page of sessions by date the widget shows.
   * Their trainings are validated and shown first; the rest is validated in steps that yield to the page, then the
   * state is updated once.
   */
  firstPage?: FirstPageOptions | undefined;
}

/**
 * The feed of a widget, from, in order: its `feed` property, its own `src`, or the closest `<tf-feed>` (through
 * @lit/context). A failure the widget met itself is logged once; a `<tf-feed>`'s failure is logged by the
 * `<tf-feed>`, once, not again by each widget inside it.
 */
export class FeedController implements ReactiveController {
  private provided: FeedState | undefined;
  private own: { src: string; state: FeedState | Fetched } | undefined;
  private parsed: { input: unknown; state: FeedState } | undefined;
  private loggedError: FeedError | undefined;
  /** Set while the large-feed module loads for this widget's feed: the widget's `updateComplete` waits for it. */
  waiting: Promise<void> | undefined;
  /** Set when the `<tf-feed>` around the widget is another library's: its `src`, which the widget loads itself. */
  private foreign: { src: string | null } | undefined;

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

  /** Its own `src`, else a foreign `<tf-feed>`'s. */
  private get src(): string | null | undefined {
    return this.inputs().src || this.foreign?.src;
  }

  /** The state the widget shows now. */
  get state(): FeedState {
    const { feed } = this.inputs();
    if (feed !== undefined && feed !== null) return this.validated(feed);
    const { src } = this;
    if (src) {
      const own = this.own?.src === src ? this.own.state : undefined;
      return own?.status === 'fetched' ? this.validated(own.json, own) : (own ?? loading);
    }
    const fetched = (this.provided as ProvidedLoading | undefined)?.fetched;
    if (fetched) return this.validated(fetched.json, fetched, true);
    if (this.provided) return this.provided;
    // A <tf-feed> not upgraded yet will provide soon: wait for it rather than flash an error.
    if (!this.foreign && this.host.closest('tf-feed')) return loading;
    return { status: 'error', error: { kind: 'missing' } };
  }

  /**
   * The state of a feed given as an object, or fetched from `source`: validated once per object, not at every render
   * (a 10,000-session feed takes a while to check), a large one's first page first. A `<tf-feed>`'s (`provided`) is
   * validated whole by the `<tf-feed>`: the widget only shows its first page meanwhile, else loading.
   */
  private validated(input: unknown, source?: Fetched, provided?: boolean): FeedState {
    const { parsed } = this;
    if (parsed && parsed.input === input) return parsed.state;
    const first = this.firstPageOf(input, source, provided);
    // The large-feed module is on its way: a moment of loading rather than the whole feed validated at once.
    if (first === 'wait') return loading;
    const state: FeedState = first ?? (provided ? loading : source ? validateFetched(source) : feedStateFromJson(input));
    this.parsed = { input, state };
    return state;
  }

  /**
   * A large feed's first page, when the widget can say what it shows (`firstPage`): the whole feed's state replaces
   * it once the rest is validated (from the `<tf-feed>` for its feed). Undefined: validated all at once (parseFeed).
   */
  private firstPageOf(feed: unknown, source: Fetched | undefined, provided: boolean | undefined): SettledFeedState | 'wait' | undefined {
    const { firstPage } = this.inputs();
    if (!firstPage || firstPages === false || !isLarge(feed)) return undefined;
    if (firstPages) {
      return firstPages.firstPageState(
        feed,
        firstPage,
        (state) => {
          if (provided || this.parsed?.input !== feed) return;
          this.parsed = { input: feed, state };
          this.host.requestUpdate();
        },
        source,
      );
    }
    this.waiting ??= loadFirstPages().then(() => {
      this.waiting = undefined;
      this.host.requestUpdate();
    });
    return 'wait';
  }

  /** Loads again after a failure: its own source, or the `<tf-feed>` around it is asked (`tf-feed-retry`). */
  retry(): void {
    if (this.state === this.provided) this.host.dispatchEvent(new Event('tf-feed-retry', { bubbles: true, composed: true }));
    this.own = undefined;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    ensureContextRoot();
    const around = this.host.closest('tf-feed');
    if (!around) return;
    // Ours answers the widget's request for the feed as soon as it is defined; another library's never does: the
    // widget would wait forever.
    void customElements.whenDefined('tf-feed').then(() => {
      if (this.provided || this.foreign || this.host.closest('tf-feed') !== around) return;
      console.warn(`${prefix(this.host.localName)} <tf-feed> d’une autre bibliothèque : son src est chargé par le widget.`);
      this.foreign = { src: around.getAttribute('src') };
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    // Taken out of its <tf-feed>: the old provider's feed must not follow it; a new provider answers on reconnect.
    this.provided = undefined;
    this.foreign = undefined;
  }

  hostUpdate(): void {
    const { src } = this;
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
      if (!fromProvider) reportFeed(this.host, state);
    }
  }

  /** Fetches its own `src`; validated when the widget renders (a large feed shown by date, its first page first). */
  private async load(src: string): Promise<void> {
    this.own = { src, state: loading };
    const state = await fetchSrc(src, this.host.baseURI, this.inputs().timeout);
    if (this.own?.src !== src) return;
    this.own = { src, state };
    this.host.requestUpdate();
  }
}

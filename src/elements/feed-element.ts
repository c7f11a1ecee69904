import { html, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { FeedState } from '../model/feed-state.js';
import type { FeedIssue } from '../model/parse-feed.js';
import type { Feed } from '../model/schema.js';
import type { FirstPageOptions } from '../model/progressive-feed.js';
import { safeHref } from '../model/links.js';
import type { Language, Namespace, NamespaceStrings, StringOverrides, Strings } from '../i18n/translation.js';
import { FeedController, isDebugging, isRetryable, issueLines } from '../controllers/feed.js';
import { FocusController } from '../controllers/focus.js';
import { LandmarkNames } from '../controllers/landmark-names.js';
import { shieldTextSpacing } from '../controllers/text-spacing.js';
import { contentLanguageTag, LocalizeController } from '../controllers/localize.js';
import { yieldToMain } from '../controllers/main-thread.js';
import { errorState, feedErrorState, loadingState, notice } from '../templates/feed-states.js';

/** Reads a JSON attribute without ever throwing: a typo in a webmaster's page logs, it does not break the widget. */
export const jsonAttributeConverter = {
  fromAttribute(value: string | null): unknown {
    if (value === null || value.trim() === '') return undefined;
    try {
      return JSON.parse(value);
    } catch (error) {
      console.error('[training-feed-widgets] Attribut JSON illisible, ignoré :', value, error);
      return undefined;
    }
  },
};

/**
 * Base of every widget that shows the feed. It gets the feed from, in order: its `feed` property, its own `src`,
 * or the closest `<tf-feed>` (through @lit/context); it renders the loading and error states itself and hands a
 * valid feed to `renderFeed`. It speaks the reader's language (from `lang`, watched) with the partner's overrides
 * of any label, and follows the forced colour scheme.
 *
 * @attr {string} lang - The widget's language (`fr`, `en`, `en-GB`…): its own `lang`, else its closest ancestor's,
 * else French. The widget follows when it changes.
 * @attr {boolean} debug - Shows the webmaster how many entries of the feed, or links to nothing, were left out (as `debug` on its
 * `<tf-feed>`, or `?tf-debug` in the page's address); the console lists them.
 */
export abstract class FeedElement<N extends Namespace = 'common'> extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { type: String },
    timeout: { type: Number },
    feed: { attribute: false },
    strings: { attribute: 'strings', converter: jsonAttributeConverter },
    theme: { type: String, reflect: true },
  };

  /**
   * URL of the feed, when the widget is used outside `<tf-feed>` (JSON, LHEO, or several separated by spaces, as for
   * `<tf-feed>`). Widgets asking for the same URL share one request.
   */
  declare src: string | undefined;

  /**
   * With `src`: seconds the feed may take, answer and body together, before the widget says it cannot be shown and
   * offers « Réessayer » (default 20).
   */
  declare timeout: number | undefined;

  /** An already parsed feed object, set from script. It is validated like a fetched one. */
  declare feed: unknown;

  /**
   * Overrides of any interface label, by namespace: `{ "sessionList": { "empty": "…" } }`. As a property, or as a
   * JSON `strings` attribute.
   */
  declare strings: StringOverrides | undefined;

  /** Light unless asked: `dark` forces dark, `auto` follows the reader's `prefers-color-scheme` (docs/adr/0007). */
  declare theme: 'light' | 'dark' | 'auto' | undefined;

  private readonly feedSource = new FeedController(this, () => ({
    feed: this.feed,
    src: this.src,
    timeout: this.timeout,
    firstPage: this.firstPageByDate?.(),
  }));
  /** Names of the widget's landmarks, unique on the page when two widgets of a kind share it. */
  protected readonly landmarks = new LandmarkNames(this);
  private readonly localize: LocalizeController<N | 'common'>;
  private readonly retryFocus = new FocusController(this);
  private reportedProblem?: string;
  /** Between a click on « Réessayer » and the state that follows: focus then goes to what replaced the button. */
  private retrying = false;
  /** The feed of the last render, to know when a render is the first of a new feed. */
  private renderedFeed?: Feed;

  /** `namespaces`: the strings the element speaks, `common` and its own; nothing else is loaded. */
  constructor(namespaces: { [K in N | 'common']: NamespaceStrings<K> }) {
    super();
    this.localize = new LocalizeController<N | 'common'>(this, namespaces, () => this.strings);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    shieldTextSpacing(this);
  }

  /** The language the widget speaks now. */
  get language(): Language {
    return this.localize.language;
  }

  /**
   * Work after which the element renders again, that `updateComplete` also waits for (and for the renders it
   * asks): here, the module that validates a large feed's first page first. Elements add their own.
   */
  protected get pendingWork(): Promise<void> | undefined {
    return this.feedSource.waiting;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    // Pending work may have ended, and asked for a render, while the last render was awaited.
    while (this.pendingWork || this.isUpdatePending) {
      await this.pendingWork;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * Renders only once the strings of the reader's language are there: no flash of French on an English page. The
   * first render of a new feed starts a task of its own: a page of ten widgets fed by one `<tf-feed>` renders them
   * one task each, so that none blocks the reader's input for the time of all.
   */
  protected override async scheduleUpdate(): Promise<void> {
    await this.localize.ready();
    const state = this.feedState;
    if (state.status === 'loaded' && state.feed !== this.renderedFeed) {
      this.renderedFeed = state.feed;
      await yieldToMain();
    }
    super.scheduleUpdate();
  }

  /** The state the widget shows now. */
  get feedState(): FeedState {
    return this.feedSource.state;
  }

  /** While the rest of a large feed is checked, its first page shown: counts of the whole are not known yet. */
  protected get checking(): boolean {
    const state = this.feedState;
    return state.status === 'loaded' && state.checking === true;
  }

  /** The strings of the current language, with the partner's overrides. */
  protected get t(): Strings<N | 'common'> {
    return this.localize.t;
  }

  /** A link of the feed, when its scheme may be followed, resolved against the page. */
  protected safeHref(url: string | undefined): string | undefined {
    return safeHref(url, this.baseURI);
  }

  /**
   * Everything the widget shows, said to be in the language it speaks, even on a page in another one (French
   * content on a German or Arabic page: read with a French voice, hyphenated and quoted in French; on a `fr-CA` page,
   * `fr-CA`), and written left to right on a right-to-left page, as French and English are. A box-less wrapper:
   * layout is unchanged.
   */
  protected override render(): unknown {
    return html`<div class="localized" lang=${contentLanguageTag(this)} dir="ltr">${this.renderState()}</div>`;
  }

  private renderState(): unknown {
    const state = this.feedState;
    const common = this.t.common;
    switch (state.status) {
      case 'loading':
        return loadingState(common);
      case 'error':
        return feedErrorState(state.error, common, isRetryable(state.error) ? this.retry : undefined);
      case 'loaded':
        try {
          return [
            state.stale ? notice(common.staleCopy) : undefined,
            state.missing ? notice(common.sourcesMissing) : undefined,
            // What was left out, each once: an entry, or a link to nothing (not each problem of an entry).
            state.issues && isDebugging(this) ? notice(common.entriesLeftOut(new Set(state.issues.map((issue) => issue.dropped ?? issue.path)).size)) : undefined,
            this.renderFeed(state.feed),
          ];
        } catch (error) {
          // A bug or an unforeseen feed shape must not leave a blank box on the host page.
          console.error(`[training-feed-widgets] <${this.localName}> :`, error);
          return errorState(common.renderFailed);
        }
    }
  }

  private readonly retry = (): void => {
    this.retrying = true;
    this.feedSource.retry();
    this.retryFocus.focusAfterRender('[part="status"]');
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.retrying || this.feedState.status === 'loading') return;
    this.retrying = false;
    // Failed again: the new button. Loaded: the content's first heading, where a reader starts.
    this.retryFocus.focusAfterRender((root) => root.querySelector<HTMLElement>('[part="retry"], h1, h2, h3, h4, h5, h6'));
  }

  /**
   * For a large feed set as `feed`, when the first render shows sessions by first day: how many, from which day (and
   * whether past ones too). Their trainings are validated and shown first, the rest follows in steps. Undefined (or
   * returning undefined): the whole feed is validated first. Elements that show no such page leave it out.
   */
  declare protected firstPageByDate?: () => FirstPageOptions | undefined;

  /** The element's content for a valid feed. */
  protected abstract renderFeed(feed: Feed): unknown;

  /**
   * For what the feed lacks (an unknown training id, a missing attribute): a plain message for the reader in the
   * widget, and the details once in the console for the webmaster.
   */
  protected renderProblem(message: string, detail: string): TemplateResult {
    if (this.reportedProblem !== detail) {
      this.reportedProblem = detail;
      console.error(`[training-feed-widgets] <${this.localName}> ${detail}`);
    }
    return errorState(message);
  }

  /**
   * For an id the feed lacks (`training="…"`): « ne peut pas être affiché » for the reader; in the console, that it
   * is not in the feed, or that the feed had it but left it out for its own errors, listed.
   */
  protected renderMissing(kind: 'training' | 'quiz' | 'programme', id: string): TemplateResult {
    const t = this.t.common;
    // Only a loaded feed has issues.
    const why = (this.feedState as { issues?: FeedIssue[] }).issues?.filter((issue) => issue.id === id && issue.dropped!.startsWith(kind));
    return this.renderProblem(t[`${kind}Unavailable`], why?.length ? `${t.entryInvalid(id)}\n${issueLines(why)}` : t[`${kind}NotFound`](id));
  }

  /** Dispatches a `tf-…` event that bubbles out of the shadow root to the host page. */
  protected emit<Detail>(name: `tf-${string}`, detail: Detail, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent<Detail>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }
}

import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Feed, SessionMode, Training } from '../../model/schema.js';
import { sessionEntries, type SessionEntry } from '../../model/sessions.js';
import { lastCall } from '../../model/memo.js';
import { groupings, sortForGrouping, trainingGroupLabel, type SessionGrouping } from '../../model/session-groups.js';
import {
  activeFilterCount,
  filterOptions,
  filterSessions,
  indexSessions,
  noFilters,
  sameFilters,
  toMode,
  toMonth,
  type IndexedSession,
  type SessionFilters,
} from '../../model/session-filters.js';
import type { Language } from '../../i18n/translation.js';
import { commonStrings } from '../../i18n/common.js';
import { sessionListStrings } from '../../i18n/session-list.js';
import { collator, localeTag } from '../../i18n/localize.js';
import { FocusController } from '../../controllers/focus.js';
import { PrintingController } from '../../controllers/print.js';
import { StructuredDataController, type StructuredDataSource } from '../../controllers/structured-data.js';
import { UrlFiltersController } from '../../controllers/url-filters.js';
import { clampHeadingLevel, heading } from '../../templates/heading.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { FeedElement } from '../feed-element.js';
import { sheetLink, todayFor, warnOnce } from '../feed-display.js';
import type { FilterChangeDetail, RegisterClickDetail, SessionSelectDetail } from './events.js';
import { renderFilterBar } from './filter-bar.js';
import { calendarFileUrl, calendarOnFirstClick, sessionNextStep } from './session-entry.js';
import { renderEmpty, renderResults } from './session-results.js';
import { sessionListStyles } from './tf-session-list.styles.js';

export type { SessionGrouping };
export type { FilterChangeDetail, RegisterClickDetail, SessionSelectDetail };

/**
 * The sessions of every training of the feed (or of one), with their registration status, filters, "add to my
 * calendar" files and, on request, schema.org structured data for search engines.
 *
 * Big catalogues: the first `page-size` sessions (50), then "Voir plus de sessions"; an index built once per feed and
 * day, filtered as an array (`npm run bench`). No virtual scroller: it would break find-in-page and screen readers.
 *
 * Filter presets (`region`, `city`, `mode`, `provider`, `q`, `from`, `to`, `open-only`, `show-past`) apply until the
 * visitor changes a filter; with `sync-url`, the query string of a shared link wins over them.
 *
 * @tagname tf-session-list
 * @summary The session finder: when and where a training happens, and whether one can still register.
 *
 * @csspart base - The widget's outer `<div>`.
 * @csspart heading - The widget's title.
 * @csspart filters - The filter bar (the disclosure button and the search form).
 * @csspart filters-toggle - The button that shows or hides the filters on narrow screens.
 * @csspart count - The number of matching sessions (a polite live region).
 * @csspart group-heading - The heading of a group (month, training or region).
 * @csspart session - One session's entry.
 * @csspart session-title - The training title of an entry (a link when the sheet's URL is known).
 * @csspart badge - The status badge (always with text, never colour alone).
 * @csspart register - The registration (or contact) link.
 * @csspart calendar - The "add to my calendar" (.ics) link.
 * @csspart empty - The message shown when no session matches.
 * @csspart more - The "show more sessions" button.
 * @csspart status - The loading placeholder.
 * @csspart error - The error message.
 * @csspart retry - « Réessayer », after a server or network error.
 * @csspart notice - A line above the content: a copy out of date, a source missing, entries left out (`debug`).
 *
 * @cssproperty [--tf-session-list-columns-min=16em] - Minimum width of a filter control before the filter bar wraps.
 * @cssproperty [--tf-session-list-gap=0.25em] - Space between two groups of sessions (months, trainings).
 *
 * @event {CustomEvent<SessionSelectDetail>} tf-session-select - A session entry was activated: its title link
 *   clicked or its details opened. Cancelable: `preventDefault()` keeps the title link from navigating (single-page
 *   apps open their own view).
 * @event {CustomEvent<RegisterClickDetail>} tf-register-click - Just before the registration (or contact) link is
 *   followed. Cancelable: `preventDefault()` keeps the browser from following it.
 * @event {CustomEvent<FilterChangeDetail>} tf-filter-change - The visitor changed the filters (or the page's
 *   history did, with `sync-url`); `detail` holds the filters and the number of matching sessions.
 *
 * @example
 * <tf-session-list src="/formations.json" region="Grand Est" sync-url structured-data></tf-session-list>
 */
export class TfSessionList extends FeedElement<'sessionList'> {
  static override properties: PropertyDeclarations = {
    training: { type: String },
    groupBy: { type: String, attribute: 'group-by' },
    now: { type: String },
    showPast: { type: Boolean, attribute: 'show-past' },
    noFilters: { type: Boolean, attribute: 'no-filters' },
    syncUrl: { type: String, attribute: 'sync-url' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    sheetHref: { type: String, attribute: 'sheet-href' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    pageSize: { type: Number, attribute: 'page-size' },
    q: { type: String },
    region: { type: String },
    city: { type: String },
    mode: { type: String },
    provider: { type: String },
    from: { type: String },
    to: { type: String },
    openOnly: { type: Boolean, attribute: 'open-only' },
    filters: { state: true },
    shownCount: { state: true },
    filtersExpanded: { state: true },
  };

  static override styles = [sharedStyles, sessionListStyles];

  /** Only the sessions of this training (its `id` in the feed). By default, every training's. */
  declare training: string | undefined;

  /** `month` (default: "Novembre 2021"), `training`, `region` or `none`. Group headings are real headings. */
  declare groupBy: SessionGrouping;

  /** Today's date (`2023-09-01`) for demos and tests; by default the reader's today. Statuses are computed from it. */
  declare now: string | undefined;

  /** Shows past sessions too (they are hidden by default). A preset: the visitor can change it in the filters. */
  declare showPast: boolean;

  /** Hides the filter bar (presets still apply). */
  declare noFilters: boolean;

  /**
   * Keeps the filters in the page's query string (`?tf-region=Grand+Est`), so a filtered view can be shared and
   * survives reload and back. The value is the parameters' prefix, `tf-` when empty; give each list its own prefix
   * when a page holds several.
   */
  declare syncUrl: string | null | undefined;

  /** Adds schema.org JSON-LD (`Course` and `CourseInstance`) to the page's `<head>`, for search engines. */
  declare structuredData: boolean;

  /**
   * The sheet a training title links to when the feed gives no `url`: a template such as `/formations/{id}`
   * (`{id}`: the training's id, `{session}`: the session's).
   */
  declare sheetHref: string | undefined;

  /** Level of the widget's title (2 by default); group headings and entry titles follow one and two levels below. */
  declare headingLevel: number;

  /** How many sessions are rendered at first, and added by each "show more" (50 by default, and when not a whole number ≥ 1). */
  declare pageSize: number;

  /** Preset of the free-text filter. */
  declare q: string | undefined;
  /** Preset of the region filter, e.g. `Grand Est`. */
  declare region: string | undefined;
  /** Preset of the city filter, e.g. `Metz`. */
  declare city: string | undefined;
  /** Preset of the mode filter: `in-person`, `remote` or `blended`. */
  declare mode: SessionMode | undefined;
  /** Preset of the training body filter (its name, e.g. `PRAXIS`). */
  declare provider: string | undefined;
  /** Preset of the first month (`2023-09`). */
  declare from: string | undefined;
  /** Preset of the last month (`2023-12`). */
  declare to: string | undefined;
  /** Preset: only sessions one can still register for. */
  declare openOnly: boolean;

  declare private filters: SessionFilters;
  declare private shownCount: number;
  declare private filtersExpanded: boolean;

  private userChangedFilters = false;
  private pendingFilterEvent = false;

  private readonly urlFilters = new UrlFiltersController(this, {
    prefix: () => this.urlPrefix,
    presets: () => this.presets,
    onNavigate: (filters) => {
      if (sameFilters(filters, this.filters)) return;
      this.filters = filters;
      this.shownCount = this.pageStep;
      this.pendingFilterEvent = true;
    },
  });

  private readonly focusing = new FocusController(this);

  /** Every session in scope with its status and search text, built once per feed, training and day. */
  private readonly indexed = lastCall((feed: Feed, training: string | undefined, today: string) => indexSessions(sessionEntries(feed, training || undefined), today));

  /** The selects' choices: one pass over the catalogue per feed and filter change, not per render. */
  private readonly filterChoices = lastCall((all: IndexedSession[], filters: SessionFilters, language: Language) =>
    filterOptions(filters.past ? all : all.filter((item) => item.status !== 'past'), filters, localeTag(language)),
  );

  /** The matching sessions in display order. */
  private readonly matching = lastCall((items: IndexedSession[], filters: SessionFilters, groupBy: SessionGrouping, language: Language) =>
    sortForGrouping(
      filterSessions(items, filters),
      groupBy,
      (item) => (groupBy === 'training' ? trainingGroupLabel(item.entry.training) : (item.region ?? '\uffff')),
      (a, b) => collator(language).compare(a, b), // made on first use: months need no collator
    ),
  );
  /** Sessions whose details are open (only those are rendered, all on paper); .ics files made, per language and sheet template. */
  private readonly openedDetails = new WeakSet<object>();
  private readonly printing = new PrintingController(this);
  private readonly calendarUrls = lastCall((_language: Language, _sheetHref: string | undefined) => new WeakMap<object, string>());

  constructor() {
    super({ common: commonStrings, sessionList: sessionListStrings });
    new StructuredDataController(this, () => this.structuredDataSource());
    this.groupBy = 'month';
    this.showPast = false;
    this.noFilters = false;
    this.structuredData = false;
    this.openOnly = false;
    this.headingLevel = 2;
    this.pageSize = 50;
    this.filters = noFilters;
    this.shownCount = 50;
    this.filtersExpanded = false;
  }

  /** The filters the webmaster's attributes ask for, before the visitor changes anything. */
  get presets(): SessionFilters {
    return {
      q: this.q ?? '',
      region: this.region ?? '',
      city: this.city ?? '',
      mode: toMode(this.mode),
      provider: this.provider ?? '',
      from: toMonth(this.from),
      to: toMonth(this.to),
      openOnly: this.openOnly,
      past: this.showPast,
    };
  }

  /** The filters applied now (a copy). */
  get currentFilters(): SessionFilters {
    return { ...this.filters };
  }

  /** Applies `filters` as if the visitor had chosen them (URL and `tf-filter-change` included). */
  setFilters(filters: Partial<SessionFilters>): void {
    this.changeFilters({ ...this.filters, ...filters });
  }

  /** `page-size` as used: a whole number of sessions, at least one. */
  private get pageStep(): number {
    const size = Math.floor(this.pageSize);
    return size > 0 ? size : 50;
  }

  private get urlPrefix(): string | undefined {
    if (this.syncUrl === null || this.syncUrl === undefined) return undefined;
    return this.syncUrl.trim() || 'tf-';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const presetKeys = ['q', 'region', 'city', 'mode', 'provider', 'from', 'to', 'openOnly', 'showPast', 'syncUrl'] as const;
    // Presets (and the shared link's state) apply until the visitor changes a filter; then the visitor wins.
    if (!this.hasUpdated || (!this.userChangedFilters && presetKeys.some((key) => changed.has(key)))) {
      this.filters = this.urlFilters.read();
    }
    if (changed.has('pageSize') || !this.hasUpdated) this.shownCount = this.pageStep;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingFilterEvent) {
      this.pendingFilterEvent = false;
      this.emit<FilterChangeDetail>('tf-filter-change', { filters: { ...this.filters }, count: this.results()?.length ?? 0 });
    }
    if (this.urlFilters.prefixShared) {
      warnOnce(this, `sync-url : une autre liste écrit aussi « ${this.urlPrefix}… » ; donnez-leur des préfixes distincts.`);
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Data

  private get today(): string {
    return todayFor(this, this.now);
  }

  private sessionsOf(feed: Feed): IndexedSession[] {
    return this.indexed(feed, this.training, this.today);
  }

  private get grouping(): SessionGrouping {
    return groupings.includes(this.groupBy) ? this.groupBy : 'month';
  }

  /** The matching sessions in display order, or undefined while there is no feed. */
  private results(): IndexedSession[] | undefined {
    const state = this.feedState;
    if (state.status !== 'loaded') return undefined;
    return this.matching(this.sessionsOf(state.feed), this.filters, this.grouping, this.language);
  }

  protected override firstPageByDate = () => /* a large feed's first page first (default order only), and one session more: « Voir plus » adds it while the rest is checked */ (!this.training && this.grouping === 'month' && !activeFilterCount(this.filters) ? { count: this.shownCount + 1, today: this.today, past: this.filters.past } : undefined);
  private sheetUrl(training: Training, sessionId?: string): string | undefined {
    return sheetLink(this, training, this.sheetHref, sessionId);
  }

  private makeCalendar(event: Event, entry: SessionEntry): Promise<void> {
    const registrationUrl = this.safeHref(entry.session.registrationUrl);
    const url = registrationUrl ?? this.sheetUrl(entry.training, entry.session.id);
    return calendarOnFirstClick(event, this.calendarUrls(this.language, this.sheetHref), entry, () => calendarFileUrl(entry, url, registrationUrl, this.t.sessionList), () => (this.requestUpdate(), this.updateComplete));
  }

  /** The catalogue as published (scope and `show-past`), not the visitor's filters: search engines see every session. */
  private structuredDataSource(): StructuredDataSource {
    const state = this.feedState;
    if (!this.structuredData || state.status !== 'loaded') return undefined;
    const items = this.sessionsOf(state.feed);
    const { showPast, sheetHref } = this;
    return {
      inputs: [items, showPast, sheetHref],
      // The JSON-LD builder loads on first use: most pages never ask for structured data.
      data: async () => {
        const published = showPast ? items : items.filter((item) => item.status !== 'past');
        if (!published.length) return undefined;
        const { coursesJsonLd } = await import('../../model/json-ld.js');
        return coursesJsonLd(published, { sheetUrl: (training) => this.sheetUrl(training), registrationUrl: (entry) => this.safeHref(entry.session.registrationUrl) });
      },
    };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Interaction

  private changeFilters(next: SessionFilters): void {
    if (sameFilters(next, this.filters)) return;
    this.userChangedFilters = true;
    this.filters = next;
    this.shownCount = this.pageStep;
    this.pendingFilterEvent = true;
    this.urlFilters.write(next);
  }

  private onFilterInput(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const name = control.name as keyof SessionFilters;
    if (!Object.hasOwn(noFilters, name)) return;
    const value = control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value;
    this.changeFilters({ ...this.filters, [name]: value });
  }

  private clearFilters(): void {
    this.changeFilters({ ...noFilters, past: this.filters.past });
    // The search box (always shown, unless no-filters): the clicked button is gone.
    this.focusing.focusAfterRender((root) => root.querySelector<HTMLElement>('#filter-q') ?? root.querySelector<HTMLElement>('.count'));
  }

  private showPastSessions(): void {
    this.changeFilters({ ...this.filters, past: true });
    this.focusing.focusAfterRender('.count');
  }

  private showMore(): void {
    const firstNew = this.shownCount;
    this.shownCount += this.pageStep;
    // The button moves down: the visitor continues reading at the first added session.
    this.focusing.focusAfterRender((root) => root.querySelectorAll<HTMLElement>('.session')[firstNew]);
  }

  private selectSession(event: Event, item: IndexedSession, url: string | undefined): void {
    const allowed = this.emit<SessionSelectDetail>(
      'tf-session-select',
      { trainingId: item.entry.training.id, sessionId: item.entry.session.id, status: item.status, url },
      { cancelable: true },
    );
    if (!allowed) event.preventDefault();
  }

  private registerClick(event: Event, entry: SessionEntry, url: string): void {
    const allowed = this.emit<RegisterClickDetail>(
      'tf-register-click',
      { trainingId: entry.training.id, sessionId: entry.session.id, url },
      { cancelable: true },
    );
    if (!allowed) event.preventDefault();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Rendering

  protected override renderFeed(feed: Feed): unknown {
    if (this.training && !feed.trainings.some((training) => training.id === this.training)) {
      return this.renderMissing('training', this.training);
    }
    const t = this.t.sessionList;
    const all = this.sessionsOf(feed);
    const results = this.results() ?? [];
    const active = activeFilterCount(this.filters);
    return html`<div class="root" part="base">
      ${heading(clampHeadingLevel(this.headingLevel), t.heading, 'heading', 'heading', 'heading')}
      ${this.noFilters
        ? nothing
        : renderFilterBar({
            t,
            common: this.t.common,
            filters: this.filters,
            options: () => this.filterChoices(all, this.filters, this.language),
            active,
            resultCount: results.length,
            expanded: this.filtersExpanded,
            onInput: (event) => this.onFilterInput(event),
            onToggle: () => (this.filtersExpanded = !this.filtersExpanded),
            onClear: () => this.clearFilters(),
            onShowResults: () => ((this.filtersExpanded = false), this.focusing.focusAfterRender('.count')),
            landmarkName: (name) => this.landmarks.name(name),
          })}
      <p class="count" part="count" role="status" tabindex="-1">
        ${this.checking ? nothing : results.length > 0 ? t.resultCount(results.length) : active ? t.empty : t.emptyNoFilters}
      </p>
      ${results.length === 0
        ? renderEmpty({
            t,
            active,
            hiddenPast: !this.filters.past && all.some((item) => item.status === 'past'),
            onClear: () => this.clearFilters(),
            onShowPast: () => this.showPastSessions(),
          })
        : renderResults(
            {
              t,
              common: this.t.common,
              language: this.language,
              sheetUrl: (entry) => this.sheetUrl(entry.training, entry.session.id),
              nextStep: (entry, sheet) => sessionNextStep(entry, t, this.language, (url) => this.safeHref(url), sheet),
              calendarHref: (entry) => this.calendarUrls(this.language, this.sheetHref).get(entry.session) ?? '#',
              onCalendar: (event, entry) => void this.makeCalendar(event, entry),
              detailsShown: (entry) => this.printing.printing || this.openedDetails.has(entry.session),
              onDetailsToggled: ({ session }) => (this.openedDetails.delete(session) || this.openedDetails.add(session), this.requestUpdate()),
              onSelect: (event, item, url) => this.selectSession(event, item, url),
              onRegister: (event, entry, url) => this.registerClick(event, entry, url),
              groupBy: this.grouping,
              headingLevel: clampHeadingLevel(this.headingLevel),
              shownCount: this.shownCount,
              countUnknown: this.checking,
              onShowMore: () => this.showMore(),
            },
            results,
          )}
    </div>`;
  }
}

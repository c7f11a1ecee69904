import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Feed, Training } from '../../model/schema.js';
import { isRegistrationOpen, sessionEntries, type SessionEntry, type SessionStatus } from '../../model/sessions.js';
import { mailtoHref } from '../../model/links.js';
import { lastCall } from '../../model/memo.js';
import { placeAddress, placeSummary } from '../../model/places.js';
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
import { calendarDataUrl, sessionCalendar } from '../../model/ics.js';
import { coursesJsonLd } from '../../model/json-ld.js';
import type { Language } from '../../i18n/translation.js';
import { commonStrings } from '../../i18n/common.js';
import { sessionListStrings } from '../../i18n/session-list.js';
import { collator, localeTag, modeName } from '../../i18n/localize.js';
import { FocusController } from '../../controllers/focus.js';
import { StructuredDataController, type StructuredDataSource } from '../../controllers/structured-data.js';
import { UrlFiltersController } from '../../controllers/url-filters.js';
import { clampHeadingLevel, heading } from '../../templates/heading.js';
import { statusText } from '../../templates/status-badge.js';
import { formatDateRange, formatDateRanges, monthElement, timeElement } from '../../templates/time.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { FeedElement } from '../feed-element.js';
import { sheetLink, todayFor, warnOnce } from '../feed-display.js';
import { sessionListStyles } from './tf-session-list.styles.js';

export type SessionGrouping = 'month' | 'training' | 'region' | 'none';

export interface SessionSelectDetail {
  trainingId: string;
  sessionId: string;
  status: SessionStatus;
  /** The sheet the title links to, when it does. */
  url: string | undefined;
}

export interface RegisterClickDetail {
  trainingId: string;
  sessionId: string;
  /** The registration page, or the contact's `mailto:` link. */
  url: string;
}

export interface FilterChangeDetail {
  filters: SessionFilters;
  /** How many sessions match now. */
  count: number;
}

const groupings: readonly SessionGrouping[] = ['month', 'training', 'region', 'none'];

/**
 * The sessions of every training of the feed (or of one), with their registration status, filters, "add to my
 * calendar" files and, on request, schema.org structured data for search engines.
 *
 * Big catalogues: only the first `page-size` sessions (50) are rendered, then a "Voir plus de sessions (n
 * restantes)" button adds the next ones. Measured on a 10,000-session feed (see the tests): the index (statuses and
 * folded search text) is built once per feed and day, a filter change is a plain array filter over it (a few ms),
 * and the DOM never holds more than what the visitor asked to see. A virtual scroller would add weight to the
 * drop-in and break find-in-page and screen-reader browsing, for no measured gain.
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
 *
 * @cssproperty [--tf-session-list-columns-min=16em] - Minimum width of a filter control before the filter bar wraps.
 * @cssproperty [--tf-session-list-gap=1em] - Space between entries.
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
  declare mode: string | undefined;
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
  private readonly matching = lastCall((items: IndexedSession[], filters: SessionFilters, groupBy: SessionGrouping, language: Language) => {
    const results = filterSessions(items, filters);
    const key = this.groupKey(groupBy);
    if (groupBy === 'training' || groupBy === 'region') {
      // Array.prototype.sort is stable: within a group, sessions keep their chronological order.
      const compare = collator(language).compare;
      const label = (item: IndexedSession) => (groupBy === 'training' ? this.trainingGroupLabel(item.entry.training) : (item.region ?? '\uffff'));
      results.sort((a, b) => compare(label(a), label(b)) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    }
    return results;
  });

  /** The .ics of each session, made once per language and sheet template (both are written in the file). */
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

  private groupKey(groupBy: SessionGrouping): (item: IndexedSession) => string {
    switch (groupBy) {
      case 'month':
        return (item) => item.entry.start.slice(0, 7);
      case 'training':
        return (item) => item.entry.training.id;
      case 'region':
        return (item) => item.region ?? '';
      case 'none':
        return () => '';
    }
  }

  private trainingGroupLabel(training: Training): string {
    return `${training.title}\u00a0– ${training.provider.name}`;
  }

  private sheetUrl(training: Training, sessionId?: string): string | undefined {
    return sheetLink(this, training, this.sheetHref, sessionId);
  }

  /** Where the action leads: the registration page, else the first contact's e-mail. */
  private registrationAction(entry: SessionEntry): { url: string; kind: 'register' | 'contact' } | undefined {
    const url = this.safeHref(entry.session.registrationUrl);
    if (url) return { url, kind: 'register' };
    const email = entry.training.contacts?.find((contact) => contact.email)?.email ?? entry.training.provider.email;
    if (!email) return undefined;
    const t = this.t.sessionList;
    return { url: mailtoHref(email, t.contactSubject(entry.training.title, entry.session.label ?? entry.start)), kind: 'contact' };
  }

  private calendarUrl(entry: SessionEntry): string {
    const urls = this.calendarUrls(this.language, this.sheetHref);
    const cached = urls.get(entry.session);
    if (cached) return cached;
    const t = this.t.sessionList;
    const registrationUrl = this.safeHref(entry.session.registrationUrl);
    const ics = sessionCalendar({
      training: entry.training,
      session: entry.session,
      registrationUrl,
      url: registrationUrl ?? this.sheetUrl(entry.training, entry.session.id),
      texts: { remote: t.icsRemote, provider: t.icsProvider, registration: t.icsRegistration, more: t.icsMore },
      stamp: new Date(),
    });
    const url = calendarDataUrl(ics);
    urls.set(entry.session, url);
    return url;
  }

  /** The catalogue as published (scope and `show-past`), not the visitor's filters: search engines see every session. */
  private structuredDataSource(): StructuredDataSource {
    const state = this.feedState;
    if (!this.structuredData || state.status !== 'loaded') return undefined;
    const items = this.sessionsOf(state.feed);
    const { showPast, language, sheetHref } = this;
    return {
      inputs: [items, showPast, language, sheetHref],
      data: () => {
        const published = showPast ? items : items.filter((item) => item.status !== 'past');
        return published.length
          ? coursesJsonLd(published, { sheetUrl: (training) => this.sheetUrl(training), registrationUrl: (entry) => this.safeHref(entry.session.registrationUrl) }, language)
          : undefined;
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
    if (!(name in noFilters)) return;
    const value = control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value;
    this.changeFilters({ ...this.filters, [name]: value });
  }

  private clearFilters(): void {
    this.changeFilters({ ...noFilters, past: this.filters.past });
    // The search box, unless it is hidden (no-filters, or the folded filters of a phone): the clicked button is gone.
    this.focusing.focusAfterRender((root) => {
      const search = root.querySelector<HTMLElement>('#filter-q');
      return search?.checkVisibility() ? search : root.querySelector<HTMLElement>('.count');
    });
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
      return this.renderProblem(this.t.common.trainingUnavailable, this.t.common.trainingNotFound(this.training));
    }
    const t = this.t.sessionList;
    const all = this.sessionsOf(feed);
    const results = this.results() ?? [];
    const active = activeFilterCount(this.filters);
    return html`<div class="root" part="base">
      ${heading(clampHeadingLevel(this.headingLevel), t.heading, 'heading', 'heading', 'heading')}
      ${this.noFilters ? nothing : this.renderFilters(all, active, results.length)}
      <p class="count" part="count" role="status" tabindex="-1">
        ${results.length > 0 ? t.resultCount(results.length) : active ? t.empty : t.emptyNoFilters}
      </p>
      ${results.length === 0 ? this.renderEmpty(all, active) : this.renderResults(results)}
    </div>`;
  }

  private renderFilters(all: IndexedSession[], active: number, resultCount: number): TemplateResult {
    const t = this.t.sessionList;
    const f = this.filters;
    const options = this.filterChoices(all, f, this.language);
    const select = (name: 'region' | 'city' | 'provider', label: string, any: string, values: string[]) => html`<div class="field">
      <label for="filter-${name}">${label}</label>
      <select id="filter-${name}" name=${name} @change=${this.onFilterInput}>
        <option value="" ?selected=${f[name] === ''}>${any}</option>
        ${values.map((value) => html`<option value=${value} ?selected=${f[name] === value}>${value}</option>`)}
      </select>
    </div>`;
    return html`<div class="filters" part="filters">
      <button
        type="button"
        class="button button--secondary filters__toggle"
        part="filters-toggle"
        aria-expanded=${this.filtersExpanded ? 'true' : 'false'}
        aria-controls="filters-form"
        @click=${() => (this.filtersExpanded = !this.filtersExpanded)}
      >
        <span class="chevron" aria-hidden="true"></span>${t.filtersToggle}${active ? html` (${t.filtersActive(active)})` : nothing}
      </button>
      <form
        id="filters-form"
        class="filters__form ${this.filtersExpanded ? 'is-expanded' : ''}"
        role="search"
        aria-label=${t.filtersLabel}
        @submit=${(event: Event) => event.preventDefault()}
      >
        <div class="field field--search">
          <label for="filter-q">${t.searchLabel}</label>
          <input id="filter-q" name="q" type="search" autocomplete="off" placeholder=${t.searchHint} .value=${f.q} @input=${this.onFilterInput} />
        </div>
        ${options.regions.length ? select('region', t.regionLabel, t.anyOption, options.regions) : nothing}
        ${options.cities.length ? select('city', t.cityLabel, t.anyOption, options.cities) : nothing}
        <div class="field">
          <label for="filter-mode">${t.modeLabel}</label>
          <select id="filter-mode" name="mode" @change=${this.onFilterInput}>
            <option value="" ?selected=${f.mode === ''}>${t.anyOption}</option>
            ${options.modes.map((mode) => html`<option value=${mode} ?selected=${f.mode === mode}>${modeName(mode, this.t.common)}</option>`)}
          </select>
        </div>
        ${options.providers.length > 1 || f.provider ? select('provider', t.providerLabel, t.anyProvider, options.providers) : nothing}
        <div class="field">
          <label for="filter-from">${t.monthFromLabel}</label>
          <input id="filter-from" name="from" type="month" aria-describedby="month-hint" .value=${f.from} @change=${this.onFilterInput} />
        </div>
        <div class="field">
          <label for="filter-to">${t.monthToLabel}</label>
          <input id="filter-to" name="to" type="month" aria-describedby="month-hint" min=${f.from || nothing} .value=${f.to} @change=${this.onFilterInput} />
        </div>
        <p id="month-hint" class="visually-hidden">${t.monthHint}</p>
        <div class="checks">
          <div class="check">
            <input id="filter-open" name="openOnly" type="checkbox" .checked=${f.openOnly} @change=${this.onFilterInput} />
            <label for="filter-open">${t.openOnlyLabel}</label>
          </div>
          <div class="check">
            <input id="filter-past" name="past" type="checkbox" .checked=${f.past} @change=${this.onFilterInput} />
            <label for="filter-past">${t.showPastLabel}</label>
          </div>
        </div>
        ${active && resultCount > 0
          ? html`<button type="button" class="button button--secondary clear" @click=${this.clearFilters}>${t.clearFilters}</button>`
          : nothing}
      </form>
    </div>`;
  }

  /** Nothing to show: the count above says it in one sentence; here, one way out (clear the filters, or the past). */
  private renderEmpty(all: IndexedSession[], active: number): TemplateResult {
    const t = this.t.sessionList;
    const hiddenPast = !this.filters.past && all.some((item) => item.status === 'past');
    return html`<div class="empty" part="empty">
      <div class="empty__actions">
        ${active ? html`<button type="button" class="button" @click=${this.clearFilters}>${t.clearFilters}</button>` : nothing}
        ${hiddenPast && !active
          ? html`<button type="button" class="button button--secondary" @click=${this.showPastSessions}>${t.showPastLabel}</button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderResults(results: IndexedSession[]): TemplateResult {
    const t = this.t.sessionList;
    const visible = results.slice(0, this.shownCount);
    const remaining = results.length - visible.length;
    const groupBy = this.grouping;
    const groupLevel = clampHeadingLevel(this.headingLevel) + 1;
    let list: TemplateResult;
    if (groupBy === 'none') {
      list = html`<ul class="sessions" role="list">${this.renderSessions(visible, groupLevel)}</ul>`;
    } else {
      const key = this.groupKey(groupBy);
      const groups: { key: string; items: IndexedSession[] }[] = [];
      for (const item of visible) {
        const k = key(item);
        const last = groups[groups.length - 1];
        if (last && last.key === k) last.items.push(item);
        else groups.push({ key: k, items: [item] });
      }
      list = html`<ul class="groups" role="list">
        ${repeat(
          groups,
          (group) => group.key,
          (group, index) => html`<li class="group">
            ${heading(groupLevel, this.groupLabel(groupBy, group.items[0]!), `group-${index}`, 'group__heading', 'group-heading')}
            <ul class="sessions" role="list" aria-labelledby="group-${index}">${this.renderSessions(group.items, groupLevel + 1)}</ul>
          </li>`,
        )}
      </ul>`;
    }
    return html`${list}
      ${remaining > 0
        ? html`<button type="button" class="button button--secondary more" part="more" @click=${this.showMore}>${t.showMore(remaining)}</button>`
        : nothing}`;
  }

  private groupLabel(groupBy: SessionGrouping, item: IndexedSession): unknown {
    switch (groupBy) {
      case 'month':
        return monthElement(item.entry.start.slice(0, 7), this.language);
      case 'training':
        return this.trainingGroupLabel(item.entry.training);
      default:
        return item.region ?? this.t.sessionList.noRegion;
    }
  }

  private renderSessions(items: IndexedSession[], level: number): unknown {
    return repeat(items, (item) => item.entry.session.id, (item) => this.renderSession(item, level));
  }

  private renderSession(item: IndexedSession, level: number): TemplateResult {
    const t = this.t.sessionList;
    const common = this.t.common;
    const language = this.language;
    const { entry, status } = item;
    const { training, session } = entry;
    const titleId = `session-${session.id}`;
    const sheet = this.sheetUrl(training, session.id);
    const where = placeSummary(session.place);
    const open = isRegistrationOpen(status);
    const action = open ? this.registrationAction(entry) : undefined;
    const remaining = session.seats?.remaining;
    const context = html`<span class="visually-hidden"> : ${training.title}${session.label ? `, ${session.label}` : ''}, ${training.provider.name}</span>`;
    const labelledRanges = session.dates.length > 1 || session.dates.some((range) => range.label);
    const speakers = session.speakers ?? training.speakers ?? [];
    const address = placeAddress(session.place);
    return html`<li class="session session--${status}" part="session" tabindex="-1">
      ${heading(
        level,
        sheet
          ? html`<a part="session-title" href=${sheet} @click=${(event: Event) => this.selectSession(event, item, sheet)}>${training.title}</a>`
          : html`<span part="session-title">${training.title}</span>`,
        titleId,
        'session__title',
      )}
      <p class="session__subtitle">${training.provider.name}${session.label ? html` · ${session.label}` : nothing}</p>
      <p class="badge badge--${status}" part="badge"><span class="visually-hidden">${t.statusLabel} </span>${statusText(status, common)}</p>
      <p class="session__dates">${formatDateRanges(session.dates, language, common)}</p>
      <ul class="facts" role="list">
        <li><span class="visually-hidden">${t.mode} </span>${modeName(session.mode, common)}${where ? html` · <span class="visually-hidden">${t.place} </span>${where}` : nothing}</li>
        ${entry.deadline && (open || status === 'closed')
          ? html`<li>${t.deadline} ${timeElement(entry.deadline, language)}</li>`
          : nothing}
        ${remaining !== undefined && status !== 'past' && status !== 'cancelled'
          ? html`<li>${t.seatsLeft(remaining, session.seats?.total)}</li>`
          : nothing}
      </ul>
      <details class="details" @toggle=${(event: Event) => (event.target as HTMLDetailsElement).open && this.selectSession(event, item, sheet)}>
        <summary>${t.details}<span class="visually-hidden"> : ${training.title}${session.label ? `, ${session.label}` : ''}</span></summary>
        <dl>
          ${labelledRanges
            ? html`<dt>${t.dates}</dt>
                ${session.dates.map((range) => html`<dd>${formatDateRange(range, language, common)}${range.label ? ` : ${range.label}` : ''}</dd>`)}`
            : nothing}
          ${address ? html`<dt>${t.place}</dt><dd>${address}</dd>` : nothing}
          <dt>${t.provider}</dt><dd>${training.provider.name}</dd>
          ${training.duration ? html`<dt>${t.duration}</dt><dd>${training.duration.label}</dd>` : nothing}
          ${speakers.length ? html`<dt>${t.speakers}</dt><dd>${speakers.map((person) => person.name).join(', ')}</dd>` : nothing}
        </dl>
        ${session.note ? html`<p class="note">${session.note}</p>` : nothing}
      </details>
      ${status === 'past' || status === 'cancelled'
        ? nothing
        : html`<div class="actions">
            ${action
              ? html`<a class="button" part="register" href=${action.url} @click=${(event: Event) => this.registerClick(event, entry, action.url)}
                  >${action.kind === 'register' ? t.register : t.contact}${context}</a
                >`
              : nothing}
            <a class="button button--secondary" part="calendar" href=${this.calendarUrl(entry)} download="${training.id}-${session.id}.ics"
              >${t.addToCalendar}${context}<span class="visually-hidden"> ${t.calendarFileHint}</span></a
            >
          </div>`}
    </li>`;
  }
}
